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

/** Removes every occurrence of the secret, whatever else the text holds. */
export function redact(text: string, secret: string): string {
  if (!secret) return text;
  return text.split(secret).join(MASK);
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
