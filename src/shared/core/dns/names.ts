// Domain names on the wire (RFC 1035 3.1, 4.1.4): labels of 1-63 bytes, at most
// 255 bytes in all, compression pointers when reading.
import { isByteString } from "./bytes";

export var MAX_NAME_BYTES = 255;

/** "Vert.BBS.test." and "vert.bbs.test" are the same name: lower case, no trailing dot. */
export function normalName(name: string): string {
  return name.replace(/\.$/, "").toLowerCase();
}

/** Why `name` cannot be written on the wire, or null when it can. "" (or ".") is the root. */
export function nameProblem(name: string): string | null {
  var text = name.replace(/\.$/, "");
  if (text === "") return null;
  if (!isByteString(text)) return "'" + name + "' is not plain bytes";
  var labels = text.split(".");
  var bytes = 1;
  for (var i = 0; i < labels.length; i++) {
    if (labels[i].length === 0) return "'" + name + "' has an empty label";
    if (labels[i].length > 63) return "'" + name + "' has a label longer than 63 bytes";
    bytes += labels[i].length + 1;
  }
  return bytes > MAX_NAME_BYTES ? "'" + name + "' is longer than 255 bytes" : null;
}

/** The uncompressed wire form of a name whose nameProblem() is null. */
export function encodeName(name: string): string {
  var text = name.replace(/\.$/, "");
  if (text === "") return "\x00";
  var labels = text.split(".");
  var out = "";
  for (var i = 0; i < labels.length; i++) out += String.fromCharCode(labels[i].length) + labels[i];
  return out + "\x00";
}

/** The canonical wire form (RFC 4034 6.2: lower case), which TSIG digests. */
export function canonicalName(name: string): string {
  return encodeName(name.toLowerCase());
}

/** What parsing throws at malformed bytes (a plain object: the bundle avoids `this`). */
export interface FormatError { dnsFormatError: string }

export function formatError(message: string): FormatError {
  return { dnsFormatError: message };
}

export function isFormatError(e: unknown): e is FormatError {
  return typeof e === "object" && e !== null && typeof (e as FormatError).dnsFormatError === "string";
}

function presentLabel(label: string): string {
  var out = "";
  for (var i = 0; i < label.length; i++) {
    var code = label.charCodeAt(i);
    var c = label.charAt(i);
    if (c === "." || c === "\\") out += "\\" + c;
    else if (code <= 32 || code >= 127) out += "\\" + (code < 100 ? (code < 10 ? "00" : "0") : "") + code;
    else out += c;
  }
  return out;
}

export interface ReadName { name: string; next: number }

/**
 * Reads the name at `at` in a whole message, following compression pointers
 * (each must point before the name that uses it, so no loop is possible).
 * name: presentation form without the trailing dot ("" for the root); next:
 * the offset after the name where it started. Throws FormatError.
 */
export function readName(message: string, at: number): ReadName {
  var labels: string[] = [];
  var next = -1;
  var bytes = 1;
  var start = at;
  for (;;) {
    if (at >= message.length) throw formatError("a name runs past the end of the message");
    var length = message.charCodeAt(at);
    if (length === 0) {
      at++;
      break;
    }
    if ((length & 0xc0) === 0xc0) {
      if (at + 1 >= message.length) throw formatError("a compression pointer runs past the end of the message");
      var target = ((length & 0x3f) << 8) | message.charCodeAt(at + 1);
      if (target >= start) throw formatError("a compression pointer does not point backwards");
      if (next < 0) next = at + 2;
      at = start = target;
      continue;
    }
    if (length > 63) throw formatError("a label has the reserved length bits " + (length >> 6));
    if (at + 1 + length > message.length) throw formatError("a label runs past the end of the message");
    bytes += length + 1;
    if (bytes > MAX_NAME_BYTES) throw formatError("a name is longer than 255 bytes");
    labels.push(presentLabel(message.substr(at + 1, length)));
    at += 1 + length;
  }
  return { name: labels.join("."), next: next >= 0 ? next : at };
}
