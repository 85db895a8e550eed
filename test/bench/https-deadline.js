"use strict";
// node test/bench/https-deadline.js [runs]: how close to its deadline an HTTP(S) request of
// src/shared/host/https.ts ends when the server never finishes, on the real jsexec of both packs
// (3.22a, 3.30a): by jsexec's own clock, the ms past the deadline (negative: before it), as
// min / median / max over `runs` (default 5), for each way a server can fail to finish.
// docs/https-from-synchronet.md quotes a run of it.
const fs = require("node:fs");
const path = require("node:path");
const { PACK, PACK330, makeRoot, jsexec, removeRoots } = require("../real/pack");
const { testCertificates } = require("../fake/certs");
const { startScripted } = require("../fake/scriptedHttp");

const CASES = [
  ["HTTP, silent after the request", { script: { silent: true } }, "http", 1500],
  ["HTTP, a byte every 100 ms for ever", { script: { trickle: "HTTP/1.1 200 OK\r\nX: " + "y".repeat(1000), everyMs: 100 } }, "http", 1500],
  ["HTTPS, TCP accepted, no TLS at all", { tls: true, script: { noTls: true } }, "https", 4000],
  ["HTTPS, TLS, then silent", { tls: true, script: { silent: true } }, "https", 4000],
  ["HTTPS, TLS, then a byte every 100 ms", { tls: true, script: { trickle: "HTTP/1.1 200 OK\r\nX: " + "y".repeat(1000), everyMs: 100 } }, "https", 4000],
];

(async () => {
  const runs = Number(process.argv[2]) || 5;
  const { bundleEntry } = await import("../../build.mjs");
  const code = await bundleEntry(path.join(__dirname, "../entries/https.js"), ["https.js: test only, runs https.ts"]);
  const cert = testCertificates().issue({ names: ["localhost"] });
  const servers = [];
  try {
    const steps = [];
    for (const [, options, scheme, timeoutMs] of CASES) {
      const s = await startScripted(Object.assign({}, options, { tls: options.tls ? cert : null }));
      servers.push(s);
      steps.push({ request: { method: "GET", url: scheme + "://127.0.0.1:" + s.port + "/" }, timeoutMs });
    }
    console.log("ms past the deadline (min / median / max of " + runs + " runs; " + new Date().toISOString().slice(0, 10) + ")");
    for (const [version, pack] of [["3.22a", PACK], ["3.30a", PACK330]]) {
      const root = await makeRoot({ pack, files: { "mods/https.js": code } });
      fs.writeFileSync(root.file("job.json"), JSON.stringify({ steps }));
      const past = CASES.map(() => []);
      for (let i = 0; i < runs; i++) {
        const r = await jsexec(root, ["https.js", root.file("job.json")], { killAfterMs: 60000 });
        const results = r.stdout.split("\n").filter((l) => l.startsWith("RESULT ")).map((l) => JSON.parse(l.slice(7)));
        results.forEach((res, j) => past[j].push(Math.round(res.ms - steps[j].timeoutMs)));
      }
      for (let j = 0; j < CASES.length; j++) {
        const v = past[j].sort((a, b) => a - b);
        console.log(version + "  " + CASES[j][0].padEnd(40) + " deadline " + String(steps[j].timeoutMs).padStart(4) + " ms: "
          + v[0] + " / " + v[Math.floor(v.length / 2)] + " / " + v[v.length - 1]);
      }
    }
  } finally {
    for (const s of servers) await s.stop();
    removeRoots();
  }
})();
