"use strict";
// What the unit tests of the dyndns2 endpoint's core (src/web/core) share: a request as the web
// server hands it to the script (its query string as sent, the account its Basic auth logged in,
// the User-Agent, the source address), the hub's ports faked
// (test/unit/hub/fakes.js), and what came out: the reply, the zone, the audit lines, the log.
const { updateNames } = require("../../../src/web/core/update");
const { UFLAG_Q } = require("../../../src/hub/core/authorize");
const { HUB_USERS, rawSettings, fakeClock, fakeAccounts, fakeDns, fakeState, captureLog } = require("../hub/fakes");

/** The hub's user database: a sysop, QWKnet accounts and accounts that may update nothing. */
const USERS = Object.assign({}, HUB_USERS, {
  OTHER: { number: 6, password: "other", restrictions: UFLAG_Q },
});
const ZONE = "bbs.test";
const OWNER = "testbbs." + ZONE;
const WILD = "*." + OWNER;
const SOURCE = "198.51.100.7";
const set = (name, type, rdata, ttl = 300) => ({ name, type, ttl, rdata });

/** Every record a member can have, as an 8467 session sets them. */
const FULL_ZONE = [
  set(OWNER, "A", ["192.0.2.1"]), set(OWNER, "AAAA", ["2001:db8::1"]), set(OWNER, "MX", ["10 mail.example.com"]),
  set(OWNER, "TXT", ["\"Test BBS\""]), set(OWNER, "LOC", ["52 22 23.000 N 4 53 32.000 E -2.00m 1m 10000m 10m"]), set(WILD, "CNAME", [OWNER]),
];

/**
 * One request through updateNames(). options: as (the account's alias; null: no credentials),
 * account (an account object as the web server gives it, instead of `as`), agent (User-Agent),
 * source, settings (raw [dyndns_service] overrides), unknown (unknown keys found there), zone (records before), dns, state, clock,
 * audit (the audit log's answer: null, or why it could not be written).
 */
function request(text, options = {}) {
  const clock = options.clock || fakeClock();
  const dns = options.dns || fakeDns(options.zone || []);
  const state = options.state || fakeState();
  const log = captureLog();
  const audit = [];
  const accounts = fakeAccounts(USERS);
  const who = options.as === undefined ? "TESTBBS" : options.as;
  const account = options.account || (who === null ? null : accounts.login(who, USERS[who].password));
  const reply = updateNames({
    now: clock.now, readSettings: () => Object.assign(rawSettings(options.settings), { unknown: options.unknown || [] }), dns, state, log: log.log, accounts, account,
    queryString: text, userAgent: options.agent === undefined ? "test-client/1.0" : options.agent,
    sourceAddress: options.source || SOURCE,
    audit: (line) => { audit.push(line); return options.audit === undefined ? null : options.audit; },
  });
  return {
    reply, dns, state, log, clock,
    lines: reply.body.split("\n").slice(0, -1),
    auditLines: audit,
    audit: audit.map((line) => JSON.parse(line)),
    /** The records the zone holds now, as { "A": [...], "*.CNAME": [...] } for the owner and its wildcard. */
    held: () => held(dns),
  };
}

function held(dns) {
  const out = {};
  for (const r of dns.rrsets) out[(r.name === WILD ? "*." : r.name === OWNER ? "" : r.name + " ") + r.type] = r.rdata;
  return out;
}

module.exports = { USERS, ZONE, OWNER, WILD, SOURCE, FULL_ZONE, set, request, held, fakeClock, fakeDns, fakeState };
