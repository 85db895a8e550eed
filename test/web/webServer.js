"use strict";
// The real Synchronet web server (`sbbs w!`, the web server alone) of either pack, from a
// scratch root: HTTP and HTTPS on free loopback ports, a web root whose nic/ directory holds
// the index.ssjs a test gives (with PathInfoIndex, so /nic/update runs it: docs/dyndns2-clients.md §6),
// and a user database with QWKnet accounts (the Q restriction) and a sysop.
//
//   const { startWebServer } = require("../web/webServer");
//   const web = await startWebServer({ version: "3.30a", files: { "nic/index.ssjs": text } });
//   web.http.url("/nic/update?hostname=a")   // http://127.0.0.1:<port>/nic/update?hostname=a
//   web.https.url("/nic/update")              // https://hub.dyndns.test:<port>/nic/update
//   await web.trustAnchor()                   // a PEM file that lets a client check the server
//   await web.presentedCertificate()          // a PEM file of the certificate it presents (openssl s_client)
//   web.clientEnv()                           // env for a client process: hub.dyndns.test is 127.0.0.1
//   await web.stop()
//
// HTTPS, tls: "ca" (default): the certificate is made as a hub gets one from Let's Encrypt with
// Synchronet's letsyncrypt.js: a 2048-bit RSA key made by the pack's own cryptlib (jsexec), a
// request signed by a CA (here a test CA made with openssl, its PEM the clients' trust anchor),
// key and certificate in ctrl/ssl.cert where the server reads them. tls: "self-signed": nothing
// is given and the server makes its own on the first TLS connection (a 1536-bit RSA key, which
// OpenSSL clients on Debian 12 refuse: docs/dyndns2-clients.md §5); the anchor is then the
// certificate it presents. The CA-signed certificate as presented is an anchor too: each client
// takes it. Either names the BBS's Internet address (ctrl/msgs.ini [Internet] addr), set here to
// hub.dyndns.test; client processes resolve it with nss_wrapper (LD_PRELOAD), as the service
// tests do for the stock client, so certificate checking stays on.
//
// services: the services server in the same sbbs process (`sbbs w! s+`), with the sections of
// ctrl/services.ini given, as a hub runs the 8467 service beside its web server. address: an
// address of this machine that is not loopback, where both servers also listen and the host name
// resolves to for clients: what /nic/checkip then shows a client on this machine (inadyn takes no
// loopback address from a checkip page: docs/dyndns2-clients.md §3).
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFile } = require("node:child_process");
const { makeRoot, makeUsers, startSbbs, jsexec, freePort, setIniKey, PACKS: PACK_LIST, VERSIONS } = require("../real/pack");
const { nssWrapper } = require("../service/stack");

/** The packs by Synchronet version: their directories (test/real/pack.js finds them: $SBBS_PACK, $SBBS330_PACK). */
const PACKS = Object.fromEntries(PACK_LIST.map((p) => [p.version, p.PACK]));

/** The BBS's Internet address: the name its certificate carries (RFC 6761 .test: never real). */
const HOST_NAME = "hub.dyndns.test";

/**
 * The users of every web root: #1 the sysop (level 90), then QWKnet accounts (Q restriction)
 * and an ordinary user. Passwords as a member would type them (Synchronet stores them upper-case).
 */
const WEB_USERS = [
  { alias: "SYSOPSAM", password: "SysopPass1", level: 90 },
  { alias: "TESTBBS", password: "QwkPass7", qwk: true },
  { alias: "VERT", password: "VertPass2", qwk: true },
  { alias: "NORMAL", password: "NormPass9" },
];

const MAKE_CERT = fs.readFileSync(path.join(__dirname, "sbbs/make-cert.js"), "latin1");

/** Runs program; resolves with its stdout. input: text for its stdin (else none is given). */
function run(program, args, input) {
  return new Promise((resolve, reject) => {
    const child = execFile(program, args, { encoding: "latin1", timeout: 20000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(program + " " + args.join(" ") + " failed: " + (error.code === "ENOENT" ? "not installed (apt-get install openssl)" : stderr || error.message)));
      else resolve(stdout);
    });
    if (input !== undefined) child.stdin.end(input);
  });
}

// The test CAs of this process (made once, removed at exit): "hub" signs the servers'
// certificates; "stranger" signs nothing (a wrong trust anchor).
let caDir = null;
const cas = {};
process.on("exit", () => { if (caDir) fs.rmSync(caDir, { recursive: true, force: true }); });

/** { pem, key }: paths of a test CA's certificate and key (2048-bit RSA, CA:TRUE, 2 days). */
function testCA(name) {
  if (!cas[name]) {
    caDir = caDir || fs.mkdtempSync(path.join(os.tmpdir(), "dyndns-ca-"));
    const pem = path.join(caDir, name + "-ca.pem");
    const key = path.join(caDir, name + "-ca.key");
    cas[name] = run("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", pem, "-days", "2",
      "-subj", "/CN=DynDNS " + name + " test CA", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign"])
      .then(() => ({ pem, key }));
  }
  return cas[name];
}

// ctrl/ssl.cert made per pack and host name, once per process: later roots get a copy.
const keysets = {};

/** Puts a key and a certificate signed by the "hub" test CA for hostName in root's ctrl/ssl.cert. */
async function installCertificate(root, hostName) {
  const id = root.pack.dir + " " + hostName;
  if (!keysets[id]) {
    keysets[id] = (async () => {
      const ca = await testCA("hub");
      root.write("mods/make-cert.js", MAKE_CERT);
      const request = root.file("temp/ssl.csr");
      const signed = root.file("temp/ssl.pem");
      const ext = root.file("temp/ssl.ext");
      for (const [args, step] of [[["key", hostName, request], "key"], [null, "sign"], [["cert", signed], "cert"]]) {
        if (step === "sign") {
          fs.writeFileSync(ext, "subjectAltName=DNS:" + hostName + "\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
          await run("openssl", ["x509", "-req", "-inform", "DER", "-in", request, "-CA", ca.pem, "-CAkey", ca.key, "-set_serial", "0x" + Date.now().toString(16),
            "-days", "2", "-extfile", ext, "-out", signed]);
          continue;
        }
        const r = await jsexec(root, ["make-cert.js"].concat(args));
        if (r.status !== 0) throw new Error("make-cert.js " + step + " failed (" + r.status + "): " + r.stdout + r.stderr);
      }
      return fs.readFileSync(root.file("ctrl/ssl.cert"));
    })();
    keysets[id].catch(() => { delete keysets[id]; });
  }
  const bytes = await keysets[id];
  if (!fs.existsSync(root.file("ctrl/ssl.cert"))) fs.writeFileSync(root.file("ctrl/ssl.cert"), bytes);
}

/**
 * Starts `sbbs w!`. options: version ("3.22a" default, or "3.30a") or pack (a pack directory);
 * files: { path under the web root: text } (a test gives nic/index.ssjs; nic/webctrl.ini with
 * PathInfoIndex is added unless given); rootFiles: { path under the Synchronet root: text };
 * users (default WEB_USERS); sbbsIni: more sbbs.ini edits ({ Web: { key: value } });
 * hostName (default HOST_NAME); tls: "ca" (default) or "self-signed" (see the top);
 * services: the text of ctrl/services.ini, or its sections ({ section: { key: value } }): the
 * services server then runs in the same sbbs process (`sbbs w! s+`), with the same user database,
 * data and logs, and no failed-login delay;
 * address: another address to listen on and to reach the server at (see the top);
 * debugSsjs: false to leave DEBUG_SSJS out of [Web] Options (see below).
 */
/** The [Web] Options of the packs' ctrl/sbbs.ini. */
const PACK_WEB_OPTIONS = "NO_CGI | ALLOW_TLS | NO_HOST_LOOKUP";

async function startWebServer(options = {}) {
  const version = options.version || "3.22a";
  const pack = options.pack || PACKS[version];
  if (!pack) throw new Error("startWebServer: no pack for version " + version + " (known: " + VERSIONS.join(", ") + ")");
  const hostName = options.hostName || HOST_NAME;
  const mode = options.tls || "ca";
  if (mode !== "ca" && mode !== "self-signed") throw new Error("startWebServer: tls is \"ca\" or \"self-signed\", not " + JSON.stringify(mode));
  const httpPort = await freePort();
  const httpsPort = await freePort();
  const address = options.address || "127.0.0.1";
  const interfaces = address === "127.0.0.1" ? "127.0.0.1" : "127.0.0.1," + address;
  const web = Object.assign({ "nic/webctrl.ini": "[*]\nPathInfoIndex=true\n" }, options.files || {});
  const files = Object.assign({ "ctrl/sockopts.ini": "[tcp]\nREUSEADDR = true\n" },
    options.rootFiles || {});
  for (const [rel, text] of Object.entries(web)) files[path.join("web/root", rel)] = text;
  const sbbsIni = {
    Web: {
      Interface: interfaces, Port: httpPort, TLSInterface: interfaces, TLSPort: httpsPort, RootDirectory: "../web/root",
      // a wrong password would otherwise cost every refused request seconds (the default delay is 5 s)
      LoginAttemptDelay: 0, LoginAttemptThrottle: 0,
    },
  };
  const services = options.services === undefined ? null : typeof options.services === "string" ? options.services
    : Object.entries(options.services).map(([name, keys]) => "[" + name + "]\n" + Object.entries(keys).map(([k, v]) => k + " = " + v).join("\n") + "\n").join("\n");
  if (services !== null) {
    files["ctrl/services.ini"] = services;
    sbbsIni.Services = { LoginAttemptDelay: 0, LoginAttemptThrottle: 0 };
  }
  for (const [section, keys] of Object.entries(options.sbbsIni || {})) sbbsIni[section] = Object.assign(sbbsIni[section] || {}, keys);
  // DEBUG_SSJS, as docs/hub.md advises a hub: without it the web server now and then sends a
  // script's answer without its body when a connection comes at once after another closed (the
  // script's output file is named after the socket number, and the closed session removes it
  // after the number was reused): inadyn's checkip request followed by its update lost the
  // update's body in about 1 run of 100 here, and inadyn then exits.
  const webOptions = sbbsIni.Web.Options !== undefined ? String(sbbsIni.Web.Options) : PACK_WEB_OPTIONS;
  // (test/web/measure/lostBodies.js measures it, with debugSsjs: false)
  if (options.debugSsjs !== false && !/\bDEBUG_SSJS\b/.test(webOptions)) sbbsIni.Web.Options = webOptions + " | DEBUG_SSJS";
  const root = await makeRoot({ pack, sbbsIni, files });
  let bbs = null;
  try {
    root.write("ctrl/msgs.ini", setIniKey(root.read("ctrl/msgs.ini"), "Internet", "addr", hostName));
    // api.ipify.org is where inadyn turns when a checkip page gives no address it takes: on
    // loopback (where nothing listens on its port 80) so that no run ever reaches out
    root.write("hosts", address + " " + hostName + "\n127.0.0.1 api.ipify.org\n");
    const users = await makeUsers(root, options.users || WEB_USERS);
    if (mode === "ca") await installCertificate(root, hostName);
    bbs = await startSbbs(root, services === null ? ["w!"] : ["w!", "s+"]);
    await bbs.waitFor(/Web Server thread started/);
    if (services !== null) await bbs.waitFor(/Services thread started/);
    let anchor = null;
    const server = {
      version, pack, root, users, bbs, hostName, tls: mode,
      address,
      http: { port: httpPort, server: address + ":" + httpPort, url: (p = "/") => "http://" + address + ":" + httpPort + p },
      https: { port: httpsPort, server: hostName + ":" + httpsPort, url: (p = "/") => "https://" + hostName + ":" + httpsPort + p },
      /** ctrl/ssl.cert: the server's keyset (cryptlib's format, not PEM). */
      keyset: root.file("ctrl/ssl.cert"),
      /** A PEM file a client trusts to check this server: the test CA's, or the self-signed certificate served. */
      async trustAnchor() {
        if (!anchor) anchor = mode === "ca" ? (await testCA("hub")).pem : await server.presentedCertificate();
        return anchor;
      },
      /**
       * A PEM file of the certificate the server presents, as `openssl s_client -showcerts` prints it:
       * the anchor a hub can hand its members (docs/dyndns2-clients.md §5).
       */
      async presentedCertificate() {
        const out = await run("openssl", ["s_client", "-connect", "127.0.0.1:" + httpsPort, "-servername", hostName, "-showcerts"], "");
        const pem = /-----BEGIN CERTIFICATE-----\n[\s\S]*?\n-----END CERTIFICATE-----\n/.exec(out);
        if (!pem) throw new Error("openssl s_client -showcerts showed no certificate of the web server on port " + httpsPort + ":\n" + out);
        const file = root.file("presented-certificate.pem");
        fs.writeFileSync(file, pem[0]);
        return file;
      },
      /** A PEM file of a CA that signed nothing here: with it as trust anchor, certificate checking fails. */
      async wrongAnchor() { return (await testCA("stranger")).pem; },
      /** Environment for a client process: hostName (and api.ipify.org) resolve to 127.0.0.1 (nss_wrapper), nothing else changes. */
      clientEnv: () => ({ LD_PRELOAD: nssWrapper(), NSS_WRAPPER_HOSTS: root.file("hosts") }),
      /** The server's console output so far. */
      log: () => bbs.output(),
      async stop() { await bbs.stop(); root.remove(); },
    };
    return server;
  } catch (e) {
    if (bbs) await bbs.stop();
    root.remove();
    throw e;
  }
}

module.exports = { startWebServer, testCA, VERSIONS, PACKS, HOST_NAME, WEB_USERS, PACK_WEB_OPTIONS };
