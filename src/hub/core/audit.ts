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

var RESULTS: AuditResult[] = ["updated", "unchanged", "refused", "failed"];
var FRONTS: FrontEnd[] = ["8467", "dyndns2"];
/** The time as auditLine writes it (Date's toISOString): parsed here, not by Date.parse, whose ISO support differs between engines. */
var ISO_TIME = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,3}))?Z$/;

/** The time of an audit line in ms since 1970, or null when it is not the ISO 8601 UTC form auditLine writes. */
export function auditTime(time: string): number | null {
  var m = ISO_TIME.exec(time);
  if (!m) return null;
  var ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], m[7] ? +(m[7] + "00").slice(0, 3) : 0);
  // Date.UTC rolls 2026-02-31 over into March: a date that does not exist is not a time.
  return new Date(ms).toISOString().slice(0, 19) === time.slice(0, 19) ? ms : null;
}

function stringOrNull(value: unknown): value is string | null {
  return value === null || typeof value === "string";
}

/** A record view's keys as viewOf writes them for the hub's names: "A" for <id>.<zone>'s own set, "*.CNAME" for the wildcard's. */
var VIEW_KEY = /^(\*\.)?[A-Z]{1,10}$/;

/**
 * A record view as read back: its sets under keys viewOf writes, with a number as TTL and a list of
 * strings as data; null when it is not an object.
 */
function viewOrNull(value: unknown): RecordView | null {
  if (value === null || typeof value !== "object" || value instanceof Array) return null;
  var source = value as { [key: string]: unknown };
  var view: RecordView = {};
  for (var key in source) {
    if (!source.hasOwnProperty(key) || !VIEW_KEY.test(key)) continue;
    var set = source[key] as { ttl?: unknown; data?: unknown } | null;
    if (!set || typeof set.ttl !== "number" || !(set.data instanceof Array)) continue;
    var data: string[] = [];
    for (var i = 0; i < set.data.length; i++) if (typeof set.data[i] === "string") data.push(set.data[i]);
    view[key] = { ttl: set.ttl, data: data };
  }
  return view;
}

/**
 * One line of the audit log read back: the record auditLine wrote, or null for a line that
 * is not one (torn by a crash, a sysop's note, another program's). The one reader of the
 * format, beside its writer, for everything that reads the log (the hub's web pages).
 */
export function parseAuditLine(line: string): AuditRecord | null {
  var parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (e) {
    return null;
  }
  if (parsed === null || typeof parsed !== "object" || parsed instanceof Array) return null;
  var o = parsed as { [key: string]: unknown };
  var result = o.result as AuditResult;
  var front = o.front as FrontEnd;
  if (typeof o.time !== "string" || auditTime(o.time) === null || FRONTS.indexOf(front) < 0 || RESULTS.indexOf(result) < 0
    || !stringOrNull(o.id) || typeof o.address !== "string" || !stringOrNull(o.reason)) return null;
  return {
    time: o.time, front: front, id: o.id, address: o.address, result: result, reason: o.reason, old: viewOrNull(o.old), new: viewOrNull(o["new"]),
  };
}
