import { isIpv4 } from "../../shared/core/ipv4";

/** The password Synchronet's own event carries until the sysop edits it. */
export var PLACEHOLDER = "YOURPASS";

/**
 * What the installer does with a DYNDNS timed event that is already configured:
 * replace it when that loses nothing (the event Synchronet ships, or the wiki's,
 * runs `?dyndns` with at most a password), else leave the sysop's own alone.
 */
export type ExistingEvent =
  | { replace: true; password: string | null }
  | { replace: false; ours: boolean; reason: string };

/** `?dyndns` or `?dyndns.js`, any case: the stock module (or this one) as a timed event. */
var RUNS_DYNDNS = /^\?dyndns(\.js)?$/i;

/**
 * Reads an existing DYNDNS event: its command line, and whether it already runs
 * this module from the installer's directory (installed before: the sysop's
 * changes to it are kept). The password, when there is one, is never put into
 * `reason`.
 */
export function readExistingEvent(cmd: string, runsFromHere: boolean): ExistingEvent {
  var words = cmd.replace(/^\s+|\s+$/g, "").split(/\s+/);
  if (!RUNS_DYNDNS.test(words[0])) return { replace: false, ours: false, reason: "it runs " + words[0] + ", not ?dyndns" };
  if (runsFromHere) return { replace: false, ours: true, reason: "it already runs this module from this directory" };
  var args = words.slice(1);
  if (args.length === 0) return { replace: true, password: null };
  var word = args[0];
  if (args.length === 1 && word.charAt(0) !== "-" && !isIpv4(word)) {
    return { replace: true, password: word === PLACEHOLDER ? null : word };
  }
  return { replace: false, ours: false, reason: "its command line has options of its own" };
}
