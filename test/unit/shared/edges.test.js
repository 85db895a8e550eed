"use strict";
// The shared core at its edges: each limit on both sides, each anchor of each pattern.
const assert = require("assert");
const { parseLoc, isLoc } = require("../../../src/shared/core/loc");
const { isHostName, isFullyQualified, isDnsLabel } = require("../../../src/shared/core/hostname");
const { parseIpv6, isIpv6, isGlobalUnicastIpv6, formatIpv6 } = require("../../../src/shared/core/ipv6");
const { editDistance, nearestWord } = require("../../../src/shared/core/nearest");
const { escapeControl, maskSecret, seconds } = require("../../../src/shared/core/text");
const { parseIniLine, isEofLine, expandIncludes, sectionNamed } = require("../../../src/shared/core/iniText");
const { lookupFailure, NOT_RESOLVED } = require("../../../src/shared/core/resolverError");
const { ago, timestamp } = require("../../../src/shared/core/time");
const { PROMPTS, OK, MAX_LINE_LENGTH, DEFAULT_PORT, DEFAULT_HOSTS, DEFAULT_DOMAIN } = require("../../../src/shared/core/protocol");
const { hostPort, shownHost } = require("../../../src/shared/core/hostPort");

describe("LOC text at its edges", () => {
  const ok = (t) => assert.ok(isLoc(t), t + " refused");
  const no = (t) => assert.ok(!isLoc(t), t + " taken");
  it("each number anchored at both ends", () => {
    for (const t of ["1a N 2 E 0m", "a1 N 2 E 0m", "1 1a N 2 E 0m", "1 a1 N 2 E 0m", "1 1 1a N 2 E 0m", "1 1 a1 N 2 E 0m", "1 1 1.5x N 2 E 0m",
      "1 N 2 E x0m", "1 N 2 E 0mx", "1 N 2 E 0m x1m", "1 N 2 E 0m 1mx", "1 N 2 E 0m 1x", "1 N 2 E 0m m", "1 N 2 E 0m 1m 1m 1m 1m", "1234 N 2 E 0m"]) no(t);
    for (const t of ["1 N 2 E 0", "1 N 2 E 0m 1 2 3", "1 N 2 E -0.5m 1.25m", "90 S 180 W 0m", "1 59 59.999 N 2 E 0m"]) ok(t);
  });
  it("minutes up to 59, seconds below 60, a whole angle at most 90 / 180", () => {
    no("1 60 N 2 E 0m"); ok("1 59 N 2 E 0m"); no("1 1 60 N 2 E 0m"); ok("1 1 59 N 2 E 0m");
    no("90 0 0.001 N 2 E 0m"); no("90 1 N 2 E 0m"); ok("90 0 0 N 2 E 0m"); no("91 N 2 E 0m"); no("1 N 180 0 1 E 0m"); ok("1 N 180 E 0m");
  });
  it("a hemisphere letter is one letter, and the angle needs degrees before it", () => {
    no("N 2 E 0m"); no("1 NN 2 E 0m"); no("1 N 2 EE 0m"); no("1 2 3 4 N 2 E 0m"); no("1 N 2 E"); no("1 N"); no("");
    ok("1 n 2 e 0m");
  });
  it("the altitude between -100000 m and 42849672.95 m; precisions at most 90000000 m", () => {
    ok("1 N 2 E -100000m"); no("1 N 2 E -100000.01m"); ok("1 N 2 E 42849672.95m"); no("1 N 2 E 42849672.96m");
    ok("1 N 2 E 0m 90000000m"); no("1 N 2 E 0m 90000000.01m");
  });
  it("the numbers: thousandths of arc seconds from the equator and the meridian, centimetres", () => {
    assert.deepStrictEqual(parseLoc(" 52 22 23.5 N 4 53 32 W -2.5m 1.5m 20m 3m "), {
      latitude: ((52 * 60 + 22) * 60 + 23.5) * 1000, longitude: -((4 * 60 + 53) * 60 + 32) * 1000, altitude: -250, size: 150, horizontal: 2000, vertical: 300,
    });
    assert.deepStrictEqual(parseLoc("1 S 2 E 3"), { latitude: -3600000, longitude: 7200000, altitude: 300, size: 100, horizontal: 1000000, vertical: 1000 });
  });
});

describe("host names at their edges", () => {
  const l63 = "a".repeat(63);
  it("253 characters (a trailing dot aside) are fine, 254 are not", () => {
    const n253 = [l63, l63, l63, "a".repeat(61)].join(".");
    assert.strictEqual(isHostName(n253), true);
    assert.strictEqual(isHostName(n253 + "."), true);
    assert.strictEqual(isHostName(n253 + "a"), false);
    assert.strictEqual(isHostName(""), false);
    assert.strictEqual(isHostName("."), false);
    assert.strictEqual(isHostName("a..b"), false);
  });
  it("an all-numeric last label is an address, not a name; digits elsewhere are fine", () => {
    assert.strictEqual(isHostName("a.123"), false);
    assert.strictEqual(isHostName("a.1a"), true);
    assert.strictEqual(isHostName("a.a1"), true);
    assert.strictEqual(isHostName("1.a"), true);
    assert.strictEqual(isHostName("a.12b3"), true);
  });
  it("fully qualified: at least two labels, a trailing dot aside", () => {
    assert.strictEqual(isFullyQualified("mail.example.com."), true);
    assert.strictEqual(isFullyQualified("mail."), false);
    assert.strictEqual(isFullyQualified("mail"), false);
    assert.strictEqual(isFullyQualified(".mail"), false);
    assert.strictEqual(isDnsLabel(l63), true);
    assert.strictEqual(isDnsLabel(l63 + "a"), false);
  });
});

describe("IPv6 at its edges", () => {
  it("eight groups, or fewer with one ::, a dotted quad last only", () => {
    assert.deepStrictEqual(parseIpv6("1:2:3:4:5:6:7:8"), [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.strictEqual(parseIpv6("1:2:3:4:5:6:7"), null);
    assert.strictEqual(parseIpv6("1:2:3:4:5:6:7:8:9"), null);
    assert.deepStrictEqual(parseIpv6("1:2:3:4:5:6::7"), [1, 2, 3, 4, 5, 6, 0, 7]);
    assert.strictEqual(parseIpv6("1:2:3:4::5:6:7:8"), null, "a :: standing for no group");
    assert.strictEqual(parseIpv6("1::2::3"), null);
    assert.strictEqual(parseIpv6("::1%eth0"), null);
    assert.strictEqual(parseIpv6("%::1"), null);
    assert.deepStrictEqual(parseIpv6("::ffff:192.0.2.1"), [0, 0, 0, 0, 0, 0xffff, 0xc000, 0x0201]);
    assert.strictEqual(parseIpv6("::192.0.2.1:1"), null);
    assert.strictEqual(parseIpv6("::.1"), null);
    assert.strictEqual(parseIpv6("::1.2.3"), null);
    assert.deepStrictEqual(parseIpv6("::"), [0, 0, 0, 0, 0, 0, 0, 0]);
    assert.strictEqual(isIpv6("1:2:3:4:5:6:7:8:"), false);
  });
  it("global unicast: 2000::/3 except 2001:db8::/32", () => {
    for (const a of ["2001:db9::1", "2001:db7::1", "2002:db8::1", "3fff::1", "2000::"]) assert.strictEqual(isGlobalUnicastIpv6(a), true, a);
    for (const a of ["2001:db8::1", "1fff::1", "4000::1", "::1", "fe80::1", "x"]) assert.strictEqual(isGlobalUnicastIpv6(a), false, a);
  });
  it("RFC 5952 text: the longest run of zeros, the first of equal runs, never a single group", () => {
    assert.strictEqual(formatIpv6([1, 0, 0, 2, 0, 0, 0, 3]), "1:0:0:2::3");
    assert.strictEqual(formatIpv6([1, 0, 0, 2, 0, 0, 3, 4]), "1::2:0:0:3:4");
    assert.strictEqual(formatIpv6([1, 0, 2, 3, 4, 5, 6, 7]), "1:0:2:3:4:5:6:7");
    assert.strictEqual(formatIpv6([1, 2, 3, 4, 5, 6, 0, 0]), "1:2:3:4:5:6::");
    assert.strictEqual(formatIpv6([0, 0, 0, 0, 0, 0, 0, 0]), "::");
    assert.strictEqual(formatIpv6([0xabcd, 0, 0, 0, 0, 0, 0, 1]), "abcd::1");
  });
});

describe("nearest word at its edges", () => {
  it("swaps of neighbours count one, anywhere in the word", () => {
    assert.strictEqual(editDistance("ab", "ba"), 1);
    assert.strictEqual(editDistance("xab", "xba"), 1);
    assert.strictEqual(editDistance("abc", "bac"), 1);
    assert.strictEqual(editDistance("abc", "acb"), 1);
    assert.strictEqual(editDistance("a", "b"), 1);
    assert.strictEqual(editDistance("", "abc"), 3);
    assert.strictEqual(editDistance("abcd", ""), 4);
  });
  it("at most 2 edits, and fewer than half the longer word; the closest wins, the first of ties", () => {
    assert.strictEqual(nearestWord("pasword", ["password", "port"]), "password");
    assert.strictEqual(nearestWord("pswrd", ["password"]), null, "3 edits");
    assert.strictEqual(nearestWord("ab", ["abcd"]), null, "2 edits of 4 letters is half");
    assert.strictEqual(nearestWord("abcx", ["abcd", "abce"]), "abcd");
    assert.strictEqual(nearestWord("TTL", ["ttl"]), "ttl");
    assert.strictEqual(nearestWord("x", []), null);
    assert.strictEqual(nearestWord("hots", ["hosts", "host"]), "hosts");
  });
});

describe("text at its edges", () => {
  it("escapes C0, DEL, C1 and above-byte chars; keeps 0xA0-0xFF", () => {
    assert.strictEqual(escapeControl("\x0f\x10\x1f\x7e\x7f\x9f\xa0\xff\u0100"), "\\x0F\\x10\\x1F~\\x7F\\x9F\xa0\xff\\x00");
    assert.strictEqual(escapeControl("a\r\n\tb"), "a\\r\\n\\tb");
  });
  it("masks the secret standing alone, in any case, every time, and nothing inside other words", () => {
    assert.strictEqual(maskSecret("pw PW xpw pwx pw", "pw"), "******** ******** xpw pwx ********");
    assert.strictEqual(maskSecret("aaa", "aa"), "aaa");
    assert.strictEqual(maskSecret("aa aa", "aa"), "******** ********");
    assert.strictEqual(maskSecret("x", ""), "x");
  });
  it("seconds: tenths, no trailing zero", () => {
    assert.deepStrictEqual([10000, 500, 1250, 1249, 0, 60000].map(seconds), ["10", "0.5", "1.3", "1.2", "0", "60"]);
  });
  it("ago: minutes and hours in the singular and plural, days from two on", () => {
    const M = 60000, H = 60 * M;
    assert.deepStrictEqual([0, M - 1, M, 2 * M, H, 47 * H, 48 * H, 30 * 24 * H].map((d) => ago(0, d)),
      ["just now", "just now", "1 minute ago", "2 minutes ago", "1 hour ago", "47 hours ago", "2 days ago", "30 days ago"]);
    assert.strictEqual(ago(1, 0), "in the future by this machine's clock");
  });
  it("timestamps: two digits each, 10 as 10, in the zone asked", () => {
    assert.strictEqual(timestamp(Date.UTC(2025, 9, 10, 10, 10), 0), "2025-10-10 10:10");
    assert.strictEqual(timestamp(Date.UTC(2025, 8, 9, 9, 9), 0), "2025-09-09 09:09");
    assert.strictEqual(timestamp(Date.UTC(2025, 11, 31, 23, 30), 90), "2026-01-01 01:00");
    assert.strictEqual(timestamp(Date.UTC(2025, 0, 1, 0, 30), -60), "2024-12-31 23:30");
  });
});

describe("ini text at its edges", () => {
  it("a section needs its ], which may be the first char after [", () => {
    assert.deepStrictEqual(parseIniLine("[dyndns"), { kind: "other" });
    assert.deepStrictEqual(parseIniLine("[]"), { kind: "section", name: "" });
    assert.deepStrictEqual(parseIniLine(" \t[ a ] x"), { kind: "section", name: "a" });
  });
  it("the first of = and : separates, at any position, even the first", () => {
    assert.deepStrictEqual(parseIniLine("=x"), { kind: "key", name: "", value: "x", separator: "=" });
    assert.deepStrictEqual(parseIniLine(":x"), { kind: "key", name: "", value: "x", separator: ":" });
    assert.deepStrictEqual(parseIniLine("a:b=c"), { kind: "key", name: "a", value: "b=c", separator: ":" });
    assert.deepStrictEqual(parseIniLine("a=b:c"), { kind: "key", name: "a", value: "b:c", separator: "=" });
    assert.deepStrictEqual(parseIniLine("\xff\va \xff= \fb\xff "), { kind: "key", name: "a", value: "b", separator: "=" });
    assert.deepStrictEqual(parseIniLine("no separator"), { kind: "other" });
    assert.deepStrictEqual(parseIniLine("; a = b"), { kind: "other" });
  });
  it("!eof ends the file at column 0 only, in any case, spaces after it allowed", () => {
    assert.strictEqual(isEofLine("!EOF  "), true);
    assert.strictEqual(isEofLine(" !eof"), false);
    assert.strictEqual(isEofLine("!eofx"), false);
    assert.strictEqual(isEofLine("eof"), false);
  });
  it("lines: CR LF and lone CRs at the end cut, a last line without LF kept, no empty last line", () => {
    assert.deepStrictEqual(expandIncludes("f", "a\r\r\nb\n\nc", () => []).map((l) => l.text), ["a", "b", "", "c"]);
    assert.deepStrictEqual(expandIncludes("f", "a\rb\n", () => []).map((l) => l.text), ["a\rb"]);
    assert.deepStrictEqual(expandIncludes("f", "", () => []), []);
  });
  it("an include loop ends after 100 files", () => {
    let reads = 0;
    const lines = expandIncludes("f", "!include f\nx", () => { reads++; return [{ path: "f", text: "!include f\nx" }]; });
    assert.strictEqual(lines.length, 101);
    assert.strictEqual(reads, 101);
  });
  it("section aliases, case as asked", () => {
    assert.strictEqual(sectionNamed("a | DynDNS ", "dyndns", false), true);
    assert.strictEqual(sectionNamed("a | DynDNS ", "dyndns", true), false);
  });
});

describe("resolver errors at their edges", () => {
  const never = () => { throw new Error("asked"); };
  it("3.20 (32000) trusts the code; 3.19 (31999) asks again", () => {
    assert.strictEqual(lookupFailure(-2, { versionNum: 32000, platform: "Linux" }, true, never), "DNS knows no such name");
    assert.strictEqual(lookupFailure(-2, { versionNum: 31999, platform: "Linux" }, true, () => false), NOT_RESOLVED);
  });
  it("glibc's other codes by name, an unknown negative one by number, 0 and positive ones are not lookups", () => {
    const L = { versionNum: 32200, platform: "Linux" };
    assert.strictEqual(lookupFailure(-9, L, true, never), "DNS has no address of a kind this machine uses");
    assert.strictEqual(lookupFailure(-10, L, true, never), "the resolver ran out of memory");
    assert.strictEqual(lookupFailure(-11, L, true, never), "the system's resolver failed");
    assert.strictEqual(lookupFailure(-1, L, true, never), "the resolver failed (getaddrinfo error -1)");
    assert.strictEqual(lookupFailure(0, L, true, never), null);
    assert.strictEqual(lookupFailure(111, L, true, never), null);
  });
  it("Windows is any platform starting Win; a negative code there is not glibc's", () => {
    assert.strictEqual(lookupFailure(11001, { versionNum: 32200, platform: "Win64" }, true, never), "DNS knows no such name");
    assert.strictEqual(lookupFailure(-2, { versionNum: 32200, platform: "Win32" }, true, never), null);
    assert.strictEqual(lookupFailure(11001, { versionNum: 32200, platform: "Darwin" }, true, () => true), null);
    assert.strictEqual(lookupFailure(-2, { versionNum: 32200, platform: "Linuxish" }, true, () => true), null);
  });
});

describe("the protocol's words", () => {
  // The one place their values are written out: everything else, tests included, takes them from protocol.ts.
  it("the prompts in the order the service sends them, ok, the line cap, port 8467", () => {
    assert.deepStrictEqual(PROMPTS, ["id?", "pw?", "ip?", "ip6?", "mx?", "txt?", "loc?", "wc?", "ttl?"]);
    assert.deepStrictEqual([OK, MAX_LINE_LENGTH, DEFAULT_PORT], ["ok", 512, 8467]);
  });
  it("Vertrauen's four host names and its domain", () => {
    assert.deepStrictEqual(DEFAULT_HOSTS, ["dyndns.synchro.net", "rob.synchro.net", "bbs.synchro.net", "cvs.synchro.net"]);
    assert.strictEqual(DEFAULT_DOMAIN, "synchro.net");
  });
  it("host:port, an IPv6 literal in brackets", () => {
    assert.deepStrictEqual([shownHost("2001:db8::1"), shownHost("::ffff:192.0.2.1"), shownHost("192.0.2.1"), shownHost("dyndns.synchro.net")],
      ["[2001:db8::1]", "[::ffff:192.0.2.1]", "192.0.2.1", "dyndns.synchro.net"]);
    assert.deepStrictEqual([hostPort("::1", 8467), hostPort("h1", 53)], ["[::1]:8467", "h1:53"]);
  });
});

describe("more edges: each pins one behaviour a small change would break", () => {
  const { createLineReader } = require("../../../src/shared/core/lineReader");
  const take = (r) => { const out = []; for (let l = r.next(); l; l = r.next()) out.push(l.text); return out; };
  it("line reader: an LF first in the buffer, while skipping or not; a line of exactly maxLength waits for its LF", () => {
    const r = createLineReader(4);
    r.push("abcdefgh");
    r.push("\nid?\n");
    assert.deepStrictEqual(take(r), ["abcd", "id?"]);
    const e = createLineReader(4);
    e.push("\nx\n");
    assert.deepStrictEqual(take(e), ["", "x"]);
    const w = createLineReader(4);
    w.push("abcd");
    assert.deepStrictEqual(take(w), []);
    w.push("\n");
    assert.deepStrictEqual(w.next(), { text: "abcd", truncated: false });
    const w2 = createLineReader(4);
    w2.push("abcd");
    w2.push("\nok\n");
    assert.deepStrictEqual([w2.next(), w2.next()], [{ text: "abcd", truncated: false }, { text: "ok", truncated: false }]);
  });
  it("LOC: a hemisphere is one letter (NS is not one); runs of spaces are one separator", () => {
    assert.strictEqual(isLoc("1 NS 2 E 0m"), false);
    assert.strictEqual(isLoc("1  N   2 E\t0m"), true);
  });
  it("host names: a trailing dot is one dot; two labels need a dot inside", () => {
    assert.strictEqual(isHostName("a.."), false);
    assert.strictEqual(isHostName("a_b."), false);
    assert.strictEqual(isFullyQualified("a.b"), true);
  });
  it("nearest word: exactly 2 edits is close enough for a long word", () => {
    assert.strictEqual(nearestWord("paswrd", ["password"]), "password");
  });
  it("masking: occurrences that overlap a masked one are left", () => {
    assert.strictEqual(maskSecret("---", "--"), "********-");
  });
  it("ini text: trailing \\v is white space, a V is not; = first, even at column 0", () => {
    assert.deepStrictEqual(parseIniLine("a = xV"), { kind: "key", name: "a", value: "xV", separator: "=" });
    assert.deepStrictEqual(parseIniLine("a = x\v"), { kind: "key", name: "a", value: "x", separator: "=" });
    assert.deepStrictEqual(parseIniLine("=a:b"), { kind: "key", name: "", value: "a:b", separator: "=" });
  });
  it("resolver errors: the words of a second lookup, and only platforms starting Win are Windows", () => {
    assert.strictEqual(NOT_RESOLVED, "DNS gives no address for it");
    assert.strictEqual(lookupFailure(11001, { versionNum: 32200, platform: "NotWin" }, true, () => true), null);
  });
});
