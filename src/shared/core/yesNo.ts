var YES = ["true", "yes", "on", "1"];
var NO = ["false", "no", "off", "0"];

/** A yes/no setting or answer: true, false, or null when the word is neither (any case, spaces around ignored). */
export function yesNo(text: string): boolean | null {
  var word = text.trim().toLowerCase();
  if (YES.indexOf(word) >= 0) return true;
  return NO.indexOf(word) >= 0 ? false : null;
}

/** What yesNo() accepts, for messages. */
export var YES_NO_WORDS = "true, false, yes, no, on, off, 1 or 0";
