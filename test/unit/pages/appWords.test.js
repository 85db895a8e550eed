"use strict";
// The pages' own words and headers, read back exactly (src/pages/core/app.ts): each message a
// request can get, the policy headers, the intros, the notices, the members listed on the hub's
// page and their order, and the addresses a page answers at.
const assert = require("assert");
const { UFLAG_Q } = require("../../../src/hub/core/authorize");
const { auditLine } = require("../../../src/hub/core/audit");
const { fakeHub, session8467 } = require("../hub/sessions");
const { page, indexStore } = require("./fakes");

const HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

/** A message page: its title, its heading alone in the header, one paragraph in main. */
function assertMessage(r, status, words, html) {
  const heading = words.replace(/'/g, "&#39;");
  assert.strictEqual(r.status, status);
  assert.ok(r.html.includes("<title>DynDNS: " + heading + "</title>"), r.html);
  assert.ok(r.html.includes("<header><h1>" + heading + "</h1></header><main><p>" + html + "</p></main>"), r.html);
}

const member = (number, alias, extra = {}) => Object.assign({ number, alias, restrictions: UFLAG_Q, hasPassword: true, isSysop: false }, extra);

describe("the pages' messages, word for word", () => {
  it("no credentials: Log in, with the policy headers and the Basic challenge", () => {
    const r = page({ as: null });
    assertMessage(r, "401 Unauthorized", "Log in", "Log in with your user name on this BBS (a member: your QWK-ID) and your password.");
    assert.deepStrictEqual(r.reply.headers, Object.assign({}, HEADERS, { "WWW-Authenticate": 'Basic realm="DynDNS"' }));
  });

  it("a path that is no page: Not found", () => {
    assertMessage(page({ path: "/x/name/testbbs" }), "404 Not Found", "Not found", "This directory has the page of your name and, for the sysop, the hub's page.");
  });

  it("not a member: the account and why", () => {
    assertMessage(page({ as: "NORMAL" }), "403 Forbidden", "Not a member",
      "These pages are for the QWKnet members of this BBS: the account NORMAL is not one (it has no QWK restriction). Its sysop can change that.");
    assertMessage(page({ as: "NOPASS" }), "403 Forbidden", "Not a member",
      "These pages are for the QWKnet members of this BBS: the account NOPASS is not one (it has no password). Its sysop can change that.");
  });

  it("a member at the hub's page or another name's: a link to their own", () => {
    assertMessage(page({ path: "/hub" }), "403 Forbidden", "For the sysop only", 'The hub\'s page is for this BBS\'s sysop. Yours is <a href="/dyndns/">here</a>.');
    assertMessage(page({ path: "/name/vert" }), "403 Forbidden", "Not your name", 'You can see the page of your own name only: <a href="/dyndns/">here</a>.');
  });

  it("the sysop at the directory: sent to the hub's page", () => {
    const r = page({ as: "SYSOPSAM" });
    assertMessage(r, "303 See Other", "The hub's page", 'You are this BBS\'s sysop: <a href="/dyndns/hub">the hub\'s page</a>.');
    assert.deepStrictEqual(r.reply.headers, Object.assign({}, HEADERS, { Location: "/dyndns/hub" }));
  });

  it("settings that are not valid: the sysop reads the problems, a member that the sysop was told; each problem logged once", () => {
    const bad = { zone: "no zone!", ttl: "0" };
    const sysop = page({ as: "SYSOPSAM", path: "/hub", settings: bad });
    const errors = sysop.log.lines.filter((l) => l.level === "error").map((l) => l.text);
    assert.strictEqual(errors.length, 2, JSON.stringify(errors));
    assertMessage(sysop, "503 Service Unavailable", "Not set up", "The hub's settings are not valid: <code>" + errors.join("; ").replace(/'/g, "&#39;") + "</code>.");
    assertMessage(page({ settings: bad }), "503 Service Unavailable", "Not set up", "The hub's settings are not valid; its sysop has been told.");
  });

  it("a name that is none here: 404 below name/, 200 for a member's own alias; the first reserved id too", () => {
    assertMessage(page({ as: "SYSOPSAM", path: "/name/ns", log: "" }), "404 Not Found", "No such name", "<code>ns</code> is reserved: it is no name of this hub.");
    assertMessage(page({ as: "SYSOPSAM", path: "/name/a_b", log: "" }), "404 Not Found", "No such name", "<code>a_b</code> is not a DNS label: it is no name of this hub.");
    const users = { WWW: { number: 7, password: "w", restrictions: UFLAG_Q } };
    assertMessage(page({ as: "WWW", users, log: "" }), "200 OK", "No such name", "<code>WWW</code> is reserved: it is no name of this hub.");
  });

  it("a member whose alias is also another account's: refused, the sysop asked", () => {
    const users = { twin: { number: 7, password: "t", restrictions: UFLAG_Q }, TWIN: { number: 8, password: "t", restrictions: UFLAG_Q } };
    const r = page({ as: "TWIN", users, log: "", matchLogin: () => 8 });
    assertMessage(r, "403 Forbidden", "Not your name", "The account TWIN is not the only one of that alias here; ask the sysop.");
  });

  it("trailing slashes, any number, are the same page; something before name/ is none", () => {
    assert.strictEqual(page({ path: "/name/testbbs//" }).status, "200 OK");
    assert.strictEqual(page({ path: "//" }).status, "200 OK");
    assert.strictEqual(page({ path: "/x/name/testbbs" }).status, "404 Not Found");
  });
});

describe("the pages' intros and notices, word for word", () => {
  const hub = fakeHub();
  session8467(hub, {}, { source: "198.51.100.7" });
  const log = hub.lines.join("\n") + "\n";

  it("a member's page: the intro with the alias, the policy headers, nothing warned, the page right after the header", () => {
    const r = page({ log, clock: hub.clock });
    assert.deepStrictEqual(r.reply.headers, HEADERS);
    assert.ok(r.html.includes("<title>DynDNS: testbbs.bbs.test</title>"), r.html.slice(0, 400));
    assert.ok(r.html.includes("<header><h1>testbbs.bbs.test</h1><p>Your host name on this hub, as TESTBBS.</p></header><main><"), r.html.slice(0, 1200));
    assert.deepStrictEqual(r.log.lines.filter((l) => l.level === "warn"), []);
  });

  it("no log at all: no notice either", () => {
    const r = page({});
    assert.ok(r.html.includes("Your host name on this hub, as TESTBBS.</p></header><main><"), r.html.slice(0, 1200));
    assert.ok(!r.html.includes('class="notice"'));
  });

  it("the sysop's view of a name: the intro with a way back", () => {
    const r = page({ as: "SYSOPSAM", path: "/name/testbbs", log, clock: hub.clock });
    assert.ok(r.html.includes("<header><h1>testbbs.bbs.test</h1><p>A member's name, seen by the sysop SYSOPSAM. <a href=\"/dyndns/hub\">Back to the hub's page</a>.</p></header>"), r.html.slice(0, 1200));
  });

  it("the hub's page: its title, heading and intro", () => {
    const r = page({ as: "SYSOPSAM", path: "/hub", log, clock: hub.clock });
    assert.ok(r.html.includes("<title>DynDNS hub: bbs.test</title>"));
    assert.ok(r.html.includes("<header><h1>DynDNS hub: bbs.test</h1><p>Logged in as SYSOPSAM, this BBS's sysop. A name is stale after 7 days without an update that went through (<code>stale_days</code>).</p></header>"), r.html.slice(0, 1500));
  });

  it("a log read only in part, before any session was read: how far, without 'up to'", () => {
    const junk = "x".repeat(3 * 1024 * 1024) + "\n";
    let t = Date.UTC(2026, 10, 30, 12, 0, 0);
    const r = page({ log: junk + log, index: indexStore(), clock: { now: () => (t += 400) } });
    assert.ok(/These pages are still reading the hub's log: [0-9.]+ of 3 MB so far\. Reload in a moment for the rest\./.test(r.text), r.text.slice(0, 800));
  });
});

describe("the hub's page: who is listed, in which order", () => {
  it("members sorted without regard to case; reserved ids (the first of the list too, any case) left out", () => {
    const extra = [member(20, "bob"), member(21, "Alice"), member(22, "carol"), member(23, "ALAN"), member(24, "NS"), member(25, "www"), member(26, "Mail")];
    const r = page({ as: "SYSOPSAM", path: "/hub", extraMembers: extra });
    const names = r.dns.queried[0].names;
    assert.deepStrictEqual(names, ["alan.bbs.test", "alice.bbs.test", "bob.bbs.test", "carol.bbs.test", "testbbs.bbs.test", "vert.bbs.test"]);
  });

  it("two members of the same name but for case keep their order", () => {
    const r = page({ as: "SYSOPSAM", path: "/hub", extraMembers: [member(30, "zed"), member(31, "ZED"), member(32, "Abe")] });
    assert.deepStrictEqual(r.dns.queried[0].names, ["abe.bbs.test", "testbbs.bbs.test", "vert.bbs.test", "zed.bbs.test", "zed.bbs.test"]);
  });
});
