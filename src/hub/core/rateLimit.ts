import { countOf } from "../../shared/core/text";

/** What is kept per id between sessions: when its records were written to DNS (ms), the last hour's. */
export interface RateState {
  writes: number[];
}

var HOUR_MS = 3600 * 1000;

export type RateDecision = { ok: true } | { ok: false; reply: string; log: string };

/** The state file's text as a state; anything unreadable counts as no history. */
export function parseRateState(text: string | null): RateState {
  if (text === null) return { writes: [] };
  try {
    var parsed = JSON.parse(text);
    var writes: number[] = [];
    if (parsed && parsed.writes instanceof Array) {
      for (var i = 0; i < parsed.writes.length; i++) if (typeof parsed.writes[i] === "number") writes.push(parsed.writes[i]);
    }
    return { writes: writes };
  } catch (e) {
    return { writes: [] };
  }
}

/**
 * The writes of the last hour, in time order. One stamped after `now` was made
 * before the clock was stepped back: it counts as made now, so that a step
 * back never lifts the limits.
 */
function lastHour(state: RateState, now: number): number[] {
  var kept: number[] = [];
  for (var i = 0; i < state.writes.length; i++) {
    var at = Math.min(state.writes[i], now);
    if (at > now - HOUR_MS) kept.push(at);
  }
  return kept.sort(function (a, b) { return a - b; });
}

/**
 * The state with its writes stamped after `now` stamped now instead, or null
 * when there is none. The caller keeps it: the limits then run from now as the
 * clock goes on, where writes left in the future would keep the id limited
 * until the clock caught up with them (for ever, after a step back of years).
 */
export function restamped(state: RateState, now: number): RateState | null {
  var future = false;
  var writes: number[] = [];
  for (var i = 0; i < state.writes.length; i++) {
    future = future || state.writes[i] > now;
    writes.push(Math.min(state.writes[i], now));
  }
  return future ? { writes: writes } : null;
}

function inSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/**
 * Whether one more DNS write for `name` is allowed now: at least `minInterval`
 * seconds after the last one and fewer than `hourlyCap` in the last hour
 * (either 0: no such limit). Sessions that change nothing write nothing and
 * are never limited.
 */
export function decideRate(name: string, state: RateState, now: number, minInterval: number, hourlyCap: number): RateDecision {
  var writes = lastHour(state, now);
  var last = writes.length ? writes[writes.length - 1] : null;
  if (minInterval > 0 && last !== null && now - last < minInterval * 1000) {
    var wait = inSeconds(last + minInterval * 1000 - now);
    return {
      ok: false,
      reply: "refused: " + name + " was updated " + Math.floor((now - last) / 1000) + " s ago; try again in " + wait + " s",
      log: name + ": " + wait + " s short of the minimum interval of " + minInterval + " s",
    };
  }
  if (hourlyCap > 0 && writes.length >= hourlyCap) {
    var free = inSeconds(writes[writes.length - hourlyCap] + HOUR_MS - now);
    return {
      ok: false,
      reply: "refused: " + name + " was updated " + countOf(writes.length, "time") + " in the last hour; try again in " + free + " s",
      log: name + ": reached the cap of " + countOf(hourlyCap, "update") + " an hour",
    };
  }
  return { ok: true };
}

/** The state after one more write now (the older than an hour are forgotten, those after now stamped now). */
export function recordWrite(state: RateState, now: number): RateState {
  return { writes: lastHour(state, now).concat([now]) };
}
