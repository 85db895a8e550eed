"use strict";
// serve(): one whole session with stand-ins for the host; and its pieces rateLimit and audit.
const assert = require("assert");
const { serve } = require("../../../src/service/core/app");
const { checkSetup } = require("../../../src/hub/core/check");
const { decideRate, recordWrite, parseRateState } = require("../../../src/hub/core/rateLimit");
const { auditLine } = require("../../../src/hub/core/audit");
const { UFLAG_Q } = require("../../../src/hub/core/authorize");
const { PROMPTS } = require("../../../src/shared/core/protocol");
const { rawSettings, fakeClock, fakeClient, FULL, fakeAccounts, fakeDns, fakeState, captureLog } = require("../hub/fakes");

const DNS_UNAVAILABLE = "error: the DNS server could not be reached or refused the service; its sysop has been told";

const USERS = {
  "Sysop Sam": { number: 1, password: "sys", restrictions: 0 },
  TESTBBS: { number: 2, password: "QWKPASS7", restrictions: UFLAG_Q },
  NORMAL: { number: 3, password: "norm", restrictions: 0 },
  BOSSBBS: { number: 4, password: "boss", restrictions: UFLAG_Q, sysop: true },
};

/** One session; returns what the client heard, what was published, the audit lines and the log. */
function session(options = {}) {
  const clock = options.clock || fakeClock();
  const conn = fakeClient(Object.assign({}, FULL, options.answers || {}), clock);
  const dns = options.dns || fakeDns();
  const state = options.state || fakeState();
  const audit = [];
  const log = captureLog();
  const raw = rawSettings(options.settings);
  if (options.unknown) raw.unknown = options.unknown;
  const result = serve({
    now: clock.now, readSettings: () => raw, connection: conn, sourceAddress: options.source || "198.51.100.7",
    accounts: fakeAccounts(USERS), dns, state, log: log.log,
    audit: (line) => { audit.push(JSON.parse(line)); return options.auditProblem || null; },
  });
  const heard = conn.sent.filter((line) => !PROMPTS.includes(line));
  return { result, heard, closed: conn.closed, dns, state, audit, log, clock };
}

describe("serve", () => {
  it("publishes the records, answers ok, closes, and audits the session without the password", () => {
    const s = session();
    assert.strictEqual(s.result, "updated");
    assert.deepStrictEqual(s.heard, ["ok"]);
    assert.ok(s.closed);
    assert.strictEqual(s.dns.published.length, 1);
    assert.deepStrictEqual(s.dns.queried[0].names, ["testbbs.bbs.test", "*.testbbs.bbs.test"]);
    assert.strictEqual(s.dns.published[0].plan.changes.length, 6);
    assert.strictEqual(s.audit.length, 1);
    const a = s.audit[0];
    assert.deepStrictEqual([a.front, a.id, a.address, a.result, a.reason], ["8467", "TESTBBS", "198.51.100.7", "updated", null]);
    assert.deepStrictEqual(a.old, {});
    assert.deepStrictEqual(a.new.A, { ttl: 300, data: ["198.51.100.7"] });
    assert.ok(!JSON.stringify(s.audit).includes("QwkPass7") && !s.log.text().includes("QwkPass7"));
    assert.ok(/updated: A 198\.51\.100\.7 \(ttl 300\), AAAA 2001:db8::7/.test(s.log.text()), s.log.text());
  });

  it("answers ok without a DNS write when nothing changed: not a write for the limits, but counted as unchanged", () => {
    const dns = fakeDns();
    const state = fakeState();
    const clock = fakeClock();
    session({ dns, state, clock });
    const before = JSON.parse(state.files.testbbs);
    clock.advance(1000);
    const again = session({ dns, state, clock });
    assert.strictEqual(again.result, "unchanged");
    assert.deepStrictEqual(again.heard, ["ok"]);
    assert.strictEqual(dns.published.length, 1);
    assert.deepStrictEqual(JSON.parse(state.files.testbbs), { writes: before.writes, unchanged: [clock.now()] });
    assert.deepStrictEqual(again.audit[0].old, again.audit[0].new);
  });

  it("refuses an id that keeps sending what DNS has (nochg_limit a day), before any DNS work", () => {
    const dns = fakeDns();
    const state = fakeState();
    const clock = fakeClock();
    const settings = { nochg_limit: "2" };
    session({ dns, state, clock, settings });
    for (let i = 0; i < 2; i++) { clock.advance(1000); assert.strictEqual(session({ dns, state, clock, settings }).result, "unchanged"); }
    clock.advance(1000);
    const queried = dns.queried.length;
    const s = session({ dns, state, clock, settings, answers: { "txt?": "a real change" } });
    assert.deepStrictEqual(s.heard, ["refused: testbbs.bbs.test was sent 2 updates that changed nothing in the last 24 hours;"
      + " update only when the address changes (try again in 86398 s)"]);
    assert.strictEqual(dns.queried.length, queried, "no DNS read");
    assert.deepStrictEqual([s.audit[0].result, s.audit[0].reason, s.audit[0].old], ["refused", "testbbs.bbs.test: reached the limit of 2 unchanged updates a day", null]);
  });

  it("refuses a change sooner than min_interval, and within the hourly cap", () => {
    const dns = fakeDns();
    const state = fakeState();
    const clock = fakeClock();
    session({ dns, state, clock });
    clock.advance(20000);
    const soon = session({ dns, state, clock, answers: { "txt?": "Renamed" } });
    assert.deepStrictEqual(soon.heard, ["refused: testbbs.bbs.test was updated 20 s ago; try again in 40 s"]);
    assert.strictEqual(dns.published.length, 1);
    clock.advance(40000);
    assert.strictEqual(session({ dns, state, clock, answers: { "txt?": "Renamed" } }).result, "updated");
  });

  it("sends no update when the DNS server cannot be read, and says so in one line", () => {
    const dns = fakeDns();
    dns.fail.current = "no answer from 127.0.0.1:53 within 5 s";
    const s = session({ dns });
    assert.deepStrictEqual(s.heard, ["error: the DNS server could not be reached or refused the service; its sysop has been told"]);
    assert.strictEqual(s.dns.published.length, 0);
    assert.strictEqual(s.audit[0].result, "failed");
    assert.ok(/error: 'TESTBBS' from 198\.51\.100\.7: failed: reading the current records: no answer/.test(s.log.text()));
  });

  it("answers an error when the DNS server refuses the update, and keeps no rate-limit write", () => {
    const dns = fakeDns();
    dns.fail.publish = "NOTAUTH (TSIG BADSIG)";
    const s = session({ dns });
    assert.strictEqual(s.result, "failed");
    assert.ok(/^error: /.test(s.heard[0]));
    assert.deepStrictEqual(s.state.files, {});
    assert.ok(/the update: NOTAUTH \(TSIG BADSIG\)/.test(s.log.text()));
  });

  /** A session whose reading of the current records takes `ms` of dns_timeout = 5. */
  function slowRead(ms) {
    const clock = fakeClock();
    const dns = fakeDns();
    const read = dns.currentRecords;
    dns.currentRecords = (...a) => { clock.advance(ms); return read(...a); };
    return session({ clock, dns, settings: { dns_timeout: "5" } });
  }

  it("gives the update only what is left of dns_timeout after reading, in tenths of a second rounded down", () => {
    for (const [ms, left] of [[3500, 1.5], [3450, 1.5], [3401, 1.5], [4900, 0.1], [0, 5]]) {
      const s = slowRead(ms);
      assert.deepStrictEqual([s.result, s.dns.published.length], ["updated", 1], ms + " ms");
      assert.strictEqual(s.dns.published[0].settings.timeoutSeconds, left, ms + " ms");
    }
  });

  it("does not start the update when the reading used up dns_timeout: an error line, the reason audited, no write counted", () => {
    for (const ms of [4901, 5000, 6200]) {
      const s = slowRead(ms);
      assert.deepStrictEqual([s.result, s.heard, s.dns.published.length], ["failed", [DNS_UNAVAILABLE], 0], ms + " ms");
      const reason = "the update: not started, the DNS work took " + ms + " ms of dns_timeout (5 s)";
      assert.deepStrictEqual([s.audit[0].result, s.audit[0].reason], ["failed", reason]);
      assert.deepStrictEqual(s.log.lines, [{ level: "error", text: "'TESTBBS' from 198.51.100.7: failed: " + reason }]);
      assert.deepStrictEqual(s.state.files, {});
    }
  });

  it("counts the writes stamped after now (the clock set back) as made now, and keeps them so: the limits never lift", () => {
    const dns = fakeDns();
    const state = fakeState();
    const clock = fakeClock();
    const settings = { min_interval: "60", hourly_cap: "2" };
    assert.strictEqual(session({ dns, state, clock, settings }).result, "updated");
    clock.advance(-3600000);
    const back = session({ dns, state, clock, settings, answers: { "txt?": "after the step back" } });
    assert.deepStrictEqual(back.heard, ["refused: testbbs.bbs.test was updated 0 s ago; try again in 60 s"]);
    assert.deepStrictEqual(back.log.lines.map((l) => l.level + ": " + l.text), [
      "warn: rate-limit state of testbbs: writes stamped after now (the clock was set back) are counted as made now",
      "notice: 'TESTBBS' from 198.51.100.7: refused: testbbs.bbs.test: 60 s short of the minimum interval of 60 s",
    ]);
    assert.deepStrictEqual(JSON.parse(state.files.testbbs), { writes: [clock.now()], unchanged: [] });
    clock.advance(59000);
    assert.deepStrictEqual(session({ dns, state, clock, settings, answers: { "txt?": "after the step back" } }).heard,
      ["refused: testbbs.bbs.test was updated 59 s ago; try again in 1 s"], "the minute runs from the step back, once");
    clock.advance(1000);
    const later = session({ dns, state, clock, settings, answers: { "txt?": "after the step back" } });
    assert.deepStrictEqual([later.result, later.log.lines.map((l) => l.level)], ["updated", ["info"]]);
    clock.advance(60000);
    assert.deepStrictEqual(session({ dns, state, clock, settings }).heard,
      ["refused: testbbs.bbs.test was updated 2 times in the last hour; try again in 3480 s"], "the hourly cap counts the write from before the step back");
  });

  it("tells the sysop when the restamped state cannot be kept, and still decides on it", () => {
    const state = fakeState();
    const clock = fakeClock();
    state.files.testbbs = JSON.stringify({ writes: [clock.now() + 1000] });
    state.write = () => "cannot write data/dyndns-service/testbbs.json";
    const s = session({ state, clock });
    assert.deepStrictEqual(s.heard, ["refused: testbbs.bbs.test was updated 0 s ago; try again in 60 s"]);
    assert.deepStrictEqual(s.log.lines.map((l) => l.level + ": " + l.text).slice(0, 2), [
      "warn: rate-limit state of testbbs: writes stamped after now (the clock was set back) are counted as made now",
      "warn: rate-limit state of testbbs: cannot write data/dyndns-service/testbbs.json",
    ]);
  });

  // [options, what the client hears, the one log line: level, who, result and reason (the audit record's)]
  const refusals = [
    [{ answers: { "pw?": "nope" } }, "refused: wrong id or password", "notice: 'TESTBBS' from 198.51.100.7: refused: login failed for 'TESTBBS'"],
    [{ answers: { "id?": "NOSUCH" } }, "refused: wrong id or password", "notice: 'NOSUCH' from 198.51.100.7: refused: login failed for 'NOSUCH'"],
    [{ answers: { "id?": "NORMAL", "pw?": "norm" } }, "refused: NORMAL is not a QWKnet account on this BBS",
      "notice: 'NORMAL' from 198.51.100.7: refused: user #3 NORMAL has no QWK restriction (Q): not a QWKnet account"],
    [{ answers: { "id?": "BOSSBBS", "pw?": "boss" } }, "refused: BOSSBBS is not a QWKnet account on this BBS",
      "notice: 'BOSSBBS' from 198.51.100.7: refused: user #4 BOSSBBS has a sysop's security level (90 or above): never a QWKnet account"],
    [{ answers: { "id?": "bad id" } }, "refused: id 'bad id' is not a DNS label (letters, digits and inner hyphens, at most 63)",
      "notice: 'bad id' from 198.51.100.7: refused: id 'bad id' is not a DNS label"],
    [{ answers: { "id?": "www" } }, "refused: the name www is reserved", "notice: 'www' from 198.51.100.7: refused: id www is reserved"],
    [{ answers: { "ip6?": "not-an-address" } }, "refused: ip6 'not-an-address': expected an IPv6 address like 2607:f8b0:4007:801::200e, or nothing",
      "notice: 'TESTBBS' from 198.51.100.7: refused: ip6 'not-an-address': expected an IPv6 address like 2607:f8b0:4007:801::200e, or nothing"],
    [{ answers: { "ip?": "" }, settings: { allow_private: "false" }, source: "10.0.0.5" },
      "refused: ip is blank and the address this update came from, 10.0.0.5, is not public",
      "notice: 'TESTBBS' from 10.0.0.5: refused: ip is blank and the address this update came from, 10.0.0.5, is not public"],
    [{ answers: { "loc?": { silent: true } } }, "error: no answer to loc? within 10 s", "notice: 'TESTBBS' from 198.51.100.7: failed: no answer at loc?"],
    [{ answers: { "id?": { silent: true } } }, "error: no answer to id? within 10 s", "notice: (no id) from 198.51.100.7: failed: no answer at id?"],
    [{ answers: { "txt?": { tooLong: true } } }, "refused: the answer to txt? is too long",
      "notice: 'TESTBBS' from 198.51.100.7: refused: a line longer than 512 bytes at txt?"],
    [{ settings: { zone: undefined } }, "error: this DynDNS service is not set up correctly; its sysop has been told",
      "error: (no id) from 198.51.100.7: failed: the service's settings are not valid"],
  ];
  for (const [options, reply, logLine] of refusals) {
    it("refuses " + JSON.stringify(options).slice(0, 90) + " with one line, publishing nothing", () => {
      const s = session(options);
      assert.deepStrictEqual(s.heard, [reply]);
      assert.strictEqual(s.dns.published.length, 0);
      const [, who, result, reason] = /^\w+: (.*?) from [^ ]+: (refused|failed): (.*)$/.exec(logLine);
      assert.strictEqual(s.audit.length, 1);
      assert.deepStrictEqual([s.audit[0].id, s.audit[0].result, s.audit[0].reason], [who === "(no id)" ? null : who.slice(1, -1), result, reason]);
      const last = s.log.lines[s.log.lines.length - 1];
      assert.strictEqual(last.level + ": " + last.text, logLine);
      assert.ok(s.closed);
    });
  }

  it("says nothing more to a client that hung up, but still audits the session", () => {
    const s = session({ answers: { "ip?": { close: true } } });
    assert.deepStrictEqual(s.heard, []);
    assert.deepStrictEqual([s.audit[0].id, s.audit[0].result, s.audit[0].reason], ["TESTBBS", "failed", "closed the connection at ip?"]);
    const gone = session({ answers: { "pw?": { lastWords: "QwkPass7" } } });
    assert.deepStrictEqual(gone.heard, []);
    assert.deepStrictEqual([gone.audit[0].id, gone.audit[0].result, gone.audit[0].reason], ["TESTBBS", "failed", "could not send the prompt at ip?"]);
    assert.strictEqual(gone.log.text(), "notice: 'TESTBBS' from 198.51.100.7: failed: could not send the prompt at ip?");
  });

  it("waits answer_timeout seconds for each answer", () => {
    const s = session({ settings: { answer_timeout: "7" }, answers: { "mx?": { silent: true } } });
    assert.deepStrictEqual(s.heard, ["error: no answer to mx? within 7 s"]);
    assert.strictEqual(s.clock.now() - fakeClock().now(), 7000);
  });

  it("takes the id without the spaces around it", () => {
    const s = session({ answers: { "id?": " TESTBBS " } });
    assert.deepStrictEqual([s.result, s.heard, s.audit[0].id], ["updated", ["ok"], "TESTBBS"]);
    assert.deepStrictEqual(s.dns.queried[0].names, ["testbbs.bbs.test", "*.testbbs.bbs.test"]);
  });

  it("logs one info line for an update: what was published and how long the DNS server took", () => {
    const clock = fakeClock();
    const dns = fakeDns();
    const read = dns.currentRecords;
    const publish = dns.publish;
    dns.currentRecords = (...a) => { clock.advance(100); return read(...a); };
    dns.publish = (...a) => { clock.advance(150); return publish(...a); };
    const s = session({ clock, dns });
    assert.deepStrictEqual(s.log.lines, [{
      level: "info",
      text: "'TESTBBS' from 198.51.100.7: updated: A 198.51.100.7 (ttl 300), AAAA 2001:db8::7 (ttl 300), MX 10 mail.example.com (ttl 300), "
        + "TXT Test BBS (ttl 300), LOC 52 22 23.000 N 4 53 32.000 E -2.00m 1m 10000m 10m (ttl 300), *.CNAME testbbs.bbs.test (ttl 300) (DNS 250 ms)",
    }]);
  });

  it("logs one info line for a session that changed nothing", () => {
    const dns = fakeDns();
    session({ dns });
    assert.deepStrictEqual(session({ dns }).log.lines, [{ level: "info", text: "'TESTBBS' from 198.51.100.7: unchanged" }]);
  });

  it("tells the sysop when the audit log cannot be written, and still answers the client", () => {
    const s = session({ auditProblem: "cannot open data/dyndns-service.log" });
    assert.deepStrictEqual([s.result, s.heard], ["updated", ["ok"]]);
    assert.deepStrictEqual(s.log.lines.map((l) => l.level), ["error", "info"]);
    assert.strictEqual(s.log.lines[0].text, "audit log: cannot open data/dyndns-service.log");
  });

  it("warns when the rate-limit state cannot be kept, the update itself done", () => {
    const state = fakeState();
    state.write = () => "cannot write data/dyndns/testbbs.json";
    const s = session({ state });
    assert.deepStrictEqual([s.result, s.heard, s.dns.published.length], ["updated", ["ok"], 1]);
    assert.deepStrictEqual(s.log.lines.map((l) => l.level), ["warn", "info"]);
    assert.strictEqual(s.log.lines[0].text, "rate-limit state of testbbs: cannot write data/dyndns/testbbs.json");
  });

  it("lets one session per id at a time", () => {
    const state = fakeState();
    state.locks.add("testbbs");
    const s = session({ state });
    assert.deepStrictEqual(s.heard, ["refused: another update of testbbs is under way; try again in a minute"]);
    assert.strictEqual(s.dns.queried.length, 0);
    assert.deepStrictEqual([s.audit[0].result, s.audit[0].reason], ["refused", "busy"]);
    assert.strictEqual(s.log.text(), "notice: 'TESTBBS' from 198.51.100.7: refused: busy");
  });

  it("releases the lock whatever happens", () => {
    const dns = fakeDns();
    dns.fail.current = "down";
    const s = session({ dns });
    assert.strictEqual(s.state.locks.size, 0);
  });

  it("logs each settings problem at error level, and each unknown key as a warning", () => {
    const s = session({ settings: { dns_port: "x", ttl: "y" }, unknown: ["ttl_maxx", "zones"] });
    const known = "(known: zone, dns_server, dns_port, dns_transport, dns_timeout, tsig_key, tsig_algorithm, tsig_secret, ttl, ttl_min, ttl_max, "
      + "mx_preference, min_interval, hourly_cap, nochg_limit, allow_private, answer_timeout, reserved, stale_days)";
    assert.deepStrictEqual(s.log.text().split("\n"), [
      "warn: ctrl/modopts.ini [dyndns_service]: unknown key 'ttl_maxx' ignored " + known,
      "warn: ctrl/modopts.ini [dyndns_service]: unknown key 'zones' ignored " + known,
      "error: ctrl/modopts.ini [dyndns_service] dns_port = 'x': expected a whole number from 1 to 65535",
      "error: ctrl/modopts.ini [dyndns_service] ttl = 'y': expected a whole number of seconds from 1 to 2147483647",
      "error: (no id) from 198.51.100.7: failed: the service's settings are not valid",
    ]);
  });

  it("serves with an unknown key in the section, after warning about it", () => {
    const s = session({ unknown: ["ttl_maxx"] });
    assert.deepStrictEqual([s.result, s.heard], ["updated", ["ok"]]);
    assert.deepStrictEqual(s.log.lines.map((l) => l.level), ["warn", "info"]);
    assert.ok(s.log.lines[0].text.startsWith("ctrl/modopts.ini [dyndns_service]: unknown key 'ttl_maxx' ignored (known: zone, "), s.log.lines[0].text);
  });
});

describe("rate limits", () => {
  const t = 1e12;
  it("allows the first write and one after min_interval", () => {
    assert.ok(decideRate("x", { writes: [] }, t, 60, 10).ok);
    assert.ok(decideRate("x", { writes: [t - 60000] }, t, 60, 10).ok);
    assert.strictEqual(decideRate("x", { writes: [t - 59001] }, t, 60, 10).reply, "refused: x was updated 59 s ago; try again in 1 s");
  });
  it("caps the writes in any hour", () => {
    const writes = [t - 3500000, t - 3000000, t - 100000];
    const r = decideRate("x", { writes }, t, 0, 3);
    assert.strictEqual(r.reply, "refused: x was updated 3 times in the last hour; try again in 100 s");
    assert.ok(decideRate("x", { writes }, t + 100000, 0, 3).ok);
  });
  it("0 turns a limit off", () => {
    assert.ok(decideRate("x", { writes: [t - 1, t - 2, t - 3] }, t, 0, 0).ok);
  });
  it("forgets writes older than an hour and reads anything as a state", () => {
    assert.deepStrictEqual(recordWrite({ writes: [t - 3600001, t - 10], unchanged: [] }, t), { writes: [t - 10, t], unchanged: [] });
    for (const text of [null, "", "garbage", "[]", '{"writes":"x"}', '{"writes":[1,"2",null]}', '{"unchanged":{}}']) {
      const state = parseRateState(text);
      assert.ok(Array.isArray(state.writes) && Array.isArray(state.unchanged), String(text));
    }
  });
});

describe("auditLine", () => {
  it("is one line of ASCII JSON whatever bytes the client sent", () => {
    const line = auditLine({ time: "2026-11-30T12:00:00.000Z", front: "8467", id: "\u0000\u00ff\n" + "x".repeat(100), address: "::1", result: "refused", reason: "r\u00e9", old: null, new: null });
    assert.ok(/^[\x20-\x7e]+$/.test(line), line);
    const back = JSON.parse(line);
    assert.strictEqual(back.id, "\u0000\u00ff\n" + "x".repeat(61) + "...");
    assert.strictEqual(back.reason, "r\u00e9");
    assert.deepStrictEqual(Object.keys(back), ["time", "front", "id", "address", "result", "reason", "old", "new"]);
  });
});

describe("checkSetup (jsexec dyndns-service.js)", () => {
  function check(extra, dns) {
    const printed = [];
    const errors = [];
    const status = checkSetup(rawSettings(extra), dns || fakeDns(), { print: (t) => printed.push(t), error: (t) => errors.push(t) });
    return { status, printed, errors };
  }
  it("shows the settings and proves the DNS server answers with the key: 0", () => {
    const r = check();
    assert.strictEqual(r.status, 0);
    assert.ok(r.printed.includes("  names          <id>.bbs.test and *.<id>.bbs.test (ids reserved: ns, ns1, ns2, ns3, www, mail, dyndns)"), r.printed.join("\n"));
    assert.strictEqual(r.printed[r.printed.length - 1], "DNS server 127.0.0.1:53 answered a query signed with service.key for bbs.test: ready");
  });
  it("bad settings: one line each, 2", () => {
    const r = check({ dns_port: "x", zone: undefined });
    assert.deepStrictEqual([r.status, r.errors.length, r.printed.length], [2, 2, 0]);
  });
  it("a DNS server that does not answer: its reason, 1", () => {
    const dns = fakeDns();
    dns.fail.current = "NOTAUTH (TSIG BADKEY)";
    const r = check({}, dns);
    assert.strictEqual(r.status, 1);
    assert.deepStrictEqual(r.errors, ["DNS server 127.0.0.1:53: NOTAUTH (TSIG BADKEY)"]);
  });
});
