import { sameRRset } from "../../shared/core/dns/rrset";
import { RRset, RRType, UpdatePlan } from "../../shared/core/dns/types";
import { Wanted } from "./records";
import { escapeControl } from "../../shared/core/text";

function current(rrsets: RRset[], name: string, type: RRType): RRset | null {
  for (var i = 0; i < rrsets.length; i++) {
    if (rrsets[i].name === name && rrsets[i].type === type) return rrsets[i];
  }
  return null;
}

/**
 * The update that takes the zone from its current records to the wanted
 * ones: only the sets that differ (records compared as the DNS server stores
 * them, TTL included), each with the set as it was read, which the UPDATE
 * requires to be still there. No change means nothing to send.
 */
export function planChanges(zone: string, wanted: Wanted[], rrsets: RRset[]): UpdatePlan {
  var plan: UpdatePlan = { zone: zone, changes: [] };
  for (var i = 0; i < wanted.length; i++) {
    var w = wanted[i];
    var was = current(rrsets, w.name, w.type);
    if (!sameRRset(was, w.rrset)) plan.changes.push({ name: w.name, type: w.type, rrset: w.rrset, was: was });
  }
  return plan;
}

/** "A" for the owner's own set, "*.CNAME" for one of a name below it (`name` ends with `owner`). */
function viewKey(owner: string, name: string, type: RRType): string {
  return name.slice(0, name.length - owner.length) + type;
}

/** Records as the audit log shows them: { "A": { ttl: 300, data: ["203.0.113.7"] }, "*.CNAME": ... }. */
export interface RecordView {
  [type: string]: { ttl: number; data: string[] };
}

/** `owner`'s own sets by type; those of names below it (the wildcard) as "<label>.<type>". */
export function viewOf(owner: string, rrsets: RRset[]): RecordView {
  var view: RecordView = {};
  for (var i = 0; i < rrsets.length; i++) {
    var r = rrsets[i];
    view[viewKey(owner, r.name, r.type)] = { ttl: r.ttl, data: r.rdata.slice() };
  }
  return view;
}

export function wantedSets(wanted: Wanted[]): RRset[] {
  var out: RRset[] = [];
  for (var i = 0; i < wanted.length; i++) {
    var rrset = wanted[i].rrset;
    if (rrset) out.push(rrset);
  }
  return out;
}

/** The plan in a few words for a log line: "A 203.0.113.7, TXT 'Vertrauen', no AAAA, no *.CNAME". */
export function describePlan(owner: string, plan: UpdatePlan): string {
  var parts: string[] = [];
  for (var i = 0; i < plan.changes.length; i++) {
    var change = plan.changes[i];
    var type = viewKey(owner, change.name, change.type);
    parts.push(change.rrset ? type + " " + escapeControl(change.rrset.rdata.join(" | ")) + " (ttl " + change.rrset.ttl + ")" : "no " + type);
  }
  return parts.join(", ");
}
