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

describe("parseAuditLine: the log read back by its one reader", () => {
  const { parseAuditLine, auditTime } = require("../../../src/hub/core/audit");
  const { fakeHub, SCENARIOS } = require("./sessions");
  const good = { time: "2026-11-30T12:00:00.000Z", front: "8467", id: "TESTBBS", address: "192.0.2.1", result: "updated", reason: null, old: {}, new: { A: { ttl: 300, data: ["192.0.2.1"] } } };

  it("gives back what auditLine wrote, for every outcome of both front ends", () => {
    let n = 0;
    for (const [, , , run] of SCENARIOS) {
      const hub = fakeHub();
      run(hub);
      for (const line of hub.lines) {
        assert.deepStrictEqual(parseAuditLine(line), JSON.parse(line));
        n++;
      }
    }
    assert.ok(n > SCENARIOS.length);
  });

  it("gives back what a hostile client sent: control bytes, quotes, markup and bytes above ASCII", () => {
    const id = "<script>\"x\"\u0001\u00e9\u2028";
    const record = Object.assign({}, good, { id, reason: "id '" + id + "' is not a DNS label", result: "refused" });
    const line = auditLine(record);
    assert.ok(/^[\x20-\x7e]+$/.test(line), line);
    assert.deepStrictEqual(parseAuditLine(line), record);
  });

  const bad = [
    ["not JSON", "not json"],
    ["torn", JSON.stringify(good).slice(0, 60)],
    ["a list", "[1,2]"],
    ["null", "null"],
    ["a number", "42"],
    ["no time", JSON.stringify(Object.assign({}, good, { time: undefined }))],
    ["a time in another form", JSON.stringify(Object.assign({}, good, { time: "Mon, 30 Nov 2026 12:00:00 GMT" }))],
    ["a time in another zone", JSON.stringify(Object.assign({}, good, { time: "2026-11-30T12:00:00+01:00" }))],
    ["a date that does not exist", JSON.stringify(Object.assign({}, good, { time: "2026-02-31T12:00:00.000Z" }))],
    ["an hour that does not exist", JSON.stringify(Object.assign({}, good, { time: "2026-02-01T24:00:00.000Z" }))],
    ["an unknown front end", JSON.stringify(Object.assign({}, good, { front: "http" }))],
    ["an unknown result", JSON.stringify(Object.assign({}, good, { result: "maybe" }))],
    ["an id that is a number", JSON.stringify(Object.assign({}, good, { id: 7 }))],
    ["no address", JSON.stringify(Object.assign({}, good, { address: undefined }))],
    ["a reason that is a list", JSON.stringify(Object.assign({}, good, { reason: ["x"] }))],
  ];
  for (const [what, line] of bad) {
    it("a line that is not one: " + what, () => assert.strictEqual(parseAuditLine(line), null));
  }

  it("records that are not record views are read as none; their sets keep only what is well formed", () => {
    const line = JSON.stringify(Object.assign({}, good, { old: "A 1.2.3.4", new: { A: { ttl: 300, data: ["192.0.2.1", 7] }, MX: { ttl: "300", data: [] }, TXT: null, LOC: { ttl: 1 } } }));
    const record = parseAuditLine(line);
    assert.strictEqual(record.old, null);
    assert.deepStrictEqual(record.new, { A: { ttl: 300, data: ["192.0.2.1"] } });
    assert.strictEqual(parseAuditLine(JSON.stringify(Object.assign({}, good, { old: [] }))).old, null);
    assert.strictEqual(parseAuditLine(JSON.stringify(Object.assign({}, good, { old: undefined, new: null }))).new, null);
  });

  it("a view's keys only as viewOf writes them (never __proto__)", () => {
    const extra = '"__proto__":{"ttl":1,"data":[]},"a":{"ttl":1,"data":[]},"x.A":{"ttl":1,"data":[]},"A1":{"ttl":1,"data":[]},"ABCDEFGHIJK":{"ttl":1,"data":[]},"*.CNAME":{"ttl":1,"data":["a"]},';
    const record = parseAuditLine(JSON.stringify(good).replace('"new":{', '"new":{' + extra));
    assert.deepStrictEqual(Object.keys(record.new), ["*.CNAME", "A"]);
    assert.strictEqual(Object.getPrototypeOf(record.new), Object.prototype);
  });

  it("auditTime: the ms of the ISO 8601 UTC form, with or without milliseconds", () => {
    assert.strictEqual(auditTime("2026-11-30T12:00:00.000Z"), Date.UTC(2026, 10, 30, 12));
    assert.strictEqual(auditTime("2026-11-30T12:00:01Z"), Date.UTC(2026, 10, 30, 12, 0, 1));
    assert.strictEqual(auditTime("2026-11-30T12:00:01.5Z"), Date.UTC(2026, 10, 30, 12, 0, 1, 500));
    assert.strictEqual(auditTime("2026-11-30T12:00:01.25Z"), Date.UTC(2026, 10, 30, 12, 0, 1, 250));
    assert.strictEqual(auditTime("2026-12-31T23:59:59.999Z"), Date.UTC(2026, 11, 31, 23, 59, 59, 999));
    assert.strictEqual(auditTime(" 2026-11-30T12:00:00Z"), null);
    assert.strictEqual(auditTime("2026-11-30T12:00:00Zx"), null);
    assert.strictEqual(auditTime("2026-13-01T12:00:00Z"), null);
    assert.strictEqual(auditTime("2026-11-30T12:60:00Z"), null);
  });
});
