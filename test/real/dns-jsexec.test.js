"use strict";
// src/shared/host/dnsServer.ts on the real jsexec (the Socket of Synchronet 3.22a and of 3.30a),
// against a real Knot DNS 3.2 and BIND 9.18 and stand-ins for the transport cases.
// test/entries/dns-server.js is bundled the way build.mjs bundles (into a scratch root,
// never into dist/) and runs publish()/currentRecords() steps from a JSON job.
const assert = require("assert");
const fs = require("node:fs");
const path = require("node:path");
const { PACKS, jsexec, freePort, removeRoots } = require("./pack");
const { startKnot, startBind, startStandIn } = require("./dns");

const set = (name, type, rdata, ttl = 300, was = null) => ({ name, type, rrset: { name, type, ttl, rdata }, was });
/** `was`: the set as read (the update's prerequisite), null when absent. */
const remove = (name, type, was = null) => ({ name, type, rrset: null, was });
const plan = (...changes) => ({ zone: "bbs.test", changes });

const EVERY_TYPE = plan(
  set("vert.bbs.test", "A", ["203.0.113.7"]),
  set("vert.bbs.test", "AAAA", ["2001:db8::1"]),
  set("vert.bbs.test", "MX", ["10 vert.bbs.test"]),
  set("vert.bbs.test", "TXT", ["Vertrauen \u00e9\u0000\u00ff"]),
  set("vert.bbs.test", "LOC", ["37 46 30.000 N 122 25 10.000 W 10.00m 1m 10000m 10m"]),
  set("*.vert.bbs.test", "CNAME", ["vert.bbs.test"]));
const EVERY_TYPE_READ = [
  { name: "vert.bbs.test", type: "A", ttl: 300, rdata: ["203.0.113.7"] },
  { name: "vert.bbs.test", type: "AAAA", ttl: 300, rdata: ["2001:db8::1"] },
  { name: "vert.bbs.test", type: "MX", ttl: 300, rdata: ["10 vert.bbs.test"] },
  { name: "vert.bbs.test", type: "TXT", ttl: 300, rdata: ["Vertrauen \u00e9\u0000\u00ff"] },
  { name: "vert.bbs.test", type: "LOC", ttl: 300, rdata: ["37 46 30.000 N 122 25 10.000 W 10.00m 1m 10000m 10m"] },
  { name: "*.vert.bbs.test", type: "CNAME", ttl: 300, rdata: ["vert.bbs.test"] },
];

for (const pack of PACKS) describe("dnsServer.ts on the real jsexec " + pack.version, function () {
  this.timeout(60000);
  let root, knot, bind, jobs = 0;

  before(async () => {
    const { bundleEntry, gateProblems } = await import("../../build.mjs");
    const code = await bundleEntry(path.join(__dirname, "../entries/dns-server.js"), ["dns-server.js: test only, runs dnsServer.ts"]);
    assert.deepStrictEqual(gateProblems(code), []);
    [root, knot, bind] = await Promise.all([pack.makeRoot({ files: { "mods/dns-server.js": code } }), startKnot(), startBind()]);
  });
  after(async () => {
    await Promise.all([knot && knot.stop(), bind && bind.stop()]);
    removeRoots();
  });

  function settings(server, overrides = {}) {
    const key = overrides.key || server.keys.service;
    return Object.assign({ server: "127.0.0.1", port: server.port, transport: "tcp", zone: "bbs.test", timeoutSeconds: 5 }, overrides,
      { key: { name: key.name, algorithm: "hmac-sha256", secret: key.base64 } });
  }

  /** Runs the steps in one jsexec; the results in order, each with the ms the call took inside jsexec. */
  async function run(jobSettings, steps) {
    // ASCII-only JSON: jsexec reads the file as bytes, and byte strings must arrive as one char per byte.
    const json = JSON.stringify({ settings: jobSettings, steps }).replace(/[\u0080-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
    const file = root.file("job" + (++jobs) + ".json");
    fs.writeFileSync(file, json);
    const r = await jsexec(root, ["dns-server.js", file]);
    const lines = r.stdout.split("\n").filter((l) => l.startsWith("RESULT ")).map((l) => JSON.parse(l.slice(7)));
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
    assert.strictEqual(lines.length, steps.length, r.stdout + r.stderr);
    return lines;
  }
  const one = async (jobSettings, step) => (await run(jobSettings, [step]))[0];

  for (const which of ["knot", "bind"]) {
    it(which + ": publish() every type over TCP, kdig reads it, currentRecords() reads the same back; then deletes", async () => {
      const server = which === "knot" ? knot : bind;
      const [published, current, deleted, after] = await run(settings(server), [
        { publish: EVERY_TYPE }, { current: ["vert.bbs.test", "*.vert.bbs.test", "nobody.bbs.test"] },
        { publish: plan(...EVERY_TYPE.changes.map((c) => remove(c.name, c.type, c.rrset))) }, { current: ["vert.bbs.test"] }]);
      assert.deepStrictEqual(published.result, { ok: true });
      assert.deepStrictEqual(current.result, { ok: true, rrsets: EVERY_TYPE_READ });
      assert.deepStrictEqual(deleted.result, { ok: true });
      assert.deepStrictEqual(after.result, { ok: true, rrsets: [] });
      assert.deepStrictEqual(await server.all("vert.bbs.test"), {});
    });
  }

  for (const which of ["knot", "bind"]) {
    it(which + ": an update whose records changed since they were read is stale, and changes nothing", async () => {
      const server = which === "knot" ? knot : bind;
      const A = (rdata) => ({ name: "stale.bbs.test", type: "A", ttl: 300, rdata });
      const [first, absent, differs] = await run(settings(server), [
        { publish: plan(set("stale.bbs.test", "A", ["203.0.113.1"])) },
        { publish: plan(set("stale.bbs.test", "A", ["203.0.113.2"])) },
        { publish: plan(set("stale.bbs.test", "A", ["203.0.113.3"], 300, A(["203.0.113.9"]))) }]);
      assert.deepStrictEqual(first.result, { ok: true });
      assert.deepStrictEqual(absent.result, { ok: false, stale: true,
        reason: "YXRRSET: a record set exists that the update expected absent (it changed since it was read)" });
      assert.deepStrictEqual(differs.result, { ok: false, stale: true,
        reason: "NXRRSET: a record set differs from what the update expected (it changed since it was read)" });
      assert.deepStrictEqual(await server.all("stale.bbs.test"), { A: ["203.0.113.1"] });
      assert.deepStrictEqual((await one(settings(server), { publish: plan(remove("stale.bbs.test", "A", A(["203.0.113.1"]))) })).result, { ok: true });
    });
  }

  it("kdig sees what publish() wrote (Knot)", async () => {
    assert.deepStrictEqual((await one(settings(knot), { publish: EVERY_TYPE })).result, { ok: true });
    assert.deepStrictEqual(await knot.all("vert.bbs.test"), {
      A: ["203.0.113.7"], AAAA: ["2001:db8::1"], MX: ["10 vert.bbs.test."], TXT: ['"Vertrauen \\233\\000\\255"'],
      LOC: ["37 46 30 N  122 25 10 W  10m  1m 10000m 10m"],
    });
    assert.deepStrictEqual(await knot.all("*.vert.bbs.test"), { CNAME: ["vert.bbs.test."] });
  });

  it("a server given by name (localhost)", async () =>
    assert.deepStrictEqual((await one(settings(knot, { server: "localhost" }), { current: ["vert.bbs.test"] })).result.ok, true));

  describe("transports", () => {
    let standIn;
    afterEach(async () => { if (standIn) await standIn.stop(); standIn = null; });

    it("udp: a small update and the queries go by UDP alone", async () => {
      standIn = await startStandIn(knot.port);
      const [published, current] = await run(settings(knot, { port: standIn.port, transport: "udp" }),
        [{ publish: plan(set("udp.bbs.test", "A", ["203.0.113.17"])) }, { current: ["udp.bbs.test"] }]);
      assert.deepStrictEqual(published.result, { ok: true });
      assert.deepStrictEqual(current.result.rrsets, [{ name: "udp.bbs.test", type: "A", ttl: 300, rdata: ["203.0.113.17"] }]);
      assert.deepStrictEqual(standIn.counts, { udp: 7, tcp: 0 });
    });

    it("udp: an update over 512 bytes goes by TCP", async () => {
      standIn = await startStandIn(knot.port);
      const many = Array.from({ length: 30 }, (_, i) => "198.51.100." + (i + 1));
      assert.deepStrictEqual((await one(settings(knot, { port: standIn.port, transport: "udp" }), { publish: plan(set("big.bbs.test", "A", many)) })).result, { ok: true });
      assert.deepStrictEqual(standIn.counts, { udp: 0, tcp: 1 });
      assert.strictEqual((await knot.query("big.bbs.test", "A")).length, 30);
    });

    it("udp: a truncated answer (TC) makes it ask again over TCP", async () => {
      standIn = await startStandIn(knot.port, "truncate");
      assert.deepStrictEqual((await one(settings(knot, { port: standIn.port, transport: "udp" }), { publish: plan(set("tc.bbs.test", "A", ["203.0.113.18"])) })).result, { ok: true });
      assert.deepStrictEqual(standIn.counts, { udp: 1, tcp: 1 });
      assert.deepStrictEqual(await knot.query("tc.bbs.test", "A"), ["203.0.113.18"]);
    });

    it("tcp: never UDP; several queries share one connection", async () => {
      standIn = await startStandIn(knot.port);
      assert.strictEqual((await one(settings(knot, { port: standIn.port }), { current: ["vert.bbs.test", "udp.bbs.test"] })).result.ok, true);
      assert.deepStrictEqual(standIn.counts, { udp: 0, tcp: 1 });
    });

    it("a plan without changes sends nothing", async () => {
      standIn = await startStandIn(null, "silent");
      assert.deepStrictEqual((await one(settings(knot, { port: standIn.port }), { publish: plan() })).result, { ok: true });
      assert.deepStrictEqual(standIn.counts, { udp: 0, tcp: 0 });
    });
  });

  describe("refusals: one line, nothing published", () => {
    const attempt = plan(set("refused.bbs.test", "A", ["203.0.113.66"]));
    afterEach(async () => {
      assert.deepStrictEqual(await knot.all("refused.bbs.test"), {});
      assert.deepStrictEqual(await bind.all("refused.bbs.test"), {});
    });
    for (const which of ["knot", "bind"]) {
      it(which + ": wrong key, wrong secret, the zone's own name", async () => {
        const server = which === "knot" ? knot : bind;
        const [wrongKey, wrongSecret, apex] = await Promise.all([
          one(settings(server, { key: server.keys.wrong }), { publish: attempt }),
          one(settings(server, { key: server.keys.badSecret }), { publish: attempt }),
          one(settings(server), { publish: plan(set("refused.bbs.test", "A", ["203.0.113.66"]), set("bbs.test", "A", ["203.0.113.66"])) }),
        ]);
        assert.deepStrictEqual(wrongKey.result, { ok: false, reason: "NOTAUTH (TSIG BADKEY): the server does not know the key, or does not let it change these names", stale: false });
        assert.deepStrictEqual(wrongSecret.result, { ok: false, reason: "NOTAUTH (TSIG BADSIG): the key's secret does not match the server's", stale: false });
        assert.deepStrictEqual(apex.result, { ok: false, reason: "'bbs.test' is not a name under the zone bbs.test", stale: false });
      });
    }
    it("a name outside the zone, a plan for another zone, bad settings: refused before sending", async () => {
      const standIn = await startStandIn(null, "silent");
      try {
        const s = settings(knot, { port: standIn.port });
        const results = await run(s, [
          { publish: plan(set("refused.other.test", "A", ["203.0.113.66"])) },
          { publish: { zone: "other.test", changes: [set("refused.other.test", "A", ["203.0.113.66"])] } },
          { publish: plan(set("refused.bbs.test", "TXT", ["x".repeat(256)])) },
          { current: ["a..b"] },
        ]);
        assert.deepStrictEqual(results.map((r) => r.result.reason), [
          "'refused.other.test' is not a name under the zone bbs.test",
          "the update is for the zone other.test, the settings name bbs.test",
          "refused.bbs.test TXT '" + "x".repeat(256) + "' is not text of at most 255 bytes",
          "'a..b' has an empty label",
        ]);
        const bad = await Promise.all([
          one(Object.assign(s, { timeoutSeconds: 0 }), { publish: attempt }),
          one(Object.assign(settings(knot), { port: 70000 }), { publish: attempt }),
        ]);
        assert.deepStrictEqual(bad.map((r) => r.result.reason), ["the DNS timeout is 0 (expected seconds above 0)", "the DNS port is 70000 (expected 1 to 65535)"]);
        assert.deepStrictEqual(standIn.counts, { udp: 0, tcp: 0 });
      } finally {
        await standIn.stop();
      }
    });
  });

  describe("a server that is down or silent: ends within the timeout", () => {
    it("nothing listens (connection refused): at once, over TCP and UDP", async () => {
      const port = await freePort();
      const [tcp, udp] = await Promise.all([
        one(settings(knot, { port }), { publish: plan(set("down.bbs.test", "A", ["203.0.113.9"])) }),
        one(settings(knot, { port, transport: "udp" }), { publish: plan(set("down.bbs.test", "A", ["203.0.113.9"])) }),
      ]);
      assert.deepStrictEqual(tcp.result, { ok: false, reason: "127.0.0.1:" + port + " refused the connection", stale: false });
      assert.deepStrictEqual(udp.result, { ok: false, reason: "127.0.0.1:" + port + " refused the request (nothing listens on that UDP port)", stale: false });
      assert.ok(tcp.ms < 1000 && udp.ms < 1000, JSON.stringify([tcp.ms, udp.ms]));
    });

    // All at once (the waits are idle), each with its own stand-in.
    // slow: every answer comes 0.4 s late. currentRecords() sends its six queries at once and reads
    // the answers as they come: one round trip (two with the TCP handshake), so it ends well within
    // 1.5 s, where six queries one after the other would take 2.4 s.
    // drip: the answers' first ten bytes come a byte every 0.25 s: every read gets its byte well
    // within the timeout, but the answer is not whole until 2.5 s, so the exchange's deadline ends it.
    it("silent, trickling, dripping, slow, closing, resetting servers; a lost UDP datagram is sent again", async () => {
      const cases = [
        ["silent", "tcp", 1.5, "no answer from 127.0.0.1:PORT within 1.5 s"],
        ["silent", "udp", 1.5, "no answer from 127.0.0.1:PORT within 1.5 s"],
        ["trickle", "tcp", 1.5, "no answer from 127.0.0.1:PORT within 1.5 s"],
        ["drip", "tcp", 1.5, "no answer from 127.0.0.1:PORT within 1.5 s"],
        ["slow", "tcp", 1.5, null],
        ["slow", "udp", 1.5, null],
        ["close", "tcp", 1.5, "127.0.0.1:PORT closed the connection before answering"],
        ["reset", "tcp", 1.5, "lost the connection to 127.0.0.1:PORT: Connection reset by peer (error 104)"],
        ["drop-first", "udp", 5, null],
      ];
      const standIns = await Promise.all(cases.map(([mode]) => startStandIn(knot.port, mode)));
      try {
        const results = await Promise.all(cases.map(([, transport, timeoutSeconds], i) =>
          one(settings(knot, { port: standIns[i].port, transport, timeoutSeconds }), { current: ["vert.bbs.test"] })));
        cases.forEach(([mode, transport, timeoutSeconds, reason], i) => {
          const label = mode + " (" + transport + ")";
          const r = results[i];
          if (reason) assert.deepStrictEqual(r.result, { ok: false, reason: reason.replace("PORT", standIns[i].port) }, label);
          else assert.strictEqual(r.result.ok, true, label + ": " + r.result.reason);
          if (mode === "close" || mode === "reset") assert.ok(r.ms < 1000, label + ": " + r.ms + " ms");
          else if (mode === "slow") assert.ok(r.ms >= 400 && r.ms < 1200, label + ": " + r.ms + " ms, not one round trip of 0.4 s");
          else if (reason) assert.ok(r.ms >= 1450 && r.ms <= 2000, label + ": " + r.ms + " ms for a 1.5 s timeout");
        });
        assert.strictEqual(standIns[1].counts.udp, 6, "silent UDP: each of the six queries sent once, the timeout being shorter than the 2 s resend interval");
        const slow = cases.findIndex(([mode, transport]) => mode === "slow" && transport === "tcp");
        assert.strictEqual(standIns[slow].counts.tcp, 1, "slow TCP: the six queries on one connection");
        // drop-first: the first query was lost and sent again 2 s later; the other five queries went through at once.
        const dropFirst = cases.findIndex(([mode]) => mode === "drop-first");
        assert.strictEqual(standIns[dropFirst].counts.udp, 7);
        assert.ok(results[dropFirst].ms >= 1950 && results[dropFirst].ms < 3000, "drop-first: " + results[dropFirst].ms + " ms");
      } finally {
        await Promise.all(standIns.map((s) => s.stop()));
      }
    });
  });
});
