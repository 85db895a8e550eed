"use strict";
// The extra names' core at its edges: the exact words of every line, the bounds of every number,
// and each check on its own (what test/mutation/ plants in src/client/core/names/ must fail here).
const assert = require("assert");
const crypto = require("node:crypto");
const { checkNameSection, fingerprintOf, zoneOf } = require("../../../../src/client/core/names/nameSettings");
const { decide, nextNameStatus, parseNameStatus, serializeNameStatus } = require("../../../../src/client/core/names/nameStatus");
const { dyndns2, dyndns2Outcome } = require("../../../../src/client/core/names/dyndns2");
const { duckdns, duckdnsOutcome } = require("../../../../src/client/core/names/duckdns");
const { cloudflare, cloudflareFailure } = require("../../../../src/client/core/names/cloudflare");
const { rfc2136, dnsSettings } = require("../../../../src/client/core/names/rfc2136");
const { addressInPage } = require("../../../../src/client/core/names/address");
const { runNames } = require("../../../../src/client/core/names/runNames");
const { shownText } = require("../../../../src/client/core/names/provider");

const PATH = "/c/modopts.ini";
const entries = (o) => Object.entries(o).map(([key, value]) => ({ key, value }));
const section = (name, keys) => ({ section: "dyndns:" + name, entries: entries(keys), path: PATH });
const DYN = { protocol: "dyndns2", server: "https://dyn.example/nic/update", user: "sysop", password: "pw" };
const RFC = { protocol: "rfc2136", server: "ns.example", key: "k", secret: Buffer.from("0123456789abcdef").toString("base64") };
const ok = (name, keys) => { const c = checkNameSection(section(name, keys)); assert.ok(c.ok, JSON.stringify(c)); return c.settings; };
const bad = (name, keys) => { const c = checkNameSection(section(name, keys)); assert.strictEqual(c.ok, false, JSON.stringify(c)); return c.error; };
const resp = (status, body, headers = {}) => ({ status, statusText: "", headers, body });

describe("extra names at the edges: settings", () => {
  it("values are trimmed once; the bounds of timeout and refresh are inclusive", () => {
    const s = ok("b.example.com", { protocol: " DynDNS2 ", server: " https://d.example ", user: " me ", password: " pw ", timeout: " 2 ", refresh: "365", checkip: " http://c.example/ip " });
    assert.deepStrictEqual([s.protocol, s.values.server, s.values.user, s.values.password, s.timeout, s.refreshDays, s.checkip, s.secrets],
      ["dyndns2", "https://d.example", "me", "pw", 2, 365, "http://c.example/ip", ["pw"]]);
    assert.deepStrictEqual([ok("b.example.com", Object.assign({ timeout: "600", refresh: "1" }, DYN)).timeout, ok("b.example.com", Object.assign({ refresh: "1" }, DYN)).refreshDays], [600, 1]);
    assert.match(bad("b.example.com", Object.assign({}, DYN, { timeout: "+5" })), /timeout '\+5': expected whole seconds from 2 to 600/);
    assert.match(bad("b.example.com", Object.assign({}, DYN, { timeout: "5s" })), /timeout '5s'/);
    assert.match(bad("b.example.com", Object.assign({}, DYN, { timeout: "x5" })), /timeout 'x5'/);
    assert.deepStrictEqual(ok("b.example.com", Object.assign({ address: " 192.0.2.1 ,service " }, DYN)).address, [{ kind: "literal", address: "192.0.2.1" }, { kind: "service" }]);
  });

  it("the secrets of each protocol; a value equal to nothing is not one", () => {
    assert.deepStrictEqual(ok("m.duckdns.org", { protocol: "duckdns", token: "t-1" }).secrets, ["t-1"]);
    assert.deepStrictEqual(ok("b.example.com", { protocol: "cloudflare", token: "t_1" }).secrets, ["t_1"]);
    assert.deepStrictEqual(ok("a.b.example.com", RFC).secrets, [RFC.secret]);
    assert.strictEqual(bad("b.example.com", Object.assign({}, DYN, { password: "a\u0001" })), PATH + " [dyndns:b.example.com] password ********: expected no control characters; nothing is sent for b.example.com");
    assert.strictEqual(bad("b.example.com", { protocol: "duckdns", token: "t" }), PATH + " [dyndns:b.example.com] name 'b.example.com': expected a name under duckdns.org, like [dyndns:mybbs.duckdns.org]; nothing is sent for b.example.com");
    assert.ok(checkNameSection(section("x.duckdns.org", { protocol: "duckdns", token: "t", server: "https://d.example" })).ok);
    assert.match(bad("xduckdns.org.example", { protocol: "duckdns", token: "t" }), /name 'xduckdns\.org\.example'/);
    assert.match(bad("a.b.duckdns.org", { protocol: "duckdns", token: "t" }), /name 'a\.b\.duckdns\.org'/);
    assert.match(bad("x.duckdns.org", { protocol: "duckdns", token: "t", server: "nope" }), /server 'nope': expected an http:\/\/ or https:\/\/ URL, like https:\/\/www\.duckdns\.org/);
  });

  it("a name with an empty label or a bad byte is not a host name; a name in the section keeps its case in the message", () => {
    assert.strictEqual(bad("a..example.com", DYN), PATH + " [dyndns:a..example.com]: the name 'a..example.com' is not a host name (expected one of at least two labels, like [dyndns:bbs.example.com]); nothing is sent for it");
    assert.strictEqual(checkNameSection(section("Bad Name", DYN)).name, "Bad Name");
    assert.strictEqual(checkNameSection(section("B.Example.com", { protocol: "x" })).name, "b.example.com");
  });

  it("each protocol knows its own keys only; provider is refused for Cloudflare as for RFC 2136", () => {
    assert.match(bad("b.example.com", { protocol: "duckdns", token: "t", user: "u" }), /user: not a key of protocol duckdns \(expected protocol, address, checkip, timeout, refresh, server, token\)/);
    assert.match(bad("b.example.com", { protocol: "cloudflare", token: "t", address: "provider" }), /address 'provider': expected a comma list of service, checkip, interface or IPv4 addresses \(cloudflare needs an address: the provider finds none\)/);
    assert.deepStrictEqual(ok("m.duckdns.org", { protocol: "duckdns", token: "t", address: "provider" }).address, [{ kind: "provider" }]);
    assert.match(bad("m.duckdns.org", { protocol: "duckdns", token: "t", address: "nowhere" }), /expected a comma list of provider, service, checkip, interface or IPv4 addresses; nothing/);
    assert.strictEqual(ok("b.example.com", Object.assign({ address: "checkip", checkip: "http://c.example" }, DYN)).address[0].kind, "checkip");
  });

  it("Cloudflare: ttl 1, 60 and 86400 pass, 59 and 86401 do not; proxied words", () => {
    const cf = (more) => Object.assign({ protocol: "cloudflare", token: "t" }, more);
    for (const ttl of ["1", "60", "86400"]) ok("b.example.com", cf({ ttl }));
    for (const ttl of ["59", "86401", "0"]) assert.match(bad("b.example.com", cf({ ttl })), /ttl/);
    for (const proxied of ["TRUE", "off", "0"]) ok("b.example.com", cf({ proxied }));
    for (const proxied of ["xtrue", "truex"]) assert.match(bad("b.example.com", cf({ proxied })), /proxied/);
    assert.match(bad("b.example.com", cf({ token: "t", zone: "xample.com" })), /zone 'xample\.com'/);
    assert.match(bad("b.example.com", cf({ token: "t", zone: "." })), /zone '\.'/);
    assert.strictEqual(zoneOf(ok("b.example.com", cf({ zone: "Example.com" }))), "example.com");
  });

  it("RFC 2136: a zone needed above a two-label name, transport words, the TTL's bounds, the secret", () => {
    const r = (name, more) => Object.assign({}, RFC, more);
    assert.strictEqual(ok("example.com", r("", { zone: "com" })).name, "example.com");
    assert.match(bad("example.com", r("", {})), /zone: missing/);
    ok("a.example.com", r("", {}));
    for (const transport of ["TCP", "udp"]) ok("a.example.com", r("", { transport }));
    for (const transport of ["xtcp", "tcpx"]) assert.match(bad("a.example.com", r("", { transport })), /transport/);
    ok("a.example.com", r("", { ttl: "0" }));
    ok("a.example.com", r("", { ttl: "604800" }));
    ok("a.example.com", r("", { port: "65535" }));
    assert.match(bad("a.example.com", r("", { port: "65536" })), /port '65536'/);
    assert.match(bad("a.example.com", r("", { secret: "====" })), /secret \*+: expected a base64 secret/);
    assert.match(bad("a.example.com", r("", { key: "a".repeat(64) })), /key 'a{64}': expected a key name/);
  });

  it("the fingerprint is the first 8 bytes of SHA-256 over the sorted key=value lines, in hex", () => {
    const expect = (lines) => crypto.createHash("sha256").update(lines.sort().join("\n"), "latin1").digest("hex").slice(0, 16);
    for (const e of [{ a: "1", b: "2" }, { protocol: "dyndns2", Password: "x" }, { ab: "c" }, { a: "bc" }, { k: "v=1" }]) {
      assert.strictEqual(fingerprintOf(entries(e)), expect(Object.entries(e).map(([k, v]) => k.toLowerCase() + "=" + v)), JSON.stringify(e));
    }
    assert.notStrictEqual(fingerprintOf(entries({ ab: "c" })), fingerprintOf(entries({ a: "bc" })));
    assert.notStrictEqual(fingerprintOf(entries({ a: "1", b: "2" })), fingerprintOf(entries({ a: "1b=2" })));
    // 400 digests: some have a byte below 16 in their first 8, whose leading zero must be kept
    for (let i = 0; i < 400; i++) assert.strictEqual(fingerprintOf(entries({ k: String(i) })), expect(["k=" + i]));
  });
});

describe("extra names at the edges: status", () => {
  const run = (over = {}) => Object.assign({ time: 1000, duration_ms: 5, exit: 0, outcome: "updated", address: "192.0.2.1", answer: "good", message: "m" }, over);
  const base = () => nextNameStatus(null, "n", "dyndns2", "fp", run(), {});

  it("each field of a run and of a stop is checked", () => {
    const s = base();
    assert.strictEqual(serializeNameStatus(s), JSON.stringify(s, null, 2) + "\n");
    assert.strictEqual(s.format, "dyndns.js name status 1");
    for (const field of ["time", "exit", "outcome", "address", "answer", "message"]) {
      for (const where of ["last", "last_good", "last_failure"]) {
        const broken = JSON.parse(JSON.stringify(s));
        broken.last_failure = run();
        broken[where][field] = field === "time" || field === "exit" ? "1" : 1;
        assert.strictEqual(parseNameStatus(JSON.stringify(broken)).ok, false, where + "." + field);
      }
    }
    for (const stopped of [{ answer: "a" }, { fingerprint: "f" }, { answer: 1, fingerprint: "f" }, { answer: "a", fingerprint: 1 }, 5, "x"]) {
      assert.strictEqual(parseNameStatus(JSON.stringify(Object.assign({}, s, { stopped }))).ok, false, JSON.stringify(stopped));
    }
    assert.strictEqual(parseNameStatus(JSON.stringify(Object.assign({}, s, { stopped: { answer: "a", fingerprint: "f", time: 1 } }))).ok, true);
    assert.strictEqual(parseNameStatus("null").ok, false);
    assert.strictEqual(parseNameStatus(JSON.stringify(Object.assign({}, s, { last: null }))).ok, false);
    assert.strictEqual(parseNameStatus(JSON.stringify(Object.assign({}, s, { last_good: null, last_failure: null, not_before: 5 }))).ok, true);
  });

  it("unchanged needs a last good run with that very address and no failure since", () => {
    const when = (x) => String(x);
    const s = Object.assign(base(), { last_good: null });
    assert.deepStrictEqual(decide(s, "fp", "192.0.2.1", 1000000, 25, when), { send: true });
    const t = base();
    assert.strictEqual(decide(t, "fp", "192.0.2.1", 1000000, 25, when).send, false);
    assert.strictEqual(decide(Object.assign(base(), { last: run({ outcome: "failed", exit: 1 }) }), "fp", "192.0.2.1", 1000000, 25, when).send, true);
    assert.strictEqual(decide(Object.assign(base(), { not_before: null, stopped: { answer: "x", time: 1, fingerprint: "other" } }), "fp", "192.0.2.1", 1000000, 25, when).send, false);
  });

  it("a stop from other settings is not kept by a run that obeyed nothing; a wait only while obeyed", () => {
    const stopped = Object.assign(base(), { stopped: { answer: "badauth", time: 1, fingerprint: "fp" } });
    assert.strictEqual(nextNameStatus(stopped, "n", "dyndns2", "fp", run({ outcome: "skipped" }), {}).stopped, null);
    assert.strictEqual(nextNameStatus(stopped, "n", "dyndns2", "fp", run({ outcome: "stopped", exit: 1 }), {}).stopped.answer, "badauth");
    const waiting = Object.assign(base(), { not_before: 50 });
    assert.strictEqual(nextNameStatus(waiting, "n", "dyndns2", "fp2", run({ outcome: "waiting", exit: 1 }), {}).not_before, null);
    assert.strictEqual(nextNameStatus(waiting, "n", "dyndns2", "fp", run({ outcome: "skipped" }), {}).not_before, null);
    assert.strictEqual(nextNameStatus(waiting, "n", "dyndns2", "fp", run({ outcome: "waiting", exit: 1 }), { waitUntil: 70 }).last_failure.outcome, "waiting");
    assert.strictEqual(nextNameStatus(base(), "n", "dyndns2", "fp", run({ outcome: "waiting", exit: 1 }), {}).last_failure, null);
  });
});

describe("extra names at the edges: answers", () => {
  it("dyndns2: words split on any run of spaces; the address of the answer, else the one sent", () => {
    assert.strictEqual(dyndns2Outcome(resp(200, "good  192.0.2.9"), "192.0.2.1").address, "192.0.2.9");
    assert.strictEqual(dyndns2Outcome(resp(200, "good"), "192.0.2.1").address, "192.0.2.1");
    assert.strictEqual(dyndns2Outcome(resp(200, "  nochg 192.0.2.3 \r\n"), null).message, "already 192.0.2.3: answered nochg 192.0.2.3 (HTTP 200)");
    assert.strictEqual(dyndns2Outcome(resp(200, "911"), null).message, "answered 911 (HTTP 200); nothing is sent for 30 minutes");
    assert.strictEqual(dyndns2Outcome(resp(401, "nohost"), null).answer, "nohost");
    assert.strictEqual(dyndns2Outcome(resp(401, "badauth"), null).answer, "badauth");
    assert.strictEqual(dyndns2Outcome(resp(401, "?"), null).answer, "badauth");
    assert.strictEqual(dyndns2Outcome(resp(499, "x"), null).outcome, "failed");
    assert.strictEqual(dyndns2Outcome(resp(500, ""), null).answer, "HTTP 500");
    const s = ok("b.example.com", DYN);
    assert.deepStrictEqual(dyndns2.describe(s, "192.0.2.1"), ["GET https://dyn.example/nic/update?hostname=b.example.com&myip=192.0.2.1   (basic auth: user sysop, password ********)"]);
  });

  it("DuckDNS: lines trimmed, OK alone, OK with three lines, KO only with 200, anything else fails", () => {
    assert.deepStrictEqual(duckdnsOutcome(resp(200, "OK \r\n 192.0.2.4 \r\n\r\n UPDATED \r\n"), null),
      { outcome: "updated", exit: 0, address: "192.0.2.4", answer: "OK UPDATED", message: "updated to 192.0.2.4: answered OK (HTTP 200)" });
    assert.deepStrictEqual(duckdnsOutcome(resp(200, "OK\n192.0.2.4\n"), null).answer, "OK");
    assert.strictEqual(duckdnsOutcome(resp(200, "OK\n\n\nNOCHANGE"), "192.0.2.7").message, "already 192.0.2.7: answered OK (HTTP 200) NOCHANGE");
    assert.deepStrictEqual(duckdnsOutcome(resp(500, "KO"), null), { outcome: "failed", exit: 1, address: "", answer: "HTTP 500", message: "answered KO (HTTP 500): not a DuckDNS answer" });
    assert.strictEqual(duckdnsOutcome(resp(200, " KO \n"), null).outcome, "stopped");
    assert.deepStrictEqual(duckdnsOutcome(resp(200, ""), null), { outcome: "failed", exit: 1, address: "", answer: "HTTP 200", message: "answered nothing (HTTP 200): not a DuckDNS answer" });
    const s = ok("m.duckdns.org", { protocol: "duckdns", token: "t", server: "http://d.example/" });
    assert.deepStrictEqual(duckdns.describe(s, "192.0.2.1"), ["GET http://d.example/?domains=m&token=********&ip=192.0.2.1&verbose=true"]);
    assert.deepStrictEqual(duckdns.update({ settings: s, address: null, untilMs: 1, lastPublished: null }, { userAgent: "U", http: () => ({ ok: false, reason: "gone" }) }),
      { outcome: "failed", exit: 1, address: "", answer: "no answer", message: "gone" });
  });

  it("Cloudflare: what counts as an envelope; the messages of each failure; a 3xx is a failure", () => {
    const env = (o, status = 200) => resp(status, JSON.stringify(o));
    const f = (r) => cloudflareFailure(r, "w");
    assert.strictEqual(f(env({ success: false, errors: [] }, 400)).message, "w: HTTP 400");
    assert.strictEqual(f(env({ success: false, errors: [] }, 400)).outcome, "failed");
    assert.strictEqual(f(env({ success: false, errors: {} }, 400)).message, "w: HTTP 400 {\"success\":false,\"errors\":{}}");
    assert.strictEqual(f(env({ success: "no", errors: [] }, 400)).message, "w: HTTP 400 {\"success\":\"no\",\"errors\":[]}");
    assert.strictEqual(f(resp(400, "null")).message, "w: HTTP 400 null");
    assert.strictEqual(f(resp(400, "7")).message, "w: HTTP 400 7");
    assert.deepStrictEqual(f(env({ success: false, errors: [{ code: 6003, message: "m" }] }, 400)).answer, "HTTP 400 6003");
    assert.strictEqual(f(env({ success: false, errors: [{ code: 6003, message: "m" }] }, 401)).outcome, "stopped");
    assert.strictEqual(f(env({ success: false, errors: [{ code: 1, message: "m" }] }, 400)).outcome, "failed");
    for (const [header, wait] of [["30", 30000], ["abc", 60000], ["1234567", 60000], ["x30", 60000], ["30x", 60000]]) {
      assert.strictEqual(f(resp(429, "{}", { "retry-after": header })).waitMs, wait, header);
    }
    assert.strictEqual(f(resp(429, "{}", { "retry-after": "30" })).message, "w: HTTP 429 {}; nothing is sent for 30 s");
    const s = ok("b.example.com", { protocol: "cloudflare", token: "t", server: "https://cf.example/v4//" });
    const tools = (answers) => ({ userAgent: "U", sent: [], http(r) { this.sent.push(r); return { ok: true, response: answers.shift() }; } });
    let t = tools([env({ success: true, errors: [], result: [{ id: "z" }] }, 304)]);
    assert.strictEqual(cloudflare.update({ settings: s, address: "192.0.2.1", untilMs: 1, lastPublished: null }, t).message, "looking up the zone example.com: HTTP 304");
    assert.strictEqual(t.sent[0].url, "https://cf.example/v4/zones?name=example.com");
    t = tools([env({ success: true, errors: [], result: [{ id: 5 }] })]);
    assert.strictEqual(cloudflare.update({ settings: s, address: "192.0.2.1", untilMs: 1, lastPublished: null }, t).answer, "no zone");
    t = tools([env({ success: true, errors: [], result: {} })]);
    assert.strictEqual(cloudflare.update({ settings: s, address: "192.0.2.1", untilMs: 1, lastPublished: null }, t).answer, "no zone");
    t = tools([env({ success: true, errors: [], result: [{ id: "z" }] }), env({ success: true, errors: [], result: {} }), env({ success: true, errors: [], result: {} })]);
    const made = cloudflare.update({ settings: s, address: "192.0.2.1", untilMs: 1, lastPublished: null }, t);
    assert.deepStrictEqual([made.answer, made.message, t.sent[2].body], ["created", "created the A record 192.0.2.1 at Cloudflare", '{"type":"A","name":"b.example.com","content":"192.0.2.1","ttl":1,"proxied":false}']);
    t = tools([env({ success: true, errors: [], result: [{ id: "z" }] }), env({ success: true, errors: [], result: [{ id: "r", content: "x" }] }), env({ success: true, errors: [], result: {} })]);
    const changed = cloudflare.update({ settings: s, address: "192.0.2.1", untilMs: 1, lastPublished: null }, t);
    assert.deepStrictEqual([changed.answer, t.sent[2].body, t.sent[1].url], ["changed", '{"content":"192.0.2.1"}', "https://cf.example/v4/zones/z/dns_records?type=A&name=b.example.com"]);
    assert.strictEqual(t.sent[2].url, "https://cf.example/v4/zones/z/dns_records/r");
    t = tools([env({ success: true, errors: [], result: [{ id: "z" }] }), env({ success: true, errors: [], result: [{ id: "a" }, { id: "b" }, { id: "c" }] })]);
    assert.strictEqual(cloudflare.update({ settings: s, address: "192.0.2.1", untilMs: 1, lastPublished: null }, t).message, "b.example.com has 3 A records at Cloudflare; the module keeps one, so it changes none of them");
    assert.deepStrictEqual(cloudflare.describe(s, "192.0.2.1"), [
      "GET https://cf.example/v4/zones?name=example.com   (Authorization: Bearer ********)",
      "GET https://cf.example/v4/zones/<zone id>/dns_records?type=A&name=b.example.com",
      'PATCH https://cf.example/v4/zones/<zone id>/dns_records/<record id> {"content":"192.0.2.1"} (when the A record is there and differs)',
      'POST https://cf.example/v4/zones/<zone id>/dns_records {"type":"A","name":"b.example.com","content":"192.0.2.1","ttl":1,"proxied":false} (when there is none)']);
  });

  it("RFC 2136: the exchange's time is what is left of the name's; two records or another one are another writer's", () => {
    const s = ok("h.bbs.test", Object.assign({ zone: "bbs.test" }, RFC));
    assert.strictEqual(dnsSettings(s, 5000, 1000).timeoutSeconds, 4);
    assert.strictEqual(dnsSettings(s, 1000, 5000).timeoutSeconds, 0.001);
    assert.deepStrictEqual([dnsSettings(s, 2, 1).port, dnsSettings(s, 2, 1).transport, dnsSettings(s, 2, 1).server], [53, "tcp", "ns.example"]);
    let now = 1000;
    const calls = [];
    const A = (rdata) => ({ name: "h.bbs.test", type: "A", ttl: 300, rdata });
    const tools = (read, out = { ok: true }) => ({ now: () => now, currentRecords: (d) => { calls.push(d.timeoutSeconds); now += 500; return read; }, publish: (d) => { calls.push(d.timeoutSeconds); return out; } });
    assert.strictEqual(rfc2136.update({ settings: s, address: "192.0.2.5", untilMs: 3000, lastPublished: null }, tools({ ok: true, rrsets: [] })).outcome, "updated");
    assert.deepStrictEqual(calls, [2, 1.5]);
    const two = rfc2136.update({ settings: s, address: "192.0.2.5", untilMs: 9000, lastPublished: "192.0.2.1" }, tools({ ok: true, rrsets: [A(["192.0.2.1", "192.0.2.2"])] }));
    assert.strictEqual(two.message, "h.bbs.test A is 192.0.2.1, 192.0.2.2, not 192.0.2.1 as this module published it: another tool keeps it, so it is not overwritten; not sent again until the settings of the section change");
    assert.strictEqual(rfc2136.update({ settings: s, address: "192.0.2.5", untilMs: 9000, lastPublished: "192.0.2.1" }, tools({ ok: true, rrsets: [A(["192.0.2.1"])] })).outcome, "updated");
    const servfail = rfc2136.update({ settings: s, address: "192.0.2.5", untilMs: 9000, lastPublished: null }, tools({ ok: false, reason: "SERVFAIL: NOTAUTH said elsewhere" }));
    assert.deepStrictEqual([servfail.outcome, servfail.stop], ["failed", undefined]);
    const ttl = ok("h.bbs.test", Object.assign({ zone: "bbs.test", ttl: "0" }, RFC));
    assert.deepStrictEqual(rfc2136.describe(ttl, "192.0.2.1")[1], "UPDATE h.bbs.test A 192.0.2.1 TTL 0, on the prerequisite that the A set is still as read");
  });

  it("a checkip page and server text at their edges", () => {
    assert.strictEqual(addressInPage("Current IP Address: 192.0.2.8"), "192.0.2.8");
    assert.strictEqual(addressInPage("x Current IP Address: 192.0.2.8<br>"), "192.0.2.8");
    assert.strictEqual(addressInPage("\t192.0.2.8 \n"), "192.0.2.8");
    assert.strictEqual(shownText("a\rb \r"), "a\\rb");
    assert.strictEqual(shownText("x".repeat(120)), "x".repeat(120));
    assert.strictEqual(shownText("\n\nsecond"), "second");
  });
});

/** A fake of every port of the runner: files in memory, a clock that moves only when told. */
function fakeEnv(over = {}) {
  const lines = [];
  const files = {};
  let t = 1700000000000;
  const out = {};
  for (const level of ["print", "info", "debug", "warn", "error"]) out[level] = (x) => lines.push(level + " " + x);
  return Object.assign({
    lines, files, out, dataDir: "/d/", userAgent: "UA", now: () => t, tick: (ms) => { t += ms; },
    readFile: (p) => (p in files ? (files[p] === null ? { kind: "unreadable" } : { kind: "text", text: files[p] }) : { kind: "missing" }),
    writeWhole: (p, x) => { files[p] = x; return null; }, resolveAll: () => null, offsetMinutes: () => 0,
    serviceAddress: () => null, interfaceAddress: () => null,
    http: () => ({ ok: true, response: resp(200, "good 192.0.2.5") }), currentRecords: () => ({ ok: true, rrsets: [] }), publish: () => ({ ok: true }),
  }, over);
}

describe("extra names at the edges: the runner", () => {
  const dyn = (more = {}) => section("b.example.com", Object.assign({}, DYN, more));

  it("every line of an update, the request's deadline, the status it writes (durations by the clock)", () => {
    let e;
    const asked = [];
    e = fakeEnv({ http: (r, until) => { asked.push(until); e.tick(1500); return { ok: true, response: resp(200, "good 192.0.2.5") }; } });
    assert.strictEqual(runNames([dyn({ address: "service, 192.0.2.5", timeout: "7" })], "update", e), 0);
    assert.deepStrictEqual(e.lines, [
      "info b.example.com: address from service: the synchro.net name was not updated in this run",
      "info b.example.com: address 192.0.2.5 (from address)",
      "info b.example.com: sending through dyndns2",
      "print b.example.com: updated to 192.0.2.5: answered good 192.0.2.5 (HTTP 200)"]);
    assert.deepStrictEqual(asked, [1700000007000]);
    const st = JSON.parse(e.files["/d/dyndns-b.example.com.json"]);
    assert.deepStrictEqual(st.last, { time: 1700000000, duration_ms: 1500, exit: 0, outcome: "updated", address: "192.0.2.5", answer: "good 192.0.2.5", message: "updated to 192.0.2.5: answered good 192.0.2.5 (HTTP 200)" });
    e.tick(58500);
    assert.strictEqual(runNames([dyn({ address: "service, 192.0.2.5", timeout: "7" })], "update", e), 0);
    const kept = JSON.parse(e.files["/d/dyndns-b.example.com.json"]);
    assert.deepStrictEqual(kept.last, { time: 1700000060, duration_ms: 0, exit: 0, outcome: "skipped", address: "192.0.2.5", answer: "good 192.0.2.5",
      message: "unchanged: 192.0.2.5 was published 1 minute ago (2023-11-14 22:13); sent again when it changes or after 25 days" });
    assert.strictEqual(kept.last_good.outcome, "updated");
  });

  it("the provider's address: left to it, said so; nochg counted only then; an answer without an address keeps the one sent", () => {
    const e = fakeEnv({ http: () => ({ ok: true, response: resp(200, "nochg") }) });
    runNames([dyn({ address: "provider" })], "update", e);
    assert.ok(e.lines.includes("info b.example.com: address left to the provider"), e.lines.join("\n"));
    assert.strictEqual(JSON.parse(e.files["/d/dyndns-b.example.com.json"]).nochg_in_a_row, 1);
    const f = fakeEnv({ http: () => ({ ok: true, response: resp(200, "nochg") }) });
    runNames([dyn({ address: "192.0.2.6" })], "update", f);
    const st = JSON.parse(f.files["/d/dyndns-b.example.com.json"]);
    assert.deepStrictEqual([st.nochg_in_a_row, st.last.address], [0, "192.0.2.6"]);
  });

  it("a status file that cannot be read, one that cannot be written, a decision's status that cannot be written", () => {
    const e = fakeEnv();
    e.files["/d/dyndns-b.example.com.json"] = null;
    e.writeWhole = () => "read-only";
    assert.strictEqual(runNames([dyn({ address: "192.0.2.5" })], "update", e), 0);
    assert.deepStrictEqual(e.lines.filter((l) => l.startsWith("warn")), [
      "warn b.example.com: status file /d/dyndns-b.example.com.json: could not be read (ignored)",
      "warn b.example.com: could not write the status file /d/dyndns-b.example.com.json (read-only)"]);
    const f = fakeEnv();
    runNames([dyn({ address: "192.0.2.5" })], "update", f);
    f.writeWhole = () => "full";
    f.lines.length = 0;
    runNames([dyn({ address: "192.0.2.5" })], "update", f);
    assert.ok(f.lines.includes("warn b.example.com: could not write the status file /d/dyndns-b.example.com.json (full)"), f.lines.join("\n"));
    const g = fakeEnv();
    e.files = g.files;
    runNames([dyn({ address: "192.0.2.5" })], "update", g);
    assert.ok(!g.lines.some((l) => l.startsWith("warn")));
  });

  it("the interface address is asked toward the server's host; no address at all fails with the whole list", () => {
    const toward = [];
    const e = fakeEnv({ interfaceAddress: (h) => { toward.push(h); return null; } });
    runNames([section("h.bbs.test", Object.assign({ zone: "bbs.test", address: "interface" }, RFC))], "update", e);
    runNames([section("c.example.com", { protocol: "cloudflare", token: "t", address: "interface" })], "update", e);
    runNames([section("d.example.com", { protocol: "cloudflare", token: "t", address: "interface", server: "https://cf.example:8443/v4" })], "update", e);
    runNames([section("m.duckdns.org", { protocol: "duckdns", token: "t", address: "interface" })], "update", e);
    assert.deepStrictEqual(toward, ["ns.example", "api.cloudflare.com", "cf.example", "www.duckdns.org"]);
    assert.ok(e.lines.includes("error h.bbs.test: no address to publish: interface: no IPv4 address toward ns.example"), e.lines.join("\n"));
    const st = JSON.parse(e.files["/d/dyndns-h.bbs.test.json"]);
    assert.deepStrictEqual([st.last.outcome, st.last.answer, st.last.address], ["failed", "no address", ""]);
  });

  it("the worst exit status: 2 after 1, 1 after 0, 0 alone", () => {
    const e = fakeEnv({ http: () => ({ ok: true, response: resp(200, "badauth") }) });
    assert.strictEqual(runNames([dyn({ address: "192.0.2.1" }), section("x.example.com", {})], "update", e), 2);
    const f = fakeEnv({ http: () => ({ ok: true, response: resp(200, "badauth") }) });
    assert.strictEqual(runNames([section("x.example.com", {}), dyn({ address: "192.0.2.1" })], "update", f), 2);
    const g = fakeEnv();
    assert.strictEqual(runNames([dyn({ address: "192.0.2.1" }), section("y.example.com", Object.assign({}, DYN, { address: "192.0.2.1", password: "p2" }))], "update", g), 0);
  });

  it("-n and -status at their edges: no checkip, a wait over, a run of 1.25 s, a name with several addresses", () => {
    const e = fakeEnv({ resolveAll: () => ["192.0.2.1", "2001:db8::1"] });
    runNames([dyn({ address: "192.0.2.1" })], "dry", e);
    assert.strictEqual(e.lines[1], "print   address  192.0.2.1   (address; the first that gives an IPv4 address)");
    assert.strictEqual(e.lines[4], "print   request  GET https://dyn.example/nic/update?hostname=b.example.com&myip=192.0.2.1   (basic auth: user sysop, password ********)");
    e.http = () => { e.tick(1250); return { ok: true, response: resp(200, "911") }; };
    runNames([dyn({ address: "192.0.2.1" })], "update", e);
    e.tick(1800000 - 1250);
    e.lines.length = 0;
    runNames([dyn({ address: "192.0.2.1" })], "status", e);
    assert.deepStrictEqual(e.lines, [
      "print status of b.example.com (dyndns2, /d/dyndns-b.example.com.json)",
      "print   last update: none recorded",
      "print   last failure 30 minutes ago (2023-11-14 22:13): answered 911 (HTTP 200); nothing is sent for 30 minutes",
      "print   last run 30 minutes ago (2023-11-14 22:13): exit status 1 after 1.3 s: answered 911 (HTTP 200); nothing is sent for 30 minutes",
      "print   waiting: nothing is sent before 2023-11-14 22:43",
      "print DNS now: b.example.com resolves to 192.0.2.1, 2001:db8::1"]);
    e.tick(2000);
    e.lines.length = 0;
    runNames([dyn({ address: "192.0.2.1" })], "status", e);
    assert.ok(!e.lines.some((l) => l.includes("waiting")), e.lines.join("\n"));
    e.resolveAll = () => [];
    e.lines.length = 0;
    runNames([dyn({ address: "192.0.2.1" })], "status", e);
    assert.strictEqual(e.lines[e.lines.length - 1], "print DNS now: b.example.com does not resolve");
  });

  it("-status of a good run to the provider's address, and of a stop", () => {
    const e = fakeEnv({ http: () => ({ ok: true, response: resp(200, "good") }) });
    runNames([dyn({ address: "provider" })], "update", e);
    e.lines.length = 0;
    runNames([dyn({ address: "provider" })], "status", e);
    assert.strictEqual(e.lines[1], "print   last update just now (2023-11-14 22:13): the address the request came from (good)");
    assert.strictEqual(e.lines[2], "print   last failure: none recorded");
  });
});

describe("extra names at the edges: what mutation testing asked for", () => {
  const env = (o, status = 200) => resp(status, JSON.stringify(o));
  it("Cloudflare: the fields of each failure; a 300 is one; a failed second or third call says which", () => {
    assert.deepStrictEqual(cloudflareFailure(resp(429, "{}"), "w"), { outcome: "waiting", exit: 1, address: "", answer: "HTTP 429", message: "w: HTTP 429 {}; nothing is sent for 60 s", waitMs: 60000 });
    assert.deepStrictEqual(cloudflareFailure(env({ success: false, errors: [{ code: 9109, message: "m" }] }, 403), "w"),
      { outcome: "stopped", exit: 1, address: "", answer: "HTTP 403 9109", message: "w: HTTP 403 9109 m (the token may not do this); not sent again until the settings of the section change", stop: true });
    assert.strictEqual(cloudflareFailure(env({ success: false, errors: [{ code: 6003, message: "m" }] }, 500), "w").outcome, "failed");
    const s = ok("b.example.com", { protocol: "cloudflare", token: "t" });
    const tools = (answers) => ({ userAgent: "U", http: () => ({ ok: true, response: answers.shift() }) });
    const zone = env({ success: true, errors: [], result: [{ id: "z" }] });
    const job = { settings: s, address: "192.0.2.1", untilMs: 1, lastPublished: null };
    assert.strictEqual(cloudflare.update(job, tools([env({ success: true, errors: [], result: [] }, 300)])).outcome, "failed");
    assert.strictEqual(cloudflare.update(job, tools([zone, env({ success: false, errors: [{ code: 1, message: "x" }] }, 400)])).message, "reading the A records of b.example.com: HTTP 400 1 x");
    assert.strictEqual(cloudflare.update(job, tools([env({ success: true, errors: [], result: [{ id: "z" }] }), env({ success: true, errors: [], result: [{ id: "r", content: "x" }] }),
      env({ success: false, errors: [{ code: 2, message: "y" }] }, 400)])).message, "changing the A record: HTTP 400 2 y");
    assert.deepStrictEqual(cloudflare.update(job, tools([env({ success: true, errors: [], result: [{ id: "z" }] }), env({ success: true, errors: [], result: [{ id: "a" }, { id: "b" }] })])),
      { outcome: "failed", exit: 1, address: "", answer: "several A records", message: "b.example.com has 2 A records at Cloudflare; the module keeps one, so it changes none of them" });
  });

  it("dyndns2 and RFC 2136: the fields of a wait and of a stop", () => {
    assert.deepStrictEqual(dyndns2Outcome(resp(200, "dnserr"), "192.0.2.1"),
      { outcome: "waiting", exit: 1, address: "", answer: "dnserr", message: "answered dnserr (HTTP 200); nothing is sent for 30 minutes", waitMs: 1800000 });
    const s = ok("h.bbs.test", Object.assign({ zone: "bbs.test", transport: "tcp" }, RFC));
    assert.strictEqual(dnsSettings(s, 2, 1).transport, "tcp");
    const A = { name: "h.bbs.test", type: "A", ttl: 300, rdata: ["192.0.2.9"] };
    const r = rfc2136.update({ settings: s, address: "192.0.2.5", untilMs: 9, lastPublished: "192.0.2.1" }, { now: () => 0, currentRecords: () => ({ ok: true, rrsets: [A] }), publish: () => ({ ok: true }) });
    assert.deepStrictEqual([r.outcome, r.exit, r.address, r.answer], ["stopped", 1, "", "another writer"]);
    assert.match(bad("x.duckdns.org.example", { protocol: "duckdns", token: "t" }), /name 'x\.duckdns\.org\.example'/);
  });

  const runner = (over = {}) => fakeEnv(Object.assign({ http: () => ({ ok: true, response: resp(200, "badauth") }) }, over));

  it("a failed run keeps the address it sent; a skipped run's duration is the clock's; the nochg warning in full", () => {
    const e = runner();
    runNames([section("b.example.com", Object.assign({ address: "192.0.2.1" }, DYN))], "update", e);
    assert.strictEqual(JSON.parse(e.files["/d/dyndns-b.example.com.json"]).last.address, "192.0.2.1");
    const f = runner({ http: () => ({ ok: true, response: resp(200, "good 192.0.2.1") }) });
    runNames([section("b.example.com", Object.assign({ address: "192.0.2.1" }, DYN))], "update", f);
    const read = f.readFile;
    f.readFile = (p) => { f.tick(300); return read(p); };
    runNames([section("b.example.com", Object.assign({ address: "192.0.2.1" }, DYN))], "update", f);
    assert.strictEqual(JSON.parse(f.files["/d/dyndns-b.example.com.json"]).last.duration_ms, 300);
    const g = runner({ http: () => ({ ok: true, response: resp(200, "nochg") }) });
    runNames([section("b.example.com", Object.assign({ address: "provider" }, DYN))], "update", g);
    runNames([section("b.example.com", Object.assign({ address: "provider" }, DYN))], "update", g);
    assert.ok(g.lines.includes("warn b.example.com: the provider answered \"no change\" 2 runs in a row for the address it found itself; providers take repeated"
      + " no-change updates for abuse: set address to service or checkip, so that the module sends only when the address changes"), g.lines.join("\n"));
  });

  it("RFC 2136 in the runner: what this section published last guards the set; a changed section takes it over", () => {
    let address = "192.0.2.1";
    let current = [];
    const published = [];
    const e = runner({
      interfaceAddress: () => address,
      currentRecords: () => ({ ok: true, rrsets: current }),
      publish: (d, plan) => { published.push(plan.changes[0].rrset.rdata[0]); return { ok: true }; },
    });
    const sec = (more = {}) => section("h.bbs.test", Object.assign({ zone: "bbs.test", address: "interface" }, RFC, more));
    runNames([sec()], "update", e);
    current = [{ name: "h.bbs.test", type: "A", ttl: 300, rdata: ["192.0.2.50"] }];
    address = "192.0.2.2";
    assert.strictEqual(runNames([sec()], "update", e), 1);
    assert.deepStrictEqual(published, ["192.0.2.1"]);
    assert.strictEqual(runNames([sec({ ttl: "600" })], "update", e), 0);
    assert.deepStrictEqual(published, ["192.0.2.1", "192.0.2.2"]);
  });
});
