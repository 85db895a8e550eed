"use strict";
const assert = require("assert");
const { createLineReader } = require("../../../src/shared/core/lineReader");

function lines(reader) {
  const out = [];
  for (let l = reader.next(); l; l = reader.next()) out.push(l);
  return out;
}

describe("createLineReader", () => {
  it("splits on LF, drops one CR, across chunks", () => {
    const r = createLineReader(512);
    r.push("id?\r\npw");
    r.push("?\n\r\nok");
    assert.deepStrictEqual(lines(r).map((l) => l.text), ["id?", "pw?", ""]);
    assert.deepStrictEqual(r.end(), { text: "ok", truncated: false });
    assert.strictEqual(r.end(), null);
  });
  it("cuts an over-long line and drops its rest", () => {
    const r = createLineReader(8);
    r.push("0123456789abcdef");
    r.push("ghij\nid?\n");
    assert.deepStrictEqual(lines(r), [{ text: "01234567", truncated: true }, { text: "id?", truncated: false }]);
  });
  it("keeps memory bounded while a line never ends", () => {
    const r = createLineReader(8);
    for (let i = 0; i < 1000; i++) r.push("xxxxxxxxxxxxxxxx");
    assert.strictEqual(lines(r).length, 1);
    assert.strictEqual(r.end(), null);
  });
});
