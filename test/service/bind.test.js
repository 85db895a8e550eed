"use strict";
// The service in the real services server of each version (3.22a, 3.30a) publishing to a real
// BIND 9.18 instead of Knot (test/service/real.test.js has the whole table against Knot): our
// client's update read back with kdig, a change and a removal in one update, the stock client,
// and a key BIND does not know, refused and audited with nothing published.
const assert = require("assert");
const { startRealStack, ourClient, stockClient, zoneSerial, publishesNothing } = require("./stack");
const { removeRoots, VERSIONS } = require("../real/pack");

for (const version of VERSIONS) describe("the service in the real services server " + version + ", publishing to a real BIND", function () {
  this.timeout(60000);
  let stack;
  before(async () => { stack = await startRealStack({ stock: true, version, dnsServer: "bind" }); });
  after(async () => {
    if (stack) await stack.stop();
    removeRoots();
  });
  afterEach(() => stack.setSettings());

  it("our client publishes <id>.bbs.test and every record: BIND serves them", async () => {
    const r = await ourClient(stack, ["VertPass2", "-hn", "VERT", "-mx", "mail.example.com", "-ip6", "fd00::7"],
      { txt: "Vertrauen", loc: "37 46 30.000 N 122 25 10.000 W 10.00m", wildcard: "true", ttl: "600" });
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
    assert.deepStrictEqual(await stack.knot.all("vert.bbs.test"), {
      A: ["127.0.0.1"], AAAA: ["fd00::7"], MX: ["10 mail.example.com."], TXT: ['"Vertrauen"'], LOC: ["37 46 30 N  122 25 10 W  10m  1m 10000m 10m"],
    });
    assert.deepStrictEqual(await stack.knot.all("*.vert.bbs.test"), { CNAME: ["vert.bbs.test."] });
    assert.strictEqual((await stack.knot.records("vert.bbs.test", "A"))[0].ttl, 600);
    const audit = stack.audit().pop();
    assert.deepStrictEqual([audit.id, audit.result, audit.reason], ["VERT", "updated", null]);
  });

  it("a change and removals in one update: BIND's serial moves on by one", async () => {
    assert.strictEqual((await ourClient(stack, ["VertPass2", "-hn", "VERT", "-mx", "mail.example.com"], { txt: "before" })).status, 0);
    const before = await zoneSerial(stack);
    const r = await ourClient(stack, ["VertPass2", "-hn", "VERT"], { txt: "after" });
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
    assert.deepStrictEqual(await stack.knot.all("vert.bbs.test"), { A: ["127.0.0.1"], TXT: ['"after"'] });
    assert.deepStrictEqual(await stack.knot.all("*.vert.bbs.test"), {});
    assert.strictEqual(await zoneSerial(stack), before + 1, "one update");
  });

  it("over UDP (dns_transport = udp) as over TCP", async () => {
    await stack.setSettings({ dns_transport: "udp" });
    const r = await ourClient(stack, ["QwkPass7", "-hn", "TESTBBS"], { txt: "by datagram" });
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
    assert.deepStrictEqual(await stack.knot.all("testbbs.bbs.test"), { A: ["127.0.0.1"], TXT: ['"by datagram"'] });
  });

  it("Synchronet's stock exec/dyndns.js updates through it", async () => {
    const r = await stockClient(stack, ["StockPass3", "-hn", "STOCKBBS", "-mx", "mx.example.net"]);
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
    assert.deepStrictEqual(await stack.knot.all("stockbbs.bbs.test"), { A: ["127.0.0.1"], MX: ["10 mx.example.net."], TXT: ['"My BBS"'] });
  });

  it("a key BIND does not know: refused, audited, nothing published", async () => {
    await stack.setSettings({ tsig_key: "other.key" });
    const r = await publishesNothing(stack, "vert.bbs.test", () => ourClient(stack, ["VertPass2", "-hn", "VERT"], { txt: "not published" }));
    assert.strictEqual(r.status, 1);
    assert.ok(r.stderr.includes("rejected the update: error: the DNS server could not be reached or refused the service; its sysop has been told"), r.stderr);
    const audit = stack.audit().pop();
    assert.deepStrictEqual([audit.id, audit.result], ["VERT", "failed"]);
    assert.match(audit.reason, /BADKEY/);
  });
});
