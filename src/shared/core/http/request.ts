import { HttpTarget, hostHeader } from "./url";
import { MASK } from "../text";

export interface HttpHeader {
  name: string;
  value: string;
}

/** Credentials the request sends in its Authorization header; never shown (docs/https-from-synchronet.md, "Secrets"). */
export type HttpAuth = { basic: { user: string; password: string } } | { bearer: string };

/** One HTTP/1.1 request, as a caller describes it. */
export interface HttpRequest {
  method: string;
  /** http:// or https://, with the query percent-encoded. */
  url: string;
  /** In the order they are sent; Host, Connection, Content-Length and Authorization are the request's own. */
  headers?: HttpHeader[];
  /** Bytes (one char per byte): jsonBody() makes JSON safe to send. */
  body?: string;
  auth?: HttpAuth;
  /** More strings that must never reach output, such as a token in the URL's query. */
  secrets?: string[];
}

/** How a byte string becomes base64: passed in (Synchronet's base64_encode at run time). */
export type Base64 = (bytes: string) => string;

var METHOD = /^[A-Z]+$/;
var TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Header values are sent as they are: no line breaks (they would start a header of their own) and no NUL. */
var VALUE = /^[^\r\n\0]*$/;
var OWN_HEADERS = ["host", "connection", "content-length", "transfer-encoding", "authorization"];
/** Methods whose request has a body even when it is empty (RFC 9110 section 8.6: then Content-Length: 0). */
var WITH_BODY = ["POST", "PUT", "PATCH"];

export type RequestText = { ok: true; text: string } | { ok: false; reason: string };

function authorization(auth: HttpAuth, base64: Base64): string {
  return "basic" in auth ? "Basic " + base64(auth.basic.user + ":" + auth.basic.password) : "Bearer " + auth.bearer;
}

/**
 * The request's bytes: request line, Host, Authorization, the caller's headers,
 * Content-Length, "Connection: close" (one request per connection, so the end of the
 * answer is never in doubt), the blank line and the body. Reasons name a header,
 * never its value (it may be a secret).
 */
export function requestText(request: HttpRequest, target: HttpTarget, base64: Base64): RequestText {
  if (!METHOD.test(request.method)) return { ok: false, reason: "the method '" + request.method + "' is not an HTTP method in capitals" };
  var lines = [request.method + " " + target.path + " HTTP/1.1", "Host: " + hostHeader(target)];
  if (request.auth) {
    var credentials = authorization(request.auth, base64);
    if (!VALUE.test(credentials)) return { ok: false, reason: "the credentials hold a line break or a NUL" };
    lines.push("Authorization: " + credentials);
  }
  var headers = request.headers || [];
  for (var i = 0; i < headers.length; i++) {
    var name = headers[i].name;
    if (!TOKEN.test(name)) return { ok: false, reason: "the header name '" + name + "' is not an HTTP token" };
    if (OWN_HEADERS.indexOf(name.toLowerCase()) >= 0) return { ok: false, reason: "the header " + name + " is the request's own: it sets it itself" };
    if (!VALUE.test(headers[i].value)) return { ok: false, reason: "the value of the header " + name + " holds a line break or a NUL" };
    lines.push(name + ": " + headers[i].value);
  }
  var body = request.body;
  if (body === undefined && WITH_BODY.indexOf(request.method) >= 0) body = "";
  if (body !== undefined) lines.push("Content-Length: " + body.length);
  lines.push("Connection: close");
  return { ok: true, text: lines.join("\r\n") + "\r\n\r\n" + (body || "") };
}

/** As encodeURIComponent() writes it into a query; the text itself when it cannot (a lone surrogate). */
function percentEncoded(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch (e) {
    return text;
  }
}

/**
 * Every form in which the request's secrets could show: as given, percent-encoded
 * (in a query) and, for basic auth, the base64 the header carries; longest first, so
 * that a secret inside another is hidden within it.
 */
export function requestSecrets(request: HttpRequest, base64: Base64): string[] {
  var plain = (request.secrets || []).slice();
  if (request.auth && "basic" in request.auth) {
    plain.push(request.auth.basic.password, base64(request.auth.basic.user + ":" + request.auth.basic.password));
  } else if (request.auth) {
    plain.push(request.auth.bearer);
  }
  var all: string[] = [];
  for (var i = 0; i < plain.length; i++) {
    if (!plain[i]) continue;
    all.push(plain[i]);
    var encoded = percentEncoded(plain[i]);
    if (encoded !== plain[i]) all.push(encoded);
  }
  return all.sort(function (a: string, b: string): number { return b.length - a.length; });
}

/**
 * The text with every occurrence of every secret replaced by the mask, even
 * inside a longer word: a token in a URL or a header has no word boundaries.
 */
export function hideSecrets(text: string, secrets: string[]): string {
  for (var i = 0; i < secrets.length; i++) text = text.split(secrets[i]).join(MASK);
  return text;
}

function hex4(code: number): string {
  var hex = code.toString(16);
  while (hex.length < 4) hex = "0" + hex;
  return hex;
}

/**
 * JSON as ASCII bytes: every character past 0x7e written as a \u escape, so the
 * text means the same whatever the socket does with wider characters (Synchronet
 * sends one byte per character, dropping the high byte).
 */
export function jsonBody(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, function (c: string): string {
    return "\\u" + hex4(c.charCodeAt(0));
  });
}
