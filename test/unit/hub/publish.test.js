"use strict";
// publishWanted(): the hub's one way to publish, whichever front end asked. Here what the
// 8467 tests of serve() do not reach: another writer changing the records between the read
// and the write (another hub, a sysop's tool), which the DNS server tells by a failed
// prerequisite; the plan is then made again from what is there now, once.
const assert = require("assert");
const { publishWanted } = require("../../../src/hub/core/publish");
const { validateServiceSettings } = require("../../../src/hub/core/settings");
const { rawSettings, fakeClock, fakeDns, fakeState, captureLog } = require("./fakes");

const OWNER = "testbbs.bbs.test";
const a = (ip, ttl = 300) => ({ name: OWNER, type: "A", ttl, rdata: [ip] });
const txt = (text) => ({ name: OWNER, type: "TXT", ttl: 300, rdata: [text] });
const WANTED = [{ name: OWNER, type: "A", rrset: a("203.0.113.7") }, { name: OWNER, type: "TXT", rrset: txt("Test BBS") }];

function setUp(initial, extra) {
  const clock = fakeClock();
  const dns = fakeDns(initial);
  const state = fakeState();
  const log = captureLog();
  const checked = validateServiceSettings(rawSettings(Object.assign({ min_interval: "0" }, extra)));
  assert.ok(checked.ok);
  const run = () => publishWanted({ now: clock.now, dns, state, log: log.log }, checked.settings, "testbbs", OWNER, WANTED);
  return { clock, dns, state, log, run };
}

describe("publishWanted: several writers, one zone", () => {
  it("each UPDATE carries the sets as they were read: a set that was absent, a set that was there", () => {
    const s = setUp([a("198.51.100.1")]);
    assert.strictEqual(s.run().result, "updated");
    assert.deepStrictEqual(s.dns.published[0].plan.changes.map((c) => [c.type, c.was]), [["A", a("198.51.100.1")], ["TXT", null]]);
  });

  it("another writer changed a set since it was read: read again, plan again, write once more", () => {
    const s = setUp([a("198.51.100.1")]);
    let raced = false;
    s.dns.beforePublish = (dns) => {
      if (raced) return;
      raced = true;
      dns.rrsets = [a("198.51.100.2"), { name: OWNER, type: "MX", ttl: 300, rdata: ["10 mail.example.com"] }];
    };
    const published = s.run();
    assert.strictEqual(published.result, "updated");
    assert.match(published.detail, /; made again: another writer had changed the records since they were read\)$/);
    assert.strictEqual(s.dns.queried.length, 2);
    assert.strictEqual(s.dns.published.length, 2);
    // The second plan starts from what the other writer left: its A (not ours, read before) is the prerequisite.
    assert.deepStrictEqual(s.dns.published[1].plan.changes.map((c) => [c.type, c.was]), [["A", a("198.51.100.2")], ["TXT", null]]);
    // The old records are those the second plan was made from; the other writer's MX, which this plan does not name, stays.
    assert.deepStrictEqual(published.old.map((r) => r.type), ["A", "MX"]);
    assert.deepStrictEqual(s.dns.rrsets.map((r) => r.type).sort(), ["A", "MX", "TXT"]);
    assert.strictEqual(JSON.parse(s.state.files.testbbs).writes.length, 1, "one write counted, not two");
  });

  it("another writer already wrote what this one wants: nothing more to write, unchanged", () => {
    const s = setUp([]);
    s.dns.beforePublish = (dns) => { if (!dns.rrsets.length) dns.rrsets = [a("203.0.113.7"), txt("Test BBS")]; };
    const published = s.run();
    assert.strictEqual(published.result, "unchanged");
    assert.strictEqual(s.dns.published.length, 1);
    assert.deepStrictEqual(JSON.parse(s.state.files.testbbs), { writes: [], unchanged: [s.clock.now()] }, "no write to count; an unchanged update");
  });

  it("the records keep changing: one retry, then a failure saying so; no write counted", () => {
    const s = setUp([]);
    let n = 0;
    s.dns.beforePublish = (dns) => { dns.rrsets = [a("198.51.100." + ++n)]; };
    const published = s.run();
    assert.strictEqual(published.result, "failed");
    assert.strictEqual(published.reason, "the update, made again: NXRRSET: a record set differs from what the update expected"
      + " (it changed since it was read); another writer keeps changing these records");
    assert.strictEqual(s.dns.published.length, 2);
    assert.strictEqual(s.state.files.testbbs, undefined);
  });

  it("the second read fails: the failure names both", () => {
    const s = setUp([]);
    s.dns.beforePublish = (dns) => { dns.rrsets = [a("198.51.100.9")]; dns.fail.current = "no answer from 127.0.0.1:53 within 4.9 s"; };
    const published = s.run();
    assert.strictEqual(published.result, "failed");
    assert.strictEqual(published.reason, "the update: YXRRSET: a record set exists that the update expected absent (it changed since it was read);"
      + " reading the records again: no answer from 127.0.0.1:53 within 4.9 s");
  });

  it("all the DNS work shares dns_timeout: the retry gets what is left, and nothing when nothing is", () => {
    const s = setUp([], { dns_timeout: "3" });
    s.dns.beforePublish = (dns) => { s.clock.advance(1250); dns.rrsets = [a("198.51.100." + dns.published.length)]; };
    s.run();
    assert.deepStrictEqual(s.dns.published.map((p) => p.settings.timeoutSeconds), [3, 1.7]);
    assert.deepStrictEqual(s.dns.queried.map((q) => q.settings.timeoutSeconds), [3, 1.7]);
    const late = setUp([], { dns_timeout: "1" });
    late.dns.beforePublish = (dns) => { late.clock.advance(1000); dns.rrsets = [a("198.51.100.3")]; };
    const published = late.run();
    assert.strictEqual(published.result, "failed");
    assert.match(published.reason, /; reading the records again: no time left in dns_timeout$/);
    assert.strictEqual(late.dns.queried.length, 1);
  });
});
