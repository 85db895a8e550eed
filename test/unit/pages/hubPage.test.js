"use strict";
// The hub's page (src/pages/core/hubPage.ts) for a known hub, read back exactly: the counts,
// the filters, the members' table (links, states, addresses, dates, failures, the latest
// problem), the pager, the notice when DNS cannot be read, and the other ids that keep failing.
const assert = require("assert");
const { hubPage, filterOf, pageOf, PAGE_ROWS } = require("../../../src/pages/core/hubPage");
const { emptyIndex, idKey, DAY_MS, HOUR_MS } = require("../../../src/pages/core/auditIndex");
const { table } = require("../../../src/pages/core/html");
const { hourlyChart } = require("../../../src/pages/core/chart");

const NOW = Date.UTC(2026, 11, 4, 12, 30, 0); // Friday 4 December 2026
const TODAY = Math.floor(NOW / DAY_MS);
const brief = (ms, front, address, result) => ({ time: ms, front, address, result });
const summary = (id, extra) => Object.assign({ id, recent: [], sessions: 1, last: null, lastOk: null, lastChange: null, streak: 0, streakSince: null,
  lastReason: null, failDays: {}, abuseDays: {} }, extra);

/** ALPHA updating, BETA stale and failing, GAMMA never seen, DELTA failing and flagged; three strangers. */
function hub() {
  const index = emptyIndex();
  const ok = brief(NOW - 2 * HOUR_MS, "8467", "192.0.2.1", "unchanged");
  index.ids[idKey("ALPHA")] = summary("ALPHA", { last: ok, lastOk: ok, lastChange: NOW - 3 * DAY_MS });
  index.ids[idKey("Beta")] = summary("Beta", { last: brief(NOW - HOUR_MS, "dyndns2", "192.0.2.2", "refused"), lastOk: brief(NOW - 10 * DAY_MS, "dyndns2", "192.0.2.2", "updated"),
    lastChange: NOW - 10 * DAY_MS, streak: 2, lastReason: "login failed for 'Beta'", failDays: { [TODAY]: 2, [TODAY - 7]: 5 } });
  index.ids[idKey("DELTA")] = summary("DELTA", { last: brief(NOW - 60000, "8467", "192.0.2.4", "refused"), lastOk: brief(NOW - DAY_MS, "8467", "192.0.2.4", "unchanged"),
    streak: 1, lastReason: "delta.bbs.test: reached the limit of 48 unchanged updates a day", failDays: { [TODAY]: 1 }, abuseDays: { [TODAY]: 1 } });
  index.ids[idKey("Stranger")] = summary("Stranger", { last: brief(NOW - 5 * 60000, "dyndns2", "198.51.100.9", "refused"), streak: 3, lastReason: "no User-Agent", failDays: { [TODAY]: 3 } });
  index.ids[idKey("<ghost>")] = summary("<ghost>", { last: brief(NOW - 6 * 60000, "8467", "198.51.100.8", "failed"), streak: 3, lastReason: null, failDays: { [TODAY - 1]: 3 } });
  index.ids[idKey("OLD")] = summary("OLD", { last: brief(NOW - 9 * DAY_MS, "8467", "198.51.100.7", "refused"), streak: 1, failDays: { [TODAY - 9]: 4 } });
  return index;
}
const ZONE_RECORDS = [
  { name: "alpha.bbs.test", type: "AAAA", ttl: 300, rdata: ["2001:db8::1"] },
  { name: "alpha.bbs.test", type: "A", ttl: 300, rdata: ["192.0.2.1"] },
  { name: "alpha.bbs.test", type: "TXT", ttl: 300, rdata: ["\"not an address\""] },
  { name: "beta.bbs.test", type: "A", ttl: 300, rdata: ["192.0.2.2", "192.0.2.3"] },
];

function render(extra = {}) {
  const asked = [];
  const html = hubPage(Object.assign({
    zone: "bbs.test", members: ["ALPHA", "Beta", "GAMMA", "DELTA"], index: hub(),
    readDns: (owners) => { asked.push(owners); return { ok: true, rrsets: ZONE_RECORDS }; },
    now: NOW, staleDays: 7, filter: "all", page: 1, base: "/dyndns",
  }, extra));
  return { html, asked };
}
const section = (html, heading) => { const at = html.indexOf("<section><h2>" + heading + "</h2>"); return html.slice(at, html.indexOf("</section>", at) + 10); };


describe("hubPage, read back exactly", () => {
  it("the counts: each state once per member (a member may be in two), the stale days, the zone", () => {
    const { html } = render();
    assert.ok(html.startsWith("<p>4 members (QWKnet accounts of this BBS) with names <code>&lt;id&gt;.bbs.test</code>: 1 updating, 1 stale (no update went through for 7 days), 1 never updated, 2 failing, 1 flagged for abuse.</p>"), html.slice(0, 300));
  });

  it("the members: a filter for each state with its count, then one row each, in the order given", () => {
    const { html, asked } = render();
    assert.strictEqual(section(html, "Members"), "<section><h2>Members</h2><nav aria-label=\"Filter by state\"><ul>"
    + "<li><a href=\"/dyndns/hub\" aria-current=\"page\">all (4)</a></li>"
    + "<li><a href=\"/dyndns/hub?state=updating\">updating (1)</a></li>"
    + "<li><a href=\"/dyndns/hub?state=stale\">stale (1)</a></li>"
    + "<li><a href=\"/dyndns/hub?state=never\">never updated (1)</a></li>"
    + "<li><a href=\"/dyndns/hub?state=failing\">failing (2)</a></li>"
    + "<li><a href=\"/dyndns/hub?state=abuse\">flagged for abuse (1)</a></li></ul></nav><div class=\"wide\"><table class=\"cards\"><caption>All members (4), A and AAAA as the DNS server publishes them now</caption><thead>"
    + "<tr><th scope=\"col\">Name</th><th scope=\"col\">State</th><th scope=\"col\">A and AAAA</th><th scope=\"col\">Records last changed</th><th scope=\"col\">Last update that went through</th><th scope=\"col\">Failures, last 7 days</th><th scope=\"col\">Latest problem</th></tr></thead><tbody>"
    + "<tr><td data-label=\"Name\"><a href=\"/dyndns/name/alpha\">alpha.bbs.test</a></td><td data-label=\"State\"><span class=\"state updating\">updating</span></td><td data-label=\"A and AAAA\"><code>192.0.2.1</code><br><code>2001:db8::1</code></td><td data-label=\"Records last changed\"><time datetime=\"2026-12-01T12:30:00.000Z\">2026-12-01 12:30 UTC</time>, 3 days ago</td><td data-label=\"Last update that went through\"><time datetime=\"2026-12-04T10:30:00.000Z\">2026-12-04 10:30 UTC</time>, 2 hours ago<br><small>dyndns.js (port 8467) from <code>192.0.2.1</code></small></td><td data-label=\"Failures, last 7 days\">0</td><td data-label=\"Latest problem\"></td></tr>"
    + "<tr><td data-label=\"Name\"><a href=\"/dyndns/name/beta\">beta.bbs.test</a></td><td data-label=\"State\"><span class=\"state stale\">stale</span> <span class=\"state failing\">failing</span></td><td data-label=\"A and AAAA\"><code>192.0.2.2</code><br><code>192.0.2.3</code></td><td data-label=\"Records last changed\"><time datetime=\"2026-11-24T12:30:00.000Z\">2026-11-24 12:30 UTC</time>, 10 days ago</td><td data-label=\"Last update that went through\"><time datetime=\"2026-11-24T12:30:00.000Z\">2026-11-24 12:30 UTC</time>, 10 days ago<br><small>a dyndns2 client (/nic/update) from <code>192.0.2.2</code></small></td><td data-label=\"Failures, last 7 days\">2 (the last 2 in a row)</td><td data-label=\"Latest problem\">Wrong id or password (or no account of that name).<br><small><code>login failed for &#39;Beta&#39;</code></small></td></tr>"
    + "<tr><td data-label=\"Name\"><a href=\"/dyndns/name/gamma\">gamma.bbs.test</a></td><td data-label=\"State\"><span class=\"state never\">never updated</span></td><td data-label=\"A and AAAA\">none</td><td data-label=\"Records last changed\">not in the log</td><td data-label=\"Last update that went through\">never</td><td data-label=\"Failures, last 7 days\">0</td><td data-label=\"Latest problem\"></td></tr>"
    + "<tr><td data-label=\"Name\"><a href=\"/dyndns/name/delta\">delta.bbs.test</a></td><td data-label=\"State\"><span class=\"state failing\">failing</span> <span class=\"state abuse\">flagged for abuse</span></td><td data-label=\"A and AAAA\">none</td><td data-label=\"Records last changed\">not in the log</td><td data-label=\"Last update that went through\"><time datetime=\"2026-12-03T12:30:00.000Z\">2026-12-03 12:30 UTC</time>, 24 hours ago<br><small>dyndns.js (port 8467) from <code>192.0.2.4</code></small></td><td data-label=\"Failures, last 7 days\">1 (the latest)</td><td data-label=\"Latest problem\">Too many updates that changed nothing: refused as abuse for up to a day.<br><small><code>delta.bbs.test: reached the limit of 48 unchanged updates a day</code></small></td></tr></tbody></table></div></section>");
    assert.deepStrictEqual(asked, [["alpha.bbs.test", "beta.bbs.test", "gamma.bbs.test", "delta.bbs.test"]]);
  });

  it("the other ids with failures in the last 7 days, the most first (ties by id), as text", () => {
    assert.strictEqual(section(render().html, "Other ids that keep failing"), "<section><h2>Other ids that keep failing</h2><div class=\"wide\"><table class=\"cards\"><caption>Ids that are no member's, with failures in the last 7 days</caption><thead>"
    + "<tr><th scope=\"col\">Id as sent</th><th scope=\"col\">Failures, last 7 days</th><th scope=\"col\">Latest</th><th scope=\"col\">Latest problem</th></tr></thead><tbody>"
    + "<tr><td data-label=\"Id as sent\"><code>&lt;ghost&gt;</code></td><td data-label=\"Failures, last 7 days\">3</td><td data-label=\"Latest\"><time datetime=\"2026-12-04T12:24:00.000Z\">2026-12-04 12:24 UTC</time>, 6 minutes ago<br><small>dyndns.js (port 8467) from <code>198.51.100.8</code></small></td><td data-label=\"Latest problem\">Refused or failed for a reason this page does not know.</td></tr>"
    + "<tr><td data-label=\"Id as sent\"><code>Stranger</code></td><td data-label=\"Failures, last 7 days\">3</td><td data-label=\"Latest\"><time datetime=\"2026-12-04T12:25:00.000Z\">2026-12-04 12:25 UTC</time>, 5 minutes ago<br><small>a dyndns2 client (/nic/update) from <code>198.51.100.9</code></small></td><td data-label=\"Latest problem\">The client did not finish the update (it stopped answering, hung up, or sent no User-Agent).<br><small><code>no User-Agent</code></small></td></tr></tbody></table></div></section>");
  });
});

describe("hubPage: filters, pages, a DNS server that cannot be read, many strangers", () => {
  const caption = (html) => /<caption>([^<]*)<\/caption>/.exec(section(html, "Members"))[1];

  it("a filter lists the members in that state only, asks DNS for those only, and marks its button", () => {
    const failing = render({ filter: "failing" });
    assert.strictEqual(caption(failing.html), "Members failing (2), A and AAAA as the DNS server publishes them now");
    assert.deepStrictEqual(failing.asked, [["beta.bbs.test", "delta.bbs.test"]]);
    assert.ok(failing.html.includes('<li><a href="/dyndns/hub">all (4)</a></li>'));
    assert.ok(failing.html.includes('<li><a href="/dyndns/hub?state=failing" aria-current="page">failing (2)</a></li>'));
    assert.strictEqual(caption(render({ filter: "never" }).html), "Members never updated (1), A and AAAA as the DNS server publishes them now");
    assert.strictEqual(caption(render({ filter: "abuse" }).html), "Members flagged for abuse (1), A and AAAA as the DNS server publishes them now");
    assert.strictEqual(caption(render({ filter: "stale" }).html), "Members stale (1), A and AAAA as the DNS server publishes them now");
    assert.strictEqual(caption(render({ filter: "updating" }).html), "Members updating (1), A and AAAA as the DNS server publishes them now");
  });

  it("a filter nobody is in: said so, no table, no DNS query", () => {
    const r = render({ filter: "stale", members: ["ALPHA", "GAMMA"] });
    assert.ok(section(r.html, "Members").endsWith("</ul></nav><p>Members stale: none.</p></section>"), section(r.html, "Members"));
    assert.deepStrictEqual(r.asked, []);
    assert.ok(render({ members: [] }).html.includes("</ul></nav><p>All members: none.</p></section>"));
  });

  it("one member, one stale day: the singular", () => {
    assert.ok(render({ members: ["ALPHA"], staleDays: 1 }).html.startsWith("<p>1 member (QWKnet accounts of this BBS) with names <code>&lt;id&gt;.bbs.test</code>: 1 updating, 0 stale (no update went through for 1 day), 0 never updated, 0 failing, 0 flagged for abuse.</p>"));
  });

  it("a DNS server that cannot be read: a notice with why, and ? for each name's addresses", () => {
    const r = render({ readDns: () => ({ ok: false, reason: "no answer <from> 127.0.0.1:53" }) });
    const members = section(r.html, "Members");
    assert.ok(members.includes('</ul></nav><p class="notice">The DNS server could not be read: <code>no answer &lt;from&gt; 127.0.0.1:53</code>. The addresses show ?.</p><div class="wide">'), members);
    assert.strictEqual((members.match(/<td data-label="A and AAAA">\?<\/td>/g) || []).length, 4);
  });

  it("more than " + PAGE_ROWS + " members: pages of " + PAGE_ROWS + ", the range in the caption, a link to each page, the current one marked", () => {
    const many = Array.from({ length: 2 * PAGE_ROWS + 3 }, (_, i) => "M" + String(i).padStart(3, "0"));
    const second = render({ members: many, page: 2 });
    assert.strictEqual(caption(second.html), "All members (103, 51 to 100), A and AAAA as the DNS server publishes them now");
    assert.deepStrictEqual(second.asked[0], many.slice(PAGE_ROWS, 2 * PAGE_ROWS).map((m) => m.toLowerCase() + ".bbs.test"));
    assert.ok(section(second.html, "Members").endsWith('</table></div><nav aria-label="Pages of the table"><ul><li><a href="/dyndns/hub">page 1</a></li>'
      + '<li><a href="/dyndns/hub?page=2" aria-current="page">page 2</a></li><li><a href="/dyndns/hub?page=3">page 3</a></li></ul></nav></section>'), section(second.html, "Members").slice(-400));
    const last = render({ members: many, page: 9 });
    assert.strictEqual(caption(last.html), "All members (103, 101 to 103), A and AAAA as the DNS server publishes them now");
    const first = render({ members: many.slice(0, PAGE_ROWS) });
    assert.strictEqual(caption(first.html), "All members (50), A and AAAA as the DNS server publishes them now");
    assert.ok(!first.html.includes("Pages of the table"));
    const filtered = render({ members: many, filter: "never", page: 2 });
    assert.ok(filtered.html.includes('<li><a href="/dyndns/hub?state=never">page 1</a></li><li><a href="/dyndns/hub?state=never&amp;page=2" aria-current="page">page 2</a></li>'), filtered.html);
  });

  it("more than 20 other ids: the 20 with most failures, and how many there are", () => {
    const index = emptyIndex();
    for (let i = 0; i < 22; i++) {
      index.ids[idKey("X" + i)] = summary("X" + i, { last: brief(NOW - 60000, "8467", "198.51.100.1", "refused"), streak: 1, lastReason: "no User-Agent", failDays: { [TODAY]: 1 + i } });
    }
    const others = section(render({ index, members: [] }).html, "Other ids that keep failing");
    assert.ok(others.includes("<caption>Ids that are no member's, with failures in the last 7 days (the 20 with most of 22)</caption>"), others.slice(0, 300));
    assert.strictEqual((others.match(/<tr><td/g) || []).length, 20);
    assert.ok(others.includes("<code>X21</code>") && others.includes("<code>X2</code>") && !others.includes("<code>X1</code>") && !others.includes("<code>X0</code>"));
    const twenty = emptyIndex();
    for (let i = 0; i < 20; i++) twenty.ids[idKey("Y" + i)] = summary("Y" + i, { last: brief(NOW, "8467", "198.51.100.1", "refused"), streak: 1, failDays: { [TODAY]: 1 } });
    assert.ok(section(render({ index: twenty, members: [] }).html, "Other ids that keep failing").includes("<caption>Ids that are no member's, with failures in the last 7 days</caption>"));
  });

  it("other ids as often failing: in the order of their ids, whatever order they came in", () => {
    const index = emptyIndex();
    for (const id of ["Zed", "Amy", "Moe"]) index.ids[idKey(id)] = summary(id, { last: brief(NOW, "8467", "198.51.100.1", "refused"), streak: 1, failDays: { [TODAY]: 2 } });
    const others = section(render({ index, members: [] }).html, "Other ids that keep failing");
    assert.deepStrictEqual(others.match(/<code>(Zed|Amy|Moe)<\/code>/g), ["<code>Amy</code>", "<code>Moe</code>", "<code>Zed</code>"]);
  });

  it("no other id failing in the last 7 days: said so", () => {
    assert.strictEqual(section(render({ index: emptyIndex() }).html, "Other ids that keep failing"), "<section><h2>Other ids that keep failing</h2><p>None in the last 7 days.</p></section>");
  });

  it("the chart of the week is there, between the counts and the members", () => {
    const { html } = render();
    assert.ok(/<\/p><section><h2>Sessions per hour<\/h2><figure><svg [^]*<\/figure><\/section><section><h2>Members<\/h2>/.test(html));
  });
});

describe("filterOf and pageOf: what a query asks for", () => {
  it("the last state word counts; anything else is all", () => {
    assert.strictEqual(filterOf([]), "all");
    assert.strictEqual(filterOf(["stale", "abuse"]), "abuse");
    assert.strictEqual(filterOf(["abuse", "x"]), "all");
    for (const s of ["updating", "stale", "never", "failing", "abuse"]) assert.strictEqual(filterOf([s]), s);
  });
  it("a page is a whole number from 1 of up to six digits, else 1", () => {
    assert.deepStrictEqual(["1", "2", "999999", "0", "01", "1000000", "2x", "x2", "-3", ""].map((w) => pageOf([w])), [1, 2, 999999, 1, 1, 1, 1, 1, 1, 1]);
    assert.strictEqual(pageOf(["2", "3"]), 3);
    assert.strictEqual(pageOf([]), 1);
  });
});

// The page given its facts directly, part by part: the counts, the filter links, the members' table
// cell by cell, its pages, and the other ids that keep failing. Its own fixtures (one member at a time).
describe("hubPage, part by part", () => {
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
});
