"use strict";
// The real Synchronet runtimes of the packs (jsexec, sbbs; docs/developer.md): 3.22a
// (SpiderMonkey 1.8.5) and 3.30a (SpiderMonkey 128), each run from a scratch root per test: a
// copy of the pack's ctrl/ and node1/, exec/ linked, every listening port moved to a free one so
// that runs never collide.
//
//   const { makeRoot, jsexec, startSbbs } = require("./pack");  // the 3.22a pack
//   const root = await makeRoot({ files: { "ctrl/modopts.ini": "..." } });
//   const r = await jsexec(root, ["dyndns.js", "-n"]);        // {status, stdout, stderr, ms}
//   const t = await jsexec(root, ["dyndns.js"], { stdinTty: true }); // stdin a terminal (a pty), as when run by hand
//   const bbs = await startSbbs(root, ["t!"]);                  // await bbs.waitFor(/re/); await bbs.stop()
//
//   for (const p of require("./pack").PACKS) { p.version; p.makeRoot(...); p.jsexec(root, ...) }  // every version
//   require("./pack").packFor("3.30a")                         // one of them
//
// A real lane runs on every version of VERSIONS. A missing or broken pack throws: nothing is
// skipped silently.
const fs = require("node:fs");
const os = require("node:os");
const net = require("node:net");
const path = require("node:path");
const { spawn } = require("node:child_process");

const REPO = path.join(__dirname, "../..");

/**
 * Where each version's pack is, and what it is: its directory in ../shared/engines (or the
 * environment variable that points elsewhere), the engine inside it, and what `js.version`
 * says there (test/real/packs.test.js checks it, with `system.full_version`).
 */
const WHERE = {
  "3.22a": { variable: "SBBS_PACK", dir: "sbbs", engine: "SpiderMonkey 1.8.5", jsVersion: /^JavaScript-C 1\.8\.5 / },
  "3.30a": { variable: "SBBS330_PACK", dir: "sbbs330", engine: "SpiderMonkey 128", jsVersion: /^JavaScript-C128\./ },
};
/** The versions of Synchronet every real lane runs on, oldest first. */
const VERSIONS = Object.keys(WHERE);

/** Throws "<what> is missing <file><hint>" unless dir holds what a pack must. */
function requireFiles(dir, what, hint = "") {
  for (const f of ["bin/jsexec", "bin/sbbs", "ctrl/main.ini", "node1/node.ini"]) {
    if (!fs.existsSync(path.join(dir, f))) throw new Error(what + " is missing " + path.join(dir, f) + hint);
  }
}

/**
 * The pack of one version: { version, engine, PACK, JSEXEC, SBBS, requirePack(), makeRoot(),
 * jsexec(), startSbbs(), makeUsers() } and the helpers below. jsexec, startSbbs and makeUsers
 * run the pack a root was made from, so a lane chooses its version once, at makeRoot.
 */
function packFor(version) {
  const where = WHERE[version];
  if (!where) throw new Error("no Synchronet pack for version " + version + " (versions: " + VERSIONS.join(", ") + ")");
  const dir = path.resolve(process.env[where.variable] || path.join(REPO, "../shared/engines", where.dir));
  const p = {
    version, engine: where.engine, jsVersion: where.jsVersion, variable: where.variable,
    PACK: dir, dir, JSEXEC: path.join(dir, "bin/jsexec"), SBBS: path.join(dir, "bin/sbbs"),
  };
  p.requirePack = () => requireFiles(dir, "the Synchronet " + version + " pack", " (expected ../shared/engines/" + where.dir
    + " beside the repo, or $" + where.variable + ")");
  p.makeRoot = (options = {}) => makeRoot(Object.assign({}, options, { pack: p }));
  // the same for every version, so that a lane can take everything from its pack
  Object.assign(p, { jsexec, startSbbs, makeUsers, freePort, nonLoopbackAddress, setIniKey, setRootKey, removeRoots });
  return p;
}

/** Every version's pack, in the order of VERSIONS. */
const PACKS = VERSIONS.map(packFor);
const DEFAULT = PACKS[0];

/**
 * The pack makeRoot() options name: options.pack (a pack object, or the directory of one of
 * PACKS, or of another pack of the same layout: its version is then not known), else
 * options.version's, else the first version's.
 */
function packOf(options) {
  if (options.pack && typeof options.pack === "object") return options.pack;
  if (options.pack) {
    const dir = path.resolve(options.pack);
    const known = PACKS.find((p) => p.PACK === dir);
    if (known) return known;
    return Object.assign({}, DEFAULT, { version: undefined, engine: undefined, jsVersion: undefined, PACK: dir, dir, JSEXEC: path.join(dir, "bin/jsexec"), SBBS: path.join(dir, "bin/sbbs"),
      requirePack: () => requireFiles(dir, "the Synchronet pack at " + dir) });
  }
  const pack = options.version ? PACKS.find((p) => p.version === options.version) : DEFAULT;
  if (!pack) throw new Error("makeRoot(): no Synchronet pack for version " + options.version + " (versions: " + VERSIONS.join(", ") + ")");
  return pack;
}

/**
 * An IPv4 address of this machine that is not loopback (the first one os.networkInterfaces()
 * lists). The bind tests need one: with none, this throws saying so, and they fail.
 */
function nonLoopbackAddress() {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list || []) {
      if ((a.family === "IPv4" || a.family === 4) && !a.internal && !/^127\./.test(a.address)) return a.address;
    }
  }
  throw new Error("this machine has no non-loopback IPv4 address (os.networkInterfaces() lists none): the bind tests need one");
}

/** A TCP port nobody listens on right now (loopback). */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => { const port = s.address().port; s.close(() => resolve(port)); });
  });
}

/**
 * Sets `key = value` in `[section]` of ini text (the first section of that name, as
 * Synchronet reads it), adding the key at the section's top when it is not there.
 */
function setIniKey(text, section, key, value) {
  const lines = text.split("\n");
  const head = lines.findIndex((l) => new RegExp("^\\[" + section.replace(/[^\w]/g, "\\$&") + "\\]", "i").test(l));
  if (head < 0) return text.replace(/\n*$/, "\n") + "[" + section + "]\n\t" + key + " = " + value + "\n";
  for (let i = head + 1; i < lines.length && !/^\[/.test(lines[i]); i++) {
    if (new RegExp("^\\s*" + key + "\\s*=", "i").test(lines[i])) {
      lines[i] = "\t" + key + " = " + value;
      return lines.join("\n");
    }
  }
  lines.splice(head + 1, 0, "\t" + key + " = " + value);
  return lines.join("\n");
}

/** Sets `key = value` before the first section of ini text (the root), adding it at the top. */
function setRootKey(text, key, value) {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length && !/^\s*\[/.test(lines[i]); i++) {
    if (new RegExp("^\\s*" + key + "\\s*=", "i").test(lines[i])) {
      lines[i] = key + "=" + value;
      return lines.join("\n");
    }
  }
  return key + "=" + value + "\n" + text;
}

const roots = [];

/**
 * A scratch Synchronet root. files: { "ctrl/modopts.ini": text, "mods/x.js": text ... }
 * (paths relative to the root; a ctrl/ file replaces the pack's). sbbsIni: { "BBS": { key: value } }
 * edits applied to ctrl/sbbs.ini after the ports are moved. mainIni: { name: "Vertrauen", qwk_id: "VERT" }
 * sets keys of ctrl/main.ini's root (what jsexec's `system` reports). version ("3.22a", the
 * default, or "3.30a"), or pack (a pack of packFor(), or a pack's directory): the root is made
 * from that pack's ctrl/ and runs its jsexec and sbbs (root.pack).
 */
async function makeRoot(options = {}) {
  const pack = packOf(options);
  pack.requirePack();
  const PACK = pack.PACK;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sbbs-root-"));
  roots.push(dir);
  fs.cpSync(path.join(PACK, "ctrl"), path.join(dir, "ctrl"), { recursive: true });
  fs.cpSync(path.join(PACK, "node1"), path.join(dir, "node1"), { recursive: true });
  fs.symlinkSync(path.join(PACK, "exec"), path.join(dir, "exec"));
  for (const d of ["mods", "data", "data/user", "data/logs", "temp"]) fs.mkdirSync(path.join(dir, d), { recursive: true });
  const ports = {};
  let ini = fs.readFileSync(path.join(dir, "ctrl/sbbs.ini"), "latin1");
  for (const key of ["TelnetPort", "RLoginPort", "SSHPort", "Pet40Port", "Pet80Port"]) {
    ports[key] = await freePort();
    ini = setIniKey(ini, "BBS", key, ports[key]);
  }
  for (const [section, keys] of Object.entries(options.sbbsIni || {})) {
    for (const [key, value] of Object.entries(keys)) ini = setIniKey(ini, section, key, value);
  }
  fs.writeFileSync(path.join(dir, "ctrl/sbbs.ini"), ini, "latin1");
  if (options.mainIni) {
    let main = fs.readFileSync(path.join(dir, "ctrl/main.ini"), "latin1");
    for (const [key, value] of Object.entries(options.mainIni)) main = setRootKey(main, key, value);
    fs.writeFileSync(path.join(dir, "ctrl/main.ini"), main, "latin1");
  }
  for (const [rel, text] of Object.entries(options.files || {})) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text, typeof text === "string" ? "latin1" : undefined);
  }
  return {
    dir,
    pack,
    version: pack.version,
    ctrl: path.join(dir, "ctrl"),
    ports,
    env: Object.assign({}, process.env, { SBBSCTRL: path.join(dir, "ctrl") }),
    file: (rel) => path.join(dir, rel),
    remove: () => { const i = roots.indexOf(dir); if (i >= 0) roots.splice(i, 1); fs.rmSync(dir, { recursive: true, force: true }); },
    read: (rel) => (fs.existsSync(path.join(dir, rel)) ? fs.readFileSync(path.join(dir, rel), "latin1") : ""),
    write: (rel, text) => { fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true }); fs.writeFileSync(path.join(dir, rel), text, "latin1"); },
  };
}

const children = new Set();

/** One word for `sh -c`. */
function shellWord(word) {
  return "'" + String(word).replace(/'/g, "'\\''") + "'";
}

/**
 * Runs the real jsexec of the root's pack: `args` are jsexec's own options, then the module, then its
 * arguments. stdin is /dev/null unless `input` is given (jsexec then sees a pipe) or
 * `stdinTty` is set: then stdin is a terminal (a pty from util-linux script(1)), as
 * when a sysop runs it by hand, while stdout and stderr are still kept apart.
 * `hosts`: text of an /etc/hosts that this jsexec alone sees (a private mount namespace:
 * needs root, as CI has), so that real names such as dyndns.synchro.net reach test services.
 * Killed after killAfterMs: then the promise rejects, naming the command and `label` (what the
 * caller was running), so that a hang fails its test in seconds, saying so; with allowKill
 * (a caller that studies hangs, such as the stock comparison) it resolves with killed: true.
 */
function jsexec(root, args, options = {}) {
  const killAfterMs = options.killAfterMs || 30000;
  let argv = ["-c", root.ctrl].concat(args);
  const JSEXEC = root.pack.JSEXEC;
  let program = JSEXEC;
  if (options.hosts !== undefined) {
    const hostsFile = path.join(fs.mkdtempSync(path.join(root.dir, "hosts-")), "hosts");
    fs.writeFileSync(hostsFile, options.hosts);
    argv = ["-m", "sh", "-c", 'mount --bind "$0" /etc/hosts && exec "$@"', hostsFile, program].concat(argv);
    program = "unshare";
  }
  const env = Object.assign({}, root.env, options.env || {});
  const cwd = options.cwd || root.dir;
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    let child;
    let tty = null;
    if (options.stdinTty) {
      const dir = fs.mkdtempSync(path.join(root.dir, "tty-"));
      tty = { pid: path.join(dir, "pid"), out: path.join(dir, "stdout"), err: path.join(dir, "stderr") };
      const cmd = "echo $$ >" + shellWord(tty.pid) + "; exec " + [program].concat(argv).map(shellWord).join(" ")
        + " >" + shellWord(tty.out) + " 2>" + shellWord(tty.err);
      child = spawn("script", ["-qec", cmd, "/dev/null"], { cwd, env, stdio: ["ignore", "ignore", "pipe"] });
    } else {
      child = spawn(program, argv, { cwd, env, stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
    }
    // jsexec on a terminal runs in the pty's own session: kill it by its pid, then script(1)
    const handle = !tty ? child : {
      kill(signal) {
        try { process.kill(Number(fs.readFileSync(tty.pid, "latin1")), signal); } catch (e) { /* not started or gone */ }
        child.kill(signal);
      },
    };
    children.add(handle);
    const out = [];
    const err = [];
    if (!tty) child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    if (options.input !== undefined && !tty) child.stdin.end(options.input);
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      handle.kill("SIGKILL");
    }, killAfterMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      children.delete(handle);
      reject(tty ? new Error("jsexec on a terminal needs script(1) from util-linux: " + e.message) : e);
    });
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      children.delete(handle);
      const read = (f) => (fs.existsSync(f) ? fs.readFileSync(f, "latin1") : "");
      if (killed && !options.allowKill) {
        reject(new Error("jsexec " + args.join(" ") + ": killed after " + killAfterMs + " ms, it did not end"
          + (options.label ? " (" + options.label + ")" : "")));
        return;
      }
      resolve({
        status, signal, killed,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        stdout: tty ? read(tty.out) : Buffer.concat(out).toString("latin1"),
        stderr: tty ? read(tty.err) + Buffer.concat(err).toString("latin1") : Buffer.concat(err).toString("latin1"),
      });
    });
  });
}

/**
 * Starts the real sbbs of the root's pack in the root (flags as on its command line: ["t!"] for the
 * terminal server alone, ["s!"] for the services server alone). Its console output
 * is kept in `output()` and in <root>/sbbs.out.
 */
async function startSbbs(root, flags, options = {}) {
  const log = fs.openSync(path.join(root.dir, "sbbs.out"), "w");
  const child = spawn(root.pack.SBBS, flags, { cwd: root.dir, env: Object.assign({}, root.env, options.env || {}), stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  let text = "";
  const exited = new Promise((resolve) => child.on("close", (status, signal) => { children.delete(child); fs.closeSync(log); resolve({ status, signal }); }));
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (d) => { text += d.toString("latin1"); fs.writeSync(log, d); });
  }
  let done = null;
  exited.then((r) => { done = r; });

  /** Resolves with the match of `re` in the console output, or throws after ms naming what was awaited. */
  async function waitFor(re, ms = 15000, from = 0) {
    const until = Date.now() + ms;
    for (;;) {
      const m = re.exec(text.slice(from));
      if (m) return m;
      if (done) throw new Error("sbbs exited (" + JSON.stringify(done) + ") before " + re + "; output:\n" + text.slice(-3000));
      if (Date.now() > until) throw new Error("sbbs: no " + re + " within " + ms + " ms; output:\n" + text.slice(-3000));
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** SIGTERM and wait; SIGKILL after ms. Resolves with how it ended. */
  async function stop(ms = 10000) {
    if (done) return done;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    const r = await exited;
    clearTimeout(timer);
    return r;
  }

  return { pid: child.pid, output: () => text, waitFor, stop, exited };
}

/**
 * Adds users to the root's user database with the real jsexec and system.new_user()
 * users: [{ alias, password, qwk (UFLAG_Q), level }].
 * Resolves with [{ alias, number, restrictions, level }] as the database has them.
 */
async function makeUsers(root, users) {
  const script = [
    "var users = JSON.parse(argv[0]);",
    "for (var i = 0; i < users.length; i++) {",
    "  var u = users[i];",
    "  var made = system.new_user(u.alias);",
    "  if (typeof made != 'object') { print('FAILED ' + u.alias + ' ' + made); exit(2); }",
    "  made.security.password = u.password || '';",
    "  made.handle = u.alias;",
    "  made.name = u.name || u.alias;",
    "  if (u.qwk) made.security.restrictions |= (1 << 16);",
    "  if (u.level !== undefined) made.security.level = u.level;",
    "  print('USER ' + JSON.stringify({ alias: made.alias, number: made.number, restrictions: made.security.restrictions, level: made.security.level }));",
    "}",
  ].join("\n");
  root.write("mods/make-users.js", script);
  // system.new_user() takes about 0.1 s a user here: hundreds (the bench's burst) take a minute
  const r = await jsexec(root, ["make-users.js", JSON.stringify(users)], { killAfterMs: 30000 + 200 * users.length });
  const made = r.stdout.split("\n").filter((l) => l.startsWith("USER ")).map((l) => JSON.parse(l.slice(5)));
  if (r.status !== 0 || made.length !== users.length) throw new Error("makeUsers failed (status " + r.status + "): " + r.stdout + r.stderr);
  return made;
}

// Nothing real outlives the test run, whatever failed.
process.on("exit", () => { for (const c of children) { try { c.kill("SIGKILL"); } catch (e) { /* gone */ } } });

/** Removes every scratch root made so far (call from an after() hook). */
function removeRoots() {
  while (roots.length) fs.rmSync(roots.pop(), { recursive: true, force: true });
}

// The 3.22a pack's PACK, JSEXEC, SBBS and requirePack, for the lanes that run one version only.
module.exports = {
  VERSIONS, PACKS, packFor, PACK: DEFAULT.PACK, PACK330: packFor("3.30a").PACK, JSEXEC: DEFAULT.JSEXEC, SBBS: DEFAULT.SBBS, requirePack: DEFAULT.requirePack,
  freePort, nonLoopbackAddress, setIniKey, setRootKey, makeRoot, jsexec, startSbbs, makeUsers, removeRoots,
};
