"use strict";
// Section 9 of npm run bench: the dyndns2 endpoint on real parts. dist/nic/index.ssjs in the real
// web server of Synchronet 3.22a, dist/dyndns-service.js on 8467 in the same sbbs process
// (test/web/realHub.js), publishing to a real Knot DNS 3.2 and BIND 9.18 on loopback. A bare Node
// client sends each update as ddclient and inadyn do (a new connection per request, HTTP or
// HTTPS with the certificate checked, Basic auth, a User-Agent) and times request -> answer; each
// request changes the member's A record, so each is one web login, one read of the current records
// (12 TSIG-signed queries in one pipelined exchange) and one TSIG-signed UPDATE.
//   floors: the same change through the 8467 service (nine prompts, login()) and the UPDATE
//   alone (bench-dyndns-service.js), interleaved by blocks of 25.
// Then: requests per second with 1 and 8 clients (each its own id and its own source address);
// the read of the current records by itself (dnsServer.ts under the real jsexec, against the same
// 12 queries sent by Node at once and one after another); and a burst of 500 members (500 QWKnet
// accounts, each from its own loopback address): spread over a minute, then all at once with the
// web server's default MaxClients (100) and with MaxClients raised (the server recycled).
require("../support/register-ts.js");
const fs = require("node:fs");
const http = require("node:http");
const https = require("node:https");
const net = require("node:net");
const { execFile } = require("node:child_process");
const path = require("node:path");
const { startHub } = require("../web/realHub");
const { startBind } = require("../real/dns");
const { jsexec, makeRoot, removeRoots, setIniKey } = require("../real/pack");
const { settingsWriter } = require("../service/stack");
const { session, updatesAlone, answersFor } = require("./bench-dyndns-service");
const { encodeQuery } = require("../../src/shared/core/dns/query.ts");
const { signRequest } = require("../../src/shared/core/dns/tsig.ts");
const { PUBLISHED_TYPES } = require("../../src/shared/core/dns/codes.ts");

const hr = () => Number(process.hrtime.bigint()) / 1e6;
const CLIENTS = 8;
/** [Web] MaxClients for the last round of the burst (the pack's default is 100). */
const RAISED = 1000;
const DEFAULT_MAX_CLIENTS = 100;
/** The hub's limits off: the bench measures the work, not the rate limits. */
const SETTINGS = { min_interval: 0, hourly_cap: 0, nochg_limit: 0 };
const password = (alias) => alias + "-pw";
const member = (alias) => ({ alias, password: password(alias), qwk: true });
/** A fresh address for each update of an id (198.18.0.0/15: RFC 2544's benchmarking range). */
const counters = {};
function nextAddress(id) {
  const k = counters[id] = (counters[id] || 0) + 1;
  return "198.18." + ((k >> 8) & 255) + "." + (k & 255);
}

/**
 * One GET /nic/update over a new connection; resolves { ms, status, body } or { ms, error }.
 * tls: { ca, servername } for HTTPS; localAddress: the source address (one per member); hostname:
 * the name asked for (default the id's own).
 */
function updateRequest(port, { id, ip, tls, localAddress, hostname }) {
  return new Promise((resolve) => {
    const t0 = hr();
    const options = {
      host: "127.0.0.1", port, agent: false, localAddress, path: "/nic/update?hostname=" + (hostname || id.toLowerCase() + ".bbs.test") + "&myip=" + ip,
      headers: { Authorization: "Basic " + Buffer.from(id + ":" + password(id)).toString("base64"), "User-Agent": "dyndns-bench/1.0", Connection: "close" },
    };
    if (tls) Object.assign(options, tls, { headers: Object.assign({ Host: tls.servername }, options.headers) });
    const req = (tls ? https : http).request(options, (res) => {
      let body = "";
      res.on("data", (d) => { body += d; });
      res.on("end", () => resolve({ ms: hr() - t0, status: res.statusCode, body: body.trim() }));
    });
    req.on("error", (e) => resolve({ ms: hr() - t0, error: e.code || e.message }));
    req.setTimeout(90000, () => req.destroy(new Error("no answer within 90 s")));
    req.end();
  });
}

/** n updates of id, one after another, each changing its A record; throws unless each is answered `good`. */
async function updates(port, id, n, tls, localAddress) {
  const times = [];
  const t0 = hr();
  for (let i = 0; i < n; i++) {
    const ip = nextAddress(id);
    const r = await updateRequest(port, { id, ip, tls, localAddress });
    if (r.body !== "good " + ip) throw new Error("dyndns2 update of " + id + ": " + (r.error || r.status + " " + r.body));
    times.push(r.ms);
  }
  return { ms: times, wall: hr() - t0 };
}

/** Requests per second: `clients` loops at once, each its own id and source address, n in all. */
async function rate(port, ids, n, tls) {
  const t0 = hr();
  const each = Math.ceil(n / ids.length);
  const runs = await Promise.all(ids.map((id, i) => updates(port, id, each, tls, "127.0.2." + (10 + i))));
  return { count: each * ids.length, perSecond: (each * ids.length) / ((hr() - t0) / 1000), ms: [].concat(...runs.map((r) => r.ms)) };
}

/** The same with the 8467 service (a bare Node client of the line protocol). */
async function rate8467(hub, ids, n) {
  const t0 = hr();
  const each = Math.ceil(n / ids.length);
  await Promise.all(ids.map(async (id) => {
    for (let i = 0; i < each; i++) {
      const r = await session(hub.port, answersFor(id, password(id), nextAddress(id), "bench"));
      if (r.line !== "ok") throw new Error("8467 session of " + id + ": " + r.line);
    }
  }));
  return { count: each * ids.length, perSecond: (each * ids.length) / ((hr() - t0) / 1000) };
}

/** One 8467 session per element, changing the A record; ms each. */
async function sessions8467(hub, id, n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const r = await session(hub.port, answersFor(id, password(id), nextAddress(id), "bench"));
    if (r.line !== "ok") throw new Error("8467 session of " + id + ": " + r.line);
    times.push(r.ms);
  }
  return times;
}

/**
 * The 12 signed queries the hub reads a member's records with (6 types x the name and its
 * wildcard), sent by Node over one new TCP connection: all at once (as dnsServer.ts does now) or
 * each after the answer to the one before. ms until the last answer.
 */
function nodeRead(dns, owner, pipelined) {
  const key = { name: dns.keys.service.name.replace(/\.$/, ""), algorithm: "hmac-sha256", secret: dns.keys.service.secret };
  const frames = [];
  let id = Math.floor(Math.random() * 60000);
  for (const name of [owner, "*." + owner]) {
    for (const type of PUBLISHED_TYPES) {
      const wire = Buffer.from(signRequest(encodeQuery(name, type, id++ & 0xffff), key, Math.floor(Date.now() / 1000)).wire, "latin1");
      const prefix = Buffer.alloc(2);
      prefix.writeUInt16BE(wire.length);
      frames.push(Buffer.concat([prefix, wire]));
    }
  }
  return new Promise((resolve, reject) => {
    const t0 = hr();
    const sock = net.connect(dns.port, "127.0.0.1");
    let buffer = Buffer.alloc(0);
    let answered = 0;
    const timer = setTimeout(() => { sock.destroy(); reject(new Error("no answers from the DNS server within 5 s")); }, 5000);
    sock.on("connect", () => (pipelined ? sock.write(Buffer.concat(frames)) : sock.write(frames[0])));
    sock.on("data", (d) => {
      buffer = Buffer.concat([buffer, d]);
      while (buffer.length >= 2 && buffer.length >= 2 + buffer.readUInt16BE(0)) {
        buffer = buffer.subarray(2 + buffer.readUInt16BE(0));
        answered++;
        if (answered === frames.length) { clearTimeout(timer); sock.end(); resolve(hr() - t0); return; }
        if (!pipelined) sock.write(frames[answered]);
      }
    });
    sock.on("error", (e) => { clearTimeout(timer); reject(e); });
  });
}

/** dnsServer.ts's currentRecords() under the real jsexec, n times in one process: the ms of each (Date resolution: use the mean). */
async function jsexecReads(root, dns, owner, n) {
  const settings = { server: "127.0.0.1", port: dns.port, transport: "tcp", zone: "bbs.test", timeoutSeconds: 5,
    key: { name: dns.keys.service.name, algorithm: "hmac-sha256", secret: dns.keys.service.base64 } };
  const file = root.file("reads-" + dns.kind + ".json");
  fs.writeFileSync(file, JSON.stringify({ settings, steps: Array.from({ length: n }, () => ({ current: [owner, "*." + owner] })) }));
  const r = await jsexec(root, ["dns-server.js", file], { killAfterMs: 120000 });
  const results = r.stdout.split("\n").filter((l) => l.startsWith("RESULT ")).map((l) => JSON.parse(l.slice(7)));
  if (r.status !== 0 || results.length !== n || !results.every((x) => x.result.ok)) throw new Error("jsexec reads: " + r.stdout.slice(-500) + r.stderr);
  return results.map((x) => x.ms);
}

/** How many of the names have the A record expected ({ name: address }) now (kdig, 100 names a run). */
async function published(dns, expected) {
  const names = Object.keys(expected);
  let count = 0;
  for (let i = 0; i < names.length; i += 100) {
    const args = ["@127.0.0.1", "-p", String(dns.port), "+tcp", "+noall", "+answer", "+time=5"];
    for (const name of names.slice(i, i + 100)) args.push(name, "A");
    const out = await new Promise((resolve, reject) => execFile("kdig", args, { encoding: "latin1", maxBuffer: 1 << 24 }, (e, stdout) => (e ? reject(e) : resolve(stdout))));
    for (const line of out.split("\n")) {
      const m = /^(\S+)\.\s+\d+\s+IN\s+A\s+(\S+)$/.exec(line);
      if (m && expected[m[1].toLowerCase()] === m[2]) count++;
    }
  }
  return count;
}

/**
 * The burst: every member sends one update, member i at i * spreadMs (0: all at once), each from
 * its own loopback address and with an address of its own for this round. Resolves the answers,
 * the wall time and how many names the DNS server then has with that address.
 */
async function burst(hub, dns, members, spreadMs, round) {
  const t0 = hr();
  const expected = {};
  const results = await Promise.all(members.map((m, i) => new Promise((resolve) => setTimeout(resolve, i * spreadMs)).then(() => {
    const ip = "198." + (18 + (i >> 8)) + "." + round + "." + (i & 255);
    expected[m.alias.toLowerCase() + ".bbs.test"] = ip;
    return updateRequest(hub.web.http.port, { id: m.alias, ip, tls: null, localAddress: "127.1." + (i >> 7) + "." + ((i & 127) + 2) });
  })));
  const wall = hr() - t0;
  const good = results.filter((r) => r.status === 200 && /^good /.test(r.body));
  return {
    n: members.length, wall, good: good.length, refused: results.filter((r) => r.error).length, ms: good.map((r) => r.ms),
    published: await published(dns, expected),
  };
}

/** Sets [Web] MaxClients and has the web server recycle (it reads sbbs.ini again). */
async function setMaxClients(hub, value) {
  const from = hub.console().length;
  hub.web.root.write("ctrl/sbbs.ini", setIniKey(hub.web.root.read("ctrl/sbbs.ini"), "Web", "MaxClients", value));
  hub.web.root.write("ctrl/recycle.web", "");
  await hub.web.bbs.waitFor(/Web Server thread started/, 60000, from);
  // the services server recycles too (sbbs.ini changed): wait until it is back before using 8467
  await hub.web.bbs.waitFor(/Services thread started/, 60000, from);
}

/** Everything for one DNS server: the hub's settings now point at it. */
async function measure(hub, dns, { n, burstSize, spreadMs, median, pct, progress, name }) {
  const use = settingsWriter(hub.web.root, dns, SETTINGS);
  await use();
  // the lab CA as the anchor: Node, unlike ddclient, inadyn and curl, does not take the server certificate itself
  const tls = { ca: fs.readFileSync(await hub.web.trustAnchor()), servername: hub.web.hostName };
  const port = hub.web.http.port;
  const tlsPort = hub.web.https.port;
  // warm-up: the web server's and the services server's script caches, the DNS server's journal.
  // Once, on a loaded machine, the first update after the switch to BIND (the web server just
  // recycled) was answered 200 with no body: said on the progress line, tried again once, not measured.
  try {
    await updates(port, "BENCH1", 10, null);
  } catch (e) {
    progress("9: " + name + ": warm-up: " + e.message + "; trying again in 2 s");
    await new Promise((r) => setTimeout(r, 2000));
    await updates(port, "BENCH1", 10, null);
  }
  await updates(tlsPort, "BENCH1", 10, tls);
  await sessions8467(hub, "BENCH2", 10);
  await updatesAlone(dns, 10);
  progress("9: " + name + ": one update each way, " + n + " of each, interleaved");
  const d = { httpMs: [], httpsMs: [], s8467: [], alone: [] };
  for (let done = 0; done < n; done += 25) {
    d.httpMs.push(...(await updates(port, "BENCH1", 25, null)).ms);
    d.httpsMs.push(...(await updates(tlsPort, "BENCH1", 25, tls)).ms);
    d.s8467.push(...(await sessions8467(hub, "BENCH2", 25)));
    d.alone.push(...(await updatesAlone(dns, 25)));
  }
  // the same address again (read, no write), and a name of another member (no DNS work at all)
  await updateRequest(port, { id: "BENCH3", ip: "198.19.0.1" });
  d.nochg = [];
  d.nohost = [];
  for (let i = 0; i < n / 2; i++) {
    const same = await updateRequest(port, { id: "BENCH3", ip: "198.19.0.1" });
    if (same.body !== "nochg 198.19.0.1") throw new Error("nochg expected: " + (same.error || same.body));
    d.nochg.push(same.ms);
    const other = await updateRequest(port, { id: "BENCH3", ip: "198.19.0.1", hostname: "bench4.bbs.test" });
    if (other.body !== "nohost") throw new Error("nohost expected: " + (other.error || other.body));
    d.nohost.push(other.ms);
  }
  progress("9: " + name + ": the read of the current records");
  const reader = await makeRoot({ files: { "mods/dns-server.js": await readerScript() } });
  d.readJsexec = await jsexecReads(reader, dns, "bench1.bbs.test", n);
  reader.remove();
  d.readPipelined = [];
  d.readSequential = [];
  for (let i = 0; i < n; i++) {
    d.readPipelined.push(await nodeRead(dns, "bench1.bbs.test", true));
    d.readSequential.push(await nodeRead(dns, "bench1.bbs.test", false));
  }
  progress("9: " + name + ": requests per second, 1 and " + CLIENTS + " clients");
  const ids = Array.from({ length: CLIENTS }, (_, i) => "BENCH" + (i + 1));
  d.rates = {
    http1: await rate(port, ["BENCH1"], n, null), http8: await rate(port, ids, n, null),
    https1: await rate(tlsPort, ["BENCH1"], n, tls), https8: await rate(tlsPort, ids, n, tls),
    s1: await rate8467(hub, ["BENCH1"], n), s8: await rate8467(hub, ids, n),
  };
  const members = hub.burstMembers.slice(0, burstSize);
  progress("9: " + name + ": a burst of " + members.length + " members spread over " + ((members.length * spreadMs) / 1000).toFixed(0) + " s");
  d.spread = await burst(hub, dns, members, spreadMs, 1);
  progress("9: " + name + ": the same " + members.length + " members at once, MaxClients 100 (the default)");
  d.atOnce = await burst(hub, dns, members, 0, 2);
  progress("9: " + name + ": at once, MaxClients " + RAISED + " (the web server recycled)");
  await setMaxClients(hub, RAISED);
  d.atOnceRaised = await burst(hub, dns, members, 0, 3);
  await setMaxClients(hub, DEFAULT_MAX_CLIENTS);
  return d;
}

let readerCode = null;
async function readerScript() {
  if (!readerCode) {
    const { bundleEntry } = await import("../../build.mjs");
    readerCode = await bundleEntry(path.join(__dirname, "../entries/dns-server.js"), ["dns-server.js: bench only, runs dnsServer.ts"]);
  }
  return readerCode;
}

/** rows for the table (section 9); returns the figures for the interpretation. */
async function sectionDyndns2({ row, progress, median, pct, ms, quick }) {
  const n = quick ? 50 : 200;
  const burstSize = quick ? 100 : 500;
  const spreadMs = 60000 / burstSize;
  const benchers = Array.from({ length: CLIENTS }, (_, i) => member("BENCH" + (i + 1)));
  const burstMembers = Array.from({ length: burstSize }, (_, i) => member("B" + String(i).padStart(3, "0")));
  progress("9: the hub (3.22a web server + services server) with " + (benchers.length + burstMembers.length) + " QWKnet accounts (system.new_user() takes ~0.1 s each)");
  const hub = await startHub({ version: "3.22a", dnsServer: "knot", address: "127.0.0.1", extraUsers: benchers.concat(burstMembers), settings: SETTINGS });
  hub.burstMembers = burstMembers;
  const bind = await startBind({ zone: "bbs.test" });
  const result = {};
  try {
    for (const [kind, dns, name] of [["knot", hub.knot, "Knot 3.2"], ["bind", bind, "BIND 9.18"]]) {
      const d = await measure(hub, dns, { n, burstSize, spreadMs, median, pct, progress, name });
      result[kind] = d;
      const m = (xs) => ms(median(xs)) + " / " + ms(pct(xs, 99));
      row("9", name + ": dyndns2 update over HTTP, request → answer, A changed each time (ms, median / p99)", m(d.httpMs),
        m(d.alone) + " (the UPDATE alone)", "+" + ms(median(d.httpMs) - median(d.alone)) + " ms; 8467 session " + m(d.s8467), d.httpMs.length + " / " + d.alone.length);
      row("9", name + ": the same over HTTPS (a new TLS session each time, certificate checked) (ms, median / p99)", m(d.httpsMs),
        m(d.httpMs) + " (HTTP)", "+" + ms(median(d.httpsMs) - median(d.httpMs)) + " ms for TLS", d.httpsMs.length + " / " + d.httpMs.length);
      row("9", name + ": dyndns2 nochg (read, no UPDATE) | nohost (no DNS work) over HTTP (ms, median)", ms(median(d.nochg)) + " | " + ms(median(d.nohost)), "",
        "the read, seen from the client: " + ms(median(d.nochg) - median(d.nohost)) + " ms", d.nochg.length + " / " + d.nohost.length);
      row("9", name + ": the read of the current records: 12 signed queries, one pipelined exchange, dnsServer.ts in the real jsexec (ms, mean / median)",
        ms(d.readJsexec.reduce((a, b) => a + b, 0) / d.readJsexec.length) + " / " + ms(median(d.readJsexec)),
        ms(median(d.readPipelined)) + " (Node, all at once) | " + ms(median(d.readSequential)) + " (Node, one after another)", "", String(d.readJsexec.length));
      const r = d.rates;
      row("9", name + ": requests per second, 1 client / " + CLIENTS + " clients: HTTP | HTTPS | 8467",
        r.http1.perSecond.toFixed(1) + " / " + r.http8.perSecond.toFixed(1) + " | " + r.https1.perSecond.toFixed(1) + " / " + r.https8.perSecond.toFixed(1)
          + " | " + r.s1.perSecond.toFixed(1) + " / " + r.s8.perSecond.toFixed(1), "", "", r.http1.count + " each");
      for (const [b, what] of [[d.spread, "spread over a minute (one every " + ms(spreadMs) + " ms)"], [d.atOnce, "all at once, MaxClients 100 (default)"],
        [d.atOnceRaised, "all at once, MaxClients " + RAISED]]) {
        row("9", name + ": burst of " + b.n + " members, " + what + ": answered good | connection refused | names in DNS after; wall (s); answer ms median / p99 / max",
          b.good + " | " + b.refused + " | " + b.published + "; " + (b.wall / 1000).toFixed(1) + " s; " + ms(median(b.ms)) + " / " + ms(pct(b.ms, 99)) + " / " + ms(Math.max(...b.ms)),
          "", b.good === b.n && b.published === b.n ? "none lost" : (b.n - b.good) + " not answered good", String(b.n));
      }
    }
  } finally {
    await Promise.all([hub.stop(), bind.stop()]);
    removeRoots();
  }
  return result;
}

module.exports = { sectionDyndns2 };
