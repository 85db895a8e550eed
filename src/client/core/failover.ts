import { SessionOutcome } from "./conversation";
import { hostPort, shownHost } from "../../shared/core/hostPort";

/** One host's part in a run, for the summary line. */
export interface Attempt {
  host: string;
  port: number;
  result: string;
}

/**
 * Whether a session that ended without `ok` should be tried again elsewhere:
 * only when the server said nothing. A server that spoke (a rejection) has
 * decided, and the other names are the same service; out of time is out of time.
 */
export function triesNextHost(outcome: SessionOutcome): boolean {
  return outcome.kind === "failed";
}

/** No single connect or wait for a server line takes more than this many seconds... */
export var MAX_WAIT = 10;
/** ...nor more than this share of the run, so that a dead host leaves time for the next. */
export var WAIT_SHARE = 4;

/** Seconds for one connect or one wait for a line, given the time left. */
export function waitSeconds(timeout: number, remainingMs: number, maxWait: number, share: number): number {
  var wait = Math.min(maxWait, timeout / share, remainingMs / 1000);
  return Math.max(0, Math.round(wait * 1000) / 1000);
}

export function summarize(attempts: Attempt[], notTried: string[]): string {
  var parts: string[] = [];
  for (var i = 0; i < attempts.length; i++) {
    parts.push(hostPort(attempts[i].host, attempts[i].port) + " " + attempts[i].result);
  }
  var skipped: string[] = [];
  for (var n = 0; n < notTried.length; n++) skipped.push(shownHost(notTried[n]));
  if (skipped.length) parts.push("not tried for lack of time: " + skipped.join(", "));
  return "update failed: " + parts.join("; ");
}
