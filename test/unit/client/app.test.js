"use strict";
const assert = require("assert");
const { run } = require("../../../src/client/core/app");
const { expandIncludes } = require("../../../src/shared/core/iniText");
const { bindAddressFor } = require("../../../src/client/core/bind");
const { PROMPTS, OK } = require("../../../src/shared/core/protocol");
const { fakeClock, captureOutput, fakeNetwork } = require("./fakes");

const FULL = PROMPTS.concat([OK]);
const SERVICE_NAME = { protocol: "dyndns2", server: "https://dyn.example/nic/update", user: "sysop", password: "pw", address: "service" };

/**
 * run() with a fake host. `options.names` ({ name, sections, answer }) adds the other names' host:
 * one [dyndns:bbs.example.com] section (`name` its keys, `sections: 0` none) whose dyndns2
 * server answers `answer`; `requests` then holds what was sent and `myip` each one's address.
 */
function env(argv, options = {}) {
  const clock = fakeClock();
  const cap = captureOutput();
  const net = fakeNetwork(options.hosts || { "dyndns.synchro.net": FULL }, clock);
  const values = options.modopts || {};
  const text = options.modoptsText !== undefined ? options.modoptsText
    : "[dyndns]\n" + Object.keys(values).map((k) => k + " = " + values[k]).join("\n") + "\n";
  const calls = { network: [], ipv6: 0, resolved: [] };
  const files = Object.assign({}, options.files || {});
  const requests = [];
  const e = {
    argv,
    system: { qwkId: options.qwkId === undefined ? "VERT" : options.qwkId, bbsName: "Vertrauen" },
    interfaceAddress: options.interfaceAddress === undefined ? null : options.interfaceAddress,
    out: cap.out,
    now: clock.now,
    readSettingsFile: () => ({
      path: "/sbbs/ctrl/modopts.ini", section: "dyndns", sharedPath: "/sbbs/ctrl/modopts.ini",
      entries: Object.keys(values).map((key) => ({ key, value: values[key] })),
      lines: expandIncludes("/sbbs/ctrl/modopts.ini", text, () => []), shadowed: null,
    }),
    network: (bind) => { calls.network.push(bind); return net; },
    localIpv6Addresses: (hosts, port, wait) => { calls.ipv6++; calls.ipv6Asked = [hosts, port, wait]; return options.ipv6 || []; },
    banner: "Synchronet DynDNS client v9",
    dataDir: "/sbbs/data/",
    readFile: (path) => (options.unreadable ? { kind: "unreadable" } : files[path] === undefined ? { kind: "missing" } : { kind: "text", text: files[path] }),
    writeWhole: (path, body) => { if (options.cannotWrite) return "disk full"; files[path] = body; return null; },
    resolveAll: (name) => { calls.resolved.push(name); return options.dns === undefined ? null : options.dns; },
    offsetMinutes: () => 0,
    names: options.names && namesHost(options.names, clock, requests),
  };
  const code = run(e);
  const myip = requests.map((r) => { const m = /[?&]myip=([^&]*)/.exec(r.url); return m ? decodeURIComponent(m[1]) : null; });
  return { code, cap, net, calls, files, clock, requests, myip, text: cap.text() };
}

/** The other names' host of env(): one section (or none), its dyndns2 server's one answer. */
function namesHost(names, clock, requests) {
  const section = { section: "dyndns:bbs.example.com", entries: Object.entries(names.name || SERVICE_NAME).map(([key, value]) => ({ key, value })), path: "/sbbs/ctrl/modopts.ini" };
  return {
    sections: () => (names.sections === 0 ? [] : [section]),
    http: (request) => { requests.push(request); return { ok: true, response: { status: 200, statusText: "OK", headers: {}, body: names.answer || "good 203.0.113.5\n" } }; },
    currentRecords: () => ({ ok: false, reason: "not used" }),
    publish: () => ({ ok: false, reason: "not used" }),
    now: clock.now,
    userAgent: "Synchronet - dyndns.js - test",
    interfaceAddress: () => null,
  };
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

describe("run: the status file", () => {
  const PATH = "/sbbs/data/dyndns-vert.synchro.net.json";

  it("a run writes it: outcome, server, every record, never the password", () => {
    const r = env(["s3cret", "-mx"]);
    assert.strictEqual(r.code, 0);
    const status = JSON.parse(r.files[PATH]);
    assert.strictEqual(status.format, "dyndns.js status 1");
    assert.strictEqual(status.name, "VERT.synchro.net");
    assert.strictEqual(status.last.outcome, "updated");
    assert.strictEqual(status.last.server, "dyndns.synchro.net");
    assert.deepStrictEqual(status.last.servers, [{ server: "dyndns.synchro.net:8467", result: "ok" }]);
    assert.deepStrictEqual(status.last.records, { ip: "", ip6: "", mx: "vert.synchro.net", txt: "Vertrauen", loc: "", wildcard: false, ttl: "" });
    assert.deepStrictEqual(status.last_success, status.last);
    assert.strictEqual(status.last_failure, null);
    assert.ok(!r.files[PATH].includes("s3cret"));
  });

  it("a failure keeps the last success", () => {
    const first = env(["s3cret"]);
    const r = env(["s3cret"], { files: first.files, hosts: { "dyndns.synchro.net": ["id?", "No such account", { close: true }] } });
    assert.strictEqual(r.code, 1);
    const status = JSON.parse(r.files[PATH]);
    assert.strictEqual(status.last.outcome, "rejected");
    assert.strictEqual(status.last.message, "dyndns.synchro.net rejected the update: No such account");
    assert.strictEqual(status.last_success.outcome, "updated");
    assert.deepStrictEqual(status.last_failure, status.last);
  });

  it("foreign content: one warning, replaced, the run goes on", () => {
    const r = env(["s3cret"], { files: { [PATH]: "hello" } });
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(r.cap.lines.filter((l) => l.kind === "warn").map((l) => l.text),
      ["status file " + PATH + ": not a status file of dyndns.js (not JSON) (ignored; this run replaces it)"]);
    assert.strictEqual(JSON.parse(r.files[PATH]).last.outcome, "updated");
  });

  it("a status file that cannot be written is a warning, not a failure", () => {
    const r = env(["s3cret"], { cannotWrite: true });
    assert.strictEqual(r.code, 0);
    assert.ok(r.cap.lines.some((l) => l.kind === "warn" && l.text === "could not write the status file " + PATH + " (disk full)"));
  });

  it("bad settings, -n and -help record nothing", () => {
    assert.deepStrictEqual(env(["s3cret", "-mx", "-hn"]).files, {});
    assert.deepStrictEqual(env(["s3cret", "-n"]).files, {});
    assert.deepStrictEqual(env(["-help"]).files, {});
  });

  it("-status reads it, asks DNS, connects to nothing, exits 0 (no password needed)", () => {
    const first = env(["s3cret", "-mx"]);
    const r = env(["-status"], { files: first.files, dns: ["203.0.113.7"] });
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.calls.network.length, 0);
    assert.deepStrictEqual(r.calls.resolved, ["VERT.synchro.net"]);
    const text = r.cap.lines.map((l) => l.text);
    assert.ok(text.includes("  last update just now (1970-01-01 00:16) through dyndns.synchro.net: ok"), text.join("\n"));
    assert.ok(text.includes("DNS now: VERT.synchro.net resolves to 203.0.113.7"));
  });

  it("-status without a status file", () => {
    const r = env(["-status"]);
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(r.cap.lines.slice(1).map((l) => l.text), [
      "no run of dyndns.js recorded for VERT.synchro.net in " + PATH,
      "DNS now: VERT.synchro.net does not resolve",
    ]);
  });
});

describe("run: conflicts and overrides", () => {
  const warnings = (r) => r.cap.lines.filter((l) => l.kind === "warn").map((l) => l.text);

  it("command line and modopts give different passwords: which is used, never the values", () => {
    const r = env(["cli-pw"], { modopts: { password: "mod-pw" } });
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(warnings(r), ["the password argument is used, not modopts key password (/sbbs/ctrl/modopts.ini [dyndns]): the two differ"
      + " and the command line comes first; keep the password in modopts only, since Synchronet logs the event's command line at every run"]);
    assert.ok(!r.cap.text().includes("cli-pw") && !r.cap.text().includes("mod-pw"));
  });
  it("the same password twice: no warning", () => assert.deepStrictEqual(warnings(env(["pw"], { modopts: { password: "pw" } })), []));
  it("-mx alone over modopts mx", () => {
    assert.deepStrictEqual(warnings(env(["pw", "-mx"], { modopts: { mx: "mail.example.com" } })), [
      "option -mx alone points the MX record at vert.synchro.net, not at mail.example.com from modopts key mx (/sbbs/ctrl/modopts.ini [dyndns]); drop -mx to use that one"]);
  });
  it("-ip6 alone over modopts ip6", () => {
    const r = env(["pw", "-ip6"], { modopts: { ip6: "2600::1" }, ipv6: ["2600:3c00::5"] });
    assert.deepStrictEqual(warnings(r), [
      "option -ip6 alone publishes this machine's global IPv6 address, not 2600::1 from modopts key ip6 (/sbbs/ctrl/modopts.ini [dyndns]); drop -ip6 to publish that one"]);
  });
  it("YOURPASS is never sent", () => {
    const r = env(["YOURPASS"], { modopts: { password: "real" } });
    assert.strictEqual(r.code, 2);
    assert.strictEqual(r.calls.network.length, 0);
  });
});

describe("run: masking that does not garble", () => {
  const all = (r) => r.cap.lines.map((l) => l.text);
  it("a one-letter password hides only where the server echoes it", () => {
    const r = env(["c"], { hosts: { "dyndns.synchro.net": ["id?", "pw?", "password c is wrong for connecting", { close: true }] } });
    assert.ok(all(r).includes("received: password ******** is wrong for connecting"), all(r).join("\n"));
    assert.ok(all(r).includes("connecting to dyndns.synchro.net port 8467"));
  });
  it("a password equal to the QWK-ID leaves our own lines alone", () => {
    const r = env(["VERT"]);
    assert.ok(all(r).includes("VERT.synchro.net updated through dyndns.synchro.net"));
    assert.ok(all(r).includes("sent: VERT (for id?)"));
    assert.ok(all(r).includes("sent: ******** (for pw?)"));
  });
  it("a password equal to the QWK-ID is hidden in server text", () => {
    const r = env(["VERT"], { hosts: { "dyndns.synchro.net": ["id?", "pw?", "Bad password VERT", { close: true }] } });
    assert.ok(all(r).includes("dyndns.synchro.net rejected the update: Bad password ********"));
  });
});

describe("run: what each path prints, line for line", () => {
  const { usage } = require("../../../src/client/core/usage");
  it("-help: the banner, then the usage, nothing more", () => {
    const r = env(["-help"]);
    assert.deepStrictEqual(r.cap.lines, [{ kind: "print", text: "Synchronet DynDNS client v9" }].concat(usage().map((text) => ({ kind: "print", text }))));
  });
  it("-n: the banner, then the dry run's 16 lines, nothing more", () => {
    const r = env(["s3cret", "-n"]);
    assert.strictEqual(r.cap.lines.length, 1 + 16);
    assert.ok(r.cap.lines.every((l) => l.kind === "print" && typeof l.text === "string"));
    assert.strictEqual(r.cap.lines[16].text, "  ttl?  -> (empty: the server's default)   (default)");
  });
  it("-ip6 alone: asks for this machine's address toward the hosts, waiting a quarter of the run at most 10 s", () => {
    const r = env(["s3cret", "-ip6"], { ipv6: ["2600:3c00::1"], modopts: { timeout: "8", hosts: "a.example.com", port: "99" } });
    assert.deepStrictEqual(r.calls.ipv6Asked, [["a.example.com"], 99, 2]);
    assert.deepStrictEqual(env(["s3cret", "-ip6"], { ipv6: [] }).calls.ipv6Asked[2], 10);
    assert.ok(r.cap.lines.some((l) => l.kind === "info" && l.text === "this machine's global IPv6 address: 2600:3c00::1"));
  });
  it("-ip6 alone: the first global address among several", () => {
    const r = env(["s3cret", "-ip6"], { ipv6: ["fd00::1", "2600:3c00::7", "2600:3c00::8"] });
    assert.strictEqual(r.net.sent["dyndns.synchro.net"][3], "2600:3c00::7");
  });
  it("-ip6 alone without a global address: the warning says what was found, or nothing", () => {
    const warn = (ipv6) => env(["s3cret", "-ip6"], { ipv6 }).cap.lines.filter((l) => l.kind === "warn").map((l) => l.text);
    assert.deepStrictEqual(warn(["fd00::1", "fe80::2"]), ["-ip6: this machine has no global IPv6 address toward the service (found only fd00::1, fe80::2); updating without an AAAA record"]);
    assert.deepStrictEqual(warn([]), ["-ip6: this machine has no global IPv6 address toward the service; updating without an AAAA record"]);
  });
  it("-status with something else in the status file: ignored, and nothing replaces it", () => {
    const r = env(["-status"], { files: { "/sbbs/data/dyndns-vert.synchro.net.json": "garbage" } });
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(r.cap.lines.filter((l) => l.kind === "warn").map((l) => l.text),
      ["status file /sbbs/data/dyndns-vert.synchro.net.json: not a status file of dyndns.js (not JSON) (ignored)"]);
    const u = env(["-status"], { unreadable: true });
    assert.deepStrictEqual(u.cap.lines.filter((l) => l.kind === "warn").map((l) => l.text),
      ["status file /sbbs/data/dyndns-vert.synchro.net.json: could not be read (ignored)"]);
  });
  it("an update with something else in the status file: ignored, and this run replaces it", () => {
    const r = env(["s3cret"], { files: { "/sbbs/data/dyndns-vert.synchro.net.json": "{}" } });
    assert.deepStrictEqual(r.cap.lines.filter((l) => l.kind === "warn").map((l) => l.text),
      ["status file /sbbs/data/dyndns-vert.synchro.net.json: not a status file of dyndns.js (ignored; this run replaces it)"]);
    assert.strictEqual(JSON.parse(r.files["/sbbs/data/dyndns-vert.synchro.net.json"]).last.outcome, "updated");
    const u = env(["s3cret"], { unreadable: true });
    assert.deepStrictEqual(u.cap.lines.filter((l) => l.kind === "warn").map((l) => l.text),
      ["status file /sbbs/data/dyndns-vert.synchro.net.json: could not be read (ignored; this run replaces it)"]);
  });
  it("a status file that cannot be written: a warning, the outcome stands", () => {
    const r = env(["s3cret"], { cannotWrite: true });
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(r.cap.lines.filter((l) => l.kind === "warn").map((l) => l.text),
      ["could not write the status file /sbbs/data/dyndns-vert.synchro.net.json (disk full)"]);
  });
  it("-status with a bad domain: one error line, exit 2, no DNS asked", () => {
    const r = env(["-status"], { modopts: { domain: "bad_domain" } });
    assert.strictEqual(r.code, 2);
    assert.deepStrictEqual(r.cap.lines.filter((l) => l.kind === "error").map((l) => l.text),
      ["modopts key domain (/sbbs/ctrl/modopts.ini [dyndns]) 'bad_domain': expected a host name, like synchro.net"]);
    assert.deepStrictEqual(r.calls.resolved, []);
  });
  it("-status of another domain names that file", () => {
    const r = env(["-status"], { modopts: { domain: "example.org" } });
    assert.strictEqual(r.cap.lines[1].text, "no run of dyndns.js recorded for VERT.example.org in /sbbs/data/dyndns-vert.example.org.json");
    assert.deepStrictEqual(r.calls.resolved, ["VERT.example.org"]);
  });
});

// The BBS's other names ([dyndns:<name>] sections, docs/names.md): the address the synchro.net
// update published is what an `address = service` name is given, the exit status is the worst of
// all, and a [dyndns] section without a password leaves the other names to run.
describe("run: the other names after the synchro.net name", () => {
  it("address = service gets the IPv4 address the update sent", () => {
    const r = env(["s3cret", "198.51.100.7"], { names: {} });
    assert.strictEqual(r.code, 0, r.text);
    assert.deepStrictEqual(r.myip, ["198.51.100.7"]);
  });

  it("without an IPv4 argument, the name's first IPv4 address after the update (an IPv6 one before it skipped)", () => {
    const r = env(["s3cret"], { dns: ["2001:db8::1", "203.0.113.9", "203.0.113.10"], names: {} });
    assert.strictEqual(r.code, 0, r.text);
    assert.deepStrictEqual(r.myip, ["203.0.113.9"]);
  });

  it("without an IPv4 argument and with no IPv4 address for the name: the service address is unknown, nothing sent for the name, exit 1", () => {
    const r = env(["s3cret"], { dns: ["2001:db8::1"], names: {} });
    assert.deepStrictEqual(r.requests, []);
    assert.strictEqual(r.code, 1, r.text);
  });

  it("a failed synchro.net update gives no service address, even with an IPv4 argument: the name is not sent; the exit is the worse", () => {
    const r = env(["s3cret", "198.51.100.7"], { hosts: { "dyndns.synchro.net": { refuse: true } }, names: {} });
    assert.deepStrictEqual(r.requests, []);
    assert.ok(r.code > 0, r.text);
  });

  it("the worst exit status of all: the synchro.net name fine, the other name refused (badauth) is 1", () => {
    const r = env(["s3cret", "198.51.100.7"], { names: { answer: "badauth\n" } });
    assert.deepStrictEqual(r.myip, ["198.51.100.7"]);
    assert.strictEqual(r.code, 1, r.text);
  });

  it("the worst exit status of all: the other name fine does not hide a bad synchro.net update", () => {
    const alone = env(["s3cret", "198.51.100.7"], { hosts: { "dyndns.synchro.net": { refuse: true } } }).code;
    const r = env(["s3cret", "198.51.100.7"], { hosts: { "dyndns.synchro.net": { refuse: true } }, names: { name: Object.assign({}, SERVICE_NAME, { address: "203.0.113.20" }) } });
    assert.ok(alone > 0);
    assert.deepStrictEqual(r.myip, ["203.0.113.20"]);
    assert.strictEqual(r.code, alone, r.text);
  });

  it("no password: the [dyndns] name is skipped with one line naming the QWK-ID, the other names run, exit 0", () => {
    const r = env([], { names: { name: Object.assign({}, SERVICE_NAME, { address: "203.0.113.20" }) } });
    assert.strictEqual(r.code, 0, r.text);
    assert.ok(r.text.includes("the VERT name of the [dyndns] section is not updated: no password is set; the [dyndns:<name>] sections run without it"), r.text);
    assert.deepStrictEqual(r.myip, ["203.0.113.20"]);
  });

  it("no password and no QWK-ID known: the line says QWK-ID", () => {
    const r = env([], { qwkId: "", names: { name: Object.assign({}, SERVICE_NAME, { address: "203.0.113.20" }) } });
    assert.ok(r.text.includes("the QWK-ID name of the [dyndns] section is not updated"), r.text);
  });

  it("no password and no other names: an error, exit 2, nothing sent", () => {
    const r = env([], { names: { sections: 0 } });
    assert.strictEqual(r.code, 2, r.text);
    assert.ok(!r.text.includes("is not updated: no password is set"), r.text);
  });

  it("another bad setting with other names: still an error, exit 2, the other names still run", () => {
    const r = env(["s3cret", "-hn", "bad_name!"], { names: { name: Object.assign({}, SERVICE_NAME, { address: "203.0.113.20" }) } });
    assert.ok(!r.text.includes("is not updated: no password is set"), r.text);
    assert.ok(/bad_name!/.test(r.text), r.text);
    assert.strictEqual(r.code, 2, r.text);
  });

  it("-status with a bad host name and other names: the error, exit 2 (not the no-password line)", () => {
    const r = env(["-status", "-hn", "bad_name!"], { names: { name: Object.assign({}, SERVICE_NAME, { address: "203.0.113.20" }) } });
    assert.ok(!r.text.includes("is not updated: no password is set"), r.text);
    assert.ok(/bad_name!/.test(r.text), r.text);
    assert.strictEqual(r.code, 2, r.text);
  });
});
