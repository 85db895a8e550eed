import type { DnsServerSettings, RRset, UpdatePlan } from "../../shared/core/dns/types";
import { Wanted } from "./records";
import { describePlan, planChanges } from "./changes";
import { decideRate, decideUnchanged, parseRateState, RateState, recordUnchanged, recordWrite, restamped } from "./rateLimit";
import { ServiceSettings } from "./settings";
import { Hub } from "./types";

/**
 * What became of one id's records. `old`: the records as the DNS server had them
 * (null when they could not be read). A refusal (`busy`, a rate limit) carries the
 * words for the member and for the log; a failure names what went wrong for the log.
 */
export type Published =
  | { result: "updated"; old: RRset[]; detail: string }
  | { result: "unchanged"; old: RRset[] }
  /** limit: which one refused it (another session of the id under way, min_interval or hourly_cap, nochg_limit). */
  | { result: "refused"; old: RRset[] | null; limit: "busy" | "rate" | "unchanged"; reply: string; log: string }
  | { result: "failed"; old: RRset[] | null; reason: string };

/**
 * Takes `owner`'s records from what the DNS server has to `wanted`: under the id's
 * lock (one session of an id at a time, whichever front end), unless the id keeps
 * asking for what is already there (nochg_limit), reads the current records, and
 * writes the change if there is one and the limits allow it.
 */
export function publishWanted(hub: Hub, settings: ServiceSettings, id: string, owner: string, wanted: Wanted[]): Published {
  if (!hub.state.lock(id)) {
    return { result: "refused", old: null, limit: "busy", reply: "refused: another update of " + id + " is under way; try again in a minute", log: "busy" };
  }
  try {
    return readAndWrite(hub, settings, id, owner, wanted);
  } finally {
    hub.state.unlock(id);
  }
}

function readAndWrite(hub: Hub, settings: ServiceSettings, id: string, owner: string, wanted: Wanted[]): Published {
  // Read once: the lock keeps other sessions of this id from writing it meanwhile.
  var rateState = parseRateState(hub.state.read(id));
  var settled = restamped(rateState, hub.now());
  if (settled) {
    rateState = settled;
    hub.log.warn("rate-limit state of " + id + ": writes stamped after now (the clock was set back) are counted as made now");
    keepRateState(hub, id, rateState);
  }
  var abuse = decideUnchanged(owner, rateState, hub.now(), settings.nochgLimit);
  if (!abuse.ok) return { result: "refused", old: null, limit: "unchanged", reply: abuse.reply, log: abuse.log };

  var startedAt = hub.now();
  var current = hub.dns.currentRecords(settings.dns, [owner, "*." + owner]);
  if (!current.ok) return { result: "failed", old: null, reason: "reading the current records: " + current.reason };
  var old = current.rrsets;
  var plan = planChanges(settings.zone, wanted, old);
  if (plan.changes.length === 0) return unchanged(hub, id, rateState, old);

  var rate = decideRate(owner, rateState, hub.now(), settings.minInterval, settings.hourlyCap);
  if (!rate.ok) return { result: "refused", old: old, limit: "rate", reply: rate.reply, log: rate.log };

  var written = write(hub, settings, plan, startedAt);
  var retried = written.stale;
  if (written.stale) {
    // Another writer changed these records since they were read (another hub, or a tool of the
    // sysop's): read them again and make the plan again from what is there now, once.
    var rest = timeLeft(settings, startedAt, hub.now());
    var again = rest ? hub.dns.currentRecords(rest, [owner, "*." + owner]) : { ok: false as false, reason: "no time left in dns_timeout" };
    if (!again.ok) return { result: "failed", old: old, reason: "the update: " + written.reason + "; reading the records again: " + again.reason };
    old = again.rrsets;
    plan = planChanges(settings.zone, wanted, old);
    if (plan.changes.length === 0) return unchanged(hub, id, rateState, old);
    written = write(hub, settings, plan, startedAt);
    if (written.stale) return { result: "failed", old: old, reason: "the update, made again: " + written.reason + "; another writer keeps changing these records" };
  }
  if (!written.ok) return { result: "failed", old: old, reason: "the update: " + written.reason };
  keepRateState(hub, id, recordWrite(rateState, hub.now()));
  return { result: "updated", old: old, detail: describePlan(owner, plan) + " (DNS " + (hub.now() - startedAt) + " ms"
    + (retried ? "; made again: another writer had changed the records since they were read" : "") + ")" };
}

/**
 * What is left of dns_timeout since `startedAt`, in tenths of a second rounded down, as the
 * settings of the next exchange; null when nothing is left. All the DNS work of one session
 * shares dns_timeout, so that the client never waits longer than that on the DNS server.
 */
function timeLeft(settings: ServiceSettings, startedAt: number, now: number): DnsServerSettings | null {
  var left = Math.floor((settings.dns.timeoutSeconds * 1000 - (now - startedAt)) / 100) / 10;
  if (left <= 0) return null;
  return {
    server: settings.dns.server, port: settings.dns.port, transport: settings.dns.transport, key: settings.dns.key,
    zone: settings.dns.zone, timeoutSeconds: left,
  };
}

/** One UPDATE with what is left of dns_timeout; not started without any. `reason`: why it failed, for "the update: ...". */
function write(hub: Hub, settings: ServiceSettings, plan: UpdatePlan, startedAt: number): { ok: boolean; stale: boolean; reason: string } {
  var spent = hub.now() - startedAt;
  var dns = timeLeft(settings, startedAt, hub.now());
  if (!dns) {
    return { ok: false, stale: false, reason: "not started, the DNS work took " + spent + " ms of dns_timeout ("
      + settings.dns.timeoutSeconds + " s)" };
  }
  var outcome = hub.dns.publish(dns, plan);
  return outcome.ok ? { ok: true, stale: false, reason: "" } : { ok: false, stale: outcome.stale, reason: outcome.reason };
}

/** Nothing to write: counted, since a client that keeps asking for what is there is abusing the hub. */
function unchanged(hub: Hub, id: string, rateState: RateState, old: RRset[]): Published {
  keepRateState(hub, id, recordUnchanged(rateState, hub.now()));
  return { result: "unchanged", old: old };
}

/** Writes the id's rate-limit state; a failure is worth a warning, not the session. */
function keepRateState(hub: Hub, id: string, state: RateState): void {
  var problem = hub.state.write(id, JSON.stringify(state));
  if (problem) hub.log.warn("rate-limit state of " + id + ": " + problem);
}
