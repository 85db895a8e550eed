"use strict";
// The DynDNS service's test stack, real parts only: a Knot DNS 3.2 (test/real/dns.js) with the
// zone bbs.test, a Synchronet root whose user database holds QWKnet accounts (made by the real
// jsexec with system.new_user()), and dist/dyndns-service.js, unmodified, served either by the
// real services server (`sbbs s!`, of Synchronet 3.22a or 3.30a: options.version) or by the
// emulator's services context (test/host).
//
//   const stack = await startRealStack({ stock: true });  // + [DynDNS-8467] for the stock client
//   await stack.setSettings({ dns_port: 1 });             // rewrites [dyndns_service] (read per connection)
//   stack.audit()                                         // the audit log's lines, parsed
//   await stack.stop()
//
// Clients: talk() (a raw protocol client with hostile modes), ourClient() (dist/dyndns.js under
// the real jsexec, from a member BBS's own root), stockClient() (Synchronet's exec/dyndns.js from
// the pack, its four host names resolved to the service's loopback address by nss_wrapper). The
// member's jsexec is the hub's version: nss_wrapper, a Debian 12 library, loads into 3.30a's own
// glibc (the pack's loader honours LD_PRELOAD) and resolves for it as for 3.22a.
const assert = require("node:assert");
const fs = require("node:fs");
const net = require("node:net");
const path = require("node:path");
const { makeRoot, makeUsers, startSbbs, jsexec, freePort, PACK, VERSIONS } = require("../real/pack");
const { startKnot, startBind } = require("../real/dns");
const { runScript, makeCtrlDir } = require("../host");
require("../support/register-ts");
const { DEFAULT_HOSTS: STOCK_HOSTS, DEFAULT_PORT: STOCK_PORT } = require("../../src/shared/core/protocol");

const REPO = path.join(__dirname, "../..");
const SERVICE = path.join(REPO, "dist/dyndns-service.js");
const CLIENT = path.join(REPO, "dist/dyndns.js");
/** The stock client of the 3.22a pack; a stack runs the one of its own pack (stockClient()). */
const STOCK_CLIENT = path.join(PACK, "exec/dyndns.js");
const ZONE = "bbs.test";
const UFLAG_Q = 1 << 16;
const INSTALL = "apt-get install knot knot-dnsutils libnss-wrapper";
const hr = () => Number(process.hrtime.bigint()) / 1e6;

/**
 * The hub's users: #1 is the sysop (as on every BBS), then QWKnet accounts and an ordinary user.
 * The sysop carries Q, as a new hub's sysop may give it by mistake, and so does BOSSBBS, another
 * account with the sysop's security level: sysop rights are never a member all the same.
 * TESTBBS's real name is not its alias (the id is the alias); NOPASS has no password (login()
 * then takes any); CAPPED is for the hourly cap alone.
 */
const USERS = [
  { alias: "SYSOPSAM", password: "SysopPass1", level: 90, qwk: true },
  { alias: "TESTBBS", name: "Tess Tester", password: "QwkPass7", qwk: true },
  { alias: "VERT", password: "VertPass2", qwk: true },
  { alias: "STOCKBBS", password: "StockPass3", qwk: true },
  { alias: "NORMAL", password: "NormPass9" },
  { alias: "LIMITED", password: "LimitPass4", qwk: true },
  { alias: "HOSTILE", password: "HostPass5", qwk: true },
  { alias: "NOPASS", password: "", qwk: true },
  { alias: "CAPPED", password: "CapPass8", qwk: true },
  { alias: "BOSSBBS", password: "BossPass6", level: 90, qwk: true },
];

/** The service's settings for a Knot (everything else at its default). */
function serviceSettings(knot, extra = {}) {
  return Object.assign({
    zone: ZONE, dns_server: "127.0.0.1", dns_port: knot.port, tsig_key: knot.keys.service.name,
    tsig_secret: knot.keys.service.base64, allow_private: "true", answer_timeout: 2, min_interval: 0,
  }, extra);
}

function section(name, values) {
  return "[" + name + "]\n" + Object.entries(values).filter(([, v]) => v !== undefined).map(([k, v]) => k + " = " + v).join("\n") + "\n";
}

/** A 127.x.y.z address where port 8467 is free, for the stock client (it knows no other port). */
async function freeLoopbackFor(port) {
  for (let tries = 0; tries < 50; tries++) {
    const address = "127." + (1 + Math.floor(Math.random() * 254)) + "." + Math.floor(Math.random() * 256) + "." + (1 + Math.floor(Math.random() * 254));
    const ok = await new Promise((resolve) => {
      const s = net.createServer();
      s.once("error", () => resolve(false));
      s.listen(port, address, () => s.close(() => resolve(true)));
    });
    if (ok) return address;
  }
  throw new Error("no loopback address with port " + port + " free");
}

function nssWrapper() {
  for (const dir of ["/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib"]) {
    const p = path.join(dir, "libnss_wrapper.so");
    if (fs.existsSync(p)) return p;
  }
  throw new Error("libnss_wrapper.so is not installed: the stock client's test resolves its host names with it (" + INSTALL + ")");
}

function parseAudit(text) {
  return text.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l));
}

/**
 * The sections of ctrl/services.ini that run the service: [DynDNS] on a free loopback port, and
 * with stock, [DynDNS-8467] on port 8467 of a free 127.x.y.z address for the stock client.
 * Resolves { port, stockAddress (or null), sections: { name: { key: value } } }.
 */
async function serviceSections(stock) {
  const port = await freePort();
  const stockAddress = stock ? await freeLoopbackFor(STOCK_PORT) : null;
  const common = { Command: "dyndns-service.js", Options: "NO_HOST_LOOKUP" };
  const sections = { DynDNS: Object.assign({ Port: port, Interface: "127.0.0.1" }, common) };
  if (stockAddress) sections["DynDNS-8467"] = Object.assign({ Protocol: "DynDNS", Port: STOCK_PORT, Interface: stockAddress }, common);
  return { port, stockAddress, sections };
}

/**
 * setSettings(extra) for a root: its ctrl/modopts.ini as the pack has it, with [dyndns_service]
 * for the DNS server `dns` (serviceSettings), `settings` and then `extra` over it.
 */
function settingsWriter(root, dns, settings) {
  // without a [dyndns_service] an earlier writer left: only the first section of a name counts
  const stockModopts = root.read("ctrl/modopts.ini").replace(/\n*\[dyndns_service\][^[]*/, "\n");
  return async function setSettings(extra = {}) {
    root.write("ctrl/modopts.ini", stockModopts.replace(/\n*$/, "\n\n") + section("dyndns_service", serviceSettings(dns, Object.assign({}, settings, extra))));
  };
}

/**
 * The real stack. stock: also listen on <some 127.x.y.z>:8467 for the stock client.
 * settings: extra [dyndns_service] keys. extraUsers: more users, as makeUsers() takes them.
 * dnsServer: "knot" (default) or "bind" (then `knot` is the BIND server: same helpers); dns: a running one to share.
 * version: the Synchronet of the hub and of its member's jsexec (default 3.22a; test/real/pack.js VERSIONS).
 */
async function startRealStack(options = {}) {
  // dns: a DNS server already running, shared with another stack (another hub on the same zone); it is not stopped here.
  const knot = options.dns || await (options.dnsServer === "bind" ? startBind : startKnot)({ zone: ZONE });
  const version = options.version || VERSIONS[0];
  const { port, stockAddress, sections } = await serviceSections(options.stock);
  const root = await makeRoot({
    version,
    // The failed-login delays would slow every refusal by seconds (LoginAttemptDelay, LoginAttemptThrottle).
    sbbsIni: { Services: { LoginAttemptDelay: 0, LoginAttemptThrottle: 0 } },
    files: {
      "ctrl/sockopts.ini": "[tcp]\nREUSEADDR = true\n",
      "ctrl/services.ini": Object.entries(sections).map(([name, keys]) => section(name, keys)).join(""),
    },
  });
  const setSettings = settingsWriter(root, knot, options.settings);
  await setSettings();
  fs.symlinkSync(SERVICE, root.file("mods/dyndns-service.js"));
  const users = await makeUsers(root, USERS.concat(options.extraUsers || []));
  const bbs = await startSbbs(root, ["s!"]);
  const sockets = stockAddress ? 2 : 1;
  await bbs.waitFor(new RegExp("Services thread started \\(" + sockets + " service sockets bound\\)"));
  const member = await makeRoot({ version });
  return {
    kind: "real", version, knot, root, bbs, port, stockAddress, users, member, setSettings,
    audit: () => parseAudit(root.read("data/dyndns-service.log")),
    console: () => bbs.output(),
    async stop() { await Promise.all([bbs.stop(), options.dns ? null : knot.stop()]); },
  };
}

/**
 * The same service in the emulator: a listener on loopback hands each connection to
 * runScript({ context: "service" }) with the same users (and their numbers).
 */
async function startEmulatedStack(options = {}) {
  const knot = await startKnot({ zone: ZONE });
  const ctrlDir = path.join(makeCtrlDir({ "ctrl/.keep": "" }), "ctrl"); // its own ../data for the audit log and the state
  async function setSettings(extra = {}) {
    fs.writeFileSync(path.join(ctrlDir, "modopts.ini"), section("dyndns_service", serviceSettings(knot, Object.assign({}, options.settings, extra))));
  }
  await setSettings();
  const users = USERS.map((u, i) => ({ number: i + 1, alias: u.alias, name: u.name, password: u.password, restrictions: u.qwk ? UFLAG_Q : 0, level: u.level }));
  const runs = [];
  const server = net.createServer((sock) => {
    runs.push(runScript({
      engine: options.engine || "vm", script: SERVICE, context: "service", clientSocket: sock, ctrlDir, users,
      loginAttemptDelay: options.loginAttemptDelay || 0, system: { qwk_id: "MYBBS", name: "My BBS" }, killAfterMs: 30000,
    }));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const logPath = path.join(ctrlDir, "../data/dyndns-service.log");
  return {
    kind: "emulator", knot, ctrlDir, port: server.address().port, runs, setSettings,
    audit: () => (fs.existsSync(logPath) ? parseAudit(fs.readFileSync(logPath, "latin1")) : []),
    async stop() { await new Promise((resolve) => server.close(resolve)); await Promise.all(runs); await knot.stop(); },
  };
}

/**
 * A raw client of the protocol. answers: { "id?": "VERT", ... } (a missing prompt gets an empty
 * line); mode: "answer" (default), "silent" (never answers), "close-at" (closes at prompt `at`),
 * "binary" (answers `at` with `bytes`), "endless-line" (answers `at` with bytes and no LF until
 * the service closes), "endless-lines" (answers `at` with line after line until it closes),
 * "trickle" (answers `at` with one byte every `everyMs`, default 200, and never a LF).
 * Resolves with { lines, at (ms from connect to each line), ms } once the service has closed the connection.
 */
function talk(port, answers = {}, options = {}) {
  const mode = options.mode || "answer";
  return new Promise((resolve, reject) => {
    const t0 = hr();
    const sock = net.connect(port, options.host || "127.0.0.1");
    const lines = [];
    const at = [];
    let buffer = "";
    let flooding = false;
    const timer = setTimeout(() => { sock.destroy(); reject(new Error("talk: the service kept the connection open for " + (options.timeoutMs || 20000) + " ms; lines: " + JSON.stringify(lines))); }, options.timeoutMs || 20000);
    // One chunk per turn of the event loop: a loop of write()s can run forever, since a write the
    // kernel takes at once returns true and errors come later, through the event loop.
    function flood(chunk) {
      flooding = true;
      const more = () => {
        if (flooding && !sock.destroyed && sock.write(chunk)) setImmediate(more);
      };
      sock.on("drain", more);
      more();
    }
    let trickler = null;
    sock.on("data", (d) => {
      buffer += d.toString("latin1");
      let i;
      while ((i = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, i).replace(/\r$/, "");
        buffer = buffer.slice(i + 1);
        lines.push(line);
        at.push(hr() - t0);
        if (!/\?$/.test(line) || mode === "silent") continue;
        if (line === options.at) {
          if (mode === "close-at") { sock.end(); continue; }
          if (mode === "binary") { sock.write(Buffer.concat([options.bytes, Buffer.from("\r\n")])); continue; }
          if (mode === "endless-line") { flood(Buffer.alloc(65536, 0x41)); continue; }
          if (mode === "endless-lines") { flood(Buffer.from("x\r\n".repeat(20000))); continue; }
          if (mode === "trickle") { trickler = setInterval(() => { if (!sock.destroyed) sock.write("x"); }, options.everyMs || 200); continue; }
        }
        sock.write(Buffer.from((answers[line] === undefined ? "" : answers[line]) + "\r\n", "latin1"));
      }
    });
    sock.on("error", () => { /* a reset while flooding: the service cut us off */ });
    sock.on("close", () => {
      flooding = false;
      clearInterval(trickler);
      clearTimeout(timer);
      if (buffer) lines.push(buffer);
      resolve({ lines, at, ms: hr() - t0 });
    });
  });
}

/**
 * Our client (dist/dyndns.js) under the real jsexec, from the member BBS's root: hosts and port
 * point at the service; dyndns: more [dyndns] keys (txt, loc, wildcard, ttl...); args: its command line.
 */
async function ourClient(stack, args, dyndns = {}) {
  stack.member.write("ctrl/modopts.ini", section("dyndns", Object.assign({ hosts: "127.0.0.1", port: stack.port, timeout: 20 }, dyndns)));
  return jsexec(stack.member, [CLIENT].concat(args));
}

/**
 * Synchronet's stock exec/dyndns.js, run from the pack (never copied), from the member's root.
 * It connects to dyndns.synchro.net (then rob., bbs., cvs.) port 8467 and has no setting to
 * change either: nss_wrapper (LD_PRELOAD) resolves those four names to the loopback address
 * where the services server listens on 8467, for this one process, leaving /etc/hosts alone.
 */
async function stockClient(stack, args, dyndns = {}) {
  if (!stack.stockAddress) throw new Error("stockClient: start the stack with { stock: true }");
  stack.member.write("ctrl/modopts.ini", section("dyndns", dyndns));
  stack.member.write("hosts", stack.stockAddress + " " + STOCK_HOSTS.join(" ") + "\n");
  return jsexec(stack.member, [path.join(stack.member.pack.PACK, "exec/dyndns.js")].concat(args), {
    env: { LD_PRELOAD: nssWrapper(), NSS_WRAPPER_HOSTS: stack.member.file("hosts") },
  });
}

/** The zone's serial: it moves on with every update the DNS server takes. */
async function zoneSerial(stack) {
  return Number((await stack.knot.query(ZONE, "SOA"))[0].split(" ")[2]);
}

/** Runs action() and asserts that the DNS server took no update meanwhile and `name` has the records it had. */
async function publishesNothing(stack, name, action) {
  const before = { serial: await zoneSerial(stack), records: await stack.knot.all(name) };
  const result = await action();
  assert.strictEqual(await zoneSerial(stack), before.serial, "the DNS server took no update");
  assert.deepStrictEqual(await stack.knot.all(name), before.records, name + " has the records it had");
  return result;
}

module.exports = {
  ZONE, USERS, UFLAG_Q, INSTALL, STOCK_PORT, STOCK_HOSTS, CLIENT, SERVICE, STOCK_CLIENT,
  startRealStack, startEmulatedStack, serviceSettings, serviceSections, settingsWriter, parseAudit, talk, ourClient, stockClient, freeLoopbackFor, nssWrapper, zoneSerial, publishesNothing,
};
