"use strict";
// The DNS core at its edges: each limit on both sides, each malformed byte string, each line.
const assert = require("assert");
const { fromHex, toHex, u48, readU48, u32, readU32 } = require("../../../../src/shared/core/dns/bytes");
const { encodeName, readName, nameProblem, isFormatError, formatError, normalName } = require("../../../../src/shared/core/dns/names");
const { encodeRdata, decodeRdata, canonicalRdata, EXPECTED } = require("../../../../src/shared/core/dns/rdata");
const { encodeMessage, parseMessage, isTruncated, isResponse } = require("../../../../src/shared/core/dns/message");
const { encodeUpdate, planProblem } = require("../../../../src/shared/core/dns/update");
const { rrsetIn } = require("../../../../src/shared/core/dns/query");
const { sameRRset } = require("../../../../src/shared/core/dns/rrset");
const { TYPE, rcodeName, tsigErrorName, typeName, PUBLISHED_TYPES } = require("../../../../src/shared/core/dns/codes");
const { encodeBase64, decodeBase64 } = require("../../../../src/shared/core/dns/base64");
const { sha256, hmacSha256 } = require("../../../../src/shared/core/dns/sha256");
const { rcodeReason } = require("../../../../src/shared/core/dns/answer");
const crypto = require("crypto");

const label = (n, c = "a") => c.repeat(n);
function formatErrorOf(fn) {
  try { fn(); } catch (e) { assert.ok(isFormatError(e), "not a FormatError: " + e); return e.dnsFormatError; }
  return null;
}

describe("DNS codes and their names", () => {
  it("every rcode by name, and an unknown one by number", () => {
    assert.deepStrictEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 23].map(rcodeName), [
      "NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED", "YXDOMAIN", "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE", "RCODE 11", "RCODE 23",
    ]);
  });
  it("TSIG errors by name, else as rcodes", () => {
    assert.deepStrictEqual([16, 17, 18, 22, 5, 99].map(tsigErrorName), ["BADSIG", "BADKEY", "BADTIME", "BADTRUNC", "REFUSED", "RCODE 99"]);
  });
  it("types by name, an unknown one as TYPEn", () => {
    assert.deepStrictEqual([1, 2, 5, 6, 15, 16, 28, 29, 250, 255, 99].map(typeName), ["A", "NS", "CNAME", "SOA", "MX", "TXT", "AAAA", "LOC", "TSIG", "ANY", "TYPE99"]);
    assert.deepStrictEqual(PUBLISHED_TYPES, ["A", "AAAA", "MX", "TXT", "LOC", "CNAME"]);
  });
  it("rcode reasons: the TSIG error's meaning first, else the rcode's, else the name alone", () => {
    assert.strictEqual(rcodeReason(9, "BADKEY"), "NOTAUTH (TSIG BADKEY): the server does not know the key, or does not let it change these names");
    assert.strictEqual(rcodeReason(9, "BADTRUNC"), "NOTAUTH (TSIG BADTRUNC): the server does not accept this key here, or is not authoritative for the zone");
    assert.strictEqual(rcodeReason(1, null), "FORMERR: the server could not read the request");
    assert.strictEqual(rcodeReason(2, null), "SERVFAIL: the server failed to process the request");
    assert.strictEqual(rcodeReason(4, null), "NOTIMP: the server does not support this request");
    assert.strictEqual(rcodeReason(5, null), "REFUSED: the server's policy does not allow this request");
    assert.strictEqual(rcodeReason(10, null), "NOTZONE: a name is not in the zone");
    assert.strictEqual(rcodeReason(16, "BADSIG").startsWith("RCODE 16 (TSIG BADSIG): the key's secret does not match"), true);
    assert.strictEqual(rcodeReason(0, "BADTIME"), "NOERROR (TSIG BADTIME): our clock and the server's differ by more than the allowed fudge");
    assert.strictEqual(rcodeReason(3, null), "NXDOMAIN");
    assert.strictEqual(rcodeReason(8, null), "NXRRSET: a record set differs from what the update expected (it changed since it was read)");
    assert.strictEqual(rcodeReason(7, null), "YXRRSET: a record set exists that the update expected absent (it changed since it was read)");
    assert.strictEqual(rcodeReason(6, null), "YXDOMAIN");
  });
});

describe("DNS names at their limits", () => {
  const n255 = [label(63), label(63), label(63), label(61)].join("."); // 64*3 + 62 + 1 = 255 bytes on the wire
  it("a label of 63 bytes is fine, 64 is not", () => {
    assert.strictEqual(nameProblem(label(63) + ".test"), null);
    assert.strictEqual(nameProblem(label(64) + ".test"), "'" + label(64) + ".test' has a label longer than 63 bytes");
  });
  it("a name of 255 bytes on the wire is fine, 256 is not", () => {
    assert.strictEqual(encodeName(n255).length, 255);
    assert.strictEqual(nameProblem(n255), null);
    assert.strictEqual(nameProblem(n255 + "a"), "'" + n255 + "a' is longer than 255 bytes");
  });
  it("the root (empty or a dot) is a name; an empty label is not; nor a char above 255", () => {
    assert.strictEqual(nameProblem(""), null);
    assert.strictEqual(nameProblem("."), null);
    assert.strictEqual(nameProblem("a..b"), "'a..b' has an empty label");
    assert.strictEqual(nameProblem(".a"), "'.a' has an empty label");
    assert.strictEqual(nameProblem("\u0100.test"), "'\u0100.test' is not plain bytes");
  });
  it("normal form: lower case, no trailing dot", () => assert.strictEqual(normalName("Vert.BBS.test."), "vert.bbs.test"));
  it("reads names in presentation form: dots, backslashes and other bytes escaped", () => {
    const wire = fromHex("03" + "612e62" + "02" + "5c7a" + "04" + "00" + "0a20" + "7f" + "03" + "202164" + "01" + "ff" + "00");
    assert.deepStrictEqual(readName(wire, 0), { name: "a\\.b.\\\\z.\\000\\010\\032\\127.\\032!d.\\255", next: wire.length });
  });
  it("reads a name of 255 bytes, not one of 256", () => {
    assert.strictEqual(readName(encodeName(n255), 0).name, n255);
    const long = encodeName(n255).slice(0, -1) + "\x01a\x00";
    assert.strictEqual(formatErrorOf(() => readName(long, 0)), "a name is longer than 255 bytes");
  });
  it("malformed names: each says why", () => {
    assert.strictEqual(formatErrorOf(() => readName(fromHex("03616263"), 0)), "a name runs past the end of the message");
    assert.strictEqual(formatErrorOf(() => readName(fromHex("0561626300"), 0)), "a label runs past the end of the message");
    assert.strictEqual(formatErrorOf(() => readName(fromHex("036162"), 0)), "a label runs past the end of the message");
    assert.strictEqual(formatErrorOf(() => readName(fromHex("c0"), 0)), "a compression pointer runs past the end of the message");
    assert.strictEqual(formatErrorOf(() => readName(fromHex("c000"), 0)), "a compression pointer does not point backwards");
    assert.strictEqual(formatErrorOf(() => readName(fromHex("40"), 0)), "a label has the reserved length bits 1");
    assert.strictEqual(formatErrorOf(() => readName(fromHex("80"), 0)), "a label has the reserved length bits 2");
    assert.strictEqual(formatErrorOf(() => readName(fromHex(""), 0)), "a name runs past the end of the message");
  });
  it("a compression pointer: the name goes on where it points, next is after the pointer", () => {
    const wire = fromHex("01610000" + "0162c000");
    assert.deepStrictEqual(readName(wire, 4), { name: "b.a", next: 8 });
    assert.deepStrictEqual(readName(fromHex("0161" + "00"), 0), { name: "a", next: 3 });
  });
  it("a format error is a plain object with its reason; nothing else is one", () => {
    assert.deepStrictEqual(formatError("x"), { dnsFormatError: "x" });
    for (const v of [null, undefined, "x", 5, {}, { dnsFormatError: 5 }, new Error("x")]) assert.strictEqual(isFormatError(v), false, String(v));
    assert.strictEqual(isFormatError({ dnsFormatError: "" }), true);
  });
});

describe("DNS messages: malformed bytes, each refused with its reason", () => {
  const q = encodeMessage({ id: 7, flags: 0, questions: [{ name: "a.test", type: 1, klass: 1 }], answers: [], authority: [], additional: [] });
  const rec = encodeMessage({ id: 7, flags: 0x8000, questions: [], answers: [{ name: "a.test", type: 1, klass: 1, ttl: 60, rdata: "\x01\x02\x03\x04" }], authority: [], additional: [] });
  const reason = (data) => { const p = parseMessage(data); return p.ok ? "ok" : p.reason; };
  it("a header of 12 bytes parses; 11 does not", () => {
    assert.strictEqual(reason(q.slice(0, 12).replace(/^(.{4})../s, "$1\x00\x00")), "ok");
    assert.strictEqual(reason(q.slice(0, 11)), "a message of 11 bytes, shorter than a header");
  });
  it("a question cut anywhere in its type or class", () => {
    for (let cut = 1; cut <= 4; cut++) assert.strictEqual(reason(q.slice(0, q.length - cut)), "a question runs past the end of the message", "cut " + cut);
    assert.strictEqual(reason(q), "ok");
  });
  it("a record cut in its fixed part, or in its data", () => {
    for (let cut = 5; cut <= 14; cut++) assert.strictEqual(reason(rec.slice(0, rec.length - cut)), "a record runs past the end of the message", "cut " + cut);
    for (let cut = 1; cut <= 4; cut++) assert.strictEqual(reason(rec.slice(0, rec.length - cut)), "a record's data runs past the end of the message", "cut " + cut);
    assert.strictEqual(reason(rec), "ok");
  });
  it("bytes after the last record", () => assert.strictEqual(reason(rec + "\x00\x00"), "2 bytes after the last record"));
  it("reads every section, and where the last additional record starts", () => {
    const r = { name: "a.test", type: 1, klass: 1, ttl: 60, rdata: "\x01\x02\x03\x04" };
    const m = encodeMessage({ id: 9, flags: 0x8200, questions: [], answers: [r], authority: [r, r], additional: [r, r] });
    const p = parseMessage(m);
    assert.deepStrictEqual([p.message.answers.length, p.message.authority.length, p.message.additional.length], [1, 2, 2]);
    assert.strictEqual(p.lastAdditionalAt, m.length - encodeMessage({ id: 0, flags: 0, questions: [], answers: [r], authority: [], additional: [] }).length + 12);
    assert.strictEqual(p.message.additional[1].rdataAt, m.length - 4);
    assert.strictEqual(parseMessage(q).lastAdditionalAt, -1);
    assert.strictEqual(isTruncated(p.message.flags), true);
    assert.strictEqual(isTruncated(0x8000), false);
    assert.strictEqual(isResponse(0x0200), false);
  });
  it("parseMessage throws what is not a format error", () => {
    assert.throws(() => parseMessage(null), TypeError);
  });
});

describe("record data at its edges", () => {
  it("MX: preference 0 to 65535, one host name, nothing else", () => {
    assert.strictEqual(toHex(encodeRdata("MX", "65535 mx.test")), "ffff" + toHex(encodeName("mx.test")));
    assert.strictEqual(toHex(encodeRdata("MX", "  0   mx.test ")), "0000" + toHex(encodeName("mx.test")));
    for (const bad of ["65536 mx.test", "-1 mx.test", "1.5 mx.test", "10", "10 mx.test x", "x mx.test", "10 a..b", "12345678901 mx.test"]) {
      assert.strictEqual(encodeRdata("MX", bad), null, bad);
    }
  });
  it("TXT: 255 bytes, not 256; bytes only", () => {
    assert.strictEqual(encodeRdata("TXT", label(255)).length, 256);
    assert.strictEqual(encodeRdata("TXT", label(256)), null);
    assert.strictEqual(encodeRdata("TXT", "\u0100"), null);
    assert.strictEqual(toHex(encodeRdata("TXT", "")), "00");
  });
  it("CNAME and A: not empty, valid", () => {
    assert.strictEqual(encodeRdata("CNAME", ""), null);
    assert.strictEqual(encodeRdata("CNAME", "a..b"), null);
    assert.strictEqual(encodeRdata("A", " 192.0.2.1"), null);
    assert.strictEqual(encodeRdata("AAAA", "::g"), null);
    assert.strictEqual(encodeRdata("NS", "a.test"), null);
  });
  it("SOA: seven fields, two names and five numbers up to 2^32 - 1", () => {
    const soa = "ns.test host.test 4294967295 0 1 2 3";
    const wire = encodeRdata("SOA", soa);
    assert.strictEqual(decodeRdata(TYPE.SOA, wire, 0, wire.length), soa);
    for (const bad of ["ns.test host.test 4294967296 0 1 2 3", "ns.test host.test 1 2 3 4", "ns.test host.test 1 2 3 4 5 6", "a..b host.test 1 2 3 4 5", "ns.test host.test 1 2 3 4 x"]) {
      assert.strictEqual(encodeRdata("SOA", bad), null, bad);
    }
    assert.strictEqual(formatErrorOf(() => decodeRdata(TYPE.SOA, wire + "\x00", 0, wire.length + 1)), "a SOA record of 21 bytes (20 expected)");
  });
  it("LOC sizes and precisions: each power of ten, the largest, and below a metre", () => {
    const text = (size, hp, vp) => canonicalRdata("LOC", "10 N 20 E 5m " + size + " " + hp + " " + vp);
    assert.strictEqual(text("0m", "0.01m", "0.09m"), "10 0 0.000 N 20 0 0.000 E 5.00m 0.00m 0.01m 0.09m");
    assert.strictEqual(text("1m", "10m", "100m"), "10 0 0.000 N 20 0 0.000 E 5.00m 1m 10m 100m");
    assert.strictEqual(text("90000000m", "12345m", "0.5m"), "10 0 0.000 N 20 0 0.000 E 5.00m 90000000m 10000m 0.50m");
    assert.strictEqual(text("99m", "9m", "1.99m"), "10 0 0.000 N 20 0 0.000 E 5.00m 90m 9m 1m");
    assert.strictEqual(canonicalRdata("LOC", "0 S 0 W 0m"), "0 0 0.000 N 0 0 0.000 E 0.00m 1m 10000m 10m");
    assert.strictEqual(canonicalRdata("LOC", "1 0 0.001 S 1 0 0.001 W -100000m"), "1 0 0.001 S 1 0 0.001 W -100000.00m 1m 10000m 10m");
  });
  it("LOC on the wire: 16 bytes, version 0", () => {
    const wire = encodeRdata("LOC", "10 N 20 E 5m");
    assert.strictEqual(formatErrorOf(() => decodeRdata(TYPE.LOC, wire + "\x00", 0, 17)), "a LOC record of 17 bytes (16 expected)");
    assert.strictEqual(formatErrorOf(() => decodeRdata(TYPE.LOC, "\x01" + wire.slice(1), 0, 16)), "a LOC record of version 1");
  });
  it("decoding: lengths checked, names within their record, TXT strings joined", () => {
    assert.strictEqual(formatErrorOf(() => decodeRdata(TYPE.A, "\x01\x02\x03", 0, 4)), "a record runs past the end of the message");
    assert.strictEqual(formatErrorOf(() => decodeRdata(TYPE.A, "\x01\x02\x03\x04\x05", 0, 5)), "a A record of 5 bytes (4 expected)");
    assert.strictEqual(formatErrorOf(() => decodeRdata(TYPE.AAAA, "\x00".repeat(15), 0, 15)), "a AAAA record of 15 bytes (16 expected)");
    assert.strictEqual(formatErrorOf(() => decodeRdata(TYPE.MX, "\x00\x01\x00", 0, 2)), "an MX record of 2 bytes");
    assert.strictEqual(decodeRdata(TYPE.MX, "\x00\x01\x00", 0, 3), "1 ");
    assert.strictEqual(formatErrorOf(() => decodeRdata(TYPE.MX, "\x00\x01\x01a\x00\x00", 0, 6)), "an MX record with bytes after its name");
    assert.strictEqual(formatErrorOf(() => decodeRdata(TYPE.MX, "\x00\x01\x01a\x00", 0, 4)), "a name runs past its record");
    assert.strictEqual(formatErrorOf(() => decodeRdata(TYPE.CNAME, "\x01a\x00\x00", 0, 4)), "a CNAME record with bytes after its name");
    assert.strictEqual(decodeRdata(TYPE.CNAME, "\x01A\x00", 0, 3), "a");
    assert.strictEqual(decodeRdata(TYPE.TXT, "\x02ab\x00\x01c", 0, 6), "abc");
    assert.strictEqual(formatErrorOf(() => decodeRdata(TYPE.TXT, "\x02ab\x03c", 0, 5)), "a TXT string runs past its record");
    assert.strictEqual(decodeRdata(99, "xx\x01\xff", 2, 2), "\\# 2 01ff");
    assert.strictEqual(decodeRdata(99, "", 0, 0), "\\# 0");
    assert.deepStrictEqual(EXPECTED.MX, "'<preference 0-65535> <host name>'");
  });
});

describe("update plans at their edges", () => {
  const set = (name, type, rdata, ttl = 300) => ({ name, type, rrset: { name, type, ttl, rdata }, was: null });
  // A change written without `was` stands for one whose set was absent when read.
  const plan = (...changes) => ({ zone: "bbs.test", changes: changes.map((c) => (c.was === undefined ? Object.assign({ was: null }, c) : c)) });
  it("TTLs: 0 and 2^31 - 1 are fine; -1, 2^31 and fractions are not", () => {
    assert.strictEqual(planProblem(plan(set("a.bbs.test", "A", ["192.0.2.1"], 0))), null);
    assert.strictEqual(planProblem(plan(set("a.bbs.test", "A", ["192.0.2.1"], 2147483647))), null);
    for (const ttl of [-1, 2147483648, 1.5]) {
      assert.strictEqual(planProblem(plan(set("a.bbs.test", "A", ["192.0.2.1"], ttl))),
        "the TTL of a.bbs.test A is " + ttl + " (expected a whole number of seconds, 0 to 2147483647)");
    }
  });
  it("a set named or typed otherwise than its change, an empty set, a CNAME of two", () => {
    assert.strictEqual(planProblem(plan({ name: "a.bbs.test", type: "A", rrset: { name: "b.bbs.test", type: "A", ttl: 1, rdata: ["192.0.2.1"] } })),
      "the record set for a.bbs.test A is named b.bbs.test A");
    assert.strictEqual(planProblem(plan({ name: "a.bbs.test", type: "A", rrset: { name: "A.bbs.test.", type: "AAAA", ttl: 1, rdata: ["::1"] } })),
      "the record set for a.bbs.test A is named A.bbs.test. AAAA");
    assert.strictEqual(planProblem(plan({ name: "a.bbs.test", type: "A", rrset: { name: "A.BBS.test.", type: "A", ttl: 1, rdata: ["192.0.2.1"] } })), null);
    assert.strictEqual(planProblem(plan(set("a.bbs.test", "A", []))), "the record set for a.bbs.test A is empty (use null to delete it)");
    assert.strictEqual(planProblem(plan(set("a.bbs.test", "CNAME", ["x.test", "y.test"]))), "a CNAME set has one record; a.bbs.test CNAME has 2");
    assert.strictEqual(planProblem(plan(set("a.bbs.test", "CNAME", ["x.test"]))), null);
    assert.strictEqual(planProblem(plan(set("a.bbs.test", "MX", ["10 x.test", "20 y.test"]))), null);
    assert.strictEqual(planProblem(plan(set("a.bbs.test", "MX", ["x"]))), "a.bbs.test MX 'x' is not '<preference 0-65535> <host name>'");
  });
  it("names strictly below the zone: not the zone, not a name that only ends like it", () => {
    assert.strictEqual(planProblem(plan(set("bbs.test", "A", ["192.0.2.1"]))), "'bbs.test' is not a name under the zone bbs.test");
    assert.strictEqual(planProblem(plan(set("xbbs.test", "A", ["192.0.2.1"]))), "'xbbs.test' is not a name under the zone bbs.test");
    assert.strictEqual(planProblem(plan(set("a.BBS.test.", "A", ["192.0.2.1"]))), null);
    assert.strictEqual(planProblem(plan(set("a.b", "A", ["192.0.2.1"]))), "'a.b' is not a name under the zone bbs.test");
    assert.strictEqual(planProblem(plan({ name: "a..bbs.test", type: "A", rrset: null })), "'a..bbs.test' has an empty label");
  });
  it("the zone itself: a valid name, not the root", () => {
    assert.strictEqual(planProblem({ zone: "", changes: [] }), "the zone is the root");
    assert.strictEqual(planProblem({ zone: ".", changes: [] }), "the zone is the root");
    assert.strictEqual(planProblem({ zone: "a..b", changes: [] }), "the zone 'a..b' has an empty label");
    assert.strictEqual(planProblem({ zone: "bbs.test", changes: [] }), null);
  });
  it("types and repeats", () => {
    assert.strictEqual(planProblem(plan({ name: "a.bbs.test", type: "NS", rrset: null })), "'NS' is not a type the service publishes");
    assert.strictEqual(planProblem(plan({ name: "a.bbs.test", type: "A", rrset: null }, { name: "A.bbs.test", type: "A", rrset: null })), "a.bbs.test A is changed twice");
    assert.strictEqual(planProblem(plan({ name: "a.bbs.test", type: "A", rrset: null }, { name: "a.bbs.test", type: "AAAA", rrset: null })), null);
  });
  it("encodes a deletion alone, and a set after its deletion", () => {
    const del = parseMessage(encodeUpdate(plan({ name: "A.bbs.test", type: "TXT", rrset: null }), 1)).message;
    assert.deepStrictEqual(del.authority.map((r) => [r.name, r.type, r.klass, r.ttl, r.rdata]), [["a.bbs.test", 16, 255, 0, ""]]);
    assert.strictEqual(del.flags, 5 << 11);
    assert.deepStrictEqual(del.questions, [{ name: "bbs.test", type: 6, klass: 1 }]);
  });
});

describe("record sets: reading an answer, comparing", () => {
  const answer = (records) => {
    const m = encodeMessage({ id: 1, flags: 0x8000, questions: [], answers: records, authority: [], additional: [] });
    return { m, parsed: parseMessage(m).message };
  };
  const a = (name, ttl, ip, klass = 1, type = 1) => ({ name, type, klass, ttl, rdata: encodeRdata("A", ip) || ip });
  it("the set of the name and type asked, its TTL the smallest, other names, types and classes left out", () => {
    const { m, parsed } = answer([a("x.test", 300, "192.0.2.1"), a("X.test", 200, "192.0.2.2"), a("y.test", 10, "192.0.2.3"),
      a("x.test", 5, "192.0.2.4", 3), { name: "x.test", type: 16, klass: 1, ttl: 1, rdata: "\x01a" }, a("x.test", 400, "192.0.2.5")]);
    assert.deepStrictEqual(rrsetIn(m, parsed, "x.test.", "A"), { name: "x.test", type: "A", ttl: 200, rdata: ["192.0.2.1", "192.0.2.2", "192.0.2.5"] });
    assert.strictEqual(rrsetIn(m, parsed, "z.test", "A"), null);
  });
  it("same sets: order, duplicates, letter case and text form do not count; TTL, type, name, records do", () => {
    const s = (over) => Object.assign({ name: "x.test", type: "AAAA", ttl: 60, rdata: ["2001:db8::1", "2001:db8::2"] }, over);
    assert.strictEqual(sameRRset(s(), s({ name: "X.TEST.", rdata: ["2001:DB8:0::2", "2001:db8::1", "2001:db8::1"] })), true);
    assert.strictEqual(sameRRset(s(), s({ ttl: 61 })), false);
    assert.strictEqual(sameRRset(s(), s({ name: "y.test" })), false);
    assert.strictEqual(sameRRset(s(), s({ type: "A", rdata: ["192.0.2.1"] })), false);
    assert.strictEqual(sameRRset(s(), s({ rdata: ["2001:db8::1"] })), false);
    assert.strictEqual(sameRRset(s({ rdata: ["bad"] }), s({ rdata: ["bad"] })), false);
    assert.strictEqual(sameRRset(s(), s({ rdata: ["bad"] })), false);
    assert.strictEqual(sameRRset(null, null), true);
    assert.strictEqual(sameRRset(s(), null), false);
    assert.strictEqual(sameRRset(null, s()), false);
  });
});

describe("base64, SHA-256, HMAC and big numbers at their edges", () => {
  it("base64 of 0 to 5 bytes, and back", () => {
    for (let n = 0; n <= 5; n++) {
      const bytes = "\xff\x00\x80\x7f\x01".slice(0, n);
      assert.strictEqual(encodeBase64(bytes), Buffer.from(bytes, "latin1").toString("base64"));
      assert.strictEqual(decodeBase64(encodeBase64(bytes)), bytes);
      assert.strictEqual(decodeBase64(encodeBase64(bytes).replace(/=+$/, "")), bytes, "padding may be left out");
    }
  });
  it("base64 refused: three pads, a lone char, bad chars, padding that does not fill the block", () => {
    for (const bad of ["QQ===", "Q", "QUJD\nRA==", "QQ=", "QUI==", "Q===", "QUJD!", "QUJDR"]) assert.strictEqual(decodeBase64(bad), null, bad);
    assert.strictEqual(decodeBase64("QUI="), "AB");
  });
  it("SHA-256 of 55, 56, 63, 64, 65 and 1000 bytes, as Node computes it", () => {
    for (const n of [0, 55, 56, 63, 64, 65, 119, 1000]) {
      const text = "abcdefghij".repeat(100).slice(0, n);
      assert.strictEqual(toHex(sha256(text)), crypto.createHash("sha256").update(Buffer.from(text, "latin1")).digest("hex"), n + " bytes");
    }
  });
  it("HMAC-SHA256 with keys of 63, 64 and 65 bytes (a longer key is hashed first)", () => {
    for (const n of [0, 1, 63, 64, 65, 200]) {
      const key = "\x01\xfe".repeat(100).slice(0, n);
      assert.strictEqual(toHex(hmacSha256(key, "message")), crypto.createHmac("sha256", Buffer.from(key, "latin1")).update("message").digest("hex"), n + "-byte key");
    }
  });
  it("48-bit and 32-bit numbers out and back", () => {
    for (const n of [0, 1, 4294967295, 4294967296, 1796000000, 281474976710655]) assert.strictEqual(readU48(u48(n), 0), n, String(n));
    assert.strictEqual(toHex(u48(4294967296 * 3 + 5)), "000300000005");
    assert.strictEqual(readU32(u32(4294967295), 0), 4294967295);
    assert.strictEqual(toHex(fromHex("0a0b0")), "0a0b", "an odd last digit is left out");
  });
});

describe("more DNS edges: each pins one behaviour a small change would break", () => {
  const set = (name, type, rdata) => ({ name, type, rrset: { name, type, ttl: 60, rdata }, was: null });
  it("each type's expected text in a plan's problem", () => {
    const problem = (type, text) => planProblem({ zone: "bbs.test", changes: [set("a.bbs.test", type, [text])] });
    assert.strictEqual(problem("A", "x"), "a.bbs.test A 'x' is not an IPv4 address");
    assert.strictEqual(problem("AAAA", "x"), "a.bbs.test AAAA 'x' is not an IPv6 address");
    assert.strictEqual(problem("TXT", "x".repeat(256)), "a.bbs.test TXT '" + "x".repeat(256) + "' is not text of at most 255 bytes");
    assert.strictEqual(problem("LOC", "x"), "a.bbs.test LOC 'x' is not RFC 1876 text such as '52 22 23.000 N 4 53 32.000 E -2.00m'");
    assert.strictEqual(problem("CNAME", "a..b"), "a.bbs.test CNAME 'a..b' is not a host name");
  });
  it("a TXT set and a CNAME set of the same text are not the same set", () => {
    assert.strictEqual(sameRRset({ name: "x.test", type: "TXT", ttl: 1, rdata: ["a.test"] }, { name: "x.test", type: "CNAME", ttl: 1, rdata: ["a.test"] }), false);
  });
  it("base64: more than two pads is never base64, even filling a block", () => {
    assert.strictEqual(decodeBase64("QQ======"), null);
    assert.strictEqual(decodeBase64("QUJD===="), null);
  });
  it("a 255-byte name written with its trailing dot is fine", () => {
    const n255 = ["a".repeat(63), "a".repeat(63), "a".repeat(63), "a".repeat(61)].join(".");
    assert.strictEqual(nameProblem(n255 + "."), null);
  });
  it("answers without additional records: no last additional record", () => {
    const r = { name: "a.test", type: 1, klass: 1, ttl: 60, rdata: "\x01\x02\x03\x04" };
    assert.strictEqual(parseMessage(encodeMessage({ id: 1, flags: 0, questions: [], answers: [r], authority: [r], additional: [] })).lastAdditionalAt, -1);
  });
  it("a LOC size of zero reads as 0.00m", () => {
    const wire = encodeRdata("LOC", "10 N 20 E 5m 0m");
    assert.strictEqual(decodeRdata(TYPE.LOC, wire, 0, 16), "10 0 0.000 N 20 0 0.000 E 5.00m 0.00m 10000m 10m");
  });
});
