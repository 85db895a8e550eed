"use strict";
// The DNS wire format: names, record data, whole messages, byte for byte
// (expected bytes are written out by hand from RFC 1035, 2136, 1876 and 8945).
const assert = require("assert");
const crypto = require("crypto");
const { fromHex, toHex } = require("../../../../src/shared/core/dns/bytes");
const { encodeName, readName, nameProblem, isFormatError } = require("../../../../src/shared/core/dns/names");
const { encodeRdata, decodeRdata, canonicalRdata } = require("../../../../src/shared/core/dns/rdata");
const { encodeMessage, parseMessage } = require("../../../../src/shared/core/dns/message");
const { encodeUpdate, planProblem } = require("../../../../src/shared/core/dns/update");
const { encodeQuery } = require("../../../../src/shared/core/dns/query");
const { signRequest } = require("../../../../src/shared/core/dns/tsig");
const { TYPE } = require("../../../../src/shared/core/dns/codes");
const { parseLoc } = require("../../../../src/shared/core/loc");
const { formatIpv6, parseIpv6 } = require("../../../../src/shared/core/ipv6");

const hex = (s) => fromHex(s.replace(/\s+/g, ""));
const VERT = "04 76657274 03 626273 04 74657374 00"; // vert.bbs.test
const ZONE = "03 626273 04 74657374 00"; // bbs.test

function throwsFormat(fn, pattern) {
  try { fn(); } catch (e) { assert.ok(isFormatError(e), "not a FormatError: " + e); assert.match(e.dnsFormatError, pattern); return; }
  assert.fail("no FormatError");
}

describe("names", () => {
  it("encodes labels with their lengths, root last", () => assert.strictEqual(toHex(encodeName("vert.bbs.test")), VERT.replace(/ /g, "")));
  it("a trailing dot changes nothing; the root is one zero byte", () => {
    assert.strictEqual(encodeName("vert.bbs.test."), encodeName("vert.bbs.test"));
    assert.strictEqual(toHex(encodeName(".")), "00");
  });
  it("knows what cannot be written", () => {
    assert.strictEqual(nameProblem("vert.bbs.test"), null);
    assert.strictEqual(nameProblem("*.vert.bbs.test"), null);
    assert.match(nameProblem("a..b"), /empty label/);
    assert.match(nameProblem("x".repeat(64) + ".test"), /longer than 63/);
    assert.match(nameProblem(Array(128).fill("a").join(".")), /longer than 255/);
    assert.match(nameProblem("caf\u0100.test"), /not plain bytes/);
  });
  it("reads compressed names (pointer to an earlier suffix)", () => {
    // vert.bbs.test at 0, then "www" + pointer to 0, then "mail" + pointer to the www name.
    const msg = hex(VERT + " 03 777777 c000 04 6d61696c c00f");
    assert.deepStrictEqual(readName(msg, 0), { name: "vert.bbs.test", next: 15 });
    assert.deepStrictEqual(readName(msg, 15), { name: "www.vert.bbs.test", next: 21 });
    assert.deepStrictEqual(readName(msg, 21), { name: "mail.www.vert.bbs.test", next: 28 });
  });
  it("escapes dots and odd bytes inside labels", () => assert.strictEqual(readName(hex("03 612e62 02 20ff 00"), 0).name, "a\\.b.\\032\\255"));
  it("refuses pointer loops, forward pointers, reserved label types and truncation", () => {
    throwsFormat(() => readName(hex("c000"), 0), /backwards/);
    throwsFormat(() => readName(hex("01 61 c000"), 0), /backwards/);
    throwsFormat(() => readName(hex("c002 00"), 0), /backwards/);
    throwsFormat(() => readName(hex("41 61"), 0), /reserved/);
    throwsFormat(() => readName(hex("05 6162"), 0), /past the end/);
    throwsFormat(() => readName(hex("03 616263"), 0), /past the end/);
    throwsFormat(() => readName(hex(Array(128).fill("01 61").join(" ") + " 00"), 0), /longer than 255/);
  });
});

describe("record data", () => {
  const cases = [
    ["A", "203.0.113.7", "cb007107"],
    ["AAAA", "2001:db8::1", "20010db8000000000000000000000001"],
    ["AAAA", "::ffff:192.0.2.1", "00000000000000000000ffffc0000201"],
    ["MX", "10 mail.example.com", "000a 046d61696c 076578616d706c65 03636f6d 00"],
    ["TXT", "Vertrauen \"BBS\" \u00e9", "11 56657274726175656e20224242532220e9"],
    ["TXT", "", "00"],
    ["CNAME", "vert.bbs.test", VERT],
    // RFC 1876 defaults: size 1 m (0x12), horizontal 10 km (0x16), vertical 10 m (0x13); 2^31 + thousandths of arc seconds; altitude + 100 km in cm.
    ["LOC", "42 21 54 N 71 06 18 W -24m 30m", "00 33 16 13 89172dd0 70be15f0 00988d20"],
    ["SOA", "ns1.bbs.test hostmaster.bbs.test 2026113001 3600 600 86400 60",
      "03 6e7331 " + ZONE + " 0a 686f73746d6173746572 " + ZONE + " 78c407e9 00000e10 00000258 00015180 0000003c"],
  ];
  for (const [type, text, wire] of cases) {
    it(type + " " + JSON.stringify(text) + " to the wire", () => assert.strictEqual(toHex(encodeRdata(type, text)), wire.replace(/ /g, "")));
  }
  it("LOC numbers: 42 21 54 N is 2^31 + 152514000, 71 06 18 W is 2^31 - 255978000, -24 m is 10000000 - 2400 cm", () => {
    assert.deepStrictEqual(parseLoc("42 21 54 N 71 06 18 W -24m 30m"),
      { latitude: 152514000, longitude: -255978000, altitude: -2400, size: 3000, horizontal: 1000000, vertical: 1000 });
    assert.strictEqual(2147483648 + 152514000, 0x89172dd0);
    assert.strictEqual(2147483648 - 255978000, 0x70be15f0);
    assert.strictEqual(10000000 - 2400, 0x00988d20);
  });
  it("refuses texts that are not of the type", () => {
    for (const [type, text] of [["A", "203.0.113"], ["A", "::1"], ["AAAA", "203.0.113.7"], ["MX", "mail.example.com"], ["MX", "65536 mail.example.com"],
      ["MX", "10 a..b"], ["TXT", "x".repeat(256)], ["TXT", "\u20ac"], ["LOC", "91 N 0 E 0m"], ["CNAME", ""], ["CNAME", "a..b"], ["SOA", "a b 1 2 3"]]) {
      assert.strictEqual(encodeRdata(type, text), null, type + " " + text);
    }
  });
  it("reads back what it writes, in one canonical text", () => {
    assert.strictEqual(canonicalRdata("AAAA", "2001:DB8:0:0::1"), "2001:db8::1");
    assert.strictEqual(canonicalRdata("MX", "10  Mail.Example.COM."), "10 mail.example.com");
    assert.strictEqual(canonicalRdata("LOC", "42 21 54 N 71 06 18 W -24m 30m"), "42 21 54.000 N 71 6 18.000 W -24.00m 30m 10000m 10m");
    assert.strictEqual(canonicalRdata("LOC", "90 S 180 W 42849672.95m 90000000m 0.01m 1.5m"), "90 0 0.000 S 180 0 0.000 W 42849672.95m 90000000m 0.01m 1m");
    assert.strictEqual(canonicalRdata("TXT", "a \"b\" \u00ff"), "a \"b\" \u00ff");
    assert.strictEqual(canonicalRdata("CNAME", "Vert.BBS.test."), "vert.bbs.test");
    assert.strictEqual(canonicalRdata("A", "1.2.3"), null);
  });
  it("joins the strings of a TXT record; shows unknown types as RFC 3597 text", () => {
    assert.strictEqual(decodeRdata(TYPE.TXT, hex("03 616263 00 02 6465"), 0, 8), "abcde");
    assert.strictEqual(decodeRdata(99, hex("0102ff"), 0, 3), "\\# 3 0102ff");
  });
  it("refuses record data of the wrong size or running past its end", () => {
    throwsFormat(() => decodeRdata(TYPE.A, hex("01020304"), 0, 3), /3 bytes \(4 expected\)/);
    throwsFormat(() => decodeRdata(TYPE.AAAA, hex("01020304"), 0, 4), /4 bytes \(16 expected\)/);
    throwsFormat(() => decodeRdata(TYPE.TXT, hex("05 6162"), 0, 3), /past its record/);
    throwsFormat(() => decodeRdata(TYPE.MX, hex("000a " + VERT + " 00"), 0, 18), /bytes after its name/);
    throwsFormat(() => decodeRdata(TYPE.LOC, hex("01" + "00".repeat(15)), 0, 16), /version 1/);
    throwsFormat(() => decodeRdata(TYPE.A, hex("0102"), 0, 4), /past the end/);
  });
  it("formats IPv6 as RFC 5952 says", () => {
    for (const [text, want] of [["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"], ["2001:0db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"], ["::", "::"],
      ["1::", "1::"], ["0:0:1:0:0:0:0:1", "0:0:1::1"], ["1:0:0:1:0:0:1:1", "1::1:0:0:1:1"], ["fe80::0:0:1", "fe80::1"]]) {
      assert.strictEqual(formatIpv6(parseIpv6(text)), want, text);
    }
  });
});

describe("messages", () => {
  const plan = {
    zone: "bbs.test.",
    changes: [
      { name: "Vert.bbs.test", type: "A", rrset: { name: "vert.bbs.test", type: "A", ttl: 300, rdata: ["203.0.113.7"] }, was: null },
      { name: "vert.bbs.test", type: "TXT", rrset: null, was: { name: "vert.bbs.test", type: "TXT", ttl: 60, rdata: ["hi"] } },
    ],
  };
  // RFC 2136: opcode 5, zone section = (bbs.test SOA IN); prerequisites = each set as it was
  // read: "RRset does not exist" (class NONE, TTL 0, no data) for the absent A, "RRset exists
  // (value dependent)" (class IN, TTL 0, the records) for the TXT; then "delete RRset" (class
  // ANY, TTL 0, no data) before each set's new records (class IN).
  const BODY = ZONE + "0006 0001"
    + VERT + "0001 00fe 00000000 0000"
    + VERT + "0010 0001 00000000 0003 026869"
    + VERT + "0001 00ff 00000000 0000"
    + VERT + "0001 0001 0000012c 0004 cb007107"
    + VERT + "0010 00ff 00000000 0000";
  const UPDATE = "1234 2800 0001 0002 0003 0000" + BODY;

  it("an UPDATE from a plan, byte for byte", () => assert.strictEqual(toHex(encodeUpdate(plan, 0x1234)), UPDATE.replace(/ /g, "")));

  it("a query, byte for byte (no recursion wanted)", () =>
    assert.strictEqual(toHex(encodeQuery("vert.bbs.test", "LOC", 0xbeef)), ("beef 0000 0001 0000 0000 0000" + VERT + "001d 0001").replace(/ /g, "")));

  it("a TSIG-signed UPDATE, byte for byte; its MAC is HMAC-SHA256 of the message and the TSIG variables (RFC 8945 4.3.3)", () => {
    const secret = Buffer.from(Array.from({ length: 32 }, (_, i) => i + 1));
    const key = { name: "Service.Key.", algorithm: "hmac-sha256", secret: secret.toString("latin1") };
    const time = 1796000000; // 0x00006b0cc900
    const signed = signRequest(encodeUpdate(plan, 0x1234), key, time);
    const KEY = "07 73657276696365 03 6b6579 00"; // service.key, lower case
    const ALG = "0b 686d61632d736861323536 00"; // hmac-sha256
    const variables = KEY + "00ff 00000000" + ALG + "00006b0cc900 012c 0000 0000";
    const mac = crypto.createHmac("sha256", secret).update(hex(UPDATE), "latin1").update(hex(variables), "latin1").digest("hex");
    const record = KEY + "00fa 00ff 00000000 003d" + ALG + "00006b0cc900 012c 0020" + mac + "1234 0000 0000";
    // The same message with one additional record (ARCOUNT 1): the TSIG.
    assert.strictEqual(toHex(signed.wire), ("1234 2800 0001 0002 0003 0001" + BODY + record).replace(/ /g, ""));
    assert.strictEqual(toHex(signed.mac), mac);
    assert.strictEqual(signed.id, 0x1234);
  });

  it("parses what it encodes", () => {
    const message = { id: 7, flags: 0x8400, questions: [{ name: "bbs.test", type: 6, klass: 1 }],
      answers: [{ name: "bbs.test", type: 1, klass: 1, ttl: 60, rdata: "\x01\x02\x03\x04" }], authority: [], additional: [] };
    const parsed = parseMessage(encodeMessage(message));
    assert.strictEqual(parsed.ok, true);
    assert.deepStrictEqual(parsed.message.answers.map((r) => [r.name, r.type, r.ttl, r.rdata]), [["bbs.test", 1, 60, "\x01\x02\x03\x04"]]);
  });

  it("never throws at malformed bytes: a reason instead", () => {
    const good = encodeUpdate(plan, 1);
    assert.match(parseMessage("").reason, /shorter than a header/);
    assert.match(parseMessage(good.slice(0, 30)).reason, /past the end/);
    assert.match(parseMessage(good + "x").reason, /1 bytes after the last record/);
    for (let cut = 12; cut < good.length; cut++) assert.strictEqual(parseMessage(good.slice(0, cut)).ok, false, "cut at " + cut);
  });
});

describe("planProblem", () => {
  const set = (name, type, rdata, ttl = 300, was = null) => ({ name, type, rrset: { name, type, ttl, rdata }, was });
  const problem = (...changes) => planProblem({ zone: "bbs.test", changes });
  it("accepts names under the zone, deletions, and an empty plan", () => {
    assert.strictEqual(problem(set("vert.bbs.test", "A", ["203.0.113.7"]), { name: "*.vert.bbs.test", type: "CNAME", rrset: null, was: null }), null);
    assert.strictEqual(problem(), null);
  });
  it("every change carries the set as it was read, valid for its name and type", () => {
    const a = (rdata, ttl = 60, name = "vert.bbs.test", type = "A") => ({ name, type, ttl, rdata });
    assert.strictEqual(problem(set("vert.bbs.test", "A", ["203.0.113.7"], 300, a(["198.51.100.1", "198.51.100.2"]))), null);
    assert.strictEqual(problem({ name: "vert.bbs.test", type: "A", rrset: null }),
      "vert.bbs.test A has no prerequisite (the set as read, or null when there was none)");
    assert.strictEqual(problem(set("vert.bbs.test", "A", ["203.0.113.7"], 300, a(["mail.example.com"]))),
      "as read: vert.bbs.test A 'mail.example.com' is not an IPv4 address");
    assert.strictEqual(problem(set("vert.bbs.test", "A", ["203.0.113.7"], 300, a(["203.0.113.7"], 60, "www.bbs.test"))),
      "as read: the record set for vert.bbs.test A is named www.bbs.test A");
  });
  const refusals = [
    [[set("vert.other.test", "A", ["203.0.113.7"])], /'vert.other.test' is not a name under the zone bbs.test/],
    [[set("bbs.test", "A", ["203.0.113.7"])], /'bbs.test' is not a name under the zone/],
    [[set("xbbs.test", "A", ["203.0.113.7"])], /'xbbs.test' is not a name under the zone/],
    [[set("vert.bbs.test", "NS", ["ns.example.com"])], /'NS' is not a type the service publishes/],
    [[set("vert.bbs.test", "A", ["203.0.113.7"]), set("VERT.bbs.test.", "A", ["203.0.113.8"])], /vert.bbs.test A is changed twice/],
    [[set("vert.bbs.test", "MX", ["mail.example.com"])], /vert.bbs.test MX 'mail.example.com' is not '<preference 0-65535> <host name>'/],
    [[set("vert.bbs.test", "A", [])], /is empty \(use null to delete it\)/],
    [[set("vert.bbs.test", "A", ["203.0.113.7"], -1)], /the TTL of vert.bbs.test A is -1/],
    [[set("vert.bbs.test", "A", ["203.0.113.7"], 1.5)], /the TTL of vert.bbs.test A is 1.5/],
    [[set("*.vert.bbs.test", "CNAME", ["a.test", "b.test"])], /a CNAME set has one record/],
    [[{ name: "vert.bbs.test", type: "A", rrset: { name: "www.bbs.test", type: "A", ttl: 1, rdata: ["1.2.3.4"] }, was: null }], /is named www.bbs.test A/],
  ];
  for (const [changes, pattern] of refusals) it("refuses: " + pattern.source, () => assert.match(problem(...changes), pattern));
});

describe("sameRRset", () => {
  const { sameRRset } = require("../../../../src/shared/core/dns/rrset");
  const rr = (type, rdata, ttl = 300, name = "vert.bbs.test") => ({ name, type, ttl, rdata });
  it("the same records in other forms, orders and duplicates are the same set", () => {
    assert.strictEqual(sameRRset(rr("AAAA", ["2001:DB8::1", "2001:db8::2"]), rr("AAAA", ["2001:db8:0::2", "2001:db8::1", "2001:db8::1"], 300, "Vert.BBS.test.")), true);
    assert.strictEqual(sameRRset(rr("LOC", ["37 46 30.000 N 122 25 10.000 W 10.00m 1m 10000m 10m"]), rr("LOC", ["37 46 30 N 122 25 10 W 10m"])), true);
    assert.strictEqual(sameRRset(rr("MX", ["10 Vert.bbs.test."]), rr("MX", ["10 vert.bbs.test"])), true);
    assert.strictEqual(sameRRset(null, null), true);
  });
  it("another TTL, record, letter case of a TXT, or a missing set is a change", () => {
    assert.strictEqual(sameRRset(rr("A", ["203.0.113.7"]), rr("A", ["203.0.113.7"], 600)), false);
    assert.strictEqual(sameRRset(rr("A", ["203.0.113.7"]), rr("A", ["203.0.113.7", "203.0.113.8"])), false);
    assert.strictEqual(sameRRset(rr("TXT", ["Vert"]), rr("TXT", ["vert"])), false);
    assert.strictEqual(sameRRset(rr("A", ["203.0.113.7"]), null), false);
    assert.strictEqual(sameRRset(null, rr("A", ["203.0.113.7"])), false);
    assert.strictEqual(sameRRset(rr("A", ["bad"]), rr("A", ["bad"])), false);
  });
});
