import { AuditRecord, AuditResult, auditTime, FrontEnd, parseAuditLine } from "../../hub/core/audit";
import { isAbuse, reasonKind } from "../../hub/core/reasons";
import { ByteSource, eachLine } from "./logLines";

/**
 * What the web pages need of the audit log, kept in a small file beside the hub's state and
 * brought up to date from the log's new lines at each page: a page reads the bytes appended
 * since the last one (usually a few lines), never the whole log again. Per id: where its
 * latest sessions are in the log, its last success and last change, its failures; for the
 * whole hub: the sessions of each hour of the last week. Built from the log by the log's own
 * reader (parseAuditLine), so a hub that deletes the file loses nothing: it is built again.
 */
export interface AuditIndex {
  /** INDEX_FORMAT: an index of another format is built again. */
  format: number;
  /** The log's first bytes when it was read: a log that no longer starts with them is another file (rotated, replaced). */
  head: string;
  /** Bytes of the log read so far (up to the end of its last complete line). */
  size: number;
  /** Ms since 1970 of the latest session read. */
  latest: number;
  /** Per id, by idKey(). */
  ids: { [key: string]: IdSummary };
  /** Per hour (ms / HOUR_MS, rounded down) of the last week: sessions [updated, unchanged, refused or failed]. */
  hours: { [hour: string]: number[] };
}

/** One session, as the pages show it. */
export interface SessionBrief {
  time: number;
  front: FrontEnd;
  address: string;
  result: AuditResult;
}

export interface IdSummary {
  /** The id as it was last sent (letter case and all). */
  id: string;
  /** Offsets in the log of its latest sessions (at most RECENT), oldest first. */
  recent: number[];
  sessions: number;
  last: SessionBrief;
  /** The latest session that went through (updated or unchanged). */
  lastOk: SessionBrief | null;
  /** When its records last changed. */
  lastChange: number | null;
  /** Sessions refused or failed since the last one that went through, and when the first of them was. */
  streak: number;
  streakSince: number | null;
  /** The reason of the latest session refused or failed. */
  lastReason: string | null;
  /** Refused or failed sessions per day (ms / DAY_MS) of the last week; those refused as abuse apart. */
  failDays: { [day: string]: number };
  abuseDays: { [day: string]: number };
}

export var INDEX_FORMAT = 1;
/** Sessions of an id that its page lists. */
export var RECENT = 20;
export var HOUR_MS = 3600 * 1000;
export var DAY_MS = 24 * HOUR_MS;
/** Days the failures and the hourly counts are kept for. */
export var WEEK_DAYS = 7;
/** Bytes of the log's start that identify it. */
var HEAD_BYTES = 64;
/**
 * Ids kept at most: a client of the 8467 service may send any id, and each wrong one is a
 * session of its own. Beyond this, ids that never had a session go through are dropped first.
 */
export var MAX_IDS = 5000;
/** Longest reason kept (a reason quotes what a client sent). */
var MAX_REASON = 300;

/** The key of an id: its lower case behind a mark, so that no id ("__proto__", "constructor") is a property of Object. */
export function idKey(id: string): string {
  return "=" + id.toLowerCase();
}

export function emptyIndex(): AuditIndex {
  return { format: INDEX_FORMAT, head: "", size: 0, latest: 0, ids: {}, hours: {} };
}

/** The index file's text read back; null when it is not an index of this format (it is then built again). */
export function parseIndex(text: string | null): AuditIndex | null {
  if (text === null) return null;
  try {
    var parsed = JSON.parse(text);
    if (!parsed || parsed.format !== INDEX_FORMAT || typeof parsed.head !== "string" || typeof parsed.size !== "number"
      || typeof parsed.latest !== "number" || !parsed.ids || typeof parsed.ids !== "object" || !parsed.hours || typeof parsed.hours !== "object") return null;
    return parsed as AuditIndex;
  } catch (e) {
    return null;
  }
}

function bump(counts: { [key: string]: number }, key: number): void {
  counts[key] = (counts[key] || 0) + 1;
}

/** Drops the keys (whole numbers) below `first`. */
function dropBefore(counts: { [key: string]: unknown }, first: number): void {
  for (var key in counts) if (counts.hasOwnProperty(key) && +key < first) delete counts[key];
}

/** Folds one session in: `offset` is where its line starts in the log. */
export function foldSession(index: AuditIndex, record: AuditRecord, offset: number): void {
  var time = auditTime(record.time) as number;
  index.latest = Math.max(index.latest, time);
  var hour = Math.floor(time / HOUR_MS);
  var counts = index.hours[hour] || (index.hours[hour] = [0, 0, 0]);
  counts[record.result === "updated" ? 0 : record.result === "unchanged" ? 1 : 2]++;
  if (record.id === null) return;
  var key = idKey(record.id);
  var session: SessionBrief = { time: time, front: record.front, address: record.address, result: record.result };
  var s = index.ids.hasOwnProperty(key) ? index.ids[key] : (index.ids[key] = {
    id: record.id, recent: [], sessions: 0, last: session, lastOk: null, lastChange: null, streak: 0, streakSince: null, lastReason: null,
    failDays: {}, abuseDays: {},
  });
  s.id = record.id;
  s.sessions++;
  s.last = session;
  s.recent.push(offset);
  if (s.recent.length > RECENT) s.recent.shift();
  var kind = reasonKind(record.result, record.reason);
  if (kind === "updated" || kind === "unchanged") {
    s.lastOk = session;
    if (kind === "updated") s.lastChange = time;
    s.streak = 0;
    s.streakSince = null;
    return;
  }
  // Another account asking for this name is not this name failing: listed, not counted.
  if (kind === "other-account") return;
  s.streak++;
  if (s.streak === 1) s.streakSince = time;
  var reason = record.reason === null ? null : record.reason.length > MAX_REASON ? record.reason.slice(0, MAX_REASON) + "..." : record.reason;
  s.lastReason = reason;
  var day = Math.floor(time / DAY_MS);
  bump(s.failDays, day);
  if (isAbuse(kind)) bump(s.abuseDays, day);
  dropBefore(s.failDays, day - WEEK_DAYS + 1);
  dropBefore(s.abuseDays, day - WEEK_DAYS + 1);
}

/** Keeps the hours of the last week before the latest session, and at most MAX_IDS ids. */
function prune(index: AuditIndex): void {
  dropBefore(index.hours, Math.floor(index.latest / HOUR_MS) - WEEK_DAYS * 24 + 1);
  var keys: string[] = [];
  for (var key in index.ids) if (index.ids.hasOwnProperty(key)) keys.push(key);
  if (keys.length <= MAX_IDS) return;
  // Ids that never went through first, then the longest quiet.
  keys.sort(function (a, b) {
    var x = index.ids[a];
    var y = index.ids[b];
    return (x.lastOk ? 1 : 0) - (y.lastOk ? 1 : 0) || x.last.time - y.last.time;
  });
  for (var i = 0; i < keys.length - MAX_IDS; i++) delete index.ids[keys[i]];
}

/** What refreshIndex did: the index now, how many bytes of the log it read (0: nothing new), whether it read all there is. */
export interface Refreshed {
  index: AuditIndex;
  bytesRead: number;
  rebuilt: boolean;
  /** False when the time ran out first: the rest is read by the next pages. */
  complete: boolean;
}

/**
 * The index brought up to date with the log: only the lines added since it was last brought up
 * to date are read (into the index given, which is changed), unless the log is another file now (shorter, or with another start) or the
 * index is of no use (none, another format): then the log is read from its start. Reading stops
 * once `budgetMs` have passed (the first page on a hub with a large log reads part of it; the
 * next ones go on from there), so that no page waits long for it.
 */
export function refreshIndex(index: AuditIndex | null, log: ByteSource, now: () => number, budgetMs: number): Refreshed {
  var head = log.size > 0 ? log.read(0, Math.min(HEAD_BYTES, log.size)) || "" : "";
  var rebuilt = !index || index.size > log.size || head.slice(0, index.head.length) !== index.head;
  var current = rebuilt || !index ? emptyIndex() : index;
  var start = current.size;
  var until = now() + budgetMs;
  var stopped = false;
  current.size = eachLine(log, start, function (line: string, offset: number): void {
    var record = parseAuditLine(line);
    if (record) foldSession(current, record, offset);
  }, function (): boolean {
    stopped = now() >= until;
    return !stopped;
  });
  current.head = head.slice(0, Math.min(HEAD_BYTES, current.size));
  prune(current);
  return { index: current, bytesRead: current.size - start, rebuilt: rebuilt, complete: !stopped };
}
