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

describe("reasonKind: a reason that only looks like one the hub writes is unknown", () => {
  // Each pattern is anchored where the hub's reasons start or end: text before or after the
  // words, or another number where digits belong, is not that reason.
  const UNKNOWN = [
    "x no user name and password (Basic auth)",
    "id 'a' logged in as user #2 'B', whose alias is not the id!",
    "id 'a' logged in as user #2 'B', but the alias names user #3!",
    "id 'a' logged in as user #2 'B', but the alias names user #x",
    "xid 'a' is not a DNS label", "id 'a' is not a DNS label!",
    "xid a is reserved", "id a is reserved!",
    "xthe name www is reserved", "the name www is reserved!",
    "xno hostname", "no hostname!",
    "x21 host names in one request (at most 20)",
    "xhostname 'a' is not a fully qualified domain name", "hostname 'a' is not a fully qualified domain name!",
    "x y is not <id>.bbs.test",
    "xip '1': expected an IPv4 address", "xip is blank and the address this update came from, 192.168.1.9, is not public", "xmyip 'a' is not an IPv4 or IPv6 address",
    "myip 'a' is not an IPv4 or IPv6 address!", "xmore than one address of a kind (a, b)", "xthe address 10.0.0.1 is not public",
    "xno address given and none seen", "xmx 'a' is not a host name", "mx 'a' is not a host name!",
    "a.bbs.test: 5 s short of the minimum interval of 60 s!", "a.bbs.test: reached the cap of 6 updates an hour!",
    "a.bbs.test: reached the limit of 48 unchanged updates a day!",
    "not busy", "no User-Agent!", "xno User-Agent",
    "xthe service's settings are not valid", "the service's settings are not valid!",
    "xreading the current records: timeout", "xthe update: NOTAUTH",
  ];
  for (const reason of UNKNOWN) it(JSON.stringify(reason), () => assert.strictEqual(reasonKind("refused", reason), "unknown"));

  const KNOWN = [
    ["id 'a' logged in as user #2 'B', but the alias names user #34", "other-account"],
    ["hostname 'ab' is not a fully qualified domain name", "name"],
    ["a.bbs.test: reached the cap of 12 updates an hour", "too-often"],
    ["a.bbs.test: reached the limit of 48 unchanged updates a day", "abuse"],
  ];
  for (const [reason, kind] of KNOWN) it("several digits or characters where the hub writes them: " + JSON.stringify(reason) + " is " + kind, () => assert.strictEqual(reasonKind("refused", reason), kind));
});
