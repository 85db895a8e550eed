"use strict";
// The run's deadline, pinned on the honest fake clock (fakes.js): uneven timing (hosts that talk
// for a while and then fail, waits that do not divide the timeout), for every way a host can
// fail. A run that reaches its deadline must end on it, to the millisecond; each connect and
// each wait for a line is at most a quarter of the run, at most 10 s, and never past the deadline.
const assert = require("assert");
const { runUpdate } = require("../../../src/client/core/update");
const { buildAnswers } = require("../../../src/client/core/answers");
const { fakeClock, captureOutput, fakeNetwork, REFUSE_MS } = require("./fakes");

const SETTINGS = {
  password: "s3cret", id: "VERT", domain: "synchro.net", ip: "", ip6: "", ip6Auto: false, mx: "", txt: "Vertrauen", loc: "",
  wildcard: false, ttl: "", hosts: [], port: 8467, timeout: 60, origins: {},
};

/** Runs an update with hosts in the given order: { hosts: { name: what }, timeout }. */
function update(hosts, timeout, extra = {}) {
  const clock = fakeClock();
  const net = fakeNetwork(hosts, clock);
  const cap = captureOutput();
  const settings = Object.assign({}, SETTINGS, { hosts: Object.keys(hosts), timeout }, extra);
  const startedAt = clock.now();
  const result = runUpdate(settings, buildAnswers(settings, ""), net, cap.out, startedAt);
  return { result, net, cap, ms: clock.now() - startedAt, errors: cap.lines.filter((l) => l.kind === "error").map((l) => l.text) };
}

/** A host that answers two prompts, 300 ms and 450 ms apart, then stops talking. */
const TALKS_THEN_HANGS = [{ line: "id?", afterMs: 300 }, { line: "pw?", afterMs: 450 }, { silent: true }];

// What each kind of failing host does. Each costs an uneven amount of time, so that the deadline
// falls in the middle of one of them, never on a boundary of the waits.
const FAILING = {
  "refuses": { refuse: true },
  "never accepts the connect": { hang: true },
  "accepts late (after 700 ms), then is silent": { acceptMs: 700, script: [{ silent: true }] },
  "is silent": [{ silent: true }],
  "trickles bytes, never a whole line": [{ trickle: true }],
  "sends endless lines, 170 ms apart": [{ endless: "motd", everyMs: 170 }],
  "closes mid-session, 2.2 s after its first prompt": ["id?", { close: true, afterMs: 2200 }],
  "talks for a while, then hangs": TALKS_THEN_HANGS,
};

describe("the run's deadline on the honest fake clock", () => {
  // 5 s: each wait is 1.25 s, which does not divide what the hosts take.
  const TIMEOUT = 5;
  for (const kind of Object.keys(FAILING)) {
    it("ends exactly at the deadline when hosts talk, then one " + kind, () => {
      const hosts = { talker: TALKS_THEN_HANGS };
      for (let n = 1; n <= 6; n++) hosts["h" + n] = FAILING[kind];
      const r = update(hosts, TIMEOUT);
      assert.strictEqual(r.result.exit, 1);
      if (kind === "refuses") {
        // refusals cost nothing: the talker's 1.25 s of silence, then six refusals
        assert.strictEqual(r.ms, 300 + 450 + 1250 + 6 * REFUSE_MS);
        assert.deepStrictEqual(r.net.attempts.map((a) => a.host), ["talker", "h1", "h2", "h3", "h4", "h5", "h6"]);
        return;
      }
      assert.ok(Math.abs(r.ms - TIMEOUT * 1000) <= 1, kind + ": the run took " + r.ms + " ms, not " + TIMEOUT * 1000);
      for (const a of r.net.attempts) {
        assert.ok(a.timeout <= TIMEOUT / 4, "a connect of " + a.timeout + " s");
        assert.ok(a.at + a.timeout * 1000 <= r.net.now() + 1, "a connect past the deadline");
      }
      for (const conns of Object.values(r.net.connections)) {
        for (const c of conns) for (const until of c.reads) assert.ok(until <= 1000000 + TIMEOUT * 1000, "a read until " + until);
      }
    });
  }

  it("a hung connect that starts late gets only the time left (0.5 s of 1.25)", () => {
    // the talker takes 300 + 450 + 1250 = 2000 ms, h1 and h2 1250 each: h3 has 500 ms left
    const r = update({ talker: TALKS_THEN_HANGS, h1: { hang: true }, h2: { hang: true }, h3: { hang: true } }, TIMEOUT);
    assert.deepStrictEqual(r.net.attempts.map((a) => a.timeout), [1.25, 1.25, 1.25, 0.5]);
    assert.strictEqual(r.ms, 5000);
    assert.deepStrictEqual(r.errors, [
      "update failed: talker:8467 sent no line for 1.3 s; h1:8467 did not accept the connection within 1.25 s; "
      + "h2:8467 did not accept the connection within 1.25 s; h3:8467 did not accept the connection within 0.5 s",
    ]);
  });

  it("a silent read that starts late waits only for the time left", () => {
    // 2000 (talker) + 1250 (h1) = 3250; h2 reads from 3250 until 4500; h3 from 4500 until 5000, not 5750
    const r = update({ talker: TALKS_THEN_HANGS, h1: [{ silent: true }], h2: [{ silent: true }], h3: [{ silent: true }] }, TIMEOUT);
    assert.deepStrictEqual(r.net.connections.h3[0].reads, [1000000 + 5000]);
    assert.strictEqual(r.ms, 5000);
    assert.match(r.errors[0], /h3:8467 ran out of time$/);
  });

  it("the deadline in the middle of a session: out of time, the hosts after it not tried", () => {
    const r = update({ talker: TALKS_THEN_HANGS, slow: [{ line: "id?", afterMs: 900 }, { line: "pw?", afterMs: 900 }, { line: "ip?", afterMs: 900 }, { line: "mx?", afterMs: 900 }], never: ["ok"] }, TIMEOUT);
    assert.strictEqual(r.ms, 5000);
    assert.deepStrictEqual(r.net.attempts.map((a) => a.host), ["talker", "slow"]);
    assert.deepStrictEqual(r.errors, ["update failed: talker:8467 sent no line for 1.3 s; slow:8467 ran out of time; not tried for lack of time: never"]);
  });

  it("a line that arrives exactly at the deadline is taken; the run then ends on it", () => {
    // talker 2000, then a host whose second line comes exactly 3000 ms later: it is read, and nothing else is
    const r = update({ talker: TALKS_THEN_HANGS, exact: [{ line: "id?", afterMs: 1000 }, { line: "pw?", afterMs: 1000 }, { line: "ip?", afterMs: 1000 }, "ok"] }, TIMEOUT);
    assert.strictEqual(r.ms, 5000);
    assert.deepStrictEqual(r.net.sent.exact, ["VERT", "s3cret", ""]);
    assert.strictEqual(r.result.exit, 1);
  });

  it("waits: a quarter of the run, at most 10 s, and never more than the time left", () => {
    for (const [timeout, first] of [[2, 0.5], [7, 1.75], [39, 9.75], [41, 10], [600, 10]]) {
      const r = update({ a: { hang: true }, b: { hang: true } }, timeout);
      assert.deepStrictEqual(r.net.attempts.map((a) => a.timeout), [first, first], "timeout " + timeout);
    }
  });

  it("a run that ends on the deadline names the hosts not tried, in order", () => {
    const hosts = {};
    for (let n = 1; n <= 6; n++) hosts["h" + n] = { hang: true };
    const r = update(hosts, 2);
    assert.strictEqual(r.ms, 2000);
    assert.deepStrictEqual(r.net.attempts.map((a) => a.host), ["h1", "h2", "h3", "h4"]);
    assert.match(r.errors[0], /; not tried for lack of time: h5, h6$/);
  });

  it("never starts a connect with no time left, even 1 ms", () => {
    // 4 refusals of 1 ms after 1999 ms of waiting: the run stops at the deadline, not after it
    const r = update({ a: { acceptMs: 499, script: [{ silent: true }] }, b: [{ silent: true }], c: [{ silent: true }], d: { refuse: true } }, 2);
    assert.ok(r.ms <= 2000, "took " + r.ms);
  });
});
