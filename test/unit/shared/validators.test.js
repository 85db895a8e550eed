"use strict";
const assert = require("assert");
const { isIpv4, isSpecificIpv4, isPublicIpv4, isUnicastIpv4 } = require("../../../src/shared/core/ipv4");
const { isIpv6, parseIpv6, isGlobalUnicastIpv6, isUnicastIpv6 } = require("../../../src/shared/core/ipv6");
const { isHostName, isDnsLabel } = require("../../../src/shared/core/hostname");
const { isLoc } = require("../../../src/shared/core/loc");
const { escapeControl, countOf } = require("../../../src/shared/core/text");

function each(fn, yes, no) {
  for (const v of yes) it("accepts " + JSON.stringify(v), () => assert.strictEqual(fn(v), true));
  for (const v of no) it("rejects " + JSON.stringify(v), () => assert.strictEqual(fn(v), false));
}

describe("isIpv4", () => each(isIpv4,
  ["0.0.0.0", "1.2.3.4", "255.255.255.255", "203.0.113.7"],
  ["", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.4 ", "a.b.c.d", "1..2.3", "-1.2.3.4"]));

describe("isSpecificIpv4", () => each(isSpecificIpv4, ["10.0.0.5"], ["0.0.0.0", "255.255.255.255", "::1"]));

// Both edges of each special block of RFC 6890: its first and last address are not public, the
// addresses just outside it are (where no other block starts there).
describe("isPublicIpv4", () => each(isPublicIpv4,
  ["1.0.0.0", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0", "126.255.255.255", "128.0.0.0", "169.253.255.255",
    "169.255.0.0", "172.15.255.255", "172.32.0.0", "191.255.255.255", "192.0.1.0", "192.0.3.0", "192.167.255.255", "192.169.0.0",
    "198.17.255.255", "198.20.0.0", "198.51.99.255", "198.51.101.0", "203.0.112.255", "203.0.114.0", "223.255.255.255", "8.8.8.8"],
  ["0.0.0.0", "0.255.255.255", "10.0.0.0", "10.255.255.255", "100.64.0.0", "100.127.255.255", "127.0.0.0", "127.255.255.255",
    "169.254.0.0", "169.254.255.255", "172.16.0.0", "172.31.255.255", "192.0.0.0", "192.0.0.255", "192.0.2.0", "192.0.2.255",
    "192.168.0.0", "192.168.255.255", "198.18.0.0", "198.19.255.255", "198.51.100.0", "198.51.100.255", "203.0.113.0",
    "203.0.113.255", "224.0.0.0", "239.255.255.255", "240.0.0.0", "255.255.255.255", "", "1.2.3", "256.0.0.1", "::1"]));

describe("isUnicastIpv4", () => each(isUnicastIpv4,
  ["1.0.0.0", "10.0.0.1", "127.0.0.1", "223.255.255.255"],
  ["0.0.0.0", "0.1.2.3", "224.0.0.0", "255.255.255.255", "", "1.2.3", "300.1.1.1", "::1"]));

describe("isIpv6", () => each(isIpv6,
  ["::", "::1", "2001:db8::1", "2607:f8b0:4007:801::200e", "1:2:3:4:5:6:7:8", "1::8", "1:2:3:4:5:6::", "::ffff:192.0.2.1",
    "64:ff9b::192.0.2.33", "fe80::1", "ABCD:ef01::", "1:2:3:4:5:6:1.2.3.4"],
  ["", ":", ":::", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "g::1", "1:2:3:4:5:6:7", "::1.2.3", "fe80::1%eth0", "1:2:3:4:5:6:7:1.2.3.4", " ::1"]));

describe("parseIpv6", () => {
  it("expands ::", () => assert.deepStrictEqual(parseIpv6("2001:db8::1"), [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]));
  it("reads a trailing dotted quad", () => assert.deepStrictEqual(parseIpv6("::ffff:1.2.3.4"), [0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]));
});

describe("isGlobalUnicastIpv6", () => each(isGlobalUnicastIpv6,
  ["2600:3c00::f03c:91ff:fe93:1", "2a01:4f8::1", "3fff::1"],
  ["::1", "::", "fe80::1", "fd00::1", "fc00::5", "ff02::1", "::ffff:192.0.2.1", "2001:db8::1", "not-an-address", "4000::1"]));

describe("isUnicastIpv6", () => each(isUnicastIpv6,
  ["::1", "fd00::1", "fe80::1", "2001:db8::1", "feff::1", "::ffff:192.0.2.1"],
  ["::", "ff00::", "ff02::1", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "", "1.2.3.4", "1::2::3"]));

describe("isDnsLabel", () => each(isDnsLabel,
  ["VERT", "a", "my-bbs", "x".repeat(63), "0day"],
  ["", "-a", "a-", "a.b", "a_b", "x".repeat(64), "a b"]));

describe("isHostName", () => each(isHostName,
  ["vert.synchro.net", "vert.synchro.net.", "localhost", "mail-1.example.com"],
  ["", ".", "a..b", "-a.com", "a_b.com", "1.2.3.4", "a.b.c." + "x".repeat(250), "host name"]));

describe("isLoc", () => each(isLoc,
  ["52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m", "42 21 54 N 71 06 18 W -24m 30m", "42 N 71 W 0", "0 0 0 S 180 W 42849672.95m",
    "90 N 0 E 10m 1m", "51 30 12.748 N 0 7 39.611 W 0.00m"],
  ["", "52 N", "91 N 0 E 0m", "90 1 N 0 E 0m", "52 60 N 4 E 0m", "52 22 23.000 X 4 53 32.000 E 0m", "52 N 181 E 0m",
    "52 N 4 E", "52 N 4 E 0m 1m 1m 1m 1m", "52 N 4 E -100001m", "52 N 4 E 0m -1m", "52 22 60 N 4 E 0m"]));

describe("escapeControl", () => {
  it("escapes control bytes and keeps Latin-1 text", () =>
    assert.strictEqual(escapeControl("a\u0000b\r\n\t\u001b\u007f\u0085\u00e9"), "a\\x00b\\r\\n\\t\\x1B\\x7F\\x85\u00e9"));
});

describe("countOf", () => {
  for (const [n, text] of [[0, "0 updates"], [1, "1 update"], [2, "2 updates"], [11, "11 updates"]]) {
    it(n + ": " + text, () => assert.strictEqual(countOf(n, "update"), text));
  }
});
