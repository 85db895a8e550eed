"use strict";
// The kinds of outcome (src/hub/core/reasons.ts): every outcome the hub writes, made by its own
// cores (sessions.js), read back with the audit log's own parser, gets the kind a person would
// name it by, and each kind has plain words and something to do.
const assert = require("assert");
const { parseAuditLine } = require("../../../src/hub/core/audit");
const { reasonKind, isAbuse, ADVICE } = require("../../../src/hub/core/reasons");
const { fakeHub, SCENARIOS, lastLine } = require("./sessions");

describe("reasonKind: every outcome the hub writes", () => {
  for (const [kind, front, what, run] of SCENARIOS) {
    it(front + ", " + what + ": " + kind, () => {
      const line = lastLine(run(fakeHub()));
      const record = parseAuditLine(line);
      assert.ok(record, "not an audit line: " + line);
      assert.strictEqual(record.front, front);
      assert.strictEqual(reasonKind(record.result, record.reason), kind, record.result + ": " + record.reason);
    });
  }

  it("covers every kind but unknown", () => {
    const seen = new Set(SCENARIOS.map((s) => s[0]));
    assert.deepStrictEqual(Object.keys(ADVICE).filter((k) => !seen.has(k)), ["unknown"]);
  });

  it("a reason it does not know, or none, is unknown: never taken for another kind", () => {
    assert.strictEqual(reasonKind("refused", "the moon is in the wrong phase"), "unknown");
    assert.strictEqual(reasonKind("failed", null), "unknown");
    assert.strictEqual(reasonKind("refused", "xlogin failed for 'A'"), "unknown");
    assert.strictEqual(reasonKind("refused", "busy now"), "unknown");
    assert.strictEqual(reasonKind("refused", "user #2 A has no password yet"), "unknown");
    assert.strictEqual(reasonKind("refused", "no answer at id? please"), "unknown");
  });

  it("a success is its result, whatever the reason says", () => {
    assert.strictEqual(reasonKind("updated", "login failed for 'A'"), "updated");
    assert.strictEqual(reasonKind("unchanged", null), "unchanged");
  });

  it("abuse: too often and too many unchanged updates, nothing else", () => {
    assert.deepStrictEqual(Object.keys(ADVICE).filter(isAbuse), ["too-often", "abuse"]);
  });

  it("each kind has words and something to do; only the hub's own problems are not the member's", () => {
    for (const [kind, advice] of Object.entries(ADVICE)) {
      assert.ok(/\.$/.test(advice.words) && /\.$/.test(advice.todo), kind);
    }
    assert.deepStrictEqual(Object.keys(ADVICE).filter((k) => !ADVICE[k].member), ["busy", "hub", "unknown"]);
  });
});
