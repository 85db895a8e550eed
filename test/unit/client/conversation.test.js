"use strict";
const assert = require("assert");
const { converse } = require("../../../src/client/core/conversation");
const { answerPrompt, buildAnswers } = require("../../../src/client/core/answers");
const { runUpdate } = require("../../../src/client/core/update");
const { PROMPTS } = require("../../../src/shared/core/protocol");
const { fakeClock, fakeConnection, captureOutput, fakeNetwork } = require("./fakes");

const SETTINGS = {
  password: "s3cret", id: "VERT", domain: "synchro.net", ip: "", ip6: "", ip6Auto: false, mx: "vert.synchro.net", txt: "Vertrauen", loc: "", wildcard: true,
  ttl: "", hosts: ["h1", "h2", "h3"], port: 8467, timeout: 60, origins: {},
};
const ANSWERS = buildAnswers(SETTINGS, "2600::1");

describe("answerPrompt", () => {
  const table = [
    ["id?", "VERT"], ["pw?", "s3cret"], ["ip?", ""], ["ip6?", "2600::1"], ["mx?", "vert.synchro.net"], ["txt?", "Vertrauen"],
    ["loc?", ""], ["wc?", "true"], ["ttl?", ""], [" ID? ", "VERT"],
  ];
  for (const [line, answer] of table) {
    it(JSON.stringify(line) + " -> " + JSON.stringify(answer), () => assert.deepStrictEqual(answerPrompt(line, ANSWERS).answer, answer));
  }
  it("ok", () => assert.strictEqual(answerPrompt("ok", ANSWERS).kind, "ok"));
  it("anything else is a message", () => assert.deepStrictEqual(answerPrompt("Bad password", ANSWERS), { kind: "message", text: "Bad password" }));
});

function session(script, limits = {}) {
  const clock = fakeClock();
  const sent = [];
  const cap = captureOutput();
  const outcome = converse(fakeConnection(script, clock, sent), ANSWERS, clock.now,
    Object.assign({ waitMs: 10000, deadline: clock.now() + 60000 }, limits), cap.out);
  return { outcome, sent, cap, clock };
}

describe("converse", () => {
  it("answers any order and subset, then ok", () => {
    const r = session(["wc?", "pw?", "id?", "ok"]);
    assert.deepStrictEqual(r.outcome, { kind: "updated" });
    assert.deepStrictEqual(r.sent, ["true", "s3cret", "VERT"]);
  });
  it("answers an unknown line with an empty line and goes on", () => {
    const r = session(["id?", "new?", "ok"]);
    assert.deepStrictEqual(r.outcome, { kind: "updated" });
    assert.deepStrictEqual(r.sent, ["VERT", ""]);
  });
  it("a message then close is a rejection", () => {
    const r = session(["id?", "pw?", "Invalid password", { close: true }]);
    assert.deepStrictEqual(r.outcome, { kind: "rejected", messages: ["Invalid password"] });
  });
  it("close before ok without a message is a failure", () => {
    assert.deepStrictEqual(session(["id?", { close: true }]).outcome, { kind: "failed", reason: "closed the connection before ok" });
  });
  it("silence is a failure naming the wait", () => {
    assert.deepStrictEqual(session(["id?", { silent: true }]).outcome, { kind: "failed", reason: "sent no line for 10 s" });
  });
  it("silence up to the deadline is out of time", () => {
    const clock = fakeClock();
    const r = session([{ silent: true }], { deadline: clock.now() + 5000 });
    assert.deepStrictEqual(r.outcome, { kind: "out-of-time" });
  });
  it("stops after the line cap", () => {
    const r = session(Array(100).fill("motd"));
    assert.deepStrictEqual(r.outcome, { kind: "failed", reason: "sent more than 32 lines without ok" });
    assert.strictEqual(r.sent.length, 32);
  });
  it("logs received at info, sent at debug, the password masked", () => {
    const r = session(["pw?", "ok"]);
    assert.ok(r.cap.lines.some((l) => l.kind === "info" && l.text === "received: pw?"));
    assert.ok(r.cap.lines.some((l) => l.kind === "debug" && l.text === "sent: ******** (for pw?)"));
    assert.ok(!r.cap.text().includes("s3cret"));
  });
  it("escapes control bytes in what it shows", () => {
    const r = session(["bad\u0000\u001b[2J", { close: true }]);
    assert.deepStrictEqual(r.outcome, { kind: "rejected", messages: ["bad\\x00\\x1B[2J"] });
  });
});

describe("runUpdate (failover)", () => {
  function update(hosts, settings = {}) {
    const clock = fakeClock();
    const net = fakeNetwork(hosts, clock);
    const cap = captureOutput();
    const s = Object.assign({}, SETTINGS, settings);
    const result = runUpdate(s, ANSWERS, net, cap.out, clock.now());
    return { code: result.exit, result, net, cap };
  }
  it("first host ok", () => {
    const r = update({ h1: ["id?", "ok"] });
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(r.net.attempts.map((a) => a.host), ["h1"]);
    assert.ok(r.cap.lines.some((l) => l.kind === "print" && l.text === "VERT.synchro.net updated through h1"));
    assert.deepStrictEqual(r.result, {
      exit: 0, outcome: "updated", server: "h1", attempts: [{ host: "h1", port: 8467, result: "ok" }], message: "VERT.synchro.net updated through h1",
    });
  });
  it("the success line names <id>.<domain>", () => {
    const r = update({ h1: ["ok"] }, { domain: "example.org" });
    assert.strictEqual(r.result.message, "VERT.example.org updated through h1");
  });
  it("refused, hung, closed and silent hosts are passed over", () => {
    const r = update({ h1: { refuse: true }, h2: { hang: true }, h3: ["id?", "ok"] });
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(r.net.attempts.map((a) => a.host), ["h1", "h2", "h3"]);
    const r2 = update({ h1: ["id?", { close: true }], h2: [{ silent: true }], h3: ["ok"] });
    assert.strictEqual(r2.code, 0);
  });
  it("a rejection stops at once", () => {
    const r = update({ h1: ["Invalid password", { close: true }], h2: ["ok"] });
    assert.strictEqual(r.code, 1);
    assert.deepStrictEqual(r.net.attempts.map((a) => a.host), ["h1"]);
    assert.ok(r.cap.lines.some((l) => l.kind === "error" && l.text === "h1 rejected the update: Invalid password"));
    assert.deepStrictEqual([r.result.outcome, r.result.server, r.result.attempts], ["rejected", "h1", [{ host: "h1", port: 8467, result: "rejected the update: Invalid password" }]]);
  });
  it("all hosts failing gives one summary line", () => {
    const r = update({ h1: { refuse: true }, h2: ["id?", { close: true }], h3: { hang: true } });
    assert.strictEqual(r.code, 1);
    const errors = r.cap.lines.filter((l) => l.kind === "error");
    assert.deepStrictEqual(errors.map((l) => l.text), [
      "update failed: h1:8467 refused the connection; h2:8467 closed the connection before ok; h3:8467 did not accept the connection within 10 s",
    ]);
  });
  it("each wait is a quarter of the run at most, and never past the deadline", () => {
    const r = update({ h1: { hang: true }, h2: { hang: true }, h3: { hang: true } }, { timeout: 8 });
    assert.deepStrictEqual(r.net.attempts.map((a) => a.timeout), [2, 2, 2]);
    const r2 = update({ h1: { hang: true }, h2: { hang: true }, h3: { hang: true } }, { timeout: 2 });
    assert.deepStrictEqual(r2.net.attempts.map((a) => a.timeout), [0.5, 0.5, 0.5]);
  });
  it("the deadline ends the run and names the hosts not tried", () => {
    const r = update({ h1: [{ silent: true }], h2: ["ok"] }, { timeout: 2, hosts: ["h1", "h1", "h1", "h1", "h1", "h2"] });
    assert.strictEqual(r.code, 1);
    const error = r.cap.lines.filter((l) => l.kind === "error")[0].text;
    assert.match(error, /not tried for lack of time: .*h2$/);
  });
});

describe("runUpdate: an IPv6 literal is shown in brackets in every line that names it", () => {
  const A = "2001:db8::7", B = "::1", C = "2001:db8::9";
  function lines(hosts, timeout = 60) {
    const clock = fakeClock();
    const net = fakeNetwork(hosts, clock);
    const cap = captureOutput();
    const result = runUpdate(Object.assign({}, SETTINGS, { hosts: Object.keys(hosts), timeout }), ANSWERS, net, cap.out, clock.now());
    return { result, text: cap.lines.map((l) => l.kind + ": " + l.text) };
  }
  it("connecting, a refusal, an update", () => {
    const r = lines({ [A]: { refuse: true }, [B]: ["id?", "ok"] });
    assert.deepStrictEqual(r.text.filter((l) => !/^(info: received|debug)/.test(l)), [
      "info: connecting to [2001:db8::7] port 8467", "warn: [2001:db8::7]:8467 refused the connection",
      "info: connecting to [::1] port 8467", "print: VERT.synchro.net updated through [::1]",
    ]);
    assert.strictEqual(r.result.message, "VERT.synchro.net updated through [::1]");
  });
  it("a rejection", () => {
    const r = lines({ [B]: ["Invalid password", { close: true }] });
    assert.ok(r.text.includes("error: [::1] rejected the update: Invalid password"), r.text.join("\n"));
  });
  it("the summary, and the hosts not tried for lack of time", () => {
    const r = lines({ [A]: { hang: true }, [B]: { hang: true }, "h3": { hang: true }, "h4": { hang: true }, [C]: ["ok"] }, 2);
    assert.strictEqual(r.text[r.text.length - 1], "error: update failed: [2001:db8::7]:8467 did not accept the connection within 0.5 s; "
      + "[::1]:8467 did not accept the connection within 0.5 s; h3:8467 did not accept the connection within 0.5 s; "
      + "h4:8467 did not accept the connection within 0.5 s; not tried for lack of time: [2001:db8::9]");
  });
  it("a name or an IPv4 address is shown as it is", () => {
    const r = lines({ "192.0.2.1": { refuse: true }, "dyndns.synchro.net": ["ok"] });
    assert.ok(r.text.includes("warn: 192.0.2.1:8467 refused the connection"));
    assert.ok(r.text.includes("print: VERT.synchro.net updated through dyndns.synchro.net"));
  });
});

describe("converse: what never reaches the wire", () => {
  for (const prompt of PROMPTS) {
    for (const brk of ["\r", "\n", "\r\n"]) {
      it("an answer to " + prompt + " holding " + JSON.stringify(brk) + " is not sent, and the host is given up", () => {
        const clock = fakeClock();
        const sent = [];
        const cap = captureOutput();
        const answers = Object.assign({}, ANSWERS, { [prompt]: "a" + brk + "b" });
        const conn = fakeConnection(["id?", prompt, "ok"], clock, sent);
        const outcome = converse(conn, answers, clock.now, { waitMs: 10000, deadline: clock.now() + 60000 }, cap.out);
        assert.deepStrictEqual(outcome, { kind: "failed", reason: "could not send an answer" });
        assert.deepStrictEqual(sent, prompt === "id?" ? [] : ["VERT"], "nothing after the bad answer");
        assert.ok(sent.every((l) => !/[\r\n]/.test(l)));
        assert.ok(!cap.lines.some((l) => /[\r\n]/.test(l.text)), "no log line holds a line break");
        assert.ok(!cap.lines.some((l) => l.text.startsWith("sent: a")), "nothing logged as sent that was not");
      });
    }
  }
  it("an answer with other control bytes is no business of converse (validation refuses them): sent as it is", () => {
    const r = session(["txt?", "ok"]);
    assert.deepStrictEqual(r.sent, ["Vertrauen"]);
  });
});

describe("converse: a send that fails", () => {
  function failing(script, sendFails) {
    const clock = fakeClock();
    const sent = [];
    const cap = captureOutput();
    const conn = fakeConnection(script, clock, sent, { sendFails });
    const outcome = converse(conn, ANSWERS, clock.now, { waitMs: 10000, deadline: clock.now() + 60000 }, cap.out);
    return { outcome, sent, cap, conn };
  }
  it("the first answer fails: the host is given up (another may do better), nothing more is read", () => {
    const r = failing(["id?", "pw?", "ok"], 1);
    assert.deepStrictEqual(r.outcome, { kind: "failed", reason: "could not send an answer" });
    assert.deepStrictEqual(r.sent, []);
    assert.strictEqual(r.conn.reads.length, 1);
    assert.ok(!r.cap.lines.some((l) => l.kind === "debug"), "nothing logged as sent: " + r.cap.text());
  });
  it("a later answer fails: what was sent before stays sent, in order", () => {
    const r = failing(["id?", "pw?", "ip?", "ok"], 3);
    assert.deepStrictEqual(r.outcome, { kind: "failed", reason: "could not send an answer" });
    assert.deepStrictEqual(r.sent, ["VERT", "s3cret"]);
    assert.deepStrictEqual(r.cap.lines.filter((l) => l.kind === "debug").map((l) => l.text), ["sent: VERT (for id?)", "sent: ******** (for pw?)"]);
  });
  it("the empty answer to a message fails: the message makes it a rejection", () => {
    const r = failing(["Invalid password", "ok"], 1);
    assert.deepStrictEqual(r.outcome, { kind: "rejected", messages: ["Invalid password"] });
  });
  it("ok needs no answer: a send that would fail then does not matter", () => {
    assert.deepStrictEqual(failing(["ok"], 1).outcome, { kind: "updated" });
  });
  it("runUpdate: a failed send is a warning, and the next host is tried", () => {
    const clock = fakeClock();
    const net = fakeNetwork({ h1: { script: ["id?", "ok"], sendFails: 1 }, h2: ["id?", "ok"] }, clock);
    const cap = captureOutput();
    const result = runUpdate(Object.assign({}, SETTINGS, { hosts: ["h1", "h2"] }), ANSWERS, net, cap.out, clock.now());
    assert.strictEqual(result.exit, 0);
    assert.deepStrictEqual(cap.lines.filter((l) => l.kind === "warn").map((l) => l.text), ["h1:8467 could not send an answer"]);
    assert.deepStrictEqual(result.attempts, [{ host: "h1", port: 8467, result: "could not send an answer" }, { host: "h2", port: 8467, result: "ok" }]);
    assert.ok(net.connections.h1[0].closed, "the failed session is closed");
  });
});
