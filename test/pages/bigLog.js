"use strict";
// A large audit log for the pages' bench and tests: lines written by the hub's own writer
// (auditLine), `members` names updating over `days` days up to `end`, in time order, with the
// mix a hub sees: mostly unchanged updates, some changes, refusals (wrong passwords, limits,
// abuse), DNS failures, and ids that are no member's (wrong or hostile).
require("../support/register-ts.js");
const { auditLine } = require("../../src/hub/core/audit");

/** A small deterministic generator, so that two runs write the same log. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const REFUSALS = [
  "login failed for '%ID%'",
  "%OWNER%: 12 s short of the minimum interval of 60 s",
  "%OWNER%: reached the limit of 48 unchanged updates a day",
  "ip '10.0.0.1': expected a public unicast address (this one is not public)",
];
const FAILURES = ["reading the current records: no answer from 127.0.0.1:53 within 5 s", "no answer at txt?"];

/** The member ids: MEMBER001 ... */
function memberIds(n) {
  return Array.from({ length: n }, (_, i) => "MEMBER" + String(i + 1).padStart(3, "0"));
}

/**
 * options: lines (100000), members (300), days (30), end (ms), zone ("bbs.test"), seed.
 * Returns the log's text.
 */
function bigLog(options = {}) {
  const lines = options.lines || 100000;
  const ids = memberIds(options.members || 300);
  const days = options.days || 30;
  const end = options.end || Date.now();
  const zone = options.zone || "bbs.test";
  const rnd = random(options.seed || 1);
  const start = end - days * 86400000;
  const out = [];
  for (let i = 0; i < lines; i++) {
    const time = new Date(start + Math.floor(((i + rnd()) / lines) * (end - start))).toISOString();
    const stranger = rnd() < 0.02;
    const id = stranger ? "WRONG" + Math.floor(rnd() * 50) : ids[Math.floor(rnd() * ids.length)];
    const owner = id.toLowerCase() + "." + zone;
    const address = "198.51." + Math.floor(rnd() * 256) + "." + (1 + Math.floor(rnd() * 254));
    const front = rnd() < 0.7 ? "8467" : "dyndns2";
    const view = { A: { ttl: 300, data: [address] }, TXT: { ttl: 300, data: ["The " + id + " BBS"] }, MX: { ttl: 300, data: ["10 mail." + owner] } };
    const roll = rnd();
    let record;
    if (stranger || roll < 0.1) {
      const reason = (stranger ? REFUSALS[0] : REFUSALS[Math.floor(rnd() * REFUSALS.length)]).replace("%ID%", id).replace("%OWNER%", owner);
      record = { result: "refused", reason, old: null, new: null };
    } else if (roll < 0.14) {
      record = { result: "failed", reason: FAILURES[Math.floor(rnd() * FAILURES.length)], old: null, new: view };
    } else if (roll < 0.3) {
      record = { result: "updated", reason: null, old: { A: { ttl: 300, data: ["203.0.113." + Math.floor(rnd() * 255)] } }, new: view };
    } else {
      record = { result: "unchanged", reason: null, old: view, new: view };
    }
    out.push(auditLine(Object.assign({ time, front, id: front === "dyndns2" && !stranger ? id.toLowerCase() : id, address }, record)));
  }
  return out.join("\n") + "\n";
}

module.exports = { bigLog, memberIds };
