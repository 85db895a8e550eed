"use strict";
// npm run bench: measures the built dist/dyndns.js against its floors and bounds, prints
// one table and writes it to BENCHMARKS.md with the machine it ran on.
//
//   1 answer latency per prompt (emulator, vm)   vs a bare Node net client (own process)
//   2 whole update, process start to exit        vs the same client, one process per update
//   3 failover to the second host                vs the bound that should hold
//   4 every host hostile: wall time              vs the run's deadline + 1 s
//   5 cost in the real shells (js185, js102)     vs an empty script in the same shell
//   6 size of dist/dyndns.js and build time
//   7 the real jsexec of Synchronet 3.22a and 3.30a (the packs: docs/developer.md): whole update and
//     answer latency vs the same bare Node client; -n vs an empty script
//   8 the service in the real services server of 3.22a and 3.30a, into Knot and BIND (bench-dyndns-service.js)
//   9 the dyndns2 endpoint in the real web server, HTTP and HTTPS, vs 8467 and the UPDATE alone; the
//     read of the current records; 1 and 8 clients; a burst of 500 members (bench-dyndns2.js)
//   10 the hub's web pages with a 100,000-line audit log, on the real web server of 3.22a and 3.30a
//   11 the extra names ([dyndns:<name>]) on the real jsexec: one update per protocol, N names in one event (bench-names.js)
//
// The machine is shared and noisy: every figure is a median (or a max where a bound must
// always hold), ours and its floor are measured in the same run, interleaved.
// BENCH_QUICK=1 runs fewer iterations (for trying the bench out, not for the record).
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const zlib = require("node:zlib");
const { spawn, fork } = require("node:child_process");
const { runScript, makeCtrlDir, SHELLS } = require("../host");
const { HostSession } = require("../host/session");
const { startFakeService, closedPort, hungListener, DEFAULT_SCRIPT } = require("../fake/service");
const pack = require("../real/pack");
const { sectionService } = require("./bench-dyndns-service");
const { sectionDyndns2 } = require("./bench-dyndns2");
const { sectionPages, PAGES_MEASURED, interpretPages } = require("./bench-pages");
const { sectionNames } = require("./bench-names");

const ROOT = path.join(__dirname, "../..");
const DIST = path.join(ROOT, "dist/dyndns.js");
const HERE = __dirname;
const QUICK = !!process.env.BENCH_QUICK;
const N_LATENCY = QUICK ? 40 : 200; // updates for section 1 (each side)
const N_WHOLE = QUICK ? 5 : 20; // section 2 and 5
const N_FAILOVER = QUICK ? 2 : 5; // section 3
const N_WORST = QUICK ? 1 : 3; // section 4
const N_BUILD = QUICK ? 1 : 3; // section 6
const { DEFAULT_HOSTS: HOSTS } = require("../../src/shared/core/protocol");
const SYSTEM = { qwk_id: "VERT", name: "Vertrauen" };
const MODOPTS = "[dyndns]\npassword = s3cret\n";
const TIMEOUT = 8; // sections 3 and 4: each connect or line wait is min(10, 8/4) = 2 s
const WAIT_MS = 2000;
const DEADLINE_MS = TIMEOUT * 1000;
const MAX_LINES_NOTE = "the module gives a host up after 32 lines without ok";

const hr = () => Number(process.hrtime.bigint()) / 1e6;
const benchStart = hr();
const progress = (s) => process.stderr.write("[bench " + ((hr() - benchStart) / 1000).toFixed(0).padStart(3) + " s] " + s + "\n");

// ------------------------------------------------------------------ statistics
function sorted(xs) { return xs.filter((x) => typeof x === "number" && isFinite(x)).sort((a, b) => a - b); }
function median(xs) {
  const s = sorted(xs);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** nearest rank */
function pct(xs, p) {
  const s = sorted(xs);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
const max = (xs) => Math.max(...sorted(xs));
function ms(x, digits) {
  if (!isFinite(x)) return "n/a";
  if (digits !== undefined) return x.toFixed(digits);
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3);
}
const ratio = (a, b) => (isFinite(a) && isFinite(b) && b > 0 ? (a / b).toFixed(a / b >= 10 ? 0 : 1) + "×" : "n/a");
const signed = (x) => (isFinite(x) ? (x >= 0 ? "+" : "−") + ms(Math.abs(x)) : "n/a");

// ------------------------------------------------------------------ processes
/** spawn and time to exit: {ms, code, stdout, stderr} */
function timedSpawn(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const t0 = hr();
    const child = spawn(cmd, args, { cwd: opts.cwd || ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => { stdout += d; });
    child.stderr.on("data", (d) => { stderr += d; });
    child.on("error", (e) => resolve({ ms: NaN, code: -1, stdout, stderr: String(e) }));
    child.on("exit", (code) => {
      const t = hr() - t0;
      // 'exit' comes before the pipes are drained: wait for them, without counting it
      let pending = 2;
      const done = () => { if (--pending === 0) resolve({ ms: t, code, stdout, stderr }); };
      if (child.stdout.readableEnded) done(); else child.stdout.on("end", done);
      if (child.stderr.readableEnded) done(); else child.stderr.on("end", done);
    });
  });
}

/** the floor client as a long-lived forked process (its start-up is not in section 1) */
function startFloorChild() {
  const child = fork(path.join(HERE, "bench-floor-client.js"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return {
    run(port, count) {
      return new Promise((resolve, reject) => {
        child.once("message", (m) => (m.ok === count ? resolve(m) : reject(new Error("floor client: " + m.ok + "/" + count + " ok"))));
        child.send({ port, count });
      });
    },
    stop() { return new Promise((r) => { child.once("exit", r); child.send({ quit: true }); }); },
  };
}

// ------------------------------------------------------------------ the module in the emulator
async function runDyndns({ engine = "vm", names, modopts = MODOPTS, argv = [], script = DIST, killAfterMs = 30000 }) {
  const ctrlDir = makeCtrlDir({ "modopts.ini": modopts });
  const t0 = hr();
  const r = await runScript({ engine, script, context: "jsexec", argv, ctrlDir, system: SYSTEM, names: names || {}, killAfterMs });
  r.wallMs = hr() - t0;
  r.ctrlDir = ctrlDir;
  fs.rmSync(ctrlDir, { recursive: true, force: true });
  return r;
}
const namesFor = (map) => {
  const names = {};
  for (const [h, port] of Object.entries(map)) names[h] = "127.0.0.1:" + port;
  return names;
};
function mustExit(r, code, what) {
  if (r.exitCode !== code) throw new Error(what + ": exit " + r.exitCode + " (expected " + code + ")\n" + r.stdout + r.stderr + (r.uncaught || ""));
}

/** answer latencies of the given sessions: {prompt: [ms]} */
function latencies(sessions) {
  const by = {};
  for (const p of DEFAULT_SCRIPT) by[p] = [];
  for (const s of sessions) {
    for (const a of s.answers) if (by[a.prompt] && a.latencyMs !== null) by[a.prompt].push(a.latencyMs);
  }
  return by;
}

/**
 * When the module ran, host side: the prelude's first RPC (init) and exit(), per run (keyed by
 * its ctrl dir). Wraps the emulator's dispatch only while sections 3 and 4 run.
 */
const spans = new Map();
const origDispatch = HostSession.prototype.dispatch;
function trackSpans(on) {
  if (!on) { HostSession.prototype.dispatch = origDispatch; return; }
  HostSession.prototype.dispatch = function (op, args) {
    if (op === "init" || op === "exit" || op === "done" || op === "uncaught") {
      const k = this.opts.ctrlDir;
      const r = spans.get(k) || {};
      if (op === "init") r.init = Date.now() - this.t0; else if (r.end === undefined) r.end = Date.now() - this.t0;
      spans.set(k, r);
    }
    return origDispatch.call(this, op, args);
  };
}
const moduleMs = (r) => { const s = spans.get(r.ctrlDir); return s && s.end !== undefined && s.init !== undefined ? s.end - s.init : NaN; };
const startMs = (r) => { const s = spans.get(r.ctrlDir); return s && s.init !== undefined ? s.init : NaN; };

// ------------------------------------------------------------------ rows of the table
const rows = [];
const notes = [];
function row(section, what, ours, floor, cmp, n) { rows.push([section, what, ours, floor, cmp, n]); }

// ================================================================== 6. size and build
async function sectionSize() {
  progress("6: size and build time");
  const code = fs.readFileSync(DIST);
  const gz = zlib.gzipSync(code, { level: 9 });
  row("6", "dist/dyndns.js size (bytes; gzip -9)", String(code.length), "", "gzip " + gz.length + " (" + ((gz.length / code.length) * 100).toFixed(0) + "%)", "");
  const service = fs.readFileSync(path.join(ROOT, "dist/dyndns-service.js"));
  const serviceGz = zlib.gzipSync(service, { level: 9 });
  row("6", "dist/dyndns-service.js size (bytes; gzip -9)", String(service.length), "", "gzip " + serviceGz.length + " (" + ((serviceGz.length / service.length) * 100).toFixed(0) + "%)", "");
  const times = [];
  let status = "";
  for (let i = 0; i < N_BUILD; i++) {
    // --check does the whole build (tsc, esbuild, gates) and compares instead of writing:
    // the bench must not rewrite dist/ under the others' feet (npm run bench built it just before)
    const r = await timedSpawn(process.execPath, ["build.mjs", "--check"]);
    times.push(r.ms);
    status = r.code === 0 ? "dist matches src" : "dist differs from src: " + r.stderr.trim().split("\n")[0];
  }
  row("6", "build: node build.mjs (ms, median; timed as --check: same build, no write)", ms(median(times)), "", status, String(times.length));
}

// ================================================================== 1. answer latency
/** bench-service.js as a child process: {port, count(), sessions(), close()} */
function startServiceChild() {
  const child = fork(path.join(HERE, "bench-service.js"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const ask = (m, key) => new Promise((resolve) => {
    const on = (r) => { if (r[key] !== undefined) { child.off("message", on); resolve(r[key]); } };
    child.on("message", on);
    if (m) child.send(m);
  });
  return ask(null, "port").then((port) => ({
    port,
    count: () => ask({ count: true }, "count"),
    sessions: () => ask({ sessions: true }, "sessions"),
    close: () => new Promise((r) => { child.once("exit", r); child.send({ quit: true }); }),
  }));
}

async function sectionLatency() {
  progress("1: answer latency, " + N_LATENCY + " updates each (ours in the vm emulator, floor = bare net client, service: each in its own process)");
  const svc = await startServiceChild();
  const floor = startFloorChild();
  const names = namesFor({ "dyndns.synchro.net": svc.port });
  const ours = [];
  const floorSessions = [];
  const minimal = [];
  const quiet = [];
  // Sessions are fetched from the service's process once, at the end; until then, index ranges.
  const ranges = [];
  const take = async (from, into) => { ranges.push([from, await svc.count(), into]); };
  // warm-up, not counted
  for (let i = 0; i < 3; i++) mustExit(await runDyndns({ names }), 0, "warm-up");
  await floor.run(svc.port, 20);
  // interleaved blocks so that noise hits both sides alike
  const BLOCK = 25;
  for (let done = 0; done < N_LATENCY; done += BLOCK) {
    const k = Math.min(BLOCK, N_LATENCY - done);
    let from = await svc.count();
    for (let i = 0; i < k; i++) mustExit(await runDyndns({ names }), 0, "update");
    await take(from, ours);
    from = await svc.count();
    await floor.run(svc.port, k);
    await take(from, floorSessions);
    from = await svc.count();
    for (let i = 0; i < Math.ceil(k / 4); i++) mustExit(await runDyndns({ names, script: path.join(HERE, "bench-minimal.js") }), 0, "minimal");
    await take(from, minimal);
    from = await svc.count();
    for (let i = 0; i < Math.ceil(k / 4); i++) mustExit(await runDyndns({ names, argv: ["-q"] }), 0, "quiet update");
    await take(from, quiet);
  }
  const fetched = await svc.sessions();
  for (const [from, to, into] of ranges) for (let i = from; i < to; i++) into.push(fetched[i]);
  const a = latencies(ours);
  const f = latencies(floorSessions);
  const m = latencies(minimal);
  const all = (by) => [].concat(...Object.values(by));
  for (const p of DEFAULT_SCRIPT) {
    row("1", "answer latency `" + p + "` median / p99 (ms)", ms(median(a[p])) + " / " + ms(pct(a[p], 99)), ms(median(f[p])) + " / " + ms(pct(f[p], 99)),
      ratio(median(a[p]), median(f[p])) + " / " + ratio(pct(a[p], 99), pct(f[p], 99)), a[p].length + " / " + f[p].length);
  }
  const A = all(a), F = all(f), M = all(m), Q = all(latencies(quiet));
  row("1", "answer latency, all 9 prompts, median / p99 (ms)", ms(median(A)) + " / " + ms(pct(A, 99)), ms(median(F)) + " / " + ms(pct(F, 99)),
    ratio(median(A), median(F)) + " / " + ratio(pct(A, 99), pct(F, 99)), A.length + " / " + F.length);
  row("1r", "emulator's floor: minimal poll/recv/send script in the same emulator, all prompts, median / p99 (ms)",
    ms(median(M)) + " / " + ms(pct(M, 99)), ms(median(F)) + " / " + ms(pct(F, 99)), ratio(median(M), median(F)) + " / " + ratio(pct(M, 99), pct(F, 99)), M.length + " / " + F.length);
  row("1r", "ours with -q (no log() per line: each is a thread hand-off in the emulator, a direct call in Synchronet), all prompts, median / p99 (ms)",
    ms(median(Q)) + " / " + ms(pct(Q, 99)), ms(median(M)) + " / " + ms(pct(M, 99)) + " (minimal script)", ratio(median(Q), median(M)) + " / " + ratio(pct(Q, 99), pct(M, 99)), Q.length + " / " + M.length);
  const ids = (by) => by["id?"];
  notes.push("1: `id?` is the first line of a session; the other prompts follow an answer. Ours/floor sessions: "
    + ours.length + "/" + floorSessions.length + "; all ended with ok: " + [...ours, ...floorSessions].every((s) => s.answers.length === 9));
  notes.push("1: largest single answer latency: ours " + ms(max(A)) + " ms, floor " + ms(max(F)) + " ms, minimal script " + ms(max(M))
    + " ms (a Nagle / delayed-ACK stall would show as ~40 ms); answers over 10 ms: ours " + A.filter((x) => x > 10).length
    + ", floor " + F.filter((x) => x > 10).length + ".");
  await floor.stop();
  await svc.close();
  return { ours: A, floor: F, minimal: M, quiet: Q, idOurs: ids(a) };
}

/** where the time of one answer goes: host-side timestamps of every RPC, against the service's */
async function sectionAnswerPath() {
  progress("1: answer path decomposition (instrumented runs, not in the figures above)");
  const svc = await startFakeService({});
  const names = namesFor({ "dyndns.synchro.net": svc.port });
  const orig = HostSession.prototype.dispatch;
  let ops = null;
  HostSession.prototype.dispatch = async function (op, args) {
    const s = hr();
    const v = await orig.call(this, op, args);
    if (ops) ops.push({ op, s, e: hr() });
    return v;
  };
  const split = (script, runs) => ({ script, runs, lat: [], wake: [], worker: [], deliver: [], rpcs: [], gap: [], hostMs: [], seqs: {} });
  const oursS = split(DIST, QUICK ? 5 : 20);
  const miniS = split(path.join(HERE, "bench-minimal.js"), QUICK ? 3 : 10);
  try {
    for (let i = 0; i < Math.max(oursS.runs, miniS.runs); i++) {
      for (const S of [oursS, miniS]) {
        if (i >= S.runs) continue; // interleaved: ours, minimal, ours, ...
        ops = [];
        const from = svc.sessions.length;
        mustExit(await runDyndns({ names, script: S.script }), 0, "instrumented update");
        const list = ops;
        ops = null;
        const sess = svc.sessions[from];
        const tx = sess.events.filter((e) => e.dir === "tx");
        sess.answers.forEach((ans, j) => {
          if (j === 0) return; // id? races the connect's own RPCs
          const sentAt = sess.t0 + tx[j].t;
          const answerAt = sentAt + ans.latencyMs;
          // the poll that saw the prompt (a log() call may still be in flight when it arrives)
          const k = list.findIndex((o) => o.e >= sentAt && o.op === "s_poll");
          if (k < 0) return;
          const sendIdx = list.findIndex((o, x) => x > k && o.op === "s_send");
          if (sendIdx < 0) return;
          S.lat.push(ans.latencyMs);
          S.wake.push(list[k].e - sentAt);
          S.worker.push(list[sendIdx].s - list[k].e);
          S.deliver.push(answerAt - list[sendIdx].s);
          S.rpcs.push(sendIdx - k);
          for (let x = k + 1; x <= sendIdx; x++) { S.gap.push(list[x].s - list[x - 1].e); S.hostMs.push(list[x].e - list[x].s); }
          const seq = list.slice(k + 1, sendIdx + 1).map((o) => o.op).join(" ");
          S.seqs[seq] = (S.seqs[seq] || 0) + 1;
        });
      }
    }
  } finally {
    HostSession.prototype.dispatch = orig;
    await svc.close();
  }
  const { lat, wake, worker, deliver, rpcs, gap, hostMs, seqs } = oursS;
  const seq = Object.entries(seqs).sort((x, y) => y[1] - x[1])[0];
  row("1r", "ours, one answer (pw? .. ttl?) split, median ms: prompt written → waiting poll() answered | → s_send requested | → line at the service",
    ms(median(wake)) + " | " + ms(median(worker)) + " | " + ms(median(deliver)), "latency of these runs: " + ms(median(lat)),
    "path: poll, then " + (seq ? seq[0] : "?"), String(wake.length));
  const mseq = Object.entries(miniS.seqs).sort((x, y) => y[1] - x[1])[0];
  row("1r", "the minimal script, the same split (median ms)",
    ms(median(miniS.wake)) + " | " + ms(median(miniS.worker)) + " | " + ms(median(miniS.deliver)), "latency of these runs: " + ms(median(miniS.lat)),
    "path: poll, then " + (mseq ? mseq[0] : "?"), String(miniS.wake.length));
  row("1r", "one RPC on that path, median ms: host's reply → the script's next request (thread handoff + the script's work) | host's handling of the op",
    ms(median(gap)) + " | " + ms(median(hostMs)), ms(median(miniS.gap)) + " | " + ms(median(miniS.hostMs)) + " (minimal script)", ratio(median(gap), median(miniS.gap)), gap.length + " / " + miniS.gap.length);
  // the cost of one RPC, from inside the script
  const logs = [], props = [];
  for (let i = 0; i < (QUICK ? 1 : 3); i++) {
    const r = await runDyndns({ names: {}, script: path.join(HERE, "bench-rpc.js") });
    mustExit(r, 0, "rpc");
    const j = JSON.parse(r.stdout.trim().split("\n").pop());
    logs.push(...j.log);
    props.push(...j.prop);
  }
  row("1r", "one RPC in a tight loop in the script, vm (ms per call, median of rounds): log(LOG_DEBUG) | Socket property",
    ms(median(logs)) + " | " + ms(median(props)), "", "", String(logs.length) + " rounds");
  return { lat: median(lat), wake: median(wake), worker: median(worker), deliver: median(deliver), rpcs: median(rpcs), gap: median(gap), hostMs: median(hostMs),
    miniGap: median(miniS.gap), miniWorker: median(miniS.worker), miniRpcs: median(miniS.rpcs), rpcLoop: median(logs),
    seq: seq ? seq[0] : "?", miniSeq: mseq ? mseq[0] : "?" };
}

// ================================================================== 2. whole update
async function sectionWhole() {
  progress("2: whole update, process start to exit, " + N_WHOLE + " runs each");
  const svc = await startFakeService({});
  const names = namesFor({ "dyndns.synchro.net": svc.port });
  const vmProc = [], vmInner = [], vmRequire = [], vmNoEs5 = [], vmNoEs5Inner = [], js185 = [], js185Wall = [], floor = [], nodeBare = [];
  for (let i = 0; i < N_WHOLE + 1; i++) {
    const f = await timedSpawn(process.execPath, [path.join(HERE, "bench-floor-client.js"), String(svc.port), "1"]);
    if (f.code !== 0) throw new Error("floor client failed: " + f.stderr);
    const o = await timedSpawn(process.execPath, [path.join(HERE, "bench-run-once.js"), String(svc.port)]);
    if (o.code !== 0) throw new Error("bench-run-once failed: " + o.stdout + o.stderr);
    const j = JSON.parse(o.stdout.trim().split("\n").pop());
    const q = await timedSpawn(process.execPath, [path.join(HERE, "bench-run-once.js"), String(svc.port), "vm", "noes5"]);
    if (q.code !== 0) throw new Error("bench-run-once noes5 failed: " + q.stdout + q.stderr);
    const jq = JSON.parse(q.stdout.trim().split("\n").pop());
    const s = await runDyndns({ engine: "js185", names });
    mustExit(s, 0, "js185 update");
    const b = await timedSpawn(process.execPath, ["-e", "0"]);
    if (i === 0) continue; // warm-up (page cache)
    floor.push(f.ms);
    vmProc.push(o.ms);
    vmInner.push(j.elapsedMs);
    vmRequire.push(j.requireMs);
    vmNoEs5.push(q.ms);
    vmNoEs5Inner.push(jq.elapsedMs);
    js185.push(s.elapsedMs);
    js185Wall.push(s.wallMs);
    nodeBare.push(b.ms);
  }
  await svc.close();
  const F = median(floor);
  row("2", "whole update, ours = node + emulator (vm), spawn → exit (ms, median)", ms(median(vmProc)), ms(F) + " (node net client)", ratio(median(vmProc), F), vmProc.length + " / " + floor.length);
  row("2", "whole update, ours on the js185 shell: runScript elapsedMs (ms, median)", ms(median(js185)), ms(F) + " (node net client)", ratio(median(js185), F), js185.length + " / " + floor.length);
  row("2r", "split of ours (vm), ms: `node -e 0` spawn → exit | in the runner: require(emulator) | runScript elapsedMs (first run in the process)",
    ms(median(nodeBare)) + " | " + ms(median(vmRequire)) + " | " + ms(median(vmInner)), "", "", String(nodeBare.length));
  row("2r", "the same runner with the emulator's acorn ES5 gate off (es5Check: false): spawn → exit | runScript elapsedMs",
    ms(median(vmNoEs5)) + " | " + ms(median(vmNoEs5Inner)), ms(median(vmProc)) + " | " + ms(median(vmInner)) + " (gate on)", signed(median(vmNoEs5) - median(vmProc)), String(vmNoEs5.length));
  return { vmProc: median(vmProc), js185: median(js185), js185Wall: median(js185Wall), floor: F, nodeBare: median(nodeBare), vmInner: median(vmInner), vmRequire: median(vmRequire), vmNoEs5: median(vmNoEs5), vmNoEs5Inner: median(vmNoEs5Inner) };
}

// ================================================================== 3. failover
async function sectionFailover() {
  progress("3: failover, " + N_FAILOVER + " runs each, timeout = " + TIMEOUT + " (each wait " + WAIT_MS + " ms)");
  const modopts = MODOPTS + "timeout = " + TIMEOUT + "\n";
  const good = await startFakeService({});
  const midClose = await startFakeService({ script: ["id?", "pw?", { close: true }] });
  const silent = await startFakeService({ script: [{ silent: true }] });
  const hung = await hungListener({ maxMs: 120000 });
  const refused = await closedPort();
  const kinds = [
    ["plain", "no failover: first host answers (the reference)", good.port, 0],
    ["a", "first host refuses", refused, 0],
    ["b", "first host closes after id? pw?", midClose.port, 0],
    ["c", "first host silent after accept", silent.port, WAIT_MS],
    ["d", "first host never completes the connect (hung)", hung.port, WAIT_MS],
  ];
  const res = {};
  for (const k of kinds) res[k[0]] = { total: [], detect: [], span: [] };
  try {
    for (let i = 0; i < N_FAILOVER; i++) {
      for (const [key, , port] of kinds) {
        const names = key === "plain" ? namesFor({ "dyndns.synchro.net": good.port })
          : namesFor({ "dyndns.synchro.net": port, "rob.synchro.net": good.port });
        const r = await runDyndns({ names, modopts });
        mustExit(r, 0, "failover " + key);
        if (key !== "plain" && !/updated through rob\.synchro\.net/.test(r.stdout)) throw new Error("failover " + key + ": not through rob\n" + r.stdout + r.stderr);
        const connects = r.sockets.filter((s) => s.op === "connect");
        res[key].total.push(r.elapsedMs);
        if (connects.length >= 2) res[key].detect.push(connects[1].t - connects[0].t);
        const closes = r.sockets.filter((s) => s.op === "close");
        if (connects.length && closes.length) res[key].span.push(closes[closes.length - 1].t - connects[0].t);
      }
    }
  } finally {
    await good.close(); await midClose.close(); await silent.close(); await hung.close();
  }
  const plain = median(res.plain.total);
  const plainSpan = median(res.plain.span);
  row("3", "reference: one update, no failover: elapsedMs [first connect() → last close()] (ms, median)", ms(plain) + " [" + ms(plainSpan) + "]", "", "", String(res.plain.total.length));
  for (const [key, what, , extra] of kinds.slice(1)) {
    const t = median(res[key].total);
    const sp = median(res[key].span);
    row("3", "failover (" + key + ") " + what + ": time to ok on host 2, elapsedMs [first connect() → last close()] {1st → 2nd connect()} (ms, median)",
      ms(t) + " [" + ms(sp) + "] {" + ms(median(res[key].detect)) + "}",
      ms(plain + extra) + " [" + ms(plainSpan + extra) + "]" + (extra ? " (plain + one wait)" : " (plain)"),
      signed(t - plain - extra) + " [" + signed(sp - plainSpan - extra) + "]", String(res[key].total.length));
  }
  return { plain, plainSpan, res };
}

// ================================================================== 4. worst case
async function sectionWorst() {
  progress("4: every host hostile, " + N_WORST + " rounds of 4 kinds run side by side (~9 s a round)");
  const modopts = MODOPTS + "timeout = " + TIMEOUT + "\n";
  const kinds = {
    silent: () => startFakeService({ script: [{ silent: true }] }),
    "hung on connect": () => hungListener({ maxMs: 120000 }),
    "trickle 1 B/s": () => startFakeService({ script: [{ trickle: "x".repeat(100000), intervalMs: 1000, repeat: true }] }),
    "endless lines": () => startFakeService({ script: [{ endless: true }] }),
  };
  const res = {};
  for (const k of Object.keys(kinds)) res[k] = { ms: [], codes: [], module: [], start: [] };
  for (let round = 0; round < N_WORST; round++) {
    await Promise.all(Object.keys(kinds).map(async (k) => {
      const svc = await kinds[k]();
      try {
        const names = {};
        for (const h of HOSTS) names[h] = "127.0.0.1:" + svc.port;
        const r = await runDyndns({ names, modopts, killAfterMs: 30000 });
        res[k].ms.push(r.elapsedMs);
        res[k].codes.push(r.exitCode);
        res[k].module.push(moduleMs(r));
        res[k].start.push(startMs(r));
        // per host: connect → first recv, first recv → close (see the 4r row)
        let c = null, first = null;
        for (const o of r.sockets) {
          if (o.op === "connect") { c = o.t; first = null; }
          else if (o.op === "recv" && first === null && c !== null) { first = o.t; (res[k].toFirstRecv = res[k].toFirstRecv || []).push(first - c); }
          else if (o.op === "close" && first !== null) { (res[k].recvToClose = res[k].recvToClose || []).push(o.t - first); first = null; c = null; }
        }
      } finally {
        await svc.close();
      }
    }));
  }
  for (const k of Object.keys(kinds)) {
    const worst = max(res[k].ms);
    const limit = DEADLINE_MS + 1000;
    const pass = worst <= limit && res[k].codes.every((c) => c === 1);
    row("4", "all 4 hosts " + k + ": elapsedMs max (median) [module: init → exit, max] (ms)", ms(worst) + " (" + ms(median(res[k].ms)) + ") [" + ms(max(res[k].module)) + "]",
      "deadline " + DEADLINE_MS + ", limit " + limit + " (emulator start " + ms(median(res[k].start)) + ")", (pass ? "PASS" : "FAIL") + " " + signed(worst - DEADLINE_MS) + " vs deadline", String(res[k].ms.length));
  }
  const e = res["endless lines"];
  if (e.toFirstRecv) {
    row("4r", "endless lines, per host (median ms): connect → first recv() | first recv() → close (the module reading 32 lines)",
      ms(median(e.toFirstRecv)) + " | " + ms(median(e.recvToClose)), "", "", String(e.toFirstRecv.length) + " hosts");
  }
  return res;
}

// ================================================================== 5. cost in the real engines
async function sectionEngines() {
  progress("5: cost in the real shells, " + N_WHOLE + " runs each");
  const res = {};
  for (const e of ["js185", "js102"]) res[e] = { dry: [], empty: [], raw: [] };
  for (let i = 0; i < N_WHOLE + 1; i++) {
    for (const e of ["js185", "js102"]) {
      const d = await runDyndns({ engine: e, argv: ["-n"] });
      mustExit(d, 0, e + " -n");
      const z = await runDyndns({ engine: e, script: path.join(HERE, "bench-empty.js") });
      mustExit(z, 0, e + " empty");
      const raw = await timedSpawn(SHELLS[e], ["-e", "quit(0)"]);
      if (i === 0) continue;
      res[e].dry.push(d.elapsedMs);
      res[e].empty.push(z.elapsedMs);
      res[e].raw.push(raw.ms);
    }
  }
  for (const e of ["js185", "js102"]) {
    const d = median(res[e].dry), z = median(res[e].empty);
    row("5", e + ": dist/dyndns.js -n vs empty script, runScript elapsedMs (ms, median)", ms(d), ms(z), ratio(d, z) + " (" + signed(d - z) + " ms)", String(res[e].dry.length));
    row("5r", e + ": raw shell start, `js -e 'quit(0)'` spawn → exit (ms, median)", ms(median(res[e].raw)), "", "", String(res[e].raw.length));
  }
  res.js185raw = median(res.js185.raw);
  return res;
}

// ================================================================== 7. the real jsexec
// Every version of the packs (3.22a, 3.30a) against the same service and the same bare client,
// interleaved run by run and block by block, so that the machine's noise falls on each alike.
async function sectionReal() {
  const packs = pack.PACKS;
  progress("7: the real jsexec (Synchronet " + packs.map((p) => p.version).join(", ") + "), " + N_WHOLE + " whole updates and -n runs each, "
    + N_LATENCY + " updates for latency each");
  const svc = await startServiceChild();
  const floor = startFloorChild();
  const roots = [];
  for (const p of packs) {
    roots.push(await p.makeRoot({
      mainIni: { name: SYSTEM.name, qwk_id: SYSTEM.qwk_id },
      files: { "ctrl/modopts.ini": MODOPTS + "hosts = 127.0.0.1\nport = " + svc.port + "\n" },
    }));
  }
  const res = packs.map(() => ({ whole: [], dry: [], empty: [], sessions: [] }));
  const floorWhole = [];
  const floorSessions = [];
  const ranges = [];
  try {
    const update = async (root) => {
      const r = await pack.jsexec(root, [DIST]);
      if (r.status !== 0) throw new Error("real jsexec " + root.version + " update: exit " + r.status + "\n" + r.stdout + r.stderr);
      return r.ms;
    };
    // whole update: spawn to exit, interleaved with the bare client's, first round a warm-up
    for (let i = 0; i < N_WHOLE + 1; i++) {
      const f = await timedSpawn(process.execPath, [path.join(HERE, "bench-floor-client.js"), String(svc.port), "1"]);
      if (f.code !== 0) throw new Error("floor client failed: " + f.stderr);
      if (i > 0) floorWhole.push(f.ms);
      for (const [v, root] of roots.entries()) {
        const o = await update(root);
        const d = await pack.jsexec(root, [DIST, "-n"]);
        if (d.status !== 0) throw new Error("real jsexec " + root.version + " -n: exit " + d.status + "\n" + d.stdout + d.stderr);
        const z = await pack.jsexec(root, [path.join(HERE, "bench-empty.js")]);
        if (z.status !== 0) throw new Error("real jsexec " + root.version + " empty script: exit " + z.status + "\n" + z.stderr);
        if (i === 0) continue;
        res[v].whole.push(o);
        res[v].dry.push(d.ms);
        res[v].empty.push(z.ms);
      }
    }
    // answer latency: blocks of 25 updates, each version's then the floor's, against one service process
    await floor.run(svc.port, 5);
    const BLOCK = 25;
    for (let done = 0; done < N_LATENCY; done += BLOCK) {
      const k = Math.min(BLOCK, N_LATENCY - done);
      for (const [v, root] of roots.entries()) {
        const from = await svc.count();
        for (let i = 0; i < k; i++) await update(root);
        ranges.push([from, await svc.count(), res[v].sessions]);
      }
      const from = await svc.count();
      await floor.run(svc.port, k);
      ranges.push([from, await svc.count(), floorSessions]);
    }
    const fetched = await svc.sessions();
    for (const [from, to, into] of ranges) for (let i = from; i < to; i++) into.push(fetched[i]);
  } finally {
    await floor.stop();
    await svc.close();
    for (const root of roots) root.remove();
  }
  const all = (by) => [].concat(...Object.values(by));
  const F = all(latencies(floorSessions));
  const FW = median(floorWhole);
  const out = { floorWhole: FW, latFloor: median(F), versions: [] };
  for (const [v, p] of packs.entries()) {
    const r = res[v];
    const A = all(latencies(r.sessions));
    const W = median(r.whole);
    const who = "real jsexec " + p.version;
    row("7", who + ": whole update, spawn → exit (ms, median / max)", ms(W) + " / " + ms(max(r.whole)), ms(FW) + " / " + ms(max(floorWhole)) + " (node net client)",
      ratio(W, FW), r.whole.length + " / " + floorWhole.length);
    row("7", who + ": answer latency, all 9 prompts, median / p99 (ms)", ms(median(A)) + " / " + ms(pct(A, 99)), ms(median(F)) + " / " + ms(pct(F, 99)) + " (node net client)",
      ratio(median(A), median(F)) + " / " + ratio(pct(A, 99), pct(F, 99)), A.length + " / " + F.length);
    row("7", who + ": dist/dyndns.js -n vs an empty script, spawn → exit (ms, median)", ms(median(r.dry)), ms(median(r.empty)) + " (empty script)",
      ratio(median(r.dry), median(r.empty)) + " (" + signed(median(r.dry) - median(r.empty)) + " ms)", String(r.dry.length));
    notes.push("7: real jsexec " + p.version + " sessions: " + r.sessions.length + ", all ended with ok: " + r.sessions.every((x) => x.answers.length === 9)
      + "; largest single answer latency: ours " + ms(max(A)) + " ms, floor " + ms(max(F)) + " ms.");
    out.versions.push({ version: p.version, engine: p.engine, whole: W, lat: median(A), dry: median(r.dry), empty: median(r.empty) });
  }
  return out;
}

// ================================================================== output
function machine() {
  const cpus = os.cpus();
  return {
    cpu: (cpus[0] && cpus[0].model ? cpus[0].model.trim() : "unknown") + ", " + cpus.length + " cores",
    mem: (os.totalmem() / 2 ** 30).toFixed(1) + " GiB",
    node: process.version,
    os: os.type() + " " + os.release() + " " + os.arch(),
    load: os.loadavg().map((x) => x.toFixed(2)).join(" "),
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  };
}

function table() {
  const head = ["#", "measure", "ours", "floor / bound", "ours vs floor", "n (ours / floor)"];
  const esc = (s) => String(s).replace(/\|/g, "\\|");
  const lines = ["| " + head.join(" | ") + " |", "|" + head.map(() => "---").join("|") + "|"];
  for (const r of rows) lines.push("| " + r.map(esc).join(" | ") + " |");
  return lines.join("\n");
}

async function main() {
  const m0 = machine();
  await sectionSize();
  const lat = await sectionLatency();
  const path1 = await sectionAnswerPath();
  const whole = await sectionWhole();
  trackSpans(true);
  const failover = await sectionFailover();
  const worst = await sectionWorst();
  trackSpans(false);
  const engines = await sectionEngines();
  const real = await sectionReal();
  const service = await sectionService({ row, progress, median, pct, ms, quick: QUICK });
  const dyndns2 = await sectionDyndns2({ row, progress, median, pct, ms, quick: QUICK });
  const pages = await sectionPages({ row, progress, median, pct, ms, quick: QUICK });
  await sectionNames({ row, progress, median, ms, quick: QUICK });
  const m = machine();
  const totalS = (hr() - benchStart) / 1000;
  const header = [
    "Machine: " + m.cpu + ", " + m.mem + " RAM, " + m.os,
    "Node " + m.node + "; " + m.date + "; load average at start " + m0.load + ", at end " + m.load + "; bench took " + totalS.toFixed(0) + " s" + (QUICK ? " (BENCH_QUICK: reduced counts)" : ""),
  ];
  const t = table();
  process.stdout.write("\n" + header.join("\n") + "\n\n" + t + "\n");
  for (const n of notes) process.stdout.write("\n" + n + "\n");
  writeMarkdown(header, t, { lat, path1, whole, worst, failover, engines, real, service, dyndns2, pages, plain: failover.plain, js185raw: engines.js185raw });
}

function writeMarkdown(header, t, d) {
  const md = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (`test/bench/benchmark.js`); re-run it to refresh. Medians over",
    "interleaved runs, since the machine is shared and noisy; ratios are ours ÷ floor.",
    "",
    ...header.map((h) => "- " + h),
    "",
    t,
    "",
    "## What is measured",
    "",
    "- **1** The fake service (`test/fake/service.js`) stamps each prompt when it writes it and each",
    "  answer when its line arrives (`latencyMs`). Ours: `dist/dyndns.js` in the emulator (engine `vm`,",
    "  jsexec, modopts `password`), one `runScript` per update, the service in the same process as",
    "  the emulator's host side (as in the e2e tests). Floor: `bench-floor-client.js`, a bare Node",
    "  `net` client answering from a fixed table, in its own (forked, already started) process, against",
    "  the same service instance, interleaved by blocks of 25 updates. `1r` rows split ours: the",
    "  minimal Synchronet-API script `bench-minimal.js` (poll, recv, send, nothing else) in the same",
    "  emulator is the emulator's own floor, and an instrumented run stamps each RPC on the host side.",
    "- **2** Process start to exit on loopback. Ours (vm): `node bench-run-once.js <port>` (loads the",
    "  emulator, one `runScript`). Ours (js185): `runScript({engine: 'js185'})`'s `elapsedMs`, which",
    "  runs from the emulator session's creation (before the shell is spawned) to after the shell has",
    "  exited, its stdio has closed and the emulator has cleaned up: shell start, prelude, module,",
    "  shell exit, but not Node's own start (the bench process is already running). For `vm` it",
    "  likewise covers the acorn ES5 check, the worker thread's start and the vm realm.",
    "  Floor: `node bench-floor-client.js <port> 1`.",
    "- **3** modopts `timeout = 8`, so each connect or line wait is 2 s. Time to `ok` on the second",
    "  host: `elapsedMs`; in brackets the module's own part, from its first `connect()` to its last",
    "  `close()` (the emulator's socket log); in braces the time between the first and the second",
    "  `connect()`, i.e. how long the client took to give up on the first host. Bound: (a, b) one plain",
    "  update; (c, d) one plain update + one wait (2 s).",
    "- **4** `timeout = 8`, all four names on one hostile endpoint; the four kinds of a round run side",
    "  by side. The run's deadline is 8 s after the module starts; the limit is 9 s of `elapsedMs`,",
    "  which also includes the emulator's start (\"emulator start\": session creation to the prelude's",
    "  first RPC, i.e. ES5 gate, worker thread, realm). In brackets the module's own span, host side,",
    "  from that first RPC to `exit()`.",
    "- **5** `runScript` `elapsedMs` of `dist/dyndns.js -n` (dry run: parse, settings, print) and of",
    "  `bench-empty.js` in the same shell, so the difference is what loading and running the module costs.",
    "- **6** `node build.mjs --check` does the same TypeScript + esbuild + gates work as `npm run build`",
    "  and compares with `dist/dyndns.js` instead of writing it.",
    "- **7** The real Synchronet `jsexec` of each pack, 3.22a (`../shared/engines/sbbs/`, SpiderMonkey 1.8.5)",
    "  and 3.30a (`../shared/engines/sbbs330/`, SpiderMonkey 128, through its wrapper and its own glibc loader),",
    "  one scratch root each (`test/real/pack.js`; stdin not a terminal, as from cron), modopts",
    "  `hosts = 127.0.0.1` and the port of `bench-service.js` (the fake service in its own process). Whole",
    "  update: `jsexec dyndns.js` spawn → exit against `node bench-floor-client.js <port> 1`, the versions",
    "  and the floor interleaved run by run. Answer latency: the service's `latencyMs`, blocks of 25",
    "  jsexec updates of each version then 25 updates of the forked floor client. `-n`: `jsexec dyndns.js -n`",
    "  against `jsexec bench-empty.js`, spawn → exit.",
    "- **8** The service (`bench-dyndns-service.js`): `dist/dyndns-service.js` in the real services server",
    "  (`sbbs s!`) of each version, 3.22a and 3.30a, one hub each with QWKnet accounts, both publishing to",
    "  one real Knot DNS 3.2 (then one BIND 9.18), all on loopback, their sessions interleaved by blocks.",
    "  A bare Node client answers the nine prompts at once and times connect → `ok`; each",
    "  session changes the A record, so each is one login(), 12 TSIG-signed queries (6 types × the name",
    "  and its wildcard) and one TSIG-signed UPDATE. Floor: that UPDATE alone (same Knot, same key),",
    "  built and signed by the same DNS core in Node and sent over TCP by Node, interleaved with ours",
    "  by blocks of 25. Then sessions that change nothing (no UPDATE), the rate one client at a time",
    "  and with several clients on different ids, and our real jsexec client's whole run.",
    "- **9** The dyndns2 endpoint (`bench-dyndns2.js`): `dist/nic/index.ssjs` in the real web server of",
    "  Synchronet 3.22a and `dist/dyndns-service.js` on 8467 in the same sbbs process (`test/web/realHub.js`),",
    "  publishing to a real Knot DNS 3.2, then (the same hub, its settings pointed elsewhere) a real BIND 9.18.",
    "  A bare Node client sends each update as ddclient and inadyn do: a new connection (and over HTTPS a new",
    "  TLS session, the certificate checked against the lab's CA) per request, Basic auth, a User-Agent;",
    "  each changes the member's A record (one web login, one read of the current records, one UPDATE).",
    "  Floors, interleaved by blocks of 25: the same change through 8467 and the UPDATE alone (section 8's).",
    "  `nochg`: the same address again (the read, no UPDATE); `nohost`: another member's name (no DNS",
    "  work). The read alone: `src/shared/host/dnsServer.ts`'s `currentRecords()` (12 TSIG-signed queries,",
    "  6 types × the name and its wildcard, sent at once on one TCP connection) run n times in one real",
    "  jsexec (`test/entries/dns-server.js`; Date's milliseconds, so the mean is the figure), against Node",
    "  sending the same 12 signed queries at once, and one after another. Rates: n requests from 1 client,",
    "  and from 8 clients at once (each its own id and its own loopback source address). The burst: 500",
    "  QWKnet accounts, each sending one update from its own loopback address: one every 120 ms (500",
    "  within a minute), then all at once with the web server's default `MaxClients` (100), then all at",
    "  once with `MaxClients` 1000 (`ctrl/sbbs.ini` changed and the web server recycled); after each round",
    "  `kdig` checks that every name has the address of that round.",
    ...PAGES_MEASURED,
    "- **11** The extra names (`bench-names.js`, docs/names.md) on the real jsexec of each version: `11a` one",
    "  run of `dist/dyndns.js -q` with one `[dyndns:<name>]` section per protocol, spawn to exit, every run",
    "  sending (status file removed, address changed): dyndns2, DuckDNS and Cloudflare to their stand-ins",
    "  over HTTPS (Synchronet's TLS, a handshake guard thread each), RFC 2136 to a real Knot over TCP;",
    "  floor: the same jsexec running an empty script. `11b` N dyndns2 sections in one event against one",
    "  No-IP stand-in, every name sending; the cost of one more name is (T(N) - T(1)) / (N - 1).",
    "",
    "## Reading the figures",
    "",
    ...interpret(d),
    ...interpretPages(d.pages, ms),
    ...notes.map((n) => "- " + n),
    "",
  ];
  fs.writeFileSync(path.join(ROOT, "BENCHMARKS.md"), md.join("\n"));
  progress("wrote BENCHMARKS.md");
}

function interpret(d) {
  const out = [];
  const p = d.path1;
  const ours = median(d.lat.ours), floor = median(d.lat.floor), mini = median(d.lat.minimal);
  out.push("- **Answer latency.** Ours " + ms(ours) + " ms against " + ms(floor) + " ms for a bare Node client (" + ratio(ours, floor)
    + "), but the emulator's own floor, a script that only polls, receives and sends, is already " + ms(mini) + " ms (" + ratio(mini, floor)
    + "): ours is " + ratio(ours, mini) + " that. In the instrumented runs an answer is " + ms(p.wake) + " ms from the prompt's write to"
    + " the host answering the waiting poll(), then " + ms(p.worker) + " ms until send() is requested (" + p.rpcs + " RPCs: " + p.seq
    + "), then " + ms(p.deliver) + " ms until the line is at the service. One RPC on that path costs "
    + ms(p.gap) + " ms from the host's reply to the next request, of which the host's own handling is " + ms(p.hostMs)
    + " ms: the rest is the thread handoff (postMessage, Atomics.wait/notify, the main thread's event loop) plus the script's"
    + " own work between calls. The minimal script's gap is " + ms(p.miniGap) + " ms, so the module's own work (line splitting,"
    + " prompt lookup, redaction) is at most ~" + ms(Math.max(0, p.gap - p.miniGap)) + " ms per RPC: noise-level."
    + (p.rpcs > p.miniRpcs
      ? " The module makes " + (p.rpcs - p.miniRpcs) + " more RPC(s) than the minimal script (" + p.miniSeq + ") before its answer is sent."
      : " Before its answer is sent the module makes no more RPCs than the minimal script (" + p.miniSeq + "): it logs after sending.")
    + " Its two log() calls per line (received, sent) still come before the next poll(), so a prompt that arrives meanwhile"
    + " waits for them: with -q (no log lines) ours is " + ms(median(d.lat.quiet)) + " ms, " + ratio(median(d.lat.quiet), mini)
    + " the minimal script. In Synchronet log() is a direct call, not a thread hand-off.");
  out.push("- **Whole update.** Node's own start (`node -e 0`, " + ms(d.whole.nodeBare) + " ms) is most of the floor (" + ms(d.whole.floor)
    + " ms). The vm runner adds loading the emulator (" + ms(d.whole.vmRequire) + " ms) and a first, cold runScript (" + ms(d.whole.vmInner)
    + " ms, against ~" + ms(d.plain) + " ms warm in section 3): a cold worker thread and the emulator's acorn ES5 gate over the " + (fs.statSync(DIST).size / 1024).toFixed(0) + " KB"
    + " file (turning the gate off gives " + ms(d.whole.vmNoEs5Inner) + " ms). On js185 the same update is " + ms(d.whole.js185)
    + " ms, below the Node floor because a SpiderMonkey shell starts in ~" + ms(d.js185raw) + " ms where Node needs ~" + ms(d.whole.nodeBare) + ".");
  const f = d.failover.res;
  out.push("- **Failover.** The time between the first and the second connect() is the client's own decision time: refused "
    + ms(median(f.a.detect)) + " ms, closed mid-session " + ms(median(f.b.detect)) + " ms (two prompts answered first), silent "
    + ms(median(f.c.detect)) + " ms and hung " + ms(median(f.d.detect)) + " ms, i.e. one 2 s wait; everything else is the normal"
    + " update on the second host. Measured from the first connect() to the last close(), which leaves out the emulator's"
    + " start (the noisiest part of elapsedMs), the largest median distance from the bound is "
    + ms(Math.max(...["a", "b", "c", "d"].map((k) => Math.abs(median(f[k].span) - (d.failover.plainSpan + (k === "c" || k === "d" ? WAIT_MS : 0)))))) + " ms.");
  const w = d.worst;
  const wk = Object.keys(w);
  out.push("- **Worst case.** The module itself stays on its deadline (host side, init → exit, max: "
    + wk.map((k) => k + " " + ms(max(w[k].module))).join(", ") + " ms against 8000); what elapsedMs adds beyond that is"
    + " the emulator starting the worker and checking the file (~" + ms(median([].concat(...wk.map((k) => w[k].start)))) + " ms with"
    + " the four runs side by side). Endless lines end early (" + MAX_LINES_NOTE + "): per host, the module reads and gives up in"
    + " the time the 4r row shows (the fake yields its event loop, shared with the emulator's host, every 64 lines).");
  const r = d.real;
  const first = r.versions[0];
  out.push("- **Real jsexec.** " + r.versions.map((v) => "On " + v.version + " (" + v.engine + ") a whole update, from spawning jsexec to its exit,"
    + " takes " + ms(v.whole) + " ms (" + ratio(v.whole, r.floorWhole) + " the bare Node client's " + ms(r.floorWhole) + " ms), an answer "
    + ms(v.lat) + " ms against " + ms(r.latFloor) + " ms (" + ratio(v.lat, r.latFloor) + "), and `-n` costs " + signed(v.dry - v.empty)
    + " ms over an empty script (" + ms(v.empty) + " ms: jsexec loading the configuration and starting its engine).").join(" ")
    + r.versions.slice(1).map((v) => " Against " + first.version + ", " + v.version + " takes " + ratio(v.whole, first.whole) + " the time for a whole update, "
      + ratio(v.empty, first.empty) + " for an empty script (" + signed(v.empty - first.empty) + " ms: its engine's start and its own"
      + " glibc loader) and " + ratio(v.dry - v.empty, first.dry - first.empty) + " for loading and running `-n` on top of it.").join("")
    + " None of the emulator's thread hand-offs is in these figures.");
  const [v0, ...later] = pack.VERSIONS;
  const k = d.service.knot[v0];
  const b = d.service.bind[v0];
  out.push("- **The service.** An update through it into Knot takes " + ms(k.changed) + " ms against " + ms(k.floor) + " ms for the DNS"
    + " UPDATE alone, so the service adds " + ms(k.changed - k.floor) + " ms (BIND: " + ms(b.changed) + " against " + ms(b.floor) + ", +"
    + ms(b.changed - b.floor) + "): the services server starting a script for the connection, nine prompts and answers, login() on"
    + " the user database, reading the current records (a session that changes nothing, with those 12 queries but no UPDATE, takes "
    + ms(k.same) + " ms) and SpiderMonkey 1.8.5 signing and verifying. That is " + k.seqRate.toFixed(0) + " updates a second into Knot"
    + " one client at a time and " + k.parRate.toFixed(0) + " with " + 4 + " at once (BIND " + b.seqRate.toFixed(0) + " / " + b.parRate.toFixed(0)
    + "); a network of thousands of BBSes updating twice a day needs a fraction of one. With Knot, " + k.slow + " of " + k.n
    + " updates waited about 1 s for Knot's answer (its p99): the wait is between the UPDATE leaving and Knot's answer arriving"
    + " (in a separate check the service's polls were cut to 100 ms slices and the wait stayed ~980 ms); the same sessions into"
    + " BIND had " + b.slow + " such waits, and Node's UPDATEs straight to Knot " + k.slowFloor + ": an effect inside Knot when"
    + " updates arrive this way, not the service's. (These figures are " + v0 + "'s.)"
    + later.map((v) => {
      const k2 = d.service.knot[v];
      const b2 = d.service.bind[v];
      return " On " + v + " (SpiderMonkey 128), side by side with " + v0 + " on the same DNS server, an update through the service"
        + " into Knot takes " + ms(k2.changed) + " ms (" + ratio(k2.changed, k.changed) + " " + v0 + "'s), a session with nothing to change "
        + ms(k2.same) + " ms (" + ratio(k2.same, k.same) + "), " + k2.seqRate.toFixed(0) + " updates a second one client at a time and "
        + k2.parRate.toFixed(0) + " with 4 (BIND: " + ms(b2.changed) + " ms, " + b2.seqRate.toFixed(0) + " / " + b2.parRate.toFixed(0)
        + "); a member's whole update with " + v + "'s jsexec takes " + ms(k2.whole) + " ms against " + ms(k.whole) + " ms.";
    }).join(""));
  out.push(...interpretDyndns2(d.dyndns2));
  const e = d.engines;
  out.push("- **Real engines.** Loading and running `-n` costs " + signed(median(e.js185.dry) - median(e.js185.empty)) + " ms on js185 and "
    + signed(median(e.js102.dry) - median(e.js102.empty)) + " ms on js102 over an empty script; an empty script itself costs the"
    + " shell's start plus the emulator's glue and prelude over stdin/stdout (compare the raw shell start).");
  return out;
}

function interpretDyndns2(d) {
  const k = d.knot;
  const b = d.bind;
  const mean = (xs) => xs.reduce((a, x) => a + x, 0) / xs.length;
  const both = (f, how = "into") => ms(f(k)) + " ms " + how + " Knot and " + ms(f(b)) + " ms " + how + " BIND";
  const burst = (x) => x.good + " of " + x.n + " answered `good`, " + x.published + " names with their new address";
  return [
    "- **dyndns2.** An update through the web server takes " + both((x) => median(x.httpMs)) + " over HTTP, against "
      + both((x) => median(x.s8467)) + " through 8467 and " + both((x) => median(x.alone)) + " for the UPDATE alone; over HTTPS "
      + both((x) => median(x.httpsMs)) + ": a TLS handshake per request, which is what the clients do. The read of the"
      + " current records, now one exchange of 12 queries sent at once, costs " + both((x) => mean(x.readJsexec), "with")
      + " in the real jsexec, where Node sends and gets the same 12 signed queries in " + both((x) => median(x.readPipelined), "with")
      + " (one after another: " + both((x) => median(x.readSequential), "with") + "): the round trips are not what it costs."
      + " What is left is computing HMAC-SHA256 in SpiderMonkey 1.8.5 for 12 queries and 12 answers"
      + " (`node test/bench/dns-core.js` gives its cost per message on each engine). Seen from a client, a request that"
      + " changes nothing costs " + both((x) => median(x.nochg) - median(x.nohost), "with") + " more than one refused before any DNS work.",
    "- **dyndns2 rates and the burst.** One client at a time: " + k.rates.http1.perSecond.toFixed(1) + " updates a second over HTTP, "
      + k.rates.https1.perSecond.toFixed(1) + " over HTTPS into Knot (BIND " + b.rates.http1.perSecond.toFixed(1) + ", "
      + b.rates.https1.perSecond.toFixed(1) + "); eight at once: " + k.rates.http8.perSecond.toFixed(1) + " and " + k.rates.https8.perSecond.toFixed(1)
      + " (BIND " + b.rates.http8.perSecond.toFixed(1) + ", " + b.rates.https8.perSecond.toFixed(1) + "). 500 members within a minute:"
      + " Knot " + burst(k.spread) + "; BIND " + burst(b.spread) + ". All 500 in the same instant: with the default MaxClients (100)"
      + " Knot " + burst(k.atOnce) + " (" + k.atOnce.refused + " connections refused by the web server), BIND " + burst(b.atOnce)
      + " (" + b.atOnce.refused + " refused); with MaxClients 1000, Knot " + burst(k.atOnceRaised) + " in " + (k.atOnceRaised.wall / 1000).toFixed(1)
      + " s, BIND " + burst(b.atOnceRaised) + " in " + (b.atOnceRaised.wall / 1000).toFixed(1) + " s. A refused member's"
      + " client tries again later (ddclient after 5 minutes, inadyn after 10: docs/dyndns2-clients.md); a hub whose members"
      + " update at the same minute raises `[Web] MaxClients`.",
  ];
}

main().catch((e) => { console.error(e); process.exit(1); });
