import type { DnsServerSettings, RRset } from "../../shared/core/dns/types";
import { Wanted } from "./records";
import { describePlan, planChanges } from "./changes";
import { decideRate, parseRateState, RateState, recordWrite, restamped } from "./rateLimit";
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
  | { result: "refused"; old: RRset[] | null; reply: string; log: string }
  | { result: "failed"; old: RRset[] | null; reason: string };

/**
 * Takes `owner`'s records from what the DNS server has to `wanted`: under the id's
 * lock (one session of an id at a time, whichever front end), reads the current
 * records, and writes the change if there is one and the limits allow it.
 */
export function publishWanted(hub: Hub, settings: ServiceSettings, id: string, owner: string, wanted: Wanted[]): Published {
  if (!hub.state.lock(id)) {
    return { result: "refused", old: null, reply: "refused: another update of " + id + " is under way; try again in a minute", log: "busy" };
  }
  try {
    return readAndWrite(hub, settings, id, owner, wanted);
  } finally {
    hub.state.unlock(id);
  }
}

function readAndWrite(hub: Hub, settings: ServiceSettings, id: string, owner: string, wanted: Wanted[]): Published {
  var startedAt = hub.now();
  var current = hub.dns.currentRecords(settings.dns, [owner, "*." + owner]);
  if (!current.ok) return { result: "failed", old: null, reason: "reading the current records: " + current.reason };
  var old = current.rrsets;
  var plan = planChanges(settings.zone, wanted, old);
  if (plan.changes.length === 0) return { result: "unchanged", old: old };

  // Read once: the lock keeps other sessions of this id from writing it meanwhile.
  var rateState = parseRateState(hub.state.read(id));
  var settled = restamped(rateState, hub.now());
  if (settled) {
    rateState = settled;
    hub.log.warn("rate-limit state of " + id + ": writes stamped after now (the clock was set back) are counted as made now");
    keepRateState(hub, id, rateState);
  }
  var rate = decideRate(owner, rateState, hub.now(), settings.minInterval, settings.hourlyCap);
  if (!rate.ok) return { result: "refused", old: old, reply: rate.reply, log: rate.log };

  // The two exchanges share dns_timeout, so that the client never waits longer than that on the DNS server:
  // the update gets what the reading left, in tenths of a second rounded down, and is not started without any.
  var spent = hub.now() - startedAt;
  var left = Math.floor((settings.dns.timeoutSeconds * 1000 - spent) / 100) / 10;
  if (left <= 0) {
    return { result: "failed", old: old, reason: "the update: not started, reading the current records took " + spent
      + " ms of dns_timeout (" + settings.dns.timeoutSeconds + " s)" };
  }
  var dns: DnsServerSettings = {
    server: settings.dns.server, port: settings.dns.port, transport: settings.dns.transport, key: settings.dns.key,
    zone: settings.dns.zone, timeoutSeconds: left,
  };
  var outcome = hub.dns.publish(dns, plan);
  if (!outcome.ok) return { result: "failed", old: old, reason: "the update: " + outcome.reason };
  keepRateState(hub, id, recordWrite(rateState, hub.now()));
  return { result: "updated", old: old, detail: describePlan(owner, plan) + " (DNS " + (hub.now() - startedAt) + " ms)" };
}

/** Writes the id's rate-limit state; a failure is worth a warning, not the session. */
function keepRateState(hub: Hub, id: string, state: RateState): void {
  var problem = hub.state.write(id, JSON.stringify(state));
  if (problem) hub.log.warn("rate-limit state of " + id + ": " + problem);
}
