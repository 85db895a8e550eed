// Test-only entry (bundled by test/unit/shared/dns/engines.test.js and
// test/bench/dns-core.js, never into dist/): runs the pure DNS core and prints
// "label hex" lines, so that every engine's bytes can be compared with Node's. FIXTURE (a global set before the bundle): the
// captured Knot answer and its request; BENCH (optional): iterations to time instead.
import { sha256, hmacSha256 } from "../../src/shared/core/dns/sha256";
import { encodeBase64, decodeBase64 } from "../../src/shared/core/dns/base64";
import { fromHex, toHex } from "../../src/shared/core/dns/bytes";
import { encodeUpdate } from "../../src/shared/core/dns/update";
import { encodeQuery } from "../../src/shared/core/dns/query";
import { signRequest } from "../../src/shared/core/dns/tsig";
import { readAnswer, UPDATE, UPDATE_ACCEPTS } from "../../src/shared/core/dns/answer";
import { canonicalRdata, encodeRdata } from "../../src/shared/core/dns/rdata";

var key = { name: "service.key", algorithm: "hmac-sha256", secret: decodeBase64(FIXTURE.secret) };
var set = function (name, type, rdata) { return { name: name, type: type, rrset: { name: name, type: type, ttl: 300, rdata: rdata }, was: null }; };
var plan = {
  zone: "bbs.test",
  changes: [set("vert.bbs.test", "A", ["203.0.113.7"]), set("vert.bbs.test", "AAAA", ["2001:db8::1"]),
    set("vert.bbs.test", "MX", ["10 vert.bbs.test"]), set("vert.bbs.test", "TXT", ["Vertrauen \u00e9\u0000\u00ff"]),
    set("vert.bbs.test", "LOC", ["37 46 30.000 N 122 25 10.000 W 10.00m 1m 10000m 10m"]), set("*.vert.bbs.test", "CNAME", ["vert.bbs.test"])],
};
var all = "";
for (var i = 0; i < 256; i++) all += String.fromCharCode(i);

function run() {
  var out = [];
  var a = "";
  for (var n = 0; n < 1000; n++) a += "a";
  out.push(["sha256-abc", toHex(sha256("abc"))], ["sha256-1000a", toHex(sha256(a))], ["sha256-bytes", toHex(sha256(all + all + all))]);
  out.push(["hmac-rfc4231-2", toHex(hmacSha256("Jefe", "what do ya want for nothing?"))], ["hmac-long-key", toHex(hmacSha256(all, all))]);
  out.push(["base64", encodeBase64(all)], ["base64-back", toHex(decodeBase64(encodeBase64(all)) || "")]);
  var update = encodeUpdate(plan, 0x1234);
  var signed = signRequest(update, key, 1796000000);
  out.push(["update", toHex(update)], ["signed", toHex(signed.wire)], ["query", toHex(encodeQuery("vert.bbs.test", "LOC", 7))]);
  out.push(["loc", toHex(encodeRdata("LOC", "90 S 180 W 42849672.95m 90000000m 0.01m 1.5m") || "")]);
  out.push(["canonical", canonicalRdata("LOC", "42 21 54 N 71 06 18 W -24m 30m") + "|" + canonicalRdata("AAAA", "2001:DB8:0::1")]);
  var c = FIXTURE.knot.update;
  var request = { wire: fromHex(c.request), mac: fromHex(c.mac), id: 0x1001 };
  var verdict = readAnswer(fromHex(c.answer), request, UPDATE, key, FIXTURE.knot.time, UPDATE_ACCEPTS);
  out.push(["verify", verdict.ok ? "ok" : verdict.reason]);
  var tampered = fromHex(c.answer.slice(0, 30) + "ff" + c.answer.slice(32));
  var refused = readAnswer(tampered, request, UPDATE, key, FIXTURE.knot.time, UPDATE_ACCEPTS);
  out.push(["tampered", refused.ok ? "ok" : refused.reason]);
  return out;
}

function bench(count) {
  var t0 = new Date().getTime();
  for (var i = 0; i < count; i++) signRequest(encodeUpdate(plan, i & 0xffff), key, 1796000000);
  var t1 = new Date().getTime();
  var update = encodeUpdate(plan, 1);
  for (i = 0; i < count; i++) hmacSha256(key.secret, update);
  var t2 = new Date().getTime();
  var c = FIXTURE.knot.update;
  var request = { wire: fromHex(c.request), mac: fromHex(c.mac), id: 0x1001 };
  var answer = fromHex(c.answer);
  for (i = 0; i < count; i++) readAnswer(answer, request, UPDATE, key, FIXTURE.knot.time, UPDATE_ACCEPTS);
  var t3 = new Date().getTime();
  return [["update-bytes", String(update.length)], ["signed-bytes", String(signRequest(update, key, 1796000000).wire.length)],
    ["answer-bytes", String(answer.length)], ["sign-ms", String((t1 - t0) / count)], ["hmac-ms", String((t2 - t1) / count)],
    ["verify-ms", String((t3 - t2) / count)]];
}

var lines = typeof BENCH === "number" ? bench(BENCH) : run();
for (var k = 0; k < lines.length; k++) print(lines[k][0] + " " + lines[k][1]);
