"use strict";
// The extra names' core (src/client/core/names/), in Node: settings, the rules kept between runs,
// each protocol's answers, the address sources, and the runner with every port faked.
const assert = require("assert");
const { checkNameSection, fingerprintOf, zoneOf } = require("../../../../src/client/core/names/nameSettings");
const { decide, nextNameStatus, parseNameStatus, serializeNameStatus, NAME_STATUS_FORMAT } = require("../../../../src/client/core/names/nameStatus");
const { dyndns2, dyndns2Outcome, dyndns2Request, STOP_ANSWERS } = require("../../../../src/client/core/names/dyndns2");
const { duckdns, duckdnsOutcome } = require("../../../../src/client/core/names/duckdns");
const { cloudflare, cloudflareFailure } = require("../../../../src/client/core/names/cloudflare");
const { rfc2136 } = require("../../../../src/client/core/names/rfc2136");
const { addressInPage, findAddress } = require("../../../../src/client/core/names/address");
const { runNames } = require("../../../../src/client/core/names/runNames");
const { shownText, withPath, joinQuery } = require("../../../../src/client/core/names/provider");

const PATH = "/sbbs/ctrl/modopts.ini";
const entries = (o) => Object.entries(o).map(([key, value]) => ({ key, value }));
const section = (name, keys) => ({ section: "dyndns:" + name, entries: entries(keys), path: PATH });
const DYN = { protocol: "dyndns2", server: "https://dyn.example/nic/update", user: "sysop", password: "pw:secret" };
const SECRET64 = Buffer.from("0123456789abcdef").toString("base64");
const RFC = { protocol: "rfc2136", server: "127.0.0.1", key: "bbs-key", secret: SECRET64 };
const checked = (name, keys) => {
  const c = checkNameSection(section(name, keys));
  assert.ok(c.ok, JSON.stringify(c));
  return c.settings;
};
const error = (name, keys) => {
  const c = checkNameSection(section(name, keys));
  assert.strictEqual(c.ok, false, JSON.stringify(c));
  return c.error;
};
const resp = (status, body, headers = {}) => ({ status, statusText: "", headers, body });

describe("extra names: settings of a [dyndns:<name>] section", () => {
  it("a good dyndns2 section: name lower case, default address sources, timeout and refresh, the secrets listed", () => {
    const s = checked("BBS.Example.com.", DYN);
    assert.deepStrictEqual([s.name, s.protocol, s.addressText, s.addressOrigin, s.timeout, s.refreshDays, s.secrets, s.checkip],
      ["bbs.example.com", "dyndns2", "service, provider", "default for dyndns2", 30, 25, ["pw:secret"], ""]);
    assert.deepStrictEqual(s.address, [{ kind: "service" }, { kind: "provider" }]);
    assert.deepStrictEqual(checked("a.example.com", Object.assign({ address: "203.0.113.1, interface" }, RFC, { zone: "example.com" })).address,
      [{ kind: "literal", address: "203.0.113.1" }, { kind: "interface" }]);
  });

  it("each bad setting is one line: the file, the section, the key, the value (a secret masked), what was expected", () => {
    const at = PATH + " [dyndns:bbs.example.com] ";
    const end = "; nothing is sent for bbs.example.com";
    const cases = [
      [{}, at + "protocol: missing (expected dyndns2, duckdns, cloudflare, rfc2136)" + end],
      [{ protocol: "smoke" }, at + "protocol 'smoke': expected dyndns2, duckdns, cloudflare, rfc2136" + end],
      [Object.assign({ tokn: "x" }, DYN), at + "tokn: not a key of protocol dyndns2 (expected protocol, address, checkip, timeout, refresh, server, user, password)" + end],
      [Object.assign({}, DYN, { user: "a\u0001b" }), at + "user 'a\\x01b': expected no control characters" + end],
      [Object.assign({}, DYN, { address: "provider, nowhere" }), at + "address 'provider, nowhere': expected a comma list of provider, service, checkip, interface or IPv4 addresses" + end],
      [Object.assign({}, RFC, { zone: "example.com", address: "provider" }), at + "address 'provider': expected a comma list of service, checkip, interface or IPv4 addresses (rfc2136 needs an address: the provider finds none)" + end],
      [Object.assign({}, DYN, { address: "checkip" }), at + "address 'checkip': expected checkip only with a checkip URL set" + end],
      [Object.assign({}, DYN, { checkip: "ftp://x" }), at + "checkip 'ftp://x': expected an http:// or https:// URL, like https://hub.example.net/nic/checkip" + end],
      [Object.assign({}, DYN, { timeout: "1" }), at + "timeout '1': expected whole seconds from 2 to 600" + end],
      [Object.assign({}, DYN, { timeout: "601" }), at + "timeout '601': expected whole seconds from 2 to 600" + end],
      [Object.assign({}, DYN, { refresh: "0" }), at + "refresh '0': expected whole days from 1 to 365" + end],
      [Object.assign({}, DYN, { refresh: "366" }), at + "refresh '366': expected whole days from 1 to 365" + end],
      [{ protocol: "dyndns2" }, at + "server: missing (expected the provider's update URL, like https://dynupdate.no-ip.com/nic/update)" + end],
      [{ protocol: "dyndns2", server: "dyn.example" }, at + "server 'dyn.example': expected an http:// or https:// URL, like https://dynupdate.no-ip.com/nic/update" + end],
      [{ protocol: "dyndns2", server: "https://d.example" }, at + "user: missing (expected the account's user name)" + end],
      [{ protocol: "dyndns2", server: "https://d.example", user: "u" }, at + "password: missing (expected the account's password (or the host's update key))" + end],
      [{ protocol: "cloudflare" }, at + "token: missing (expected an API token that may edit the zone's DNS)" + end],
      [{ protocol: "cloudflare", token: "t k" }, at + "token ********: expected an API token (letters, digits, _ and -)" + end],
      [{ protocol: "cloudflare", token: "tk", server: "nope" }, at + "server 'nope': expected an http:// or https:// URL, like https://api.cloudflare.com/client/v4" + end],
      [{ protocol: "cloudflare", token: "tk", zone: "other.com" }, at + "zone 'other.com': expected the zone bbs.example.com is in, like example.com" + end],
      [{ protocol: "cloudflare", token: "tk", ttl: "30" }, at + "ttl '30': expected 1 (automatic) or whole seconds from 60 to 86400" + end],
      [{ protocol: "cloudflare", token: "tk", proxied: "maybe" }, at + "proxied 'maybe': expected true or false" + end],
      [{ protocol: "duckdns" }, at + "token: missing (expected the DuckDNS token of the account)" + end],
      [{ protocol: "duckdns", token: "a_b" }, at + "token ********: expected the token DuckDNS shows (letters, digits and hyphens)" + end],
      [{ protocol: "duckdns", token: "ab-1" }, at + "name 'bbs.example.com': expected a name under duckdns.org, like [dyndns:mybbs.duckdns.org]" + end],
      [{ protocol: "rfc2136" }, at + "server: missing (expected the address or host name of the zone's primary DNS server)" + end],
      [{ protocol: "rfc2136", server: "ns" }, at + "key: missing (expected the name of the TSIG key the server knows)" + end],
      [{ protocol: "rfc2136", server: "ns", key: "k" }, at + "secret: missing (expected the TSIG key's secret, in base64 (hmac-sha256))" + end],
      [Object.assign({}, RFC, { key: "a..b" }), at + "key 'a..b': expected a key name, like bbs-update" + end],
      [Object.assign({}, RFC, { secret: "no!" }), at + "secret ********: expected a base64 secret, as tsig-keygen or keymgr prints it" + end],
      [Object.assign({}, RFC, { port: "0" }), at + "port '0': expected a whole number from 1 to 65535" + end],
      [Object.assign({}, RFC, { zone: "bbs.example.com" }), at + "zone 'bbs.example.com': expected a zone above bbs.example.com, like example.com" + end],
      [Object.assign({}, RFC, { zone: "example.com", ttl: "604801" }), at + "ttl '604801': expected whole seconds from 0 to 604800" + end],
      [Object.assign({}, RFC, { zone: "example.com", transport: "quic" }), at + "transport 'quic': expected tcp or udp" + end],
    ];
    for (const [keys, line] of cases) assert.strictEqual(error("bbs.example.com", keys), line);
    assert.strictEqual(error("example.com", RFC), PATH + " [dyndns:example.com] zone: missing (expected the zone above example.com (a name at a zone's apex is not updated)); nothing is sent for example.com");
    assert.strictEqual(error("single", DYN), PATH + " [dyndns:single]: the name 'single' is not a host name (expected one of at least two labels, like [dyndns:bbs.example.com]); nothing is sent for it");
  });

  it("the first of a key counts, blank values are unset, keys in any case; the zone defaults to the name's parent", () => {
    const s = checkNameSection({ section: "dyndns:a.b.example.com", path: PATH, entries: [{ key: "Protocol", value: "rfc2136" }, { key: "SERVER", value: "ns" },
      { key: "server", value: "ignored" }, { key: "key", value: "k" }, { key: "secret", value: SECRET64 }, { key: "ttl", value: "  " }] });
    assert.ok(s.ok);
    assert.strictEqual(s.settings.values.server, "ns");
    assert.strictEqual(s.settings.values.ttl, undefined);
    assert.strictEqual(zoneOf(s.settings), "b.example.com");
    assert.strictEqual(zoneOf(checked("a.b.example.com", Object.assign({ zone: "Example.COM." }, RFC))), "example.com");
  });

  it("the fingerprint changes with any value (a secret included), not with the order of the keys, and is 16 hex digits", () => {
    const a = fingerprintOf(entries({ a: "1", b: "2" }));
    assert.match(a, /^[0-9a-f]{16}$/);
    assert.strictEqual(fingerprintOf(entries({ b: "2", a: "1" })), a);
    assert.notStrictEqual(fingerprintOf(entries({ a: "1", b: "3" })), a);
    assert.notStrictEqual(fingerprintOf(entries({ a: "1", B: "2", c: "" })), a);
  });
});

describe("extra names: what is remembered between runs", () => {
  const when = (s) => "@" + s;
  const run = (over = {}) => Object.assign({ time: 1000, duration_ms: 5, exit: 0, outcome: "updated", address: "203.0.113.1", answer: "good", message: "m" }, over);
  const status = (over = {}) => Object.assign(nextNameStatus(null, "n.example.com", "dyndns2", "fp", run(), {}), over);

  it("sends when nothing is known; skips an unchanged address until refresh days have passed; a failure or a settings change sends", () => {
    assert.deepStrictEqual(decide(null, "fp", "1.2.3.4", 0, 25, when), { send: true });
    const s = status();
    assert.deepStrictEqual(decide(s, "fp", "203.0.113.1", 1000 * 1000 + 86400000 * 25 - 1, 25, when),
      { send: false, exit: 0, outcome: "skipped", message: "unchanged: 203.0.113.1 was published @1000; sent again when it changes or after 25 days" });
    assert.deepStrictEqual(decide(s, "fp", "203.0.113.1", 1000 * 1000 + 86400000 * 25, 25, when), { send: true });
    assert.deepStrictEqual(decide(s, "fp", "203.0.113.2", 1000 * 1000, 25, when), { send: true });
    assert.deepStrictEqual(decide(s, "fp", null, 1000 * 1000, 25, when), { send: true });
    assert.deepStrictEqual(decide(s, "other", "203.0.113.1", 1000 * 1000, 25, when), { send: true });
    assert.deepStrictEqual(decide(status({ last: run({ outcome: "failed", exit: 1 }) }), "fp", "203.0.113.1", 1000 * 1000, 25, when), { send: true });
  });

  it("a stop holds while the fingerprint is the same; a wait holds until its time", () => {
    const stopped = status({ stopped: { answer: "badauth", time: 5, fingerprint: "fp" } });
    assert.deepStrictEqual(decide(stopped, "fp", "9.9.9.9", 0, 25, when), { send: false, exit: 1, outcome: "stopped",
      message: "not sent: the last answer was badauth (@5), which must not be retried; change the settings of the section to try again" });
    assert.deepStrictEqual(decide(stopped, "fp2", "9.9.9.9", 0, 25, when), { send: true });
    const waiting = status({ not_before: 2000, last: run({ answer: "911" }) });
    assert.deepStrictEqual(decide(waiting, "fp", "9.9.9.9", 1999999, 25, when), { send: false, exit: 1, outcome: "waiting",
      message: "not sent: the provider asked to wait (911); next try after @2000" });
    assert.deepStrictEqual(decide(waiting, "fp", "9.9.9.9", 2000000, 25, when), { send: true });
    assert.deepStrictEqual(decide(waiting, "fp2", "9.9.9.9", 0, 25, when), { send: true });
  });

  it("the next status: last good and last failure apart, a stop and a wait kept only while obeyed, nochg counted", () => {
    const first = nextNameStatus(null, "n", "dyndns2", "fp", run({ outcome: "unchanged" }), { nochg: true });
    assert.deepStrictEqual([first.format, first.last_good.outcome, first.last_failure, first.stopped, first.not_before, first.nochg_in_a_row],
      [NAME_STATUS_FORMAT, "unchanged", null, null, null, 1]);
    const second = nextNameStatus(first, "n", "dyndns2", "fp", run({ outcome: "unchanged" }), { nochg: true });
    assert.strictEqual(second.nochg_in_a_row, 2);
    const stop = nextNameStatus(second, "n", "dyndns2", "fp", run({ outcome: "stopped", exit: 1, answer: "badauth", time: 7 }), { stop: true });
    assert.deepStrictEqual([stop.stopped, stop.last_good, stop.last_failure.time, stop.nochg_in_a_row], [{ answer: "badauth", time: 7, fingerprint: "fp" }, second.last_good, 7, 0]);
    assert.strictEqual(nextNameStatus(stop, "n", "dyndns2", "fp", run({ outcome: "stopped", exit: 1, time: 8 }), {}).last_failure.time, 7, "an obeyed stop is no new failure");
    const obeyed = nextNameStatus(stop, "n", "dyndns2", "fp", run({ outcome: "stopped", exit: 1 }), {});
    assert.deepStrictEqual(obeyed.stopped, stop.stopped);
    assert.strictEqual(nextNameStatus(stop, "n", "dyndns2", "fp2", run({ outcome: "stopped", exit: 1 }), {}).stopped, null);
    const wait = nextNameStatus(first, "n", "dyndns2", "fp", run({ outcome: "waiting", exit: 1 }), { waitUntil: 99 });
    assert.strictEqual(wait.not_before, 99);
    assert.strictEqual(nextNameStatus(wait, "n", "dyndns2", "fp", run({ outcome: "waiting", exit: 1 }), {}).not_before, 99);
    assert.strictEqual(nextNameStatus(wait, "n", "dyndns2", "fp", run(), {}).not_before, null);
    const failed = nextNameStatus(first, "n", "dyndns2", "fp", run({ outcome: "failed", exit: 1 }), {});
    assert.deepStrictEqual([failed.last_failure.outcome, failed.last_good], ["failed", first.last_good]);
    const skipped = nextNameStatus(second, "n", "dyndns2", "fp", run({ outcome: "skipped" }), {});
    assert.strictEqual(skipped.nochg_in_a_row, 2);
    assert.strictEqual(nextNameStatus(second, "other", "dyndns2", "fp", run({ outcome: "failed", exit: 1 }), {}).last_good, null);
  });

  it("reads back what it writes, and refuses anything else", () => {
    const s = nextNameStatus(null, "n", "dyndns2", "fp", run(), { waitUntil: 5 });
    assert.deepStrictEqual(parseNameStatus(serializeNameStatus(s)), { ok: true, status: s });
    assert.deepStrictEqual(parseNameStatus("{"), { ok: false, reason: "not a status file of dyndns.js (not JSON)" });
    assert.deepStrictEqual(parseNameStatus("{}"), { ok: false, reason: "not a name status file of dyndns.js" });
    for (const broken of [{ name: 1 }, { fingerprint: null }, { last: {} }, { last_good: {} }, { last_failure: 3 }, { stopped: { answer: 1 } }, { not_before: "x" }, { nochg_in_a_row: null }]) {
      assert.deepStrictEqual(parseNameStatus(JSON.stringify(Object.assign({}, s, broken))), { ok: false, reason: "a damaged status file of dyndns.js" }, JSON.stringify(broken));
    }
  });
});

describe("extra names: dyndns2 answers", () => {
  const s = checked("bbs.example.com", DYN);
  it("the request: /nic/update with hostname and myip, Basic auth, a User-Agent; the path added when the URL has none", () => {
    assert.deepStrictEqual(dyndns2Request(s, "203.0.113.5", "UA"), {
      method: "GET", url: "https://dyn.example/nic/update?hostname=bbs.example.com&myip=203.0.113.5",
      headers: [{ name: "User-Agent", value: "UA" }], auth: { basic: { user: "sysop", password: "pw:secret" } }, secrets: ["pw:secret"],
    });
    const bare = checked("bbs.example.com", Object.assign({}, DYN, { server: "http://dyn.example:8245" }));
    assert.strictEqual(dyndns2Request(bare, null, "UA").url, "http://dyn.example:8245/nic/update?hostname=bbs.example.com");
    const query = checked("bbs.example.com", Object.assign({}, DYN, { server: "https://d.example/u?system=dyndns" }));
    assert.strictEqual(dyndns2Request(query, null, "UA").url, "https://d.example/u?system=dyndns&hostname=bbs.example.com");
  });

  it("good and nochg succeed; each stop answer stops; 911, dnserr and 5xx wait 30 minutes; anything else fails this run", () => {
    assert.deepStrictEqual(dyndns2Outcome(resp(200, "good 203.0.113.5\n"), "203.0.113.5"),
      { outcome: "updated", exit: 0, address: "203.0.113.5", answer: "good 203.0.113.5", message: "updated to 203.0.113.5: answered good 203.0.113.5 (HTTP 200)" });
    assert.deepStrictEqual(dyndns2Outcome(resp(200, "good"), null),
      { outcome: "updated", exit: 0, address: "", answer: "good", message: "updated to the address the request came from: answered good (HTTP 200)" });
    assert.deepStrictEqual(dyndns2Outcome(resp(200, "nochg 1.2.3.4"), null),
      { outcome: "unchanged", exit: 0, address: "1.2.3.4", answer: "nochg 1.2.3.4", message: "already 1.2.3.4: answered nochg 1.2.3.4 (HTTP 200)", nochg: true });
    assert.strictEqual(dyndns2Outcome(resp(200, "NOCHG"), null).message, "already up to date: answered NOCHG (HTTP 200)");
    for (const code of STOP_ANSWERS) {
      assert.deepStrictEqual(dyndns2Outcome(resp(200, code + "\n"), "1.2.3.4"),
        { outcome: "stopped", exit: 1, address: "", answer: code, message: "answered " + code + " (HTTP 200); not sent again until the settings of the section change", stop: true });
    }
    assert.deepStrictEqual(dyndns2Outcome(resp(401, "<html>Unauthorized</html>"), null),
      { outcome: "stopped", exit: 1, address: "", answer: "badauth", message: "answered <html>Unauthorized</html> (HTTP 401); not sent again until the settings of the section change", stop: true });
    for (const [r, code] of [[resp(200, "911"), "911"], [resp(200, "dnserr"), "dnserr"], [resp(502, ""), "HTTP 502"], [resp(500, "oops"), "oops"]]) {
      const o = dyndns2Outcome(r, null);
      assert.deepStrictEqual([o.outcome, o.exit, o.answer, o.waitMs], ["waiting", 1, code, 1800000]);
      assert.match(o.message, /; nothing is sent for 30 minutes$/);
    }
    assert.deepStrictEqual(dyndns2Outcome(resp(404, "Not Found"), null),
      { outcome: "failed", exit: 1, address: "", answer: "not", message: "answered Not Found (HTTP 404): not a dyndns2 answer" });
    assert.deepStrictEqual(dyndns2Outcome(resp(200, ""), null),
      { outcome: "failed", exit: 1, address: "", answer: "HTTP 200", message: "answered nothing (HTTP 200): not a dyndns2 answer" });
  });

  it("the update sends the request and reads its answer; no answer fails this run; -n shows it with the password masked", () => {
    const asked = [];
    const tools = { userAgent: "UA", http: (req, until) => { asked.push([req.url, until]); return { ok: true, response: resp(200, "good 9.9.9.9") }; } };
    assert.strictEqual(dyndns2.update({ settings: s, address: "9.9.9.9", untilMs: 77, lastPublished: null }, tools).outcome, "updated");
    assert.deepStrictEqual(asked, [["https://dyn.example/nic/update?hostname=bbs.example.com&myip=9.9.9.9", 77]]);
    assert.deepStrictEqual(dyndns2.update({ settings: s, address: null, untilMs: 1, lastPublished: null }, { userAgent: "UA", http: () => ({ ok: false, reason: "down" }) }),
      { outcome: "failed", exit: 1, address: "", answer: "no answer", message: "down" });
    assert.deepStrictEqual(dyndns2.describe(s, ""), ["GET https://dyn.example/nic/update?hostname=bbs.example.com   (basic auth: user sysop, password ********)"]);
  });

  it("server text is shown as one line, control bytes escaped, at most 120 characters", () => {
    assert.strictEqual(shownText("  a\u0007b\r\nsecond"), "a\\x07b");
    assert.strictEqual(shownText("x".repeat(130)), "x".repeat(120) + "...");
    assert.strictEqual(withPath("https://a.example", "/p"), "https://a.example/p");
    assert.strictEqual(withPath("xhttps://a.example", "/p"), "xhttps://a.example");
    assert.strictEqual(joinQuery("?a", "b"), "?a&b");
    assert.strictEqual(withPath("https://a.example/", "/p"), "https://a.example/");
    assert.strictEqual(joinQuery("u?a=1", "b=2"), "u?a=1&b=2");
  });
});

describe("extra names: DuckDNS answers", () => {
  const s = checked("mybbs.duckdns.org", { protocol: "duckdns", token: "tok-1" });
  it("OK with UPDATED or NOCHANGE succeeds; KO stops; anything else fails this run", () => {
    assert.deepStrictEqual(duckdnsOutcome(resp(200, "OK\n1.2.3.4\n\nUPDATED"), null),
      { outcome: "updated", exit: 0, address: "1.2.3.4", answer: "OK UPDATED", message: "updated to 1.2.3.4: answered OK (HTTP 200)" });
    assert.deepStrictEqual(duckdnsOutcome(resp(200, "OK\n1.2.3.4\n\nNOCHANGE"), null),
      { outcome: "unchanged", exit: 0, address: "1.2.3.4", answer: "OK NOCHANGE", message: "already 1.2.3.4: answered OK (HTTP 200) NOCHANGE", nochg: true });
    assert.deepStrictEqual(duckdnsOutcome(resp(200, "OK"), null),
      { outcome: "updated", exit: 0, address: "", answer: "OK", message: "updated to the address the request came from: answered OK (HTTP 200)" });
    assert.strictEqual(duckdnsOutcome(resp(200, "OK"), "5.6.7.8").address, "5.6.7.8");
    assert.deepStrictEqual(duckdnsOutcome(resp(200, "KO"), "5.6.7.8"), { outcome: "stopped", exit: 1, address: "", answer: "KO",
      message: "answered KO (HTTP 200) (a wrong token, or a name the token does not own); not sent again until the settings of the section change", stop: true });
    assert.deepStrictEqual(duckdnsOutcome(resp(503, "busy"), null), { outcome: "failed", exit: 1, address: "", answer: "HTTP 503", message: "answered busy (HTTP 503): not a DuckDNS answer" });
    assert.strictEqual(duckdnsOutcome(resp(500, "OK"), null).outcome, "failed");
  });
  it("the request carries the label, the token (a secret) and the address; -n masks the token", () => {
    let sent;
    duckdns.update({ settings: s, address: "1.2.3.4", untilMs: 5, lastPublished: null }, { userAgent: "UA", http: (r) => { sent = r; return { ok: true, response: resp(200, "OK") }; } });
    assert.deepStrictEqual(sent, { method: "GET", url: "https://www.duckdns.org/update?domains=mybbs&token=tok-1&ip=1.2.3.4&verbose=true",
      headers: [{ name: "User-Agent", value: "UA" }], secrets: ["tok-1"] });
    assert.deepStrictEqual(duckdns.describe(s, ""), ["GET https://www.duckdns.org/update?domains=mybbs&token=********&verbose=true"]);
    assert.strictEqual(duckdns.update({ settings: s, address: null, untilMs: 5, lastPublished: null }, { userAgent: "UA", http: () => ({ ok: false, reason: "x" }) }).outcome, "failed");
  });
});

describe("extra names: Cloudflare", () => {
  const s = checked("bbs.example.com", { protocol: "cloudflare", token: "cf-tok", ttl: "120", proxied: "yes" });
  const env = (result, errors = [], status = 200) => resp(status, JSON.stringify({ success: !errors.length, errors, messages: [], result }));
  function tools(answers) {
    const sent = [];
    return { sent, userAgent: "UA", http: (r) => { sent.push(r); const a = answers.shift(); return a.ok === false ? a : { ok: true, response: a }; } };
  }
  const job = (address = "1.2.3.4") => ({ settings: s, address, untilMs: 9, lastPublished: null });

  it("creates the record when there is none, with the ttl and proxied of the section, Bearer auth", () => {
    const t = tools([env([{ id: "z1", name: "example.com" }]), env([]), env({ id: "r1" })]);
    assert.deepStrictEqual(cloudflare.update(job(), t), { outcome: "updated", exit: 0, address: "1.2.3.4", answer: "created", message: "created the A record 1.2.3.4 at Cloudflare" });
    assert.deepStrictEqual(t.sent.map((r) => [r.method, r.url, r.body]), [
      ["GET", "https://api.cloudflare.com/client/v4/zones?name=example.com", undefined],
      ["GET", "https://api.cloudflare.com/client/v4/zones/z1/dns_records?type=A&name=bbs.example.com", undefined],
      ["POST", "https://api.cloudflare.com/client/v4/zones/z1/dns_records", '{"type":"A","name":"bbs.example.com","content":"1.2.3.4","ttl":120,"proxied":true}']]);
    assert.deepStrictEqual(t.sent[0].auth, { bearer: "cf-tok" });
    assert.deepStrictEqual(t.sent[2].headers, [{ name: "User-Agent", value: "UA" }, { name: "Accept", value: "application/json" }, { name: "Content-Type", value: "application/json" }]);
  });

  it("changes the one record (PATCH) or leaves it; several records, no zone, a refused write", () => {
    let t = tools([env([{ id: "z1" }]), env([{ id: "r1", content: "9.9.9.9" }]), env({})]);
    assert.strictEqual(cloudflare.update(job(), t).message, "changed the A record to 1.2.3.4 at Cloudflare");
    assert.deepStrictEqual([t.sent[2].method, t.sent[2].url, t.sent[2].body], ["PATCH", "https://api.cloudflare.com/client/v4/zones/z1/dns_records/r1", '{"content":"1.2.3.4","ttl":120,"proxied":true}']);
    t = tools([env([{ id: "z1" }]), env([{ id: "r1", content: "1.2.3.4" }])]);
    assert.deepStrictEqual(cloudflare.update(job(), t), { outcome: "unchanged", exit: 0, address: "1.2.3.4", answer: "already there", message: "already 1.2.3.4 at Cloudflare: nothing written" });
    t = tools([env([{ id: "z1" }]), env([{ id: "a", content: "1" }, { id: "b", content: "2" }])]);
    assert.strictEqual(cloudflare.update(job(), t).message, "bbs.example.com has 2 A records at Cloudflare; the module keeps one, so it changes none of them");
    t = tools([env([])]);
    assert.deepStrictEqual(cloudflare.update(job(), t), { outcome: "stopped", exit: 1, address: "", answer: "no zone", stop: true,
      message: "the token sees no zone example.com; not sent again until the settings of the section change" });
    t = tools([env([{ id: "z1" }]), env([]), env(null, [{ code: 9005, message: "bad content" }], 400)]);
    assert.deepStrictEqual(cloudflare.update(job(), t), { outcome: "failed", exit: 1, address: "", answer: "HTTP 400 9005", message: "creating the A record: HTTP 400 9005 bad content" });
    t = tools([{ ok: false, reason: "down" }]);
    assert.deepStrictEqual(cloudflare.update(job(), t), { outcome: "failed", exit: 1, address: "", answer: "no answer", message: "down" });
    t = tools([resp(200, "not json")]);
    assert.strictEqual(cloudflare.update(job(), t).message, "looking up the zone example.com: HTTP 200 not json");
  });

  it("what each failure does: 401, 403 and a malformed Authorization stop; 429 waits as told (60 s without Retry-After); others fail", () => {
    const stop = (r) => { const o = cloudflareFailure(r, "w"); assert.deepStrictEqual([o.outcome, o.stop], ["stopped", true], JSON.stringify(o)); return o; };
    assert.strictEqual(stop(env(null, [{ code: 9109, message: "Invalid access token" }], 403)).message,
      "w: HTTP 403 9109 Invalid access token (the token may not do this); not sent again until the settings of the section change");
    stop(resp(401, "{}"));
    stop(env(null, [{ code: 6003, message: "Invalid request headers" }], 400));
    stop(env(null, [{ code: 9106, message: "Missing" }], 400));
    assert.strictEqual(cloudflareFailure(env(null, [{ code: 1004, message: "DNS Validation Error" }], 400), "w").outcome, "failed");
    assert.deepStrictEqual(cloudflareFailure(env(null, [{ code: 971, message: "slow down" }], 429), "w").waitMs, 60000);
    const told = cloudflareFailure(Object.assign(env(null, [{ code: 971, message: "slow" }], 429), { headers: { "retry-after": "7" } }), "w");
    assert.deepStrictEqual([told.outcome, told.waitMs, told.message], ["waiting", 7000, "w: HTTP 429 971 slow; nothing is sent for 7 s"]);
    assert.strictEqual(cloudflareFailure(resp(502, "<html>bad gateway</html>"), "w").message, "w: HTTP 502 <html>bad gateway</html>");
  });

  it("-n lists the calls with the token masked", () => {
    const lines = cloudflare.describe(s, "1.2.3.4");
    assert.strictEqual(lines[0], "GET https://api.cloudflare.com/client/v4/zones?name=example.com   (Authorization: Bearer ********)");
    assert.ok(!lines.join("\n").includes("cf-tok"));
    assert.strictEqual(lines[3], 'POST https://api.cloudflare.com/client/v4/zones/<zone id>/dns_records {"type":"A","name":"bbs.example.com","content":"1.2.3.4","ttl":120,"proxied":true} (when there is none)');
  });
});

describe("extra names: RFC 2136 through the shared DNS core", () => {
  const s = checked("home.bbs.test", Object.assign({ zone: "bbs.test", port: "5353", ttl: "60", transport: "UDP" }, RFC));
  const A = (rdata, ttl = 60) => ({ name: "home.bbs.test", type: "A", ttl, rdata });
  function tools(read, outcome) {
    const calls = [];
    return { calls, now: () => 1000, currentRecords: (d, names) => { calls.push(["read", d, names]); return read; }, publish: (d, plan) => { calls.push(["publish", d, plan]); return outcome; } };
  }
  const job = (lastPublished = null) => ({ settings: s, address: "203.0.113.9", untilMs: 6000, lastPublished });

  it("reads, then sends one UPDATE with the A set as read for its prerequisite; the settings of the section", () => {
    const t = tools({ ok: true, rrsets: [A(["203.0.113.8"]), { name: "home.bbs.test", type: "TXT", ttl: 60, rdata: ["x"] }] }, { ok: true });
    assert.deepStrictEqual(rfc2136.update(job("203.0.113.8"), t), { outcome: "updated", exit: 0, address: "203.0.113.9", answer: "NOERROR", message: "updated to 203.0.113.9 at 127.0.0.1" });
    const dns = t.calls[0][1];
    assert.deepStrictEqual([dns.server, dns.port, dns.transport, dns.zone, dns.timeoutSeconds, dns.key.name, dns.key.algorithm, dns.key.secret],
      ["127.0.0.1", 5353, "udp", "bbs.test", 5, "bbs-key", "hmac-sha256", "0123456789abcdef"]);
    assert.deepStrictEqual(t.calls[1][2], { zone: "bbs.test", changes: [{ name: "home.bbs.test", type: "A", rrset: A(["203.0.113.9"]), was: A(["203.0.113.8"]) }] });
    assert.deepStrictEqual(t.calls[0][2], ["home.bbs.test"]);
  });

  it("nothing sent when the set holds the address; another writer's set is left alone; a first run takes it over", () => {
    let t = tools({ ok: true, rrsets: [A(["203.0.113.9"])] });
    assert.deepStrictEqual(rfc2136.update(job(), t), { outcome: "unchanged", exit: 0, address: "203.0.113.9", answer: "already there", message: "already 203.0.113.9 at 127.0.0.1: nothing sent" });
    assert.strictEqual(t.calls.length, 1);
    t = tools({ ok: true, rrsets: [A(["192.0.2.1"])] });
    const o = rfc2136.update(job("203.0.113.8"), t);
    assert.deepStrictEqual([o.outcome, o.stop, o.answer], ["stopped", true, "another writer"]);
    assert.strictEqual(o.message, "home.bbs.test A is 192.0.2.1, not 203.0.113.8 as this module published it: another tool keeps it, so it is not overwritten; not sent again until the settings of the section change");
    t = tools({ ok: true, rrsets: [A(["192.0.2.1"])] }, { ok: true });
    assert.strictEqual(rfc2136.update(job(null), t).outcome, "updated");
    t = tools({ ok: true, rrsets: [] }, { ok: true });
    assert.strictEqual(rfc2136.update(job("203.0.113.8"), t).outcome, "updated");
    assert.strictEqual(t.calls[1][2].changes[0].was, null);
  });

  it("NOTAUTH, REFUSED and NOTZONE stop; a stale prerequisite and other failures fail this run", () => {
    const read = (reason) => rfc2136.update(job(), tools({ ok: false, reason }));
    assert.deepStrictEqual(read("NOTAUTH (TSIG BADKEY): x"), { outcome: "stopped", exit: 1, address: "", answer: "NOTAUTH (TSIG BADKEY)", message: "reading home.bbs.test: NOTAUTH (TSIG BADKEY): x", stop: true });
    assert.deepStrictEqual(read("no answer from 127.0.0.1:5353 within 5 s"), { outcome: "failed", exit: 1, address: "", answer: "no answer from 127.0.0.1", message: "reading home.bbs.test: no answer from 127.0.0.1:5353 within 5 s" });
    const write = (outcome) => rfc2136.update(job(), tools({ ok: true, rrsets: [] }, outcome));
    assert.deepStrictEqual(write({ ok: false, reason: "REFUSED: no", stale: false }), { outcome: "stopped", exit: 1, address: "", answer: "REFUSED", message: "REFUSED: no; not sent again until the settings of the section change", stop: true });
    assert.deepStrictEqual(write({ ok: false, reason: "NOTZONE: z", stale: false }).outcome, "stopped");
    assert.deepStrictEqual(write({ ok: false, reason: "YXRRSET: set", stale: true }), { outcome: "failed", exit: 1, address: "", answer: "YXRRSET",
      message: "the A set changed while it was being updated (YXRRSET: set); it is read again next run" });
    assert.deepStrictEqual(write({ ok: false, reason: "SERVFAIL: s", stale: false }), { outcome: "failed", exit: 1, address: "", answer: "SERVFAIL", message: "SERVFAIL: s" });
  });

  it("-n shows the server, the key (its secret masked) and the update; defaults: port 53, TCP, TTL 300", () => {
    assert.deepStrictEqual(rfc2136.describe(checked("h.bbs.test", RFC), "1.2.3.4"), [
      "query h.bbs.test (A, AAAA, MX, TXT, LOC, CNAME) at 127.0.0.1 port 53 over TCP, zone bbs.test, TSIG key bbs-key (hmac-sha256, secret ********)",
      "UPDATE h.bbs.test A 1.2.3.4 TTL 300, on the prerequisite that the A set is still as read"]);
  });
});

describe("extra names: the address", () => {
  const tools = (over = {}) => Object.assign({ userAgent: "UA", serviceAddress: () => null, interfaceAddress: () => null, http: () => ({ ok: false, reason: "down" }) }, over);
  const s = (address, checkip) => checked("h.bbs.test", Object.assign({ address }, RFC, checkip ? { checkip } : {}));

  it("a checkip page: the address after 'Current IP Address: ', or the bare body; nothing else", () => {
    assert.strictEqual(addressInPage("<body>Current IP Address: 203.0.113.7</body>"), "203.0.113.7");
    assert.strictEqual(addressInPage(" 198.51.100.1\n"), "198.51.100.1");
    assert.strictEqual(addressInPage("Current IP Address: x"), null);
    assert.strictEqual(addressInPage("hello"), null);
  });

  it("the sources in order, each saying why it gave nothing", () => {
    assert.deepStrictEqual(findAddress(s("service, checkip, interface, 192.0.2.3", "http://c.example/ip"), "ns", tools(), 5),
      { ok: true, address: "192.0.2.3", source: "address", tried: ["service: the synchro.net name was not updated in this run", "checkip: down", "interface: no IPv4 address toward ns"] });
    assert.deepStrictEqual(findAddress(s("service"), "ns", tools({ serviceAddress: () => "1.1.1.1" }), 5), { ok: true, address: "1.1.1.1", source: "service", tried: [] });
    let asked;
    const page = (status, body) => tools({ http: (r, until) => { asked = [r, until]; return { ok: true, response: resp(status, body) }; } });
    assert.deepStrictEqual(findAddress(s("checkip", "http://c.example/ip"), "ns", page(200, "2.2.2.2"), 5), { ok: true, address: "2.2.2.2", source: "checkip", tried: [] });
    assert.deepStrictEqual(asked, [{ method: "GET", url: "http://c.example/ip", headers: [{ name: "User-Agent", value: "UA" }] }, 5]);
    assert.deepStrictEqual(findAddress(s("checkip", "http://c.example/ip"), "ns", page(500, "2.2.2.2"), 5), { ok: false, tried: ["checkip: HTTP 500"] });
    assert.deepStrictEqual(findAddress(s("checkip", "http://c.example/ip"), "ns", page(200, "none"), 5), { ok: false, tried: ["checkip: no IPv4 address in the page"] });
    assert.deepStrictEqual(findAddress(s("interface"), "ns", tools({ interfaceAddress: (h) => h === "ns" ? "10.0.0.2" : null }), 5), { ok: true, address: "10.0.0.2", source: "interface", tried: [] });
    const dyn = checked("h.bbs.test", Object.assign({ address: "service, provider" }, DYN));
    assert.deepStrictEqual(findAddress(dyn, "d", tools(), 5), { ok: true, address: null, source: "provider", tried: ["service: the synchro.net name was not updated in this run"] });
    const defaults = checked("h.bbs.test", RFC);
    assert.deepStrictEqual(findAddress(defaults, "ns", tools(), 5).tried, ["service: the synchro.net name was not updated in this run", "interface: no IPv4 address toward ns"]);
  });
});

describe("extra names: the runner", () => {
  function env(over = {}) {
    const files = {};
    const lines = [];
    const out = {};
    for (const level of ["print", "info", "debug", "warn", "error"]) out[level] = (t) => lines.push(level + " " + t);
    let t = 1700000000000;
    const e = Object.assign({
      files, lines, out, dataDir: "/d/", userAgent: "UA", now: () => t, tick: (ms) => { t += ms; },
      readFile: (p) => (p in files ? { kind: "text", text: files[p] } : { kind: "missing" }),
      writeWhole: (p, text) => { files[p] = text; return null; },
      resolveAll: () => null, offsetMinutes: () => 0,
      serviceAddress: () => null, interfaceAddress: () => null,
      http: () => ({ ok: true, response: resp(200, "good 203.0.113.5") }),
      currentRecords: () => ({ ok: false, reason: "x" }), publish: () => ({ ok: true }),
    }, over);
    return e;
  }
  const dyn = (more = {}) => section("bbs.example.com", Object.assign({}, DYN, { address: "203.0.113.5" }, more));

  it("each name on its own: a bad one is one error line (exit 2), the next still runs; the worst exit status is returned", () => {
    const e = env();
    assert.strictEqual(runNames([section("x.example.com", { protocol: "no" }), dyn()], "update", e), 2);
    assert.deepStrictEqual(e.lines.filter((l) => !l.startsWith("info")), [
      "error " + PATH + " [dyndns:x.example.com] protocol 'no': expected dyndns2, duckdns, cloudflare, rfc2136; nothing is sent for x.example.com",
      "print bbs.example.com: updated to 203.0.113.5: answered good 203.0.113.5 (HTTP 200)"]);
    const st = JSON.parse(e.files["/d/dyndns-bbs.example.com.json"]);
    assert.deepStrictEqual([st.name, st.protocol, st.last.exit, st.last_good.address, st.last.time], ["bbs.example.com", "dyndns2", 0, "203.0.113.5", 1700000000]);
    assert.strictEqual(runNames([], "update", env()), 0);
  });

  it("secrets never reach the output, even when a server echoes them, percent-encoded or not", () => {
    const e = env({ http: () => ({ ok: true, response: resp(200, "badauth for pw:secret and pw%3Asecret") }) });
    assert.strictEqual(runNames([dyn()], "update", e), 1);
    assert.ok(!e.lines.join("\n").includes("secret"), e.lines.join("\n"));
    assert.ok(e.lines.some((l) => l.includes("badauth for ******** and ********")));
  });

  it("the second run skips an unchanged address (exit 0, status kept); a stop is obeyed until the section changes", () => {
    const e = env();
    runNames([dyn()], "update", e);
    e.tick(1000);
    let sent = 0;
    e.http = () => { sent++; return { ok: true, response: resp(401, "badauth") }; };
    assert.strictEqual(runNames([dyn()], "update", e), 0);
    assert.strictEqual(sent, 0);
    assert.ok(e.lines.some((l) => /^print bbs\.example\.com: unchanged: 203\.0\.113\.5 was published just now \(2023-11-14 22:13\)/.test(l)), e.lines.join("\n"));
    assert.strictEqual(runNames([dyn({ address: "203.0.113.6" })], "update", e), 1);
    assert.strictEqual(runNames([dyn({ address: "203.0.113.6" })], "update", e), 1);
    assert.strictEqual(sent, 1);
    const st = JSON.parse(e.files["/d/dyndns-bbs.example.com.json"]);
    assert.deepStrictEqual([st.last.outcome, st.stopped.answer, st.last_good.address], ["stopped", "badauth", "203.0.113.5"]);
  });

  it("no address from any source: the run fails for that name, saying what each source said", () => {
    const e = env();
    assert.strictEqual(runNames([section("h.bbs.test", Object.assign({}, RFC, { address: "service, interface" }))], "update", e), 1);
    assert.ok(e.lines.includes("error h.bbs.test: no address to publish: service: the synchro.net name was not updated in this run; interface: no IPv4 address toward 127.0.0.1"), e.lines.join("\n"));
  });

  it("repeated nochg for an address the provider found warns; a status file that is not ours is ignored with a warning", () => {
    const e = env({ http: () => ({ ok: true, response: resp(200, "nochg 1.2.3.4") }) });
    e.files["/d/dyndns-bbs.example.com.json"] = "junk";
    runNames([dyn({ address: "provider" })], "update", e);
    assert.ok(e.lines.includes("warn bbs.example.com: status file /d/dyndns-bbs.example.com.json: not a status file of dyndns.js (not JSON) (ignored)"), e.lines.join("\n"));
    assert.ok(!e.lines.some((l) => l.includes("runs in a row")));
    runNames([dyn({ address: "provider" })], "update", e);
    assert.ok(e.lines.some((l) => l.startsWith("warn bbs.example.com: the provider answered \"no change\" 2 runs in a row")), e.lines.join("\n"));
    e.writeWhole = () => "disk full";
    runNames([dyn({ address: "provider" })], "update", e);
    assert.ok(e.lines.includes("warn bbs.example.com: could not write the status file /d/dyndns-bbs.example.com.json (disk full)"));
  });

  it("-n: what would be sent, the address sources, the status file; nothing sent, nothing written", () => {
    const e = env({ http: () => { throw new Error("sent"); } });
    assert.strictEqual(runNames([dyn({ address: "interface, provider", checkip: "https://c.example/ip", timeout: "9", refresh: "3" })], "dry", e), 0);
    assert.deepStrictEqual(e.lines, [
      "print dry run of [dyndns:bbs.example.com] (" + PATH + "): dyndns2, nothing is sent",
      "print   address  interface, provider   (address; the first that gives an IPv4 address; checkip https://c.example/ip)",
      "print   timeout  9 s for this name; sent again unchanged after 3 days",
      "print   status   /d/dyndns-bbs.example.com.json (a run writes it; -n does not)",
      "print   request  GET https://dyn.example/nic/update?hostname=bbs.example.com&myip=<address>   (basic auth: user sysop, password ********)"]);
    const p = env();
    runNames([dyn({ address: "provider" })], "dry", p);
    assert.strictEqual(p.lines[4], "print   request  GET https://dyn.example/nic/update?hostname=bbs.example.com   (basic auth: user sysop, password ********)   (no address: the provider uses the one the request comes from)");
    assert.deepStrictEqual(Object.keys(e.files), []);
  });

  it("-status: the last update, failure and run, a stop or a wait in force, and what DNS says now", () => {
    const e = env({ resolveAll: (n) => (n === "bbs.example.com" ? ["203.0.113.5"] : null) });
    runNames([dyn()], "status", e);
    assert.deepStrictEqual(e.lines, ["print no run of dyndns.js recorded for bbs.example.com in /d/dyndns-bbs.example.com.json", "print DNS now: bbs.example.com resolves to 203.0.113.5"]);
    runNames([dyn()], "update", e);
    e.http = () => ({ ok: true, response: resp(200, "911") });
    e.tick(60000);
    runNames([dyn({ address: "203.0.113.6" })], "update", e);
    e.lines.length = 0;
    runNames([dyn({ address: "203.0.113.6" })], "status", e);
    assert.deepStrictEqual(e.lines, [
      "print status of bbs.example.com (dyndns2, /d/dyndns-bbs.example.com.json)",
      "print   last update 1 minute ago (2023-11-14 22:13): 203.0.113.5 (good 203.0.113.5)",
      "print   last failure just now (2023-11-14 22:14): answered 911 (HTTP 200); nothing is sent for 30 minutes",
      "print   last run just now (2023-11-14 22:14): exit status 1 after 0.0 s: answered 911 (HTTP 200); nothing is sent for 30 minutes",
      "print   waiting: nothing is sent before 2023-11-14 22:44",
      "print DNS now: bbs.example.com resolves to 203.0.113.5"]);
    e.http = () => ({ ok: true, response: resp(200, "abuse") });
    e.tick(3600000);
    runNames([dyn({ address: "203.0.113.6" })], "update", e);
    e.lines.length = 0;
    runNames([dyn({ address: "203.0.113.6" })], "status", e);
    assert.ok(e.lines.includes("print   stopped after abuse just now (2023-11-14 23:14): nothing is sent until the settings of [dyndns:bbs.example.com] change"), e.lines.join("\n"));
    e.lines.length = 0;
    runNames([dyn({ address: "203.0.113.7" })], "status", e);
    assert.ok(e.lines.includes("print   stopped after abuse just now (2023-11-14 23:14); the settings changed since, so the next run sends"), e.lines.join("\n"));
  });
});
