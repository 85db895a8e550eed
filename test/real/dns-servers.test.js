"use strict";
// The UPDATE messages our core builds, sent to a real Knot DNS 3.2 and BIND 9.18
// (started once for this file) and read back with kdig: every record type,
// replace and delete, and each refusal in one line with nothing published.
const assert = require("assert");
const { startKnot, startBind, exchangeTcp, findProgram } = require("./dns");
const { encodeUpdate, planProblem } = require("../../src/shared/core/dns/update");
const { signRequest } = require("../../src/shared/core/dns/tsig");
const { readAnswer, UPDATE, UPDATE_ACCEPTS } = require("../../src/shared/core/dns/answer");

/** A change to the set (name, type); `was`: the set as the writer read it (its prerequisite), null: absent. */
const set = (name, type, rdata, ttl = 300, was = null) => ({ name, type, rrset: { name, type, ttl, rdata }, was });
const remove = (name, type, was = null) => ({ name, type, rrset: null, was });
/** A set as read, for `was`. */
const read = (name, type, rdata, ttl = 300) => ({ name, type, ttl, rdata });
const seconds = () => Math.floor(Date.now() / 1000);

describe("DNS server programs", () => {
  it("a missing one fails the tests, saying what to install", () =>
    assert.throws(() => findProgram("knotd-not-installed"),
      /^Error: knotd-not-installed is not installed: the DNS tests need a real Knot DNS 3.2 and BIND 9.18 \(apt-get install knot knot-dnsutils bind9 bind9-dnsutils\)$/));
});

for (const start of [startKnot, startBind]) describe("UPDATE to a real " + (start === startKnot ? "Knot DNS 3.2" : "BIND 9.18"), function () {
  let server;
  let id = 1;
  before(async () => { server = await start({ records: ["keep IN A 192.0.2.1"] }); });
  after(async () => { if (server) await server.stop(); });

  /** Sends the plan as built, signed with `key` (null: unsigned); the one-line outcome. */
  async function send(changes, key = server.keys.service) {
    const plan = { zone: "bbs.test", changes };
    const message = encodeUpdate(plan, id++);
    const request = key ? signRequest(message, key, seconds()) : { wire: message, mac: "", id: id - 1 };
    const answer = readAnswer(await exchangeTcp(server.port, request.wire), request, UPDATE, key || server.keys.service, seconds(), UPDATE_ACCEPTS);
    return answer.ok ? "ok" : answer.reason;
  }

  it("publishes every type in one update; kdig reads each back", async () => {
    assert.strictEqual(await send([
      set("vert.bbs.test", "A", ["203.0.113.7", "203.0.113.8"]),
      set("vert.bbs.test", "AAAA", ["2001:db8::1"]),
      set("vert.bbs.test", "MX", ["10 vert.bbs.test"]),
      set("vert.bbs.test", "TXT", ["Vertrauen \"BBS\" \\ caf\u00e9"], 600),
      set("vert.bbs.test", "LOC", ["37 46 30.000 N 122 25 10.000 W 10.00m 1m 10000m 10m"]),
      set("*.vert.bbs.test", "CNAME", ["vert.bbs.test"]),
    ]), "ok");
    assert.deepStrictEqual(await server.all("vert.bbs.test"), {
      A: ["203.0.113.7", "203.0.113.8"],
      AAAA: ["2001:db8::1"],
      MX: ["10 vert.bbs.test."],
      TXT: ['"Vertrauen \\"BBS\\" \\\\ caf\\233"'],
      LOC: ["37 46 30 N  122 25 10 W  10m  1m 10000m 10m"], // as kdig prints LOC
    });
    assert.deepStrictEqual((await server.records("vert.bbs.test", "TXT")).map((r) => r.ttl), [600]);
    assert.deepStrictEqual(await server.all("*.vert.bbs.test"), { CNAME: ["vert.bbs.test."] });
    assert.deepStrictEqual(await server.query("www.vert.bbs.test", "A"), ["203.0.113.7", "203.0.113.8", "vert.bbs.test."]);
  });

  it("replaces sets and deletes others in one update; other names untouched", async () => {
    assert.strictEqual(await send([
      set("swap.bbs.test", "A", ["203.0.113.7"]),
      set("swap.bbs.test", "AAAA", ["2001:db8::1"]),
      set("swap.bbs.test", "MX", ["10 swap.bbs.test"]),
      set("swap.bbs.test", "TXT", ["old text"]),
      set("swap.bbs.test", "LOC", ["37 46 30.000 N 122 25 10.000 W 10.00m 1m 10000m 10m"]),
      set("*.swap.bbs.test", "CNAME", ["swap.bbs.test"]),
    ]), "ok", "the records to replace and delete");
    assert.strictEqual(await send([
      set("swap.bbs.test", "A", ["198.51.100.9"], 120, read("swap.bbs.test", "A", ["203.0.113.7"])),
      remove("swap.bbs.test", "AAAA", read("swap.bbs.test", "AAAA", ["2001:db8::1"])),
      set("swap.bbs.test", "TXT", ["new text"], 300, read("swap.bbs.test", "TXT", ["old text"])),
      remove("swap.bbs.test", "LOC", read("swap.bbs.test", "LOC", ["37 46 30.000 N 122 25 10.000 W 10.00m 1m 10000m 10m"])),
      remove("*.swap.bbs.test", "CNAME", read("*.swap.bbs.test", "CNAME", ["swap.bbs.test"])),
    ]), "ok");
    assert.deepStrictEqual(await server.all("swap.bbs.test"), { A: ["198.51.100.9"], MX: ["10 swap.bbs.test."], TXT: ['"new text"'] });
    assert.deepStrictEqual((await server.records("swap.bbs.test", "A")).map((r) => r.ttl), [120]);
    assert.deepStrictEqual(await server.all("*.swap.bbs.test"), {});
    assert.deepStrictEqual(await server.query("keep.bbs.test", "A"), ["192.0.2.1"]);
    assert.strictEqual(await send([remove("swap.bbs.test", "A", read("swap.bbs.test", "A", ["198.51.100.9"])),
      remove("swap.bbs.test", "MX", read("swap.bbs.test", "MX", ["10 swap.bbs.test"])),
      remove("swap.bbs.test", "TXT", read("swap.bbs.test", "TXT", ["new text"]))]), "ok");
    assert.deepStrictEqual(await server.all("swap.bbs.test"), {});
  });

  describe("prerequisites: an update applies only to the records it was planned from (RFC 2136 2.4)", () => {
    const owner = "race.bbs.test";
    const YXRRSET = "YXRRSET: a record set exists that the update expected absent (it changed since it was read)";
    const NXRRSET = "NXRRSET: a record set differs from what the update expected (it changed since it was read)";
    /** Each test starts from this name holding A 203.0.113.7, 203.0.113.8 and TXT 'first', whatever ran before. */
    beforeEach(async () => {
      const now = await server.all(owner);
      const was = (type) => (now[type] ? read(owner, type, type === "TXT" ? now[type].map((s) => JSON.parse(s)) : now[type]) : null);
      assert.strictEqual(await send([set(owner, "A", ["203.0.113.7", "203.0.113.8"], 300, was("A")),
        set(owner, "TXT", ["first"], 300, was("TXT")), remove(owner, "AAAA", was("AAAA"))]), "ok");
    });
    const unchanged = async () => assert.deepStrictEqual(await server.all(owner), { A: ["203.0.113.7", "203.0.113.8"], TXT: ['"first"'] });

    it("a set expected absent that exists: YXRRSET, nothing changed", async () => {
      assert.strictEqual(await send([set(owner, "A", ["198.51.100.1"], 300, null)]), YXRRSET);
      await unchanged();
    });
    it("a set that differs from what was read: NXRRSET, nothing changed", async () => {
      assert.strictEqual(await send([set(owner, "A", ["198.51.100.1"], 300, read(owner, "A", ["203.0.113.7"]))]), NXRRSET);
      await unchanged();
    });
    it("a set read that is gone: NXRRSET", async () => {
      assert.strictEqual(await send([set(owner, "AAAA", ["2001:db8::9"], 300, read(owner, "AAAA", ["2001:db8::1"]))]), NXRRSET);
      await unchanged();
    });
    it("all or nothing: one prerequisite that fails keeps the other changes out", async () => {
      assert.strictEqual(await send([set(owner, "A", ["198.51.100.1"], 300, read(owner, "A", ["203.0.113.7", "203.0.113.8"])),
        set(owner, "TXT", ["second"], 300, read(owner, "TXT", ["not what is there"]))]), NXRRSET);
      await unchanged();
    });
    it("compared as a set: records in another order, another TTL, names in other case still match", async () => {
      assert.strictEqual(await send([set(owner, "A", ["198.51.100.1"], 300, read("RACE.bbs.test", "A", ["203.0.113.8", "203.0.113.7"], 5)),
        set(owner, "TXT", ["second"], 300, read(owner, "TXT", ["first"], 86400))]), "ok");
      assert.deepStrictEqual(await server.all(owner), { A: ["198.51.100.1"], TXT: ['"second"'] });
    });
  });

  it("deleting a set that does not exist is a success", async () =>
    assert.strictEqual(await send([remove("nobody.bbs.test", "A")]), "ok"));

  describe("refusals: one line, nothing published", () => {
    const attempt = [set("refused.bbs.test", "A", ["203.0.113.66"]), set("refused.bbs.test", "TXT", ["no"])];
    afterEach(async () => assert.deepStrictEqual(await server.all("refused.bbs.test"), {}, "something was published"));

    it("a key the server does not know: NOTAUTH, TSIG BADKEY", async () =>
      assert.strictEqual(await send(attempt, server.keys.wrong), "NOTAUTH (TSIG BADKEY): the server does not know the key, or does not let it change these names"));

    it("the right key name with a wrong secret: NOTAUTH, TSIG BADSIG", async () =>
      assert.strictEqual(await send(attempt, server.keys.badSecret), "NOTAUTH (TSIG BADSIG): the key's secret does not match the server's"));

    it("no key at all: " + (start === startKnot ? "NOTAUTH" : "REFUSED"), async () =>
      assert.strictEqual(await send(attempt, null), start === startKnot
        ? "NOTAUTH: the server does not accept this key here, or is not authoritative for the zone"
        : "REFUSED: the server's policy does not allow this request"));

    it("a name outside the zone (which planProblem refuses before sending)", async () => {
      const outside = [set("refused.other.test", "A", ["203.0.113.66"])];
      assert.match(planProblem({ zone: "bbs.test", changes: outside }), /'refused.other.test' is not a name under the zone bbs.test/);
      // Knot checks the key's ACL first; BIND sees the name is not in the zone.
      assert.strictEqual(await send(outside), start === startKnot
        ? "NOTAUTH (TSIG BADKEY): the server does not know the key, or does not let it change these names"
        : "NOTZONE: a name is not in the zone");
      assert.deepStrictEqual(await server.query("refused.other.test", "A", ["+norec"]).catch(() => []), []);
    });

    it("the zone's own name, which the update policy keeps from the service key (all or nothing)", async () => {
      assert.strictEqual(await send(attempt.concat([set("bbs.test", "A", ["203.0.113.66"])])), start === startKnot
        ? "NOTAUTH (TSIG BADKEY): the server does not know the key, or does not let it change these names"
        : "REFUSED: the server's policy does not allow this request");
      assert.deepStrictEqual(await server.query("bbs.test", "A"), []);
    });

    it("a type the policy does not grant (NS)", async () => {
      const message = encodeUpdate({ zone: "bbs.test", changes: attempt }, id++);
      // The same update with one NS record more, written by hand: planProblem would refuse NS.
      const ns = "\x07refused\x03bbs\x04test\x00\x00\x02\x00\x01\x00\x00\x01\x2c\x00\x06\x03ns1\xc0\x0c";
      const withNs = message.slice(0, 8) + String.fromCharCode(0, message.charCodeAt(9) + 1) + message.slice(10) + ns;
      const request = signRequest(withNs, server.keys.service, seconds());
      const answer = readAnswer(await exchangeTcp(server.port, request.wire), request, UPDATE, server.keys.service, seconds(), UPDATE_ACCEPTS);
      assert.strictEqual(answer.reason, start === startKnot
        ? "NOTAUTH (TSIG BADKEY): the server does not know the key, or does not let it change these names"
        : "REFUSED: the server's policy does not allow this request");
    });

    it("an MX whose host the wildcard CNAME covers: " + (start === startKnot ? "Knot accepts it" : "BIND refuses the whole update"), async () => {
      const changes = [set("mx.bbs.test", "MX", ["10 mail.mx.bbs.test"]), set("*.mx.bbs.test", "CNAME", ["mx.bbs.test"])];
      if (start === startKnot) {
        assert.strictEqual(await send(changes), "ok");
        assert.strictEqual(await send([remove("mx.bbs.test", "MX", read("mx.bbs.test", "MX", ["10 mail.mx.bbs.test"])),
          remove("*.mx.bbs.test", "CNAME", read("*.mx.bbs.test", "CNAME", ["mx.bbs.test"]))]), "ok");
      } else {
        // named.out: "vert.bbs.test/MX 'mail...' is a CNAME (illegal)" (check-mx-cname fail is the default).
        assert.strictEqual(await send(changes), "REFUSED: the server's policy does not allow this request");
        assert.match(server.log(), /'mail\.mx\.bbs\.test' is a CNAME \(illegal\)/);
      }
      assert.deepStrictEqual(await server.all("mx.bbs.test"), {});
    });
  });
});
