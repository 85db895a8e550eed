"use strict";
// The pieces of the pages: the states of a name, text made safe in HTML, the chart of the week.
const assert = require("assert");
const { nameStates, lastWeek, badges, STATES } = require("../../../src/pages/core/nameState");
const { h, when, table, link } = require("../../../src/pages/core/html");
const { hourlyChart } = require("../../../src/pages/core/chart");
const { DAY_MS, HOUR_MS } = require("../../../src/pages/core/auditIndex");

const NOW = Date.UTC(2026, 11, 4, 12, 30, 0);
const today = Math.floor(NOW / DAY_MS);
const ok = (ms) => ({ time: ms, front: "8467", address: "192.0.2.1", result: "unchanged" });
const summary = (extra) => Object.assign({ id: "X", recent: [], sessions: 1, last: ok(NOW), lastOk: ok(NOW), lastChange: null, streak: 0, streakSince: null,
  lastReason: null, failDays: {}, abuseDays: {} }, extra);

describe("nameStates", () => {
  const cases = [
    ["no session at all", null, ["never"]],
    ["sessions, none went through", summary({ lastOk: null, streak: 3 }), ["never", "failing"]],
    ["went through just now", summary({}), ["updating"]],
    ["went through exactly 7 days ago", summary({ lastOk: ok(NOW - 7 * DAY_MS) }), ["updating"]],
    ["went through 7 days and a millisecond ago", summary({ lastOk: ok(NOW - 7 * DAY_MS - 1) }), ["stale"]],
    ["stale and failing", summary({ lastOk: ok(NOW - 9 * DAY_MS), streak: 4 }), ["stale", "failing"]],
    ["refused as abuse today", summary({ abuseDays: { [today]: 2 } }), ["abuse"]],
    ["refused as abuse 6 days ago", summary({ abuseDays: { [today - 6]: 1 } }), ["abuse"]],
    ["refused as abuse 7 days ago: over", summary({ abuseDays: { [today - 7]: 1 } }), ["updating"]],
    ["failing and refused as abuse", summary({ streak: 1, abuseDays: { [today]: 1 } }), ["failing", "abuse"]],
  ];
  for (const [what, s, states] of cases) it(what + ": " + states.join(", "), () => assert.deepStrictEqual(nameStates(s, NOW, 7), states));

  it("lastWeek: today and the 6 days before it", () => {
    assert.strictEqual(lastWeek({ [today]: 1, [today - 6]: 2, [today - 7]: 4, [today + 1]: 8 }, NOW), 11);
    assert.strictEqual(lastWeek({}, NOW), 0);
  });

  it("badges name each state in words, in the order of the filters", () => {
    assert.strictEqual(badges(["failing", "stale"]), '<span class="state stale">stale</span> <span class="state failing">failing</span>');
    assert.deepStrictEqual(STATES.map((s) => s.state), ["updating", "stale", "never", "failing", "abuse"]);
  });
});

describe("html", () => {
  it("h: markup, quotes and ampersands as entities; control bytes as \\xNN; the rest of the world as numeric references", () => {
    assert.strictEqual(h("<script>alert('x\"')</script> & co"), "&lt;script&gt;alert(&#39;x&quot;&#39;)&lt;/script&gt; &amp; co");
    assert.strictEqual(h("a\u0000b\u001bc\r\n\u007f"), "a\\x00b\\x1Bc\\r\\n\\x7F");
    assert.strictEqual(h("caf\u00e9 \u00a0"), "caf&#233; &#160;");
    assert.ok(/^[\x20-\x7e]*$/.test(h("\u2028\uffff\u0085")));
  });

  it("when: UTC and how long ago, in a time element", () => {
    assert.strictEqual(when(NOW - 3 * HOUR_MS, NOW), '<time datetime="2026-12-04T09:30:00.000Z">2026-12-04 09:30 UTC</time>, 3 hours ago');
  });

  it("table: a caption, column headers with a scope, each cell named after its column", () => {
    assert.strictEqual(table("T", ["A", "B"], [["1", "2"]], "cards"),
      '<div class="wide"><table class="cards"><caption>T</caption><thead><tr><th scope="col">A</th><th scope="col">B</th></tr></thead>'
      + '<tbody><tr><td data-label="A">1</td><td data-label="B">2</td></tr></tbody></table></div>');
  });

  it("link: the address escaped, the current page marked", () => {
    assert.strictEqual(link("/a?b=1&c=\"", "x", true), '<a href="/a?b=1&amp;c=&quot;" aria-current="page">x</a>');
    assert.strictEqual(link("/a", "x"), '<a href="/a">x</a>');
  });
});

describe("hourlyChart", () => {
  const last = Math.floor(NOW / HOUR_MS);
  it("one bar a kind of session in each hour of the last week, scaled to the busiest, with its figures in words", () => {
    const svg = hourlyChart({ [last]: [2, 1, 1], [last - 1]: [0, 0, 2], [last - 167]: [1, 0, 0], [last - 168]: [50, 0, 0], [last + 1]: [50, 0, 0] }, NOW);
    assert.strictEqual((svg.match(/<rect /g) || []).length, 5);
    assert.ok(svg.includes("In the last 7 days: 3 updates that changed the records, 1 that changed nothing, 3 refused or failed."), svg);
    assert.ok(svg.includes("The busiest hour: 2026-12-04 12:00 UTC, with 4 sessions."));
    assert.ok(svg.includes('<rect x="704" y="68" width="3" height="60" fill="#2a5d8f"/>'), svg);
    assert.ok(svg.includes('<rect x="704" y="38" width="3" height="30" fill="#9dbbd8"/>'));
    assert.ok(svg.includes('<rect x="704" y="8" width="3" height="30" fill="#c0392b"/>'));
    assert.ok(svg.includes('<rect x="700" y="68" width="3" height="60" fill="#c0392b"/>'));
    assert.ok(svg.includes('<rect x="36" y="98" width="3" height="30" fill="#2a5d8f"/>'));
    assert.ok(svg.includes('>4</text>'), "the scale's top is the busiest hour");
    assert.ok(svg.includes('role="img"') && svg.includes('aria-labelledby="chart-title chart-words"'));
  });

  it("a line and a label at each midnight (UTC) of the week", () => {
    const svg = hourlyChart({}, NOW);
    assert.deepStrictEqual(svg.match(/>(Sun|Mon|Tue|Wed|Thu|Fri|Sat) \d+</g), [">Sat 28<", ">Sun 29<", ">Mon 30<", ">Tue 1<", ">Wed 2<", ">Thu 3<", ">Fri 4<"]);
    assert.ok(svg.includes("In the last 7 days: 0 updates that changed the records, 0 that changed nothing, 0 refused or failed.</p>"));
    assert.ok(!svg.includes("busiest"));
  });
});
