// The ports of a hub's core: what the host gives both front ends (the 8467 service and the
// dyndns2 endpoint), so that the core never touches a Synchronet global.
import type { DnsOutcome, DnsServerSettings, RRset, RRType, UpdatePlan } from "../../shared/core/dns/types";

/** Log levels the hub uses; the host maps them to Synchronet's log(). */
export interface HubLog {
  error(text: string): void;
  warn(text: string): void;
  notice(text: string): void;
  info(text: string): void;
  debug(text: string): void;
}

/** The zone's primary DNS server, as src/shared/host/dnsServer.ts offers it. */
export interface DnsServer {
  /** `types`: those to read (default: every type the hub publishes), for each name, in one exchange. */
  currentRecords(settings: DnsServerSettings, names: string[], types?: RRType[]): { ok: true; rrsets: RRset[] } | { ok: false; reason: string };
  publish(settings: DnsServerSettings, plan: UpdatePlan): DnsOutcome;
}

/**
 * Per-id state kept between sessions (the rate limits), and a lock so that one id has one
 * session at a time, whichever front end it comes through.
 */
export interface StateStore {
  /** False when another session of this id holds the lock. */
  lock(id: string): boolean;
  unlock(id: string): void;
  /** The id's state as written last, or null. */
  read(id: string): string | null;
  /** Writes it whole; null when done, else why not. */
  write(id: string, text: string): string | null;
}

/** What publishing needs from the host. */
export interface Hub {
  now(): number;
  dns: DnsServer;
  state: StateStore;
  log: HubLog;
}
