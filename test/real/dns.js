"use strict";
// Real authoritative DNS servers for the tests: Knot DNS 3.2 (knotd in the
// foreground) and BIND 9.18 (named -g), each on loopback and a free port, with
// one zone, TSIG keys (hmac-sha256) and an update policy that lets the service
// key change only names strictly below the zone, and only the types it publishes.
//
//   const { startKnot, startBind } = require("./dns");
//   const knot = await startKnot();          // options: zone ("bbs.test"), records (zone file lines), serviceSecret (base64)
//   knot.port, knot.zone, knot.keys.service  // {name, algorithm, base64, secret (byte string)}
//   await knot.query("vert.bbs.test", "A")   // ["203.0.113.7"], as kdig +short prints them
//   await knot.records("vert.bbs.test", "TXT")  // [{ ttl: 300, data: '"Test BBS"' }]
//   await knot.stop()                        // also done for every server at process exit
//
// Keys: `service` (allowed to update), `wrong` (a name the server does not know:
// BADKEY), `badSecret` (the service key's name with another secret: BADSIG).
// A missing knotd/named throws, saying what to install: nothing is skipped.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const crypto = require("node:crypto");
const net = require("node:net");
const dgram = require("node:dgram");
const { spawn, execFile } = require("node:child_process");
const { freePort } = require("./pack");

const INSTALL = "apt-get install knot knot-dnsutils bind9 bind9-dnsutils";
const PUBLISHED_TYPES = ["A", "AAAA", "MX", "TXT", "LOC", "CNAME"];

function findProgram(name) {
  for (const dir of (process.env.PATH || "").split(":").concat(["/usr/sbin", "/sbin", "/usr/bin"])) {
    const p = path.join(dir, name);
    try { fs.accessSync(p, fs.constants.X_OK); return p; } catch (e) { /* next */ }
  }
  throw new Error(name + " is not installed: the DNS tests need a real Knot DNS 3.2 and BIND 9.18 (" + INSTALL + ")");
}

function makeKey(name) {
  const bytes = crypto.randomBytes(32);
  return { name, algorithm: "hmac-sha256", base64: bytes.toString("base64"), secret: bytes.toString("latin1") };
}

/** serviceSecret: base64 of the service key's secret (random when not given). */
function makeKeys(serviceSecret) {
  const service = makeKey("service.key.");
  if (serviceSecret) Object.assign(service, { base64: serviceSecret, secret: Buffer.from(serviceSecret, "base64").toString("latin1") });
  return { service, wrong: makeKey("wrong.key."), badSecret: makeKey("service.key.") };
}

function zoneFile(zone, records) {
  return ["$ORIGIN " + zone + ".", "$TTL 300",
    "@ IN SOA ns1." + zone + ". hostmaster." + zone + ". 2026113001 3600 600 86400 60",
    "@ IN NS ns1." + zone + ".", "ns1 IN A 127.0.0.1"].concat(records).join("\n") + "\n";
}

const running = new Set();
process.on("exit", () => { for (const child of running) { try { child.kill("SIGKILL"); } catch (e) { /* gone */ } } });

function run(program, args) {
  return new Promise((resolve) => {
    execFile(program, args, { encoding: "latin1", timeout: 10000 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** Starts `program` in the foreground; resolves once the zone's SOA answers over TCP. */
async function startServer(kind, program, args, dir, port, zone, keys) {
  const out = fs.openSync(path.join(dir, kind + ".out"), "w");
  const child = spawn(program, args, { cwd: dir, stdio: ["ignore", out, out] });
  fs.closeSync(out);
  running.add(child);
  let exited = null;
  const done = new Promise((resolve) => child.on("close", (code, signal) => { running.delete(child); exited = { code, signal }; resolve(exited); }));
  const log = () => fs.readFileSync(path.join(dir, kind + ".out"), "latin1");
  const kdig = findProgram("kdig");

  async function query(name, type, extra = []) {
    const r = await run(kdig, ["@127.0.0.1", "-p", String(port), "+tcp", "+short", "+time=2", "+retry=0"].concat(extra, [name, type]));
    if (r.status !== 0) throw new Error("kdig " + name + " " + type + " failed: " + r.stderr + r.stdout);
    return r.stdout.split("\n").filter((l) => l !== "").sort();
  }

  /** The records of exactly (name, type), as kdig prints them: [{ ttl, data }] sorted by data. */
  async function records(name, type) {
    const r = await run(kdig, ["@127.0.0.1", "-p", String(port), "+tcp", "+noall", "+answer", "+time=2", "+retry=0", name, type]);
    if (r.status !== 0) throw new Error("kdig " + name + " " + type + " failed: " + r.stderr + r.stdout);
    return r.stdout.split("\n").filter((l) => l !== "" && !l.startsWith(";")).map((l) => {
      const m = /^(\S+)\s+(\d+)\s+IN\s+(\S+)\s+(.*)$/.exec(l);
      const own = m && m[1].replace(/\.$/, "").toLowerCase() === name.replace(/\.$/, "").toLowerCase();
      return own && m[3] === type ? { ttl: Number(m[2]), data: m[4] } : null;
    }).filter(Boolean).sort((a, b) => (a.data < b.data ? -1 : 1));
  }

  /** Every published type of `name`, as { A: [...], TXT: [...] } (kdig's text), the empty ones left out. */
  async function all(name) {
    const result = {};
    for (const type of PUBLISHED_TYPES) {
      const got = (await records(name, type)).map((r) => r.data);
      if (got.length) result[type] = got;
    }
    return result;
  }

  const until = Date.now() + 10000;
  for (;;) {
    if (exited) throw new Error(kind + " exited " + JSON.stringify(exited) + " at start:\n" + log());
    const r = await run(kdig, ["@127.0.0.1", "-p", String(port), "+tcp", "+short", "+time=1", "+retry=0", zone, "SOA"]);
    if (/hostmaster/.test(r.stdout)) break;
    if (Date.now() > until) { child.kill("SIGKILL"); throw new Error(kind + " did not answer on port " + port + " within 10 s:\n" + log()); }
    await new Promise((r) => setTimeout(r, 30));
  }

  async function stop() {
    if (!exited) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await done;
      clearTimeout(timer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }

  return { kind, port, zone, keys, pid: child.pid, dir, query, records, all, log, stop };
}

/** What both servers need: the program (or an error saying what to install), zone, keys, a scratch dir with the zone file, a port. */
async function prepare(kind, programName, zoneDir, options) {
  const program = findProgram(programName);
  findProgram("kdig");
  const zone = (options.zone || "bbs.test").replace(/\.$/, "");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), kind + "-"));
  fs.mkdirSync(path.join(dir, zoneDir), { recursive: true });
  fs.writeFileSync(path.join(dir, zoneDir, zone + ".zone"), zoneFile(zone, options.records || []));
  return { program, zone, dir, keys: makeKeys(options.serviceSecret), port: await freePort() };
}

/** Knot DNS: `update-owner: name` + `sub` = strictly below the zone; `update-type` = the published types. */
async function startKnot(options = {}) {
  const { program: knotd, zone, dir, keys, port } = await prepare("knot", "knotd", "storage", options);
  for (const d of ["run", "db"]) fs.mkdirSync(path.join(dir, d));
  fs.writeFileSync(path.join(dir, "knot.conf"), [
    "server:",
    '    rundir: "' + dir + '/run"',
    "    listen: 127.0.0.1@" + port,
    "log:",
    "  - target: stdout",
    "    any: info",
    "database:",
    '    storage: "' + dir + '/db"',
    "key:",
    "  - id: " + keys.service.name,
    "    algorithm: hmac-sha256",
    "    secret: " + keys.service.base64,
    "acl:",
    "  - id: service_update",
    "    key: " + keys.service.name,
    "    action: update",
    "    update-owner: name",
    "    update-owner-name: [" + zone + ".]",
    "    update-owner-match: sub",
    "    update-type: [" + PUBLISHED_TYPES.join(", ") + "]",
    "template:",
    "  - id: default",
    '    storage: "' + dir + '/storage"',
    '    file: "%s.zone"',
    "    zonefile-sync: -1",
    "    journal-content: changes",
    "zone:",
    "  - domain: " + zone + ".",
    "    acl: [service_update]",
    "",
  ].join("\n"));
  return startServer("knot", knotd, ["-c", path.join(dir, "knot.conf")], dir, port, zone, keys);
}

/** BIND: `wildcard *.<zone>` grants the names strictly below the zone, for the published types. */
async function startBind(options = {}) {
  const { program: named, zone, dir, keys, port } = await prepare("bind", "named", ".", options);
  fs.writeFileSync(path.join(dir, "named.conf"), [
    'options { directory "' + dir + '"; pid-file "' + dir + '/named.pid"; session-keyfile "' + dir + '/session.key";',
    "  listen-on port " + port + " { 127.0.0.1; }; listen-on-v6 { none; }; recursion no; dnssec-validation no; };",
    "controls { };",
    'key "' + keys.service.name + '" { algorithm hmac-sha256; secret "' + keys.service.base64 + '"; };',
    'zone "' + zone + '." { type primary; file "' + zone + '.zone";',
    "  update-policy { grant " + keys.service.name + " wildcard *." + zone + ". " + PUBLISHED_TYPES.join(" ") + "; }; };",
    "",
  ].join("\n"));
  // named -g: foreground, logs on stderr; -n 1: one worker thread is plenty on loopback.
  return startServer("bind", named, ["-g", "-n", "1", "-c", path.join(dir, "named.conf")], dir, port, zone, keys);
}

/** Sends one DNS message (a byte string) over TCP with its length prefix; resolves with the answer's bytes. */
function exchangeTcp(port, wire, timeoutMs = 5000) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, "127.0.0.1");
    let buffer = Buffer.alloc(0);
    const timer = setTimeout(() => { sock.destroy(); reject(new Error("no DNS answer on TCP port " + port + " within " + timeoutMs + " ms")); }, timeoutMs);
    sock.on("connect", () => {
      const body = Buffer.from(wire, "latin1");
      const prefix = Buffer.alloc(2);
      prefix.writeUInt16BE(body.length);
      sock.write(Buffer.concat([prefix, body]));
    });
    sock.on("data", (d) => {
      buffer = Buffer.concat([buffer, d]);
      if (buffer.length >= 2 && buffer.length >= 2 + buffer.readUInt16BE(0)) {
        clearTimeout(timer);
        sock.end();
        resolve(buffer.subarray(2, 2 + buffer.readUInt16BE(0)).toString("latin1"));
      }
    });
    sock.on("error", (e) => { clearTimeout(timer); reject(e); });
  });
}

/**
 * A stand-in on a free port in front of a real server, for the transport tests:
 * forwards TCP connections and UDP datagrams to `target` and counts them.
 * mode: "forward", "truncate" (UDP answers become a bare header with TC set),
 * "silent" (accepts, reads, never answers), "close" (TCP: closes once the request
 * came), "reset" (TCP: resets the connection once the request came),
 * "trickle" (TCP: sends one byte of the length prefix, then nothing),
 * "drip" (TCP: forwards, but the first DRIP_BYTES bytes of the answers one at a time, DRIP_MS
 * apart: each read gets a byte well within the timeout, the whole answer comes after it),
 * "drop-first" (UDP: the first datagram is lost, the others forwarded),
 * "slow" (forwards, but each answer comes SLOW_MS late: a few queries outlast a deadline).
 */
const SLOW_MS = 400;
const DRIP_BYTES = 10;
const DRIP_MS = 250;

async function startStandIn(target, mode = "forward") {
  const port = await freePort();
  const counts = { tcp: 0, udp: 0 };
  const sockets = new Set();
  const timers = new Set();
  const later = (fn, ms = SLOW_MS) => { const t = setTimeout(() => { timers.delete(t); fn(); }, ms); timers.add(t); };
  const tcp = net.createServer((client) => {
    counts.tcp++;
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    client.on("error", () => {});
    if (mode === "close") return client.once("data", () => client.end());
    if (mode === "reset") return client.once("data", () => client.resetAndDestroy());
    if (mode === "trickle") return client.write(Buffer.from([0]));
    if (mode === "silent" || !target) return client.resume();
    const upstream = net.connect(target, "127.0.0.1");
    sockets.add(upstream);
    upstream.on("error", () => client.destroy());
    if (mode === "slow") {
      client.pipe(upstream);
      upstream.on("data", (d) => later(() => { if (!client.destroyed) client.write(d); }));
      return;
    }
    if (mode === "drip") {
      client.pipe(upstream);
      let pending = Buffer.alloc(0);
      let dripped = 0;
      let waiting = false;
      const pump = () => {
        waiting = false;
        if (client.destroyed || pending.length === 0) return;
        if (dripped >= DRIP_BYTES) { client.write(pending); pending = Buffer.alloc(0); return; }
        client.write(pending.subarray(0, 1));
        pending = pending.subarray(1);
        dripped++;
        waiting = true;
        later(pump, DRIP_MS);
      };
      upstream.on("data", (d) => { pending = Buffer.concat([pending, d]); if (!waiting) pump(); });
      return;
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise((resolve) => tcp.listen(port, "127.0.0.1", resolve));
  const udp = dgram.createSocket("udp4");
  udp.on("message", (msg, from) => {
    counts.udp++;
    if (mode === "silent" || !target || (mode === "drop-first" && counts.udp === 1)) return;
    if (mode === "truncate") {
      const header = Buffer.from(msg.subarray(0, 12));
      header.writeUInt16BE(0x8000 | (msg.readUInt16BE(2) & 0x7800) | 0x0200, 2); // QR, the opcode, TC
      header.fill(0, 4);
      return udp.send(header, from.port, from.address);
    }
    const upstream = dgram.createSocket("udp4");
    upstream.on("message", (answer) => {
      upstream.close();
      if (mode === "slow") later(() => udp.send(answer, from.port, from.address));
      else udp.send(answer, from.port, from.address);
    });
    upstream.send(msg, target, "127.0.0.1");
  });
  await new Promise((resolve) => udp.bind(port, "127.0.0.1", resolve));
  return {
    port, counts,
    stop: () => new Promise((resolve) => {
      for (const t of timers) clearTimeout(t);
      for (const s of sockets) s.destroy();
      udp.close();
      tcp.close(() => resolve());
    }),
  };
}

/**
 * A TCP proxy in front of a real DNS server that can hold UPDATE messages back, for races
 * between writers: after hold(), the next UPDATE that passes is kept (its connection waits),
 * `held()` resolves once it is, and release() sends it on. Queries always pass at once.
 * `updates` counts the UPDATE messages that went through.
 */
async function startHoldingProxy(target) {
  const port = await freePort();
  const sockets = new Set();
  let holding = false;
  let kept = null;
  let onHeld = null;
  const proxy = { port, updates: 0 };
  const server = net.createServer((client) => {
    const upstream = net.connect(target, "127.0.0.1");
    for (const s of [client, upstream]) { sockets.add(s); s.on("close", () => sockets.delete(s)); s.on("error", () => {}); }
    upstream.on("close", () => client.destroy());
    client.on("close", () => upstream.destroy());
    upstream.pipe(client);
    let buffer = Buffer.alloc(0);
    client.on("data", (d) => {
      buffer = Buffer.concat([buffer, d]);
      while (buffer.length >= 2 && buffer.length >= 2 + buffer.readUInt16BE(0)) {
        const framed = buffer.subarray(0, 2 + buffer.readUInt16BE(0));
        buffer = buffer.subarray(framed.length);
        const isUpdate = framed.length >= 6 && ((framed[4] >> 3) & 15) === 5;
        if (isUpdate) proxy.updates++;
        if (isUpdate && holding) {
          holding = false;
          kept = () => upstream.write(framed);
          if (onHeld) onHeld();
        } else {
          upstream.write(framed);
        }
      }
    });
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return Object.assign(proxy, {
    hold() { holding = true; kept = null; return new Promise((resolve) => { onHeld = resolve; }); },
    release() { if (kept) kept(); kept = null; },
    stop: () => new Promise((resolve) => { for (const s of sockets) s.destroy(); server.close(() => resolve()); }),
  });
}

module.exports = { INSTALL, PUBLISHED_TYPES, startKnot, startBind, findProgram, exchangeTcp, startStandIn, startHoldingProxy };
