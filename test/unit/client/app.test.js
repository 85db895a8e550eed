"use strict";
const assert = require("assert");
const { run } = require("../../../src/client/core/app");
const { collectModopts } = require("../../../src/client/core/modopts");
const { bindAddressFor } = require("../../../src/client/core/bind");
const { fakeClock, captureOutput, fakeNetwork } = require("./fakes");

const FULL = ["id?", "pw?", "ip?", "ip6?", "mx?", "txt?", "loc?", "wc?", "ttl?", "ok"];

function env(argv, options = {}) {
  const clock = fakeClock();
  const cap = captureOutput();
  const net = fakeNetwork(options.hosts || { "dyndns.synchro.net": FULL }, clock);
  const values = options.modopts || {};
  const calls = { network: [], ipv6: 0 };
  const e = {
    argv,
    system: { qwkId: "VERT", bbsName: "Vertrauen" },
    interfaceAddress: options.interfaceAddress === undefined ? null : options.interfaceAddress,
    out: cap.out,
    now: clock.now,
    readModopts: () => collectModopts("ctrl/modopts.ini [dyndns]", Object.keys(values), (k) => values[k]),
    network: (bind) => { calls.network.push(bind); return net; },
    localIpv6Addresses: () => { calls.ipv6++; return options.ipv6 || []; },
    banner: "Synchronet DynDNS client v9",
  };
  const code = run(e);
  return { code, cap, net, calls };
}

describe("run", () => {
  it("prints the banner first and updates", () => {
    const r = env(["s3cret", "-mx"]);
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(r.cap.lines[0], { kind: "print", text: "Synchronet DynDNS client v9" });
    assert.deepStrictEqual(r.net.sent["dyndns.synchro.net"], ["VERT", "s3cret", "", "", "vert.synchro.net", "Vertrauen", "", "", ""]);
  });
  it("-help prints usage and exits 0 without touching modopts or the network", () => {
    const r = env(["-help"]);
    assert.strictEqual(r.code, 0);
    assert.match(r.cap.text(), /usage: \?dyndns/);
    assert.strictEqual(r.calls.network.length, 0);
  });
  it("bad input: one error line, exit 2, no network", () => {
    const r = env(["s3cret", "-mx", "bad_host"]);
    assert.strictEqual(r.code, 2);
    assert.deepStrictEqual(r.cap.lines.filter((l) => l.kind === "error").length, 1);
    assert.strictEqual(r.calls.network.length, 0);
  });
  it("unknown option: exit 2", () => assert.strictEqual(env(["s3cret", "-zap"]).code, 2));
  it("dry run shows answers, masks the password, connects to nothing", () => {
    const r = env(["s3cret", "-n", "-ip6"], { modopts: { ttl: "300" } });
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.calls.network.length, 0);
    assert.strictEqual(r.calls.ipv6, 0);
    const text = r.cap.text();
    assert.match(text, /pw\?   -> \*\*\*\*\*\*\*\*/);
    assert.match(text, /ttl\?  -> 300/);
    assert.match(text, /ip6\?  -> \(this machine's global IPv6 address/);
    assert.ok(!text.includes("s3cret"));
  });
  it("-ip6 alone publishes the detected global address", () => {
    const r = env(["s3cret", "-ip6"], { ipv6: ["2600:3c00::1"] });
    assert.strictEqual(r.net.sent["dyndns.synchro.net"][3], "2600:3c00::1");
  });
  it("-ip6 alone with only a non-global address: one warning, no AAAA", () => {
    const r = env(["s3cret", "-ip6"], { ipv6: ["fd00::1"] });
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.net.sent["dyndns.synchro.net"][3], "");
    assert.strictEqual(r.cap.lines.filter((l) => l.kind === "warn").length, 1);
  });
  it("warns of unknown modopts keys", () => {
    const r = env([], { modopts: { password: "p", pasword: "x" } });
    assert.strictEqual(r.code, 0);
    assert.ok(r.cap.lines.some((l) => l.kind === "warn" && /unknown key 'pasword'/.test(l.text)));
  });
  it("the password appears nowhere, even when the server echoes it", () => {
    const r = env(["s3cret"], { hosts: { "dyndns.synchro.net": ["pw?", "wrong password s3cret", { close: true }] } });
    assert.strictEqual(r.code, 1);
    assert.ok(!r.cap.text().includes("s3cret"));
  });
  it("-q silences what is sent and received, not errors", () => {
    const r = env(["s3cret", "-q"], { hosts: { "dyndns.synchro.net": ["id?", "Nope", { close: true }] } });
    assert.deepStrictEqual(r.cap.lines.map((l) => l.kind), ["print", "error"]);
  });
  it("binds to a specific BBS interface only", () => {
    assert.deepStrictEqual(env(["p"], { interfaceAddress: "192.0.2.4" }).calls.network, ["192.0.2.4"]);
    assert.deepStrictEqual(env(["p"], { interfaceAddress: "0.0.0.0" }).calls.network, [null]);
    assert.deepStrictEqual(env(["p"], { interfaceAddress: "255.255.255.255" }).calls.network, [null]);
    assert.deepStrictEqual(env(["p"]).calls.network, [null]);
  });
});

describe("bindAddressFor", () => {
  it("ignores junk", () => assert.strictEqual(bindAddressFor("::1"), null));
});
