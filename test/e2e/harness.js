"use strict";
// Runs the built dist/dyndns.js, unmodified, against fake DynDNS services on loopback:
// in the Synchronet emulator ("vm", or its prelude on a real SpiderMonkey shell: "js185",
// "js102", "js78") or under a real Synchronet jsexec ("jsexec-3.22a", "jsexec-3.30a": a scratch
// root of that version's pack per run, docs/developer.md; "jsexec" alone is 3.22a's). A scenario is
// written once and runs on several engines: see scenario() below.
const fs = require("fs");
const path = require("path");
const { runScript, makeCtrlDir, ENGINES } = require("../host");
const { startFakeService, closedPort, hungListener } = require("../fake/service");
const pack = require("../real/pack");
const { owned } = require("../support/leaks");
require("../support/register-ts");
const { PROMPTS, DEFAULT_PORT } = require("../../src/shared/core/protocol");

const DIST = path.join(__dirname, "../../dist/dyndns.js");
/** A fake service's script that asks every prompt, as the service does. */
const FULL = PROMPTS.slice();
const SYSTEM = { qwk_id: "VERT", name: "Vertrauen", host_name: "vert.synchro.net" };
/** The real jsexec of every version of Synchronet the real lanes run (test/real/pack.js VERSIONS). */
const REAL_ENGINES = pack.VERSIONS.map((v) => "jsexec-" + v);
/** Whether an engine is a real jsexec ("jsexec" alone is the first version's), and which version. */
const isReal = (engine) => engine === "jsexec" || REAL_ENGINES.includes(engine);
const versionOf = (engine) => (engine === "jsexec" ? pack.VERSIONS[0] : engine.slice("jsexec-".length));
/** The engines a scenario() runs on unless it says otherwise: the emulator and the real thing, each version. */
const SHARED_ENGINES = ["vm"].concat(REAL_ENGINES);
/** Options only the emulator can honour: they inject a trap into the host, which the real jsexec has no way to take. */
const EMULATOR_ONLY = ["context", "server", "names", "ipv6Local", "ipv4Local", "interfaces", "extraGlobals", "hostName", "user", "env", "js", "startupDir", "console", "shell", "es5Check", "sendFaults"];

/**
 * Runs the module once. Options:
 *   engine    "vm" (default), "js185", "js102", "js78", or a real Synchronet jsexec: "jsexec-3.22a",
 *             "jsexec-3.30a" (REAL_ENGINES; "jsexec" is 3.22a's)
 *   hosts     { name: script (steps for startFakeService) | {script, ...service options} | "refused" | "hung"
 *             | "unresolvable" (a name no resolver knows: listed in `hosts` under its own name, nothing behind it) }
 *   literal   point the module at the services by address, not by name: each name gets its own
 *             loopback address (127.0.0.2, 127.0.0.3... in the order of `hosts`; a "refused" one
 *             127.0.1.N, where nothing ever listens), all on one port, and the harness writes
 *             `hosts` and `port` into modopts. Always on for jsexec (real Synchronet resolves names
 *             for real); off by default in the emulator, whose names table routes the real names.
 *   routeIn   the ctrl file that gets those keys: by default modopts/dyndns.ini when the scenario
 *             has one (its root), else modopts.ini (its first [dyndns] section, added if missing).
 *             Name the file whose section wins when the scenario builds its own precedence.
 *             With no `hosts`, nothing is written: the scenario's own files say where to go.
 *   files     ctrl dir files, e.g. { "modopts.ini": "[dyndns]\npassword=x\n" }
 *   data      data dir files (system.data_dir), e.g. { "dyndns-vert.synchro.net.json": "..." };
 *   dataDirs  directories to make there (e.g. to stand where the module wants a file)
 *   argv, stdinTty (default true: a terminal, as by hand; false: a pipe, as from cron),
 *   logLevel/errorLevel (jsexec's -L/-E), system ({ qwk_id, name }: main.ini for jsexec), killAfterMs
 *   emulator only: context ("event"), server, names (more entries for its names table, e.g.
 *             { "VERT.synchro.net": "203.0.113.7" | [addresses] | {error: N} }), ipv6Local,
 *             sendFaults (send() short or failing on demand: test/host/index.js) and the rest of EMULATOR_ONLY.
 * Result: exitCode; stdout/stderr as written; out/err: the module's own lines on each (jsexec's
 * banner, timing and "!Module ... set exit_code" lines aside); sessions { name: [session] };
 * host(name)/hostPort(name): how the module names that server in its lines; port; elapsedMs;
 * engine; ctrlDir; ctrlBefore/ctrlAfter { file: text } (the scenario's ctrl files as written,
 * routing included, and after the run); dataDir (system.data_dir, with its slash) and dataAfter
 * { name: text } (its files after the run), readData(name) (text or null);
 * all (every output together). The emulator adds output (with levels), eventLog,
 * sockets and the other records of test/host.
 */
/**
 * How long a run may take before it is killed: a few seconds past the module's own timeout
 * (modopts `timeout` in the scenario's files, else its default of 60 s), at most 20 s; a
 * scenario may say otherwise (killAfterMs). A killed run fails its test, naming the scenario.
 */
function killAfterMsFor(options) {
  if (options.killAfterMs) return options.killAfterMs;
  let timeout = 60;
  for (const text of Object.values(options.files || {})) {
    const m = /^[ \t]*timeout[ \t]*[=:][ \t]*(\d+)[ \t]*$/m.exec(String(text));
    if (m) timeout = Number(m[1]);
  }
  return Math.min(20000, (timeout + 4) * 1000);
}

/** What a killed run was: the scenario's title, else its command line and hosts. */
function describeRun(options) {
  return options.title || "argv " + JSON.stringify(options.argv || []) + ", hosts " + JSON.stringify(Object.keys(options.hosts || {}));
}

async function dyndns(options) {
  options = Object.assign({}, options, { killAfterMs: killAfterMsFor(options) });
  const engine = options.engine || "vm";
  const real = isReal(engine);
  if (!real && !ENGINES.includes(engine)) throw new Error("dyndns(): unknown engine " + engine);
  const literal = real || !!options.literal;
  if (real) {
    const trap = EMULATOR_ONLY.filter((k) => options[k] !== undefined && !(k === "context" && options[k] === "jsexec"));
    if (trap.length) throw new Error("dyndns(): engine jsexec cannot take " + trap.join(", ") + " (that needs the emulator)");
  }
  const listening = literal ? await listenOnAddresses(options.hosts || {}) : await listenOnNames(options.hosts || {});
  try {
    const routed = literal && Object.keys(options.hosts || {}).length > 0;
    const files = routed ? routeTo(options, listening) : Object.assign({}, options.files || {});
    const run = real ? await runJsexec(options, files, versionOf(engine)) : await runEmulator(options, engine, files, Object.assign({}, options.names || {}, listening.names));
    if (run.killed) throw new Error("[" + engine + "] the module did not end: killed after " + options.killAfterMs + " ms (" + describeRun(options) + ")");
    await settle(listening.services);
    const sessions = {};
    for (const name of Object.keys(listening.services)) sessions[name] = listening.services[name].sessions;
    const port = literal ? listening.port : options.port || DEFAULT_PORT;
    const host = (name) => (literal ? listening.addresses[name] : name);
    return Object.assign(run, {
      engine, literal, sessions, port, host, ctrlBefore: files,
      readData: (name) => (Object.prototype.hasOwnProperty.call(run.dataAfter, name) ? run.dataAfter[name] : null),
      hostPort: (name) => host(name) + ":" + port,
      out: lines(run.stdout),
      err: moduleLines(run.stderr).filter((l) => !EXIT_LINE.test(l)),
      all: allText(run),
    });
  } finally {
    for (const o of listening.opened) await o.close();
  }
}

/** The emulator's services: each name routed through its names table to a service on 127.0.0.1. */
async function listenOnNames(hosts) {
  const opened = [];
  const services = {};
  const names = {};
  try {
    for (const name of Object.keys(hosts)) {
      const what = hosts[name];
      if (what === "unresolvable") continue; // not in the names table: EAI_NONAME
      if (what === "refused") {
        names[name] = "127.0.0.1:" + (await closedPort());
      } else if (what === "hung") {
        const hung = await hungListener();
        opened.push(hung);
        names[name] = hung.address;
      } else {
        const svc = await startFakeService(serviceOptions(what));
        opened.push(svc);
        services[name] = svc;
        names[name] = svc.address;
      }
    }
  } catch (e) {
    for (const o of opened) await o.close();
    throw e;
  }
  return { opened, services, names };
}

/**
 * Services on their own loopback addresses, one port for all (every 127/8 address reaches
 * loopback on Linux). The first listener takes a free port; when another address has that port
 * taken, everything is closed and tried again.
 */
async function listenOnAddresses(hosts) {
  const list = Object.keys(hosts);
  for (let attempt = 1; ; attempt++) {
    const opened = [];
    const services = {};
    const addresses = {};
    let port = 0;
    try {
      for (let i = 0; i < list.length; i++) {
        const what = hosts[list[i]];
        if (what === "unresolvable") { addresses[list[i]] = list[i]; continue; }
        // a refused server's address is one no test ever listens on
        const host = (what === "refused" ? "127.0.1." : "127.0.0.") + (2 + i);
        addresses[list[i]] = host;
        if (what === "refused") continue;
        if (what === "hung") {
          const hung = await hungListener({ host, port });
          opened.push(hung);
          port = hung.port;
        } else {
          const svc = await startFakeService(Object.assign(serviceOptions(what), { host, port }));
          opened.push(svc);
          services[list[i]] = svc;
          port = svc.port;
        }
      }
      if (!port) port = await pack.freePort();
      return { opened, services, addresses, port, names: {} };
    } catch (e) {
      for (const o of opened) await o.close();
      if (e.code !== "EADDRINUSE" || attempt >= 10) throw e;
    }
  }
}

function serviceOptions(what) {
  return Array.isArray(what) ? { script: what } : Object.assign({}, what);
}

/** The scenario's ctrl files with `hosts` and `port` pointing at the listening addresses. */
function routeTo(options, listening) {
  const files = Object.assign({}, options.files || {});
  const names = Object.keys(options.hosts || {});
  const hostsValue = names.map((n) => listening.addresses[n]).join(", ");
  const target = options.routeIn || (files["modopts/dyndns.ini"] !== undefined ? "modopts/dyndns.ini" : "modopts.ini");
  let text = files[target] === undefined ? "" : String(files[target]);
  if (target === "modopts/dyndns.ini") {
    text = pack.setRootKey(pack.setRootKey(text, "hosts", hostsValue), "port", listening.port);
  } else {
    text = pack.setIniKey(pack.setIniKey(text, "dyndns", "hosts", hostsValue), "dyndns", "port", listening.port);
  }
  files[target] = text;
  return files;
}

/** The scenario's data files and directories, written into a data dir before the run. */
function writeData(dataDir, options) {
  for (const [name, text] of Object.entries(options.data || {})) fs.writeFileSync(path.join(dataDir, name), Buffer.from(text, "latin1"));
  for (const name of options.dataDirs || []) fs.mkdirSync(path.join(dataDir, name), { recursive: true });
}

/** The data dir's files after the run, { name: text }. */
function readDataDir(dataDir) {
  const after = {};
  for (const name of fs.readdirSync(dataDir)) {
    const p = path.join(dataDir, name);
    if (fs.statSync(p).isFile()) after[name] = fs.readFileSync(p, "latin1");
  }
  return after;
}

async function runEmulator(options, engine, files, names) {
  const ctrlDir = makeCtrlDir(files);
  const dataDir = path.join(ctrlDir, "../data") + "/";
  writeData(dataDir, options);
  const run = await runScript({
    engine,
    script: DIST,
    context: options.context || "jsexec",
    argv: options.argv || [],
    ctrlDir,
    system: Object.assign({}, SYSTEM, options.system || {}),
    server: options.server,
    names,
    ipv6Local: options.ipv6Local || null,
    stdinTty: options.stdinTty === undefined ? true : options.stdinTty,
    logLevel: options.logLevel,
    errorLevel: options.errorLevel,
    killAfterMs: options.killAfterMs,
    sendFaults: options.sendFaults,
  });
  return Object.assign(run, { ctrlDir, ctrlAfter: readBack(ctrlDir, files), dataDir, dataAfter: readDataDir(dataDir) });
}

/** The scenario's ctrl files as they are after the run (the module must leave them alone). */
function readBack(ctrlDir, files) {
  const after = {};
  for (const rel of Object.keys(files)) {
    const p = path.join(ctrlDir, rel);
    after[rel] = fs.existsSync(p) ? fs.readFileSync(p, "latin1") : null;
  }
  return after;
}

/** The real jsexec of a version on a scratch root: the pack's ctrl/ with main.ini naming the system, the scenario's ctrl files. */
async function runJsexec(options, files, version) {
  const system = Object.assign({}, SYSTEM, options.system || {});
  const known = ["qwk_id", "name", "host_name"];
  const unknown = Object.keys(options.system || {}).filter((k) => !known.includes(k));
  if (unknown.length) throw new Error("dyndns(): engine jsexec cannot set system." + unknown.join(", system."));
  const rootFiles = {};
  for (const rel of Object.keys(files)) rootFiles["ctrl/" + rel] = files[rel];
  const root = await pack.makeRoot({ version, mainIni: { name: system.name, qwk_id: system.qwk_id }, files: rootFiles });
  const dataDir = root.file("data") + "/";
  writeData(dataDir, options);
  try {
    const flags = [];
    if (options.logLevel !== undefined) flags.push("-L" + options.logLevel);
    if (options.errorLevel !== undefined) flags.push("-E" + options.errorLevel);
    const r = await pack.jsexec(root, flags.concat([DIST], options.argv || []), {
      stdinTty: options.stdinTty === undefined ? true : options.stdinTty,
      killAfterMs: options.killAfterMs,
      label: describeRun(options),
      allowKill: true,
    });
    return {
      exitCode: r.killed ? null : r.status,
      killed: r.killed,
      signal: r.signal,
      elapsedMs: r.ms,
      stdout: r.stdout,
      stderr: r.stderr,
      ctrlDir: root.ctrl,
      ctrlAfter: readBack(root.ctrl, files),
      dataDir,
      dataAfter: readDataDir(dataDir),
    };
  } finally {
    root.remove();
  }
}

/** Lets the services see the end of each session (the client's last bytes and its close), briefly. */
async function settle(services) {
  const sessions = [];
  for (const svc of Object.values(services)) sessions.push(...svc.sessions);
  if (!sessions.length) return;
  await Promise.race([Promise.all(sessions.map((s) => s.done)), new Promise((r) => setTimeout(r, 1000).unref())]);
}

// jsexec's own lines in its status stream (a terminal's stderr, or stdout with -S): the banner,
// the config and script loading, the timing and the exit code it used. 3.30a says "Initializing
// engine" where 3.22a says "Creating runtime", and has no runtime of its own to destroy.
const JSEXEC_OWN = [
  /^$/, /^JSexec v/, /^Compiled .* with /, /^Loading configuration files from /, /^JavaScript-C ?\d/,
  /^JavaScript: (Creating runtime|Initializing engine|Destroying context|Destroying runtime)/, /^Reading script from /,
  / compiled in [\d.]+ seconds$/, /^Using JavaScript exit_code: /, / executed in [\d.]+ seconds$/, /^Returning error code: /,
];
const EXIT_LINE = /^!Module \(.*\) set exit_code: -?\d+$/;

function lines(text) {
  const list = String(text || "").split("\n");
  if (list[list.length - 1] === "") list.pop();
  return list;
}

/** The lines of a stream without jsexec's own (its exit-code line stays). */
function moduleLines(text) {
  return lines(text).filter((l) => !JSEXEC_OWN.some((re) => re.test(l)));
}

/** Everything the run wrote, wherever it went. */
function allText(run) {
  return (run.output || []).map((o) => o.text).join("\n") + "\n" + (run.stdout || "") + "\n" + (run.stderr || "");
}

/** The answers one session gave, as {prompt: answer}. */
function answersOf(session) {
  const out = {};
  for (const a of session.answers) out[a.prompt] = a.answer;
  return out;
}

/** Emulator only: the lines logged at one level. */
function linesAt(run, level) {
  if (!run.output) throw new Error("linesAt(): log levels are seen only in the emulator (engine " + run.engine + "); use r.out / r.err");
  return run.output.filter((o) => o.via === "log" && o.level === level).map((o) => o.text);
}

/**
 * What an observer sees of a run, as comparable lines: the exit status, every line each service
 * received (unless `received` is false), and the module's lines on stdout and stderr. The port,
 * the ctrl dir and the data dir, which differ between runs by construction, become <port>, <ctrl>
 * and <data>; a fraction of a second ("within 0.494 s": what was left of the run's time) becomes
 * <fraction> s.
 */
function observed(run, received = true) {
  const norm = (s) => s.split(run.ctrlDir + "/").join("<ctrl>/").split(run.ctrlDir).join("<ctrl>").split(run.dataDir).join("<data>/")
    .replace(new RegExp("\\b" + run.port + "\\b", "g"), "<port>").replace(/\b\d+\.\d+ s\b/g, "<fraction> s");
  const seen = ["exit status " + run.exitCode];
  for (const name of received ? Object.keys(run.sessions).sort() : []) {
    run.sessions[name].forEach((session, i) => {
      for (const l of lines(session.rawText)) seen.push(name + " session " + (i + 1) + " received: " + norm(l.replace(/\r$/, "")));
      seen.push(name + " session " + (i + 1) + " ended");
    });
  }
  for (const l of lines(run.stdout)) seen.push("stdout: " + norm(l));
  for (const l of moduleLines(run.stderr)) seen.push("stderr: " + norm(l));
  return seen;
}

/** null when two runs showed the same, else the first differing line of each. */
function firstDifference(a, b, received = true) {
  const x = observed(a, received);
  const y = observed(b, received);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) {
      return "line " + (i + 1) + ":\n    " + a.engine + ": " + (x[i] === undefined ? "(nothing more)" : JSON.stringify(x[i]))
        + "\n    " + b.engine + ": " + (y[i] === undefined ? "(nothing more)" : JSON.stringify(y[i]));
    }
  }
  return null;
}

// ---------------------------------------------------------------- scenarios on several engines

// Started scenario runs are prefetched a few at a time: when one test begins, the next ones
// start too, so that their waits (hung and silent servers, deadlines) overlap. The window counts
// runs (a scenario makes one per engine), so that adding an engine does not add processes
// competing at once for the machine: the deadline scenarios are timed to 150 ms.
const PREFETCH_RUNS = 8;
const queue = [];

function startFrom(job) {
  const at = queue.indexOf(job);
  for (let i = at, runs = 0; i < queue.length && (i === at || runs + queue[i].runs <= PREFETCH_RUNS); i++) {
    runs += queue[i].runs;
    // what a prefetched run opens belongs to its own test (test/support/leaks.js)
    if (!queue[i].promise) queue[i].promise = owned(queue[i].label, queue[i].run);
  }
  return job.promise;
}

/**
 * One scenario, written once, run on several engines (default SHARED_ENGINES, or
 * options.engines): defines one mocha test that runs dyndns(options) with literal hosts on each
 * engine, calls check(r) on every result (a failure names the engine), and when the emulator
 * ("vm") and a real jsexec both ran, fails on the first thing they showed differently
 * (exit status, a line a service received, a line of stdout or stderr), for each version.
 * options.compare: false skips that comparison; { received: false } leaves out what the
 * services received, for servers whose traffic depends on timing (say why next to it).
 */
function scenario(title, options, check) {
  const engines = options.engines || SHARED_ENGINES;
  const runOptions = Object.assign({}, options);
  delete runOptions.engines;
  delete runOptions.compare;
  const label = title + " [" + engines.join(", ") + "]";
  const job = {
    label,
    runs: engines.length,
    run: () => Promise.all(engines.map((engine) => dyndns(Object.assign({}, runOptions, { engine, literal: true, title })).then(
      (r) => ({ ok: true, r }), (error) => ({ ok: false, error, engine }),
    ))),
  };
  queue.push(job);
  it(label, async function () {
    this.timeout(60000);
    const results = await startFrom(job);
    const runs = [];
    for (const res of results) {
      if (!res.ok) {
        res.error.message = "[" + res.engine + "] " + res.error.message;
        throw res.error;
      }
      runs.push(res.r);
    }
    for (const r of runs) {
      try {
        if (check) await check(r);
      } catch (e) {
        e.message = "[" + r.engine + "] " + e.message + "\n  exit " + r.exitCode + "\n  stdout: " + JSON.stringify(r.stdout).slice(0, 1500)
          + "\n  stderr: " + JSON.stringify(r.stderr).slice(0, 1500);
        throw e;
      }
    }
    const vm = runs.find((r) => r.engine === "vm");
    for (const real of runs.filter((r) => isReal(r.engine))) {
      if (!vm || options.compare === false) break;
      const diff = firstDifference(vm, real, !(options.compare && options.compare.received === false));
      if (diff) throw new Error("the emulator and the real jsexec " + versionOf(real.engine) + " differ in \"" + title + "\", " + diff);
    }
  });
}

module.exports = {
  dyndns, scenario, answersOf, linesAt, allText, observed, firstDifference, moduleLines,
  FULL, SYSTEM, DIST, SHARED_ENGINES, REAL_ENGINES, isReal, versionOf,
};
