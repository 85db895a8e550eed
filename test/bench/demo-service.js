"use strict";
// npm run demo:service: the whole loop on real parts. A hub BBS (the real Synchronet 3.22a
// services server of the pack (docs/developer.md), a user database with a QWKnet account) runs
// dist/dyndns-service.js; a member BBS runs dist/dyndns.js under the real jsexec; the service
// publishes to a real Knot DNS 3.2 on loopback, and kdig shows what the world would see.
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const { jsexec, removeRoots } = require("../real/pack");

const INSTALL = "apt-get install knot knot-dnsutils";

function missingPrograms() {
  return ["knotd", "kdig"].filter((name) => {
    for (const dir of (process.env.PATH || "").split(":").concat(["/usr/sbin", "/sbin"])) {
      try { execFileSync("test", ["-x", path.join(dir, name)]); return false; } catch (e) { /* next */ }
    }
    return true;
  });
}

function show(title, text) {
  console.log(title);
  console.log(String(text).replace(/\n+$/, "").replace(/^/gm, "  "));
  console.log("");
}

async function main() {
  const missing = missingPrograms();
  if (missing.length) {
    console.error("npm run demo:service needs Knot DNS 3.2 on this machine (" + missing.join(" and ") + " not found).");
    console.error("Install it with:  " + INSTALL + "   (Debian/Ubuntu, as root; the demo starts knotd itself, on loopback)");
    process.exitCode = 1;
    return;
  }
  const { startRealStack, ourClient } = require("../service/stack");
  // The service's defaults, but for private (loopback) addresses, which a demo on one machine needs.
  const stack = await startRealStack({ settings: { answer_timeout: undefined, min_interval: undefined } });
  try {
    show("hub BBS: ctrl/services.ini", stack.root.read("ctrl/services.ini").split("\n").filter((l) => !/^Protocol/.test(l)).join("\n"));
    const modopts = stack.root.read("ctrl/modopts.ini");
    show("hub BBS: ctrl/modopts.ini (the service's section)", modopts.slice(modopts.indexOf("[dyndns_service]")).replace(/(tsig_secret = ).*/, "$1********"));
    const check = await jsexec(stack.root, ["dyndns-service.js"]);
    show("hub BBS: $ jsexec dyndns-service.js      (checks the settings and the DNS server)", check.stdout.replace(/^JSexec[\s\S]*?\n\n/, "") + check.stderr);

    const args = ["QwkPass7", "-hn", "TESTBBS", "-mx", "mail.example.com"];
    const dyndns = { domain: "bbs.test", txt: "Test BBS, a member of the network", loc: "52 22 23.000 N 4 53 32.000 E -2.00m", wildcard: "true" };
    show("member BBS: ctrl/modopts.ini", "[dyndns]\nhosts = 127.0.0.1\nport = " + stack.port + "\n" + Object.entries(dyndns).map(([k, v]) => k + " = " + v).join("\n"));
    const t0 = Date.now();
    const run = await ourClient(stack, args, dyndns);
    show("member BBS: $ jsexec dyndns.js " + args.join(" ").replace("QwkPass7", "<password>") + "      (exit status " + run.status + ", " + (Date.now() - t0) + " ms)",
      run.stdout.replace(/^JSexec[\s\S]*?\n\n/, "") + run.stderr);

    const lines = [];
    for (const name of ["testbbs.bbs.test", "*.testbbs.bbs.test"]) {
      for (const [type, values] of Object.entries(await stack.knot.all(name))) for (const v of values) lines.push(name.padEnd(22) + type.padEnd(7) + v);
    }
    lines.push("www.testbbs.bbs.test  A      -> " + (await stack.knot.query("www.testbbs.bbs.test", "A")).join(" "));
    show("the world: $ kdig @127.0.0.1 -p " + stack.knot.port + " testbbs.bbs.test <type>", lines.join("\n"));
    show("hub BBS: the services server's console", stack.console().split("\n").map((l) => l.replace(/\r/g, "").trim()).filter((l) => /srvc 0[0-9]{3} DynDNS/.test(l)).join("\n"));
    show("hub BBS: data/dyndns-service.log (the audit log)", stack.audit().map((a) => JSON.stringify(a)).join("\n"));
    process.exitCode = run.status;
  } finally {
    await stack.stop();
    removeRoots();
  }
}

main().catch((e) => { console.error(e && e.message ? e.message : e); process.exit(1); });
