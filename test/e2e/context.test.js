"use strict";
// Inside the BBS (timed event, emulated here; test/real/ runs the real one) and from a console
// (jsexec, emulated and real): where output goes, and the bind.
const assert = require("assert");
const { dyndns, scenario, answersOf, FULL } = require("./harness");

const FILES = { "modopts.ini": "[dyndns]\npassword = s3cret\ntimeout = 4\n" };

describe("timed event context", function () {
  it("binds to server.interface_ip_address before connecting", async () => {
    const r = await dyndns({ context: "event", server: { interface_ip_address: "127.0.0.1" }, files: FILES, hosts: { "dyndns.synchro.net": FULL } });
    assert.strictEqual(r.exitCode, 0, r.all);
    const ops = r.sockets.filter((s) => s.op === "bind" || s.op === "connect").map((s) => s.op);
    assert.deepStrictEqual(ops, ["bind", "connect"]);
    assert.strictEqual(r.sockets.find((s) => s.op === "bind").address, "127.0.0.1");
    assert.strictEqual(answersOf(r.sessions["dyndns.synchro.net"][0])["id?"], "VERT");
  });

  for (const address of ["0.0.0.0", "255.255.255.255"]) {
    it("does not bind to " + address, async () => {
      const r = await dyndns({ context: "event", server: { interface_ip_address: address }, files: FILES, hosts: { "dyndns.synchro.net": FULL } });
      assert.strictEqual(r.exitCode, 0, r.all);
      assert.deepStrictEqual(r.sockets.filter((s) => s.op === "bind"), []);
    });
  }

  it("a failed bind is a warning and the update goes on", async () => {
    const r = await dyndns({ context: "event", server: { interface_ip_address: "192.0.2.77" }, files: FILES, hosts: { "dyndns.synchro.net": FULL } });
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.ok(r.eventLog.some((l) => l.level === 4 && /could not bind to the BBS interface 192\.0\.2\.77/.test(l.text)), JSON.stringify(r.eventLog));
  });

  describe("binds only where it can work", function () {
    const { nonLoopbackAddress } = require("../real/pack");
    const bindsOf = (r) => r.sockets.filter((s) => s.op === "bind").map((s) => s.address);

    it("a loopback interface is not bound toward a non-loopback server (Linux would refuse: EINVAL)", async () => {
      const local = nonLoopbackAddress();
      const r = await dyndns({
        context: "event", server: { interface_ip_address: "127.0.0.1" }, files: FILES,
        hosts: { "dyndns.synchro.net": { script: FULL, host: local } },
      });
      assert.strictEqual(r.exitCode, 0, r.all);
      assert.deepStrictEqual(bindsOf(r), []);
      assert.notStrictEqual(r.sessions["dyndns.synchro.net"][0].remoteAddress, "127.0.0.1");
      assert.ok(r.eventLog.some((l) => l.level === 6 && /not binding to the BBS interface 127\.0\.0\.1 \(loopback\) toward dyndns\.synchro\.net/.test(l.text)));
    });

    it("a non-loopback interface of this machine reaches a loopback server, and the server sees it", async () => {
      const local = nonLoopbackAddress();
      const r = await dyndns({ context: "event", server: { interface_ip_address: local }, files: FILES, hosts: { "dyndns.synchro.net": FULL } });
      assert.strictEqual(r.exitCode, 0, r.all);
      assert.deepStrictEqual(bindsOf(r), [local]);
      assert.strictEqual(r.sessions["dyndns.synchro.net"][0].remoteAddress, local);
    });

    it("a connect that fails with an address error after the bind is tried once more unbound, with a warning", async () => {
      // DNS round robin: the lookup before the bind says loopback, connect()'s own lookup gets a
      // remote address, which a loopback-bound socket cannot reach (EINVAL); the retry's lookup
      // gets loopback again.
      const { startFakeService } = require("../fake/service");
      const svc = await startFakeService({ script: FULL });
      try {
        const r = await dyndns({
          context: "event", server: { interface_ip_address: "127.0.0.1" }, files: FILES,
          names: { "dyndns.synchro.net": { rotate: [svc.address, "203.0.113.9:" + svc.port] } },
        });
        assert.strictEqual(r.exitCode, 0, r.all);
        const warnings = r.eventLog.filter((l) => l.level === 4).map((l) => l.text);
        assert.deepStrictEqual(warnings, ["could not connect to dyndns.synchro.net from the BBS interface 127.0.0.1: Invalid argument (error 22); trying again from the system's default address"]);
        assert.deepStrictEqual(bindsOf(r), ["127.0.0.1"], "bound once; the retry is not");
        assert.deepStrictEqual(r.sockets.filter((s) => s.op === "connect").map((c) => [c.result, c.error]), [[false, 22], [true, undefined]]);
        assert.strictEqual(svc.sessions.length, 1);
      } finally {
        await svc.close();
      }
    });
  });

  it("the outcome reaches the event log: print at INFO, failures at ERR", async () => {
    const ok = await dyndns({ context: "event", server: { interface_ip_address: "0.0.0.0" }, files: FILES, hosts: { "dyndns.synchro.net": FULL } });
    assert.ok(ok.eventLog.some((l) => l.level === 6 && /updated through dyndns\.synchro\.net/.test(l.text)));
    const bad = await dyndns({ context: "event", server: { interface_ip_address: "0.0.0.0" }, files: FILES, hosts: { "dyndns.synchro.net": [{ send: "No such account", close: true }] } });
    assert.strictEqual(bad.exitCode, 1);
    assert.ok(bad.eventLog.some((l) => l.level === 3 && /rejected the update: No such account/.test(l.text)));
  });
});

describe("jsexec context", function () {
  it("never binds (no server object) (vm)", async () => {
    const r = await dyndns({ files: FILES, hosts: { "dyndns.synchro.net": FULL } });
    assert.deepStrictEqual(r.sockets.filter((s) => s.op === "bind"), []);
  });

  scenario("from cron (stdin not a terminal): outcome on stdout, no INFO noise on stderr", { stdinTty: false, files: FILES, hosts: { "dyndns.synchro.net": FULL } }, (r) => {
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.ok(r.out.some((l) => /updated through/.test(l)));
    assert.strictEqual(r.stderr, "");
  });

  scenario("from cron: a failure reaches stderr", { stdinTty: false, files: FILES, hosts: { "dyndns.synchro.net": "refused" } }, (r) => {
    assert.strictEqual(r.exitCode, 1);
    assert.match(r.stderr, new RegExp("update failed: " + r.hostPort("dyndns.synchro.net").replace(/\./g, "\\.") + " refused the connection"));
  });

  scenario("by hand (stdin a terminal): the conversation shows on stderr", { stdinTty: true, files: FILES, hosts: { "dyndns.synchro.net": FULL } }, (r) => {
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.strictEqual(r.err[0], "connecting to " + r.host("dyndns.synchro.net") + " port " + r.port);
    assert.ok(r.err.includes("received: ok"));
  });
});
