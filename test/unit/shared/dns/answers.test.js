"use strict";
// Real answers of Knot DNS 3.2 and BIND 9.18 to our signed requests, captured by
// test/real/capture-dns-answers.js (fixed key, bytes 1..32): parsed, decoded
// (with name compression) and TSIG-verified without a server; then altered.
const assert = require("assert");
const { fromHex, toHex, u16 } = require("../../../../src/shared/core/dns/bytes");
const { parseMessage } = require("../../../../src/shared/core/dns/message");
const { readAnswer, QUERY, QUERY_ACCEPTS, UPDATE, UPDATE_ACCEPTS } = require("../../../../src/shared/core/dns/answer");
const { rrsetIn } = require("../../../../src/shared/core/dns/query");
const { encodeRdata } = require("../../../../src/shared/core/dns/rdata");
const FIXTURES = require("./server-answers.json");

const SECRET = Buffer.from(FIXTURES.secret, "base64").toString("latin1");
const KEY = { name: "service.key", algorithm: "hmac-sha256", secret: SECRET };
const LOCS = { rfc: "42 21 54 N 71 06 18 W -24m 30m", ams: "52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m",
  pole: "90 S 180 W 42849672.95m 90000000m 0.01m 1.5m" };

for (const server of ["knot", "bind"]) describe("answers of " + server, () => {
  const f = FIXTURES[server];
  const request = (c) => ({ wire: fromHex(c.request), mac: fromHex(c.mac), id: parseInt(c.request.slice(0, 4), 16) });
  const update = (label, key = KEY, now = f.time, answer = fromHex(f[label].answer)) => readAnswer(answer, request(f[label]), UPDATE, key, now, UPDATE_ACCEPTS);
  const query = (label) => {
    const answer = readAnswer(fromHex(f[label].answer), request(f[label]), QUERY, KEY, f.time, QUERY_ACCEPTS);
    assert.strictEqual(answer.ok, true, answer.reason);
    return answer;
  };

  it("an accepted UPDATE: NOERROR, TSIG verified", () => assert.deepStrictEqual(update("update").ok, true));

  it("records read back, names decompressed", () => {
    const records = (label, name, type) => { const a = query(label); return rrsetIn(a.data, a.parsed.message, name, type); };
    assert.ok(/c0[0-9a-f]{2}/.test(f.mx.answer), "the answer uses compression pointers");
    assert.deepStrictEqual(records("mx", "vert.bbs.test", "MX"), { name: "vert.bbs.test", type: "MX", ttl: 300, rdata: ["10 vert.bbs.test"] });
    assert.deepStrictEqual(records("txt", "vert.bbs.test", "TXT").rdata, ["Vertrauen"]);
    assert.deepStrictEqual(records("aaaa", "vert.bbs.test", "AAAA").rdata, ["2001:db8::1"]);
    assert.deepStrictEqual(records("loc", "vert.bbs.test", "LOC").rdata, ["37 46 30.000 N 122 25 10.000 W 10.00m 1m 10000m 10m"]);
    // The wildcard answers for www: its CNAME, then the target's A (which is not www's).
    assert.deepStrictEqual(records("cname", "www.vert.bbs.test", "CNAME").rdata, ["vert.bbs.test"]);
    assert.strictEqual(records("cname", "www.vert.bbs.test", "A"), null);
    assert.strictEqual(records("nxdomain", "nobody.bbs.test", "A"), null);
    assert.strictEqual(query("nxdomain").rcode, 3);
  });

  for (const [name, text] of Object.entries(LOCS)) {
    it("LOC '" + text + "' as " + server + " parsed it from its zone file = our encoding", () => {
      const a = query("loc-" + name);
      assert.strictEqual(toHex(a.parsed.message.answers[0].rdata), toHex(encodeRdata("LOC", text)));
    });
  }

  it("refusals, each in one line", () => {
    assert.strictEqual(update("badkey", Object.assign({}, KEY, { name: "wrong.key" })).reason,
      "NOTAUTH (TSIG BADKEY): the server does not know the key, or does not let it change these names");
    assert.strictEqual(update("badsig", Object.assign({}, KEY, { secret: "x".repeat(32) })).reason,
      "NOTAUTH (TSIG BADSIG): the key's secret does not match the server's");
    // Knot answers an update its ACL denies with NOTAUTH + BADKEY (unsigned); BIND with a signed REFUSED.
    assert.strictEqual(update("apex").reason, server === "knot"
      ? "NOTAUTH (TSIG BADKEY): the server does not know the key, or does not let it change these names"
      : "REFUSED: the server's policy does not allow this request");
    const unsigned = f.unsigned;
    const answer = readAnswer(fromHex(unsigned.answer), { wire: fromHex(unsigned.request), mac: "", id: 0x1005 }, UPDATE, KEY, f.time, UPDATE_ACCEPTS);
    assert.strictEqual(answer.reason, server === "knot"
      ? "NOTAUTH: the server does not accept this key here, or is not authoritative for the zone"
      : "REFUSED: the server's policy does not allow this request");
  });

  describe("an altered answer is not a success", () => {
    const good = fromHex(f.update.answer);
    it("any single byte changed before the TSIG record", () => {
      const tsigAt = parseMessage(good).lastAdditionalAt;
      for (let at = 0; at < tsigAt; at++) {
        const bad = good.slice(0, at) + String.fromCharCode(good.charCodeAt(at) ^ 0x20) + good.slice(at + 1);
        assert.strictEqual(update("update", KEY, f.time, bad).ok, false, "byte " + at);
      }
    });
    it("a changed byte of the question: the MAC does not match", () => {
      const bad = good.slice(0, 13) + "B" + good.slice(14);
      assert.strictEqual(update("update", KEY, f.time, bad).reason,
        "the answer fails TSIG verification: its TSIG MAC does not match (wrong secret, or the answer was altered)");
    });
    it("a changed byte of the MAC", () => {
      const macAt = good.length - 6 - 32; // the MAC, then original id, error, other length (0)
      const bad = good.slice(0, macAt) + String.fromCharCode(good.charCodeAt(macAt) ^ 1) + good.slice(macAt + 1);
      assert.match(update("update", KEY, f.time, bad).reason, /its TSIG MAC does not match/);
    });
    it("verified with another secret", () =>
      assert.match(update("update", Object.assign({}, KEY, { secret: "y".repeat(32) })).reason, /its TSIG MAC does not match/));
    it("another id: not the answer to this request", () =>
      assert.strictEqual(update("update", KEY, f.time, u16(0x9999) + good.slice(2)).reason, "the answer does not match the request"));
    it("the TSIG record removed: not signed", () => {
      const parsed = parseMessage(good);
      const stripped = good.slice(0, 10) + u16(parsed.message.additional.length - 1) + good.slice(12, parsed.lastAdditionalAt);
      assert.strictEqual(update("update", KEY, f.time, stripped).reason, "the answer is not signed (a TSIG record was expected)");
    });
    it("signed more than the fudge (300 s) ago", () => {
      assert.strictEqual(update("update", KEY, f.time + 300).ok, true);
      assert.strictEqual(update("update", KEY, f.time + 301).reason,
        "the answer fails TSIG verification: its TSIG time is -301 s from ours (fudge 300 s): check the clocks");
    });
    it("cut short, or with bytes added", () => {
      assert.match(update("update", KEY, f.time, good.slice(0, -1)).reason, /^the answer is not a DNS message: /);
      assert.match(update("update", KEY, f.time, good + "\x00").reason, /^the answer is not a DNS message: 1 bytes after the last record/);
    });
  });
});
