"use strict";
// Section 8 of npm run bench: the DynDNS service on real parts. dist/dyndns-service.js in the
// real services server (sbbs s!) of each version (3.22a, 3.30a: one hub each, side by side on
// one DNS server, interleaved block by block) with QWKnet accounts, publishing to a real Knot
// DNS 3.2, then a real BIND 9.18, on loopback. Sessions come from a bare Node client that answers at once, so what is timed is the
// service's side: connect -> the nine prompts -> login() -> reading the current records (6 types
// x 2 names, TSIG-signed) -> one TSIG-signed UPDATE -> `ok`.
//   floor: the same UPDATE alone, built and signed by the same DNS core (in Node) and sent to
//   the same Knot over TCP by Node: the DNS write without the service around it.
require("../support/register-ts.js");
const { startRealStack, ourClient, talk } = require("../service/stack");
const { exchangeTcp, startKnot, startBind } = require("../real/dns");
const { removeRoots, VERSIONS } = require("../real/pack");
const { encodeUpdate } = require("../../src/shared/core/dns/update.ts");
const { signRequest } = require("../../src/shared/core/dns/tsig.ts");

const hr = () => Number(process.hrtime.bigint()) / 1e6;
const CONCURRENCY = 4;

/** One session: connect -> its last line (ok or why not). */
async function session(port, answers) {
  const r = await talk(port, answers);
  return { ms: r.at[r.at.length - 1], line: r.lines[r.lines.length - 1] };
}

const answersFor = (id, password, ip, txt) => ({ "id?": id, "pw?": password, "ip?": ip, "ip6?": "", "mx?": "", "txt?": txt, "loc?": "", "wc?": "", "ttl?": "" });

/** n sessions of `id`, each changing its A record (or none when `same`); {ms: [..], wall}. */
async function run(port, id, password, n, same) {
  const times = [];
  const t0 = hr();
  for (let i = 0; i < n; i++) {
    const ip = same ? "198.51.100.1" : "198.51.100." + (1 + (i % 200));
    const r = await session(port, answersFor(id, password, ip, "bench"));
    if (r.line !== "ok") throw new Error(id + " session " + i + ": " + r.line);
    times.push(r.ms);
  }
  return { ms: times, wall: hr() - t0 };
}

/** What each DNS server holds for the floor's name after its last UPDATE (nothing before the first). */
const floorSet = new WeakMap();

/** The DNS write alone: the same kind of UPDATE (the A set of one name replaced), signed, over TCP. */
async function updatesAlone(knot, n) {
  const key = { name: knot.keys.service.name.replace(/\.$/, ""), algorithm: "hmac-sha256", secret: knot.keys.service.secret };
  const times = [];
  // Each UPDATE carries the set it replaces as its prerequisite, as the service's do: the set the
  // previous one wrote, from one call to the next (the name is new in this zone at the first).
  let was = floorSet.get(knot) || null;
  for (let i = 0; i < n; i++) {
    const name = "floor.bbs.test";
    const rrset = { name, type: "A", ttl: 300, rdata: ["198.51.100." + (1 + (i % 200))] };
    const plan = { zone: "bbs.test", changes: [{ name, type: "A", rrset, was }] };
    was = rrset;
    floorSet.set(knot, rrset);
    const t0 = hr();
    const request = signRequest(encodeUpdate(plan, i & 0xffff), key, Math.floor(Date.now() / 1000));
    const answer = await exchangeTcp(knot.port, request.wire);
    times.push(hr() - t0);
    if ((answer.charCodeAt(3) & 15) !== 0) throw new Error("floor update refused, rcode " + (answer.charCodeAt(3) & 15));
  }
  return times;
}

/**
 * The figures of one DNS server, for each version's hub on it: updates through the service, the
 * UPDATE alone, unchanged sessions, rates, our client's whole run. { version: figures }.
 */
async function measure(dnsServer, n, quick, { median, pct }) {
  const users = [];
  for (let i = 1; i <= CONCURRENCY; i++) users.push({ alias: "BENCH" + i, password: "BenchPass" + i, qwk: true });
  const dns = await (dnsServer === "bind" ? startBind : startKnot)({ zone: "bbs.test" });
  const stacks = [];
  try {
    for (const version of VERSIONS) {
      stacks.push(await startRealStack({ dns, version, extraUsers: users, settings: { min_interval: 0, hourly_cap: 0, nochg_limit: 0 } }));
    }
    for (const stack of stacks) await run(stack.port, "BENCH1", "BenchPass1", 10, false); // warm up: the journal, the user file, the caches
    await updatesAlone(dns, 10);
    const changed = stacks.map(() => []);
    const floor = [];
    const block = 25;
    for (let done = 0; done < n; done += block) { // interleaved, the machine is noisy
      for (const [v, stack] of stacks.entries()) changed[v].push(...(await run(stack.port, "BENCH1", "BenchPass1", block, false)).ms);
      floor.push(...(await updatesAlone(dns, block)));
    }
    const result = {};
    for (const [v, stack] of stacks.entries()) {
      const same = await run(stack.port, "BENCH2", "BenchPass2", n, true);
      const seq = await run(stack.port, "BENCH1", "BenchPass1", n, false);
      const t0 = hr();
      const parallel = await Promise.all(users.map((u) => run(stack.port, u.alias, u.password, Math.ceil(n / CONCURRENCY), false)));
      const parWall = hr() - t0;
      const parCount = parallel.reduce((a, r) => a + r.ms.length, 0);
      const whole = [];
      for (let i = 0; i < (quick ? 5 : 20); i++) {
        const r = await ourClient(stack, ["BenchPass3", "-hn", "BENCH3", "198.51.100." + (1 + i)]);
        if (r.status !== 0) throw new Error("our client: " + r.stdout + r.stderr);
        whole.push(r.ms);
      }
      result[stack.version] = {
        n: changed[v].length, nFloor: floor.length, nSame: same.ms.length, nSeq: seq.ms.length, nPar: parCount, nWhole: whole.length,
        changed: median(changed[v]), changed99: pct(changed[v], 99), slow: changed[v].filter((x) => x > 500).length,
        floor: median(floor), floor99: pct(floor, 99), slowFloor: floor.filter((x) => x > 500).length, same: median(same.ms),
        seqRate: (seq.ms.length / seq.wall) * 1000, parRate: (parCount / parWall) * 1000, whole: median(whole),
      };
    }
    return result;
  } finally {
    for (const stack of stacks) await stack.stop();
    await dns.stop();
    removeRoots();
  }
}

/** rows for the table; returns the figures for the interpretation: { knot: { version: figures }, bind: ... }. */
async function sectionService({ row, progress, median, pct, ms, quick }) {
  const n = quick ? 40 : 200;
  const result = {};
  for (const [kind, name] of [["knot", "Knot 3.2"], ["bind", "BIND 9.18"]]) {
    progress("8: the service on the real services server (" + VERSIONS.join(", ") + ") and " + name + ", " + n + " sessions per measure");
    result[kind] = await measure(kind, n, quick, { median, pct });
    for (const version of VERSIONS) {
      const d = result[kind][version];
      const who = version + ", " + name;
      row("8", who + ": update through the service: connect → ok, one A record changed each time (ms, median / p99) [sessions over 500 ms]",
        ms(d.changed) + " / " + ms(d.changed99) + " [" + d.slow + "]", ms(d.floor) + " / " + ms(d.floor99) + " (the UPDATE alone, Node → " + name + ")",
        "+" + ms(d.changed - d.floor) + " ms added by the service", d.n + " / " + d.nFloor);
      row("8", who + ": session with nothing to change: connect → ok, no DNS write (ms, median)", ms(d.same), "", "12 signed queries, no UPDATE", String(d.nSame));
      row("8", who + ": updates per second, one client at a time / " + CONCURRENCY + " clients at once (one id each)",
        d.seqRate.toFixed(1) + " / " + d.parRate.toFixed(1), "", (d.parRate / d.seqRate).toFixed(1) + "× with " + CONCURRENCY + " clients", d.nSeq + " / " + d.nPar);
      row("8", who + ": a member's whole update: jsexec dyndns.js → service → DNS, spawn → exit (ms, median)", ms(d.whole), "", "real jsexec client " + version, String(d.nWhole));
    }
  }
  return result;
}

module.exports = { sectionService, session, updatesAlone, answersFor };
