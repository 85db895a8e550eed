"use strict";
// TSIG answers built here as a server signs them (RFC 8945 4.3), then spoiled one field at a
// time: each must be refused with its own reason, and the genuine one verified.
const assert = require("assert");
const { u16, u32, u48 } = require("../../../../src/shared/core/dns/bytes");
const { encodeMessage, encodeRecord, parseMessage } = require("../../../../src/shared/core/dns/message");
const { encodeName, canonicalName } = require("../../../../src/shared/core/dns/names");
const { hmacSha256 } = require("../../../../src/shared/core/dns/sha256");
const { signRequest, verifyAnswer, FUDGE } = require("../../../../src/shared/core/dns/tsig");
const { readAnswer, UPDATE, UPDATE_ACCEPTS, QUERY, QUERY_ACCEPTS } = require("../../../../src/shared/core/dns/answer");
const { encodeUpdate } = require("../../../../src/shared/core/dns/update");

const KEY = { name: "service.key", algorithm: "hmac-sha256", secret: "0123456789abcdef0123456789abcdef" };
const NOW = 1796000000;
const PLAN = { zone: "bbs.test", changes: [{ name: "vert.bbs.test", type: "A", rrset: { name: "vert.bbs.test", type: "A", ttl: 300, rdata: ["192.0.2.1"] } }] };
const REQUEST = signRequest(encodeUpdate(PLAN, 0x1234), KEY, NOW);

/** The answer to REQUEST, signed as a server signs it; `o` spoils what a test wants spoiled. */
function answer(o = {}) {
  const id = o.id === undefined ? 0x1234 : o.id;
  const unsigned = encodeMessage({ id, flags: o.flags === undefined ? 0x8000 | (5 << 11) | (o.rcode || 0) : o.flags, questions: [{ name: "bbs.test", type: 6, klass: 1 }],
    answers: [], authority: [], additional: o.extra || [] });
  if (o.unsigned) return unsigned;
  const keyName = o.keyName || KEY.name;
  const algorithm = o.algorithm || "hmac-sha256";
  const time = o.time === undefined ? NOW : o.time;
  const fudge = o.fudge === undefined ? FUDGE : o.fudge;
  const error = o.error || 0;
  const other = o.other || "";
  const vars = canonicalName(keyName) + u16(255) + u32(0) + canonicalName(algorithm) + u48(time) + u16(fudge) + u16(error) + u16(other.length) + other;
  let mac = hmacSha256(o.secret || KEY.secret, u16(REQUEST.mac.length) + REQUEST.mac + unsigned + vars);
  if (o.mac) mac = o.mac(mac);
  const originalId = o.originalId === undefined ? id : o.originalId;
  let rdata = encodeName(algorithm) + u48(time) + u16(fudge) + u16(mac.length) + mac + u16(originalId) + u16(error) + u16(other.length) + other;
  if (o.rdata) rdata = o.rdata(rdata, mac);
  const record = encodeRecord({ name: keyName, type: o.type || 250, klass: 255, ttl: 0, rdata });
  return unsigned.slice(0, 10) + u16(((unsigned.charCodeAt(10) << 8) | unsigned.charCodeAt(11)) + 1) + unsigned.slice(12) + record;
}
const read = (data, accepted = UPDATE_ACCEPTS, opcode = UPDATE, now = NOW) => {
  const r = readAnswer(data, REQUEST, opcode, KEY, now, accepted);
  return r.ok ? "ok" : r.reason;
};

describe("TSIG: the answer to our request, each field checked", () => {
  it("the genuine answer is verified, with or without other data, in any letter case of the key", () => {
    assert.strictEqual(read(answer()), "ok");
    assert.strictEqual(read(answer({ other: "\x00\x01" })), "ok");
    assert.strictEqual(read(answer({ keyName: "Service.KEY" })), "ok");
    const parsed = parseMessage(answer());
    assert.deepStrictEqual(verifyAnswer(answer(), parsed, REQUEST, KEY, NOW), { kind: "verified" });
  });
  it("the clock: exactly the fudge apart is fine, one second more is not, either way", () => {
    assert.strictEqual(read(answer({ time: NOW - FUDGE })), "ok");
    assert.strictEqual(read(answer({ time: NOW + FUDGE })), "ok");
    assert.strictEqual(read(answer({ time: NOW - FUDGE - 1 })), "the answer fails TSIG verification: its TSIG time is -301 s from ours (fudge 300 s): check the clocks");
    assert.strictEqual(read(answer({ time: NOW + FUDGE + 1 })), "the answer fails TSIG verification: its TSIG time is 301 s from ours (fudge 300 s): check the clocks");
    assert.strictEqual(read(answer({ time: NOW + 10, fudge: 5 })), "the answer fails TSIG verification: its TSIG time is 10 s from ours (fudge 5 s): check the clocks");
  });
  it("another key, another algorithm, another request, a MAC of another length or bytes", () => {
    assert.strictEqual(read(answer({ keyName: "other.key" })), "the answer fails TSIG verification: it is signed with another key, 'other.key'");
    assert.strictEqual(read(answer({ algorithm: "hmac-sha1" })), "the answer fails TSIG verification: it is signed with another algorithm, 'hmac-sha1'");
    assert.strictEqual(read(answer({ originalId: 0x4321 })), "the answer fails TSIG verification: its TSIG names another request (id 17185)");
    assert.strictEqual(read(answer({ mac: (m) => m.slice(0, 31) })), "the answer fails TSIG verification: its MAC is 31 bytes (32 expected)");
    assert.strictEqual(read(answer({ mac: (m) => m.slice(0, 31) + String.fromCharCode(m.charCodeAt(31) ^ 1) })),
      "the answer fails TSIG verification: its TSIG MAC does not match (wrong secret, or the answer was altered)");
    assert.strictEqual(read(answer({ mac: (m) => String.fromCharCode(m.charCodeAt(0) ^ 0x80) + m.slice(1) })),
      "the answer fails TSIG verification: its TSIG MAC does not match (wrong secret, or the answer was altered)");
    assert.strictEqual(read(answer({ secret: "another secret" })), "the answer fails TSIG verification: its TSIG MAC does not match (wrong secret, or the answer was altered)");
  });
  it("a TSIG error (mostly unsigned): the rcode and the TSIG error's meaning", () => {
    assert.strictEqual(read(answer({ rcode: 9, error: 17, mac: () => "" })), "NOTAUTH (TSIG BADKEY): the server does not know the key, or does not let it change these names");
    assert.strictEqual(read(answer({ rcode: 9, error: 18, mac: () => "" })), "NOTAUTH (TSIG BADTIME): our clock and the server's differ by more than the allowed fudge");
  });
  it("malformed TSIG records: each says where", () => {
    const malformed = (why) => "the answer fails TSIG verification: its TSIG record is malformed: " + why;
    assert.strictEqual(read(answer({ rdata: (r) => encodeName("hmac-sha256") + "\x00".repeat(9) })), malformed("too short"));
    assert.strictEqual(read(answer({ rdata: (r) => encodeName("hmac-sha256") + "\x00".repeat(10) })), malformed("its MAC runs past the record"));
    assert.strictEqual(read(answer({ rdata: (r) => r.slice(0, -1) })), malformed("its MAC runs past the record"));
    assert.strictEqual(read(answer({ rdata: (r) => r + "\x00" })), malformed("its other data does not fill the record"));
    assert.strictEqual(read(answer({ other: "ab", rdata: (r) => r.slice(0, -1) })), malformed("its other data does not fill the record"));
    assert.strictEqual(read(answer({ rdata: () => "\x05hmac" })), malformed("a label runs past the end of the message"));
  });
  it("an answer that is not signed, not a response, not ours, or not accepted", () => {
    assert.strictEqual(read(answer({ unsigned: true })), "the answer is not signed (a TSIG record was expected)");
    assert.strictEqual(read(answer({ unsigned: true, rcode: 5 })), "REFUSED: the server's policy does not allow this request");
    const a = { name: "x.test", type: 1, klass: 1, ttl: 1, rdata: "\x01\x02\x03\x04" };
    assert.strictEqual(read(answer({ unsigned: true, extra: [a] })), "the answer is not signed (a TSIG record was expected)");
    assert.strictEqual(read(answer({ type: 1 })), "the answer is not signed (a TSIG record was expected)", "the last additional record is not a TSIG");
    assert.strictEqual(read(answer({ flags: 5 << 11 })), "the answer does not match the request");
    assert.strictEqual(read(answer({ id: 0x1235 })), "the answer does not match the request");
    assert.strictEqual(read(answer(), UPDATE_ACCEPTS, QUERY), "the answer does not match the request");
    assert.strictEqual(read(answer({ rcode: 3 })), "NXDOMAIN");
    assert.strictEqual(read(answer({ rcode: 3, flags: 0x8000 | 3 }), QUERY_ACCEPTS, QUERY), "ok");
    assert.strictEqual(read("\x12\x34"), "the answer is not a DNS message: a message of 2 bytes, shorter than a header");
  });
});
