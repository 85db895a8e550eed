"use strict";
// The page of one name (namePage): what DNS publishes, the state in words, the last update,
// the last sessions and what to do, checked section by section as exact HTML.
const assert = require("assert");
const { namePage, frontWords, FRONT_WORDS } = require("../../../src/pages/core/namePage");
const { ADVICE } = require("../../../src/hub/core/reasons");
const { h } = require("../../../src/pages/core/html");
const { DAY_MS, HOUR_MS } = require("../../../src/pages/core/auditIndex");

const NOW = Date.UTC(2026, 11, 4, 12, 30, 0);
const today = Math.floor(NOW / DAY_MS);
const OWNER = "vert.bbs.test";
const WILD = "*.vert.bbs.test";
const brief = (ms, extra) => Object.assign({ time: ms, front: "8467", address: "192.0.2.1", result: "unchanged" }, extra);
const summary = (extra) => Object.assign({ id: "VERT", recent: [], sessions: 1, last: brief(NOW - HOUR_MS), lastOk: brief(NOW - HOUR_MS), lastChange: null,
  streak: 0, streakSince: null, lastReason: null, failDays: {}, abuseDays: {} }, extra);
const facts = (extra) => Object.assign({ owner: OWNER, summary: summary({}), sessions: [], dns: { ok: true, rrsets: [] }, now: NOW, staleDays: 7,
  viewer: "member" }, extra);
/** The page's five sections: state, DNS, last update, sessions, advice. */
const sections = (html) => {
  const all = html.match(/<section>[\s\S]*?<\/section>/g);
  assert.strictEqual(all.join(""), html, "the page is its sections and nothing else");
  assert.strictEqual(all.length, 5);
  return { state: all[0], dns: all[1], last: all[2], sessions: all[3], advice: all[4] };
};
/** A time as `when` shows it: "2026-12-04 11:30 UTC, 1 hour ago". */
const at = (ms, iso, shown, ago) => {
  assert.strictEqual(new Date(ms).toISOString(), iso);
  return '<time datetime="' + iso + '">' + shown + " UTC</time>, " + ago;
};
const HOUR_AGO = at(NOW - HOUR_MS, "2026-12-04T11:30:00.000Z", "2026-12-04 11:30", "1 hour ago");
const rrset = (name, type, rdata, ttl) => ({ name, type, ttl: ttl || 300, rdata });
const session = (extra) => Object.assign({ time: "2026-12-04T11:30:00.000Z", front: "8467", id: "VERT", address: "192.0.2.1", result: "unchanged",
  reason: null, old: null, new: null }, extra);

describe("namePage: the state of the name", () => {
  it("no summary: never updated, nothing published, no last update, no session", () => {
    const s = sections(namePage(facts({ summary: null })));
    assert.strictEqual(s.state, '<section><h2>State</h2><p><span class="state never">never updated</span></p>'
      + "<p>No update of this name has gone through yet.</p></section>");
    assert.strictEqual(s.dns, "<section><h2>What DNS publishes now</h2><p>The DNS server publishes nothing for this name now.</p></section>");
    assert.strictEqual(s.last, "<section></section>");
    assert.strictEqual(s.sessions, "<section><h2>Sessions</h2><p>The hub's log has no session of this name.</p></section>");
  });

  it("updating, nothing failing and no abuse: one sentence, no failing or abuse words", () => {
    const s = sections(namePage(facts({})));
    assert.strictEqual(s.state, '<section><h2>State</h2><p><span class="state updating">updating</span></p>'
      + "<p>Updating: the last update went through " + HOUR_AGO + ".</p></section>");
  });

  it("stale, failing for 3 updates and flagged for abuse twice: a sentence each, the advice of the latest reason", () => {
    const since = NOW - 2 * DAY_MS;
    const s = sections(namePage(facts({
      summary: summary({ lastOk: brief(NOW - 9 * DAY_MS), streak: 3, streakSince: since, last: brief(NOW - HOUR_MS, { result: "refused" }),
        lastReason: "vert.bbs.test: reached the limit of 5 unchanged updates a day", abuseDays: { [today]: 1, [today - 6]: 1, [today - 7]: 5 } }),
    })));
    assert.strictEqual(s.state, "<section><h2>State</h2><p>"
      + '<span class="state stale">stale</span> <span class="state failing">failing</span> <span class="state abuse">flagged for abuse</span></p>'
      + "<p>Stale: the last update that went through was " + at(NOW - 9 * DAY_MS, "2026-11-25T12:30:00.000Z", "2026-11-25 12:30", "9 days ago")
      + " (a name is stale after 7 days without one).</p>"
      + "<p>Failing: the last 3 updates were refused or failed, since " + at(since, "2026-12-02T12:30:00.000Z", "2026-12-02 12:30", "2 days ago")
      + ". The latest: Too many updates that changed nothing: refused as abuse for up to a day."
      + " What to do: Update only when the address changes; the refusal lifts once the oldest of those updates is a day old.</p>"
      + "<p>Flagged for abuse: 2 updates refused in the last 7 days as too often or changing nothing.</p></section>");
  });

  it("failing for a single update, one abuse: the singular words; markup in the advice escaped", () => {
    const s = sections(namePage(facts({
      staleDays: 1,
      summary: summary({ streak: 1, streakSince: NOW - HOUR_MS, last: brief(NOW - HOUR_MS, { result: "refused" }),
        lastReason: "TESTBBS asked for vert.bbs.test, whose alias is not the id", abuseDays: { [today]: 1 } }),
    })));
    assert.strictEqual(s.state, "<section><h2>State</h2><p>"
      + '<span class="state failing">failing</span> <span class="state abuse">flagged for abuse</span></p>'
      + "<p>The last update that went through: " + HOUR_AGO + ".</p>"
      + "<p>Failing: the latest update was refused or failed, since " + HOUR_AGO + ". The latest: Another account asked for this name."
      + " What to do: Each account updates only &lt;its own alias&gt;.&lt;zone&gt;: check the user name and host name set in the client.</p>"
      + "<p>Flagged for abuse: 1 update refused in the last 7 days as too often or changing nothing.</p></section>");
  });

  it("a stale after 1 day: the count of days in the singular", () => {
    const s = sections(namePage(facts({ staleDays: 1, summary: summary({ lastOk: brief(NOW - 2 * DAY_MS) }) })));
    assert.strictEqual(s.state, '<section><h2>State</h2><p><span class="state stale">stale</span></p>'
      + "<p>Stale: the last update that went through was " + at(NOW - 2 * DAY_MS, "2026-12-02T12:30:00.000Z", "2026-12-02 12:30", "2 days ago")
      + " (a name is stale after 1 day without one).</p></section>");
  });

  it("sessions but none went through: never, and failing", () => {
    const s = sections(namePage(facts({ summary: summary({ lastOk: null, streak: 2, streakSince: NOW - HOUR_MS, last: brief(NOW - HOUR_MS, { result: "failed" }),
      lastReason: "busy" }) })));
    assert.strictEqual(s.state, '<section><h2>State</h2><p><span class="state never">never updated</span> <span class="state failing">failing</span></p>'
      + "<p>No update of this name has gone through yet.</p>"
      + "<p>Failing: the last 2 updates were refused or failed, since " + HOUR_AGO + ". The latest: Another update of this name was under way."
      + " What to do: Nothing: the next update goes through.</p></section>");
    assert.strictEqual(s.last, "<section></section>");
  });

  it("a streak of 0 is not failing, even with a streakSince left in the summary", () => {
    const s = sections(namePage(facts({ summary: summary({ streak: 0, streakSince: NOW - HOUR_MS, lastReason: "busy" }) })));
    assert.strictEqual(s.state, '<section><h2>State</h2><p><span class="state updating">updating</span></p>'
      + "<p>Updating: the last update went through " + HOUR_AGO + ".</p></section>");
  });
});

describe("namePage: what DNS publishes now", () => {
  const given = () => [
    rrset(WILD, "CNAME", [OWNER], 60),
    rrset(WILD, "TXT", ["wild"], 60),
    rrset(OWNER, "CNAME", ["elsewhere.example"]),
    rrset(OWNER, "LOC", ["52 22 23.000 N 4 53 32.000 E -2.00m"]),
    rrset(OWNER, "TXT", ["say <b>&\"hi\"</b>"]),
    rrset(OWNER, "MX", ["10 mail.example.com", "20 mx2.example.com"], 3600),
    rrset(OWNER, "AAAA", ["2001:db8::1"]),
    rrset(OWNER, "A", ["203.0.113.7"]),
  ];
  const row = (record, value, ttl) => '<tr><td data-label="Record">' + record + '</td><td data-label="Value">' + value + '</td><td data-label="TTL">' + ttl + "</td></tr>";
  const TABLE = '<section><h2>What DNS publishes now</h2><div class="wide"><table><caption>Published now, as the DNS server answers</caption>'
    + '<thead><tr><th scope="col">Record</th><th scope="col">Value</th><th scope="col">TTL</th></tr></thead><tbody>'
    + row("A", "<code>203.0.113.7</code>", "300 s")
    + row("AAAA", "<code>2001:db8::1</code>", "300 s")
    + row("MX", "<code>10 mail.example.com</code><br><code>20 mx2.example.com</code>", "3600 s")
    + row("TXT", "<code>say &lt;b&gt;&amp;&quot;hi&quot;&lt;/b&gt;</code>", "300 s")
    + row("LOC", "<code>52 22 23.000 N 4 53 32.000 E -2.00m</code>", "300 s")
    + row("CNAME", "<code>elsewhere.example</code>", "300 s")
    + row("TXT of <code>*.vert.bbs.test</code>", "<code>wild</code>", "60 s")
    + row("CNAME of <code>*.vert.bbs.test</code>", "<code>vert.bbs.test</code>", "60 s")
    + "</tbody></table></div></section>";

  it("the name's own sets first, then the wildcard's, each in the order A AAAA MX TXT LOC CNAME; values escaped, one per line", () => {
    assert.strictEqual(sections(namePage(facts({ dns: { ok: true, rrsets: given() } }))).dns, TABLE);
  });

  it("whatever order the DNS server answers in (here reversed)", () => {
    assert.strictEqual(sections(namePage(facts({ dns: { ok: true, rrsets: given().reverse() } }))).dns, TABLE);
  });

  it("leaves the record sets it was given in their order", () => {
    const rrsets = given();
    const before = rrsets.map((r) => r.name + " " + r.type);
    namePage(facts({ dns: { ok: true, rrsets } }));
    assert.deepStrictEqual(rrsets.map((r) => r.name + " " + r.type), before);
  });

  it("each type before the next in the order, pairwise", () => {
    const order = ["A", "AAAA", "MX", "TXT", "LOC", "CNAME"];
    for (let i = 0; i + 1 < order.length; i++) {
      const dns = sections(namePage(facts({ dns: { ok: true, rrsets: [rrset(OWNER, order[i + 1], ["x"]), rrset(OWNER, order[i], ["y"])] } }))).dns;
      assert.ok(dns.indexOf('"Record">' + order[i] + "<") < dns.indexOf('"Record">' + order[i + 1] + "<"), order[i] + " before " + order[i + 1]);
    }
  });

  it("the wildcard's A after the name's CNAME", () => {
    const dns = sections(namePage(facts({ dns: { ok: true, rrsets: [rrset(WILD, "A", ["203.0.113.9"]), rrset(OWNER, "CNAME", ["x.example"])] } }))).dns;
    assert.ok(dns.indexOf('"Record">CNAME<') < dns.indexOf('"Record">A of <code>'), dns);
  });

  it("the DNS server not read: a notice; the sysop also sees why, the member does not", () => {
    const down = { ok: false, reason: "no answer from <127.0.0.1>:15353 within 5 s" };
    assert.strictEqual(sections(namePage(facts({ dns: down, viewer: "member" }))).dns,
      '<section><h2>What DNS publishes now</h2><p class="notice">The DNS server could not be read just now.'
      + " This is on the hub's side; its sysop can see why in the log.</p></section>");
    assert.strictEqual(sections(namePage(facts({ dns: down, viewer: "sysop" }))).dns,
      '<section><h2>What DNS publishes now</h2><p class="notice">The DNS server could not be read just now:'
      + " <code>no answer from &lt;127.0.0.1&gt;:15353 within 5 s</code>. This is on the hub's side; its sysop can see why in the log.</p></section>");
  });
});

describe("namePage: the last update", () => {
  it("unchanged through dyndns2, records never changed in the log", () => {
    const s = sections(namePage(facts({ summary: summary({ lastOk: brief(NOW - HOUR_MS, { front: "dyndns2", address: "2001:db8::<7>" }) }) })));
    assert.strictEqual(s.last, "<section><h2>Last update</h2><dl>"
      + "<dt>When</dt><dd>" + HOUR_AGO + "</dd>"
      + "<dt>Through</dt><dd>a dyndns2 client (/nic/update)</dd>"
      + "<dt>From</dt><dd><code>2001:db8::&lt;7&gt;</code></dd>"
      + "<dt>Result</dt><dd>nothing to change: DNS already had these records</dd>"
      + "<dt>Records last changed</dt><dd>not in the log</dd></dl></section>");
  });

  it("updated through 8467, records changed 2 days ago", () => {
    const s = sections(namePage(facts({ summary: summary({ lastOk: brief(NOW - HOUR_MS, { result: "updated" }), lastChange: NOW - 2 * DAY_MS }) })));
    assert.strictEqual(s.last, "<section><h2>Last update</h2><dl>"
      + "<dt>When</dt><dd>" + HOUR_AGO + "</dd>"
      + "<dt>Through</dt><dd>dyndns.js (port 8467)</dd>"
      + "<dt>From</dt><dd><code>192.0.2.1</code></dd>"
      + "<dt>Result</dt><dd>the records changed</dd>"
      + "<dt>Records last changed</dt><dd>" + at(NOW - 2 * DAY_MS, "2026-12-02T12:30:00.000Z", "2026-12-02 12:30", "2 days ago") + "</dd></dl></section>");
  });

  it("frontWords: each front end as a member knows it", () => {
    assert.strictEqual(frontWords("8467"), "dyndns.js (port 8467)");
    assert.strictEqual(frontWords("dyndns2"), "a dyndns2 client (/nic/update)");
    assert.deepStrictEqual(Object.keys(FRONT_WORDS), ["8467", "dyndns2"]);
  });
});

describe("namePage: the sessions", () => {
  const other = "TESTBBS asked for vert.bbs.test, whose alias is not the id";
  const sessions = [
    session({ result: "updated", front: "dyndns2", address: "203.0.113.7" }),
    session({ time: "2026-12-04T10:30:00.000Z", result: "unchanged" }),
    session({ time: "2026-12-04T09:30:00.000Z", result: "refused", address: "198.51.100.4", reason: other }),
    session({ time: "2026-12-04T08:30:00.000Z", result: "failed", reason: "reading the current records: <timeout> & more" }),
  ];
  const HEAD = '<section><h2>Sessions</h2><div class="wide"><table class="cards"><caption>The last 4 sessions of this name, latest first</caption><thead><tr>'
    + '<th scope="col">When</th><th scope="col">Through</th><th scope="col">From</th><th scope="col">Result</th>'
    + '<th scope="col">What happened</th><th scope="col">What to do</th></tr></thead><tbody>';
  const row = (cells) => "<tr>" + ["When", "Through", "From", "Result", "What happened", "What to do"]
    .map((label, i) => '<td data-label="' + label + '">' + cells[i] + "</td>").join("") + "</tr>";
  const t = (hour, ago) => '<time datetime="2026-12-04T' + hour + ':30:00.000Z">2026-12-04 ' + hour + ":30 UTC</time>, " + ago;
  const rows = (otherFrom, otherRecorded) => [
    row([t("11", "1 hour ago"), "a dyndns2 client (/nic/update)", "<code>203.0.113.7</code>", "updated", "Updated: the records changed.", "Nothing."]),
    row([t("10", "2 hours ago"), "dyndns.js (port 8467)", "<code>192.0.2.1</code>", "no change", "No change needed: DNS already had these records.", "Nothing."]),
    row([t("09", "3 hours ago"), "dyndns.js (port 8467)", otherFrom, "refused", "Another account asked for this name." + otherRecorded,
      "Each account updates only &lt;its own alias&gt;.&lt;zone&gt;: check the user name and host name set in the client."]),
    row([t("08", "4 hours ago"), "dyndns.js (port 8467)", "<code>192.0.2.1</code>", "failed",
      "A problem on the hub&#39;s side (its DNS server or its settings).<br><small>The hub recorded: <code>reading the current records: &lt;timeout&gt; &amp; more</code></small>",
      "Nothing on your side: the hub&#39;s sysop has been told. The next update after it is fixed goes through."]),
  ].join("");

  it("the member: each result in words, what the hub recorded; another account's address and reason hidden", () => {
    assert.strictEqual(sections(namePage(facts({ sessions, viewer: "member" }))).sessions,
      HEAD + rows("(another account's)", "") + "</tbody></table></div></section>");
  });

  it("the sysop: another account's address and reason shown too", () => {
    assert.strictEqual(sections(namePage(facts({ sessions, viewer: "sysop" }))).sessions,
      HEAD + rows("<code>198.51.100.4</code>", "<br><small>The hub recorded: <code>" + h(other) + "</code></small>") + "</tbody></table></div></section>");
  });

  it("one session: counted in the singular", () => {
    const html = sections(namePage(facts({ sessions: [sessions[1]] }))).sessions;
    assert.ok(html.indexOf("<caption>The last 1 session of this name, latest first</caption>") > 0, html);
  });
});

describe("namePage: what to do when an update fails", () => {
  it("every kind of failure with its words and what to do, in the order of ADVICE; not the kinds that went through", () => {
    const failures = Object.keys(ADVICE).filter((kind) => kind !== "updated" && kind !== "unchanged");
    assert.strictEqual(failures.length, 13);
    const advice = sections(namePage(facts({}))).advice;
    assert.strictEqual(advice, "<section><h2>What to do when an update fails</h2><dl>"
      + failures.map((kind) => "<dt>" + h(ADVICE[kind].words) + "</dt><dd>" + h(ADVICE[kind].todo) + "</dd>").join("") + "</dl></section>");
    assert.ok(advice.startsWith("<section><h2>What to do when an update fails</h2><dl><dt>Wrong id or password (or no account of that name).</dt>"
      + "<dd>Check the password your client sends: it is the password of your QWKnet account on this BBS (the id is your QWK-ID).</dd>"));
    assert.ok(advice.endsWith("<dt>Refused or failed for a reason this page does not know.</dt>"
      + "<dd>Read the reason the hub recorded; ask the hub&#39;s sysop when it is not clear.</dd></dl></section>"));
    assert.strictEqual(advice.indexOf("Nothing.</dd>"), -1);
  });
});
