import { RecordView } from "./changes";

/** What became of one session. */
export type AuditResult = "updated" | "unchanged" | "refused" | "failed";

/** The hub's front ends: the 8467 line protocol of dyndns.js, and the dyndns2 web endpoint (/nic/update). */
export type FrontEnd = "8467" | "dyndns2";

/** One line of the audit log: one per session (a dyndns2 request: one per host name), whatever happened. Never the password. */
export interface AuditRecord {
  /** ISO 8601, UTC. */
  time: string;
  /** Which front end the session came through. */
  front: FrontEnd;
  /** The id as the client sent it (null when it sent none). */
  id: string | null;
  /** The address the connection came from. */
  address: string;
  result: AuditResult;
  /** Why it was refused or failed (null when it succeeded). */
  reason: string | null;
  /** The records before (null when they were not read) and those asked for (null when not valid). */
  old: RecordView | null;
  new: RecordView | null;
}

/** Longest id kept in the log: a hostile client decides what it sends. */
var MAX_ID = 64;

/** The record as one line of JSON, ASCII only (bytes above 0x7e as \u00XX), so any byte a client sends stays one valid line. */
export function auditLine(record: AuditRecord): string {
  var id = record.id === null ? null : record.id.length > MAX_ID ? record.id.slice(0, MAX_ID) + "..." : record.id;
  var shown = {
    time: record.time, front: record.front, id: id, address: record.address, result: record.result, reason: record.reason,
    old: record.old, new: record.new,
  };
  return JSON.stringify(shown).replace(/[\u007f-\uffff]/g, function (c) {
    return "\\u" + ("0000" + c.charCodeAt(0).toString(16)).slice(-4);
  });
}
