"use strict";
// The real Synchronet web server (`sbbs`, from a scratch root of a pack: test/real/pack.js; 3.22a
// unless options.version names another of its VERSIONS), on loopback and free ports, HTTP and
// HTTPS, for the hub's dyndns2 endpoint and its pages.
//
//   const web = await startWebServer({ nic: "path/to/index.ssjs", users: [...], services: "..." });
//   web.url("/nic/update?hostname=...", { tls: true })    // http(s)://127.0.0.1:<port>/...
//   await web.stop()
//
// The web root holds nic/ with the given index.ssjs and a webctrl.ini that turns every path
// below /nic/ into that script (PathInfoIndex: /nic/update, /nic/checkip), as a hub installs it.
// HTTPS: the server makes its certificate (ctrl/ssl.cert) at the first TLS connection;
// web.certificate() waits for it. It names `hostName` (mainIni host name), which clients
// that check names resolve through nss_wrapper (web.resolverEnv()).
const fs = require("node:fs");
const path = require("node:path");
const https = require("node:https");
const http = require("node:http");
const { makeRoot, makeUsers, startSbbs, freePort } = require("../real/pack");

const HOST_NAME = "hub.bbs.test";

/**
 * options: nic (path of the index.ssjs to serve at /nic/), webctrl (its webctrl.ini text; the
 * default turns on PathInfoIndex), users (as makeUsers takes them), files (more root files),
 * modopts (text appended to ctrl/modopts.ini), services (ctrl/services.ini text: then the
 * services server runs too, in the same process), sbbsIni (more [section] edits), version
 * (the Synchronet of the pack, "3.22a" or "3.30a": run each, e.g. for (const v of VERSIONS)).
 */
async function startWebServer(options = {}) {
  const httpPort = await freePort();
  const tlsPort = await freePort();
  const web = Object.assign({
    Interface: "127.0.0.1", Port: httpPort, TLSInterface: "127.0.0.1", TLSPort: tlsPort,
    RootDirectory: "../web/root", ErrorDirectory: "error", MaxInactivity: "10",
  }, (options.sbbsIni || {}).Web);
  const sbbsIni = Object.assign({}, options.sbbsIni, { Web: web });
  // The failed-login delays would slow every refusal by seconds (engines' SERVICES.md).
  sbbsIni.Services = Object.assign({ LoginAttemptDelay: 0, LoginAttemptThrottle: 0 }, sbbsIni.Services);
  sbbsIni.BBS = Object.assign({ LoginAttemptDelay: 0, LoginAttemptThrottle: 0 }, sbbsIni.BBS);
  const files = Object.assign({
    "web/root/nic/webctrl.ini": options.webctrl !== undefined ? options.webctrl : "[*]\nPathInfoIndex=true\n",
    "ctrl/sockopts.ini": "[tcp]\nREUSEADDR = true\n",
  }, options.files);
  if (options.services) files["ctrl/services.ini"] = options.services;
  const root = await makeRoot({ version: options.version, sbbsIni, files, mainIni: Object.assign({ host_name: HOST_NAME }, options.mainIni) });
  if (options.nic) fs.copyFileSync(options.nic, root.file("web/root/nic/index.ssjs"));
  if (options.modopts) root.write("ctrl/modopts.ini", root.read("ctrl/modopts.ini").replace(/\n*$/, "\n\n") + options.modopts);
  const users = options.users ? await makeUsers(root, options.users) : [];
  const servers = options.services ? ["s+", "w+"] : ["w!"];
  const bbs = await startSbbs(root, options.services ? ["t-", "f-", "m-"].concat(servers) : servers);
  await bbs.waitFor(/Web Server thread started|Web Server.*listening/);
  if (options.services) await bbs.waitFor(/Services thread started/);
  const url = (p, o = {}) => (o.tls ? "https" : "http") + "://127.0.0.1:" + (o.tls ? tlsPort : httpPort) + p;
  return {
    root, bbs, users, httpPort, tlsPort, hostName: HOST_NAME, url,
    console: () => bbs.output(),
    /** The server's certificate (PEM), made at the first TLS connection: one is made here if none was. */
    async certificate() {
      const file = root.file("ctrl/ssl.cert");
      for (let i = 0; i < 100 && !fs.existsSync(file); i++) {
        await get(url("/", { tls: true })).catch(() => null);
        if (!fs.existsSync(file)) await new Promise((r) => setTimeout(r, 100));
      }
      return fs.readFileSync(file, "latin1");
    },
    async stop() { await bbs.stop(); },
  };
}

/**
 * One request from Node (certificates are not checked here: the real clients check them).
 * Returns { status, headers, body } (body latin1).
 */
function get(url, options = {}) {
  return new Promise((resolve, reject) => {
    const lib = url.startsWith("https:") ? https : http;
    const headers = Object.assign({ Connection: "close" }, options.headers);
    if (options.user !== undefined) headers.Authorization = "Basic " + Buffer.from(options.user + ":" + options.password, "latin1").toString("base64");
    if (options.agent !== undefined) {
      if (options.agent === null) delete headers["User-Agent"];
      else headers["User-Agent"] = options.agent;
    }
    const req = lib.request(url, { method: options.method || "GET", headers, rejectUnauthorized: false, agent: false }, (res) => {
      const chunks = [];
      res.on("data", (d) => chunks.push(d));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString("latin1") }));
      res.on("error", reject);
    });
    req.setTimeout(options.timeoutMs || 20000, () => req.destroy(new Error("no answer from " + url + " within " + (options.timeoutMs || 20000) + " ms")));
    req.on("error", reject);
    req.end();
  });
}

module.exports = { startWebServer, get, HOST_NAME };
