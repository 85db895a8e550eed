"use strict";
// The audit line's id at its length limit. (ASCII-only JSON, the fields and their order, and
// a long id with control bytes are in app.test.js.)
const assert = require("assert");
const { auditLine } = require("../../../src/hub/core/audit");

describe("auditLine: the id's length limit (64)", () => {
  const line = (id) => JSON.parse(auditLine({ time: "2026-11-30T12:00:00.000Z", id, address: "192.0.2.1", result: "refused", reason: "x", old: null, new: null }));
  const cases = [
    ["A".repeat(63), "A".repeat(63)],
    ["A".repeat(64), "A".repeat(64)],
    ["A".repeat(65), "A".repeat(64) + "..."],
    [null, null],
  ];
  for (const [id, shown] of cases) {
    it(id === null ? "no id stays null" : id.length + " chars: " + (shown === id ? "kept whole" : "cut to 64, then ..."), () => {
      assert.strictEqual(line(id).id, shown);
    });
  }
});
