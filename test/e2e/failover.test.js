"use strict";
// Failover and bounds on the built file: every way a host can fail, with a short run timeout
// (modopts timeout = 4 gives 1 s per connect or line wait), on the emulator and the real jsexec.
const assert = require("assert");
const { dyndns, scenario, answersOf, linesAt, FULL, REAL_ENGINES } = require("./harness");

const LOG_WARNING = 4;
const TIMEOUT = 4;
const FILES = { "modopts.ini": "[dyndns]\npassword = s3cret\ntimeout = " + TIMEOUT + "\n" };
const DYN = "dyndns.synchro.net";
const ROB = "rob.synchro.net";

/** From cron: the warnings and errors are all of stderr. */
function run(hosts) {
  return { files: FILES, hosts, stdinTty: false };
}

function updatedThroughRob(r) {
  assert.strictEqual(r.exitCode, 0, r.all);
  assert.strictEqual(r.sessions[ROB].length, 1);
  assert.deepStrictEqual(answersOf(r.sessions[ROB][0])["pw?"], "s3cret");
  assert.ok(r.out.includes("VERT.synchro.net updated through " + r.host(ROB)), r.out.join("\n"));
}

describe("failover to the next host", function () {
  scenario("first host refuses", run({ [DYN]: "refused", [ROB]: FULL }), (r) => {
    updatedThroughRob(r);
    assert.deepStrictEqual(r.err, [r.hostPort(DYN) + " refused the connection"]);
  });

  scenario("first host never completes the connect", run({ [DYN]: "hung", [ROB]: FULL }), (r) => {
    updatedThroughRob(r);
    assert.deepStrictEqual(r.err, [r.hostPort(DYN) + " did not accept the connection within 1 s"]);
    assert.ok(r.elapsedMs >= 900 && r.elapsedMs < TIMEOUT * 1000, "took " + r.elapsedMs + " ms");
  });

  scenario("first host closes mid-session", run({ [DYN]: ["id?", "pw?", { close: true }], [ROB]: FULL }), (r) => {
    updatedThroughRob(r);
    assert.deepStrictEqual(r.err, [r.hostPort(DYN) + " closed the connection before ok"]);
  });

  scenario("first host is silent after accepting", run({ [DYN]: [{ silent: true }], [ROB]: FULL }), (r) => {
    updatedThroughRob(r);
    assert.deepStrictEqual(r.err, [r.hostPort(DYN) + " sent no line for 1 s"]);
  });

  scenario("first host trickles a byte at a time and never ends a line in time", run({
    [DYN]: [{ trickle: "id?".repeat(50) + "\r\n", intervalMs: 100 }], [ROB]: FULL,
  }), (r) => {
    updatedThroughRob(r);
    assert.deepStrictEqual(r.err, [r.hostPort(DYN) + " sent no line for 1 s"]);
  });

  // How many lines reach the client before it hangs up, and so what it answered, is timing.
  scenario("first host sends endless lines", Object.assign(run({ [DYN]: [{ endless: true }], [ROB]: FULL }), { compare: { received: false } }), (r) => {
    updatedThroughRob(r);
    assert.deepStrictEqual(r.err, [r.hostPort(DYN) + " sent more than 32 lines without ok"]);
  });

  it("the warnings are at LOG_WARNING (vm)", async () => {
    const r = await dyndns({ files: FILES, hosts: { [DYN]: "refused", [ROB]: FULL } });
    assert.deepStrictEqual(linesAt(r, LOG_WARNING), ["dyndns.synchro.net:8467 refused the connection"]);
  });

  it("an unknown host name is passed over (vm)", async () => {
    const r = await dyndns({ files: { "modopts.ini": FILES["modopts.ini"] + "hosts = nowhere.invalid, rob.synchro.net\n" }, hosts: { [ROB]: FULL } });
    updatedThroughRob(r);
    assert.match(linesAt(r, LOG_WARNING)[0], /^nowhere\.invalid:8467 could not be resolved/);
  });

  it("hosts and port from modopts, by name (vm)", async () => {
    const r = await dyndns({ files: { "modopts.ini": FILES["modopts.ini"] + "hosts = cvs.synchro.net\nport = 9999\n" }, hosts: { "cvs.synchro.net": FULL } });
    assert.strictEqual(r.exitCode, 0, r.all);
    const connects = r.sockets.filter((s) => s.op === "connect");
    assert.deepStrictEqual(connects.map((c) => [c.host, c.port]), [["cvs.synchro.net", 9999]]);
  });
});

describe("a send that fails or sends short (vm: the emulator's sendFaults)", function () {
  it("every send takes 3 bytes: the rest follows, and the service gets every answer whole", async () => {
    const r = await dyndns({ files: FILES, hosts: { [DYN]: FULL }, sendFaults: { shortBytes: 3 } });
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.deepStrictEqual(answersOf(r.sessions[DYN][0]), {
      "id?": "VERT", "pw?": "s3cret", "ip?": "", "ip6?": "", "mx?": "", "txt?": "Vertrauen", "loc?": "", "wc?": "", "ttl?": "",
    });
    assert.strictEqual(r.sessions[DYN][0].rawText, "VERT\r\ns3cret\r\n\r\n\r\n\r\nVertrauen\r\n\r\n\r\n\r\n");
    assert.ok(r.sockets.filter((s) => s.op === "send" && s.fault === "short").length >= 4, "sent short");
  });
  it("every send takes 1 byte: still every answer whole", async () => {
    const r = await dyndns({ files: FILES, hosts: { [DYN]: ["id?", "pw?"] }, sendFaults: { shortBytes: 1 } });
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.strictEqual(r.sessions[DYN][0].rawText, "VERT\r\ns3cret\r\n");
  });
  it("the second send fails: that host is given up with a warning, nothing of the failed answer sent, the next host updates", async () => {
    const r = await dyndns({ files: FILES, hosts: { [DYN]: FULL, [ROB]: FULL }, sendFaults: { failAt: 2 } });
    updatedThroughRob(r);
    assert.strictEqual(r.sessions[DYN][0].rawText, "VERT\r\n");
    assert.deepStrictEqual(linesAt(r, LOG_WARNING), ["dyndns.synchro.net:8467 could not send an answer"]);
    // nothing is logged as sent that was not: dyndns got VERT only, rob all nine answers
    const sent = linesAt(r, 7).filter((l) => /^sent: /.test(l));
    assert.deepStrictEqual(sent.slice(0, 2), ["sent: VERT (for id?)", "sent: VERT (for id?)"]);
    assert.strictEqual(sent.length, 1 + 9);
    const sockets = r.sockets.filter((s) => s.op === "close").map((s) => s.socket);
    assert.strictEqual(new Set(sockets).size, 2, "both sockets closed");
  });
  it("a failed send with ECONNRESET on the only host: exit 1, the summary says so", async () => {
    const files = { "modopts.ini": FILES["modopts.ini"] + "hosts = dyndns.synchro.net\n" };
    const r = await dyndns({ files, hosts: { [DYN]: FULL }, sendFaults: { failAt: 1, failError: 104 }, stdinTty: false });
    assert.strictEqual(r.exitCode, 1, r.all);
    assert.deepStrictEqual(r.err, ["dyndns.synchro.net:8467 could not send an answer", "update failed: dyndns.synchro.net:8467 could not send an answer"]);
    assert.strictEqual(r.sessions[DYN][0].rawText, "");
  });
});

describe("every host failing", function () {
  scenario("one summary line naming each host and why, exit 1, visible from cron", run({
    [DYN]: "refused", [ROB]: ["id?", { close: true }], "bbs.synchro.net": [{ silent: true }], "cvs.synchro.net": "hung",
  }), (r) => {
    assert.strictEqual(r.exitCode, 1, r.all);
    assert.strictEqual(r.err[r.err.length - 1],
      "update failed: " + r.hostPort(DYN) + " refused the connection; " + r.hostPort(ROB) + " closed the connection before ok; "
      + r.hostPort("bbs.synchro.net") + " sent no line for 1 s; " + r.hostPort("cvs.synchro.net") + " did not accept the connection within 1 s");
  });
});

describe("lines the client must survive", function () {
  scenario("an over-long line is cut, shown as a message and answered empty", Object.assign(run({ [DYN]: [{ longLine: 100000 }, "id?", "pw?"] }), { stdinTty: true }), (r) => {
    assert.strictEqual(r.exitCode, 0, r.all);
    const received = r.err.filter((l) => /^received: x/.test(l));
    assert.strictEqual(received.length, 1);
    assert.ok(received[0].length < 600, "cut at the limit");
    assert.match(received[0], /\(line cut at its limit\)$/);
    assert.deepStrictEqual(answersOf(r.sessions[DYN][0])["pw?"], "s3cret");
  });

  scenario("binary and NUL bytes are escaped, the session goes on", Object.assign(run({ [DYN]: [{ raw: Buffer.from([0, 1, 2, 0x1b, 0x7f, 0x9b, 0xff, 13, 10]) }, "id?"] }), { stdinTty: true }), (r) => {
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.ok(r.err.includes("received: \\x00\\x01\\x02\\x1B\\x7F\\x9B\u00ff"), r.err.join("\n"));
  });
});

describe("the run's deadline holds against every hostile server", function () {
  // The shortest run timeout: 2 s, so 0.5 s for each connect or line wait.
  const DEADLINE = 2;
  const files = { "modopts.ini": "[dyndns]\npassword = s3cret\ntimeout = " + DEADLINE + "\n" };
  const hostile = {
    silent: [{ silent: true }],
    trickling: [{ trickle: "x".repeat(10000), intervalMs: 1000, repeat: true }],
    endless: [{ endless: true }],
    hung: "hung",
  };
  for (const kind of Object.keys(hostile)) {
    const hosts = {};
    for (const h of [DYN, ROB, "bbs.synchro.net", "cvs.synchro.net"]) hosts[h] = hostile[kind];
    // endless: how much each server got before the client hung up is timing
    const compare = kind === "endless" ? { received: false } : true;
    scenario("all hosts " + kind + ": exit 1 within timeout + 1 s", { files, hosts, stdinTty: false, compare }, (r) => {
      assert.strictEqual(r.exitCode, 1, r.all);
      assert.ok(r.elapsedMs <= (DEADLINE + 1) * 1000, kind + " took " + r.elapsedMs + " ms");
      assert.match(r.err[r.err.length - 1], /^update failed: /);
    });
  }
});

describe("address literals in hosts", function () {
  for (const engine of ["vm"].concat(REAL_ENGINES)) {
    it("an IPv6 literal gets an IPv6 socket [" + engine + "]", async () => {
      const { startFakeService } = require("../fake/service");
      const svc = await startFakeService({ host: "::1", script: ["id?", "pw?"] });
      try {
        const r = await dyndns({ engine, files: { "modopts.ini": FILES["modopts.ini"] + "hosts = ::1\nport = " + svc.port + "\n" } });
        assert.strictEqual(r.exitCode, 0, r.all);
        assert.strictEqual(answersOf(svc.sessions[0])["pw?"], "s3cret");
        assert.ok(r.out.includes("VERT.synchro.net updated through [::1]"), r.out.join("\n"));
      } finally {
        await svc.close();
      }
    });
    it("an IPv6 literal is named in brackets: refused, rejected [" + engine + "]", async () => {
      const { startFakeService } = require("../fake/service");
      const pack = require("../real/pack");
      const svc = await startFakeService({ host: "::1", script: ["id?", { send: "Invalid password", close: true }] });
      try {
        // 0:0:0:0:0:0:0:1 is ::1 too; nothing listens on it at the closed port
        const closed = await pack.freePort();
        const first = await dyndns({ engine, stdinTty: false, files: { "modopts.ini": FILES["modopts.ini"] + "hosts = ::1, 127.0.0.1\nport = " + closed + "\n" } });
        assert.strictEqual(first.exitCode, 1, first.all);
        assert.deepStrictEqual(first.err.slice(0, 1), ["[::1]:" + closed + " refused the connection"]);
        assert.strictEqual(first.err[first.err.length - 1], "update failed: [::1]:" + closed + " refused the connection; 127.0.0.1:" + closed + " refused the connection");
        const second = await dyndns({ engine, stdinTty: false, files: { "modopts.ini": FILES["modopts.ini"] + "hosts = ::1\nport = " + svc.port + "\n" } });
        assert.strictEqual(second.exitCode, 1, second.all);
        assert.deepStrictEqual(second.err, ["[::1] rejected the update: Invalid password"]);
      } finally {
        await svc.close();
      }
    });
  }
});
