/** The record types the DynDNS service publishes. */
export type RRType = "A" | "AAAA" | "MX" | "TXT" | "LOC" | "CNAME";

/**
 * One record set. name: absolute, lower case, no trailing dot ("vert.bbs.test").
 * rdata in presentation form, one string per record:
 *   A "203.0.113.7"  AAAA "2001:db8::1"  MX "10 mail.example.com"  CNAME "vert.bbs.test"
 *   TXT: the text itself, one <character-string> of at most 255 bytes (no quotes, no escapes)
 *   LOC: RFC 1876 text, as src/shared/core/loc.ts validates it
 */
export interface RRset { name: string; type: RRType; ttl: number; rdata: string[] }

/** A TSIG key; secret: the key bytes as a byte string (char codes 0-255), not base64. */
export interface TsigKey { name: string; algorithm: "hmac-sha256"; secret: string }

/**
 * The change one session makes: for each (name, type), the new set, or null to delete it, and
 * the set as it was read before (null: there was none). The UPDATE makes what was read its
 * prerequisite (RFC 2136 2.4), so that it applies only to the records it was planned from.
 */
export interface UpdatePlan {
  zone: string;
  changes: { name: string; type: RRType; rrset: RRset | null; was: RRset | null }[];
}

/** Where and how the service reaches the zone's primary DNS server. */
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

/**
 * reason: one line, e.g. "NOTAUTH (TSIG BADKEY): ...", "REFUSED: ...", "no answer from 127.0.0.1:15353 within 5 s".
 * stale: the server refused the update because a prerequisite failed (YXRRSET, NXRRSET): the
 * records changed since they were read, so the plan must be made again from what is there now.
 */
export type DnsOutcome = { ok: true } | { ok: false; reason: string; stale: boolean };
