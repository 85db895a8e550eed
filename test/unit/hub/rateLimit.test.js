"use strict";
// Rate limits at their edges: what the state file may hold, which writes count (the last hour,
// those after now as made now, in any order) and the exact log lines. (The first write, the 60 s boundary,
// the cap's reply and 0 turning a limit off are in app.test.js.)
const assert = require("assert");
const { decideRate, decideUnchanged, recordWrite, recordUnchanged, parseRateState, restamped } = require("../../../src/hub/core/rateLimit");

const t = 1e12;

describe("parseRateState: what the state file may hold", () => {
  const cases = [
    ['{"writes":[1,"2",null,3,{"x":4},[5]]}', [1, 3], "keeps only the numbers"],
    ['{"writes":[' + (t - 10) + "]}", [t - 10], "reads a written state back"],
    ['{"writes":{"0":' + t + ',"length":1}}', [], "an object that looks like an array is not a list of writes"],
    ['{"writes":"12"}', [], "a string is not a list of writes"],
    ["null", [], "null"],
    ["7", [], "a bare number"],
  ];
  for (const [text, writes, what] of cases) {
    it(what + ": " + text, () => assert.deepStrictEqual(parseRateState(text), { writes, unchanged: [] }));
  }
});

describe("decideRate: which writes count", () => {
  it("a write in the same millisecond counts (0 s ago)", () => {
    assert.deepStrictEqual(decideRate("vert.bbs.test", { unchanged: [], writes: [t] }, t, 60, 0), {
      ok: false,
      reply: "refused: vert.bbs.test was updated 0 s ago; try again in 60 s",
      log: "vert.bbs.test: 60 s short of the minimum interval of 60 s",
    });
  });
  it("a write after now (the clock was set back since) counts as made now: the limits stay", () => {
    assert.deepStrictEqual(decideRate("vert.bbs.test", { unchanged: [], writes: [t + 5000] }, t, 60, 0), {
      ok: false,
      reply: "refused: vert.bbs.test was updated 0 s ago; try again in 60 s",
      log: "vert.bbs.test: 60 s short of the minimum interval of 60 s",
    });
    assert.deepStrictEqual(decideRate("vert.bbs.test", { unchanged: [], writes: [t + 86400000, t - 10000] }, t, 0, 2), {
      ok: false,
      reply: "refused: vert.bbs.test was updated 2 times in the last hour; try again in 3590 s",
      log: "vert.bbs.test: reached the cap of 2 updates an hour",
    });
  });
  it("the last write is the latest, whatever the order in the file", () => {
    assert.deepStrictEqual(decideRate("vert.bbs.test", { unchanged: [], writes: [t - 10000, t - 3000000] }, t, 60, 0), {
      ok: false,
      reply: "refused: vert.bbs.test was updated 10 s ago; try again in 50 s",
      log: "vert.bbs.test: 50 s short of the minimum interval of 60 s",
    });
  });
  it("the cap frees up when the oldest write of the hour turns an hour old, whatever the order in the file", () => {
    const writes = [t - 100000, t - 3500000, t - 3000000];
    assert.deepStrictEqual(decideRate("vert.bbs.test", { writes, unchanged: [] }, t, 0, 3), {
      ok: false,
      reply: "refused: vert.bbs.test was updated 3 times in the last hour; try again in 100 s",
      log: "vert.bbs.test: reached the cap of 3 updates an hour",
    });
    assert.deepStrictEqual(decideRate("vert.bbs.test", { writes, unchanged: [] }, t + 99999, 0, 3).reply,
      "refused: vert.bbs.test was updated 3 times in the last hour; try again in 1 s");
    assert.deepStrictEqual(decideRate("vert.bbs.test", { writes, unchanged: [] }, t + 100000, 0, 3), { ok: true });
  });
  it("a cap of one: \"1 time\", \"1 update\"", () => {
    assert.deepStrictEqual(decideRate("vert.bbs.test", { unchanged: [], writes: [t - 600000] }, t, 0, 1), {
      ok: false,
      reply: "refused: vert.bbs.test was updated 1 time in the last hour; try again in 3000 s",
      log: "vert.bbs.test: reached the cap of 1 update an hour",
    });
  });
  it("rounds the wait up to whole seconds", () => {
    const r = decideRate("x", { unchanged: [], writes: [t - 15500] }, t, 60, 0);
    assert.strictEqual(r.reply, "refused: x was updated 15 s ago; try again in 45 s");
    assert.strictEqual(r.log, "x: 45 s short of the minimum interval of 60 s");
  });
});

describe("recordWrite: the state kept", () => {
  it("sorted, the writes after now stamped now, with this one last", () => {
    assert.deepStrictEqual(recordWrite({ unchanged: [], writes: [t - 10, t + 5000, t - 20] }, t), { unchanged: [], writes: [t - 20, t - 10, t, t] });
  });
  it("puts a long file of writes in time order", () => {
    const writes = [t - 9, t - 100, t - 1000000, t - 20, t - 3, t - 55555, t - 7, t - 400, t - 1, t - 6000, t - 2, t - 80];
    const sorted = writes.slice().sort((a, b) => a - b);
    assert.deepStrictEqual(recordWrite({ writes, unchanged: [] }, t).writes, sorted.concat([t]));
  });
});

describe("restamped: the state after the clock was set back", () => {
  it("stamps the writes after now now, keeps the others as they are, in the file's order", () => {
    assert.deepStrictEqual(restamped({ unchanged: [], writes: [t - 10, t + 1, t - 3600001, t + 86400000] }, t), { unchanged: [], writes: [t - 10, t, t - 3600001, t] });
  });
  it("is null when no write is after now (a write now is not)", () => {
    assert.strictEqual(restamped({ unchanged: [], writes: [t - 10, t] }, t), null);
    assert.strictEqual(restamped({ unchanged: [], writes: [] }, t), null);
  });
});

describe("unchanged updates: a client that keeps asking for what is there", () => {
  const DAY = 86400000;
  it("the state file keeps them beside the writes, numbers only", () => {
    assert.deepStrictEqual(parseRateState('{"writes":[1],"unchanged":[2,"3",4]}'), { writes: [1], unchanged: [2, 4] });
    assert.deepStrictEqual(parseRateState('{"writes":[1]}'), { writes: [1], unchanged: [] });
  });
  it("refused once the limit is reached in 24 hours, until the oldest of them is a day old", () => {
    const state = { writes: [], unchanged: [t - DAY + 5000, t - 3000, t - 1000] };
    assert.deepStrictEqual(decideUnchanged("vert.bbs.test", state, t, 4), { ok: true });
    assert.deepStrictEqual(decideUnchanged("vert.bbs.test", state, t, 3), {
      ok: false,
      reply: "refused: vert.bbs.test was sent 3 updates that changed nothing in the last 24 hours; update only when the address changes (try again in 5 s)",
      log: "vert.bbs.test: reached the limit of 3 unchanged updates a day",
    });
    assert.deepStrictEqual(decideUnchanged("vert.bbs.test", state, t + 5000, 3), { ok: true });
    assert.deepStrictEqual(decideUnchanged("vert.bbs.test", state, t, 0), { ok: true }, "0: no limit");
  });
  it("one update: \"1 update\"; those after now count as now", () => {
    assert.strictEqual(decideUnchanged("x", { writes: [], unchanged: [t + DAY] }, t, 1).reply,
      "refused: x was sent 1 update that changed nothing in the last 24 hours; update only when the address changes (try again in 86400 s)");
  });
  it("recorded in time order, older than a day forgotten, the writes kept as they are", () => {
    assert.deepStrictEqual(recordUnchanged({ writes: [t - 10], unchanged: [t - 5, t - DAY, t + 7] }, t), { writes: [t - 10], unchanged: [t - 5, t, t] });
    assert.deepStrictEqual(recordWrite({ writes: [], unchanged: [t - DAY - 1, t - 1] }, t), { writes: [t], unchanged: [t - 1] });
  });
  it("restamped covers them too", () => {
    assert.deepStrictEqual(restamped({ writes: [], unchanged: [t + 9] }, t), { writes: [], unchanged: [t] });
  });
});
