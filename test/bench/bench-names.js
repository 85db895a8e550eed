"use strict";
// Section 11 of npm run bench: the extra names (docs/names.md) on the real jsexec of each version.
//   11a: one run of dist/dyndns.js with one [dyndns:<name>] section per protocol, spawn to exit, each
//       run sending (its status file removed, the address changed): dyndns2 to the stand-in for
//       No-IP over HTTPS, DuckDNS and Cloudflare to their stand-ins over HTTPS, RFC 2136 to a real
//       Knot over TCP. Floor: the same jsexec running an empty script.
//   11b: the cost of N names in one event: N dyndns2 sections (one No-IP stand-in over HTTPS), every
//       one sending; the cost of one more name is (T(N) - T(1)) / (N - 1).
// Run alone: node test/bench/bench-names.js [--quick] (prints the rows); npm run bench runs it as section 11.
const fs = require("node:fs");
const path = require("node:path");
const { PACKS, removeRoots } = require("../real/pack");
const { startNoIp } = require("../fake/noip");
const { startDuckDns } = require("../fake/duckdns");
const { startCloudflare } = require("../fake/cloudflare");
const { startKnot } = require("../real/dns");

const DIST = path.join(__dirname, "../../dist/dyndns.js");
const EMPTY = path.join(__dirname, "bench-empty.js");

async function sectionNames({ row, progress, median, ms, quick }) {
  const runs = quick ? 3 : 10;
  const counts = quick ? [1, 4, 8] : [1, 4, 16];
  progress("11: extra names on the real jsexec (" + PACKS.map((p) => p.version).join(", ") + "), " + runs + " runs per protocol, N = " + counts.join(", "));
  const hosts = {};
  for (let i = 0; i < 32; i++) hosts["n" + i + ".ddns.test"] = "";
  const noip = await startNoIp({ accounts: { sysop: { password: "pw", hosts } } });
  const duck = await startDuckDns({ token: "tok-1", domains: { mybbs: { ipv4: "", ipv6: "", txt: "" } } });
  const cf = await startCloudflare({ tokens: { tok: { zones: ["example.test"], edit: true } }, zones: ["example.test"] });
  const knot = await startKnot();
  const results = {};
  try {
    const sections = {
      dyndns2: (a) => "[dyndns:n0.ddns.test]\nprotocol = dyndns2\nserver = " + noip.url("/nic/update") + "\nuser = sysop\npassword = pw\naddress = " + a + "\n",
      duckdns: (a) => "[dyndns:mybbs.duckdns.org]\nprotocol = duckdns\nserver = " + duck.url("") + "\ntoken = tok-1\naddress = " + a + "\n",
      cloudflare: (a) => "[dyndns:bbs.example.test]\nprotocol = cloudflare\nserver = " + cf.url("/client/v4") + "\ntoken = tok\naddress = " + a + "\n",
      rfc2136: (a) => "[dyndns:bench.bbs.test]\nprotocol = rfc2136\nserver = 127.0.0.1\nport = " + knot.port + "\nzone = bbs.test\nkey = " + knot.keys.service.name
        + "\nsecret = " + knot.keys.service.base64 + "\naddress = " + a + "\n",
    };
    const many = (n, a) => Array.from({ length: n }, (_, i) => "[dyndns:n" + i + ".ddns.test]\nprotocol = dyndns2\nserver = " + noip.url("/nic/update")
      + "\nuser = sysop\npassword = pw\naddress = " + a + "\n").join("\n");
    for (const pack of PACKS) {
      const v = pack.version;
      const root = await pack.makeRoot({ files: { "mods/dyndns.js": fs.readFileSync(DIST, "latin1") } });
      const once = async (text) => {
        for (const f of fs.readdirSync(root.file("data"))) if (/^dyndns-.*\.json$/.test(f)) fs.rmSync(root.file("data/" + f));
        root.write("ctrl/modopts.ini", text);
        const r = await pack.jsexec(root, ["dyndns.js", "-q"]);
        if (r.status !== 0) throw new Error(v + ": exit " + r.status + "\n" + r.stdout + r.stderr);
        return r.ms;
      };
      results[v] = { empty: [], protocols: {}, names: {} };
      for (let i = 0; i <= runs; i++) {
        const a = "198.51.100." + (10 + i);
        const z = await pack.jsexec(root, [EMPTY]);
        for (const p of Object.keys(sections)) {
          const t = await once(sections[p](a));
          if (i > 0) (results[v].protocols[p] = results[v].protocols[p] || []).push(t);
        }
        for (const n of counts) {
          const t = await once(many(n, a));
          if (i > 0) (results[v].names[n] = results[v].names[n] || []).push(t);
        }
        if (i > 0) results[v].empty.push(z.ms);
      }
      const floor = median(results[v].empty);
      for (const p of Object.keys(sections)) {
        const m = median(results[v].protocols[p]);
        row("11a", v + " one " + p + " update, spawn to exit", ms(m), ms(floor) + " (empty script)", (m / floor).toFixed(2) + "x", runs + " / " + runs);
      }
      const t1 = median(results[v].names[counts[0]]);
      for (const n of counts.slice(1)) {
        const tn = median(results[v].names[n]);
        row("11b", v + " " + n + " dyndns2 names in one event", ms(tn), ms(t1) + " (1 name)", "+" + ms((tn - t1) / (n - 1)) + " per name", runs + " / " + runs);
      }
    }
  } finally {
    await Promise.all([noip.stop(), duck.stop(), cf.stop(), knot.stop()]);
    removeRoots();
  }
  return results;
}

module.exports = { sectionNames };

if (require.main === module) {
  const hr = () => Number(process.hrtime.bigint()) / 1e6;
  const start = hr();
  const rows = [];
  const median = (xs) => { const s = xs.slice().sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
  sectionNames({
    row: (...r) => rows.push(r),
    progress: (s) => process.stderr.write("[bench-names " + ((hr() - start) / 1000).toFixed(0) + " s] " + s + "\n"),
    median, ms: (x) => x.toFixed(0) + " ms", quick: process.argv.includes("--quick"),
  }).then(() => {
    const os = require("node:os");
    process.stdout.write("load average " + os.loadavg().map((x) => x.toFixed(2)).join(" ") + ", " + os.cpus().length + " cores, " + new Date().toISOString() + "\n\n");
    process.stdout.write("| # | measure | ours | floor / bound | ours vs floor | n (ours / floor) |\n|---|---|---|---|---|---|\n");
    for (const r of rows) process.stdout.write("| " + r.join(" | ") + " |\n");
  }, (e) => { console.error(e); process.exit(1); });
}
