// The extra names of a BBS (docs/names.md): one section `[dyndns:<name>]` each, beside
// `[dyndns]`, holding the protocol, its credentials and where the address comes from.
// Checked here, with one line naming the section, the key, the value and what was expected;
// a name with bad settings is skipped (nothing is sent for it) and the others still run.
import { isFullyQualified } from "../../../shared/core/hostname";
import { isIpv4 } from "../../../shared/core/ipv4";
import { hasControl, quote, MASK } from "../../../shared/core/text";
import { parseHttpUrl } from "../../../shared/core/http/url";
import { decodeBase64 } from "../../../shared/core/dns/base64";
import { nameProblem } from "../../../shared/core/dns/names";
import { sha256 } from "../../../shared/core/dns/sha256";
import { IniEntry } from "../settings/settingsFile";

/** What a section's name starts with: `[dyndns:bbs.example.com]`. */
export var NAME_SECTION_PREFIX = "dyndns:";

export type ProtocolName = "dyndns2" | "duckdns" | "cloudflare" | "rfc2136";
export var PROTOCOLS: ProtocolName[] = ["dyndns2", "duckdns", "cloudflare", "rfc2136"];

/** Where the address to publish comes from, tried in the order given. */
export type AddressSource =
  | { kind: "literal"; address: string }
  /** Send none: the provider takes the address the request comes from (dyndns2, DuckDNS). */
  | { kind: "provider" }
  /** The address the synchro.net (or hub) service published in this run. */
  | { kind: "service" }
  /** The page at the `checkip` URL ("Current IP Address: ..." or the bare address). */
  | { kind: "checkip" }
  /** The BBS's interface address, else this machine's address toward the provider. */
  | { kind: "interface" };

/** One section as the host read it: its name as written after the prefix, and its keys. */
export interface NameSection {
  /** The whole section name, as written: `dyndns:bbs.example.com`. */
  section: string;
  entries: IniEntry[];
  /** The file it was read from. */
  path: string;
}

export interface NameSettings {
  /** The host name kept current, lower case, without a trailing dot. */
  name: string;
  section: string;
  path: string;
  protocol: ProtocolName;
  /** Sources of the address, in order; their words as the sysop wrote them (or the default), for -n. */
  address: AddressSource[];
  addressText: string;
  addressOrigin: string;
  checkip: string;
  /** Seconds this name's update may take, all waits included. */
  timeout: number;
  /** Days after which an unchanged address is sent again anyway. */
  refreshDays: number;
  /** The protocol's own keys, checked (URLs, user, secrets...). */
  values: { [key: string]: string };
  /** The secrets of this section: never shown, masked wherever they could show. */
  secrets: string[];
  /** A digest of the whole section (secrets included), so that a change is seen without keeping them. */
  fingerprint: string;
}

export var DEFAULT_NAME_TIMEOUT = 30;
export var DEFAULT_REFRESH_DAYS = 25;

var COMMON_KEYS = ["protocol", "address", "checkip", "timeout", "refresh"];
/** The keys of each protocol beside the common ones, and which of them are secrets. */
var PROTOCOL_KEYS: { [protocol: string]: string[] } = {
  dyndns2: ["server", "user", "password"],
  duckdns: ["server", "token"],
  cloudflare: ["server", "token", "zone", "ttl", "proxied"],
  rfc2136: ["server", "port", "zone", "key", "secret", "ttl", "transport"],
};
export var SECRET_KEYS = ["password", "token", "secret"];

export var DEFAULT_SERVERS: { [protocol: string]: string } = {
  duckdns: "https://www.duckdns.org",
  cloudflare: "https://api.cloudflare.com/client/v4",
};

/** Address sources when `address` is not set: what each protocol can do without one. */
export var DEFAULT_ADDRESS: { [protocol: string]: string } = {
  dyndns2: "service, provider",
  duckdns: "service, provider",
  cloudflare: "service, checkip, interface",
  rfc2136: "service, checkip, interface",
};

var SOURCE_WORDS = ["provider", "service", "checkip", "interface"];

export type NameChecked = { ok: true; settings: NameSettings } | { ok: false; name: string; error: string };

function within(text: string, min: number, max: number): number | null {
  if (!/^[0-9]{1,9}$/.test(text)) return null;
  var n = parseInt(text, 10);
  return n >= min && n <= max ? n : null;
}

/** The digest of the section: protocol and every key=value, sorted, as hex. */
export function fingerprintOf(entries: IniEntry[]): string {
  var lines: string[] = [];
  for (var i = 0; i < entries.length; i++) lines.push(entries[i].key.toLowerCase() + "=" + entries[i].value);
  var digest = sha256(lines.sort().join("\n"));
  var hex = "";
  for (var j = 0; j < 8; j++) hex += (digest.charCodeAt(j) < 16 ? "0" : "") + digest.charCodeAt(j).toString(16);
  return hex;
}

/** Reads `address`: a comma list of source words and IPv4 addresses. */
function parseSources(text: string, protocol: ProtocolName): { ok: true; sources: AddressSource[] } | { ok: false; expected: string } {
  var words = text.split(",");
  var sources: AddressSource[] = [];
  var expected = "a comma list of " + (protocol === "dyndns2" || protocol === "duckdns" ? "provider, " : "")
    + "service, checkip, interface or IPv4 addresses";
  for (var i = 0; i < words.length; i++) {
    var word = words[i].trim();
    var lower = word.toLowerCase();
    if (isIpv4(word)) sources.push({ kind: "literal", address: word });
    else if (SOURCE_WORDS.indexOf(lower) >= 0 && !(lower === "provider" && (protocol === "cloudflare" || protocol === "rfc2136"))) {
      sources.push({ kind: lower } as AddressSource);
    } else return { ok: false, expected: expected + (lower === "provider" ? " (" + protocol + " needs an address: the provider finds none)" : "") };
  }
  return { ok: true, sources: sources };
}

/**
 * Checks one section. The first problem found is reported as one line:
 * `<file> [dyndns:<name>] <key> '<value>': expected <what>` (a secret shown masked).
 */
export function checkNameSection(found: NameSection): NameChecked {
  var label = found.section.slice(NAME_SECTION_PREFIX.length);
  var where = found.path + " [" + found.section + "]";
  var name = label.replace(/\.$/, "").toLowerCase();
  function bad(key: string, value: string | null, expected: string): NameChecked {
    if (value === null) return { ok: false, name: name, error: where + " " + key + ": missing (expected " + expected + "); nothing is sent for " + name };
    var shown = SECRET_KEYS.indexOf(key) >= 0 ? MASK : quote(value);
    return { ok: false, name: name, error: where + " " + key + " " + shown + ": expected " + expected + "; nothing is sent for " + name };
  }
  if (!isFullyQualified(label)) {
    return { ok: false, name: label, error: where + ": the name " + quote(label) + " is not a host name (expected one of at least two labels, like [dyndns:bbs.example.com]); nothing is sent for it" };
  }
  var values: { [key: string]: string } = {};
  var seen: { [key: string]: boolean } = {};
  for (var i = 0; i < found.entries.length; i++) {
    var key = found.entries[i].key.toLowerCase();
    if (seen[key]) continue; // Synchronet reads the first of a key
    seen[key] = true;
    // Synchronet's reader trims values itself; a caller's spaces are trimmed here all the same.
    var value = found.entries[i].value.trim();
    if (value !== "") values[key] = value;
  }
  if (!values.hasOwnProperty("protocol")) return bad("protocol", null, PROTOCOLS.join(", "));
  var protocol = values.protocol.toLowerCase() as ProtocolName;
  if (PROTOCOLS.indexOf(protocol) < 0) return bad("protocol", values.protocol, PROTOCOLS.join(", "));
  var known = COMMON_KEYS.concat(PROTOCOL_KEYS[protocol]);
  for (var k = 0; k < found.entries.length; k++) {
    var written = found.entries[k].key;
    if (known.indexOf(written.toLowerCase()) < 0) {
      return { ok: false, name: name, error: where + " " + written + ": not a key of protocol " + protocol + " (expected " + known.join(", ") + "); nothing is sent for " + name };
    }
  }
  for (var v in values) {
    if (values.hasOwnProperty(v) && hasControl(values[v])) return bad(v, values[v], "no control characters");
  }
  var addressText = values.address || DEFAULT_ADDRESS[protocol];
  var sources = parseSources(addressText, protocol);
  if (!sources.ok) return bad("address", addressText, sources.expected);
  var checkip = values.checkip || "";
  if (checkip && !parseHttpUrl(checkip).ok) return bad("checkip", checkip, "an http:// or https:// URL, like https://hub.example.net/nic/checkip");
  if (values.hasOwnProperty("address") && !checkip) {
    for (var s = 0; s < sources.sources.length; s++) {
      if (sources.sources[s].kind === "checkip") return bad("address", addressText, "checkip only with a checkip URL set");
    }
  }
  var timeout = values.hasOwnProperty("timeout") ? within(values.timeout, 2, 600) : DEFAULT_NAME_TIMEOUT;
  if (timeout === null) return bad("timeout", values.timeout, "whole seconds from 2 to 600");
  var refresh = values.hasOwnProperty("refresh") ? within(values.refresh, 1, 365) : DEFAULT_REFRESH_DAYS;
  if (refresh === null) return bad("refresh", values.refresh, "whole days from 1 to 365");
  var own = checkProtocolKeys(protocol, name, values, bad);
  if (own !== null) return own;
  var secrets: string[] = [];
  for (var q = 0; q < SECRET_KEYS.length; q++) if (values[SECRET_KEYS[q]]) secrets.push(values[SECRET_KEYS[q]]);
  return {
    ok: true,
    settings: {
      name: name, section: found.section, path: found.path, protocol: protocol, address: sources.sources, addressText: addressText,
      addressOrigin: values.address ? "address" : "default for " + protocol, checkip: checkip,
      timeout: timeout, refreshDays: refresh, values: values, secrets: secrets, fingerprint: fingerprintOf(found.entries),
    },
  };
}

type Bad = (key: string, value: string | null, expected: string) => NameChecked;

function missing(key: string, expected: string, values: { [key: string]: string }, bad: Bad): NameChecked | null {
  return values.hasOwnProperty(key) ? null : bad(key, null, expected);
}

function checkUrl(values: { [key: string]: string }, bad: Bad, example: string): NameChecked | null {
  if (!values.hasOwnProperty("server")) return null;
  var parsed = parseHttpUrl(values.server);
  return parsed.ok ? null : bad("server", values.server, "an http:// or https:// URL, like " + example);
}

function checkProtocolKeys(protocol: ProtocolName, name: string, values: { [key: string]: string }, bad: Bad): NameChecked | null {
  var problem: NameChecked | null = null;
  if (protocol === "dyndns2") {
    problem = missing("server", "the provider's update URL, like https://dynupdate.no-ip.com/nic/update", values, bad)
      || checkUrl(values, bad, "https://dynupdate.no-ip.com/nic/update")
      || missing("user", "the account's user name", values, bad)
      || missing("password", "the account's password (or the host's update key)", values, bad);
  } else if (protocol === "duckdns") {
    problem = missing("token", "the DuckDNS token of the account", values, bad) || checkUrl(values, bad, DEFAULT_SERVERS.duckdns);
    if (!problem && !/^[A-Za-z0-9-]+$/.test(values.token)) problem = bad("token", values.token, "the token DuckDNS shows (letters, digits and hyphens)");
    if (!problem && !/^[a-z0-9-]+\.duckdns\.org$/.test(name)) problem = bad("name", name, "a name under duckdns.org, like [dyndns:mybbs.duckdns.org]");
  } else if (protocol === "cloudflare") {
    problem = missing("token", "an API token that may edit the zone's DNS", values, bad) || checkUrl(values, bad, DEFAULT_SERVERS.cloudflare);
    if (!problem && !/^[A-Za-z0-9_-]+$/.test(values.token)) problem = bad("token", values.token, "an API token (letters, digits, _ and -)");
    if (!problem && values.hasOwnProperty("zone") && !isZoneOf(values.zone, name)) problem = bad("zone", values.zone, "the zone " + name + " is in, like example.com");
    if (!problem && values.hasOwnProperty("ttl") && !(values.ttl === "1" || within(values.ttl, 60, 86400) !== null)) {
      problem = bad("ttl", values.ttl, "1 (automatic) or whole seconds from 60 to 86400");
    }
    if (!problem && values.hasOwnProperty("proxied") && !/^(true|false|yes|no|on|off|1|0)$/i.test(values.proxied)) {
      problem = bad("proxied", values.proxied, "true or false");
    }
  } else {
    problem = missing("server", "the address or host name of the zone's primary DNS server", values, bad)
      || missing("key", "the name of the TSIG key the server knows", values, bad)
      || missing("secret", "the TSIG key's secret, in base64 (hmac-sha256)", values, bad);
    if (!problem && nameProblem(values.key) !== null) problem = bad("key", values.key, "a key name, like bbs-update");
    if (!problem) {
      var secret = decodeBase64(values.secret);
      if (secret === null) problem = bad("secret", values.secret, "a base64 secret, as tsig-keygen or keymgr prints it");
    }
    if (!problem && values.hasOwnProperty("port") && within(values.port, 1, 65535) === null) problem = bad("port", values.port, "a whole number from 1 to 65535");
    if (!problem && values.hasOwnProperty("zone") && !isZoneOf(values.zone, name)) problem = bad("zone", values.zone, "a zone above " + name + ", like example.com");
    if (!problem && !values.hasOwnProperty("zone") && name.split(".").length < 3) problem = bad("zone", null, "the zone above " + name + " (a name at a zone's apex is not updated)");
    if (!problem && values.hasOwnProperty("ttl") && within(values.ttl, 0, 604800) === null) problem = bad("ttl", values.ttl, "whole seconds from 0 to 604800");
    if (!problem && values.hasOwnProperty("transport") && !/^(tcp|udp)$/i.test(values.transport)) problem = bad("transport", values.transport, "tcp or udp");
  }
  return problem;
}

/** The zone a name is strictly below (the name was checked: it has no empty label). */
function isZoneOf(zone: string, name: string): boolean {
  var z = "." + zone.replace(/\.$/, "").toLowerCase();
  return name.slice(-z.length) === z;
}

/** The zone of a name when `zone` is not set: the name without its first label. */
export function zoneOf(settings: NameSettings): string {
  var zone = settings.values.zone;
  return zone ? zone.replace(/\.$/, "").toLowerCase() : settings.name.slice(settings.name.indexOf(".") + 1);
}
