"use strict";
// Change detection and its log/audit views for the wildcard and for sets of several records.
// (Same records written another way, changed TTL/record/deletion, a hand-added second A and the
// view of the owner's A and *.CNAME are in records.test.js.)
const assert = require("assert");
const { planChanges, viewOf, describePlan } = require("../../../src/hub/core/changes");

const owner = "vert.bbs.test";
const wildcard = "*." + owner;
const set = (name, type, rdata) => ({ name, type, ttl: 300, rdata });

describe("planChanges: a set is compared with the current one of the same name and type", () => {
  const wanted = [{ name: owner, type: "A", rrset: set(owner, "A", ["203.0.113.7"]) }];
  it("an A added by hand at the wildcard does not stand for the owner's A", () => {
    const current = [set(wildcard, "A", ["198.51.100.9"]), set(owner, "A", ["203.0.113.7"])];
    assert.deepStrictEqual(planChanges("bbs.test", wanted, current).changes, []);
  });
  it("nor does another member's A", () => {
    const current = [set("other.bbs.test", "A", ["203.0.113.7"])];
    assert.deepStrictEqual(planChanges("bbs.test", wanted, current).changes, [{ name: owner, type: "A", rrset: wanted[0].rrset, was: null }]);
  });
});

describe("viewOf", () => {
  it("copies the records: a set changed afterwards leaves the audit view as it was", () => {
    const a = set(owner, "A", ["203.0.113.7"]);
    const view = viewOf(owner, [a]);
    a.rdata.push("203.0.113.8");
    assert.deepStrictEqual(view, { A: { ttl: 300, data: ["203.0.113.7"] } });
  });
});

describe("describePlan", () => {
  const cases = [
    [[{ name: wildcard, type: "CNAME", rrset: set(wildcard, "CNAME", [owner]) }], "*.CNAME vert.bbs.test (ttl 300)"],
    [[{ name: wildcard, type: "CNAME", rrset: null }], "no *.CNAME"],
    [[{ name: owner, type: "A", rrset: set(owner, "A", ["203.0.113.7", "203.0.113.8"]) }, { name: wildcard, type: "CNAME", rrset: null }],
      "A 203.0.113.7 | 203.0.113.8 (ttl 300), no *.CNAME"],
  ];
  for (const [changes, text] of cases) {
    it(text, () => assert.strictEqual(describePlan(owner, { zone: "bbs.test", changes }), text));
  }
});
