// What each extra name remembers between runs (docs/names.md, "What the module remembers"),
// in its own status file beside the synchro.net name's: the last run, the last address
// published, a stop after an answer that must not be retried (until the section changes:
// its fingerprint, never a secret), and a "not before" after an answer that asks to wait.

/** The outcome of one name's run. */
export type NameOutcome = "updated" | "unchanged" | "skipped" | "stopped" | "waiting" | "failed";

export interface NameRun {
  /** Unix seconds. */
  time: number;
  duration_ms: number;
  exit: number;
  outcome: NameOutcome;
  /** The address sent ("" when the provider was left to find it) or published. */
  address: string;
  /** The provider's answer, in its own words (a dyndns2 code, an HTTP status, a DNS rcode...). */
  answer: string;
  message: string;
}

export interface NameStatus {
  format: string;
  name: string;
  protocol: string;
  /** The fingerprint of the section the last run read. */
  fingerprint: string;
  last: NameRun;
  /** The last run that published (or found already published) an address. */
  last_good: NameRun | null;
  last_failure: NameRun | null;
  /** Set after an answer that must not be retried until the section changes. */
  stopped: { answer: string; time: number; fingerprint: string } | null;
  /** Unix seconds before which nothing is sent (after 911 and the like). */
  not_before: number | null;
  /** How many runs in a row got "nochg" (no change) for an address the provider found. */
  nochg_in_a_row: number;
}

export var NAME_STATUS_FORMAT = "dyndns.js name status 1";

/** What the run does before sending anything: send, or not and why. */
export type Decision = { send: true } | { send: false; exit: number; outcome: NameOutcome; message: string };

function isObject(v: unknown): v is { [key: string]: unknown } {
  return !!v && typeof v === "object";
}

function isRun(v: unknown): boolean {
  return isObject(v) && typeof v.time === "number" && typeof v.exit === "number" && typeof v.outcome === "string"
    && typeof v.address === "string" && typeof v.answer === "string" && typeof v.message === "string";
}

export function parseNameStatus(text: string): { ok: true; status: NameStatus } | { ok: false; reason: string } {
  var data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: "not a status file of dyndns.js (not JSON)" };
  }
  if (!isObject(data) || data.format !== NAME_STATUS_FORMAT) return { ok: false, reason: "not a name status file of dyndns.js" };
  var stopped = data.stopped;
  if (typeof data.name !== "string" || typeof data.fingerprint !== "string" || !isRun(data.last)
    || !(data.last_good === null || isRun(data.last_good)) || !(data.last_failure === null || isRun(data.last_failure))
    || !(stopped === null || (isObject(stopped) && typeof stopped.answer === "string" && typeof stopped.fingerprint === "string"))
    || !(data.not_before === null || typeof data.not_before === "number") || typeof data.nochg_in_a_row !== "number") {
    return { ok: false, reason: "a damaged status file of dyndns.js" };
  }
  return { ok: true, status: data as unknown as NameStatus };
}

export function serializeNameStatus(status: NameStatus): string {
  return JSON.stringify(status, null, 2) + "\n";
}

var DAY_MS = 86400000;

/**
 * Whether to send, from what the last runs left: a stop stays until the section changes;
 * a wait until its time; a known address already published (by a run of these same
 * settings) is not sent again until `refreshDays` have passed since that run.
 */
export function decide(previous: NameStatus | null, fingerprint: string, address: string | null, nowMs: number, refreshDays: number,
  when: (unixSeconds: number) => string): Decision {
  if (!previous) return { send: true };
  var same = previous.fingerprint === fingerprint;
  if (previous.stopped && previous.stopped.fingerprint === fingerprint) {
    return { send: false, exit: 1, outcome: "stopped", message: "not sent: the last answer was " + previous.stopped.answer + " (" + when(previous.stopped.time)
      + "), which must not be retried; change the settings of the section to try again" };
  }
  if (same && previous.not_before !== null && nowMs < previous.not_before * 1000) {
    return { send: false, exit: 1, outcome: "waiting", message: "not sent: the provider asked to wait (" + previous.last.answer + "); next try after "
      + when(previous.not_before) };
  }
  var good = previous.last_good;
  if (same && good && good.address === address && previous.last.outcome !== "failed"
    && nowMs - good.time * 1000 < refreshDays * DAY_MS) {
    return { send: false, exit: 0, outcome: "skipped", message: "unchanged: " + address + " was published " + when(good.time)
      + "; sent again when it changes or after " + refreshDays + " days" };
  }
  return { send: true };
}

/** The status after a run. A run that sent nothing keeps the stop and the wait it obeyed. */
export function nextNameStatus(previous: NameStatus | null, name: string, protocol: string, fingerprint: string, run: NameRun,
  effect: { stop?: boolean; waitUntil?: number; nochg?: boolean }): NameStatus {
  var keep = previous && previous.name === name ? previous : null;
  var good = run.outcome === "updated" || run.outcome === "unchanged";
  var kept = keep && keep.fingerprint === fingerprint;
  return {
    format: NAME_STATUS_FORMAT,
    name: name,
    protocol: protocol,
    fingerprint: fingerprint,
    last: run,
    last_good: good ? run : keep ? keep.last_good : null,
    // A run that obeyed a stop or a wait sent nothing: it is no new failure.
    last_failure: run.exit !== 0 && (effect.stop || effect.waitUntil !== undefined || (run.outcome !== "stopped" && run.outcome !== "waiting"))
      ? run : keep ? keep.last_failure : null,
    stopped: effect.stop ? { answer: run.answer, time: run.time, fingerprint: fingerprint }
      : run.outcome === "stopped" && kept ? (keep as NameStatus).stopped : null,
    not_before: effect.waitUntil !== undefined ? effect.waitUntil : run.outcome === "waiting" && kept ? (keep as NameStatus).not_before : null,
    nochg_in_a_row: effect.nochg ? (keep ? keep.nochg_in_a_row : 0) + 1 : run.outcome === "skipped" && keep ? keep.nochg_in_a_row : 0,
  };
}
