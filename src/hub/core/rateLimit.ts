import { countOf } from "../../shared/core/text";

/**
 * What is kept per id between sessions, whichever front end they came through (ms since
 * 1970): when its records were written to DNS, the last hour's; and when a session asked
 * for what DNS already had (an unchanged update), the last day's.
 */
export interface RateState {
  writes: number[];
  unchanged: number[];
}

var HOUR_MS = 3600 * 1000;
/** How far back unchanged updates are counted. */
export var UNCHANGED_WINDOW_MS = 24 * HOUR_MS;

export type RateDecision = { ok: true } | { ok: false; reply: string; log: string };

function numbers(list: unknown): number[] {
  var out: number[] = [];
  if (list instanceof Array) for (var i = 0; i < list.length; i++) if (typeof list[i] === "number") out.push(list[i]);
  return out;
}

/** The state file's text as a state; anything unreadable counts as no history. */
export function parseRateState(text: string | null): RateState {
  if (text === null) return { writes: [], unchanged: [] };
  try {
    var parsed = JSON.parse(text);
    return { writes: numbers(parsed && parsed.writes), unchanged: numbers(parsed && parsed.unchanged) };
  } catch (e) {
    return { writes: [], unchanged: [] };
  }
}

/**
 * The stamps of the last `windowMs`, in time order. One stamped after `now` was
 * made before the clock was stepped back: it counts as made now, so that a step
 * back never lifts the limits.
 */
function within(stamps: number[], now: number, windowMs: number): number[] {
  var kept: number[] = [];
  for (var i = 0; i < stamps.length; i++) {
    var at = Math.min(stamps[i], now);
    if (at > now - windowMs) kept.push(at);
  }
  return kept.sort(function (a, b) { return a - b; });
}

function restampedList(stamps: number[], now: number): { stamps: number[]; future: boolean } {
  var future = false;
  var out: number[] = [];
  for (var i = 0; i < stamps.length; i++) {
    future = future || stamps[i] > now;
    out.push(Math.min(stamps[i], now));
  }
  return { stamps: out, future: future };
}

/**
 * The state with its stamps after `now` stamped now instead, or null when there
 * is none. The caller keeps it: the limits then run from now as the clock goes
 * on, where stamps left in the future would keep the id limited until the clock
 * caught up with them (for ever, after a step back of years).
 */
export function restamped(state: RateState, now: number): RateState | null {
  var writes = restampedList(state.writes, now);
  var unchanged = restampedList(state.unchanged, now);
  return writes.future || unchanged.future ? { writes: writes.stamps, unchanged: unchanged.stamps } : null;
}

function inSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/**
 * Whether one more DNS write for `name` is allowed now: at least `minInterval`
 * seconds after the last one and fewer than `hourlyCap` in the last hour
 * (either 0: no such limit).
 */
export function decideRate(name: string, state: RateState, now: number, minInterval: number, hourlyCap: number): RateDecision {
  var writes = within(state.writes, now, HOUR_MS);
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

/**
 * Whether `name` may be looked at all now: a client that keeps asking for what DNS
 * already has (`limit` unchanged updates in 24 hours; 0: no limit) is abusing the
 * hub, as nsupdate.info and Dyn count it, and is refused until the oldest of them
 * is a day old. This is decided before any DNS work: that is what it saves.
 */
export function decideUnchanged(name: string, state: RateState, now: number, limit: number): RateDecision {
  var unchanged = within(state.unchanged, now, UNCHANGED_WINDOW_MS);
  if (limit <= 0 || unchanged.length < limit) return { ok: true };
  var free = inSeconds(unchanged[unchanged.length - limit] + UNCHANGED_WINDOW_MS - now);
  return {
    ok: false,
    reply: "refused: " + name + " was sent " + countOf(unchanged.length, "update") + " that changed nothing in the last 24 hours; update only"
      + " when the address changes (try again in " + free + " s)",
    log: name + ": reached the limit of " + countOf(limit, "unchanged update") + " a day",
  };
}

/** The state after one more write now (writes older than an hour are forgotten, those after now stamped now). */
export function recordWrite(state: RateState, now: number): RateState {
  return { writes: within(state.writes, now, HOUR_MS).concat([now]), unchanged: within(state.unchanged, now, UNCHANGED_WINDOW_MS) };
}

/** The state after one more unchanged update now. */
export function recordUnchanged(state: RateState, now: number): RateState {
  return { writes: within(state.writes, now, HOUR_MS), unchanged: within(state.unchanged, now, UNCHANGED_WINDOW_MS).concat([now]) };
}
