import { Settings, ownName } from "./settings/settings";
import { UpdateResult } from "./update";
import { hostPort } from "../../shared/core/hostPort";
import { FileRead } from "../../shared/core/fileRead";
import { Output } from "./output";

/** What a run asked the service to publish: every record, never the password. */
export interface Records {
  ip: string;
  ip6: string;
  mx: string;
  txt: string;
  loc: string;
  wildcard: boolean;
  ttl: string;
}

/** One run, as the status file keeps it. */
export interface RunRecord {
  /** When the run started, Unix seconds. */
  time: number;
  duration_ms: number;
  exit: number;
  outcome: "updated" | "rejected" | "failed";
  /** The server that answered, or null. */
  server: string | null;
  /** Each server tried, `host:port`, and its result. */
  servers: { server: string; result: string }[];
  /** The line that reported the outcome. */
  message: string;
  records: Records;
}

export interface Status {
  format: string;
  /** The name the runs update: `<id>.<domain>`. */
  name: string;
  last: RunRecord;
  last_success: RunRecord | null;
  last_failure: RunRecord | null;
}

/** Marks a file as ours, so that anything else found under that name is not taken for a status. */
export var STATUS_FORMAT = "dyndns.js status 1";

/** One file per name, so that two events (two -hn names, two networks) keep their own. */
export function statusFileName(name: string): string {
  return "dyndns-" + name.toLowerCase() + ".json";
}

export function recordRun(settings: Settings, ip6: string, result: UpdateResult, startedAt: number, endedAt: number): RunRecord {
  var servers: { server: string; result: string }[] = [];
  for (var i = 0; i < result.attempts.length; i++) {
    servers.push({ server: hostPort(result.attempts[i].host, result.attempts[i].port), result: result.attempts[i].result });
  }
  return {
    time: Math.floor(startedAt / 1000),
    duration_ms: Math.max(0, Math.round(endedAt - startedAt)),
    exit: result.exit,
    outcome: result.outcome,
    server: result.server,
    servers: servers,
    message: result.message,
    records: { ip: settings.ip, ip6: ip6, mx: settings.mx, txt: settings.txt, loc: settings.loc, wildcard: settings.wildcard, ttl: settings.ttl },
  };
}

/** The status after a run: this run is the last, and the last success or failure. */
export function nextStatus(previous: Status | null, settings: Settings, run: RunRecord): Status {
  var name = ownName(settings.id, settings.domain);
  var keep = previous && previous.name.toLowerCase() === name.toLowerCase() ? previous : null;
  var succeeded = run.outcome === "updated";
  return {
    format: STATUS_FORMAT,
    name: name,
    last: run,
    last_success: succeeded ? run : keep ? keep.last_success : null,
    last_failure: succeeded ? (keep ? keep.last_failure : null) : run,
  };
}

export function serializeStatus(status: Status): string {
  return JSON.stringify(status, null, 2) + "\n";
}

function isString(v: unknown): boolean { return typeof v === "string"; }
function isNumber(v: unknown): boolean { return typeof v === "number" && isFinite(v as number); }

function isRecords(v: unknown): boolean {
  if (!v || typeof v !== "object") return false;
  var r = v as { [key: string]: unknown };
  return isString(r.ip) && isString(r.ip6) && isString(r.mx) && isString(r.txt) && isString(r.loc) && typeof r.wildcard === "boolean" && isString(r.ttl);
}

function isServers(v: unknown): boolean {
  if (!(v instanceof Array)) return false;
  for (var i = 0; i < v.length; i++) {
    if (!v[i] || !isString(v[i].server) || !isString(v[i].result)) return false;
  }
  return true;
}

function isRun(v: unknown): boolean {
  if (!v || typeof v !== "object") return false;
  var r = v as { [key: string]: unknown };
  return isNumber(r.time) && isNumber(r.duration_ms) && isNumber(r.exit) && /^(updated|rejected|failed)$/.test(String(r.outcome))
    && (r.server === null || isString(r.server)) && isServers(r.servers) && isString(r.message) && isRecords(r.records);
}

export type ParsedStatus = { ok: true; status: Status } | { ok: false; reason: string };

/** Reads a status file's text; anything that is not one of ours is refused, never half taken. */
export function parseStatus(text: string): ParsedStatus {
  var data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: "not a status file of dyndns.js (not JSON)" };
  }
  var s = data as { [key: string]: unknown };
  if (!s || typeof s !== "object" || s.format !== STATUS_FORMAT) return { ok: false, reason: "not a status file of dyndns.js" };
  if (!isString(s.name) || !isRun(s.last) || !(s.last_success === null || isRun(s.last_success)) || !(s.last_failure === null || isRun(s.last_failure))) {
    return { ok: false, reason: "a damaged status file of dyndns.js" };
  }
  return { ok: true, status: data as Status };
}

/**
 * A status file (of the synchro.net name or of another name), or null: missing, or
 * unusable (then with one warning; `after` says what the run does with it).
 */
export function readStatusFile<T>(readFile: (path: string) => FileRead, out: Output, path: string, after: string,
  parse: (text: string) => { ok: true; status: T } | { ok: false; reason: string }): T | null {
  var found = readFile(path);
  if (found.kind === "missing") return null;
  if (found.kind === "unreadable") {
    out.warn("status file " + path + ": could not be read (ignored" + after + ")");
    return null;
  }
  var parsed = parse(found.text);
  if (parsed.ok) return parsed.status;
  out.warn("status file " + path + ": " + parsed.reason + " (ignored" + after + ")");
  return null;
}
