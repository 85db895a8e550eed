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
  | { replace: false; reason: string };

/** `?dyndns` or `?dyndns.js`, any case: the stock module (or this one) as a timed event. */
var RUNS_DYNDNS = /^\?dyndns(\.js)?$/i;

/** Reads the command line of an existing DYNDNS event. The password, when there is one, is never put into `reason`. */
export function readExistingEvent(cmd: string): ExistingEvent {
  var words = cmd.replace(/^\s+|\s+$/g, "").split(/\s+/);
  if (!RUNS_DYNDNS.test(words[0])) return { replace: false, reason: "it runs " + words[0] + ", not ?dyndns" };
  var args = words.slice(1);
  if (args.length === 0) return { replace: true, password: null };
  var word = args[0];
  if (args.length === 1 && word.charAt(0) !== "-" && !isIpv4(word)) {
    return { replace: true, password: word === PLACEHOLDER ? null : word };
  }
  return { replace: false, reason: "its command line has options of its own" };
}
