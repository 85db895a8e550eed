"use strict";
// The pages as a request sees them (src/pages/core/app.ts): who gets which page, what each page
// says, and that a member never sees another member's data. The audit log is written by the hub's
// own cores (test/unit/hub/sessions.js); the zone is the fake DNS server of test/unit/hub/fakes.js.
const assert = require("assert");
const { basePath, INDEX_BUDGET_MS } = require("../../../src/pages/core/app");
const { PAGE_ROWS } = require("../../../src/pages/core/hubPage");
const { UFLAG_Q } = require("../../../src/hub/core/authorize");
const { auditLine } = require("../../../src/hub/core/audit");
const { fakeHub, session8467, requestDyndns2, USERS } = require("../hub/sessions");
const { page, indexStore, fakeDns } = require("./fakes");

const T = "testbbs.bbs.test";
const set = (name, type, rdata) => ({ name, type, ttl: 300, rdata });

/** A hub's log: TESTBBS updating from 198.51.100.7, then failing with a wrong password; VERT's name asked for by TESTBBS; a hostile id. */
function history() {
  const hub = fakeHub();
  session8467(hub, {}, { source: "198.51.100.7" });
  hub.clock.advance(3600 * 1000);
  session8467(hub, { "pw?": "wrong" }, { source: "198.51.100.8" });
  hub.clock.advance(3600 * 1000);
  requestDyndns2(hub, "hostname=vert.bbs.test&myip=203.0.113.66", { source: "198.51.100.7" });
  session8467(hub, { "id?": "<img src=x onerror=alert(1)>", "pw?": "x" }, { source: "192.0.2.99" });
  session8467(hub, { "id?": "VERT", "pw?": "VertPass2", "txt?": "" }, { source: "203.0.113.50" });
  const zone = hub.dns.rrsets.filter((r) => !(r.name === T && r.type === "TXT")).concat([set(T, "TXT", ["<script>alert('txt')</script>"])]);
  return { hub, clock: hub.clock, log: hub.lines.join("\n") + "\n", zone };
}

describe("the pages: who sees what", () => {
  it("no credentials: 401 with a Basic challenge, so the browser asks; nothing read", () => {
    const r = page({ as: null, log: history().log });
    assert.strictEqual(r.status, "401 Unauthorized");
    assert.strictEqual(r.reply.headers["WWW-Authenticate"], 'Basic realm="DynDNS"');
    assert.ok(/Log in with your user name on this BBS/.test(r.text));
    assert.strictEqual(r.opened, null);
    assert.strictEqual(r.dns.queried.length, 0);
  });

  const refusals = [
    ["a member, the hub's page", "TESTBBS", "/hub", "403 Forbidden", "The hub's page is for this BBS's sysop."],
    ["a member, another member's page", "TESTBBS", "/name/vert", "403 Forbidden", "You can see the page of your own name only"],
    ["a member, another member's page with a trailing slash", "TESTBBS", "/name/VERT/", "403 Forbidden", "your own name only"],
    ["an account without Q", "NORMAL", "", "403 Forbidden", "the account NORMAL is not one (it has no QWK restriction)"],
    ["an account without Q, the hub's page", "NORMAL", "/hub", "403 Forbidden", "is not one"],
    ["an account without a password", "NOPASS", "", "403 Forbidden", "the account NOPASS is not one (it has no password)"],
    ["a path that is no page", "TESTBBS", "/etc/passwd", "404 Not Found", "Not found"],
    ["a path below a name", "SYSOPSAM", "/name/vert/more", "404 Not Found", "Not found"],
  ];
  for (const [what, as, path, status, words] of refusals) {
    it(what + ": " + status + ", and nothing of anyone's read", () => {
      const r = page({ as, path, log: history().log });
      assert.strictEqual(r.status, status);
      assert.ok(r.text.includes(words), r.text);
      assert.strictEqual(r.opened, null);
      assert.strictEqual(r.dns.queried.length, 0);
      assert.ok(!/203\.0\.113|198\.51\.100/.test(r.html));
    });
  }

  it("a member's own page, by its address below name/ too (any letter case)", () => {
    for (const path of ["", "/", "/name/testbbs", "/name/TestBBS/"]) {
      const r = page({ path, log: history().log });
      assert.strictEqual(r.status, "200 OK", path);
      assert.ok(r.text.includes("Your host name on this hub, as TESTBBS."), path);
    }
  });

  it("the sysop (user #1, or a sysop's level) is sent to the hub's page, and sees any name's", () => {
    const r = page({ as: "SYSOPSAM", path: "/" });
    assert.strictEqual(r.status, "303 See Other");
    assert.strictEqual(r.reply.headers.Location, "/dyndns/hub");
    assert.strictEqual(page({ as: "BOSS", path: "/hub" }).status, "200 OK");
    const vert = page({ as: "SYSOPSAM", path: "/name/vert", log: history().log });
    assert.strictEqual(vert.status, "200 OK");
    assert.ok(vert.text.includes("A member's name, seen by the sysop SYSOPSAM."));
  });

  it("a name that is none here: a hostile one shows as text", () => {
    const r = page({ as: "SYSOPSAM", path: "/name/<b onmouseover=alert(1)>x", log: "" });
    assert.strictEqual(r.status, "404 Not Found");
    assert.ok(r.text.includes("<b onmouseover=alert(1)>x is not a DNS label"), r.text);
    assert.ok(!/<b /i.test(r.html));
    assert.strictEqual(page({ as: "SYSOPSAM", path: "/name/www" }).status, "404 Not Found");
  });

  it("a member whose alias cannot be a name here is told so", () => {
    const users = Object.assign({}, USERS, { "BAD_NAME": { number: 9, password: "p", restrictions: UFLAG_Q } });
    const r = page({ as: "BAD_NAME", users });
    assert.strictEqual(r.status, "200 OK");
    assert.ok(r.text.includes("BAD_NAME is not a DNS label: it is no name of this hub."), r.text);
  });

  it("settings that are not valid: 503; the sysop sees the problems, a member that the sysop was told", () => {
    const member = page({ settings: { zone: undefined } });
    assert.strictEqual(member.status, "503 Service Unavailable");
    assert.ok(member.text.includes("The hub's settings are not valid; its sysop has been told."));
    assert.ok(member.log.text().includes("zone missing"));
    const sysop = page({ as: "SYSOPSAM", path: "/hub", settings: { zone: undefined } });
    assert.ok(sysop.text.includes("zone missing: expected the DNS zone"), sysop.text);
  });

  it("every page is ASCII HTML that runs no script and loads nothing, and is not cached", () => {
    const { log, zone, clock } = history();
    for (const [as, path] of [["TESTBBS", ""], ["SYSOPSAM", "/hub"], [null, ""], ["NORMAL", ""]]) {
      const r = page({ as, path, log, zone, clock });
      assert.ok(/^[\x0a\x20-\x7e]*$/.test(r.html), as);
      assert.strictEqual(r.reply.headers["Content-Type"], "text/html; charset=utf-8");
      assert.strictEqual(r.reply.headers["Cache-Control"], "no-store");
      assert.ok(/default-src 'none'/.test(r.reply.headers["Content-Security-Policy"]));
      assert.ok(!/<script|<img|<iframe/i.test(r.html), as + " " + path);
    }
  });

  it("basePath: the directory of the script", () => {
    assert.strictEqual(basePath("/dyndns/index.ssjs"), "/dyndns");
    assert.strictEqual(basePath("/hubs/net/index.ssjs"), "/hubs/net");
  });
});

describe("a member's page", () => {
  it("what DNS publishes now (read from the DNS server, a hostile TXT as text), the last update, the sessions latest first, what to do", () => {
    const { log, zone, clock } = history();
    const r = page({ log, zone, clock });
    assert.deepStrictEqual(r.dns.queried.map((q) => q.names), [[T, "*." + T]]);
    assert.strictEqual(r.dns.queried[0].types, undefined, "every published type");
    const t = r.text;
    assert.ok(t.includes("TXT <script>alert('txt')</script> 300 s"), t);
    assert.ok(t.includes("CNAME of *.testbbs.bbs.test testbbs.bbs.test 300 s"), t);
    assert.ok(/When 2026-11-30 12:00 UTC, 2 hours ago Through dyndns\.js \(port 8467\) From 198\.51\.100\.7 Result the records changed/.test(t), t);
    assert.ok(t.includes("The last update that went through: 2026-11-30 12:00 UTC, 2 hours ago."), t);
    assert.ok(t.includes("Failing: the latest update was refused or failed, since 2026-11-30 13:00 UTC, 1 hour ago. The latest: Wrong id or password"), t);
    const sessions = t.slice(t.indexOf("The last 2 sessions of this name, latest first"));
    assert.ok(sessions.indexOf("198.51.100.8") < sessions.indexOf("198.51.100.7"), "latest first");
    assert.ok(sessions.includes("refused Wrong id or password (or no account of that name).\nThe hub recorded: login failed for 'TESTBBS' Check the password"), sessions);
    assert.ok(t.includes("What to do when an update fails"));
  });

  it("never shows another member's data: not VERT's records, nor the address or alias of TESTBBS asking for VERT's name", () => {
    const { log, zone, clock } = history();
    const testbbs = page({ log, zone, clock });
    assert.ok(!/vert|203\.0\.113\.(50|66)/i.test(testbbs.text) && !/203\.0\.113\.(50|66)/.test(testbbs.html), "TESTBBS's page shows nothing of VERT's");
    const vert = page({ as: "VERT", log, zone, clock });
    assert.ok(vert.text.includes("vert.bbs.test"));
    assert.ok(vert.text.includes("(another account's) refused Another account asked for this name."), vert.text);
    assert.ok(!/testbbs|198\.51\.100\.[78]|<script/i.test(vert.text) && !/testbbs|198\.51\.100\.[78]|<script/i.test(vert.html.replace(/<style>.*<\/style>/, "")),
      "VERT's page shows nothing of TESTBBS's");
    const sysop = page({ as: "SYSOPSAM", path: "/name/vert", log, zone, clock });
    assert.ok(sysop.text.includes("id 'vert' logged in as user #2 'TESTBBS', whose alias is not the id"), "the sysop sees who it was");
    assert.ok(sysop.text.includes("198.51.100.7"));
  });

  it("a DNS server that cannot be read: the member is told it is the hub's side, the sysop also why", () => {
    const dns = fakeDns();
    dns.fail.current = "127.0.0.1:53 refused the connection";
    const { log, clock } = history();
    const member = page({ dns, log, clock });
    assert.ok(member.text.includes("The DNS server could not be read just now. This is on the hub's side"));
    assert.ok(!member.text.includes("refused the connection"));
    const sysop = page({ as: "SYSOPSAM", path: "/name/testbbs", dns, log, clock });
    assert.ok(sysop.text.includes("could not be read just now: 127.0.0.1:53 refused the connection."));
  });

  it("no log yet, or no session of the name: said so; nothing published: said so", () => {
    const r = page({});
    assert.ok(r.text.includes("No update of this name has gone through yet."));
    assert.ok(r.text.includes("The hub's log has no session of this name."));
    assert.ok(r.text.includes("The DNS server publishes nothing for this name now."));
    assert.strictEqual(r.store.writes, 0);
  });

  it("stale after stale_days without an update that went through", () => {
    const hub = fakeHub();
    session8467(hub);
    const clock = hub.clock;
    clock.advance(9 * 86400 * 1000);
    const r = page({ log: hub.lines.join("\n") + "\n", clock, settings: { stale_days: "8" } });
    assert.ok(r.text.includes("Stale: the last update that went through was 2026-11-30 12:00 UTC, 9 days ago (a name is stale after 8 days without one)."), r.text);
    assert.ok(page({ log: hub.lines.join("\n") + "\n", clock, settings: { stale_days: "9" } }).text.includes("Updating: the last update went through"));
  });

  it("flagged for abuse: the refusals of the last week counted", () => {
    const hub = fakeHub({ settings: { nochg_limit: "1" } });
    for (let i = 0; i < 4; i++) session8467(hub);
    const r = page({ log: hub.lines.join("\n") + "\n", clock: hub.clock });
    assert.ok(r.text.includes("Flagged for abuse: 2 updates refused in the last 7 days as too often or changing nothing."), r.text);
  });
});

describe("the pages' index of the log", () => {
  it("is kept after a page and only brought up to date by the next ones", () => {
    const { log } = history();
    const store = indexStore();
    const first = page({ log, index: store });
    assert.strictEqual(store.writes, 1);
    assert.ok(first.opened.closed, "the log is closed after the page");
    const second = page({ log, index: store });
    assert.strictEqual(store.writes, 1, "nothing new: not written again");
    // the log's first bytes (is it the same file?), then the two sessions of the page by their offsets: nothing else
    assert.strictEqual(second.opened.asked.length, 3);
    assert.deepStrictEqual(second.opened.asked[0], [0, 64]);
    assert.ok(second.opened.asked.every(([, length]) => length <= 4096));
  });

  it("an index this code cannot use (edited by hand, another version's) is built again, and the sysop is told", () => {
    const { log, clock } = history();
    const store = indexStore();
    page({ log, clock, index: store });
    const broken = JSON.parse(store.text);
    broken.ids["=testbbs"] = { id: "TESTBBS" };
    broken.size = 10;
    store.text = JSON.stringify(broken);
    const r = page({ log: log + log.split("\n")[0] + "\n", clock, index: store });
    assert.strictEqual(r.status, "200 OK");
    assert.ok(/warn: the pages' index of the audit log could not be used \(TypeError: .*\): it is built again/.test(r.log.text()), r.log.text());
    assert.strictEqual(JSON.parse(store.text).ids["=testbbs"].sessions, 3);
  });

  it("a page waits at most 2 s for the DNS server (dns_timeout when shorter)", () => {
    assert.deepStrictEqual(page({}).dns.queried.map((q) => q.settings.timeoutSeconds), [2]);
    assert.deepStrictEqual(page({ settings: { dns_timeout: "1" } }).dns.queried.map((q) => q.settings.timeoutSeconds), [1]);
    const hub = page({ as: "SYSOPSAM", path: "/hub" }).dns.queried[0].settings;
    assert.deepStrictEqual([hub.timeoutSeconds, hub.server, hub.port, hub.transport, hub.zone, hub.key.name], [2, "127.0.0.1", 53, "tcp", "bbs.test", "service.key"]);
  });

  it("a page goes on when the index cannot be kept, and the sysop is told", () => {
    const r = page({ log: history().log, index: indexStore(null, "cannot create _audit-index.json.new") });
    assert.strictEqual(r.status, "200 OK");
    assert.ok(r.log.text().includes("warn: the pages' index of the audit log: cannot create _audit-index.json.new"));
  });

  it("a large log is read by several pages in turn, each saying how far it got", () => {
    const start = Date.UTC(2026, 10, 30, 12, 0, 0);
    const lines = [];
    for (let i = 0; i < 3000; i++) {
      lines.push(auditLine({ time: new Date(start + i * 60000).toISOString(), front: "8467", id: "TESTBBS", address: "198.51.100.7", result: "unchanged",
        reason: null, old: { TXT: { ttl: 300, data: ["x".repeat(300)] } }, new: { TXT: { ttl: 300, data: ["x".repeat(300)] } } }));
    }
    const log = lines.join("\n") + "\n";
    const store = indexStore();
    let t = start + 3000 * 60000;
    const ticking = { now: () => (t += INDEX_BUDGET_MS / 3) };
    const first = page({ log, index: store, clock: ticking });
    assert.ok(/These pages are still reading the hub's log: 0\.5 of 2\.3 MB so far, up to 2026-11-30 22:52 UTC/.test(first.text), first.text.slice(0, 600));
    let r = first;
    for (let i = 0; i < 20 && /still reading/.test(r.text); i++) r = page({ log, index: store, clock: ticking });
    assert.ok(!/still reading/.test(r.text));
    assert.ok(r.text.includes("The last 20 sessions of this name"));
  });
});

describe("the hub's page", () => {
  it("every member with its state, A and AAAA from the DNS server, counts and filters; other ids that keep failing, escaped", () => {
    const { log, zone, clock } = history();
    const r = page({ as: "SYSOPSAM", path: "/hub", log, zone, clock });
    const t = r.text;
    assert.deepStrictEqual(r.dns.queried.map((q) => [q.names, q.types]), [[[T, "vert.bbs.test"], ["A", "AAAA"]]]);
    assert.ok(t.includes("2 members (QWKnet accounts of this BBS) with names <id>.bbs.test: 1 updating, 0 stale (no update went through for 7 days), 0 never updated, 1 failing, 0 flagged for abuse."), t);
    assert.ok(/testbbs\.bbs\.test failing 198\.51\.100\.7\n2001:db8::7 /.test(t.replace(/[ ]*\n[ ]*/g, "\n")), JSON.stringify(t.slice(t.indexOf("testbbs.bbs.test failing"), t.indexOf("testbbs.bbs.test failing") + 60)));
    assert.ok(/vert\.bbs\.test updating 203\.0\.113\.50\n/.test(t), t);
    assert.ok(t.includes("Ids that are no member's, with failures in the last 7 days"));
    assert.ok(t.includes("<img src=x onerror=alert(1)> 1 "), t);
    assert.ok(!/<img/i.test(r.html));
    assert.ok(r.html.includes('<a href="/dyndns/name/testbbs">testbbs.bbs.test</a>'));
    assert.ok(r.html.includes("<svg") && r.html.includes("Sessions per hour"));
  });

  it("a filter lists the members in that state only; an unknown one lists all", () => {
    const { log, zone, clock } = history();
    const failing = page({ as: "SYSOPSAM", path: "/hub", query: { state: ["failing"] }, log, zone });
    assert.ok(failing.text.includes("Members failing (1)") && !failing.text.includes("vert.bbs.test updating"), failing.text);
    assert.ok(failing.html.includes('<a href="/dyndns/hub?state=failing" aria-current="page">failing (1)</a>'));
    const none = page({ as: "SYSOPSAM", path: "/hub", query: { state: ["stale"] }, log, zone });
    assert.ok(none.text.includes("Members stale: none."));
    assert.strictEqual(none.dns.queried.length, 0, "no rows, no DNS");
    const odd = page({ as: "SYSOPSAM", path: "/hub", query: { state: ["<b>"] }, log, zone });
    assert.ok(odd.text.includes("All members (2"));
  });

  it("pages of " + PAGE_ROWS + " rows: the DNS server is asked for the names of one page only", () => {
    const extra = Array.from({ length: 2 * PAGE_ROWS + 3 }, (_, i) => ({ number: 100 + i, alias: "M" + String(i).padStart(3, "0"), restrictions: UFLAG_Q, hasPassword: true, isSysop: false }));
    const first = page({ as: "SYSOPSAM", path: "/hub", extraMembers: extra });
    assert.strictEqual(first.dns.queried[0].names.length, PAGE_ROWS);
    assert.ok(first.text.includes("All members (105, 1 to 50)"), first.text.slice(0, 2000));
    assert.ok(first.html.includes('<a href="/dyndns/hub?page=3">page 3</a>'));
    const last = page({ as: "SYSOPSAM", path: "/hub", query: { page: ["3"] }, extraMembers: extra });
    assert.deepStrictEqual(last.dns.queried[0].names, ["m100.bbs.test", "m101.bbs.test", "m102.bbs.test", "testbbs.bbs.test", "vert.bbs.test"]);
    assert.ok(last.text.includes("All members (105, 101 to 105)"));
    const beyond = page({ as: "SYSOPSAM", path: "/hub", query: { page: ["99"] }, extraMembers: extra });
    assert.ok(beyond.text.includes("101 to 105"));
    const filtered = page({ as: "SYSOPSAM", path: "/hub", query: { state: ["never"], page: ["2"] }, extraMembers: extra });
    assert.ok(filtered.html.includes('<a href="/dyndns/hub?state=never&amp;page=2" aria-current="page">page 2</a>'));
  });
});
