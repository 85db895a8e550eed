var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Base64 (RFC 4648, with padding) of a byte string. */
export function encodeBase64(data: string): string {
  var out = "";
  for (var i = 0; i < data.length; i += 3) {
    var n = (data.charCodeAt(i) << 16) | ((i + 1 < data.length ? data.charCodeAt(i + 1) : 0) << 8)
      | (i + 2 < data.length ? data.charCodeAt(i + 2) : 0);
    out += ALPHABET.charAt(n >>> 18) + ALPHABET.charAt((n >>> 12) & 63)
      + (i + 1 < data.length ? ALPHABET.charAt((n >>> 6) & 63) : "=")
      + (i + 2 < data.length ? ALPHABET.charAt(n & 63) : "=");
  }
  return out;
}

/**
 * The bytes of base64 text (RFC 4648 alphabet; the `=` padding may be left
 * out), or null when the text is not base64.
 */
export function decodeBase64(text: string): string | null {
  var body = text.replace(/=+$/, "");
  if (text.length - body.length > 2 || body.length % 4 === 1 || !/^[A-Za-z0-9+\/]*$/.test(body)) return null;
  if (text.length !== body.length && text.length % 4 !== 0) return null;
  var out = "";
  var bits = 0;
  var count = 0;
  for (var i = 0; i < body.length; i++) {
    bits = (bits << 6) | ALPHABET.indexOf(body.charAt(i));
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += String.fromCharCode((bits >>> count) & 0xff);
    }
  }
  return out;
}
