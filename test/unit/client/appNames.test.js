"use strict";
// run() with the BBS's other names ([dyndns:<name>] sections, docs/names.md): the address the
// synchro.net update published is what an `address = service` name is given, the exit status is
// the worst of all, and a [dyndns] section without a password leaves the other names to run.
const assert = require("assert");
const { run } = require("../../../src/client/core/app");
const { expandIncludes } = require("../../../src/shared/core/iniText");
const { PROMPTS, OK } = require("../../../src/shared/core/protocol");
const { fakeClock, captureOutput, fakeNetwork } = require("./fakes");

const FULL = PROMPTS.concat([OK]);
const PATH = "/sbbs/ctrl/modopts.ini";
const SERVICE_NAME = { protocol: "dyndns2", server: "https://dyn.example/nic/update", user: "sysop", password: "pw", address: "service" };

/** run() with one [dyndns:bbs.example.com] section; options as the keys say. */
function env(argv, options = {}) {
  const clock = fakeClock();
  const cap = captureOutput();
  const net = fakeNetwork(options.hosts || { "dyndns.synchro.net": FULL }, clock);
  const values = options.modopts || {};
  const requests = [];
  const section = { section: "dyndns:bbs.example.com", entries: Object.entries(options.name || SERVICE_NAME).map(([key, value]) => ({ key, value })), path: PATH };
  const files = {};
  const e = {
    argv,
    system: { qwkId: options.qwkId === undefined ? "VERT" : options.qwkId, bbsName: "Vertrauen" },
    interfaceAddress: null,
    out: cap.out,
    now: clock.now,
    readSettingsFile: () => ({
      path: PATH, section: "dyndns", sharedPath: PATH,
      entries: Object.keys(values).map((key) => ({ key, value: values[key] })),
      lines: expandIncludes(PATH, "[dyndns]\n", () => []), shadowed: null,
    }),
    network: () => net,
    localIpv6Addresses: () => [],
    banner: "Synchronet DynDNS client v9",
    dataDir: "/sbbs/data/",
    readFile: (path) => (files[path] === undefined ? { kind: "missing" } : { kind: "text", text: files[path] }),
    writeWhole: (path, body) => { files[path] = body; return null; },
    resolveAll: () => (options.dns === undefined ? null : options.dns),
    offsetMinutes: () => 0,
    names: options.noNames ? undefined : {
      sections: () => (options.sections === 0 ? [] : [section]),
      http: (request) => { requests.push(request); return { ok: true, response: { status: 200, statusText: "OK", headers: {}, body: options.answer || "good 203.0.113.5\n" } }; },
      currentRecords: () => ({ ok: false, reason: "not used" }),
      publish: () => ({ ok: false, reason: "not used" }),
      now: clock.now,
      userAgent: "Synchronet - dyndns.js - test",
      interfaceAddress: () => null,
    },
  };
  const code = run(e);
  const myip = requests.map((r) => { const m = /[?&]myip=([^&]*)/.exec(r.url); return m ? decodeURIComponent(m[1]) : null; });
  return { code, cap, requests, myip, text: cap.text() };
}

describe("run: the other names after the synchro.net name", () => {
  it("address = service gets the IPv4 address the update sent", () => {
    const r = env(["s3cret", "198.51.100.7"]);
    assert.strictEqual(r.code, 0, r.text);
    assert.deepStrictEqual(r.myip, ["198.51.100.7"]);
  });

  it("without an IPv4 argument, the name's first IPv4 address after the update (an IPv6 one before it skipped)", () => {
    const r = env(["s3cret"], { dns: ["2001:db8::1", "203.0.113.9", "203.0.113.10"] });
    assert.strictEqual(r.code, 0, r.text);
    assert.deepStrictEqual(r.myip, ["203.0.113.9"]);
  });

  it("without an IPv4 argument and with no IPv4 address for the name: the service address is unknown, nothing sent for the name, exit 1", () => {
    const r = env(["s3cret"], { dns: ["2001:db8::1"] });
    assert.deepStrictEqual(r.requests, []);
    assert.strictEqual(r.code, 1, r.text);
  });

  it("a failed synchro.net update gives no service address, even with an IPv4 argument: the name is not sent; the exit is the worse", () => {
    const r = env(["s3cret", "198.51.100.7"], { hosts: { "dyndns.synchro.net": { refuse: true } } });
    assert.deepStrictEqual(r.requests, []);
    assert.ok(r.code > 0, r.text);
  });

  it("the worst exit status of all: the synchro.net name fine, the other name refused (badauth) is 1", () => {
    const r = env(["s3cret", "198.51.100.7"], { answer: "badauth\n" });
    assert.deepStrictEqual(r.myip, ["198.51.100.7"]);
    assert.strictEqual(r.code, 1, r.text);
  });

  it("the worst exit status of all: the other name fine does not hide a bad synchro.net update", () => {
    const alone = env(["s3cret", "198.51.100.7"], { hosts: { "dyndns.synchro.net": { refuse: true } }, noNames: true }).code;
    const r = env(["s3cret", "198.51.100.7"], { hosts: { "dyndns.synchro.net": { refuse: true } }, name: Object.assign({}, SERVICE_NAME, { address: "203.0.113.20" }) });
    assert.ok(alone > 0);
    assert.deepStrictEqual(r.myip, ["203.0.113.20"]);
    assert.strictEqual(r.code, alone, r.text);
  });

  it("no password: the [dyndns] name is skipped with one line naming the QWK-ID, the other names run, exit 0", () => {
    const r = env([], { name: Object.assign({}, SERVICE_NAME, { address: "203.0.113.20" }) });
    assert.strictEqual(r.code, 0, r.text);
    assert.ok(r.text.includes("the VERT name of the [dyndns] section is not updated: no password is set; the [dyndns:<name>] sections run without it"), r.text);
    assert.deepStrictEqual(r.myip, ["203.0.113.20"]);
  });

  it("no password and no QWK-ID known: the line says QWK-ID", () => {
    const r = env([], { qwkId: "", name: Object.assign({}, SERVICE_NAME, { address: "203.0.113.20" }) });
    assert.ok(r.text.includes("the QWK-ID name of the [dyndns] section is not updated"), r.text);
  });

  it("no password and no other names: an error, exit 2, nothing sent", () => {
    const r = env([], { sections: 0 });
    assert.strictEqual(r.code, 2, r.text);
    assert.ok(!r.text.includes("is not updated: no password is set"), r.text);
  });

  it("another bad setting with other names: still an error, exit 2, the other names still run", () => {
    const r = env(["s3cret", "-hn", "bad_name!"], { name: Object.assign({}, SERVICE_NAME, { address: "203.0.113.20" }) });
    assert.ok(!r.text.includes("is not updated: no password is set"), r.text);
    assert.ok(/bad_name!/.test(r.text), r.text);
    assert.strictEqual(r.code, 2, r.text);
  });

  it("-status with a bad host name and other names: the error, exit 2 (not the no-password line)", () => {
    const r = env(["-status", "-hn", "bad_name!"], { name: Object.assign({}, SERVICE_NAME, { address: "203.0.113.20" }) });
    assert.ok(!r.text.includes("is not updated: no password is set"), r.text);
    assert.ok(/bad_name!/.test(r.text), r.text);
    assert.strictEqual(r.code, 2, r.text);
  });
});
