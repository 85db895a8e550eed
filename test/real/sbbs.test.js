"use strict";
// dist/dyndns.js as a timed event of the real Synchronet BBS, 3.22a and 3.30a (the packs:
// docs/developer.md): one sbbs per version, terminal server only (the timed-event thread is part of it), the
// module in mods/, [event:DYNDNS] in ctrl/xtrn.ini, each run forced with data/DYNDNS.now.
// TelnetInterface is a non-loopback address of this machine, so the update must come from it.
const assert = require("assert");
const fs = require("fs");
const path = require("path");
const { PACKS } = require("./pack");
const { startFakeService } = require("../fake/service");
const { dyndns, answersOf, DIST, FULL } = require("../e2e/harness");
const { runScript, makeCtrlDir } = require("../host");
const { scriptFile } = require("../host/helpers");

const PASSWORD = "Sekr1t-0123";
const COMMAND = "?dyndns -mx";
const EVENT = [
  "[event:DYNDNS]", "\tcmd=" + COMMAND, "\tdays=0", "\ttime=0", "\tnode_num=1", "\tsettings=0", "\tstartup_dir=",
  "\tfreq=0", "\tmdays=0", "\tmonths=0", "\terrlevel=3", "\txtrn=", "",
].join("\n");
const ERRLEVEL = 3;

// What a module sees of its context as a timed event: 3.22a runs it in a scope of its own below
// the global (so `this.server` is undefined although `server` resolves), 3.30a in the global
// itself, with no js.terminate_on_disconnect. The module reads bare `server` and so works on both.
const CONTEXT_PROBE = 'log(LOG_INFO, "context " + JSON.stringify({ thisIsGlobal: this === js.global, scopeIsGlobal: js.scope === js.global,'
  + ' thisServer: typeof this.server, server: typeof server, globalArgv: typeof js.global.argv, argv: argv.join(" "),'
  + ' terminateOnDisconnect: typeof js.terminate_on_disconnect }));\n';
const CONTEXT_EVENT = EVENT.replace("[event:DYNDNS]", "[event:CONTEXT]").replace("cmd=" + COMMAND, "cmd=?context.js a b");
const CONTEXT_22 = { thisIsGlobal: false, scopeIsGlobal: false, thisServer: "undefined", server: "object", globalArgv: "undefined", argv: "a b", terminateOnDisconnect: "boolean" };
const CONTEXT = {
  "3.22a": CONTEXT_22,
  "3.30a": Object.assign({}, CONTEXT_22, { thisIsGlobal: true, scopeIsGlobal: true, thisServer: "object", globalArgv: "object", terminateOnDisconnect: "undefined" }),
};

function modopts(host, port) {
  return "[dyndns]\n\tpassword = " + PASSWORD + "\n\thosts = " + host + "\n\tport = " + port + "\n\ttimeout = 4\n";
}

/** Where this build writes events.log and error.log: main.ini [dir] logs=, relative to ctrl/. */
function logsDir(root) {
  const main = root.read("ctrl/main.ini");
  const dir = /^\[dir\][^[]*?^\s*logs\s*=\s*(.*?)\s*$/im.exec(main);
  return path.resolve(root.ctrl, dir ? dir[1] : "../data/logs/");
}

/** The module's own lines of one event run in events.log (between "Running" and "returned"). */
function moduleLinesOf(log) {
  const lines = log.split("\n").map((l) => l.replace(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {2}/, ""));
  const start = lines.findIndex((l) => l.startsWith("DYNDNS Running native timed event: "));
  const end = lines.findIndex((l, i) => i > start && l.startsWith("DYNDNS Timed event: "));
  return lines.slice(start + 1, end).map((l) => l.replace(/^DYNDNS /, ""));
}

for (const pack of PACKS) describe("a real timed event in a running BBS (sbbs " + pack.version + ")", function () {
  this.timeout(60000);
  const iface = pack.nonLoopbackAddress();
  let root;
  let bbs;
  let logs;
  const runs = {};

  /** Forces the event and waits for Synchronet's "returned N" line; returns what this run added to the logs. */
  async function forceEvent() {
    const mark = bbs.output().length;
    const eventsBefore = fs.existsSync(path.join(logs, "events.log")) ? fs.readFileSync(path.join(logs, "events.log"), "latin1").length : 0;
    const errorsBefore = fs.existsSync(path.join(logs, "error.log")) ? fs.readFileSync(path.join(logs, "error.log"), "latin1").length : 0;
    fs.writeFileSync(root.file("data/DYNDNS.now"), "");
    const m = await bbs.waitFor(/Timed event: '(.*)' returned (-?\d+)/, 20000, mark);
    const read = (f, from) => (fs.existsSync(path.join(logs, f)) ? fs.readFileSync(path.join(logs, f), "latin1").slice(from) : "");
    return { returned: Number(m[2]), command: m[1], console: bbs.output().slice(mark), events: read("events.log", eventsBefore), errors: read("error.log", errorsBefore) };
  }

  before(async function () {
    const xtrn = fs.readFileSync(path.join(pack.PACK, "ctrl/xtrn.ini"), "latin1").replace(/\n*$/, "\n\n") + EVENT + "\n" + CONTEXT_EVENT;
    root = await pack.makeRoot({
      mainIni: { name: "Vertrauen", qwk_id: "VERT" },
      sbbsIni: { BBS: { TelnetInterface: iface } },
      files: { "ctrl/xtrn.ini": xtrn, "mods/dyndns.js": fs.readFileSync(DIST), "mods/context.js": CONTEXT_PROBE, "ctrl/modopts.ini": modopts("127.0.0.2", 1) },
    });
    logs = logsDir(root);
    bbs = await pack.startSbbs(root, ["t!"]);
    await bbs.waitFor(new RegExp("Telnet Server listening on socket " + iface.replace(/\./g, "\\.") + " port "));

    // 1: an update through a service on loopback, from the BBS's non-loopback interface
    const ok = await startFakeService({ host: "127.0.0.2", script: FULL, closeDelayMs: 3000 });
    try {
      root.write("ctrl/modopts.ini", modopts("127.0.0.2", ok.port));
      runs.ok = await forceEvent();
      await ok.waitForSessions(1);
      runs.ok.sessions = ok.sessions;
    } finally {
      await ok.close();
    }

    // 2: a rejection
    const no = await startFakeService({ host: "127.0.0.2", script: ["id?", "pw?", { send: "Invalid password for VERT", close: true }] });
    try {
      root.write("ctrl/modopts.ini", modopts("127.0.0.2", no.port));
      runs.rejected = await forceEvent();
      runs.rejected.sessions = no.sessions;
    } finally {
      await no.close();
    }

    // 3: TelnetInterface on loopback, the service on this machine's non-loopback address
    const far = await startFakeService({ host: iface, script: FULL });
    try {
      const mark = bbs.output().length;
      root.write("ctrl/sbbs.ini", pack.setIniKey(root.read("ctrl/sbbs.ini"), "BBS", "TelnetInterface", "127.0.0.1"));
      fs.writeFileSync(root.file("ctrl/recycle"), "");
      await bbs.waitFor(/Telnet Server listening on socket 127\.0\.0\.1 port /, 20000, mark);
      root.write("ctrl/modopts.ini", modopts(iface, far.port));
      runs.loopback = await forceEvent();
      await far.waitForSessions(1);
      runs.loopback.sessions = far.sessions;
    } finally {
      await far.close();
    }

    // 4: what the event's script sees of its context
    const mark = bbs.output().length;
    fs.writeFileSync(root.file("data/CONTEXT.now"), "");
    runs.context = JSON.parse((await bbs.waitFor(/CONTEXT context (\{.*\})/, 20000, mark))[1]);

    runs.stopped = await bbs.stop();
  });

  after(async function () {
    if (bbs) await bbs.stop();
    if (root) root.remove();
  });

  it("runs the module from mods/ and the service gets every answer", () => {
    assert.strictEqual(runs.ok.returned, 0, runs.ok.console);
    assert.strictEqual(runs.ok.sessions.length, 1);
    assert.deepStrictEqual(answersOf(runs.ok.sessions[0]), {
      "id?": "VERT", "pw?": PASSWORD, "ip?": "", "ip6?": "", "mx?": "vert.synchro.net", "txt?": "Vertrauen", "loc?": "", "wc?": "", "ttl?": "",
    });
    assert.strictEqual(runs.ok.sessions[0].clientClosedFirst, true, "the module hung up after ok");
  });

  it("writes the outcome and 'returned 0' to events.log (" + "where main.ini [dir] logs= says)", () => {
    assert.ok(fs.existsSync(path.join(logs, "events.log")), "no events.log in " + logs);
    assert.match(runs.ok.events, /DYNDNS VERT\.synchro\.net updated through 127\.0\.0\.2\n/);
    assert.match(runs.ok.events, new RegExp("DYNDNS Timed event: '\\" + COMMAND + "' returned 0\\n"));
  });

  it("binds to TelnetInterface, a non-loopback address of this machine: the service sees the update come from it", () => {
    assert.strictEqual(runs.ok.sessions[0].remoteAddress, iface);
  });

  it("a rejection returns 1, logged at the event's error level (so it reaches error.log too)", () => {
    assert.strictEqual(runs.rejected.returned, 1, runs.rejected.console);
    assert.match(runs.rejected.events, /DYNDNS 127\.0\.0\.2 rejected the update: Invalid password for VERT\n/);
    assert.match(runs.rejected.events, new RegExp("DYNDNS Timed event: '\\" + COMMAND + "' returned 1\\n"));
    assert.strictEqual(ERRLEVEL, 3, "errlevel=3 is LOG_ERR");
    assert.match(runs.rejected.errors, new RegExp("Timed event: '\\" + COMMAND + "' returned 1"), "error.log: " + runs.rejected.errors);
    assert.match(runs.rejected.errors, /rejected the update: Invalid password for VERT/);
    assert.doesNotMatch(runs.ok.errors, /DYNDNS/, "a success writes nothing to error.log");
  });

  it("a loopback TelnetInterface is not bound toward a non-loopback server: the update comes from this machine's own address", () => {
    assert.strictEqual(runs.loopback.returned, 0, runs.loopback.console);
    assert.strictEqual(runs.loopback.sessions[0].remoteAddress, iface, "bound to 127.0.0.1 it would have come from 127.0.0.1");
    assert.match(runs.loopback.events, new RegExp("not binding to the BBS interface 127\\.0\\.0\\.1 \\(loopback\\) toward " + iface.replace(/\./g, "\\.")));
  });

  it("the password appears nowhere: events.log, the console, error.log", () => {
    const everything = [root.read("sbbs.out"), bbs.output()];
    for (const f of fs.readdirSync(logs)) if (/\.log$/.test(f)) everything.push(fs.readFileSync(path.join(logs, f), "latin1"));
    assert.ok(everything.join("").length > 1000, "the logs were read");
    for (const text of everything) assert.ok(!text.includes(PASSWORD), text);
  });

  it("shuts down cleanly on SIGTERM", () => {
    assert.deepStrictEqual(runs.stopped, { status: 0, signal: null });
    assert.match(bbs.output(), /BBS Events thread terminated/);
  });

  it("the module's context: " + (pack.version === "3.22a" ? "a scope of its own below the global, as the emulator's event"
    : "the global itself (the emulator's event is 3.22a's: a scope of its own)"), async () => {
    assert.deepStrictEqual(runs.context, CONTEXT[pack.version]);
    const r = await runScript({ engine: "vm", script: scriptFile(CONTEXT_PROBE, "context"), context: "event", argv: ["a", "b"],
      ctrlDir: makeCtrlDir({}), server: { interface_ip_address: iface }, killAfterMs: 20000 });
    const emulated = JSON.parse(r.eventLog.map((l) => l.text).find((t) => t.startsWith("context ")).slice("context ".length));
    // the emulator has no js.terminate_on_disconnect (a probe of test/host/agreement.test.js shows it)
    assert.deepStrictEqual(emulated, Object.assign({}, CONTEXT["3.22a"], { terminateOnDisconnect: "undefined" }));
  });

  it("the emulator's timed event logs the same lines as the real one", async () => {
    for (const [name, script] of [["ok", FULL], ["rejected", ["id?", "pw?", { send: "Invalid password for VERT", close: true }]]]) {
      const r = await dyndns({
        context: "event", literal: true, argv: ["-mx"], server: { interface_ip_address: iface },
        files: { "modopts.ini": modopts("127.0.0.2", 1).replace(/\thosts = .*\n/, "") }, hosts: { "dyndns.synchro.net": script },
      });
      const real = moduleLinesOf(runs[name].events).map((l) => l.replace(/ port \d+$/, " port <port>"));
      const emulated = r.eventLog.filter((l) => l.level <= 6).map((l) => l.text.replace(/ port \d+$/, " port <port>"));
      assert.deepStrictEqual(emulated, real, name);
      assert.strictEqual(r.exitCode, runs[name].returned, name);
    }
  });
});
