"use strict";
// The hub's page on its own (src/pages/core/hubPage.ts), given its facts directly: the counts,
// the filter links, the members' table cell by cell, its pages, and the other ids that keep failing.
const assert = require("assert");
const { hubPage, filterOf, pageOf, PAGE_ROWS } = require("../../../src/pages/core/hubPage");
const { table } = require("../../../src/pages/core/html");
const { hourlyChart } = require("../../../src/pages/core/chart");
const { DAY_MS, HOUR_MS } = require("../../../src/pages/core/auditIndex");

const NOW = Date.UTC(2026, 11, 4, 12, 30, 0);
const today = Math.floor(NOW / DAY_MS);
const MEMBERS_HEADERS = ["Name", "State", "A and AAAA", "Records last changed", "Last update that went through", "Failures, last 7 days", "Latest problem"];
const OTHERS_HEADERS = ["Id as sent", "Failures, last 7 days", "Latest", "Latest problem"];
const session = (ms, front, address, result) => ({ time: ms, front, address, result });
const summary = (extra) => Object.assign({ id: "X", recent: [], sessions: 1, last: session(NOW, "8467", "192.0.2.1", "unchanged"),
  lastOk: session(NOW, "8467", "192.0.2.1", "unchanged"), lastChange: null, streak: 0, streakSince: null, lastReason: null,
  failDays: {}, abuseDays: {} }, extra);
/** An id that is no member's, refused `week` times today. */
const failing = (id, week) => summary({ id, lastOk: null, streak: week, last: session(NOW - HOUR_MS, "8467", "192.0.2.9", "refused"),
  lastReason: "login failed for '" + id + "'", failDays: { [today]: week } });
const set = (name, type, rdata) => ({ name, type, ttl: 300, rdata });

/** The facts of a hub: `ids` the index's summaries by key, `dns` what readDns answers (it records what it was asked). */
function facts(options) {
  const asked = [];
  const f = {
    zone: "bbs.test", members: options.members || [], index: { format: 1, head: "", size: 0, latest: NOW, ids: options.ids || {}, hours: options.hours || {} },
    readDns(owners) { asked.push(owners); return options.dns || { ok: true, rrsets: [] }; },
    now: NOW, staleDays: 7, filter: options.filter || "all", page: options.page || 1, base: "/dyndns",
  };
  return { facts: f, asked };
}

/** The filter links, `current` the one marked; counts in the order of the links (all first). */
function nav(current, counts) {
  const items = [["all", "/dyndns/hub"], ["updating", "/dyndns/hub?state=updating"], ["stale", "/dyndns/hub?state=stale"],
    ["never updated", "/dyndns/hub?state=never"], ["failing", "/dyndns/hub?state=failing"], ["flagged for abuse", "/dyndns/hub?state=abuse"]];
  return '<nav aria-label="Filter by state"><ul>' + items.map(([label, href], i) =>
    '<li><a href="' + href + '"' + (label === current ? ' aria-current="page"' : "") + ">" + label + " (" + counts[i] + ")</a></li>").join("") + "</ul></nav>";
}

/** The ids of the others' table, in its order. */
const othersListed = (html) => (html.split("<h2>Other ids that keep failing</h2>")[1].match(/<td data-label="Id as sent"><code>[^<]*<\/code>/g) || [])
  .map((cell) => cell.replace(/^.*<code>/, "").replace("</code>", ""));
const membersSection = (html) => html.split("<section><h2>Members</h2>")[1].split("</section>")[0];

describe("hubPage: the hub's page", () => {
  const ids = {
    "=testbbs": summary({ id: "TESTBBS", last: session(NOW - HOUR_MS, "8467", "198.51.100.8", "refused"),
      lastOk: session(NOW - 2 * HOUR_MS, "8467", "198.51.100.7", "updated"), lastChange: NOW - 2 * HOUR_MS, streak: 2,
      lastReason: "login failed for 'TESTBBS'", failDays: { [today]: 1, [today - 1]: 1, [today - 7]: 4 } }),
    "=vert": summary({ id: "VERT", lastOk: session(NOW - 3 * HOUR_MS, "dyndns2", "203.0.113.50", "unchanged") }),
    "=one": summary({ id: "ONE", lastOk: null, streak: 1, last: session(NOW - HOUR_MS, "8467", "192.0.2.5", "failed"), failDays: { [today]: 1 } }),
    "=<img src=x>": summary({ id: "<img src=x>", lastOk: null, streak: 1, last: session(NOW - 30 * 60 * 1000, "8467", "192.0.2.99", "refused"),
      lastReason: "login failed for '<img src=x>'", failDays: { [today]: 1 } }),
    "=old": summary({ id: "OLD", lastOk: null, streak: 5, failDays: { [today - 7]: 5 } }),
    "=fine": summary({ id: "FINE" }),
  };
  const members = ["TestBBS", "VERT", "NEWBIE", "ONE"];
  const zone = [set("vert.bbs.test.example", "A", ["192.0.2.200"]), set("testbbs.bbs.test", "AAAA", ["2001:db8::7"]),
    set("testbbs.bbs.test", "MX", ["10 mail.example"]), set("testbbs.bbs.test", "A", ["198.51.100.7", "198.51.100.70"])];

  it("the whole page: counts in words, the chart, filter links, every cell of each member, the other ids failing this week", () => {
    const { facts: f, asked } = facts({ members, ids, dns: { ok: true, rrsets: zone } });
    const two = '<time datetime="2026-12-04T10:30:00.000Z">2026-12-04 10:30 UTC</time>, 2 hours ago';
    const three = '<time datetime="2026-12-04T09:30:00.000Z">2026-12-04 09:30 UTC</time>, 3 hours ago';
    const halfHour = '<time datetime="2026-12-04T12:00:00.000Z">2026-12-04 12:00 UTC</time>, 30 minutes ago';
    const rows = [
      ['<a href="/dyndns/name/testbbs">testbbs.bbs.test</a>', '<span class="state failing">failing</span>',
        "<code>198.51.100.7</code><br><code>198.51.100.70</code><br><code>2001:db8::7</code>", two,
        two + "<br><small>dyndns.js (port 8467) from <code>198.51.100.7</code></small>", "2 (the last 2 in a row)",
        "Wrong id or password (or no account of that name).<br><small><code>login failed for &#39;TESTBBS&#39;</code></small>"],
      ['<a href="/dyndns/name/vert">vert.bbs.test</a>', '<span class="state updating">updating</span>', "none", "not in the log",
        three + "<br><small>a dyndns2 client (/nic/update) from <code>203.0.113.50</code></small>", "0", ""],
      ['<a href="/dyndns/name/newbie">newbie.bbs.test</a>', '<span class="state never">never updated</span>', "none", "not in the log", "never", "0", ""],
      ['<a href="/dyndns/name/one">one.bbs.test</a>', '<span class="state never">never updated</span> <span class="state failing">failing</span>',
        "none", "not in the log", "never", "1 (the latest)", "Refused or failed for a reason this page does not know."],
    ];
    const others = [["<code>&lt;img src=x&gt;</code>", "1", halfHour + "<br><small>dyndns.js (port 8467) from <code>192.0.2.99</code></small>",
      "Wrong id or password (or no account of that name).<br><small><code>login failed for &#39;&lt;img src=x&gt;&#39;</code></small>"]];
    assert.strictEqual(hubPage(f),
      "<p>4 members (QWKnet accounts of this BBS) with names <code>&lt;id&gt;.bbs.test</code>: 1 updating, 0 stale (no update went through for 7 days), "
      + "2 never updated, 2 failing, 0 flagged for abuse.</p>"
      + "<section><h2>Sessions per hour</h2>" + hourlyChart({}, NOW) + "</section>"
      + "<section><h2>Members</h2>" + nav("all", [4, 1, 0, 2, 2, 0])
      + table("All members (4), A and AAAA as the DNS server publishes them now", MEMBERS_HEADERS, rows, "cards") + "</section>"
      + "<section><h2>Other ids that keep failing</h2>"
      + table("Ids that are no member's, with failures in the last 7 days", OTHERS_HEADERS, others, "cards") + "</section>");
    assert.deepStrictEqual(asked, [["testbbs.bbs.test", "vert.bbs.test", "newbie.bbs.test", "one.bbs.test"]]);
  });

  it("a DNS server that cannot be read: a notice with why, and ? for each name's addresses", () => {
    const { facts: f } = facts({ members: ["VERT"], ids, dns: { ok: false, reason: "timed out <after 2 s>" } });
    const html = membersSection(hubPage(f));
    assert.ok(html.startsWith(nav("all", [1, 1, 0, 0, 0, 0])
      + '<p class="notice">The DNS server could not be read: <code>timed out &lt;after 2 s&gt;</code>. The addresses show ?.</p><div class="wide">'), html);
    assert.ok(html.includes('<td data-label="A and AAAA">?</td>'), html);
  });

  it("one member, one session: a member's count and a day's staleness in the singular", () => {
    const { facts: f } = facts({ members: ["VERT"], ids });
    f.staleDays = 1;
    assert.ok(hubPage(f).startsWith("<p>1 member (QWKnet accounts of this BBS) with names <code>&lt;id&gt;.bbs.test</code>: 1 updating, "
      + "0 stale (no update went through for 1 day), 0 never updated, 0 failing, 0 flagged for abuse.</p>"));
  });

  it("a filter: its link marked (not all's), the table's caption names it in words", () => {
    const failingOnly = hubPage(facts({ members, ids, filter: "failing" }).facts);
    assert.ok(membersSection(failingOnly).startsWith(nav("failing", [4, 1, 0, 2, 2, 0])
      + '<div class="wide"><table class="cards"><caption>Members failing (2), A and AAAA as the DNS server publishes them now</caption>'), failingOnly);
    const never = hubPage(facts({ members, ids, filter: "never" }).facts);
    assert.ok(membersSection(never).startsWith(nav("never updated", [4, 1, 0, 2, 2, 0])
      + '<div class="wide"><table class="cards"><caption>Members never updated (2), A and AAAA'), never);
    const updating = hubPage(facts({ members, ids, filter: "updating" }).facts);
    assert.ok(membersSection(updating).includes("<caption>Members updating (1), A and AAAA"), updating);
  });

  it("a filter no member is in: says none, and asks the DNS server nothing", () => {
    const abuse = facts({ members, ids, filter: "abuse" });
    assert.strictEqual(membersSection(hubPage(abuse.facts)), nav("flagged for abuse", [4, 1, 0, 2, 2, 0]) + "<p>Members flagged for abuse: none.</p>");
    assert.deepStrictEqual(abuse.asked, []);
    const stale = facts({ members, ids, filter: "stale" });
    assert.strictEqual(membersSection(hubPage(stale.facts)), nav("stale", [4, 1, 0, 2, 2, 0]) + "<p>Members stale: none.</p>");
  });

  it("the members' own failures are not listed among the other ids; nor ids without failures in the last 7 days", () => {
    const { facts: f } = facts({ members: ["TESTBBS", "ONE"], ids: { "=testbbs": ids["=testbbs"], "=one": ids["=one"], "=old": ids["=old"], "=fine": ids["=fine"] } });
    assert.ok(hubPage(f).endsWith("<section><h2>Other ids that keep failing</h2><p>None in the last 7 days.</p></section>"));
  });
});

describe("hubPage: the members' table in pages of PAGE_ROWS", () => {
  const many = (n) => Array.from({ length: n }, (_, i) => "M" + String(i).padStart(3, "0"));

  it("exactly PAGE_ROWS members: one page, no range in the caption, no links to pages", () => {
    const html = membersSection(hubPage(facts({ members: many(PAGE_ROWS) }).facts));
    assert.ok(html.includes("<caption>All members (" + PAGE_ROWS + "), A and AAAA"), html);
    assert.ok(html.endsWith("</tbody></table></div>"), html.slice(-200));
  });

  it("one more: the caption says which rows this page has, and each page is a link, the current one marked", () => {
    const first = membersSection(hubPage(facts({ members: many(PAGE_ROWS + 1) }).facts));
    assert.ok(first.includes("<caption>All members (51, 1 to 50), A and AAAA"), first);
    assert.ok(first.endsWith('</tbody></table></div><nav aria-label="Pages of the table"><ul><li><a href="/dyndns/hub" aria-current="page">page 1</a></li>'
      + '<li><a href="/dyndns/hub?page=2">page 2</a></li></ul></nav>'), first.slice(-300));
    const second = membersSection(hubPage(facts({ members: many(PAGE_ROWS + 1), page: 2, filter: "never" }).facts));
    assert.ok(second.includes("<caption>Members never updated (51, 51 to 51), A and AAAA"), second);
    assert.ok(second.endsWith('</tbody></table></div><nav aria-label="Pages of the table"><ul><li><a href="/dyndns/hub?state=never">page 1</a></li>'
      + '<li><a href="/dyndns/hub?state=never&amp;page=2" aria-current="page">page 2</a></li></ul></nav>'), second.slice(-300));
  });
});

describe("hubPage: the other ids that keep failing", () => {
  it("the most failing first; ids failing as often in the order of their keys", () => {
    const order = [["m", 1], ["b", 2], ["z", 3], ["a", 2], ["c", 2], ["y", 3], ["d", 1]];
    const ids = {};
    for (const [id, week] of order) ids["=" + id] = failing(id, week);
    assert.deepStrictEqual(othersListed(hubPage(facts({ ids }).facts)), ["y", "z", "a", "b", "c", "d", "m"]);
  });

  it("more weeks apart than keys: the count decides before the key", () => {
    const ids = { "=a": failing("a", 1), "=b": failing("b", 3) };
    assert.deepStrictEqual(othersListed(hubPage(facts({ ids }).facts)), ["b", "a"]);
  });

  const others = (n) => {
    const ids = {};
    for (let i = 0; i < n; i++) ids["=x" + String(i).padStart(2, "0")] = failing("x" + String(i).padStart(2, "0"), 30 - i);
    return ids;
  };

  it("20 ids: all listed, the caption says no more", () => {
    const html = hubPage(facts({ ids: others(20) }).facts);
    assert.ok(html.includes("<caption>Ids that are no member's, with failures in the last 7 days</caption>"), html);
    assert.strictEqual(othersListed(html).length, 20);
  });

  it("21 ids: the 20 most failing listed, the caption says of how many", () => {
    const html = hubPage(facts({ ids: others(21) }).facts);
    assert.ok(html.includes("<caption>Ids that are no member's, with failures in the last 7 days (the 20 with most of 21)</caption>"), html);
    const listed = othersListed(html);
    assert.strictEqual(listed.length, 20);
    assert.strictEqual(listed.indexOf("x20"), -1);
  });
});

describe("hubPage: the query's words", () => {
  it("filterOf: the last word when it names a state, else all", () => {
    assert.strictEqual(filterOf(["stale", "failing"]), "failing");
    assert.strictEqual(filterOf(["failing", "x"]), "all");
    assert.strictEqual(filterOf([]), "all");
  });

  it("pageOf: a whole number from 1 of at most 6 digits, nothing before or after it, else 1", () => {
    assert.strictEqual(pageOf(["3", "12"]), 12);
    assert.strictEqual(pageOf(["999999"]), 999999);
    assert.strictEqual(pageOf(["1000000"]), 1);
    assert.strictEqual(pageOf(["x12"]), 1);
    assert.strictEqual(pageOf(["12x"]), 1);
    assert.strictEqual(pageOf(["0"]), 1);
    assert.strictEqual(pageOf([]), 1);
  });
});
