"use strict";
// Runs the built dist/dyndns.js, unmodified, in the Synchronet emulator (or a
// real SpiderMonkey shell) against fake DynDNS services on loopback.
const fs = require("fs");
const path = require("path");
const { runScript, makeCtrlDir } = require("../host");
const { startFakeService, closedPort, hungListener } = require("../fake/service");

const DIST = path.join(__dirname, "../../dist/dyndns.js");
const HOSTS = ["dyndns.synchro.net", "rob.synchro.net", "bbs.synchro.net", "cvs.synchro.net"];
const FULL = ["id?", "pw?", "ip?", "ip6?", "mx?", "txt?", "loc?", "wc?", "ttl?"];
const SYSTEM = { qwk_id: "VERT", name: "Vertrauen", host_name: "vert.synchro.net" };

/**
 * hosts: { name: script (array of steps for startFakeService) | "refused" | "hung" }
 * files: ctrl dir files, e.g. { "modopts.ini": "[dyndns]\npassword=x\n" }
 * data: data dir files (system.data_dir), e.g. { "dyndns-vert.synchro.net.json": "..." }
 * dataDirs: directories to make in the data dir (e.g. to stand where the module wants a file)
 * dns: more names for the resolver: { "VERT.synchro.net": "203.0.113.7" | [addresses] | {error: -2} }
 * Result extras: ctrlDir, dataDir (both with a trailing slash, as system.*_dir), readData(name).
 */
async function dyndns(options) {
  const opened = [];
  const services = {};
  const names = {};
  try {
    for (const name of Object.keys(options.hosts || {})) {
      const what = options.hosts[name];
      if (what === "refused") {
        names[name] = "127.0.0.1:" + (await closedPort());
      } else if (what === "hung") {
        const hung = await hungListener();
        opened.push(hung);
        names[name] = "127.0.0.1:" + hung.port;
      } else {
        const svc = await startFakeService(Array.isArray(what) ? { script: what } : what);
        opened.push(svc);
        services[name] = svc;
        names[name] = "127.0.0.1:" + svc.port;
      }
    }
    Object.assign(names, options.dns || {});
    const ctrlDir = makeCtrlDir(options.files || {});
    const dataDir = path.join(ctrlDir, "../data/");
    for (const [name, text] of Object.entries(options.data || {})) fs.writeFileSync(path.join(dataDir, name), Buffer.from(text, "latin1"));
    for (const name of options.dataDirs || []) fs.mkdirSync(path.join(dataDir, name), { recursive: true });
    const run = await runScript({
      engine: options.engine || "vm",
      script: DIST,
      context: options.context || "jsexec",
      argv: options.argv || [],
      ctrlDir,
      system: Object.assign({}, SYSTEM, options.system || {}),
      server: options.server,
      names,
      ipv6Local: options.ipv6Local || null,
      stdinTty: options.stdinTty === undefined ? true : options.stdinTty,
      killAfterMs: options.killAfterMs || 20000,
    });
    const sessions = {};
    for (const name of Object.keys(services)) sessions[name] = services[name].sessions;
    const readData = (name) => (fs.existsSync(path.join(dataDir, name)) ? fs.readFileSync(path.join(dataDir, name), "latin1") : null);
    return Object.assign(run, { sessions, names, ctrlDir: ctrlDir + "/", dataDir, readData, all: allText(run) });
  } finally {
    for (const o of opened) await o.close();
  }
}

/** Everything the run wrote, wherever it went. */
function allText(run) {
  return run.output.map((o) => o.text).join("\n") + "\n" + (run.stdout || "") + "\n" + (run.stderr || "");
}

/** The answers one session gave, as {prompt: answer}. */
function answersOf(session) {
  const out = {};
  for (const a of session.answers) out[a.prompt] = a.answer;
  return out;
}

function linesAt(run, level) {
  return run.output.filter((o) => o.via === "log" && o.level === level).map((o) => o.text);
}

module.exports = { dyndns, answersOf, linesAt, allText, HOSTS, FULL, SYSTEM, DIST };
