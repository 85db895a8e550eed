"use strict";
// `npm run bench`, whole update: one Node process that runs dist/dyndns.js once in
// the Synchronet emulator (engine vm, jsexec) against the DynDNS service at
// 127.0.0.1:<port>, then exits with the module's exit status. It prints one JSON
// line: {exitCode, elapsedMs (runScript's own figure), requireMs (loading the
// emulator), processMs (this process's uptime at the end)}.
//
//   node bench-run-once.js <port> [engine] [noes5]
// (noes5: runScript's es5Check: false, to show what the emulator's acorn ES5 gate costs)
const t0 = performance.now();
const path = require("node:path");
const { runScript, makeCtrlDir } = require("../host");
const requireMs = performance.now() - t0;

async function main() {
  const port = Number(process.argv[2]);
  const engine = process.argv[3] || "vm";
  const ctrlDir = makeCtrlDir({ "modopts.ini": "[dyndns]\npassword = s3cret\n" });
  const r = await runScript({
    engine,
    script: path.join(__dirname, "../../dist/dyndns.js"),
    context: "jsexec",
    argv: [],
    ctrlDir,
    system: { qwk_id: "VERT", name: "Vertrauen" },
    names: { "dyndns.synchro.net": "127.0.0.1:" + port },
    es5Check: process.argv[4] !== "noes5",
  });
  require("node:fs").rmSync(ctrlDir, { recursive: true, force: true });
  process.stdout.write(JSON.stringify({
    exitCode: r.exitCode, elapsedMs: r.elapsedMs, requireMs, processMs: performance.now(),
  }) + "\n");
  process.exitCode = r.exitCode === 0 ? 0 : 1;
}

main().catch((e) => { console.error(e); process.exit(3); });
