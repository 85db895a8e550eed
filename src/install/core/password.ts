import { hasControl } from "../../shared/core/text";

/** What the sysop is asked, saying what an empty answer does. */
export function passwordQuestion(qwkId: string, hasCurrent: boolean, fromEvent: string | null): string {
  var question = "Password of the QWKnet account " + qwkId + " on Vertrauen";
  if (hasCurrent) return question + " (Enter keeps the current one)";
  if (fromEvent) return question + " (Enter moves the one on the DYNDNS event's command line)";
  return question;
}

export type PasswordChoice = { write: string } | { keep: true } | { none: true } | { error: string };

/**
 * The answer decides; an empty one (or the end of input) keeps the current
 * password, else takes the one found on the old event's command line. Spaces
 * around it are dropped: `password = x` in an ini never keeps them.
 */
export function choosePassword(answer: string | null, hasCurrent: boolean, fromEvent: string | null): PasswordChoice {
  var typed = answer === null ? "" : answer.replace(/^\s+|\s+$/g, "");
  if (hasControl(typed)) return { error: "password: control characters are not allowed (nothing written)" };
  if (typed) return { write: typed };
  if (hasCurrent) return { keep: true };
  if (fromEvent) return { write: fromEvent };
  return { none: true };
}
