function hex2(code: number): string {
  return (code < 16 ? "0" : "") + code.toString(16).toUpperCase();
}

/** Server text made safe for a log line: control bytes become escapes. */
export function escapeControl(text: string): string {
  var out = "";
  for (var i = 0; i < text.length; i++) {
    var code = text.charCodeAt(i);
    if (code === 13) out += "\\r";
    else if (code === 10) out += "\\n";
    else if (code === 9) out += "\\t";
    else if (code < 32 || (code >= 127 && code < 160) || code > 255) out += "\\x" + hex2(code & 255);
    else out += text.charAt(i);
  }
  return out;
}

export function hasControl(text: string): boolean {
  return /[\x00-\x1f\x7f]/.test(text);
}

export var MASK = "********";

var WORD_CHAR = /[A-Za-z0-9]/;

/**
 * Hides the secret where the text echoes it: each occurrence, in any letter
 * case, that stands on its own (no letter or digit right before or after it).
 * Other text is left exactly as it was, so a short secret or one that is also
 * a name (the QWK-ID) does not eat pieces of other words.
 */
export function maskSecret(text: string, secret: string): string {
  if (!secret) return text;
  var haystack = text.toLowerCase();
  var needle = secret.toLowerCase();
  var out = "";
  var done = 0;
  for (var at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    var end = at + needle.length;
    if (at < done || WORD_CHAR.test(text.charAt(at - 1)) || WORD_CHAR.test(text.charAt(end))) continue;
    out += text.slice(done, at) + MASK;
    done = end;
  }
  return out + text.slice(done);
}

export function quote(value: string): string {
  return "'" + escapeControl(value) + "'";
}

export function padRight(text: string, width: number): string {
  while (text.length < width) text += " ";
  return text;
}

/** Milliseconds as seconds for messages: 10000 is "10", 500 is "0.5". */
export function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

/** "1 update", "2 updates": `n` and the word, plural unless `n` is 1. */
export function countOf(n: number, word: string): string {
  return n + " " + word + (n === 1 ? "" : "s");
}
