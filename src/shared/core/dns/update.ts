// RFC 2136 UPDATE from an UpdatePlan: one message, so the change is atomic.
import { CLASS, OPCODE, PUBLISHED_TYPES, TYPE } from "./codes";
import { Message, WireRecord, encodeMessage } from "./message";
import { nameProblem, normalName } from "./names";
import { EXPECTED, encodeRdata } from "./rdata";
import { RRset, RRType, UpdatePlan } from "./types";

/** RFC 2181 8: a TTL is 0 to 2^31 - 1 seconds. */
var MAX_TTL = 2147483647;

function isBelow(name: string, zone: string): boolean {
  var n = normalName(name);
  var z = normalName(zone);
  return n.length > z.length + 1 && n.slice(-(z.length + 1)) === "." + z;
}

function rrsetProblem(name: string, type: string, rrset: RRset): string | null {
  var where = name + " " + type;
  if (normalName(rrset.name) !== normalName(name) || rrset.type !== type) {
    return "the record set for " + where + " is named " + rrset.name + " " + rrset.type;
  }
  if (rrset.ttl !== Math.floor(rrset.ttl) || rrset.ttl < 0 || rrset.ttl > MAX_TTL) {
    return "the TTL of " + where + " is " + rrset.ttl + " (expected a whole number of seconds, 0 to " + MAX_TTL + ")";
  }
  if (rrset.rdata.length === 0) return "the record set for " + where + " is empty (use null to delete it)";
  if (type === "CNAME" && rrset.rdata.length > 1) return "a CNAME set has one record; " + where + " has " + rrset.rdata.length;
  for (var i = 0; i < rrset.rdata.length; i++) {
    if (encodeRdata(rrset.type, rrset.rdata[i]) === null) {
      return where + " '" + rrset.rdata[i] + "' is not " + EXPECTED[type];
    }
  }
  return null;
}

/**
 * Why the plan cannot be sent, or null when it can: every name strictly below
 * the zone (the service never touches the zone's own records), one change per
 * (name, type), record texts valid for their types.
 */
export function planProblem(plan: UpdatePlan): string | null {
  var zoneProblem = nameProblem(plan.zone);
  if (zoneProblem !== null || normalName(plan.zone) === "") return "the zone " + (zoneProblem || "is the root");
  var seen: { [key: string]: boolean } = {};
  for (var i = 0; i < plan.changes.length; i++) {
    var change = plan.changes[i];
    var problem = nameProblem(change.name);
    if (problem !== null) return problem;
    if (!isBelow(change.name, plan.zone)) return "'" + change.name + "' is not a name under the zone " + normalName(plan.zone);
    if (PUBLISHED_TYPES.indexOf(change.type) < 0) return "'" + change.type + "' is not a type the service publishes";
    var key = normalName(change.name) + " " + change.type;
    if (seen[key]) return key + " is changed twice";
    seen[key] = true;
    if (change.rrset) {
      problem = rrsetProblem(change.name, change.type, change.rrset);
      if (problem !== null) return problem;
    }
    if (change.was === undefined) return key + " has no prerequisite (the set as read, or null when there was none)";
    if (change.was) {
      problem = rrsetProblem(change.name, change.type, change.was);
      if (problem !== null) return "as read: " + problem;
    }
  }
  return null;
}

/**
 * The prerequisite that the set is still as it was read (RFC 2136 2.4): "RRset exists (value
 * dependent)", every record of it with class IN and TTL 0, which the server compares as a set
 * (TTLs are not compared); or, for a set that was absent, "RRset does not exist" (class NONE).
 */
function prerequisites(name: string, type: RRType, was: RRset | null): WireRecord[] {
  if (!was) return [{ name: name, type: TYPE[type], klass: CLASS.NONE, ttl: 0, rdata: "" }];
  var out: WireRecord[] = [];
  for (var r = 0; r < was.rdata.length; r++) {
    out.push({ name: name, type: TYPE[type], klass: CLASS.IN, ttl: 0, rdata: encodeRdata(type, was.rdata[r]) as string });
  }
  return out;
}

/**
 * The UPDATE message of a plan whose planProblem() is null (or, in tests,
 * whatever names it holds): zone section = the zone's SOA; prerequisites = each
 * changed set as it was read; for each change "delete the RRset (name, type)"
 * then its new records. One message, so the change is atomic, and it applies
 * only to the records it was planned from.
 */
export function encodeUpdate(plan: UpdatePlan, id: number): string {
  var required: WireRecord[] = [];
  var updates: WireRecord[] = [];
  for (var i = 0; i < plan.changes.length; i++) {
    var change = plan.changes[i];
    var name = normalName(change.name);
    required = required.concat(prerequisites(name, change.type, change.was));
    updates.push({ name: name, type: TYPE[change.type], klass: CLASS.ANY, ttl: 0, rdata: "" });
    var rrset = change.rrset;
    if (!rrset) continue;
    for (var r = 0; r < rrset.rdata.length; r++) {
      updates.push({ name: name, type: TYPE[change.type], klass: CLASS.IN, ttl: rrset.ttl, rdata: encodeRdata(rrset.type, rrset.rdata[r]) as string });
    }
  }
  var message: Message = {
    id: id, flags: OPCODE.UPDATE << 11,
    questions: [{ name: normalName(plan.zone), type: TYPE.SOA, klass: CLASS.IN }],
    answers: required, authority: updates, additional: [],
  };
  return encodeMessage(message);
}
