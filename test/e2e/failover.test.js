"use strict";
// Failover and bounds on the built file: every way a host can fail, with a short
// run timeout (modopts timeout = 4 gives 1 s per connect or line wait).
const assert = require("assert");
const { dyndns, answersOf, linesAt, FULL } = require("./harness");

const LOG_ERR = 3, LOG_WARNING = 4, LOG_INFO = 6;
const TIMEOUT = 4;
const FILES = { "modopts.ini": "[dyndns]\npassword = s3cret\ntimeout = " + TIMEOUT + "\n" };

function run(hosts) {
  return dyndns({ files: FILES, hosts });
}

function updatedThroughRob(r) {
  assert.strictEqual(r.exitCode, 0, r.all);
  assert.strictEqual(r.sessions["rob.synchro.net"].length, 1);
  assert.deepStrictEqual(answersOf(r.sessions["rob.synchro.net"][0])["pw?"], "s3cret");
  assert.match(r.stdout, /VERT\.synchro\.net updated through rob\.synchro\.net/);
}

describe("failover to the next host", function () {
  it("first host refuses", async () => {
    const r = await run({ "dyndns.synchro.net": "refused", "rob.synchro.net": FULL });
    updatedThroughRob(r);
    assert.deepStrictEqual(linesAt(r, LOG_WARNING), ["dyndns.synchro.net:8467 refused the connection"]);
  });

  it("first host never completes the connect", async () => {
    const r = await run({ "dyndns.synchro.net": "hung", "rob.synchro.net": FULL });
    updatedThroughRob(r);
    assert.deepStrictEqual(linesAt(r, LOG_WARNING), ["dyndns.synchro.net:8467 did not accept the connection within 1 s"]);
    assert.ok(r.elapsedMs >= 900 && r.elapsedMs < TIMEOUT * 1000, "took " + r.elapsedMs + " ms");
  });

  it("first host closes mid-session", async () => {
    const r = await run({ "dyndns.synchro.net": ["id?", "pw?", { close: true }], "rob.synchro.net": FULL });
    updatedThroughRob(r);
    assert.deepStrictEqual(linesAt(r, LOG_WARNING), ["dyndns.synchro.net:8467 closed the connection before ok"]);
  });

  it("first host is silent after accepting", async () => {
    const r = await run({ "dyndns.synchro.net": [{ silent: true }], "rob.synchro.net": FULL });
    updatedThroughRob(r);
    assert.deepStrictEqual(linesAt(r, LOG_WARNING), ["dyndns.synchro.net:8467 sent no line for 1 s"]);
  });

  it("first host trickles a byte at a time and never ends a line in time", async () => {
    const r = await run({ "dyndns.synchro.net": [{ trickle: "id?".repeat(50) + "\r\n", intervalMs: 100 }], "rob.synchro.net": FULL });
    updatedThroughRob(r);
    assert.deepStrictEqual(linesAt(r, LOG_WARNING), ["dyndns.synchro.net:8467 sent no line for 1 s"]);
  });

  it("first host sends endless lines", async () => {
    const r = await run({ "dyndns.synchro.net": [{ endless: true }], "rob.synchro.net": FULL });
    updatedThroughRob(r);
    assert.deepStrictEqual(linesAt(r, LOG_WARNING), ["dyndns.synchro.net:8467 sent more than 32 lines without ok"]);
  });

  it("an unknown host name is passed over", async () => {
    const r = await dyndns({ files: { "modopts.ini": FILES["modopts.ini"] + "hosts = nowhere.invalid, rob.synchro.net\n" }, hosts: { "rob.synchro.net": FULL } });
    updatedThroughRob(r);
    assert.match(linesAt(r, LOG_WARNING)[0], /^nowhere\.invalid:8467 could not be resolved/);
  });

  it("hosts and port from modopts", async () => {
    const r = await dyndns({ files: { "modopts.ini": FILES["modopts.ini"] + "hosts = cvs.synchro.net\nport = 9999\n" }, hosts: { "cvs.synchro.net": FULL } });
    assert.strictEqual(r.exitCode, 0, r.all);
    const connects = r.sockets.filter((s) => s.op === "connect");
    assert.deepStrictEqual(connects.map((c) => [c.host, c.port]), [["cvs.synchro.net", 9999]]);
  });
});

describe("every host failing", function () {
  it("one summary line naming each host and why, exit 1", async () => {
    const r = await run({
      "dyndns.synchro.net": "refused", "rob.synchro.net": ["id?", { close: true }],
      "bbs.synchro.net": [{ silent: true }], "cvs.synchro.net": "hung",
    });
    assert.strictEqual(r.exitCode, 1, r.all);
    assert.deepStrictEqual(linesAt(r, LOG_ERR), [
      "update failed: dyndns.synchro.net:8467 refused the connection; rob.synchro.net:8467 closed the connection before ok; "
      + "bbs.synchro.net:8467 sent no line for 1 s; cvs.synchro.net:8467 did not accept the connection within 1 s",
    ]);
    assert.match(r.stderr, /update failed: /, "visible from cron");
  });
});

describe("lines the client must survive", function () {
  it("an over-long line is cut, shown as a message and answered empty", async () => {
    const r = await run({ "dyndns.synchro.net": [{ longLine: 100000 }, "id?", "pw?"] });
    assert.strictEqual(r.exitCode, 0, r.all);
    const received = linesAt(r, LOG_INFO).filter((l) => /^received: x/.test(l));
    assert.strictEqual(received.length, 1);
    assert.ok(received[0].length < 600, "cut at the limit");
    assert.match(received[0], /\(line cut at its limit\)$/);
    assert.deepStrictEqual(answersOf(r.sessions["dyndns.synchro.net"][0])["pw?"], "s3cret");
  });

  it("binary and NUL bytes are escaped, the session goes on", async () => {
    const r = await run({ "dyndns.synchro.net": [{ raw: Buffer.from([0, 1, 2, 0x1b, 0x7f, 0x9b, 0xff, 13, 10]) }, "id?"] });
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.ok(linesAt(r, LOG_INFO).includes("received: \\x00\\x01\\x02\\x1B\\x7F\\x9B\u00ff"), linesAt(r, LOG_INFO).join("\n"));
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
    it("all hosts " + kind + ": exit 1 within timeout + 1 s", async () => {
      const hosts = {};
      for (const h of ["dyndns.synchro.net", "rob.synchro.net", "bbs.synchro.net", "cvs.synchro.net"]) hosts[h] = hostile[kind];
      const r = await dyndns({ files, hosts });
      assert.strictEqual(r.exitCode, 1, r.all);
      assert.ok(r.elapsedMs <= (DEADLINE + 1) * 1000, kind + " took " + r.elapsedMs + " ms");
      assert.strictEqual(linesAt(r, LOG_ERR).length, 1);
      assert.match(linesAt(r, LOG_ERR)[0], /^update failed: /);
    });
  }
});

describe("address literals in hosts", function () {
  it("an IPv6 literal gets an IPv6 socket", async () => {
    const { startFakeService } = require("../fake/service");
    const svc = await startFakeService({ host: "::1", script: ["id?", "pw?"] });
    try {
      const r = await dyndns({ files: { "modopts.ini": FILES["modopts.ini"] + "hosts = ::1\nport = " + svc.port + "\n" } });
      assert.strictEqual(r.exitCode, 0, r.all);
      assert.strictEqual(answersOf(svc.sessions[0])["pw?"], "s3cret");
    } finally {
      await svc.close();
    }
  });
});
