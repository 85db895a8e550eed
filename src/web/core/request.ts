import { isIpv4 } from "../../shared/core/ipv4";
import { isIpv6 } from "../../shared/core/ipv6";
import { yesNo } from "../../shared/core/yesNo";

/** One parameter of a query string, decoded. */
export interface Parameter {
  name: string;
  value: string;
}

/** %XX (two hex digits) as that byte, + as a space; any other % stays as it is. */
function decode(text: string): string {
  return text.replace(/\+/g, " ").replace(/%([0-9A-Fa-f]{2})/g, function (_match: string, hex: string): string {
    return String.fromCharCode(parseInt(hex, 16));
  });
}

/**
 * The query string as the client sent it (http_request.query_string), split as URL
 * parsers do: parameters at each "&" (empty ones dropped), the name before the first
 * "=" (none: an empty value), each decoded once, in request order. The web server's own
 * http_request.query is not used: it cuts a value at an encoded NUL (so
 * `hostname=a.bbs.test%00junk` would reach the script as a valid name) and runs a name
 * to the next "=" across any "&" (docs/PROTOCOL.md). Bytes are kept as they came, one
 * char each, so that a control or 8-bit byte reaches the validators and is refused there.
 */
export function parseQueryString(text: string): Parameter[] {
  var parameters: Parameter[] = [];
  var parts = text.split("&");
  for (var i = 0; i < parts.length; i++) {
    if (parts[i] === "") continue;
    var eq = parts[i].indexOf("=");
    parameters.push(eq < 0 ? { name: decode(parts[i]), value: "" } : { name: decode(parts[i].slice(0, eq)), value: decode(parts[i].slice(eq + 1)) });
  }
  return parameters;
}

/** The parameters by name, each name's values in request order (the web pages' view of a query). */
export interface Query {
  [name: string]: string[];
}

/** The parameters grouped by name. */
export function queryOf(parameters: Parameter[]): Query {
  var query: Query = {};
  for (var i = 0; i < parameters.length; i++) {
    var name = parameters[i].name;
    if (!Object.prototype.hasOwnProperty.call(query, name)) query[name] = [];
    query[name].push(parameters[i].value);
  }
  return query;
}

/**
 * A dyndns2 update as real clients send it (docs/PROTOCOL.md). Where a parameter is
 * missing the records it stands for are kept as they are: a router that sends only
 * hostname and myip never removes what the member set another way.
 */
export interface UpdateRequest {
  /** As sent (comma lists split, repeats kept), in request order. */
  hostnames: string[];
  /** The addresses to publish, each as sent; none of a family: that record is kept (or, with no address at all, the source). */
  ipv4: string[];
  ipv6: string[];
  /** Text of myip/myipv6 that is neither kind of address, as sent. */
  invalid: string[];
  /** true: publish the wildcard CNAME; false: remove it; null: keep it (NOCHG, or not sent). */
  wildcard: boolean | null;
  /** The mail exchanger to publish; null: keep the MX records (not sent, empty or NOCHG). */
  mx: string | null;
  /** With mx: the host itself is the first MX and `mx` the backup. */
  backmx: boolean;
  /** The name is taken offline: its addresses are removed, everything else kept. */
  offline: boolean;
}

/** Every value of a parameter, whatever the letter case of its name, in request order. */
function values(query: Parameter[], name: string): string[] {
  var out: string[] = [];
  for (var i = 0; i < query.length; i++) if (query[i].name.toLowerCase() === name) out.push(query[i].value);
  return out;
}

/** The comma-separated items of every value, trimmed, blanks dropped. */
function items(list: string[]): string[] {
  var out: string[] = [];
  for (var i = 0; i < list.length; i++) {
    var parts = list[i].split(",");
    for (var p = 0; p < parts.length; p++) {
      var item = parts[p].trim();
      if (item !== "") out.push(item);
    }
  }
  return out;
}

/** A YES/NO or ON/OFF parameter: its last value; NOCHG, like any word that is neither, is null. */
function flag(query: Parameter[], name: string): boolean | null {
  var list = values(query, name);
  return list.length === 0 ? null : yesNo(list[list.length - 1]);
}

/**
 * The update a query's parameters ask for. myip may hold an IPv4 address, an IPv6 address, or
 * both comma-separated (ddclient); myipv6 an IPv6 address (inadyn). Unknown
 * parameters (system, the client's own) are ignored.
 */
export function parseUpdate(query: Parameter[]): UpdateRequest {
  var request: UpdateRequest = {
    hostnames: items(values(query, "hostname")), ipv4: [], ipv6: [], invalid: [],
    wildcard: flag(query, "wildcard"), mx: null, backmx: flag(query, "backmx") === true, offline: flag(query, "offline") === true,
  };
  var addresses = items(values(query, "myip")).concat(items(values(query, "myipv6")));
  for (var i = 0; i < addresses.length; i++) {
    var address = addresses[i];
    var list = isIpv4(address) ? request.ipv4 : isIpv6(address) ? request.ipv6 : request.invalid;
    if (list.indexOf(address) < 0) list.push(address);
  }
  var mx = values(query, "mx");
  var last = mx.length ? mx[mx.length - 1].trim() : "";
  request.mx = last === "" || last.toLowerCase() === "nochg" ? null : last;
  return request;
}
