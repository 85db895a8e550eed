"use strict";
// The week's chart (src/pages/core/chart.ts), drawn for known hours and read back whole: every
// bar, day line, label and word where the page puts it (a 712 x 150 picture: 36 px for the scale
// on the left, 168 hour slots of 4 px, 8 px above the 120 px plot, 22 px below it for the days).
const assert = require("assert");
const { hourlyChart } = require("../../../src/pages/core/chart");

const HOUR = 3600000;
const NOW = Date.UTC(2026, 10, 30, 23, 30); // Monday 30 November 2026, 23:30 UTC: the next hour starts a day
const LAST = Math.floor(NOW / HOUR);
const FIRST = LAST - 167; // Tuesday 24 November, 00:00

const HEAD = '<figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 712 150" role="img" aria-labelledby="chart-title chart-words">'
  + '<title id="chart-title">Sessions per hour, last 7 days (UTC)</title>';
const KEY = '<span style="background:#2a5d8f"></span>changed the records, <span style="background:#9dbbd8"></span>changed nothing, '
  + '<span style="background:#c0392b"></span>refused or failed';
const dayLine = (x, label) => '<line x1="' + x + '" y1="8" x2="' + x + '" y2="128" stroke="#bbb"/><text x="' + (x + 2) + '" y="144" font-size="11">' + label + "</text>";
const DAYS = [[36, "Tue 24"], [132, "Wed 25"], [228, "Thu 26"], [324, "Fri 27"], [420, "Sat 28"], [516, "Sun 29"], [612, "Mon 30"]].map(([x, l]) => dayLine(x, l)).join("");
const axis = (max) => '<line x1="36" y1="128" x2="708" y2="128" stroke="#444"/><text x="32" y="18" font-size="11" text-anchor="end">' + max
  + '</text><text x="32" y="128" font-size="11" text-anchor="end">0</text>';
const page = (grid, bars, max, words) => HEAD + grid + bars + axis(max) + '</svg><figcaption><p class="key">Sessions per hour (UTC): ' + KEY
  + '</p><p id="chart-words">' + words + "</p></figcaption></figure>";

describe("hourlyChart, read back whole", () => {
  it("three hours: stacked bars to scale, a line and a label for each day, the busiest hour the first of two as busy", () => {
    const hours = { [FIRST + 2]: [2, 1, 1], [FIRST + 100]: [0, 0, 4], [LAST]: [1, 0, 0], [FIRST - 1]: [9, 9, 9], [LAST + 1]: [9, 9, 9] };
    const bars = '<rect x="44" y="68" width="3" height="60" fill="#2a5d8f"/><rect x="44" y="38" width="3" height="30" fill="#9dbbd8"/>'
      + '<rect x="44" y="8" width="3" height="30" fill="#c0392b"/>'
      + '<rect x="436" y="8" width="3" height="120" fill="#c0392b"/>'
      + '<rect x="704" y="98" width="3" height="30" fill="#2a5d8f"/>';
    const words = "In the last 7 days: 3 updates that changed the records, 1 that changed nothing, 5 refused or failed."
      + " The busiest hour: 2026-11-24 02:00 UTC, with 4 sessions.";
    assert.strictEqual(hourlyChart(hours, NOW), page(DAYS, bars, 4, words));
  });

  it("no sessions: no bars, a scale of 0, no busiest hour", () => {
    assert.strictEqual(hourlyChart({}, NOW), page(DAYS, "", 0, "In the last 7 days: 0 updates that changed the records, 0 that changed nothing, 0 refused or failed."));
  });

  it("one session: the singular words, and a bar the whole height", () => {
    const words = "In the last 7 days: 1 update that changed the records, 0 that changed nothing, 0 refused or failed."
      + " The busiest hour: 2026-11-30 23:00 UTC, with 1 session.";
    assert.strictEqual(hourlyChart({ [LAST]: [1, 0, 0] }, NOW), page(DAYS, '<rect x="704" y="8" width="3" height="120" fill="#2a5d8f"/>', 1, words));
  });

  it("the busiest hour may be hour 0 (1 January 1970): it is still named", () => {
    const svg = hourlyChart({ 0: [1, 0, 0] }, 5 * HOUR);
    assert.ok(svg.includes(" The busiest hour: 1970-01-01 00:00 UTC, with 1 session.</p>"), svg);
  });

  it("heights are rounded to a tenth of a pixel, and the bars stack on the rounded ones", () => {
    const svg = hourlyChart({ [LAST]: [1, 1, 1] }, NOW);
    assert.ok(svg.includes('<rect x="704" y="88" width="3" height="40" fill="#2a5d8f"/><rect x="704" y="48" width="3" height="40" fill="#9dbbd8"/>'
      + '<rect x="704" y="8" width="3" height="40" fill="#c0392b"/>'), svg);
    const thirds = hourlyChart({ [LAST]: [1, 0, 0], [LAST - 1]: [3, 0, 0] }, NOW);
    assert.ok(thirds.includes('<rect x="704" y="88" width="3" height="40" fill="#2a5d8f"/>'), thirds);
    const sevenths = hourlyChart({ [LAST]: [1, 1, 0], [LAST - 1]: [7, 0, 0] }, NOW);
    assert.ok(sevenths.includes('<rect x="704" y="110.9" width="3" height="17.1" fill="#2a5d8f"/><rect x="704" y="93.8" width="3" height="17.1" fill="#9dbbd8"/>'), sevenths);
  });
});
