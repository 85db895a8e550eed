import type { DnsServerSettings } from "../../shared/core/dns/types";
import { decodeBase64 } from "../../shared/core/dns/base64";
import { normalName } from "../../shared/core/dns/names";
import { isDnsLabel, isHostName } from "../../shared/core/hostname";
import { isIpv4 } from "../../shared/core/ipv4";
import { isIpv6 } from "../../shared/core/ipv6";
import { MASK, quote } from "../../shared/core/text";
import { yesNo, YES_NO_WORDS } from "../../shared/core/yesNo";
import { knownValues } from "../../shared/core/knownKeys";

/** The section of ctrl/modopts.ini the service reads. */
export var SECTION = "dyndns_service";

/** Every key of the section; anything else there is a typo worth a warning. */
export var SETTING_KEYS = [
  "zone", "dns_server", "dns_port", "dns_transport", "dns_timeout", "tsig_key", "tsig_algorithm", "tsig_secret",
  "ttl", "ttl_min", "ttl_max", "mx_preference", "min_interval", "hourly_cap", "nochg_limit", "allow_private", "answer_timeout", "reserved",
  "stale_days",
];

/** The settings as the ini file has them: known keys with a non-blank value, verbatim. */
export interface RawServiceSettings {
  /** For messages: "ctrl/modopts.ini [dyndns_service]". */
  source: string;
  /** Why there are no settings at all (no file, no section), or null. */
  missing: string | null;
  values: { [key: string]: string };
  unknown: string[];
}

export interface ServiceSettings {
  /** Lower case, no trailing dot: the names published are <id>.<zone>. */
  zone: string;
  dns: DnsServerSettings;
  /** Seconds: a blank ttl? answer gets `ttl`; any other is clamped to [ttlMin, ttlMax]. */
  ttl: number;
  ttlMin: number;
  ttlMax: number;
  mxPreference: number;
  /** Seconds between two DNS writes for one id (0: no minimum). */
  minInterval: number;
  /** DNS writes for one id in any hour (0: no cap). */
  hourlyCap: number;
  /** Updates of one id that changed nothing, in any 24 hours, before it is refused as abuse (0: no limit). */
  nochgLimit: number;
  /** Accept private, loopback, link-local and documentation addresses (a LAN network, tests). */
  allowPrivate: boolean;
  /** Seconds the client has for each answer. */
  answerTimeout: number;
  /** Lower-case ids that are never updated (the zone's own host names). */
  reserved: string[];
  /** The hub's web pages call a name stale after this many days without an update that went through. */
  staleDays: number;
}

export var DEFAULTS: { [key: string]: string } = {
  dns_server: "127.0.0.1",
  dns_port: "53",
  dns_transport: "tcp",
  dns_timeout: "5",
  tsig_algorithm: "hmac-sha256",
  ttl: "300",
  ttl_min: "60",
  ttl_max: "86400",
  mx_preference: "10",
  min_interval: "60",
  hourly_cap: "10",
  nochg_limit: "48",
  allow_private: "false",
  answer_timeout: "10",
  reserved: "ns, ns1, ns2, ns3, www, mail, dyndns",
  stale_days: "7",
};

/**
 * The longest dns_timeout, in seconds. A session's DNS work (reading the
 * current records, then the update) happens while the client waits for the
 * outcome: this dyndns.js waits at most 10 s for it (Synchronet's stock one
 * 30 s). A client that stops waiting tries its next host while the first
 * still publishes, and that second session is refused as busy or by
 * min_interval. The 2 s left cover the login, the state and audit files and
 * the network.
 */
export var MAX_DNS_TIMEOUT = 8;
/** The outcome's waits of the two clients, as the dns_timeout message names them. */
var CLIENT_WAITS = "this dyndns.js waits at most 10 s for the outcome, Synchronet's stock one 30 s";

/** The longest TTL DNS allows (RFC 2181 8). */
var MAX_TTL = 2147483647;
/** HMAC keys shorter than this are too weak to guard a zone. */
var MIN_SECRET_BYTES = 16;

export type SettingsCheck =
  | { ok: true; settings: ServiceSettings; warnings: string[] }
  | { ok: false; problems: string[]; warnings: string[] };

interface Reader {
  /** The value to use: the sysop's, else the default ("" when the key has none). */
  text(key: string): string;
  /** Records "<source> <key> = '<value>': expected <what>" and returns null. */
  problem(key: string, expected: string): null;
}

/** `unit` ("seconds") and `note` ("0: none") are left out of the message when blank. */
function wholeNumber(read: Reader, key: string, min: number, max: number, unit: string, note?: string): number | null {
  var text = read.text(key).trim();
  var n = /^[0-9]{1,10}$/.test(text) ? parseInt(text, 10) : NaN;
  if (n >= min && n <= max) return n;
  return read.problem(key, "a whole number" + (unit ? " of " + unit : "") + " from " + min + " to " + max + (note ? " (" + note + ")" : ""));
}

/** `valid` refuses "" and control characters itself (host names and addresses do). */
function required(read: Reader, key: string, valid: (text: string) => boolean, expected: string): string | null {
  var text = read.text(key).trim();
  return valid(text) ? text : read.problem(key, expected);
}

function choice(read: Reader, key: string, words: string[]): string | null {
  var word = read.text(key).trim().toLowerCase();
  return words.indexOf(word) >= 0 ? word : read.problem(key, words.join(" or "));
}

function flag(read: Reader, key: string): boolean | null {
  var word = yesNo(read.text(key));
  return word !== null ? word : read.problem(key, YES_NO_WORDS);
}

function secret(read: Reader): string | null {
  var bytes = decodeBase64(read.text("tsig_secret").trim());
  return bytes !== null && bytes.length >= MIN_SECRET_BYTES ? bytes
    : read.problem("tsig_secret", "the key's secret in base64 (as keymgr or tsig-keygen print it), at least " + MIN_SECRET_BYTES + " bytes");
}

function reservedIds(read: Reader): string[] | null {
  var list = read.text("reserved").split(",");
  var ids: string[] = [];
  for (var i = 0; i < list.length; i++) {
    var id = list[i].trim().toLowerCase();
    if (id === "") continue;
    if (!isDnsLabel(id)) return read.problem("reserved", "a comma-separated list of ids (DNS labels); " + quote(id) + " is not one");
    ids.push(id);
  }
  return ids;
}

/**
 * Checks every setting and fills in the defaults. All problems are reported,
 * one line each, so that the sysop can fix them in one go.
 */
export function validateServiceSettings(raw: RawServiceSettings): SettingsCheck {
  var problems: string[] = [];
  var warnings: string[] = [];
  if (raw.missing !== null) return { ok: false, problems: [raw.missing], warnings: warnings };
  for (var u = 0; u < raw.unknown.length; u++) {
    warnings.push(raw.source + ": unknown key '" + raw.unknown[u] + "' ignored (known: " + SETTING_KEYS.join(", ") + ")");
  }
  var read: Reader = {
    text: function (key: string): string {
      return raw.values.hasOwnProperty(key) ? raw.values[key] : DEFAULTS[key] || "";
    },
    problem: function (key: string, expected: string): null {
      var given = raw.values.hasOwnProperty(key);
      var shown = !given ? "missing" : "= " + (key === "tsig_secret" ? MASK : quote(raw.values[key]));
      problems.push(raw.source + " " + key + " " + shown + ": expected " + expected);
      return null;
    },
  };
  var zone = required(read, "zone", isHostName, "the DNS zone the names are published in, like bbs.example.net");
  var server = required(read, "dns_server", function (t) { return isIpv4(t) || isIpv6(t) || isHostName(t); },
    "the address or host name of the zone's primary DNS server");
  var port = wholeNumber(read, "dns_port", 1, 65535, "");
  var transport = choice(read, "dns_transport", ["tcp", "udp"]);
  var timeout = wholeNumber(read, "dns_timeout", 1, MAX_DNS_TIMEOUT, "seconds", CLIENT_WAITS);
  var keyName = required(read, "tsig_key", isHostName, "the TSIG key's name as the DNS server knows it, like dyndns-service.key");
  var algorithm = choice(read, "tsig_algorithm", ["hmac-sha256"]);
  var keySecret = secret(read);
  var ttl = wholeNumber(read, "ttl", 1, MAX_TTL, "seconds");
  var ttlMin = wholeNumber(read, "ttl_min", 1, MAX_TTL, "seconds");
  var ttlMax = wholeNumber(read, "ttl_max", 1, MAX_TTL, "seconds");
  var mxPreference = wholeNumber(read, "mx_preference", 0, 65535, "");
  var minInterval = wholeNumber(read, "min_interval", 0, 86400, "seconds", "0: none");
  var hourlyCap = wholeNumber(read, "hourly_cap", 0, 3600, "", "0: no cap");
  var nochgLimit = wholeNumber(read, "nochg_limit", 0, 100000, "", "0: no limit");
  var allowPrivate = flag(read, "allow_private");
  var answerTimeout = wholeNumber(read, "answer_timeout", 1, 300, "seconds");
  var reserved = reservedIds(read);
  var staleDays = wholeNumber(read, "stale_days", 1, 3650, "days");
  if (ttl !== null && ttlMin !== null && ttlMax !== null && !(ttlMin <= ttl && ttl <= ttlMax)) {
    problems.push(raw.source + " ttl_min " + ttlMin + ", ttl " + ttl + ", ttl_max " + ttlMax + ": expected ttl_min <= ttl <= ttl_max");
  }
  if (problems.length || zone === null || server === null || port === null || transport === null || timeout === null
    || keyName === null || algorithm === null || keySecret === null || ttl === null || ttlMin === null || ttlMax === null
    || mxPreference === null || minInterval === null || hourlyCap === null || nochgLimit === null || allowPrivate === null
    || answerTimeout === null || reserved === null || staleDays === null) {
    return { ok: false, problems: problems, warnings: warnings };
  }
  var zoneName = normalName(zone);
  return {
    ok: true,
    warnings: warnings,
    settings: {
      zone: zoneName,
      dns: {
        server: server, port: port, transport: transport === "udp" ? "udp" : "tcp", zone: zoneName, timeoutSeconds: timeout,
        key: { name: normalName(keyName), algorithm: "hmac-sha256", secret: keySecret },
      },
      ttl: ttl, ttlMin: ttlMin, ttlMax: ttlMax, mxPreference: mxPreference, minInterval: minInterval, hourlyCap: hourlyCap, nochgLimit: nochgLimit,
      allowPrivate: allowPrivate, answerTimeout: answerTimeout, reserved: reserved, staleDays: staleDays,
    },
  };
}

/** Sorts the keys of the section into known values (verbatim, blanks left out) and unknown names. */
export function collectSettings(source: string, keys: string[], read: (key: string) => string): RawServiceSettings {
  var sorted = knownValues(keys, SETTING_KEYS, function (index: number): string { return read(keys[index]); });
  return { source: source, missing: null, values: sorted.values, unknown: sorted.unknown };
}
