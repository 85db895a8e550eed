"use strict";
const assert = require("assert");
const { yesNo } = require("../../../src/shared/core/yesNo");

describe("yesNo", () => {
  for (const w of ["true", "YES", " on ", "1"]) it(JSON.stringify(w) + " is yes", () => assert.strictEqual(yesNo(w), true));
  for (const w of ["false", "No", "OFF", "0"]) it(JSON.stringify(w) + " is no", () => assert.strictEqual(yesNo(w), false));
  for (const w of ["", "y", "2", "truee", "maybe"]) it(JSON.stringify(w) + " is neither", () => assert.strictEqual(yesNo(w), null));
});
