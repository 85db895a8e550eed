"use strict";
// Real audit lines, written by the hub's own cores: a session of the 8467 service (serve) or a
// dyndns2 request (updateNames) with the ports faked (fakes.js). Each scenario is named with the
// kind of outcome it leaves (src/hub/core/reasons.ts), so the tests of the reasons and of the
// web pages read what the hub really writes, not lines made up beside it.
const { serve } = require("../../../src/service/core/app");
const { updateNames } = require("../../../src/web/core/update");
const { UFLAG_Q } = require("../../../src/hub/core/authorize");
const { HUB_USERS, rawSettings, fakeClock, fakeClient, FULL, fakeAccounts, fakeDns, fakeState, captureLog } = require("./fakes");

const USERS = Object.assign({}, HUB_USERS, {
  VERT: { number: 6, password: "VertPass2", restrictions: UFLAG_Q },
});

/** A hub in memory: the zone, the state files, the clock, and the audit lines both front ends wrote. */
function fakeHub(options = {}) {
  return { clock: options.clock || fakeClock(), dns: options.dns || fakeDns(), state: fakeState(), lines: [], settings: options.settings || {} };
}

/**
 * One 8467 session: answers over FULL (TESTBBS, its password). accounts: a fakeAccounts() to
 * use (e.g. with a fuzzy matchLogin). Returns the audit line it wrote (text).
 */
function session8467(hub, answers = {}, options = {}) {
  const log = captureLog();
  serve({
    now: hub.clock.now, readSettings: () => rawSettings(Object.assign({}, hub.settings, options.settings || {})),
    connection: fakeClient(Object.assign({}, FULL, answers), hub.clock), sourceAddress: options.source || "198.51.100.7",
    accounts: options.accounts || fakeAccounts(USERS), dns: hub.dns, state: hub.state, log: log.log,
    audit: (line) => { hub.lines.push(line); return null; },
  });
  return hub.lines[hub.lines.length - 1];
}


/** One dyndns2 request `as` an account (null: no credentials); returns the audit lines it wrote. */
function requestDyndns2(hub, text, options = {}) {
  const log = captureLog();
  const accounts = fakeAccounts(USERS);
  const who = options.as === undefined ? "TESTBBS" : options.as;
  const before = hub.lines.length;
  updateNames({
    now: hub.clock.now, readSettings: () => rawSettings(Object.assign({}, hub.settings, options.settings || {})), dns: hub.dns, state: hub.state,
    log: log.log, accounts, account: who === null ? null : accounts.login(who, USERS[who].password), queryString: text,
    userAgent: options.agent === undefined ? "test-client/1.0" : options.agent, sourceAddress: options.source || "198.51.100.7",
    audit: (line) => { hub.lines.push(line); return null; },
  });
  return hub.lines.slice(before);
}

const T = "testbbs.bbs.test";
const fuzzy = () => Object.assign(fakeAccounts(USERS), { matchLogin: (name) => (name.replace(/-/g, "").toUpperCase() === "TESTBBS" ? 2 : 0) });

/**
 * Every outcome the hub writes, each as [kind, front, what, run(hub) -> the line(s)], run on a hub of
 * its own (allow_private off, so that private addresses are refused).
 */
const SCENARIOS = [
  ["updated", "8467", "a whole update", (h) => session8467(h)],
  ["unchanged", "8467", "the same again", (h) => { session8467(h); h.clock.advance(1000); return session8467(h); }],
  ["password", "8467", "a wrong password", (h) => session8467(h, { "pw?": "wrong" })],
  ["password", "8467", "an id with no account", (h) => session8467(h, { "id?": "NOBODY" })],
  ["account", "8467", "the sysop's account (user #1)", (h) => session8467(h, { "id?": "SYSOPSAM", "pw?": "sys" })],
  ["account", "8467", "a sysop's level", (h) => session8467(h, { "id?": "BOSS", "pw?": "boss" })],
  ["account", "8467", "no Q restriction", (h) => session8467(h, { "id?": "NORMAL", "pw?": "norm" })],
  ["no-password", "8467", "no password", (h) => session8467(h, { "id?": "NOPASS", "pw?": "" })],
  ["other-account", "8467", "a look-alike id", (h) => session8467(h, { "id?": "TEST-BBS" }, { accounts: fuzzy() })],
  ["name", "8467", "an id that is not a DNS label", (h) => session8467(h, { "id?": "<b>bad id</b>" })],
  ["name", "8467", "a reserved id", (h) => session8467(h, { "id?": "www" })],
  ["value", "8467", "ip not an address", (h) => session8467(h, { "ip?": "1.2.3" })],
  ["value", "8467", "ip private", (h) => session8467(h, { "ip?": "10.0.0.1" }, { settings: { allow_private: "false" } })],
  ["value", "8467", "ip blank from a private address", (h) => session8467(h, { "ip?": "" }, { settings: { allow_private: "false" }, source: "10.0.0.9" })],
  ["value", "8467", "ip blank over IPv6", (h) => session8467(h, { "ip?": "" }, { source: "2001:db8::9" })],
  ["value", "8467", "ip6 not an address", (h) => session8467(h, { "ip6?": "fe80::zz" })],
  ["value", "8467", "mx not a host name", (h) => session8467(h, { "mx?": "not_a_host" })],
  ["value", "8467", "txt too long", (h) => session8467(h, { "txt?": "x".repeat(300) })],
  ["value", "8467", "loc not RFC 1876", (h) => session8467(h, { "loc?": "somewhere" })],
  ["value", "8467", "wc not yes or no", (h) => session8467(h, { "wc?": "maybe" })],
  ["value", "8467", "ttl not a number", (h) => session8467(h, { "ttl?": "soon" })],
  ["too-often", "8467", "min_interval", (h) => { session8467(h); h.clock.advance(1000); return session8467(h, { "ip?": "198.51.100.8" }); }],
  ["too-often", "8467", "hourly_cap", (h) => {
    h.settings = { min_interval: "0", hourly_cap: "1" };
    session8467(h);
    h.clock.advance(1000);
    return session8467(h, { "ip?": "198.51.100.8" });
  }],
  ["abuse", "8467", "nochg_limit", (h) => {
    h.settings = { nochg_limit: "1" };
    session8467(h);
    session8467(h);
    return session8467(h);
  }],
  ["busy", "8467", "another session under way", (h) => { h.state.lock("testbbs"); return session8467(h); }],
  ["client", "8467", "no answer at a prompt", (h) => session8467(h, { "txt?": { silent: true } })],
  ["client", "8467", "hung up", (h) => session8467(h, { "ip?": { close: true } })],
  ["client", "8467", "an answer too long", (h) => session8467(h, { "loc?": { tooLong: true } })],
  ["hub", "8467", "settings not valid", (h) => session8467(h, {}, { settings: { zone: undefined } })],
  ["hub", "8467", "the DNS server unreachable", (h) => { h.dns.fail.current = "127.0.0.1:53 refused the connection"; return session8467(h); }],
  ["hub", "8467", "the update refused", (h) => { h.dns.fail.publish = "REFUSED: not allowed"; return session8467(h); }],
  ["hub", "8467", "the update made again, refused again", (h) => {
    h.dns.beforePublish = (dns) => { dns.rrsets = dns.rrsets.filter((r) => r.type !== "A").concat([{ name: T, type: "A", ttl: 300, rdata: ["192.0.2." + dns.published.length] }]); };
    return session8467(h);
  }],
  ["updated", "dyndns2", "good", (h) => requestDyndns2(h, "hostname=" + T + "&myip=203.0.113.7")],
  ["unchanged", "dyndns2", "nochg", (h) => { requestDyndns2(h, "hostname=" + T + "&myip=203.0.113.7"); return requestDyndns2(h, "hostname=" + T + "&myip=203.0.113.7"); }],
  ["credentials", "dyndns2", "no credentials", (h) => requestDyndns2(h, "hostname=" + T, { as: null })],
  ["client", "dyndns2", "no User-Agent", (h) => requestDyndns2(h, "hostname=" + T, { agent: "" })],
  ["account", "dyndns2", "the sysop", (h) => requestDyndns2(h, "hostname=" + T, { as: "SYSOPSAM" })],
  ["account", "dyndns2", "no Q", (h) => requestDyndns2(h, "hostname=" + T, { as: "NORMAL" })],
  ["no-password", "dyndns2", "no password", (h) => requestDyndns2(h, "hostname=nopass.bbs.test", { as: "NOPASS" })],
  ["name", "dyndns2", "no hostname", (h) => requestDyndns2(h, "myip=203.0.113.7")],
  ["name", "dyndns2", "21 host names", (h) => requestDyndns2(h, "hostname=" + Array.from({ length: 21 }, (_, i) => "h" + i + ".bbs.test").join(","))],
  ["name", "dyndns2", "not a FQDN", (h) => requestDyndns2(h, "hostname=x")],
  ["name", "dyndns2", "outside the zone", (h) => requestDyndns2(h, "hostname=testbbs.example.org")],
  ["name", "dyndns2", "reserved", (h) => requestDyndns2(h, "hostname=www.bbs.test")],
  ["other-account", "dyndns2", "another member's name", (h) => requestDyndns2(h, "hostname=vert.bbs.test")],
  ["value", "dyndns2", "myip not an address", (h) => requestDyndns2(h, "hostname=" + T + "&myip=1.2.3")],
  ["value", "dyndns2", "two IPv4 addresses", (h) => requestDyndns2(h, "hostname=" + T + "&myip=203.0.113.7,203.0.113.8")],
  ["value", "dyndns2", "a private address", (h) => requestDyndns2(h, "hostname=" + T + "&myip=10.0.0.1", { settings: { allow_private: "false" } })],
  ["value", "dyndns2", "no address from a source that is none", (h) => requestDyndns2(h, "hostname=" + T, { source: "unknown" })],
  ["value", "dyndns2", "mx not a host name", (h) => requestDyndns2(h, "hostname=" + T + "&myip=203.0.113.7&mx=not_a_host")],
  ["too-often", "dyndns2", "min_interval", (h) => { requestDyndns2(h, "hostname=" + T + "&myip=203.0.113.7"); return requestDyndns2(h, "hostname=" + T + "&myip=203.0.113.8"); }],
  ["abuse", "dyndns2", "nochg_limit", (h) => {
    h.settings = { nochg_limit: "1" };
    requestDyndns2(h, "hostname=" + T + "&myip=203.0.113.7");
    requestDyndns2(h, "hostname=" + T + "&myip=203.0.113.7");
    return requestDyndns2(h, "hostname=" + T + "&myip=203.0.113.7");
  }],
  ["busy", "dyndns2", "another update under way", (h) => { h.state.lock("testbbs"); return requestDyndns2(h, "hostname=" + T); }],
  ["hub", "dyndns2", "settings not valid", (h) => requestDyndns2(h, "hostname=" + T, { settings: { tsig_secret: "short" } })],
  ["hub", "dyndns2", "the DNS server unreachable", (h) => { h.dns.fail.current = "no answer from 127.0.0.1:53 within 5 s"; return requestDyndns2(h, "hostname=" + T); }],
];

/** The last line a scenario wrote (text). */
function lastLine(written) {
  return Array.isArray(written) ? written[written.length - 1] : written;
}

module.exports = { USERS, fakeHub, session8467, requestDyndns2, SCENARIOS, lastLine };
