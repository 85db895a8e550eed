"use strict";
// The real dyndns2 clients of Debian 12, run once each from a scratch directory of their own
// (config, cache, pid file: nothing in /etc or /var is read or written), and curl:
//
//   const { ddclient, inadyn, curl } = require("../web/clients");
//   const d = await ddclient({ server: web.http.server, login: "TESTBBS", password: "QwkPass7",
//                              hosts: ["a.bbs.test"], web: web.http.url("/nic/checkip"), env: web.clientEnv() });
//   d.conclusion        // "success" | "failure" (this run; docs/dyndns2-clients.md says what each does next)
//   d.results           // { "a.bbs.test": { outcome: "good", line: "SUCCESS:  updating a.bbs.test: good: ..." } }
//   d.cache             // { "a.bbs.test": { status: "good", ip: ..., atime: ... } }: what the next run reads
//   const i = await inadyn({ server: web.https.server, ssl: true, caFile, username, password, hosts, checkip: {...} });
//   i.conclusion        // "success" | "failure" (it exits) | "retry later" (i.retryIn s; stopped here, it would wait)
//
// Every runner resolves with { status, signal, ms, lines, ... } and never rejects on the client's
// own failure: a test asserts what it concluded. A client still running after timeoutMs is killed.
// The clients' facts and their log lines are in docs/dyndns2-clients.md.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawn } = require("node:child_process");

const DDCLIENT = "/usr/bin/ddclient";
const INADYN = "/usr/sbin/inadyn";
const INSTALL = "apt-get install ddclient inadyn libio-socket-ssl-perl curl";

const children = new Set();
process.on("exit", () => { for (const c of children) { try { c.kill("SIGKILL"); } catch (e) { /* gone */ } } });

function requireProgram(p) {
  if (!fs.existsSync(p)) throw new Error(p + " is not installed: the web lab runs the real clients (" + INSTALL + ")");
}

// The runs' scratch directories live in one directory of this process, removed when it exits
// (a test may run a client twice in the same directory, to see what its cache makes of it).
let scratchBase = null;
process.on("exit", () => { if (scratchBase) fs.rmSync(scratchBase, { recursive: true, force: true }); });

/** A scratch directory for one client run: `dir` when given (a second run there sees the cache). */
function scratch(dir, prefix) {
  if (dir) { fs.mkdirSync(dir, { recursive: true }); return dir; }
  scratchBase = scratchBase || fs.mkdtempSync(path.join(os.tmpdir(), "dyndns2-clients-"));
  return fs.mkdtempSync(path.join(scratchBase, prefix));
}

/**
 * Runs program; resolves { status, signal, ms, stdout, stderr, stopped }. watch(stderr + stdout
 * so far, stop) may call stop() to end it with SIGTERM (then SIGKILL after 5 s): stopped is true.
 */
function runProgram(program, args, options = {}) {
  const timeoutMs = options.timeoutMs || 30000;
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(program, args, { env: Object.assign({}, process.env, options.env || {}), stdio: ["ignore", "pipe", "pipe"] });
    children.add(child);
    let stdout = "";
    let stderr = "";
    let stopped = false;
    let killTimer = null;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      child.kill("SIGTERM");
      killTimer = setTimeout(() => child.kill("SIGKILL"), 5000);
    };
    const timer = setTimeout(() => { stopped = "timeout"; child.kill("SIGKILL"); }, timeoutMs);
    const look = () => { if (options.watch) options.watch(stderr + stdout, stop); };
    child.stdout.on("data", (d) => { stdout += d.toString("latin1"); look(); });
    child.stderr.on("data", (d) => { stderr += d.toString("latin1"); look(); });
    child.on("error", (e) => { clearTimeout(timer); clearTimeout(killTimer); children.delete(child); reject(e); });
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      children.delete(child);
      if (stopped === "timeout") {
        reject(new Error(path.basename(program) + " did not end within " + timeoutMs + " ms; output:\n" + stderr + stdout));
        return;
      }
      resolve({ status, signal, stopped, ms: Number(process.hrtime.bigint() - started) / 1e6, stdout, stderr });
    });
  });
}

// ---- ddclient 3.10 -------------------------------------------------------------------------

/** ddclient's cache file: { host: { key: value } } (one line per host: "k=v,k=v host"). */
function parseDdclientCache(text) {
  const cache = {};
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const at = line.lastIndexOf(" ");
    const entry = {};
    for (const pair of line.slice(0, at).split(",")) {
      const eq = pair.indexOf("=");
      if (eq > 0) entry[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    cache[line.slice(at + 1)] = entry;
  }
  return cache;
}

/**
 * ddclient once, in the foreground (-daemon=0 -foreground -verbose), with its own config, cache
 * and pid file in `dir`. options: server ("host:port"), login, password, hosts (one request for
 * all of them), ssl (https to the server: and to web=, see the doc), caFile (ssl_ca_file),
 * use ("web" with web=<url>, or "ip" with ip=<address>; or usev4/usev6 given in `settings`),
 * settings ({ key: value }: more config lines, e.g. wildcard, mx, backupmx, usev6, curl),
 * args (more command-line options, e.g. ["-force"]), env, dir, timeoutMs; config: the whole
 * config file's text instead (hosts still names the hosts it updates).
 * Resolves with status, lines ([{ tag, text }] as ddclient prints them), sent (each request's
 * lines), results ({ host: { outcome, line } }: good, nochg, wait, or the failure's word), the
 * cache it wrote, and its conclusion for this run: "success" (every host good, nochg, or skipped
 * as already so), "retry later" (every host skipped as waiting after an earlier failure or a
 * wNNx answer), else "failure" (a FAILED line, or a host with no word at all: HTTP 500).
 */
async function ddclient(options) {
  requireProgram(DDCLIENT);
  const dir = scratch(options.dir, "ddclient-");
  const settings = Object.assign({ daemon: 0, ssl: options.ssl ? "yes" : "no" }, options.caFile ? { ssl_ca_file: options.caFile } : {});
  if (options.use === "web" || (options.web && !options.use)) Object.assign(settings, { use: "web", web: options.web });
  else if (options.use === "ip" || options.ip) Object.assign(settings, { use: "ip", ip: options.ip });
  Object.assign(settings, { protocol: "dyndns2", server: options.server, login: options.login, password: options.password }, options.settings || {});
  const config = options.config !== undefined ? options.config : Object.entries(settings).filter(([, v]) => v !== undefined).map(([k, v]) => k + "=" + v).join("\n")
    + "\n" + options.hosts.join(",") + "\n";
  const file = path.join(dir, "ddclient.conf");
  fs.writeFileSync(file, config, { mode: 0o600 });
  const cacheFile = path.join(dir, "ddclient.cache");
  const args = ["-daemon=0", "-foreground", "-noquiet", "-verbose", "-file", file, "-cache", cacheFile, "-pid", path.join(dir, "ddclient.pid")]
    .concat(options.args || []);
  const r = await runProgram(DDCLIENT, args, { env: options.env, timeoutMs: options.timeoutMs });
  // ddclient writes each message as "TAG:" padded to 9 characters, then the text; a message
  // of several lines continues on lines with the same tag
  const lines = (r.stdout + r.stderr).split("\n").map((l) => l.replace(/\r$/, "")).filter((l) => l !== "").map((l) => {
    const m = /^([A-Z]+):\s?\s*(.*)$/.exec(l);
    return m ? { tag: m[1], text: m[2] } : { tag: "", text: l };
  });
  const sent = [];
  for (const l of lines) {
    if (l.tag === "CONNECT") sent.push([]);
    else if (l.tag === "SENDING" && sent.length && l.text !== "") sent[sent.length - 1].push(l.text);
  }
  const results = {};
  for (const l of lines) {
    let m;
    if (l.tag === "SUCCESS" && (m = /^updating ([^:]+): (\w+):/.exec(l.text))) results[m[1]] = { outcome: m[2], line: l.tag + ": " + l.text };
    else if (l.tag === "SUCCESS" && (m = /^([^:\s]+): skipped:/.exec(l.text))) results[m[1]] = { outcome: "skipped", line: l.tag + ": " + l.text };
    else if (l.tag === "WARNING" && (m = /^updating ([^:]+): (nochg|w\d+\w?):/.exec(l.text))) results[m[1]] = { outcome: m[2].startsWith("w") ? "wait" : m[2], line: l.tag + ": " + l.text };
    else if (l.tag === "WARNING" && (m = /^(?:skipping update of|cannot update) (\S+) from/.exec(l.text))) results[m[1]] = { outcome: "waiting", line: l.tag + ": " + l.text };
    else if (l.tag === "FAILED" && (m = /^updating ([^:]+): (.*)$/.exec(l.text))) {
      for (const host of m[1].split(",")) results[host] = { outcome: failureWord(m[2]), line: l.tag + ": " + l.text };
    }
  }
  const all = (outcomes) => options.hosts.every((h) => results[h] && outcomes.includes(results[h].outcome));
  let conclusion = "failure";
  if (r.status === 0 && all(["good", "nochg", "skipped"])) conclusion = "success";
  else if (r.status === 0 && all(["waiting", "wait"])) conclusion = "retry later";
  return Object.assign(r, {
    dir, config, lines, sent, results, conclusion,
    cache: fs.existsSync(cacheFile) ? parseDdclientCache(fs.readFileSync(cacheFile, "latin1")) : {},
  });
}

/** The word a FAILED line gives: "badauth" of "badauth: Bad authorization...", else what it says. */
function failureWord(text) {
  let m;
  if ((m = /^(\S+): /.exec(text)) && !/^(unexpected|authorization|Could)$/.test(m[1])) return m[1];
  if ((m = /^unexpected status \((.*)\)$/.exec(text))) return "unexpected status";
  if (/^authorization failed/.test(text)) return "authorization failed";
  if (/^Could not connect/.test(text)) return "could not connect";
  return text;
}

// ---- inadyn 2.10 ---------------------------------------------------------------------------

/**
 * inadyn once (--once --foreground -l debug), with its own config, cache dir (--cache-dir)
 * and pid file. options: server ("host:port" of ddns-server), username, password, hosts (one
 * request each), ddnsPath (default "/nic/update?hostname=%h&myip=%i"), ssl (default false here;
 * inadyn's own default is true), caFile (ca-trust-file), secureSsl (default true: certificates
 * are checked), checkip: { server, path, ssl } (the checkip page; default: none, then
 * checkipCommand must give the address), checkipCommand, allowIpv6, wildcard, responses
 * (ddns-response words), global / provider (more config lines), force (--force), env, dir, timeoutMs;
 * config: the whole config file's text instead (hosts still names the hosts it updates).
 * Resolves with status, lines (its messages), sent (each request's text), responses (each
 * response's text), results ({ host: { outcome: "success" | "fatal" | "temporary" | "error" |
 * "unchanged" (its cache holds the address: nothing sent) } }; none for a host it never got to,
 * e.g. after a failed TLS handshake, which it logs and then exits 0),
 * cache ({ host: what its cache file holds }), and its conclusion: "success", "failure" (it
 * exits on an error it holds for fatal, or a host got no answer), or "retry later" (it would wait retryIn seconds: this
 * runner stops it then with SIGTERM, as a service manager would).
 */
async function inadyn(options) {
  requireProgram(INADYN);
  const dir = scratch(options.dir, "inadyn-");
  const cacheDir = path.join(dir, "cache");
  fs.mkdirSync(cacheDir, { recursive: true });
  const q = (s) => JSON.stringify(String(s));
  const conf = [];
  if (options.caFile) conf.push("ca-trust-file = " + q(options.caFile));
  if (options.secureSsl === false) conf.push("secure-ssl = false");
  if (options.allowIpv6) conf.push("allow-ipv6 = true");
  conf.push(...(options.global || []));
  conf.push("custom hub {", "  username = " + q(options.username), "  password = " + q(options.password),
    "  ddns-server = " + q(options.server), "  ddns-path = " + q(options.ddnsPath || "/nic/update?hostname=%h&myip=%i"),
    "  ssl = " + (options.ssl ? "true" : "false"));
  if (options.checkip) {
    conf.push("  checkip-server = " + q(options.checkip.server), "  checkip-path = " + q(options.checkip.path || "/"),
      "  checkip-ssl = " + (options.checkip.ssl ? "true" : "false"));
  }
  if (options.checkipCommand) conf.push("  checkip-command = " + q(options.checkipCommand));
  if (options.wildcard) conf.push("  wildcard = true");
  if (options.responses) conf.push("  ddns-response = { " + options.responses.map(q).join(", ") + " }");
  conf.push(...(options.provider || []).map((l) => "  " + l));
  conf.push("  hostname = { " + options.hosts.map(q).join(", ") + " }", "}", "");
  const config = options.config !== undefined ? options.config : conf.join("\n");
  const file = path.join(dir, "inadyn.conf");
  fs.writeFileSync(file, config, { mode: 0o600 });
  const args = ["--once", "--foreground", "-l", "debug", "-f", file, "--cache-dir", cacheDir, "-P", path.join(dir, "inadyn.pid")]
    .concat(options.force ? ["--force"] : [], options.args || []);
  let retryIn = null;
  const r = await runProgram(INADYN, args, {
    env: options.env, timeoutMs: options.timeoutMs,
    watch(text, stop) {
      const m = /Will retry again in (\d+) sec/.exec(text);
      if (m) { retryIn = Number(m[1]); stop(); }
    },
  });
  // each message starts "inadyn[pid]: "; requests and responses run over several lines
  const lines = (r.stderr + r.stdout).split(/^inadyn\[\d+\]: /m).map((l) => l.replace(/\n+$/, "")).filter((l) => l !== "");
  const sent = lines.filter((l) => /^(Sending alias table update to DDNS server|Querying DDNS checkip server for my public IP#): /.test(l))
    .map((l) => l.replace(/^[^:]+: /, ""));
  const responses = lines.filter((l) => /^(DDNS server response|Server response): /.test(l)).map((l) => l.replace(/^[^:]+: /, ""));
  const results = {};
  let current = null;
  for (const l of lines) {
    let m;
    if ((m = /^Sending alias table update to DDNS server: GET \S*?hostname=([^&\s]+)/.exec(l))) current = decodeURIComponent(m[1]);
    if ((m = /^Successful alias table update for (\S+) =>/.exec(l))) results[m[1]] = { outcome: "success", line: l };
    else if (current && (m = /^(Fatal|Temporary) error in DDNS server response/.exec(l))) results[current] = { outcome: m[1].toLowerCase(), line: l };
    else if (current && /^HTTP\(S\) Transaction failed/.test(l)) results[current] = { outcome: "error", line: l };
  }
  // an address it already sent (its cache says so) is not sent again
  const unchanged = lines.some((l) => /^No IP# change detected/.test(l));
  for (const h of options.hosts) {
    if (!results[h] && unchanged && !lines.some((l) => l.startsWith("Update forced for alias " + h + ",") || l.startsWith("Update needed for alias " + h + ","))) {
      results[h] = { outcome: "unchanged", line: lines.find((l) => /^No IP# change detected/.test(l)) };
    }
  }
  const cache = {};
  for (const f of fs.readdirSync(cacheDir)) if (f.endsWith(".cache")) cache[f.slice(0, -6)] = fs.readFileSync(path.join(cacheDir, f), "latin1");
  let conclusion = "failure";
  if (retryIn !== null) conclusion = "retry later";
  else if (r.status === 0 && options.hosts.every((h) => results[h] && ["success", "unchanged"].includes(results[h].outcome))) conclusion = "success";
  return Object.assign(r, { dir, config, lines, sent, responses, results, cache, retryIn, conclusion });
}

// ---- curl ----------------------------------------------------------------------------------

/**
 * curl once: resolves { status (curl's exit), http (the status code), headers ({ name: value },
 * lower-case names; a repeated header's values joined by "\n"), body, stderr }. options: user
 * ("name:password"), caFile, args (more curl options), env, timeoutMs.
 */
async function curl(url, options = {}) {
  const args = ["-sS", "-i", "--max-time", "20"].concat(options.user ? ["-u", options.user] : [], options.caFile ? ["--cacert", options.caFile] : [],
    options.args || [], [url]);
  const r = await runProgram("curl", args, { env: options.env, timeoutMs: options.timeoutMs });
  const text = r.stdout;
  const split = text.indexOf("\r\n\r\n");
  const head = split >= 0 ? text.slice(0, split).split("\r\n") : [];
  const headers = {};
  for (const h of head.slice(1)) {
    const i = h.indexOf(":");
    const name = h.slice(0, i).toLowerCase();
    const value = h.slice(i + 1).trim();
    headers[name] = headers[name] === undefined ? value : headers[name] + "\n" + value;
  }
  const m = /^HTTP\/[\d.]+ (\d+)/.exec(head[0] || "");
  return { status: r.status, http: m ? Number(m[1]) : null, headers, body: split >= 0 ? text.slice(split + 4) : "", stderr: r.stderr };
}

module.exports = { ddclient, inadyn, curl, parseDdclientCache, DDCLIENT, INADYN };
