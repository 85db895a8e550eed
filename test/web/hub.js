"use strict";
// A hub with both front ends on real parts, for the endpoint's end-to-end tests: the real web
// server of a Synchronet pack serving dist/nic/ as the web root's nic/ (as docs/hub.md has a hub
// copy it), the services server in the same sbbs process running dist/dyndns-service.js (the 8467
// front end), one user database of QWKnet accounts, and a real Knot DNS or BIND for the zone
// bbs.test. Requests: Node's http and https, curl, or raw bytes on a socket; names read back with
// kdig. Call hubSuite() inside describe():
//
//   const hub = hubSuite({ version: "3.22a", dns: "knot" });
//   it("...", async () => { const r = await hub.get("/nic/update?hostname=...", { user: "TESTBBS" }); ... });
const fs = require("node:fs");
const net = require("node:net");
const path = require("node:path");
const http = require("node:http");
const https = require("node:https");
const { startWebServer, WEB_USERS } = require("./webServer");
const { curl } = require("./clients");
const { startKnot, startBind } = require("../real/dns");
const { makeRoot, freePort, removeRoots } = require("../real/pack");
const { serviceSettings, ourClient, ZONE } = require("../service/stack");

const REPO = path.join(__dirname, "../..");
/** dist/nic/ as a hub copies it into its web root. */
const NIC = ["index.ssjs", "webctrl.ini"];
const AGENT = "endpoint-test/1.0";

/** The members: the lab's users, then one QWKnet account per group of tests, so that their limits never meet. */
const MEMBERS = ["ROUTER", "BOTH", "NOCHG", "EDGE", "FLOOD", "SECURE", "WILD", "MXBBS", "OFFBBS", "LOCKED", "CANARY"];
const USERS = WEB_USERS.concat(MEMBERS.map((alias) => ({ alias, password: alias.charAt(0) + alias.slice(1).toLowerCase() + "Pass1", qwk: true })));
const PASSWORDS = Object.fromEntries(USERS.map((u) => [u.alias, u.password]));

function section(name, values) {
  return "[" + name + "]\n" + Object.entries(values).map(([k, v]) => k + " = " + v).join("\n") + "\n";
}

/** Resolves { status, headers, body, lines } (lines: the body's, LF-split, the last empty one dropped). */
function reply(status, headers, body) {
  return { status, headers, body, lines: body === "" ? [] : body.replace(/\n$/, "").split("\n") };
}

/**
 * options: version ("3.22a"), dns ("knot" or "bind"), sbbsIni (more ctrl/sbbs.ini edits, as
 * startWebServer takes them). Starts everything in before(), stops it in after(); before each
 * test the settings go back to the base ones.
 */
function hubSuite(options = {}) {
  const version = options.version || "3.22a";
  const hub = {
    version, web: null, dns: null, member: null, servicePort: null, anchor: null,
    /** [dyndns_service]: the base (no limits, private addresses allowed: requests come from 127.0.0.1) with `extra` over it. */
    setSettings(extra = {}) {
      const values = serviceSettings(hub.dns, Object.assign({ hourly_cap: 0, nochg_limit: 0 }, extra));
      for (const [k, v] of Object.entries(extra)) if (v === undefined) delete values[k];
      hub.web.root.write("ctrl/modopts.ini", hub.modopts.replace(/\n*$/, "\n\n") + section("dyndns_service", values));
    },
    /** The audit log's lines, parsed. */
    audit: () => hub.web.root.read("data/dyndns-service.log").split("\n").filter(Boolean).map((l) => JSON.parse(l)),
    /** The web server's (and services server's) console. */
    console: () => hub.web.log(),
    /** The zone's serial: it moves on with every update the DNS server takes. */
    serial: async () => Number((await hub.dns.query(ZONE, "SOA"))[0].split(" ")[2]),
    /** Every published type of a name, as kdig prints them. */
    records: (name) => hub.dns.all(name),
    /** Forgets a member's limits (its state file under data/dyndns-service/). */
    forget: (id) => fs.rmSync(hub.web.root.file("data/dyndns-service/" + id.toLowerCase() + ".json"), { force: true }),
    /**
     * GET path with Node's http (or https: checked against the test CA, by the certificate's name).
     * opts: user (an alias: its password is used), password, agent (null: no User-Agent), https.
     */
    get(p, opts = {}) {
      const headers = {};
      if (opts.agent !== null) headers["User-Agent"] = opts.agent || AGENT;
      if (opts.user) headers.Authorization = "Basic " + Buffer.from(opts.user + ":" + (opts.password || PASSWORDS[opts.user])).toString("base64");
      const tls = !!opts.https;
      const request = {
        host: "127.0.0.1", port: tls ? hub.web.https.port : hub.web.http.port, path: p, headers, agent: false,
      };
      if (tls) Object.assign(request, { servername: hub.web.hostName, ca: fs.readFileSync(hub.anchor) });
      return new Promise((resolve, reject) => {
        const req = (tls ? https : http).get(request, (res) => {
          let body = "";
          res.setEncoding("latin1");
          res.on("data", (d) => { body += d; });
          // done when the connection is closed too, as a client that sent Connection: close sees it:
          // requests one after another then never overlap the web server's end of the last one
          let ended = false;
          let closed = false;
          const done = () => { if (ended && closed) resolve(reply(res.statusCode, res.headers, body)); };
          res.on("end", () => { ended = true; done(); });
          if (res.socket.destroyed) closed = true;
          else res.socket.on("close", () => { closed = true; done(); });
        });
        req.on("error", reject);
        req.setTimeout(20000, () => req.destroy(new Error("GET " + p + ": no answer within 20 s")));
      });
    },
    /** curl -sS (-u user:password) (-A agent) URL, as clients.js runs it; opts: user, password, agent, https, args. */
    curl(p, opts = {}) {
      const args = [];
      if (opts.agent !== undefined) args.push("-A", opts.agent);
      const port = opts.https ? hub.web.https.port : hub.web.http.port;
      if (opts.https) args.push("--resolve", hub.web.hostName + ":" + port + ":127.0.0.1");
      return curl((opts.https ? hub.web.https : hub.web.http).url(p), {
        user: opts.user ? opts.user + ":" + (opts.password || PASSWORDS[opts.user]) : undefined,
        caFile: opts.https ? hub.anchor : undefined, args: args.concat(opts.args || []),
      });
    },
    /**
     * Bytes on a raw socket to the HTTP port (latin1 text or a Buffer); resolves { text, ms } once the
     * server closes, with what it sent. A request line: request(query, extra headers).
     */
    raw(bytes, timeoutMs = 30000) {
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const sock = net.connect(hub.web.http.port, "127.0.0.1");
        const got = [];
        sock.on("data", (d) => got.push(d));
        sock.on("error", () => { /* a reset after the answer: what was read is kept */ });
        sock.on("close", () => { clearTimeout(timer); resolve({ text: Buffer.concat(got).toString("latin1"), ms: Date.now() - started }); });
        const timer = setTimeout(() => { sock.destroy(); reject(new Error("raw: the web server kept the connection open for " + timeoutMs + " ms")); }, timeoutMs);
        sock.end(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, "latin1"));
      });
    },
    /** An HTTP/1.0 GET of /nic/update?<query> as raw text, with a member's Basic auth and a User-Agent, and `extra` header lines. */
    request(query, user, extra = "") {
      const auth = user ? "Authorization: Basic " + Buffer.from(user + ":" + PASSWORDS[user]).toString("base64") + "\r\n" : "";
      return "GET /nic/update" + query + " HTTP/1.0\r\nHost: " + hub.web.hostName + "\r\nUser-Agent: " + AGENT + "\r\n" + auth + extra + "\r\n";
    },
    /** Our dyndns.js under the real jsexec of the same pack, updating through the 8467 front end. */
    ours: (args, dyndns = {}) => ourClient({ member: hub.member, port: hub.servicePort }, args, Object.assign({ domain: ZONE }, dyndns)),
  };

  before(async function () {
    this.timeout(120000);
    hub.dns = await (options.dns === "bind" ? startBind : startKnot)({ zone: ZONE });
    hub.servicePort = await freePort();
    const files = {};
    for (const f of NIC) files["nic/" + f] = fs.readFileSync(path.join(REPO, "dist/nic", f), "latin1");
    hub.web = await startWebServer({
      // host lookups on (the pack has NO_HOST_LOOKUP): remote_host is then a name, never the address to publish
      version, files, users: USERS, sbbsIni: Object.assign({}, options.sbbsIni, { Web: Object.assign({ Options: "NO_CGI | ALLOW_TLS" }, (options.sbbsIni || {}).Web) }),
      services: section("DynDNS", { Port: hub.servicePort, Interface: "127.0.0.1", Command: "dyndns-service.js", Options: "NO_HOST_LOOKUP" }),
      rootFiles: { "mods/dyndns-service.js": fs.readFileSync(path.join(REPO, "dist/dyndns-service.js"), "latin1") },
    });
    hub.modopts = hub.web.root.read("ctrl/modopts.ini");
    hub.setSettings();
    hub.anchor = await hub.web.trustAnchor();
    hub.member = await makeRoot({ pack: hub.web.pack });
  });
  after(async function () {
    this.timeout(30000);
    if (hub.web) await hub.web.stop();
    if (hub.dns) await hub.dns.stop();
    if (hub.member) hub.member.remove();
    removeRoots();
  });
  beforeEach(() => hub.setSettings());
  return hub;
}

module.exports = { hubSuite, USERS, PASSWORDS, MEMBERS, AGENT };
