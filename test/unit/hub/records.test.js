"use strict";
// What gets published (recordsFrom), what changed (planChanges) and the address policy.
const assert = require("assert");
const { recordsFrom, sourceIpv4 } = require("../../../src/hub/core/records");
const { planChanges, viewOf, wantedSets, describePlan } = require("../../../src/hub/core/changes");
const { addressProblem } = require("../../../src/hub/core/addresses");
const { validateServiceSettings } = require("../../../src/hub/core/settings");
const { rawSettings, FULL } = require("./fakes");

const settings = (extra) => validateServiceSettings(rawSettings(extra)).settings;
const answers = (change) => Object.assign({}, FULL, { "ip?": "203.0.113.7" }, change);
const PUBLIC = settings({ allow_private: "false" });

function byType(records) {
  const out = {};
  for (const w of records.wanted) out[(w.name.startsWith("*.") ? "*." : "") + w.type] = w.rrset ? w.rrset.rdata : null;
  return out;
}

describe("recordsFrom", () => {
  it("describes all six sets of <id>.<zone> and its wildcard", () => {
    const r = recordsFrom("TestBBS", answers(), "198.51.100.1", settings());
    assert.ok(r.ok, r.reply);
    assert.strictEqual(r.owner, "testbbs.bbs.test");
    assert.deepStrictEqual(byType(r), {
      A: ["203.0.113.7"], AAAA: ["2001:db8::7"], MX: ["10 mail.example.com"], TXT: ["Test BBS"],
      LOC: ["52 22 23.000 N 4 53 32.000 E -2.00m 1m 10000m 10m"], "*.CNAME": ["testbbs.bbs.test"],
    });
    for (const w of r.wanted) assert.strictEqual(w.rrset.ttl, 300);
  });

  it("removes each record whose answer is blank (ip6, mx, txt, loc, wc)", () => {
    const r = recordsFrom("vert", answers({ "ip6?": "", "mx?": "", "txt?": "  ", "loc?": "", "wc?": "" }), "198.51.100.1", settings());
    assert.deepStrictEqual(byType(r), { A: ["203.0.113.7"], AAAA: null, MX: null, TXT: null, LOC: null, "*.CNAME": null });
  });

  it("publishes the connection's address for a blank ip (an IPv4-mapped one too)", () => {
    const blank = answers({ "ip?": "", "ip6?": "2607:f8b0:4007:801::200e" });
    assert.deepStrictEqual(byType(recordsFrom("v", blank, "8.8.4.4", PUBLIC)).A, ["8.8.4.4"]);
    assert.deepStrictEqual(byType(recordsFrom("v", blank, "::ffff:8.8.4.4", PUBLIC)).A, ["8.8.4.4"]);
    assert.strictEqual(sourceIpv4("2001:db8::1"), null);
  });

  it("sourceIpv4: an IPv4 address, or one mapped into IPv6 (any letter case), and nothing else", () => {
    const table = [
      ["8.8.4.4", "8.8.4.4"], ["::ffff:8.8.4.4", "8.8.4.4"], ["::FFFF:8.8.4.4", "8.8.4.4"], ["2001:db8::1", null],
      ["::8.8.4.4", null], ["8.8.4.4::ffff:", null], ["", null],
    ];
    for (const [source, ipv4] of table) assert.strictEqual(sourceIpv4(source), ipv4, source);
  });

  it("refuses a blank ip from an IPv6 connection, saying what to send", () => {
    const r = recordsFrom("v", answers({ "ip?": "" }), "2001:4860::1", PUBLIC);
    assert.strictEqual(r.reply, "refused: ip is blank and this connection came from 2001:4860::1, not an IPv4 address: answer ip? with one");
  });

  it("refuses private addresses unless allow_private, naming the field", () => {
    assert.strictEqual(recordsFrom("v", answers({ "ip?": "10.1.2.3" }), "198.51.100.1", PUBLIC).reply,
      "refused: ip '10.1.2.3': expected a public unicast address (this one is not public)");
    assert.strictEqual(recordsFrom("v", answers({ "ip?": "" }), "192.168.1.9", PUBLIC).reply,
      "refused: ip is blank and the address this update came from, 192.168.1.9, is not public");
    assert.strictEqual(recordsFrom("v", answers({ "ip?": "8.8.8.8", "ip6?": "fe80::1" }), "", PUBLIC).reply,
      "refused: ip6 'fe80::1': expected a public unicast address (this one is not public)");
    assert.ok(recordsFrom("v", answers({ "ip?": "10.1.2.3", "ip6?": "fd00::1" }), "", settings()).ok, "allowed with allow_private");
    assert.ok(/not unicast/.test(recordsFrom("v", answers({ "ip?": "224.0.0.1" }), "", settings()).reply), "multicast never");
  });

  const bad = [
    ["ip?", "1.2.3", "refused: ip '1.2.3': expected an IPv4 address like 203.0.113.7, or nothing for the address the update comes from"],
    ["ip6?", "2001:db8::g", "refused: ip6 '2001:db8::g': expected an IPv6 address"],
    ["mx?", "mail..example", "refused: mx 'mail..example': expected a host name"],
    ["txt?", "x".repeat(256), "refused: txt '" + "x".repeat(256) + "': expected at most 255 characters"],
    ["txt?", "a\u0007b", "refused: txt 'a\\x07b': expected at most 255 characters of text"],
    ["loc?", "52 N 4 E", "refused: loc '52 N 4 E': expected an RFC 1876 location"],
    ["wc?", "sometimes", "refused: wc 'sometimes': expected true, false, yes, no, on, off, 1 or 0, or nothing"],
    ["ttl?", "5m", "refused: ttl '5m': expected whole seconds, or nothing for 300"],
    ["ttl?", "m5", "refused: ttl 'm5': expected whole seconds, or nothing for 300"],
    ["ttl?", "12345678901", "refused: ttl '12345678901': expected whole seconds, or nothing for 300"],
  ];
  for (const [prompt, value, reply] of bad) {
    it("refuses " + prompt + " " + JSON.stringify(value.slice(0, 20)) + " with one line naming the field", () => {
      const r = recordsFrom("v", answers({ [prompt]: value }), "198.51.100.1", settings());
      assert.strictEqual(r.ok, false);
      assert.ok(r.reply.startsWith(reply), r.reply);
    });
  }

  it("takes answers with the spaces a client puts around them (ip, ip6, mx, loc, wc, ttl)", () => {
    const spaced = answers({
      "ip?": " 203.0.113.7 ", "ip6?": "\t2001:db8::7 ", "mx?": " mail.example.com ", "loc?": "  52 22 23.000 N  4 53 32.000 E\t-2.00m ",
      "wc?": " yes ", "ttl?": " 600 ",
    });
    const r = recordsFrom("v", spaced, "198.51.100.1", settings());
    assert.ok(r.ok, r.reply);
    assert.deepStrictEqual(byType(r), {
      A: ["203.0.113.7"], AAAA: ["2001:db8::7"], MX: ["10 mail.example.com"], TXT: ["Test BBS"],
      LOC: ["52 22 23.000 N 4 53 32.000 E -2.00m 1m 10000m 10m"], "*.CNAME": ["v.bbs.test"],
    });
    assert.strictEqual(r.wanted[0].rrset.ttl, 600);
  });

  it("reads answers of spaces only as blank (ip from the connection, ttl the default, the rest removed)", () => {
    const blank = answers({ "ip?": "  ", "ip6?": " ", "mx?": " ", "txt?": " ", "loc?": " \t", "wc?": "  ", "ttl?": " " });
    const r = recordsFrom("v", blank, "198.51.100.1", settings());
    assert.ok(r.ok, r.reply);
    assert.deepStrictEqual(byType(r), { A: ["198.51.100.1"], AAAA: null, MX: null, TXT: null, LOC: null, "*.CNAME": null });
    assert.strictEqual(r.wanted[0].rrset.ttl, 300);
  });

  it("shows a refused loc as it was read: trimmed, each run of spaces one space", () => {
    assert.strictEqual(recordsFrom("v", answers({ "loc?": "  52  N\t 4 E " }), "", settings()).reply,
      "refused: loc '52 N 4 E': expected an RFC 1876 location like 52 22 23.000 N 4 53 32.000 E -2.00m, or nothing");
  });

  it("publishes a TXT of exactly 255 characters, verbatim", () => {
    const text = " " + "x".repeat(253) + " ";
    assert.deepStrictEqual(byType(recordsFrom("v", answers({ "txt?": text }), "", settings())).TXT, [text]);
  });

  it("clamps the TTL to the configured range and takes the default for a blank one", () => {
    const ttl = (t) => recordsFrom("v", answers({ "ttl?": t }), "", settings({ ttl_min: "60", ttl_max: "3600" })).wanted[0].rrset.ttl;
    assert.deepStrictEqual([ttl(""), ttl("5"), ttl("600"), ttl("999999")], [300, 60, 600, 3600]);
  });

  it("writes the MX with the configured preference, in lower case without the final dot; wc words in any case", () => {
    const r = recordsFrom("v", answers({ "mx?": "Mail.Example.COM.", "wc?": "YES" }), "", settings({ mx_preference: "5" }));
    assert.deepStrictEqual(byType(r).MX, ["5 mail.example.com"]);
    assert.deepStrictEqual(byType(r)["*.CNAME"], ["v.bbs.test"]);
    for (const word of ["false", "0", "off", "No"]) assert.strictEqual(byType(recordsFrom("v", answers({ "wc?": word }), "", settings()))["*.CNAME"], null);
  });
});

describe("addressProblem", () => {
  const table = [
    ["8.8.8.8", null, null], ["10.0.0.1", "not public", null], ["100.64.0.1", "not public", null], ["127.0.0.1", "not public", null],
    ["169.254.1.1", "not public", null], ["172.16.0.1", "not public", null], ["172.32.0.1", null, null], ["192.0.2.1", "not public", null],
    ["192.168.0.1", "not public", null], ["203.0.113.9", "not public", null], ["224.0.0.1", "not public", "not unicast"],
    ["255.255.255.255", "not public", "not unicast"], ["0.0.0.0", "not public", "not unicast"],
    ["2607:f8b0:4007:801::200e", null, null], ["2001:db8::1", "not public", null], ["fe80::1", "not public", null],
    ["fd12::1", "not public", null], ["::1", "not public", null], ["::", "not public", "not unicast"], ["ff02::1", "not public", "not unicast"],
  ];
  for (const [address, strict, lax] of table) {
    it(address, () => {
      assert.strictEqual(addressProblem(address, false), strict);
      assert.strictEqual(addressProblem(address, true), lax);
    });
  }
});

describe("planChanges", () => {
  const owner = "vert.bbs.test";
  const wanted = recordsFrom("vert", answers(), "", settings()).wanted;
  const published = wantedSets(wanted);

  it("changes nothing when the DNS server holds the same records, written its own way", () => {
    const asStored = published.map((r) => Object.assign({}, r, {
      rdata: r.type === "AAAA" ? ["2001:DB8:0:0::7"] : r.type === "MX" ? ["10 Mail.Example.com."] : r.type === "LOC" ? ["52 22 23 N 4 53 32 E -2m 1m 10000m 10m"] : r.rdata,
    }));
    assert.deepStrictEqual(planChanges("bbs.test", wanted, asStored).changes, []);
  });
  it("sends only the sets that differ: a TTL, a record, one gone", () => {
    const current = published.filter((r) => r.type !== "LOC").map((r) => Object.assign({}, r, r.type === "A" ? { rdata: ["198.51.100.1"] } : r.type === "TXT" ? { ttl: 60 } : {}));
    current.push({ name: owner, type: "LOC", ttl: 300, rdata: ["1 N 1 E 0m"] });
    const plan = planChanges("bbs.test", recordsFrom("vert", answers({ "loc?": "" }), "", settings()).wanted, current);
    assert.deepStrictEqual(plan.changes.map((c) => c.type + (c.rrset ? " " + c.rrset.rdata : " -")), ["A 203.0.113.7", "TXT Test BBS", "LOC -"]);
    assert.strictEqual(describePlan(owner, plan), "A 203.0.113.7 (ttl 300), TXT Test BBS (ttl 300), no LOC");
  });
  it("replaces a set of several records (added by hand) with the one asked for", () => {
    const current = [{ name: owner, type: "A", ttl: 300, rdata: ["203.0.113.7", "203.0.113.8"] }];
    const plan = planChanges("bbs.test", wanted, current);
    assert.deepStrictEqual(plan.changes.find((c) => c.type === "A").rrset.rdata, ["203.0.113.7"]);
  });
  it("shows records by type for the audit log, the wildcard's as *.CNAME", () => {
    assert.deepStrictEqual(viewOf(owner, [published[0], published[5]]), {
      A: { ttl: 300, data: ["203.0.113.7"] }, "*.CNAME": { ttl: 300, data: ["vert.bbs.test"] },
    });
  });
});
