"use strict";
// npm run demo:service: the whole loop on real parts. A hub BBS (one real Synchronet 3.22a sbbs
// of the pack (docs/developer.md) with its services server running dist/dyndns-service.js on
// 8467 and its web server serving dist/nic/, the dyndns2 endpoint; a user database with QWKnet
// accounts) publishes to a real Knot DNS 3.2 on loopback. Two members update side by side: one
// BBS runs dist/dyndns.js under the real jsexec (8467), another runs Debian's ddclient 3.10
// against /nic/update (dyndns2). kdig shows what the world would see.
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const { jsexec, removeRoots } = require("../real/pack");

const NEEDS = [["knotd", "knot"], ["kdig", "knot-dnsutils"], ["ddclient", "ddclient"]];

function missingPackages() {
  return NEEDS.filter(([name]) => {
    for (const dir of (process.env.PATH || "").split(":").concat(["/usr/sbin", "/sbin", "/usr/bin"])) {
      try { execFileSync("test", ["-x", path.join(dir, name)]); return false; } catch (e) { /* next */ }
    }
    return true;
  }).map(([, pkg]) => pkg);
}

function show(title, text) {
  console.log(title);
  console.log(String(text).replace(/\n+$/, "").replace(/^/gm, "  "));
  console.log("");
}

async function main() {
  const missing = missingPackages();
  if (missing.length) {
    console.error("npm run demo:service needs Knot DNS 3.2 and ddclient on this machine (" + missing.join(", ") + " not installed).");
    console.error("Install them with:  apt-get install " + missing.join(" ") + "   (Debian/Ubuntu, as root; the demo starts knotd and runs ddclient itself, on loopback)");
    process.exitCode = 1;
    return;
  }
  const { startHub } = require("../web/realHub");
  const { ourClient } = require("../service/stack");
  const { ddclient } = require("../web/clients");
  // The service's defaults, but for private (loopback) addresses, which a demo on one machine needs.
  const hub = await startHub({ settings: { answer_timeout: undefined, min_interval: undefined } });
  try {
    const root = hub.web.root;
    show("hub BBS: ctrl/services.ini", root.read("ctrl/services.ini").split("\n").filter((l) => !/^Protocol/.test(l)).join("\n"));
    const modopts = root.read("ctrl/modopts.ini");
    show("hub BBS: ctrl/modopts.ini (the service's section, read by both front ends)",
      modopts.slice(modopts.indexOf("[dyndns_service]")).replace(/(tsig_secret = ).*/, "$1********"));
    show("hub BBS: its web root's nic/ (a copy of dist/nic/)", "index.ssjs   the dyndns2 endpoint: /nic/update, /nic/checkip\n" + root.read("web/root/nic/webctrl.ini"));
    const check = await jsexec(root, ["dyndns-service.js"]);
    show("hub BBS: $ jsexec dyndns-service.js      (checks the settings and the DNS server)", check.stdout.replace(/^JSexec[\s\S]*?\n\n/, "") + check.stderr);

    const args = ["QwkPass7", "-hn", "TESTBBS", "-mx", "mail.example.com"];
    const dyndns = { domain: "bbs.test", txt: "Test BBS, a member of the network", wildcard: "true" };
    show("member BBS 1 (our dyndns.js, through 8467): ctrl/modopts.ini",
      "[dyndns]\nhosts = 127.0.0.1\nport = " + hub.port + "\n" + Object.entries(dyndns).map(([k, v]) => k + " = " + v).join("\n"));
    let t0 = Date.now();
    const run = await ourClient(hub, args, dyndns);
    show("member BBS 1: $ jsexec dyndns.js " + args.join(" ").replace("QwkPass7", "<password>") + "      (exit status " + run.status + ", " + (Date.now() - t0) + " ms)",
      run.stdout.replace(/^JSexec[\s\S]*?\n\n/, "") + run.stderr);

    t0 = Date.now();
    const d = await ddclient({
      server: hub.web.http.server, login: "VERT", password: "VertPass2", hosts: ["vert.bbs.test"], web: hub.web.http.url("/nic/checkip"),
      settings: { wildcard: "yes", mx: "mail.example.com" }, env: hub.web.clientEnv(),
    });
    show("member BBS 2 (Debian's ddclient 3.10, through /nic/update): ddclient.conf", d.config.replace(/^(password=).*/m, "$1<password>"));
    show("member BBS 2: $ ddclient -daemon=0 -foreground -file ddclient.conf ...      (exit status " + d.status + ", " + (Date.now() - t0) + " ms)",
      d.lines.slice(d.lines.findIndex((l) => l.tag === "SENDING" && /^GET \/nic\/update/.test(l.text)))
        .filter((l) => /^(SUCCESS|FAILED|WARNING)$/.test(l.tag) || (l.tag === "SENDING" && /^GET /.test(l.text)) || (l.tag === "RECEIVE" && /^(HTTP\/|good|nochg)/.test(l.text)))
        .map((l) => (l.tag + ":").padEnd(9) + " " + l.text).join("\n"));

    const lines = [];
    for (const name of ["testbbs.bbs.test", "*.testbbs.bbs.test", "vert.bbs.test", "*.vert.bbs.test"]) {
      for (const [type, values] of Object.entries(await hub.knot.all(name))) for (const v of values) lines.push(name.padEnd(22) + type.padEnd(7) + v);
    }
    show("the world: $ kdig @127.0.0.1 -p " + hub.knot.port + " <name> <type>", lines.join("\n"));
    show("hub BBS: the console (services server, then web server)", hub.console().split("\n").map((l) => l.replace(/\r/g, "").trim())
      .filter((l) => /srvc 0[0-9]{3} DynDNS.*(TESTBBS|testbbs)|web {2}\d{4} .*dyndns2/.test(l)).join("\n"));
    show("hub BBS: data/dyndns-service.log (the audit log, one line per update, saying which front end)", hub.audit().map((a) => JSON.stringify(a)).join("\n"));
    process.exitCode = run.status || d.status;
  } finally {
    await hub.stop();
    removeRoots();
  }
}

main().catch((e) => { console.error(e && e.message ? e.message : e); process.exit(1); });
