import { DAY_MS, IdSummary, WEEK_DAYS } from "./auditIndex";

/**
 * What the hub's sysop filters names by. A name may be in several at once (failing since a
 * week is also stale); `updating` is a name with none of the problems.
 */
export type NameState = "updating" | "stale" | "never" | "failing" | "abuse";

/** In the order the hub's page offers them, with the words of its filter links. */
export var STATES: { state: NameState; label: string }[] = [
  { state: "updating", label: "updating" },
  { state: "stale", label: "stale" },
  { state: "never", label: "never updated" },
  { state: "failing", label: "failing" },
  { state: "abuse", label: "flagged for abuse" },
];

/** The sum of the counts of the last WEEK_DAYS days before `now` (today included). */
export function lastWeek(days: { [day: string]: number }, now: number): number {
  var first = Math.floor(now / DAY_MS) - WEEK_DAYS + 1;
  var sum = 0;
  for (var day in days) if (days.hasOwnProperty(day) && +day >= first) sum += days[day];
  return sum;
}

/**
 * The states of a name: never (no session of it went through), stale (the last that did is
 * more than `staleDays` old), failing (its latest session was refused or failed), abuse (refused
 * as too often or too many unchanged updates in the last week), else updating.
 */
export function nameStates(summary: IdSummary | null, now: number, staleDays: number): NameState[] {
  var states: NameState[] = [];
  if (!summary || !summary.lastOk) states.push("never");
  else if (now - summary.lastOk.time > staleDays * DAY_MS) states.push("stale");
  if (summary && summary.streak > 0) states.push("failing");
  if (summary && lastWeek(summary.abuseDays, now) > 0) states.push("abuse");
  return states.length ? states : ["updating"];
}

/** The states as labels a person reads (the words are there, not only a colour). */
export function badges(states: NameState[]): string {
  var out: string[] = [];
  for (var i = 0; i < STATES.length; i++) {
    if (states.indexOf(STATES[i].state) >= 0) out.push("<span class=\"state " + STATES[i].state + "\">" + STATES[i].label + "</span>");
  }
  return out.join(" ");
}
