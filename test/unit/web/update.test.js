"use strict";
// The dyndns2 endpoint's core (src/web/core/update.ts): a request as the web server hands it in,
// the answer lines and status out, with the hub's ports faked. Table-driven: each case is a
// request (its query as sent, who sent it, the zone before), then what the client reads, what the
// zone holds after, which UPDATEs were sent, and the audit line of each host name. A case that
// names no UPDATE asserts that nothing was published; every audit line must say "dyndns2" and
// come with its log line.
const assert = require("assert");
const { USERS, OWNER, WILD, SOURCE, FULL_ZONE, set, request, fakeClock, fakeDns, fakeState } = require("./harness");

const OK = "200 OK";
const LATER = "503 Service Unavailable";
const NAME = "hostname=testbbs.bbs.test";
const FULL_HELD = {
  A: ["192.0.2.1"], AAAA: ["2001:db8::1"], MX: ["10 mail.example.com"], TXT: ["\"Test BBS\""],
  LOC: ["52 22 23.000 N 4 53 32.000 E -2.00m 1m 10000m 10m"], "*.CNAME": [OWNER],
};
/** The records of FULL_ZONE with `changes` over them (a value of null: that set removed). */
function fullHeld(changes) {
  const out = Object.assign({}, FULL_HELD, changes);
  for (const key of Object.keys(out)) if (out[key] === null) delete out[key];
  return out;
}
const names = (n) => Array.from({ length: n }, (_, i) => "h" + i + ".bbs.test").join(",");
const LOG_LEVEL = { updated: "info", unchanged: "info", refused: "notice", failed: "error" };

/**
 * Runs one case: `options` as request() takes them (`before(options)` may prepare its state and
 * clock), then `want`: status (200 OK), lines, zone
 * (the records after; default: those before), updates (the types each UPDATE changed, in order;
 * default none), audit ([id, result, reason] per line, in order).
 */
function check(c) {
  const options = Object.assign({ state: fakeState(), clock: fakeClock() }, c.options || {});
  if (c.before) c.before(options);
  const r = request(c.query, options);
  const want = c.want;
  assert.deepStrictEqual(r.lines, want.lines, "the answer's lines");
  assert.strictEqual(r.reply.status, want.status || OK, "the status");
  assert.strictEqual(r.reply.headers["Content-Type"], "text/plain");
  assert.strictEqual(r.reply.headers.Connection, undefined, "the web server says how the connection ends, not the script");
  assert.strictEqual(r.reply.body, want.lines.join("\n") + "\n", "one line each, LF, nothing else");
  const before = {};
  for (const rrset of (c.options && c.options.zone) || []) before[(rrset.name === WILD ? "*." : "") + rrset.type] = rrset.rdata;
  assert.deepStrictEqual(r.held(), want.zone || before, "the zone after");
  assert.deepStrictEqual(r.dns.published.map((p) => p.plan.changes.map((ch) => (ch.name === WILD ? "*." : "") + ch.type)), want.updates || [],
    want.updates ? "the UPDATEs sent" : "nothing published");
  assert.deepStrictEqual(r.audit.map((a) => [a.id, a.result, a.reason]), want.audit, "the audit lines");
  const source = (c.options && c.options.source) || SOURCE;
  for (const a of r.audit) {
    assert.strictEqual(a.front, "dyndns2");
    assert.strictEqual(a.address, source);
    assert.strictEqual(a.time, "2026-11-30T12:00:00.000Z");
    const shown = a.id === null ? null : a.id.replace(/[\x00-\x1f\x7f]/g, (ch) => "\\x" + ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"));
    const id = a.id === null ? "(no name)" : "'" + shown + "'";
    const logged = r.log.lines.filter((l) => l.text.startsWith("dyndns2 " + id + " from " + source + ": " + a.result + (a.reason ? ": " + a.reason : "")));
    assert.strictEqual(logged.length, 1, "one log line for " + JSON.stringify(a) + " in:\n" + r.log.text());
    assert.strictEqual(logged[0].level, LOG_LEVEL[a.result]);
  }
  assert.ok(!r.auditLines.join("\n").includes("QwkPass7") && !r.log.text().includes("QwkPass7"), "never the password");
  assert.ok(!/audit log/.test(r.log.text()), "the audit log took every line: no error about it");
  return r;
}

function table(title, cases) {
  describe(title, () => {
    for (const c of cases) it(c.desc, () => check(c));
  });
}

table("dyndns2 /nic/update: who asks (one line for the whole request)", [
  {
    desc: "no credentials: 401 with a Basic challenge and badauth; nothing read",
    query: NAME + ",other.bbs.test&myip=203.0.113.7", options: { as: null },
    want: { status: "401 Unauthorized", lines: ["badauth"], audit: [[null, "refused", "no user name and password (Basic auth)"]] },
  },
  {
    desc: "no User-Agent: badagent",
    query: NAME + "&myip=203.0.113.7", options: { agent: "" },
    want: { lines: ["badagent"], audit: [["TESTBBS", "refused", "no User-Agent"]] },
  },
  {
    desc: "a User-Agent of blanks is none",
    query: NAME + "&myip=203.0.113.7", options: { agent: " \t " },
    want: { lines: ["badagent"], audit: [["TESTBBS", "refused", "no User-Agent"]] },
  },
  {
    desc: "the sysop's account (user #1), even with Q: badauth",
    query: "hostname=sysopsam.bbs.test&myip=203.0.113.7", options: { as: "SYSOPSAM" },
    want: { lines: ["badauth"], audit: [["SYSOPSAM", "refused", "user #1 SYSOPSAM is the sysop's account: never a QWKnet account"]] },
  },
  {
    desc: "an account with a sysop's level, even with Q: badauth",
    query: "hostname=boss.bbs.test&myip=203.0.113.7", options: { as: "BOSS" },
    want: { lines: ["badauth"], audit: [["BOSS", "refused", "user #5 BOSS has a sysop's security level (90 or above): never a QWKnet account"]] },
  },
  {
    desc: "an account without the Q restriction: badauth",
    query: "hostname=normal.bbs.test&myip=203.0.113.7", options: { as: "NORMAL" },
    want: { lines: ["badauth"], audit: [["NORMAL", "refused", "user #3 NORMAL has no QWK restriction (Q): not a QWKnet account"]] },
  },
  {
    desc: "a QWKnet account without a password: badauth",
    query: "hostname=nopass.bbs.test&myip=203.0.113.7", options: { as: "NOPASS" },
    want: { lines: ["badauth"], audit: [["NOPASS", "refused", "user #4 NOPASS has no password"]] },
  },
  {
    desc: "credentials are checked before the User-Agent",
    query: NAME, options: { as: null, agent: "" },
    want: { status: "401 Unauthorized", lines: ["badauth"], audit: [[null, "refused", "no user name and password (Basic auth)"]] },
  },
  {
    desc: "the User-Agent before the account's rights",
    query: NAME, options: { as: "NORMAL", agent: "" },
    want: { lines: ["badagent"], audit: [["NORMAL", "refused", "no User-Agent"]] },
  },
]);

table("dyndns2 /nic/update: which host names (one line each, in request order)", [
  {
    desc: "no hostname: notfqdn",
    query: "myip=203.0.113.7",
    want: { lines: ["notfqdn"], audit: [["TESTBBS", "refused", "no hostname"]] },
  },
  {
    desc: "hostname= and a list of blanks are no hostname",
    query: "hostname=&hostname=,%20,&myip=203.0.113.7",
    want: { lines: ["notfqdn"], audit: [["TESTBBS", "refused", "no hostname"]] },
  },
  {
    desc: "21 names: numhost, one line, nothing done",
    query: "hostname=" + names(21) + "&myip=203.0.113.7",
    want: { lines: ["numhost"], audit: [["TESTBBS", "refused", "21 host names in one request (at most 20)"]] },
  },
  {
    desc: "21 names counted across repeated hostname= parameters",
    query: NAME + "&hostname=" + names(20),
    want: { lines: ["numhost"], audit: [["TESTBBS", "refused", "21 host names in one request (at most 20)"]] },
  },
  {
    desc: "20 names: each answered (ours good, the others nohost)",
    query: NAME + "," + names(19) + "&myip=203.0.113.7",
    want: {
      lines: ["good 203.0.113.7"].concat(Array(19).fill("nohost")), zone: { A: ["203.0.113.7"] }, updates: [["A"]],
      audit: [["testbbs", "updated", null]].concat(Array.from({ length: 19 }, (_, i) => ["h" + i, "refused", "id 'h" + i + "' logged in as user #2 'TESTBBS', whose alias is not the id"])),
    },
  },
  {
    desc: "a single label: notfqdn",
    query: "hostname=testbbs&myip=203.0.113.7",
    want: { lines: ["notfqdn"], audit: [["testbbs", "refused", "hostname 'testbbs' is not a fully qualified domain name"]] },
  },
  {
    desc: "not a host name (an underscore): notfqdn",
    query: "hostname=test_bbs.bbs.test&myip=203.0.113.7",
    want: { lines: ["notfqdn"], audit: [["test_bbs.bbs.test", "refused", "hostname 'test_bbs.bbs.test' is not a fully qualified domain name"]] },
  },
  {
    desc: "a control character in the name: notfqdn, escaped in the audit reason",
    query: "hostname=test%01bbs.bbs.test&myip=203.0.113.7",
    want: { lines: ["notfqdn"], audit: [["test\u0001bbs.bbs.test", "refused", "hostname 'test\\x01bbs.bbs.test' is not a fully qualified domain name"]] },
  },
  {
    desc: "an encoded NUL in the name, with the member's own name before it: notfqdn, nothing published",
    query: "hostname=testbbs.bbs.test%00junk&myip=203.0.113.7",
    want: { lines: ["notfqdn"], audit: [["testbbs.bbs.test\u0000junk", "refused", "hostname 'testbbs.bbs.test\\x00junk' is not a fully qualified domain name"]] },
  },
  {
    desc: "8-bit bytes in the name: notfqdn",
    query: "hostname=testbbs%e9.bbs.test&myip=203.0.113.7",
    want: { lines: ["notfqdn"], audit: [["testbbs\u00e9.bbs.test", "refused", "hostname 'testbbs\u00e9.bbs.test' is not a fully qualified domain name"]] },
  },
  {
    desc: "a hostname without a value, and empty parameters: no hostname",
    query: "&&&hostname&&myip=203.0.113.7&",
    want: { lines: ["notfqdn"], audit: [["TESTBBS", "refused", "no hostname"]] },
  },
  {
    desc: "blanks and line ends around a name are dropped (a CR LF a client left on it)",
    query: "hostname=testbbs.bbs.test%0d%0a&myip=203.0.113.7",
    want: { lines: ["good 203.0.113.7"], zone: { A: ["203.0.113.7"] }, updates: [["A"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "a name that ends in a number reads as an address: notfqdn",
    query: "hostname=203.0.113.7&myip=203.0.113.7",
    want: { lines: ["notfqdn"], audit: [["203.0.113.7", "refused", "hostname '203.0.113.7' is not a fully qualified domain name"]] },
  },
  {
    desc: "outside the zone: nohost",
    query: "hostname=testbbs.example.org&myip=203.0.113.7",
    want: { lines: ["nohost"], audit: [["testbbs.example.org", "refused", "testbbs.example.org is not <id>.bbs.test"]] },
  },
  {
    desc: "a zone that merely ends like ours: nohost",
    query: "hostname=testbbs.xbbs.test&myip=203.0.113.7",
    want: { lines: ["nohost"], audit: [["testbbs.xbbs.test", "refused", "testbbs.xbbs.test is not <id>.bbs.test"]] },
  },
  {
    desc: "a name whose last labels only look like the zone: nohost",
    query: "hostname=testbbsxbbs.test&myip=203.0.113.7",
    want: { lines: ["nohost"], audit: [["testbbsxbbs.test", "refused", "testbbsxbbs.test is not <id>.bbs.test"]] },
  },
  {
    desc: "below an id: nohost",
    query: "hostname=www.testbbs.bbs.test&myip=203.0.113.7",
    want: { lines: ["nohost"], audit: [["www.testbbs.bbs.test", "refused", "www.testbbs.bbs.test is not <id>.bbs.test"]] },
  },
  {
    desc: "the zone itself: nohost",
    query: "hostname=bbs.test&myip=203.0.113.7",
    want: { lines: ["nohost"], audit: [["bbs.test", "refused", "bbs.test is not <id>.bbs.test"]] },
  },
  {
    desc: "a reserved id: nohost",
    query: "hostname=www.bbs.test&myip=203.0.113.7",
    want: { lines: ["nohost"], audit: [["www", "refused", "the name www is reserved"]] },
  },
  {
    desc: "the first id of the reserved list (ns): nohost",
    query: "hostname=ns.bbs.test&myip=203.0.113.7",
    want: { lines: ["nohost"], audit: [["ns", "refused", "the name ns is reserved"]] },
  },
  {
    desc: "another member's name: nohost, and the audit says whose",
    query: "hostname=other.bbs.test&myip=203.0.113.7",
    want: { lines: ["nohost"], audit: [["other", "refused", "id 'other' logged in as user #2 'TESTBBS', whose alias is not the id"]] },
  },
  {
    desc: "an account whose alias is the id, but the alias names another user: nohost",
    query: "hostname=testbbs.bbs.test&myip=203.0.113.7", options: { account: { number: 7, alias: "TESTBBS", restrictions: 1 << 16, hasPassword: true, isSysop: false } },
    want: { lines: ["nohost"], audit: [["testbbs", "refused", "id 'testbbs' logged in as user #7 'TESTBBS', but the alias names user #2"]] },
  },
  {
    desc: "any letter case and a trailing dot: the member's own name",
    query: "hostname=TestBBS.BBS.Test.&myip=203.0.113.7",
    want: { lines: ["good 203.0.113.7"], zone: { A: ["203.0.113.7"] }, updates: [["A"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "blanks around a name are dropped",
    query: "hostname=%20testbbs.bbs.test%20&myip=203.0.113.7",
    want: { lines: ["good 203.0.113.7"], zone: { A: ["203.0.113.7"] }, updates: [["A"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "repeated and comma-joined, answered in request order",
    query: NAME + "&hostname=other.bbs.test,x,www.bbs.test&myip=203.0.113.7",
    want: {
      lines: ["good 203.0.113.7", "nohost", "notfqdn", "nohost"], zone: { A: ["203.0.113.7"] }, updates: [["A"]],
      audit: [["testbbs", "updated", null], ["other", "refused", "id 'other' logged in as user #2 'TESTBBS', whose alias is not the id"],
        ["x", "refused", "hostname 'x' is not a fully qualified domain name"], ["www", "refused", "the name www is reserved"]],
    },
  },
  {
    desc: "the same name twice (any case): answered twice, updated once, audited once",
    query: NAME + ",TESTBBS.bbs.test&myip=203.0.113.7",
    want: { lines: ["good 203.0.113.7", "good 203.0.113.7"], zone: { A: ["203.0.113.7"] }, updates: [["A"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "a refused name twice: answered twice, audited once",
    query: "hostname=other.bbs.test,other.bbs.test&myip=203.0.113.7",
    want: { lines: ["nohost", "nohost"], audit: [["other", "refused", "id 'other' logged in as user #2 'TESTBBS', whose alias is not the id"]] },
  },
  {
    desc: "a parameter's name in any letter case",
    query: "HostName=testbbs.bbs.test&MYIP=203.0.113.7",
    want: { lines: ["good 203.0.113.7"], zone: { A: ["203.0.113.7"] }, updates: [["A"]], audit: [["testbbs", "updated", null]] },
  },
]);

table("dyndns2 /nic/update: the addresses", [
  {
    desc: "myip IPv4: the A",
    query: NAME + "&myip=203.0.113.7",
    want: { lines: ["good 203.0.113.7"], zone: { A: ["203.0.113.7"] }, updates: [["A"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "myip IPv6 alone: the AAAA; the A kept",
    query: NAME + "&myip=2001:db8::7", options: { zone: FULL_ZONE },
    want: { lines: ["good 2001:db8::7"], zone: fullHeld({ AAAA: ["2001:db8::7"] }), updates: [["AAAA"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "myip=v4,v6 (ddclient): both, the answer lists both",
    query: NAME + "&myip=203.0.113.7,2001:db8::7",
    want: { lines: ["good 203.0.113.7,2001:db8::7"], zone: { A: ["203.0.113.7"], AAAA: ["2001:db8::7"] }, updates: [["A", "AAAA"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "myip=v6,v4: both, IPv4 first in the answer",
    query: NAME + "&myip=2001:db8::7,203.0.113.7",
    want: { lines: ["good 203.0.113.7,2001:db8::7"], zone: { A: ["203.0.113.7"], AAAA: ["2001:db8::7"] }, updates: [["A", "AAAA"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "myipv6 (inadyn's path): the AAAA beside myip's A",
    query: NAME + "&myip=203.0.113.7&myipv6=2001:db8::7",
    want: { lines: ["good 203.0.113.7,2001:db8::7"], zone: { A: ["203.0.113.7"], AAAA: ["2001:db8::7"] }, updates: [["A", "AAAA"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "myipv6 alone: the AAAA; the A kept",
    query: NAME + "&myipv6=2001:db8::7", options: { zone: [set(OWNER, "A", ["192.0.2.1"])] },
    want: { lines: ["good 2001:db8::7"], zone: { A: ["192.0.2.1"], AAAA: ["2001:db8::7"] }, updates: [["AAAA"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "the same address twice counts once",
    query: NAME + "&myip=203.0.113.7,203.0.113.7&myip=203.0.113.7",
    want: { lines: ["good 203.0.113.7"], zone: { A: ["203.0.113.7"] }, updates: [["A"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "an IPv6 address written otherwise is the same address: nochg",
    query: NAME + "&myip=2001:DB8:0::1", options: { zone: [set(OWNER, "AAAA", ["2001:db8::1"])] },
    want: { lines: ["nochg 2001:DB8:0::1"], audit: [["testbbs", "unchanged", null]] },
  },
  {
    desc: "no address: the source's (IPv4)",
    query: NAME,
    want: { lines: ["good 198.51.100.7"], zone: { A: ["198.51.100.7"] }, updates: [["A"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "myip= empty (what ddclient and inadyn send when they found none): the source's",
    query: NAME + "&myip=",
    want: { lines: ["good 198.51.100.7"], zone: { A: ["198.51.100.7"] }, updates: [["A"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "no address from an IPv6 source: the AAAA; the A kept",
    query: NAME, options: { zone: FULL_ZONE, source: "2001:db8::99" },
    want: { lines: ["good 2001:db8::99"], zone: fullHeld({ AAAA: ["2001:db8::99"] }), updates: [["AAAA"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "no address from an IPv4-mapped source: IPv4",
    query: NAME, options: { source: "::ffff:198.51.100.8" },
    want: { lines: ["good 198.51.100.8"], zone: { A: ["198.51.100.8"] }, updates: [["A"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "no address and a source that is no address at all: dnserr",
    query: NAME, options: { source: "unknown" },
    want: { lines: ["dnserr"], audit: [["testbbs", "refused", "no address given and the request came from unknown"]] },
  },
  {
    desc: "not an address: dnserr",
    query: NAME + "&myip=1.2.3",
    want: { lines: ["dnserr"], audit: [["testbbs", "refused", "myip '1.2.3' is not an IPv4 or IPv6 address"]] },
  },
  {
    desc: "an address with an encoded NUL after it: dnserr",
    query: NAME + "&myip=203.0.113.7%00",
    want: { lines: ["dnserr"], audit: [["testbbs", "refused", "myip '203.0.113.7\\x00' is not an IPv4 or IPv6 address"]] },
  },
  {
    desc: "myipv6 that is not an address: dnserr",
    query: NAME + "&myip=203.0.113.7&myipv6=nonsense",
    want: { lines: ["dnserr"], audit: [["testbbs", "refused", "myip 'nonsense' is not an IPv4 or IPv6 address"]] },
  },
  {
    desc: "two IPv4 addresses: dnserr",
    query: NAME + "&myip=203.0.113.7,203.0.113.8",
    want: { lines: ["dnserr"], audit: [["testbbs", "refused", "more than one address of a kind (203.0.113.7, 203.0.113.8): one A and one AAAA at most"]] },
  },
  {
    desc: "two IPv6 addresses (myip and myipv6): dnserr",
    query: NAME + "&myip=2001:db8::7&myipv6=2001:db8::8",
    want: { lines: ["dnserr"], audit: [["testbbs", "refused", "more than one address of a kind (2001:db8::7, 2001:db8::8): one A and one AAAA at most"]] },
  },
  {
    desc: "a private address without allow_private: dnserr",
    query: NAME + "&myip=192.168.1.7", options: { settings: { allow_private: "false" } },
    want: { lines: ["dnserr"], audit: [["testbbs", "refused", "the address 192.168.1.7 is not public"]] },
  },
  {
    desc: "a documentation address without allow_private: dnserr",
    query: NAME + "&myip=198.51.100.200", options: { settings: { allow_private: "false" } },
    want: { lines: ["dnserr"], audit: [["testbbs", "refused", "the address 198.51.100.200 is not public"]] },
  },
  {
    desc: "a public A beside a link-local AAAA without allow_private: dnserr, neither published",
    query: NAME + "&myip=8.8.8.8,fe80::1", options: { settings: { allow_private: "false" } },
    want: { lines: ["dnserr"], audit: [["testbbs", "refused", "the address fe80::1 is not public"]] },
  },
  {
    desc: "a private source without allow_private: dnserr",
    query: NAME, options: { settings: { allow_private: "false" }, source: "10.0.0.1" },
    want: { lines: ["dnserr"], audit: [["testbbs", "refused", "the address 10.0.0.1 is not public"]] },
  },
  {
    desc: "a public address without allow_private: good",
    query: NAME + "&myip=8.8.8.8&myipv6=2a00:1450:4001:800::200e", options: { settings: { allow_private: "false" } },
    want: { lines: ["good 8.8.8.8,2a00:1450:4001:800::200e"], zone: { A: ["8.8.8.8"], AAAA: ["2a00:1450:4001:800::200e"] }, updates: [["A", "AAAA"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "multicast even with allow_private: dnserr",
    query: NAME + "&myip=224.0.0.1",
    want: { lines: ["dnserr"], audit: [["testbbs", "refused", "the address 224.0.0.1 is not unicast"]] },
  },
  {
    desc: "a bad address refuses each name it is asked for, in order",
    query: NAME + ",other.bbs.test&myip=1.2.3",
    want: { lines: ["dnserr", "nohost"], audit: [["testbbs", "refused", "myip '1.2.3' is not an IPv4 or IPv6 address"], ["other", "refused", "id 'other' logged in as user #2 'TESTBBS', whose alias is not the id"]] },
  },
]);

table("dyndns2 /nic/update: a request changes only what it names", [
  {
    desc: "hostname and myip alone (a router): the A changes; the AAAA, MX, TXT, LOC and wildcard an 8467 session set stay",
    query: NAME + "&myip=203.0.113.9", options: { zone: FULL_ZONE },
    want: { lines: ["good 203.0.113.9"], zone: fullHeld({ A: ["203.0.113.9"] }), updates: [["A"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "what is there already: nochg with the address, nothing written",
    query: NAME + "&myip=192.0.2.1&myipv6=2001:db8::1", options: { zone: FULL_ZONE },
    want: { lines: ["nochg 192.0.2.1,2001:db8::1"], audit: [["testbbs", "unchanged", null]] },
  },
  {
    desc: "wildcard=ON: the wildcard CNAME",
    query: NAME + "&myip=203.0.113.7&wildcard=ON",
    want: { lines: ["good 203.0.113.7"], zone: { A: ["203.0.113.7"], "*.CNAME": [OWNER] }, updates: [["A", "*.CNAME"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "wildcard=on (any case) when it is there: nochg",
    query: NAME + "&myip=192.0.2.1&wildcard=on", options: { zone: FULL_ZONE },
    want: { lines: ["nochg 192.0.2.1"], audit: [["testbbs", "unchanged", null]] },
  },
  {
    desc: "wildcard=OFF removes it",
    query: NAME + "&myip=192.0.2.1&wildcard=OFF", options: { zone: FULL_ZONE },
    want: { lines: ["good 192.0.2.1"], zone: fullHeld({ "*.CNAME": null }), updates: [["*.CNAME"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "wildcard=NOCHG keeps it",
    query: NAME + "&myip=192.0.2.1&wildcard=NOCHG", options: { zone: FULL_ZONE },
    want: { lines: ["nochg 192.0.2.1"], audit: [["testbbs", "unchanged", null]] },
  },
  {
    desc: "wildcard=nochg (any case) keeps what is not there",
    query: NAME + "&myip=203.0.113.7&wildcard=nochg",
    want: { lines: ["good 203.0.113.7"], zone: { A: ["203.0.113.7"] }, updates: [["A"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "a wildcard word that is neither keeps it",
    query: NAME + "&myip=192.0.2.1&wildcard=maybe", options: { zone: FULL_ZONE },
    want: { lines: ["nochg 192.0.2.1"], audit: [["testbbs", "unchanged", null]] },
  },
  {
    desc: "the last wildcard counts",
    query: NAME + "&myip=192.0.2.1&wildcard=ON&wildcard=OFF", options: { zone: FULL_ZONE },
    want: { lines: ["good 192.0.2.1"], zone: fullHeld({ "*.CNAME": null }), updates: [["*.CNAME"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "mx: the MX at mx_preference",
    query: NAME + "&myip=203.0.113.7&mx=Mail.Example.COM.",
    want: { lines: ["good 203.0.113.7"], zone: { A: ["203.0.113.7"], MX: ["10 mail.example.com"] }, updates: [["A", "MX"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "mx at another mx_preference",
    query: NAME + "&myip=203.0.113.7&mx=mail.example.com", options: { settings: { mx_preference: "5" } },
    want: { lines: ["good 203.0.113.7"], zone: { A: ["203.0.113.7"], MX: ["5 mail.example.com"] }, updates: [["A", "MX"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "mx with backmx=YES: the host itself first, the mx 10 after it",
    query: NAME + "&myip=203.0.113.7&mx=mail.example.com&backmx=YES",
    want: { lines: ["good 203.0.113.7"], zone: { A: ["203.0.113.7"], MX: ["10 " + OWNER, "20 mail.example.com"] }, updates: [["A", "MX"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "backmx at the highest preference: the backup at 65535 too",
    query: NAME + "&myip=203.0.113.7&mx=mail.example.com&backmx=yes", options: { settings: { mx_preference: "65530" } },
    want: { lines: ["good 203.0.113.7"], zone: { A: ["203.0.113.7"], MX: ["65530 " + OWNER, "65535 mail.example.com"] }, updates: [["A", "MX"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "mx with backmx=NO: the mx alone",
    query: NAME + "&myip=203.0.113.7&mx=mail.example.com&backmx=NO",
    want: { lines: ["good 203.0.113.7"], zone: { A: ["203.0.113.7"], MX: ["10 mail.example.com"] }, updates: [["A", "MX"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "backmx without mx changes nothing",
    query: NAME + "&myip=192.0.2.1&backmx=YES", options: { zone: FULL_ZONE },
    want: { lines: ["nochg 192.0.2.1"], audit: [["testbbs", "unchanged", null]] },
  },
  {
    desc: "mx=NOCHG keeps the MX",
    query: NAME + "&myip=192.0.2.1&mx=NOCHG", options: { zone: FULL_ZONE },
    want: { lines: ["nochg 192.0.2.1"], audit: [["testbbs", "unchanged", null]] },
  },
  {
    desc: "mx= (empty) keeps the MX",
    query: NAME + "&myip=192.0.2.1&mx=", options: { zone: FULL_ZONE },
    want: { lines: ["nochg 192.0.2.1"], audit: [["testbbs", "unchanged", null]] },
  },
  {
    desc: "the last mx counts",
    query: NAME + "&myip=192.0.2.1&mx=a.example.com&mx=b.example.com", options: { zone: FULL_ZONE },
    want: { lines: ["good 192.0.2.1"], zone: fullHeld({ MX: ["10 b.example.com"] }), updates: [["MX"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "an mx that is not a host name: dnserr",
    query: NAME + "&myip=203.0.113.7&mx=not_a_host",
    want: { lines: ["dnserr"], audit: [["testbbs", "refused", "mx 'not_a_host' is not a host name"]] },
  },
  {
    desc: "an mx with a control character: dnserr",
    query: NAME + "&myip=203.0.113.7&mx=mail%01.example.com",
    want: { lines: ["dnserr"], audit: [["testbbs", "refused", "mx 'mail\\x01.example.com' is not a host name"]] },
  },
  {
    desc: "offline=YES: the A and AAAA removed, the rest kept; the answer carries no address",
    query: NAME + "&offline=YES&myip=203.0.113.1", options: { zone: FULL_ZONE },
    want: {
      lines: ["good"], zone: fullHeld({ A: null, AAAA: null }), updates: [["A", "AAAA"]], audit: [["testbbs", "updated", null]],
    },
  },
  {
    desc: "offline=yes when already offline: nochg",
    query: NAME + "&offline=yes", options: { zone: [set(OWNER, "MX", ["10 mail.example.com"])] },
    want: { lines: ["nochg"], audit: [["testbbs", "unchanged", null]] },
  },
  {
    desc: "offline=YES with wildcard=OFF: both",
    query: NAME + "&offline=YES&wildcard=OFF", options: { zone: FULL_ZONE },
    want: {
      lines: ["good"], zone: fullHeld({ A: null, AAAA: null, "*.CNAME": null }), updates: [["A", "AAAA", "*.CNAME"]], audit: [["testbbs", "updated", null]],
    },
  },
  {
    desc: "offline=NO: an ordinary update",
    query: NAME + "&offline=NO&myip=203.0.113.1",
    want: { lines: ["good 203.0.113.1"], zone: { A: ["203.0.113.1"] }, updates: [["A"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "unknown parameters (system, the client's own) are ignored",
    query: "system=dyndns&" + NAME + "&myip=203.0.113.7&static=NO&custom=1&txt=Hello&ttl=5&somethingelse",
    want: { lines: ["good 203.0.113.7"], zone: { A: ["203.0.113.7"] }, updates: [["A"]], audit: [["testbbs", "updated", null]] },
  },
  {
    desc: "the records get the TTL of the settings",
    query: NAME + "&myip=203.0.113.7&mx=mail.example.com", options: { settings: { ttl: "120" } },
    want: { lines: ["good 203.0.113.7"], zone: { A: ["203.0.113.7"], MX: ["10 mail.example.com"] }, updates: [["A", "MX"]], audit: [["testbbs", "updated", null]] },
  },
]);

table("dyndns2 /nic/update: the hub's own failures and limits", [
  {
    desc: "settings not valid: 911 once, 503",
    query: NAME + ",other.bbs.test&myip=203.0.113.7", options: { settings: { zone: undefined } },
    want: { status: LATER, lines: ["911"], audit: [["TESTBBS", "failed", "the service's settings are not valid"]] },
  },
  {
    desc: "settings not valid, and no credentials: 911 all the same (the hub cannot tell)",
    query: NAME, options: { settings: { zone: undefined }, as: null },
    want: { status: LATER, lines: ["911"], audit: [[null, "failed", "the service's settings are not valid"]] },
  },
  {
    desc: "the DNS server does not answer the read: dnserr, 503",
    query: NAME + "&myip=203.0.113.7", options: { dns: Object.assign(fakeDns(), { fail: { current: "no answer from 127.0.0.1:53 within 5 s" } }) },
    want: { status: LATER, lines: ["dnserr"], audit: [["testbbs", "failed", "reading the current records: no answer from 127.0.0.1:53 within 5 s"]] },
  },
  {
    desc: "the DNS server refuses the UPDATE: dnserr, 503",
    query: NAME + "&myip=203.0.113.7", options: { dns: Object.assign(fakeDns(), { fail: { publish: "REFUSED" } }) },
    want: { status: LATER, lines: ["dnserr"], updates: [["A"]], audit: [["testbbs", "failed", "the update: REFUSED"]] },
  },
  {
    desc: "a DNS failure for one name and a refusal for another: 200 (the member has something to fix)",
    query: NAME + ",other.bbs.test&myip=203.0.113.7", options: { dns: Object.assign(fakeDns(), { fail: { current: "down" } }) },
    want: {
      lines: ["dnserr", "nohost"],
      audit: [["testbbs", "failed", "reading the current records: down"], ["other", "refused", "id 'other' logged in as user #2 'TESTBBS', whose alias is not the id"]],
    },
  },
  {
    desc: "the same failed name twice: 503",
    query: NAME + "," + "testbbs.bbs.test&myip=203.0.113.7", options: { dns: Object.assign(fakeDns(), { fail: { current: "down" } }) },
    want: { status: LATER, lines: ["dnserr", "dnserr"], audit: [["testbbs", "failed", "reading the current records: down"]] },
  },
  {
    desc: "another update of the id under way: 911, 503",
    query: NAME + "&myip=203.0.113.7",
    before: (o) => o.state.lock("testbbs"),
    want: { status: LATER, lines: ["911"], audit: [["testbbs", "refused", "busy"]] },
  },
  {
    desc: "min_interval: abuse, 503 (it lifts by itself: inadyn tries again only after a 5xx)",
    query: NAME + "&myip=203.0.113.8", options: { settings: { min_interval: "60" } },
    before: (o) => o.state.write("testbbs", JSON.stringify({ writes: [o.clock.now() - 30000], unchanged: [] })),
    want: { status: "503 Service Unavailable", lines: ["abuse"], audit: [["testbbs", "refused", "testbbs.bbs.test: 30 s short of the minimum interval of 60 s"]] },
  },
  {
    desc: "hourly_cap: abuse, 503 (it lifts by itself)",
    query: NAME + "&myip=203.0.113.8", options: { settings: { min_interval: "0", hourly_cap: "2" } },
    before: (o) => o.state.write("testbbs", JSON.stringify({ writes: [o.clock.now() - 600000, o.clock.now() - 300000], unchanged: [] })),
    want: { status: "503 Service Unavailable", lines: ["abuse"], audit: [["testbbs", "refused", "testbbs.bbs.test: reached the cap of 2 updates an hour"]] },
  },
  {
    desc: "nochg_limit: abuse, before the DNS server is asked",
    query: NAME + "&myip=203.0.113.8", options: { settings: { nochg_limit: "2" } },
    before: (o) => o.state.write("testbbs", JSON.stringify({ writes: [], unchanged: [o.clock.now() - 2000, o.clock.now() - 1000] })),
    want: { lines: ["abuse"], audit: [["testbbs", "refused", "testbbs.bbs.test: reached the limit of 2 unchanged updates a day"]] },
  },
  {
    desc: "nochg_limit is the client's own fault: 200 even when every name is refused",
    query: NAME + "," + NAME.slice(9) + "&myip=203.0.113.8", options: { settings: { nochg_limit: "1" } },
    before: (o) => o.state.write("testbbs", JSON.stringify({ writes: [], unchanged: [o.clock.now() - 1000] })),
    want: { lines: ["abuse", "abuse"], audit: [["testbbs", "refused", "testbbs.bbs.test: reached the limit of 1 unchanged update a day"]] },
  },
]);

describe("dyndns2 /nic/update: the limits, shared with the 8467 front end", () => {
  it("good, nochg, nochg, then abuse once nochg_limit unchanged updates are in, with no DNS read", () => {
    const state = fakeState();
    const dns = fakeDns();
    const clock = fakeClock();
    const settings = { nochg_limit: "2" };
    const q = NAME + "&myip=203.0.113.7";
    assert.deepStrictEqual(request(q, { state, dns, clock, settings }).lines, ["good 203.0.113.7"]);
    assert.deepStrictEqual(request(q, { state, dns, clock, settings }).lines, ["nochg 203.0.113.7"]);
    assert.deepStrictEqual(request(q, { state, dns, clock, settings }).lines, ["nochg 203.0.113.7"]);
    const reads = dns.queried.length;
    const r = request(NAME + "&myip=203.0.113.8", { state, dns, clock, settings });
    assert.deepStrictEqual(r.lines, ["abuse"]);
    assert.strictEqual(r.reply.status, "200 OK", "the client's own fault: no use trying again soon");
    assert.strictEqual(dns.queried.length, reads);
    assert.deepStrictEqual(JSON.parse(state.files.testbbs).unchanged.length, 2);
  });
  it("min_interval counts the writes of either front end: a write of 8467's 10 s ago refuses; 60 s later it passes; held for a while, the answer is 503 (inadyn tries again only after a 5xx)", () => {
    const state = fakeState();
    const clock = fakeClock();
    state.write("testbbs", JSON.stringify({ writes: [clock.now() - 10000], unchanged: [] }));
    const settings = { min_interval: "60" };
    const soon = request(NAME + "&myip=203.0.113.8", { state, clock, settings });
    assert.deepStrictEqual([soon.reply.status, soon.lines], ["503 Service Unavailable", ["abuse"]], "a limit that lifts by itself: try again later");
    clock.advance(50000);
    assert.deepStrictEqual(request(NAME + "&myip=203.0.113.8", { state, clock, settings }).lines, ["good 203.0.113.8"]);
    assert.deepStrictEqual(JSON.parse(state.files.testbbs).writes, [clock.now() - 60000, clock.now()]);
    const capped = fakeState();
    for (const ip of ["203.0.113.7", "203.0.113.8"]) request(NAME + "&myip=" + ip, { state: capped, clock, settings: { hourly_cap: "1", min_interval: "0" } });
    const hourly = request(NAME + ",other.bbs.test&myip=203.0.113.9", { state: capped, clock, settings: { hourly_cap: "1", min_interval: "0" } });
    assert.deepStrictEqual([hourly.reply.status, hourly.lines], ["200 OK", ["abuse", "nohost"]], "503 only when every name is to be tried later");
  });
  it("a race on a name with a wildcard: the records read again include the wildcard, so removing it is planned right", () => {
    const dns = fakeDns([set(OWNER, "A", ["192.0.2.1"]), set(WILD, "CNAME", [OWNER])]);
    let raced = false;
    dns.beforePublish = (d) => {
      if (raced) return;
      raced = true;
      d.rrsets = [set(OWNER, "A", ["192.0.2.99"]), set(WILD, "CNAME", [OWNER])];
    };
    const r = request(NAME + "&myip=203.0.113.8&wildcard=OFF", { dns });
    assert.deepStrictEqual(r.lines, ["good 203.0.113.8"]);
    assert.deepStrictEqual(r.held(), { A: ["203.0.113.8"] });
    assert.deepStrictEqual(r.audit[0].old, { A: { ttl: 300, data: ["192.0.2.99"] }, "*.CNAME": { ttl: 300, data: [OWNER] } });
  });
  it("the id's lock is taken and given back", () => {
    const state = fakeState();
    request(NAME + "&myip=203.0.113.8", { state });
    assert.strictEqual(state.locks.size, 0);
  });
  it("another writer changed the records since they were read: read again, written again once", () => {
    const dns = fakeDns([set(OWNER, "A", ["192.0.2.1"])]);
    let raced = false;
    dns.beforePublish = (d) => {
      if (raced) return;
      raced = true;
      d.rrsets = [set(OWNER, "A", ["192.0.2.99"])];
    };
    const r = request(NAME + "&myip=203.0.113.8", { dns });
    assert.deepStrictEqual(r.lines, ["good 203.0.113.8"]);
    assert.deepStrictEqual(r.audit[0].old, { A: { ttl: 300, data: ["192.0.2.99"] } });
    assert.match(r.log.text(), /made again: another writer had changed the records since they were read/);
  });
});

describe("dyndns2 /nic/update: the audit line and the log", () => {
  it("one line per host name with the records before and as asked", () => {
    const r = request(NAME + ",other.bbs.test&myip=203.0.113.7&wildcard=ON", { zone: [set(OWNER, "A", ["192.0.2.1"])] });
    assert.deepStrictEqual(r.audit[0].old, { A: { ttl: 300, data: ["192.0.2.1"] } });
    assert.deepStrictEqual(r.audit[0].new, { A: { ttl: 300, data: ["203.0.113.7"] }, "*.CNAME": { ttl: 300, data: [OWNER] } });
    assert.deepStrictEqual([r.audit[1].old, r.audit[1].new], [null, null]);
    assert.match(r.log.text(), /^info: dyndns2 'testbbs' from 198\.51\.100\.7: updated: A 203\.0\.113\.7 \(ttl 300\), \*\.CNAME testbbs\.bbs\.test \(ttl 300\) \(DNS \d+ ms\)$/m);
  });
  it("an unchanged update: the records before and as asked, no detail", () => {
    const r = request(NAME + "&myip=192.0.2.1", { zone: [set(OWNER, "A", ["192.0.2.1"])] });
    assert.deepStrictEqual([r.audit[0].old, r.audit[0].new], [{ A: { ttl: 300, data: ["192.0.2.1"] } }, { A: { ttl: 300, data: ["192.0.2.1"] } }]);
    assert.match(r.log.text(), /^info: dyndns2 'testbbs' from 198\.51\.100\.7: unchanged$/m);
  });
  it("offline asks for no records: new is empty", () => {
    const r = request(NAME + "&offline=YES", { zone: [set(OWNER, "A", ["192.0.2.1"])] });
    assert.deepStrictEqual(r.audit[0].new, {});
  });
  it("a failed DNS read: old null", () => {
    const dns = fakeDns();
    dns.fail.current = "down";
    const r = request(NAME + "&myip=203.0.113.7", { dns });
    assert.deepStrictEqual([r.audit[0].old, r.audit[0].new], [null, { A: { ttl: 300, data: ["203.0.113.7"] } }]);
    assert.match(r.log.text(), /^error: dyndns2 'testbbs' from 198\.51\.100\.7: failed: reading the current records: down$/m);
  });
  it("an audit log that cannot be written: an error line in the log, the answer unchanged", () => {
    const r = request(NAME + "&myip=203.0.113.7", { audit: "cannot open data/logs/dyndns-service.log (error 13)" });
    assert.deepStrictEqual(r.lines, ["good 203.0.113.7"]);
    assert.match(r.log.text(), /^error: audit log: cannot open data\/logs\/dyndns-service\.log \(error 13\)$/m);
  });
  it("bytes a client sends stay one line of ASCII JSON in the audit log, the id cut at 64", () => {
    const long = "x".repeat(70);
    const r = request("hostname=" + long + "%e9.bbs.test&myip=203.0.113.7");
    assert.ok(/^[\x20-\x7e]+$/.test(r.auditLines[0]), r.auditLines[0]);
    assert.strictEqual(r.audit[0].id, "x".repeat(64) + "...");
    assert.match(r.log.text(), /^notice: dyndns2 'x{70}\u00e9\.bbs\.test' from/m, "Latin-1 text stays as it is in the log");
    const control = request("hostname=a%7fb.bbs.test&myip=203.0.113.7");
    assert.match(control.log.text(), /^notice: dyndns2 'a\\x7Fb\.bbs\.test' from/m, "control bytes escaped in the log");
  });
  it("the settings' warnings and problems go to the log", () => {
    const warned = request(NAME + "&myip=203.0.113.7", { unknown: ["colour"] });
    assert.deepStrictEqual(warned.lines, ["good 203.0.113.7"]);
    assert.match(warned.log.text(), /^warn: ctrl\/modopts\.ini \[dyndns_service\]: unknown key 'colour' ignored/m);
    const bad = request(NAME, { settings: { dns_port: "fifty" } });
    assert.match(bad.log.text(), /^error: ctrl\/modopts\.ini \[dyndns_service\] dns_port = 'fifty': expected a whole number from 1 to 65535$/m);
  });
});

describe("dyndns2 /nic/update: the account as the web server gives it", () => {
  it("a 401 carries the challenge of the realm DynDNS; no other answer carries one", () => {
    assert.strictEqual(request(NAME, { as: null }).reply.headers["WWW-Authenticate"], "Basic realm=\"DynDNS\"");
    for (const as of ["TESTBBS", "NORMAL", "SYSOPSAM"]) assert.strictEqual(request(NAME, { as }).reply.headers["WWW-Authenticate"], undefined, as);
    assert.strictEqual(request(NAME, { agent: "" }).reply.headers["WWW-Authenticate"], undefined);
  });
  it("each user of the table logs in as itself", () => {
    for (const [alias, u] of Object.entries(USERS)) {
      const r = request("hostname=" + alias.toLowerCase() + ".bbs.test&myip=203.0.113.7", { as: alias });
      assert.strictEqual(r.audit[0].result, alias === "TESTBBS" || alias === "OTHER" ? "updated" : "refused", alias + " #" + u.number);
    }
  });
});
