"use strict";
// Plain stand-ins for the service core's ports (Connection, Accounts, DnsServer, StateStore,
// HubLog): the core takes them as arguments, so no Synchronet global is faked here.
const { SECTION } = require("../../../src/hub/core/settings");
const { UFLAG_Q } = require("../../../src/hub/core/authorize");

/** A hub's user database as fakeAccounts() takes it: its sysop, a QWKnet member and accounts that may update nothing. */
const HUB_USERS = {
  SYSOPSAM: { number: 1, password: "sys", restrictions: UFLAG_Q },
  TESTBBS: { number: 2, password: "QwkPass7", restrictions: UFLAG_Q },
  NORMAL: { number: 3, password: "norm", restrictions: 0 },
  NOPASS: { number: 4, password: "", restrictions: UFLAG_Q },
  BOSS: { number: 5, password: "boss", restrictions: UFLAG_Q, sysop: true },
};

const SECRET = Buffer.from("0123456789abcdef0123456789abcdef").toString("base64");

/** The section as a sysop writes it (verbatim strings); extra overrides or adds keys, undefined removes one. */
function rawSettings(extra = {}) {
  const values = { zone: "bbs.test", tsig_key: "service.key.", tsig_secret: SECRET, allow_private: "true" };
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete values[k];
    else values[k] = v;
  }
  return { source: "ctrl/modopts.ini [" + SECTION + "]", missing: null, values, unknown: [] };
}

function fakeClock(start = Date.UTC(2026, 10, 30, 12, 0, 0)) {
  let t = start;
  return { now: () => t, advance: (ms) => { t += ms; } };
}

/**
 * A client: `answers` by prompt; a prompt missing from it (or {silent}) times out; {close} closes;
 * {tooLong} sends an over-long line; {lastWords} answers with that line and then hangs up, so the
 * next prompt cannot be sent. Records what the service sent and whether it closed.
 */
function fakeClient(answers, clock) {
  const sent = [];
  let last = null;
  const conn = {
    sent, closed: false,
    sendLine(text) { sent.push(text); last = text; return !conn.hungUp; },
    readLine(until) {
      const a = answers[last];
      if (a === undefined || (a && a.silent)) { clock.advance(Math.max(0, until - clock.now())); return { kind: "timeout" }; }
      if (a && a.close) { conn.hungUp = true; return { kind: "closed" }; }
      if (a && typeof a.lastWords === "string") { conn.hungUp = true; return { kind: "line", line: { text: a.lastWords, truncated: false } }; }
      if (a && a.tooLong) return { kind: "line", line: { text: "x".repeat(512), truncated: true } };
      return { kind: "line", line: { text: a, truncated: false } };
    },
    close() { conn.closed = true; },
  };
  return conn;
}

const FULL = {
  "id?": "TESTBBS", "pw?": "QwkPass7", "ip?": "", "ip6?": "2001:db8::7", "mx?": "mail.example.com", "txt?": "Test BBS",
  "loc?": "52 22 23.000 N 4 53 32.000 E -2.00m", "wc?": "true", "ttl?": "",
};

/**
 * Users: { alias: { number, password, restrictions, sysop } } (sysop: Synchronet's user.is_sysop, a level of 90 or above);
 * login as Synchronet's (fuzzy alias match is the caller's to add).
 */
function fakeAccounts(users) {
  const calls = [];
  const byNumber = {};
  for (const [alias, u] of Object.entries(users)) byNumber[u.number] = Object.assign({ alias }, u);
  return {
    calls,
    login(name, password) {
      calls.push(["login", name]);
      const n = this.matchLogin ? this.matchLogin(name) : this.matchAlias(name);
      const u = byNumber[n];
      if (!u || (u.password && u.password.toUpperCase() !== String(password).toUpperCase())) return null;
      return { number: u.number, alias: u.alias, restrictions: u.restrictions || 0, hasPassword: !!u.password, isSysop: !!u.sysop };
    },
    logout() { calls.push(["logout"]); },
    matchAlias(name) {
      for (const u of Object.values(byNumber)) if (u.alias.toUpperCase() === name.toUpperCase()) return u.number;
      return 0;
    },
  };
}

/** The records of a set as a DNS server compares them for a prerequisite: as a set, TTL aside. */
const asSet = (rrset) => (rrset ? rrset.rdata.map((d) => d.toLowerCase()).sort().join("\n") : null);

/**
 * A zone held in memory: currentRecords() and publish() as the contract has them; `fail` makes
 * either fail. publish() checks each change's prerequisite (`was`, the set as it was read) as
 * a DNS server does and answers stale (YXRRSET, NXRRSET) when it no longer holds.
 * `beforePublish`: another writer's work, run just before each publish() (a race).
 */
function fakeDns(initial = []) {
  const dns = {
    rrsets: initial.slice(), published: [], queried: [], fail: {}, beforePublish: null,
    currentRecords(settings, names, types) {
      dns.queried.push({ settings, names, types });
      if (dns.fail.current) return { ok: false, reason: dns.fail.current };
      return { ok: true, rrsets: dns.rrsets.filter((r) => names.includes(r.name) && (!types || types.includes(r.type))) };
    },
    publish(settings, plan) {
      dns.published.push({ settings, plan });
      if (dns.beforePublish) dns.beforePublish(dns);
      if (dns.fail.publish) return { ok: false, reason: dns.fail.publish, stale: false };
      for (const c of plan.changes) {
        const now = dns.rrsets.find((r) => r.name === c.name && r.type === c.type) || null;
        if (asSet(now) === asSet(c.was)) continue;
        return c.was ? { ok: false, stale: true, reason: "NXRRSET: a record set differs from what the update expected (it changed since it was read)" }
          : { ok: false, stale: true, reason: "YXRRSET: a record set exists that the update expected absent (it changed since it was read)" };
      }
      for (const c of plan.changes) {
        dns.rrsets = dns.rrsets.filter((r) => !(r.name === c.name && r.type === c.type));
        if (c.rrset) dns.rrsets.push(c.rrset);
      }
      return { ok: true };
    },
  };
  return dns;
}

function fakeState() {
  const files = {};
  const locks = new Set();
  return {
    files, locks,
    lock(id) { if (locks.has(id)) return false; locks.add(id); return true; },
    unlock(id) { locks.delete(id); },
    read(id) { return Object.prototype.hasOwnProperty.call(files, id) ? files[id] : null; },
    write(id, text) { files[id] = text; return null; },
  };
}

function captureLog() {
  const lines = [];
  const log = {};
  for (const level of ["error", "warn", "notice", "info", "debug"]) log[level] = (text) => lines.push({ level, text });
  return { log, lines, text: () => lines.map((l) => l.level + ": " + l.text).join("\n") };
}

/** A query string as Synchronet's web server splits it: each parameter's values in order, decoded. */
function query(text) {
  const q = {};
  for (const part of text.split("&").filter(Boolean)) {
    const [k, v = ""] = part.split("=");
    (q[k] = q[k] || []).push(decodeURIComponent(v));
  }
  return q;
}

module.exports = { HUB_USERS, SECRET, rawSettings, fakeClock, fakeClient, FULL, fakeAccounts, fakeDns, fakeState, captureLog, query };
