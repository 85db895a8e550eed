"use strict";
// Several writers, one zone: two hubs (two real services servers, each with its own user
// database, state and locks) publish the same id to one real Knot DNS 3.2 and one real BIND
// 9.18; one hub is Synchronet 3.22a and the other 3.30a, each in turn the slower writer. Hub A's DNS traffic passes a proxy that holds its UPDATE back until hub B's session has
// written, so the race is the same at every run: A's UPDATE carries the records A read as its
// prerequisites, the DNS server refuses it (NXRRSET), and A reads again and plans again from
// what B wrote before it writes, once.
const assert = require("assert");
const { startRealStack, talk, ZONE } = require("./stack");
const { startKnot, startBind, startHoldingProxy } = require("../real/dns");
const { VERSIONS } = require("../real/pack");

const OWNER = "vert." + ZONE;
/** A full 8467 session for VERT: the address and text as given, every other record blank (removed). */
const answers = (ip, txt) => ({ "id?": "VERT", "pw?": "VertPass2", "ip?": ip, "ip6?": "", "mx?": "", "txt?": txt, "loc?": "", "wc?": "", "ttl?": "" });

const FIRST = VERSIONS[0];
const LAST = VERSIONS[VERSIONS.length - 1];

for (const [label, start] of [["Knot DNS 3.2", startKnot], ["BIND 9.18", startBind]]) for (const [versionA, versionB] of [[FIRST, LAST], [LAST, FIRST]]) {
  describe("two hubs race on one id, publishing to a real " + label + " (the slower " + versionA + ", the other " + versionB + ")", function () {
    this.timeout(60000);
    let dns, proxy, hubA, hubB;
    before(async () => {
      dns = await start({ zone: ZONE });
      proxy = await startHoldingProxy(dns.port);
      [hubA, hubB] = await Promise.all([startRealStack({ dns, settings: { dns_port: proxy.port }, version: versionA }),
        startRealStack({ dns, version: versionB })]);
    });
    after(async () => {
      await Promise.all([hubA && hubA.stop(), hubB && hubB.stop()]);
      if (proxy) await proxy.stop();
      if (dns) await dns.stop();
    });

    /** VERT starts as B publishes it, whatever ran before. */
    async function startFrom(ip, txt) {
      assert.deepStrictEqual((await talk(hubB.port, answers(ip, txt))).lines.slice(-1), ["ok"]);
      assert.deepStrictEqual(await dns.all(OWNER), { A: [ip], TXT: ['"' + txt + '"'] });
    }

    it("the slower writer's UPDATE is refused for what it read, and made again from the newer records", async () => {
      await startFrom("198.51.100.1", "start");
      const updatesBefore = proxy.updates;
      const held = proxy.hold();
      const sessionA = talk(hubA.port, answers("203.0.113.10", "from hub A"));
      await held; // A has read A 198.51.100.1, TXT 'start', and sent its UPDATE: the proxy keeps it
      assert.deepStrictEqual((await talk(hubB.port, answers("203.0.113.20", "from hub B"))).lines.slice(-1), ["ok"]);
      proxy.release();
      assert.deepStrictEqual((await sessionA).lines.slice(-1), ["ok"]);
      assert.strictEqual(proxy.updates - updatesBefore, 2, "A's UPDATE, refused, then A's second one");
      assert.deepStrictEqual(await dns.all(OWNER), { A: ["203.0.113.10"], TXT: ['"from hub A"'] });
      const a = hubA.audit().slice(-1)[0];
      assert.deepStrictEqual([a.result, a.reason], ["updated", null]);
      // What A's second plan was made from: hub B's records, read again, not what A read first.
      assert.deepStrictEqual(a.old, { A: { ttl: 300, data: ["203.0.113.20"] }, TXT: { ttl: 300, data: ["from hub B"] } });
      assert.match(hubA.console(), /DynDNS 'VERT' from 127\.0\.0\.1: updated: A 203\.0\.113\.10 \(ttl 300\), TXT from hub A \(ttl 300\) \(DNS \d+ ms; made again: another writer had changed the records since they were read\)/);
    });

    it("when the newer records are already what the slower writer wants, it writes nothing more", async () => {
      await startFrom("198.51.100.2", "start");
      const updatesBefore = proxy.updates;
      const held = proxy.hold();
      const sessionA = talk(hubA.port, answers("203.0.113.30", "same"));
      await held;
      assert.deepStrictEqual((await talk(hubB.port, answers("203.0.113.30", "same"))).lines.slice(-1), ["ok"]);
      const serial = (await dns.query(ZONE, "SOA"))[0];
      proxy.release();
      assert.deepStrictEqual((await sessionA).lines.slice(-1), ["ok"]);
      assert.strictEqual(proxy.updates - updatesBefore, 1, "only the refused UPDATE");
      assert.strictEqual((await dns.query(ZONE, "SOA"))[0], serial, "the zone took no update from A");
      const a = hubA.audit().slice(-1)[0];
      assert.deepStrictEqual([a.result, a.reason], ["unchanged", null]);
    });
  });
}
