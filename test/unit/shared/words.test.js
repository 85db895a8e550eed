"use strict";
const assert = require("assert");
const { nearestWord, editDistance } = require("../../../src/shared/core/nearest");
const { ago, timestamp } = require("../../../src/shared/core/time");
const { maskSecret, MASK } = require("../../../src/shared/core/text");
const { lookupFailure, NOT_RESOLVED } = require("../../../src/shared/core/resolverError");

const KEYS = ["password", "mx", "ip", "ip6", "txt", "loc", "wildcard", "ttl", "hosts", "port", "timeout", "domain"];

describe("nearestWord", () => {
  const table = [
    ["pasword", "password"], ["PASSWROD", "password"], ["wildcards", "wildcard"], ["tl", "ttl"], ["host", "hosts"],
    ["ipv6", "ip6"], ["timout", "timeout"], ["domian", "domain"], ["colour", null], ["x", null], ["email", null],
  ];
  for (const [typo, want] of table) it(typo + " -> " + want, () => assert.strictEqual(nearestWord(typo, KEYS), want));
  it("counts a swap of neighbours as one edit", () => assert.strictEqual(editDistance("ab", "ba"), 1));
});

describe("ago and timestamp", () => {
  const H = 3600 * 1000;
  const table = [[0, "just now"], [59 * 1000, "just now"], [60 * 1000, "1 minute ago"], [59 * 60 * 1000, "59 minutes ago"],
    [H, "1 hour ago"], [3 * H + 59 * 60 * 1000, "3 hours ago"], [47 * H, "47 hours ago"], [48 * H, "2 days ago"], [-5000, "in the future by this machine's clock"]];
  for (const [elapsed, want] of table) it(elapsed + " ms: " + want, () => assert.strictEqual(ago(1e12, 1e12 + elapsed), want));
  it("local time by offset", () => {
    assert.strictEqual(timestamp(Date.UTC(2025, 10, 30, 2, 5), 0), "2025-11-30 02:05");
    assert.strictEqual(timestamp(Date.UTC(2025, 10, 30, 23, 5), 60), "2025-12-01 00:05");
    assert.strictEqual(timestamp(Date.UTC(2025, 10, 30, 0, 5), -300), "2025-11-29 19:05");
  });
});

describe("maskSecret: hides echoes of the password, alters nothing else", () => {
  const table = [
    ["password s3cret is wrong", "s3cret", "password " + MASK + " is wrong"],
    ["pw='S3CRET'.", "s3cret", "pw='" + MASK + "'."],
    ["connecting", "n", "connecting"],
    ["password n is wrong; connecting", "n", "password " + MASK + " is wrong; connecting"],
    ["ab about ab", "ab", MASK + " about " + MASK],
    ["Invalid password for VERT", "VERT", "Invalid password for " + MASK],
    ["VERT.synchro.net", "vert", MASK + ".synchro.net"],
    ["aaaa", "aa", "aaaa"],
    ["nothing here", "", "nothing here"],
  ];
  for (const [text, secret, want] of table) it(JSON.stringify([text, secret]), () => assert.strictEqual(maskSecret(text, secret), want));
});

describe("lookupFailure: a name that does not resolve, on every version and platform", () => {
  const linux322 = { versionNum: 32200, platform: "Linux" };
  const linux319 = { versionNum: 31900, platform: "Linux" };
  const win = { versionNum: 32100, platform: "Win32" };
  const bsd = { versionNum: 32200, platform: "FreeBSD" };
  const yes = () => true;
  const no = () => false;
  const table = [
    ["3.22 Linux EAI_NONAME", -2, linux322, no, "DNS knows no such name"],
    ["3.22 Linux EAI_AGAIN", -3, linux322, no, "DNS did not answer (a temporary failure: check this machine's DNS servers and network)"],
    ["3.22 Linux EAI_FAIL", -4, linux322, no, "DNS failed (a permanent error from this machine's DNS servers)"],
    ["3.22 Linux EAI_NODATA", -5, linux322, no, "DNS has no address for this name"],
    ["3.22 Linux other EAI", -8, linux322, no, "the resolver failed (getaddrinfo error -8)"],
    ["3.22 Linux refused", 111, linux322, no, null],
    ["3.19 Linux stale errno 111, name does not resolve", 111, linux319, no, NOT_RESOLVED],
    ["3.19 Linux stale errno 0, name does not resolve", 0, linux319, no, NOT_RESOLVED],
    ["3.19 Linux refused, name resolves", 111, linux319, yes, null],
    ["Windows WSAHOST_NOT_FOUND", 11001, win, no, "DNS knows no such name"],
    ["Windows WSATRY_AGAIN", 11002, win, no, "DNS did not answer (a temporary failure: check this machine's DNS servers and network)"],
    ["Windows WSAECONNREFUSED", 10061, win, no, null],
    ["FreeBSD EAI_NONAME (8, also ENOEXEC)", 8, bsd, no, NOT_RESOLVED],
    ["FreeBSD, name resolves", 61, bsd, yes, null],
  ];
  for (const [label, code, facts, resolves, want] of table) {
    it(label, () => assert.strictEqual(lookupFailure(code, facts, true, resolves), want));
  }
  it("an address is never 'not resolved'", () => assert.strictEqual(lookupFailure(-2, linux322, false, no), null));
  it("asks resolve_ip only where the code cannot tell", () => {
    let asked = 0;
    lookupFailure(-2, linux322, true, () => { asked++; return false; });
    lookupFailure(11001, win, true, () => { asked++; return false; });
    assert.strictEqual(asked, 0);
  });
});
