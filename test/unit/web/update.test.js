"use strict";
// The dyndns2 endpoint's core (src/web/core): a request as the web server hands it in, the
// answer lines and status out, with the hub's ports faked (test/unit/hub/fakes.js). Table-driven:
// each row is a query, what the client reads, and what the zone holds after it.
const assert = require("assert");
const { updateNames } = require("../../../src/web/core/update");
const { parseUpdate } = require("../../../src/web/core/request");
const { checkipPage } = require("../../../src/web/core/checkip");
const { UFLAG_Q } = require("../../../src/hub/core/authorize");
const { rawSettings, fakeClock, fakeAccounts, fakeDns, fakeState, captureLog, query } = require("../hub/fakes");

const USERS = {
  SYSOPSAM: { number: 1, password: "sys", restrictions: UFLAG_Q },
  TESTBBS: { number: 2, password: "QwkPass7", restrictions: UFLAG_Q },
  NORMAL: { number: 3, password: "norm", restrictions: 0 },
  NOPASS: { number: 4, password: "", restrictions: UFLAG_Q },
  BOSS: { number: 5, password: "boss", restrictions: UFLAG_Q, sysop: true },
  OTHER: { number: 6, password: "other", restrictions: UFLAG_Q },
};
const OWNER = "testbbs.bbs.test";
const set = (name, type, rdata, ttl = 300) => ({ name, type, ttl, rdata });


/** One request: `as` the Basic-auth account (null: none), `agent`, `source`; the zone and state may be passed in. */
function request(text, options = {}) {
  const clock = options.clock || fakeClock();
  const dns = options.dns || fakeDns(options.zone || []);
  const state = options.state || fakeState();
  const log = captureLog();
  const audit = [];
  const accounts = fakeAccounts(USERS);
  const who = options.as === undefined ? "TESTBBS" : options.as;
  const account = who === null ? null : accounts.login(who, USERS[who].password);
  const reply = updateNames({
    now: clock.now, readSettings: () => rawSettings(options.settings), dns, state, log: log.log, accounts, account,
    query: query(text), userAgent: options.agent === undefined ? "test-client/1.0" : options.agent,
    sourceAddress: options.source || "198.51.100.7",
    audit: (line) => { audit.push(JSON.parse(line)); return null; },
  });
  return { reply, lines: reply.body.split("\n").slice(0, -1), dns, state, audit, log, clock, owner: (type) => dns.rrsets.find((r) => r.name === OWNER && r.type === type) };
}

describe("dyndns2 /nic/update: one line per host name", () => {
  const rows = [
    ["hostname=testbbs.bbs.test&myip=203.0.113.7", ["good 203.0.113.7"], { A: ["203.0.113.7"] }],
    ["hostname=testbbs.bbs.test", ["good 198.51.100.7"], { A: ["198.51.100.7"] }, "no address: the source's"],
    ["hostname=TestBBS.BBS.test.&myip=203.0.113.7", ["good 203.0.113.7"], { A: ["203.0.113.7"] }, "any case, a trailing dot"],
    ["hostname=testbbs.bbs.test&myip=2001:db8::7", ["good 2001:db8::7"], { AAAA: ["2001:db8::7"] }, "IPv6 alone: the A is kept"],
    ["hostname=testbbs.bbs.test&myip=203.0.113.7,2001:db8::7", ["good 203.0.113.7,2001:db8::7"], { A: ["203.0.113.7"], AAAA: ["2001:db8::7"] }, "ddclient's v4,v6"],
    ["hostname=testbbs.bbs.test&myip=203.0.113.7&myipv6=2001:db8::7", ["good 203.0.113.7,2001:db8::7"], { A: ["203.0.113.7"], AAAA: ["2001:db8::7"] }, "inadyn's myipv6"],
    ["hostname=testbbs.bbs.test&myip=203.0.113.7&wildcard=ON", ["good 203.0.113.7"], { A: ["203.0.113.7"], CNAME: [OWNER] }],
    ["hostname=testbbs.bbs.test&myip=203.0.113.7&mx=mail.example.com", ["good 203.0.113.7"], { A: ["203.0.113.7"], MX: ["10 mail.example.com"] }],
    ["hostname=testbbs.bbs.test&myip=203.0.113.7&mx=mail.example.com&backmx=YES", ["good 203.0.113.7"], { A: ["203.0.113.7"], MX: ["10 " + OWNER, "20 mail.example.com"] }],
    ["hostname=testbbs.bbs.test&myip=203.0.113.7&system=custom&somethingelse=1", ["good 203.0.113.7"], { A: ["203.0.113.7"] }, "unknown parameters ignored"],
    ["hostname=testbbs.bbs.test,testbbs.bbs.test&myip=203.0.113.7", ["good 203.0.113.7", "good 203.0.113.7"], { A: ["203.0.113.7"] }, "the same name twice: answered twice, updated once"],
    ["hostname=testbbs.bbs.test&hostname=other.bbs.test,x,www.bbs.test&myip=203.0.113.7", ["good 203.0.113.7", "nohost", "notfqdn", "nohost"], { A: ["203.0.113.7"] }, "repeated and comma-joined, in order"],
    ["hostname=testbbs.example.org&myip=203.0.113.7", ["nohost"], {}, "outside the zone"],
    ["hostname=a.testbbs.bbs.test&myip=203.0.113.7", ["nohost"], {}, "below an id"],
    ["hostname=bbs.test&myip=203.0.113.7", ["nohost"], {}, "the zone itself"],
    ["hostname=under_score.bbs.test&myip=203.0.113.7", ["notfqdn"], {}, "not a host name"],
    ["hostname=testbbs.bbs.test&myip=1.2.3", ["dnserr"], {}, "not an address"],
    ["hostname=testbbs.bbs.test&myip=203.0.113.7,203.0.113.8", ["dnserr"], {}, "two IPv4 addresses"],
    ["hostname=testbbs.bbs.test&myip=203.0.113.7&mx=not_a_host", ["dnserr"], {}, "an mx that is not a host name"],
    ["", ["notfqdn"], {}, "no hostname"],
    ["hostname=" + Array.from({ length: 21 }, (_, i) => "h" + i + ".bbs.test").join(","), ["numhost"], {}, "21 names"],
  ];
  for (const [text, lines, zone, what] of rows) {
    it((what ? what + ": " : "") + (text || "(empty)").slice(0, 100), () => {
      const r = request(text);
      assert.deepStrictEqual(r.lines, lines);
      assert.strictEqual(r.reply.status, "200 OK");
      assert.strictEqual(r.reply.headers["Content-Type"], "text/plain");
      const held = {};
      for (const rrset of r.dns.rrsets) held[rrset.type] = rrset.rdata;
      assert.deepStrictEqual(held, zone);
    });
  }
});

describe("dyndns2: who asks", () => {
  const rows = [
    [null, "test-client/1.0", "401 Unauthorized", "badauth", "no user name and password (Basic auth)"],
    ["TESTBBS", "", "200 OK", "badagent", "no User-Agent"],
    ["TESTBBS", "   ", "200 OK", "badagent", "no User-Agent"],
    ["NORMAL", "x/1", "200 OK", "badauth", "user #3 NORMAL has no QWK restriction (Q): not a QWKnet account"],
    ["NOPASS", "x/1", "200 OK", "badauth", "user #4 NOPASS has no password"],
    ["SYSOPSAM", "x/1", "200 OK", "badauth", "user #1 SYSOPSAM is the sysop's account: never a QWKnet account"],
    ["BOSS", "x/1", "200 OK", "badauth", "user #5 BOSS has a sysop's security level (90 or above): never a QWKnet account"],
  ];
  for (const [as, agent, status, line, reason] of rows) {
    it(line + " once for the whole request: " + reason, () => {
      const r = request("hostname=testbbs.bbs.test,boss.bbs.test&myip=203.0.113.7", { as, agent });
      assert.strictEqual(r.reply.status, status);
      assert.deepStrictEqual(r.lines, [line]);
      assert.deepStrictEqual(r.dns.rrsets, []);
      assert.deepStrictEqual(r.dns.queried, []);
      assert.deepStrictEqual(r.audit.map((a) => [a.front, a.result, a.reason]), [["dyndns2", "refused", reason]]);
      if (status === "401 Unauthorized") assert.strictEqual(r.reply.headers["WWW-Authenticate"], "Basic realm=\"DynDNS\"");
      else assert.strictEqual(r.reply.headers["WWW-Authenticate"], undefined);
    });
  }
  it("another member's name: nohost, and the audit says whose", () => {
    const r = request("hostname=other.bbs.test&myip=203.0.113.7");
    assert.deepStrictEqual(r.lines, ["nohost"]);
    assert.deepStrictEqual([r.audit[0].id, r.audit[0].reason], ["other", "id 'other' logged in as user #2 'TESTBBS', whose alias is not the id"]);
  });
  it("a reserved id: nohost", () => {
    const r = request("hostname=www.bbs.test&myip=203.0.113.7", { as: "TESTBBS" });
    assert.deepStrictEqual([r.lines, r.audit[0].reason], [["nohost"], "the name www is reserved"]);
  });
});

describe("dyndns2: a request changes only what it names", () => {
  const ALL = [set(OWNER, "A", ["192.0.2.1"]), set(OWNER, "AAAA", ["2001:db8::1"]), set(OWNER, "MX", ["10 mail.example.com"]),
    set(OWNER, "TXT", ["Test BBS"]), set(OWNER, "LOC", ["52 22 23.000 N 4 53 32.000 E -2.00m 1m 10000m 10m"]), set("*." + OWNER, "CNAME", [OWNER])];
  it("hostname and myip alone (a router): the A changes; the AAAA, MX, TXT, LOC and wildcard stay", () => {
    const r = request("hostname=testbbs.bbs.test&myip=203.0.113.9", { zone: ALL.slice() });
    assert.deepStrictEqual(r.lines, ["good 203.0.113.9"]);
    assert.deepStrictEqual(r.dns.published[0].plan.changes.map((c) => c.type), ["A"]);
    assert.deepStrictEqual(r.dns.rrsets.map((s) => s.type).sort(), ["A", "AAAA", "CNAME", "LOC", "MX", "TXT"]);
  });
  it("wildcard=OFF removes the wildcard, NOCHG and no wildcard keep it; mx=NOCHG and mx= keep the MX", () => {
    for (const [extra, hasCname] of [["&wildcard=OFF", false], ["&wildcard=NOCHG", true], ["", true], ["&mx=NOCHG&wildcard=nochg", true], ["&mx=", true]]) {
      const r = request("hostname=testbbs.bbs.test&myip=192.0.2.1&myipv6=2001:db8::1" + extra, { zone: ALL.slice() });
      assert.strictEqual(r.dns.rrsets.some((s) => s.type === "CNAME"), hasCname, extra);
      assert.ok(r.dns.rrsets.some((s) => s.type === "MX"), extra);
      assert.deepStrictEqual(r.lines, [hasCname ? "nochg 192.0.2.1,2001:db8::1" : "good 192.0.2.1,2001:db8::1"], extra);
    }
  });
  it("offline=YES removes the addresses and keeps the rest; a second time it is nochg; the answer carries no address", () => {
    const state = fakeState();
    const dns = fakeDns(ALL.slice());
    const settings = { min_interval: "0" };
    assert.deepStrictEqual(request("hostname=testbbs.bbs.test&offline=YES&myip=203.0.113.1", { dns, state, settings }).lines, ["good"]);
    assert.deepStrictEqual(dns.rrsets.map((s) => s.type).sort(), ["CNAME", "LOC", "MX", "TXT"]);
    assert.deepStrictEqual(request("hostname=testbbs.bbs.test&offline=yes", { dns, state, settings }).lines, ["nochg"]);
    assert.deepStrictEqual(request("hostname=testbbs.bbs.test&offline=NO&myip=203.0.113.1", { dns, state, settings }).lines, ["good 203.0.113.1"]);
  });
  it("no address from an IPv6 source: the AAAA, the A kept; an IPv4-mapped source is IPv4", () => {
    const r = request("hostname=testbbs.bbs.test", { zone: ALL.slice(), source: "2001:db8::99" });
    assert.deepStrictEqual(r.lines, ["good 2001:db8::99"]);
    assert.deepStrictEqual(r.owner("A").rdata, ["192.0.2.1"]);
    assert.deepStrictEqual(request("hostname=testbbs.bbs.test", { source: "::ffff:198.51.100.8" }).lines, ["good 198.51.100.8"]);
  });
  it("private addresses are refused unless allow_private", () => {
    const settings = { allow_private: "false" };
    const r = request("hostname=testbbs.bbs.test&myip=192.168.1.7", { settings });
    assert.deepStrictEqual([r.lines, r.audit[0].reason], [["dnserr"], "the address 192.168.1.7 is not public"]);
    assert.deepStrictEqual(request("hostname=testbbs.bbs.test", { settings, source: "10.0.0.1" }).lines, ["dnserr"]);
    assert.deepStrictEqual(request("hostname=testbbs.bbs.test&myip=198.51.100.200", { settings }).lines, ["dnserr"], "documentation range");
  });
});

describe("dyndns2: the limits, shared with the 8467 front end", () => {
  it("nochg, then abuse once nochg_limit unchanged updates are in (no DNS read then)", () => {
    const state = fakeState();
    const dns = fakeDns();
    const clock = fakeClock();
    const settings = { nochg_limit: "2" };
    const q = "hostname=testbbs.bbs.test&myip=203.0.113.7";
    assert.deepStrictEqual(request(q, { state, dns, clock, settings }).lines, ["good 203.0.113.7"]);
    assert.deepStrictEqual(request(q, { state, dns, clock, settings }).lines, ["nochg 203.0.113.7"]);
    assert.deepStrictEqual(request(q, { state, dns, clock, settings }).lines, ["nochg 203.0.113.7"]);
    const reads = dns.queried.length;
    const r = request("hostname=testbbs.bbs.test&myip=203.0.113.8", { state, dns, clock, settings });
    assert.deepStrictEqual(r.lines, ["abuse"]);
    assert.strictEqual(dns.queried.length, reads);
    assert.strictEqual(r.audit[0].reason, "testbbs.bbs.test: reached the limit of 2 unchanged updates a day");
  });
  it("min_interval: abuse; another session of the id under way: 911; a DNS failure: dnserr; bad settings: 911", () => {
    const state = fakeState();
    const dns = fakeDns();
    const clock = fakeClock();
    const settings = { min_interval: "60" };
    request("hostname=testbbs.bbs.test&myip=203.0.113.7", { state, dns, clock, settings });
    assert.deepStrictEqual(request("hostname=testbbs.bbs.test&myip=203.0.113.8", { state, dns, clock, settings }).lines, ["abuse"]);
    state.lock("testbbs");
    assert.deepStrictEqual(request("hostname=testbbs.bbs.test&myip=203.0.113.8", { state, dns, clock }).lines, ["911"]);
    state.unlock("testbbs");
    dns.fail.current = "no answer from 127.0.0.1:53 within 5 s";
    const failed = request("hostname=testbbs.bbs.test&myip=203.0.113.8", { state, dns, clock });
    assert.deepStrictEqual([failed.lines, failed.audit[0].result], [["dnserr"], "failed"]);
    const bad = request("hostname=testbbs.bbs.test&myip=203.0.113.8", { settings: { zone: undefined } });
    assert.deepStrictEqual([bad.lines, bad.audit[0].reason], [["911"], "the service's settings are not valid"]);
  });
  it("503 when every name failed on the hub's side (inadyn then tries later: it exits on a 200 it cannot take), 200 otherwise", () => {
    const dns = fakeDns();
    dns.fail.current = "no answer from 127.0.0.1:53 within 5 s";
    assert.strictEqual(request("hostname=testbbs.bbs.test&myip=203.0.113.8", { dns }).reply.status, "503 Service Unavailable");
    assert.strictEqual(request("hostname=testbbs.bbs.test,testbbs.bbs.test&myip=203.0.113.8", { dns }).reply.status, "503 Service Unavailable");
    const mixed = request("hostname=testbbs.bbs.test,other.bbs.test&myip=203.0.113.8", { dns });
    assert.deepStrictEqual([mixed.reply.status, mixed.lines], ["200 OK", ["dnserr", "nohost"]]);
    const state = fakeState();
    state.lock("testbbs");
    assert.strictEqual(request("hostname=testbbs.bbs.test&myip=203.0.113.8", { state }).reply.status, "503 Service Unavailable");
    assert.strictEqual(request("hostname=testbbs.bbs.test", { settings: { zone: undefined } }).reply.status, "503 Service Unavailable");
    assert.strictEqual(request("hostname=testbbs.bbs.test&myip=1.2.3").reply.status, "200 OK", "the member's mistake: no use trying again");
  });
});

describe("dyndns2: the audit log", () => {
  it("one line per host name, saying dyndns2, with the records before and as asked; never the password", () => {
    const r = request("hostname=testbbs.bbs.test,other.bbs.test&myip=203.0.113.7", { zone: [set(OWNER, "A", ["192.0.2.1"])] });
    assert.deepStrictEqual(r.audit.map((a) => [a.front, a.id, a.address, a.result]), [
      ["dyndns2", "testbbs", "198.51.100.7", "updated"], ["dyndns2", "other", "198.51.100.7", "refused"],
    ]);
    assert.deepStrictEqual(r.audit[0].old, { A: { ttl: 300, data: ["192.0.2.1"] } });
    assert.deepStrictEqual(r.audit[0].new, { A: { ttl: 300, data: ["203.0.113.7"] } });
    assert.ok(!JSON.stringify(r.audit).includes("QwkPass7"));
    assert.match(r.log.text(), /^info: dyndns2 'testbbs' from 198\.51\.100\.7: updated: A 203\.0\.113\.7 \(ttl 300\) \(DNS \d+ ms\)$/m);
    assert.match(r.log.text(), /^notice: dyndns2 'other' from 198\.51\.100\.7: refused: id 'other' logged in as user #2 'TESTBBS', whose alias is not the id$/m);
  });
});

describe("parseUpdate", () => {
  it("names any case of a parameter, splits comma lists, keeps the last of a flag", () => {
    assert.deepStrictEqual(parseUpdate({ HostName: ["a.test, b.test", ""], hostname: ["c.test"], MYIP: ["203.0.113.7"], wildcard: ["OFF", "ON"], mx: ["m.test"], BackMX: ["yes"] }), {
      hostnames: ["a.test", "b.test", "c.test"], ipv4: ["203.0.113.7"], ipv6: [], invalid: [], wildcard: true, mx: "m.test", backmx: true, offline: false,
    });
  });
  it("an address given twice counts once; what is no address is kept aside", () => {
    const r = parseUpdate({ myip: ["203.0.113.7,203.0.113.7", "nonsense"], myipv6: ["2001:db8::1"] });
    assert.deepStrictEqual([r.ipv4, r.ipv6, r.invalid], [["203.0.113.7"], ["2001:db8::1"], ["nonsense"]]);
  });
});

describe("checkip", () => {
  it("the page clients search for 'Current IP Address: ', HTML escaped, IPv4-mapped shown as IPv4", () => {
    assert.strictEqual(checkipPage("::ffff:203.0.113.7").body, "<html><head><title>Current IP Check</title></head><body>Current IP Address: 203.0.113.7</body></html>\n");
    assert.match(checkipPage("<x>").body, /Current IP Address: &lt;x&gt;</);
    assert.strictEqual(checkipPage("2001:db8::1").headers["Content-Type"], "text/html");
  });
});
