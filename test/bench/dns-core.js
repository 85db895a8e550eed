"use strict";
// node test/bench/dns-core.js [iterations]: the DNS core's cost on SpiderMonkey 1.8.5
// (Synchronet 3.19-3.22), 102 and Node, per typical update (A, AAAA, MX, TXT, LOC and
// the wildcard CNAME of one BBS): building and signing it, its HMAC alone, verifying
// the server's signed answer; and the sizes of those messages.
const path = require("node:path");
const fs = require("node:fs");
const os = require("node:os");
const vm = require("node:vm");
const { execFileSync } = require("node:child_process");
const { SHELLS } = require("../host");
const FIXTURE = require("../unit/shared/dns/server-answers.json");

(async () => {
  const count = Number(process.argv[2]) || 2000;
  const { bundleEntry } = await import("../../build.mjs");
  const code = "var FIXTURE = " + JSON.stringify(FIXTURE) + ";\nvar BENCH = " + count + ";\n"
    + await bundleEntry(path.join(__dirname, "../entries/dns-core.js"), ["dns-core.js: benchmark"]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dns-bench-"));
  const file = path.join(dir, "bench.js");
  fs.writeFileSync(file, code);
  const rows = {};
  for (const engine of ["js185", "js102"]) rows[engine] = execFileSync(SHELLS[engine], ["-f", file], { encoding: "latin1" });
  const printed = [];
  vm.runInNewContext(code, { print: (s) => printed.push(s) });
  rows.node = printed.join("\n");
  fs.rmSync(dir, { recursive: true, force: true });
  console.log("DNS core, " + count + " iterations, " + os.cpus()[0].model);
  for (const [engine, text] of Object.entries(rows)) {
    const v = Object.fromEntries(text.trim().split("\n").map((l) => l.split(" ")));
    console.log(engine.padEnd(6) + " sign+build " + Number(v["sign-ms"]).toFixed(3) + " ms, HMAC " + Number(v["hmac-ms"]).toFixed(3)
      + " ms, verify answer " + Number(v["verify-ms"]).toFixed(3) + " ms; update " + v["update-bytes"] + " B, signed "
      + v["signed-bytes"] + " B, answer " + v["answer-bytes"] + " B");
  }
})().catch((e) => { console.error(e); process.exit(1); });
