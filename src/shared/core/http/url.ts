import { isIpv4 } from "../ipv4";
import { isIpv6 } from "../ipv6";
import { isHostName } from "../hostname";

/** Where a request goes: what an http:// or https:// URL names. */
export interface HttpTarget {
  tls: boolean;
  /** A name, an IPv4 address, or an IPv6 address without brackets. */
  host: string;
  port: number;
  /** The request target: path and query, at least "/". */
  path: string;
}

export type ParsedUrl = { ok: true; target: HttpTarget } | { ok: false; reason: string };

var DEFAULT_PORT = { http: 80, https: 443 };
var SCHEME = /^(https?):\/\/([^\/?#]*)([^#]*)/i;
var PORT = /^[0-9]{1,5}$/;
/** Bytes a request target may hold as they are: everything else must come percent-encoded. */
var TARGET = /^[\x21-\x7e]*$/;

function bad(reason: string): ParsedUrl {
  return { ok: false, reason: reason };
}

/**
 * The target of an http:// or https:// URL. Reasons never quote the URL: its
 * query may carry a token (docs/https-from-synchronet.md, "Secrets").
 */
export function parseHttpUrl(url: string): ParsedUrl {
  var m = SCHEME.exec(url);
  if (!m) return bad("the URL does not start with http:// or https://");
  var tls = m[1].toLowerCase() === "https";
  var authority = m[2];
  if (authority.indexOf("@") >= 0) return bad("the URL carries credentials (user:password@): give them as basic auth instead");
  var host = authority;
  var port = tls ? DEFAULT_PORT.https : DEFAULT_PORT.http;
  var bracket = /^\[([^\]]*)\](.*)$/.exec(authority);
  var rest = "";
  if (bracket) {
    host = bracket[1];
    rest = bracket[2];
    if (!isIpv6(host)) return bad("the URL's host [" + host + "] is not an IPv6 address");
  } else {
    var colon = authority.indexOf(":");
    if (colon >= 0) {
      host = authority.slice(0, colon);
      rest = authority.slice(colon);
    }
    if (!isIpv4(host) && !isHostName(host)) return bad("the URL's host '" + host + "' is not a host name or an IPv4 address");
  }
  if (rest !== "") {
    var digits = rest.charAt(0) === ":" ? rest.slice(1) : "";
    if (!PORT.test(digits) || parseInt(digits, 10) < 1 || parseInt(digits, 10) > 65535) {
      return bad("the URL's port is not a number from 1 to 65535");
    }
    port = parseInt(digits, 10);
  }
  var path = m[3];
  if (!TARGET.test(path)) return bad("the URL's path or query holds spaces or other bytes that must be percent-encoded");
  if (path.charAt(0) !== "/") path = "/" + path;
  return { ok: true, target: { tls: tls, host: host.toLowerCase(), port: port, path: path } };
}

function defaultPort(target: HttpTarget): boolean {
  return target.port === (target.tls ? DEFAULT_PORT.https : DEFAULT_PORT.http);
}

/** The Host header's value: the port only when it is not the scheme's own, IPv6 in brackets. */
export function hostHeader(target: HttpTarget): string {
  var host = isIpv6(target.host) ? "[" + target.host + "]" : target.host;
  return defaultPort(target) ? host : host + ":" + target.port;
}

/** The server, for messages: scheme, host and port, never the path (it may carry a token). */
export function origin(target: HttpTarget): string {
  return (target.tls ? "https" : "http") + "://" + hostHeader(target);
}
