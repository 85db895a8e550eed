"use strict";
// The pages' index of the audit log (src/pages/core/auditIndex.ts), built from lines the hub's
// own cores wrote (test/unit/hub/sessions.js): what it keeps per id and per hour, and that
// bringing it up to date piece by piece gives the same index as reading the log at once.
const assert = require("assert");
const { refreshIndex, parseIndex, emptyIndex, idKey, foldSession, RECENT, MAX_IDS, DAY_MS, HOUR_MS } = require("../../../src/pages/core/auditIndex");
const { lineAt } = require("../../../src/pages/core/logLines");
const { auditLine, parseAuditLine } = require("../../../src/hub/core/audit");
const { fakeHub, session8467, requestDyndns2 } = require("../hub/sessions");
const { logSource } = require("./fakes");

const T0 = Date.UTC(2026, 10, 30, 12, 0, 0);
const never = () => 0; // a clock that never moves: no budget runs out
const build = (text, index = null) => refreshIndex(index, logSource(text), never, 1000);
const textOf = (hub) => hub.lines.join("\n") + "\n";

/** A week of one member, TESTBBS, through both front ends, and strangers. */
function week() {
  const hub = fakeHub();
  const at = (hours) => hub.clock.advance(hours * HOUR_MS);
  session8467(hub); // updated
  at(12); session8467(hub); // unchanged
  at(12); requestDyndns2(hub, "hostname=testbbs.bbs.test&myip=203.0.113.9"); // updated
  at(12); session8467(hub, { "pw?": "wrong" }); // refused: password
  at(1); session8467(hub, { "pw?": "wrong" });
  at(1); requestDyndns2(hub, "hostname=vert.bbs.test"); // another account asked for vert
  at(1); session8467(hub, { "id?": "<script>x</script>" }); // a hostile id
  at(1); session8467(hub, { "id?": "__proto__" });
  return hub;
}

describe("the pages' index of the audit log", () => {
  it("keeps per id its last success, last change, failures in a row and where its sessions are", () => {
    const hub = week();
    const text = textOf(hub);
    const { index, rebuilt, complete, bytesRead } = build(text);
    assert.deepStrictEqual([rebuilt, complete, bytesRead, index.size], [true, true, text.length, text.length]);
    const s = index.ids[idKey("TESTBBS")];
    assert.strictEqual(s.sessions, 5);
    assert.strictEqual(s.id, "TESTBBS");
    assert.deepStrictEqual(s.lastOk, { time: T0 + 24 * HOUR_MS, front: "dyndns2", address: "198.51.100.7", result: "updated" });
    assert.strictEqual(s.lastChange, T0 + 24 * HOUR_MS);
    assert.deepStrictEqual([s.streak, s.streakSince, s.lastReason], [2, T0 + 36 * HOUR_MS, "login failed for 'TESTBBS'"]);
    assert.deepStrictEqual(s.last, { time: T0 + 37 * HOUR_MS, front: "8467", address: "198.51.100.7", result: "refused" });
    assert.deepStrictEqual(s.failDays, { [Math.floor((T0 + 36 * HOUR_MS) / DAY_MS)]: 2 });
    assert.deepStrictEqual(s.abuseDays, {});
    assert.deepStrictEqual(s.recent.map((o) => parseAuditLine(lineAt(logSource(text), o)).id), ["TESTBBS", "TESTBBS", "testbbs", "TESTBBS", "TESTBBS"]);
    assert.strictEqual(index.latest, T0 + 40 * HOUR_MS);
  });

  it("another account asking for a name is listed with it, not counted as the name failing", () => {
    const s = build(textOf(week())).index.ids[idKey("vert")];
    assert.deepStrictEqual([s.sessions, s.recent.length, s.streak, s.lastReason, s.failDays], [1, 1, 0, null, {}]);
  });

  it("any id, hostile ones too, is a key of its own, never a property of Object", () => {
    const { index } = build(textOf(week()));
    assert.strictEqual(index.ids[idKey("__proto__")].id, "__proto__");
    assert.strictEqual(index.ids[idKey("<script>x</script>")].streak, 1);
    assert.strictEqual(Object.getPrototypeOf(index.ids), Object.prototype);
    assert.strictEqual(idKey("TestBBS"), idKey("testbbs"));
  });

  it("counts the sessions of each hour by result", () => {
    const { index } = build(textOf(week()));
    const hour = (h) => index.hours[Math.floor((T0 + h * HOUR_MS) / HOUR_MS)];
    assert.deepStrictEqual([hour(0), hour(12), hour(24), hour(36), hour(39)], [[1, 0, 0], [0, 1, 0], [1, 0, 0], [0, 0, 1], [0, 0, 1]]);
    assert.strictEqual(Object.keys(index.hours).length, 8);
  });

  it("brought up to date piece by piece, it is the index of the whole log", () => {
    const text = textOf(week());
    const whole = build(text).index;
    const ends = [];
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) ends.push(i + 1);
    for (const cut of ends.concat([ends[2] - 10])) {
      const first = build(text.slice(0, cut));
      const left = text.length - first.index.size;
      const second = build(text, first.index);
      assert.strictEqual(second.rebuilt, false);
      assert.strictEqual(second.bytesRead, left);
      assert.deepStrictEqual(second.index, whole, "cut at " + cut);
    }
  });

  it("reads nothing when nothing was added", () => {
    const text = textOf(week());
    const first = build(text);
    const source = logSource(text);
    const again = refreshIndex(first.index, source, never, 1000);
    assert.deepStrictEqual([again.bytesRead, again.rebuilt, again.complete], [0, false, true]);
    assert.ok(source.reads <= 64, String(source.reads));
  });

  it("reads the log again from its start when it is another file: shorter, or starting otherwise", () => {
    const text = textOf(week());
    const first = build(text).index;
    assert.strictEqual(build(text.slice(0, text.indexOf("\n") + 1), first).rebuilt, true);
    const other = fakeHub();
    other.clock.advance(DAY_MS);
    session8467(other, { "pw?": "wrong" });
    const replaced = build(textOf(other) + text, first);
    assert.strictEqual(replaced.rebuilt, true);
    assert.strictEqual(replaced.index.ids[idKey("TESTBBS")].sessions, 6);
  });

  it("an index that is none, or of another format, is built again", () => {
    const text = textOf(week());
    for (const stored of [null, "", "not json", "[]", "{}", JSON.stringify(Object.assign(emptyIndex(), { format: 0 })),
      JSON.stringify(Object.assign(emptyIndex(), { ids: null })), JSON.stringify(Object.assign(emptyIndex(), { hours: 3 })),
      JSON.stringify(Object.assign(emptyIndex(), { size: "0" })), JSON.stringify(Object.assign(emptyIndex(), { head: 1 })),
      JSON.stringify(Object.assign(emptyIndex(), { latest: null }))]) {
      assert.strictEqual(parseIndex(stored), null, String(stored));
    }
    const good = build(text).index;
    assert.deepStrictEqual(parseIndex(JSON.stringify(good)), good);
  });

  it("skips lines that are not audit lines (a sysop's note, a torn line) and goes on", () => {
    const hub = fakeHub();
    session8467(hub);
    const text = "# notes\n{\"time\":\n" + textOf(hub);
    const { index } = build(text);
    assert.strictEqual(index.size, text.length);
    assert.deepStrictEqual(index.ids[idKey("TESTBBS")].recent, [text.indexOf("{\"time\":\"")]);
  });

  it("keeps the offsets of the last " + RECENT + " sessions of an id, oldest first", () => {
    const hub = fakeHub();
    for (let i = 0; i < RECENT + 5; i++) { session8467(hub, { "ip?": "198.51.100." + (i + 1) }); hub.clock.advance(3600 * 1000); }
    const text = textOf(hub);
    const s = build(text).index.ids[idKey("TESTBBS")];
    assert.strictEqual(s.sessions, RECENT + 5);
    assert.deepStrictEqual(s.recent.map((o) => JSON.parse(lineAt(logSource(text), o)).new.A.data[0]),
      Array.from({ length: RECENT }, (_, i) => "198.51.100." + (i + 6)));
  });

  it("keeps the failures and the hours of the last week; those refused as abuse apart", () => {
    const hub = fakeHub({ settings: { nochg_limit: "1" } });
    for (let day = 0; day < 10; day++) {
      session8467(hub); // updated, then unchanged
      session8467(hub); // refused as abuse once the limit is in
      session8467(hub, { "pw?": "wrong" });
      hub.clock.advance(DAY_MS);
    }
    const { index } = build(textOf(hub));
    const s = index.ids[idKey("TESTBBS")];
    const today = Math.floor((T0 + 9 * DAY_MS) / DAY_MS);
    assert.deepStrictEqual(Object.keys(s.failDays).map(Number), [0, 1, 2, 3, 4, 5, 6].map((d) => today - 6 + d));
    assert.ok(Object.values(s.failDays).every((n) => n === 2), JSON.stringify(s.failDays));
    assert.deepStrictEqual(Object.keys(s.abuseDays).map(Number), [0, 1, 2, 3, 4, 5, 6].map((d) => today - 6 + d));
    assert.ok(Object.values(s.abuseDays).every((n) => n === 1));
    const hours = Object.keys(index.hours).map(Number);
    assert.ok(Math.min(...hours) > Math.floor(index.latest / HOUR_MS) - 7 * 24, "hours kept: one week");
    assert.strictEqual(hours.length, 7);
  });

  it("stops reading once its time is up, says so, and the next refresh goes on to the same index", () => {
    const hub = fakeHub();
    for (let i = 0; i < 3000; i++) { session8467(hub, { "txt?": "x".repeat(100) + i }); hub.clock.advance(60 * 1000); }
    const text = textOf(hub);
    let t = 0;
    const ticking = () => (t += 100);
    const first = refreshIndex(null, logSource(text), ticking, 250);
    assert.strictEqual(first.complete, false);
    assert.ok(first.index.size > 0 && first.index.size < text.length, first.index.size + " of " + text.length);
    let next = first;
    let rounds = 1;
    while (!next.complete) { next = refreshIndex(next.index, logSource(text), ticking, 250); rounds++; }
    assert.ok(rounds > 2, String(rounds));
    assert.deepStrictEqual(next.index, build(text).index);
  });

  it("keeps at most " + MAX_IDS + " ids: those that never went through and have been quiet longest go first", () => {
    const index = emptyIndex();
    const record = (id, result, minute) => parseAuditLine(auditLine({
      time: new Date(T0 + minute * 60000).toISOString(), front: "8467", id, address: "192.0.2.1", result, reason: result === "refused" ? "login failed for 'x'" : null, old: null, new: null,
    }));
    foldSession(index, record("MEMBER", "updated", 0), 0);
    for (let i = 0; i < MAX_IDS + 10; i++) foldSession(index, record("GUESS" + i, "refused", 1 + i), 100 + i);
    const text = "";
    const pruned = refreshIndex(index, logSource(text), never, 1000).index;
    assert.strictEqual(Object.keys(pruned.ids).length, MAX_IDS);
    assert.ok(pruned.ids[idKey("MEMBER")], "the member that went through is kept");
    assert.ok(!pruned.ids[idKey("GUESS0")] && !pruned.ids[idKey("GUESS10")] && pruned.ids[idKey("GUESS11")]);
  });

  it("the quiet longest go first whatever the order they came in", () => {
    const index = emptyIndex();
    const record = (id, minute) => parseAuditLine(auditLine({
      time: new Date(T0 + minute * 60000).toISOString(), front: "8467", id, address: "192.0.2.1", result: "refused", reason: "login failed for 'x'", old: null, new: null,
    }));
    for (let i = 0; i < MAX_IDS + 10; i++) foldSession(index, record("LATE" + i, MAX_IDS + 10 - i), 100 + i);
    const pruned = refreshIndex(index, logSource(""), never, 1000).index;
    assert.strictEqual(Object.keys(pruned.ids).length, MAX_IDS);
    assert.ok(pruned.ids[idKey("LATE0")] && pruned.ids[idKey("LATE" + (MAX_IDS - 1))], "the latest kept");
    assert.ok(!pruned.ids[idKey("LATE" + MAX_IDS)] && !pruned.ids[idKey("LATE" + (MAX_IDS + 9))], "the earliest dropped");
  });
});

describe("the pages' index: edges", () => {
  const line = (fields) => auditLine(Object.assign({ time: new Date(T0).toISOString(), front: "8467", id: "TESTBBS", address: "192.0.2.1", result: "refused", reason: null, old: null, new: null }, fields));

  it("an index whose ids or hours are not objects is none", () => {
    const good = JSON.stringify(emptyIndex());
    assert.ok(parseIndex(good));
    for (const [key, value] of [["ids", "x"], ["ids", 5], ["hours", "x"], ["hours", 5], ["ids", null], ["hours", null]]) {
      const o = JSON.parse(good);
      o[key] = value;
      assert.strictEqual(parseIndex(JSON.stringify(o)), null, key + " = " + JSON.stringify(value));
    }
  });

  it("an unchanged session is a success, not a change: the last change stays the update's", () => {
    const index = emptyIndex();
    foldSession(index, parseAuditLine(line({ result: "updated" })), 0);
    foldSession(index, parseAuditLine(line({ time: new Date(T0 + HOUR_MS).toISOString(), result: "unchanged" })), 10);
    const s = index.ids[idKey("TESTBBS")];
    assert.strictEqual(s.lastChange, T0);
    assert.strictEqual(s.lastOk.time, T0 + HOUR_MS);
  });

  it("a reason of 300 characters is kept whole, a longer one cut there with ...", () => {
    const reasonOf = (reason) => {
      const index = emptyIndex();
      foldSession(index, parseAuditLine(line({ reason })), 0);
      return index.ids[idKey("TESTBBS")].lastReason;
    };
    const r300 = "login failed for '" + "x".repeat(281) + "'";
    assert.strictEqual(r300.length, 300);
    assert.strictEqual(reasonOf(r300), r300);
    assert.strictEqual(reasonOf(r300 + "y"), r300 + "...");
  });

  it("a log shorter than its head that grew: only what was added is read", () => {
    const first = line({}) + "\n";
    assert.ok(first.length > 64);
    const tiny = "# note\n";
    const one = refreshIndex(null, logSource(tiny), never, 1000);
    const two = refreshIndex(one.index, logSource(tiny + first), never, 1000);
    assert.deepStrictEqual([two.rebuilt, two.bytesRead], [false, first.length]);
  });

  it("the head kept is what was indexed: a line being written that ends otherwise is read, not taken for another file", () => {
    const one = refreshIndex(null, logSource("# note\npart"), never, 1000);
    assert.deepStrictEqual([one.index.size, one.index.head], [7, "# note\n"]);
    const two = refreshIndex(one.index, logSource("# note\nother\n"), never, 1000);
    assert.deepStrictEqual([two.rebuilt, two.bytesRead], [false, 6]);
  });

  it("the time is up when the clock reaches the budget's end, not only after it", () => {
    const times = [1000, 1500];
    const clock = () => (times.length ? times.shift() : 9999);
    const r = refreshIndex(null, logSource(line({}) + "\n"), clock, 500);
    assert.deepStrictEqual([r.complete, r.bytesRead], [false, 0]);
  });
});
