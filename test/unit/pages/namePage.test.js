"use strict";
// One name's page (src/pages/core/namePage.ts) for known facts, read back exactly: the state in
// words, what DNS publishes (the name's own records first, in the order a person reads them),
// the last update, the sessions (another account's address hidden from the member), the advice.
const assert = require("assert");
const { namePage, frontWords, FRONT_WORDS } = require("../../../src/pages/core/namePage");
const { DAY_MS, HOUR_MS } = require("../../../src/pages/core/auditIndex");
const { ADVICE } = require("../../../src/hub/core/reasons");
const { h } = require("../../../src/pages/core/html");

const NOW = Date.UTC(2026, 11, 4, 12, 30, 0);
const TODAY = Math.floor(NOW / DAY_MS);
const OWNER = "testbbs.bbs.test";
const brief = (ms, front, address, result) => ({ time: ms, front, address, result });
const summary = (extra) => Object.assign({ id: "TESTBBS", recent: [], sessions: 1, last: null, lastOk: null, lastChange: null, streak: 0, streakSince: null,
  lastReason: null, failDays: {}, abuseDays: {} }, extra);
const session = (ms, front, address, result, reason) => ({ time: new Date(ms).toISOString(), front, id: "TESTBBS", address, result, reason, old: null, new: null });
const RRSETS = [
  { name: "*." + OWNER, type: "CNAME", ttl: 300, rdata: [OWNER + "."] },
  { name: OWNER, type: "TXT", ttl: 600, rdata: ["\"<b>hi</b>\""] },
  { name: OWNER, type: "MX", ttl: 300, rdata: ["10 mail.example.net."] },
  { name: OWNER, type: "A", ttl: 300, rdata: ["192.0.2.1", "192.0.2.9"] },
  { name: OWNER, type: "AAAA", ttl: 300, rdata: ["2001:db8::1"] },
];

/** Updating since two hours ago; then refused twice (a wrong password), once as abuse; another account asked for the name. */
function facts(extra = {}) {
  const ok = brief(NOW - 2 * HOUR_MS, "8467", "192.0.2.1", "updated");
  return Object.assign({
    owner: OWNER,
    summary: summary({ last: brief(NOW - 10 * 60000, "dyndns2", "192.0.2.1", "refused"), lastOk: ok, lastChange: NOW - 2 * HOUR_MS, streak: 2,
      streakSince: NOW - HOUR_MS, lastReason: "login failed for 'TESTBBS'", failDays: { [TODAY]: 2 }, abuseDays: { [TODAY]: 1, [TODAY - 7]: 4 } }),
    sessions: [
      session(NOW - 10 * 60000, "dyndns2", "192.0.2.1", "refused", "login failed for 'TESTBBS'"),
      session(NOW - 30 * 60000, "dyndns2", "198.51.100.66", "refused", "id 'testbbs' logged in as user #6 'VERT', whose alias is not the id"),
      session(NOW - HOUR_MS, "8467", "192.0.2.1", "refused", "testbbs.bbs.test: reached the limit of 48 unchanged updates a day"),
      session(NOW - 2 * HOUR_MS, "8467", "192.0.2.1", "updated", null),
    ],
    dns: { ok: true, rrsets: RRSETS.slice() },
    now: NOW, staleDays: 7, viewer: "member",
  }, extra);
}
const section = (html, heading) => { const at = html.indexOf("<section><h2>" + heading + "</h2>"); return html.slice(at, html.indexOf("</section>", at) + 10); };

describe("namePage, read back exactly", () => {
  it("a member's page of a name that went through, then failed twice, flagged once, asked for by another account", () => {
    const f = facts();
    assert.strictEqual(namePage(f),
      "<section><h2>State</h2>"
      + "<p><span class=\"state failing\">failing</span> <span class=\"state abuse\">flagged for abuse</span></p>"
      + "<p>The last update that went through: <time datetime=\"2026-12-04T10:30:00.000Z\">2026-12-04 10:30 UTC</time>, 2 hours ago.</p>"
      + "<p>Failing: the last 2 updates were refused or failed, since <time datetime=\"2026-12-04T11:30:00.000Z\">2026-12-04 11:30 UTC</time>, 1 hour ago. The latest: Wrong id or password (or no account of that name). What to do: Check the password your client sends: it is the password of your QWKnet account on this BBS (the id is your QWK-ID).</p>"
      + "<p>Flagged for abuse: 1 update refused in the last 7 days as too often or changing nothing.</p></section>"
      + "<section><h2>What DNS publishes now</h2><div class=\"wide\"><table><caption>Published now, as the DNS server answers</caption><thead>"
      + "<tr><th scope=\"col\">Record</th><th scope=\"col\">Value</th><th scope=\"col\">TTL</th></tr></thead><tbody>"
      + "<tr><td data-label=\"Record\">A</td><td data-label=\"Value\"><code>192.0.2.1</code><br><code>192.0.2.9</code></td><td data-label=\"TTL\">300 s</td></tr>"
      + "<tr><td data-label=\"Record\">AAAA</td><td data-label=\"Value\"><code>2001:db8::1</code></td><td data-label=\"TTL\">300 s</td></tr>"
      + "<tr><td data-label=\"Record\">MX</td><td data-label=\"Value\"><code>10 mail.example.net.</code></td><td data-label=\"TTL\">300 s</td></tr>"
      + "<tr><td data-label=\"Record\">TXT</td><td data-label=\"Value\"><code>&quot;&lt;b&gt;hi&lt;/b&gt;&quot;</code></td><td data-label=\"TTL\">600 s</td></tr>"
      + "<tr><td data-label=\"Record\">CNAME of <code>*.testbbs.bbs.test</code></td><td data-label=\"Value\"><code>testbbs.bbs.test.</code></td><td data-label=\"TTL\">300 s</td></tr></tbody></table></div></section>"
      + "<section><h2>Last update</h2><dl>"
      + "<dt>When</dt><dd><time datetime=\"2026-12-04T10:30:00.000Z\">2026-12-04 10:30 UTC</time>, 2 hours ago</dd>"
      + "<dt>Through</dt><dd>dyndns.js (port 8467)</dd>"
      + "<dt>From</dt><dd><code>192.0.2.1</code></dd>"
      + "<dt>Result</dt><dd>the records changed</dd>"
      + "<dt>Records last changed</dt><dd><time datetime=\"2026-12-04T10:30:00.000Z\">2026-12-04 10:30 UTC</time>, 2 hours ago</dd></dl></section>"
      + "<section><h2>Sessions</h2><div class=\"wide\"><table class=\"cards\"><caption>The last 4 sessions of this name, latest first</caption><thead>"
      + "<tr><th scope=\"col\">When</th><th scope=\"col\">Through</th><th scope=\"col\">From</th><th scope=\"col\">Result</th><th scope=\"col\">What happened</th><th scope=\"col\">What to do</th></tr></thead><tbody>"
      + "<tr><td data-label=\"When\"><time datetime=\"2026-12-04T12:20:00.000Z\">2026-12-04 12:20 UTC</time>, 10 minutes ago</td><td data-label=\"Through\">a dyndns2 client (/nic/update)</td><td data-label=\"From\"><code>192.0.2.1</code></td><td data-label=\"Result\">refused</td><td data-label=\"What happened\">Wrong id or password (or no account of that name).<br><small>The hub recorded: <code>login failed for &#39;TESTBBS&#39;</code></small></td><td data-label=\"What to do\">Check the password your client sends: it is the password of your QWKnet account on this BBS (the id is your QWK-ID).</td></tr>"
      + "<tr><td data-label=\"When\"><time datetime=\"2026-12-04T12:00:00.000Z\">2026-12-04 12:00 UTC</time>, 30 minutes ago</td><td data-label=\"Through\">a dyndns2 client (/nic/update)</td><td data-label=\"From\">(another account's)</td><td data-label=\"Result\">refused</td><td data-label=\"What happened\">Another account asked for this name.</td><td data-label=\"What to do\">Each account updates only &lt;its own alias&gt;.&lt;zone&gt;: check the user name and host name set in the client.</td></tr>"
      + "<tr><td data-label=\"When\"><time datetime=\"2026-12-04T11:30:00.000Z\">2026-12-04 11:30 UTC</time>, 1 hour ago</td><td data-label=\"Through\">dyndns.js (port 8467)</td><td data-label=\"From\"><code>192.0.2.1</code></td><td data-label=\"Result\">refused</td><td data-label=\"What happened\">Too many updates that changed nothing: refused as abuse for up to a day.<br><small>The hub recorded: <code>testbbs.bbs.test: reached the limit of 48 unchanged updates a day</code></small></td><td data-label=\"What to do\">Update only when the address changes; the refusal lifts once the oldest of those updates is a day old.</td></tr>"
      + "<tr><td data-label=\"When\"><time datetime=\"2026-12-04T10:30:00.000Z\">2026-12-04 10:30 UTC</time>, 2 hours ago</td><td data-label=\"Through\">dyndns.js (port 8467)</td><td data-label=\"From\"><code>192.0.2.1</code></td><td data-label=\"Result\">updated</td><td data-label=\"What happened\">Updated: the records changed.</td><td data-label=\"What to do\">Nothing.</td></tr></tbody></table></div></section>"
      + "<section><h2>What to do when an update fails</h2><dl>"
      + "<dt>Wrong id or password (or no account of that name).</dt><dd>Check the password your client sends: it is the password of your QWKnet account on this BBS (the id is your QWK-ID).</dd>"
      + "<dt>The request carried no user name and password.</dt><dd>Set the user name (your QWK-ID) and the password in your router or client.</dd>"
      + "<dt>The account has no password, so anyone could update the name.</dt><dd>Ask this BBS&#39;s sysop to set a password on your QWKnet account.</dd>"
      + "<dt>This account may not update a name here (not a QWKnet account, or one with sysop rights).</dt><dd>Ask this BBS&#39;s sysop: a member&#39;s account needs the Q restriction, a password, and a level below 90.</dd>"
      + "<dt>Another account asked for this name.</dt><dd>Each account updates only &lt;its own alias&gt;.&lt;zone&gt;: check the user name and host name set in the client.</dd>"
      + "<dt>The host name asked for is not one this hub gives out.</dt><dd>Use &lt;your QWK-ID&gt;.&lt;the hub&#39;s zone&gt; as the host name, with your QWK-ID as user name.</dd>"
      + "<dt>An address or record value was refused.</dt><dd>Send a public address (or none: the hub then takes the address the update came from), and valid MX, TXT, LOC and TTL values.</dd>"
      + "<dt>Updated too often: refused by the hub&#39;s limits (a minimum interval, a cap an hour).</dt><dd>Update less often: when the address changes, or every few hours (the client&#39;s event every 720 minutes is plenty).</dd>"
      + "<dt>Too many updates that changed nothing: refused as abuse for up to a day.</dt><dd>Update only when the address changes; the refusal lifts once the oldest of those updates is a day old.</dd>"
      + "<dt>The client did not finish the update (it stopped answering, hung up, or sent no User-Agent).</dt><dd>Check the network between your BBS and the hub, and use a current dyndns.js or a dyndns2 client that names itself.</dd>"
      + "<dt>Another update of this name was under way.</dt><dd>Nothing: the next update goes through.</dd>"
      + "<dt>A problem on the hub&#39;s side (its DNS server or its settings).</dt><dd>Nothing on your side: the hub&#39;s sysop has been told. The next update after it is fixed goes through.</dd>"
      + "<dt>Refused or failed for a reason this page does not know.</dt><dd>Read the reason the hub recorded; ask the hub&#39;s sysop when it is not clear.</dd></dl></section>");
    assert.deepStrictEqual(f.dns.rrsets, RRSETS, "the records given are left in their order");
  });
});

describe("namePage: each state in words, what the sysop sees, what is missing", () => {
  const state = (html) => section(html, "State");

  it("the sysop sees another account's address and what the hub recorded; the member does not", () => {
    const sysop = section(namePage(facts({ viewer: "sysop" })), "Sessions");
    assert.ok(sysop.includes('<td data-label="From"><code>198.51.100.66</code></td><td data-label="Result">refused</td><td data-label="What happened">Another account asked for this name.<br><small>The hub recorded: <code>id &#39;testbbs&#39; logged in as user #6 &#39;VERT&#39;, whose alias is not the id</code></small></td>'), sysop);
    const member = namePage(facts());
    assert.ok(!member.includes("198.51.100.66") && !member.includes("VERT"));
  });

  it("a DNS server that cannot be read: the member is told it is the hub's side, the sysop also why", () => {
    const dns = { ok: false, reason: "no answer <from> 127.0.0.1:53" };
    assert.strictEqual(section(namePage(facts({ dns })), "What DNS publishes now"),
      '<section><h2>What DNS publishes now</h2><p class="notice">The DNS server could not be read just now. This is on the hub\'s side; its sysop can see why in the log.</p></section>');
    assert.strictEqual(section(namePage(facts({ dns, viewer: "sysop" })), "What DNS publishes now"),
      '<section><h2>What DNS publishes now</h2><p class="notice">The DNS server could not be read just now: <code>no answer &lt;from&gt; 127.0.0.1:53</code>. This is on the hub\'s side; its sysop can see why in the log.</p></section>');
  });

  it("a name never seen: said so in each part", () => {
    const html = namePage(facts({ summary: null, sessions: [], dns: { ok: true, rrsets: [] } }));
    assert.strictEqual(state(html), '<section><h2>State</h2><p><span class="state never">never updated</span></p><p>No update of this name has gone through yet.</p></section>');
    assert.ok(html.includes('<section><h2>What DNS publishes now</h2><p>The DNS server publishes nothing for this name now.</p></section><section></section><section><h2>Sessions</h2><p>The hub\'s log has no session of this name.</p></section>'), html);
  });

  it("updating: when it last went through; an unchanged last update and no change in the log", () => {
    const ok = brief(NOW - 3 * HOUR_MS, "dyndns2", "192.0.2.7", "unchanged");
    const html = namePage(facts({ summary: summary({ last: ok, lastOk: ok }) }));
    assert.strictEqual(state(html), '<section><h2>State</h2><p><span class="state updating">updating</span></p><p>Updating: the last update went through <time datetime="2026-12-04T09:30:00.000Z">2026-12-04 09:30 UTC</time>, 3 hours ago.</p></section>');
    assert.ok(html.includes("<dt>Through</dt><dd>a dyndns2 client (/nic/update)</dd><dt>From</dt><dd><code>192.0.2.7</code></dd><dt>Result</dt><dd>nothing to change: DNS already had these records</dd><dt>Records last changed</dt><dd>not in the log</dd></dl>"), html);
  });

  it("stale: when it last went through and after how long a name is stale", () => {
    const ok = brief(NOW - 9 * DAY_MS, "8467", "192.0.2.7", "updated");
    assert.strictEqual(state(namePage(facts({ summary: summary({ last: ok, lastOk: ok, lastChange: ok.time }) }))),
      '<section><h2>State</h2><p><span class="state stale">stale</span></p><p>Stale: the last update that went through was <time datetime="2026-11-25T12:30:00.000Z">2026-11-25 12:30 UTC</time>, 9 days ago (a name is stale after 7 days without one).</p></section>');
    assert.ok(state(namePage(facts({ staleDays: 1, summary: summary({ last: ok, lastOk: ok }) }))).includes("(a name is stale after 1 day without one)"));
  });

  it("failing once: the latest update; flagged with several: the count", () => {
    const ok = brief(NOW - 3 * HOUR_MS, "8467", "192.0.2.7", "updated");
    const html = namePage(facts({ summary: summary({ last: brief(NOW - HOUR_MS, "8467", "192.0.2.7", "failed"), lastOk: ok, streak: 1, streakSince: NOW - HOUR_MS,
      lastReason: "the update: NOTAUTH", abuseDays: { [TODAY]: 2, [TODAY - 6]: 1 } }) }));
    assert.ok(state(html).includes("<p>Failing: the latest update was refused or failed, since <time datetime=\"2026-12-04T11:30:00.000Z\">2026-12-04 11:30 UTC</time>, 1 hour ago. The latest: A problem on the hub&#39;s side (its DNS server or its settings). What to do: Nothing on your side: the hub&#39;s sysop has been told. The next update after it is fixed goes through.</p><p>Flagged for abuse: 3 updates refused in the last 7 days as too often or changing nothing.</p>"), state(html));
  });

  it("one session: the singular", () => {
    const html = namePage(facts({ sessions: [session(NOW - HOUR_MS, "8467", "192.0.2.1", "updated", null)] }));
    assert.ok(html.includes("<caption>The last 1 session of this name, latest first</caption>"));
  });
});

// Each section on its own, as exact HTML, from facts built per test: the state of the name,
// what DNS publishes, the last update, the sessions, the advice. Its own fixtures (one name, VERT).
describe("namePage, section by section", () => {
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
});
