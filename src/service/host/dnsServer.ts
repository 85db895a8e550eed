import { RRset, TsigKey, UpdatePlan } from "../core/dns/types";

export interface DnsServerSettings {
  /** Address or host name of the primary. */
  server: string;
  port: number;
  /** "udp": UDP when the message fits 512 bytes, TCP on TC or when larger. */
  transport: "tcp" | "udp";
  key: TsigKey;
  zone: string;
  /** For the whole exchange. */
  timeoutSeconds: number;
}

/** reason: one line, e.g. "NOTAUTH (TSIG BADKEY)", "REFUSED", "no answer from 127.0.0.1:15353 within 5 s". */
export type DnsOutcome = { ok: true } | { ok: false; reason: string };

/** The current record sets of these names (types A, AAAA, MX, TXT, LOC, CNAME), read from the primary. */
export function currentRecords(settings: DnsServerSettings, names: string[]):
  { ok: true; rrsets: RRset[] } | { ok: false; reason: string } {
  return { ok: false, reason: "not implemented yet: reading " + names.length + " names from " + settings.server };
}

/** Sends one atomic, TSIG-signed UPDATE with the plan; the server's answer decides. */
export function publish(settings: DnsServerSettings, plan: UpdatePlan): DnsOutcome {
  return { ok: false, reason: "not implemented yet: " + plan.changes.length + " changes to " + settings.server };
}
