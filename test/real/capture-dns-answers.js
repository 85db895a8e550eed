"use strict";
// Captures real Knot and BIND answers to known requests, for the unit tests that
// parse and verify them without a server (test/unit/shared/dns/answers.test.js):
//   node test/real/capture-dns-answers.js > test/unit/shared/dns/server-answers.json
// The key secret is fixed (bytes 1..32); "time" is when the requests were signed.
require("../support/register-ts.js");
const { startKnot, startBind, exchangeTcp } = require("./dns");
const { encodeUpdate } = require("../../src/shared/core/dns/update");
const { encodeQuery } = require("../../src/shared/core/dns/query");
const { signRequest } = require("../../src/shared/core/dns/tsig");
const { toHex } = require("../../src/shared/core/dns/bytes");
const SECRET = Buffer.from(Array.from({ length: 32 }, (_, i) => i + 1)).toString("base64");
// LOC texts parsed by the servers themselves, to hold our encoding against.
const LOCS = [["rfc", "42 21 54 N 71 06 18 W -24m 30m"], ["ams", "52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m"],
  ["pole", "90 S 180 W 42849672.95m 90000000m 0.01m 1.5m"]];
const rr = (name, type, rdata) => ({ name, type, rrset: rdata ? { name, type, ttl: 300, rdata } : null, was: null });
(async () => {
  const out = { secret: SECRET };
  for (const start of [startKnot, startBind]) {
    const srv = await start({ serviceSecret: SECRET, records: LOCS.map((l) => l.join(" IN LOC ")) });
    const key = { name: "service.key", algorithm: "hmac-sha256", secret: srv.keys.service.secret };
    const time = Math.floor(Date.now() / 1000);
    const plan = { zone: "bbs.test", changes: [rr("vert.bbs.test", "A", ["203.0.113.7"]), rr("vert.bbs.test", "AAAA", ["2001:db8::1"]),
      rr("vert.bbs.test", "MX", ["10 vert.bbs.test"]), rr("vert.bbs.test", "TXT", ["Vertrauen"]),
      rr("vert.bbs.test", "LOC", ["37 46 30.000 N 122 25 10.000 W 10.00m 1m 10000m 10m"]), rr("*.vert.bbs.test", "CNAME", ["vert.bbs.test"])] };
    const f = {};
    const cases = [
      ["update", encodeUpdate(plan, 0x1001), key],
      ["badkey", encodeUpdate(plan, 0x1002), { ...key, name: "wrong.key" }],
      ["badsig", encodeUpdate(plan, 0x1003), { ...key, secret: "x".repeat(32) }],
      ["apex", encodeUpdate({ zone: "bbs.test", changes: [rr("bbs.test", "A", ["192.0.2.9"])] }, 0x1004), key],
      ["unsigned", encodeUpdate(plan, 0x1005), null],
      ["mx", encodeQuery("vert.bbs.test", "MX", 0x2001), key],
      ["txt", encodeQuery("vert.bbs.test", "TXT", 0x2006), key],
      ["loc", encodeQuery("vert.bbs.test", "LOC", 0x2002), key],
      ["aaaa", encodeQuery("vert.bbs.test", "AAAA", 0x2003), key],
      ["cname", encodeQuery("www.vert.bbs.test", "A", 0x2004), key],
      ["nxdomain", encodeQuery("nobody.bbs.test", "A", 0x2005), key],
      ...LOCS.map(([name], i) => ["loc-" + name, encodeQuery(name + ".bbs.test", "LOC", 0x3000 + i), key]),
    ];
    for (const [label, msg, k] of cases) {
      const req = k ? signRequest(msg, k, time) : { wire: msg, mac: "", id: 0 };
      const ans = await exchangeTcp(srv.port, req.wire);
      f[label] = { request: toHex(req.wire), mac: toHex(req.mac), answer: toHex(ans) };
    }
    out[srv.kind] = { time, ...f };
    await srv.stop();
  }
  console.log(JSON.stringify(out, null, 1));
})().catch(e => { console.error(e); process.exit(1); });
