import { RawSettings, NO_VALUE } from "./settings";
import { isDnsLabel, isHostName } from "./hostname";
import { isIpv4 } from "./ipv4";
import { isIpv6 } from "./ipv6";
import { isLoc } from "./loc";
import { hasControl, quote, MASK } from "./text";
import {
  DEFAULT_HOSTS, DEFAULT_PORT, DEFAULT_TIMEOUT, DOMAIN, MAX_HOSTS, MAX_TIMEOUT, MAX_TTL, MIN_TIMEOUT, MIN_TTL,
} from "./defaults";

/** What the BBS itself tells us (`system.qwk_id`, `system.name`). */
export interface SystemFacts {
  qwkId: string;
  bbsName: string;
}

export interface Settings {
  password: string;
  /** The host name to update under synchro.net (QWK-ID or -hn). */
  id: string;
  ip: string;
  ip6: string;
  /** -ip6 without an address: find this machine's global IPv6 address at run time. */
  ip6Auto: boolean;
  mx: string;
  txt: string;
  loc: string;
  wildcard: boolean;
  ttl: string;
  hosts: string[];
  port: number;
  /** Seconds for the whole run. */
  timeout: number;
}

export type Validated = { ok: true; settings: Settings } | { ok: false; error: string };

var TRUE_WORDS = ["true", "yes", "on", "1"];
var FALSE_WORDS = ["false", "no", "off", "0"];

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\s*[0-9]{1,9}\s*$/.test(text)) return null;
  var n = parseInt(text, 10);
  return n >= min && n <= max ? n : null;
}

function problem(raw: RawSettings, key: string, shown: string, expected: string): Validated {
  return { ok: false, error: raw.origins[key] + " " + shown + ": expected " + expected };
}

/** Checks each setting and fills in defaults; the first problem found is reported. */
export function validateSettings(raw: RawSettings, system: SystemFacts): Validated {
  var v = raw.values;
  var has = function (key: string): boolean { return v.hasOwnProperty(key); };
  var bad = function (key: string, expected: string): Validated { return problem(raw, key, quote(v[key]), expected); };

  if (!has("password") || v.password === "") {
    return { ok: false, error: "password: missing (expected it as the first argument or as password in the [dyndns] section of ctrl/modopts.ini)" };
  }
  if (hasControl(v.password)) return problem(raw, "password", MASK, "no control characters");

  var id = has("hn") ? v.hn : system.qwkId;
  if (!has("hn") && !id) {
    return { ok: false, error: "system.qwk_id: empty (expected a QWK-ID set in SCFG, or -hn name)" };
  }
  if (!isDnsLabel(id)) {
    return has("hn") ? bad("hn", "one DNS label: letters, digits and inner hyphens, at most 63")
      : { ok: false, error: "system.qwk_id " + quote(id) + ": expected a QWK-ID usable as a DNS label (or -hn name)" };
  }
  if (has("ip") && !isIpv4(v.ip)) return bad("ip", "an IPv4 address in dotted-quad form, like 203.0.113.7");

  var ip6Auto = has("ip6") && v.ip6 === NO_VALUE;
  if (has("ip6") && !ip6Auto && !isIpv6(v.ip6)) return bad("ip6", "an IPv6 address, like 2607:f8b0:4007:801::200e");

  var mx = has("mx") ? (v.mx === NO_VALUE ? id.toLowerCase() + "." + DOMAIN : v.mx) : "";
  if (mx && !isHostName(mx)) return bad("mx", "a host name, like mail.example.com");

  var txt = has("txt") ? v.txt : system.bbsName;
  if (txt.length > 255 || hasControl(txt)) {
    return has("txt") ? bad("txt", "at most 255 characters of text on one line")
      : { ok: false, error: "system.name (the default TXT) " + quote(txt) + ": expected at most 255 characters on one line (or set txt in modopts)" };
  }
  if (has("loc") && (hasControl(v.loc) || !isLoc(v.loc))) {
    return bad("loc", "an RFC 1876 location, like 52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m");
  }

  var wildcard = false;
  if (has("wildcard")) {
    var word = v.wildcard.replace(/^\s+|\s+$/g, "").toLowerCase();
    if (TRUE_WORDS.indexOf(word) < 0 && FALSE_WORDS.indexOf(word) < 0) return bad("wildcard", "true, false, yes, no, on, off, 1 or 0");
    wildcard = TRUE_WORDS.indexOf(word) >= 0;
  }

  var ttl = "";
  if (has("ttl")) {
    var seconds = wholeNumber(v.ttl, MIN_TTL, MAX_TTL);
    if (seconds === null) return bad("ttl", "whole seconds from " + MIN_TTL + " to " + MAX_TTL);
    ttl = String(seconds);
  }

  var hosts = DEFAULT_HOSTS;
  if (has("hosts")) {
    hosts = v.hosts.split(",");
    for (var i = 0; i < hosts.length; i++) hosts[i] = hosts[i].replace(/^\s+|\s+$/g, "");
    for (var j = 0; j < hosts.length; j++) {
      if (!(isHostName(hosts[j]) || isIpv4(hosts[j]) || isIpv6(hosts[j]))) {
        return bad("hosts", "a comma-separated list of host names or addresses (" + quote(hosts[j]) + " is not one)");
      }
    }
    if (hosts.length > MAX_HOSTS) return bad("hosts", "at most " + MAX_HOSTS + " hosts");
  }

  var port = DEFAULT_PORT;
  if (has("port")) {
    var p = wholeNumber(v.port, 1, 65535);
    if (p === null) return bad("port", "a whole number from 1 to 65535");
    port = p;
  }

  var timeout = DEFAULT_TIMEOUT;
  if (has("timeout")) {
    var t = wholeNumber(v.timeout, MIN_TIMEOUT, MAX_TIMEOUT);
    if (t === null) return bad("timeout", "whole seconds from " + MIN_TIMEOUT + " to " + MAX_TIMEOUT);
    timeout = t;
  }

  return {
    ok: true,
    settings: {
      password: v.password, id: id, ip: has("ip") ? v.ip : "", ip6: ip6Auto || !has("ip6") ? "" : v.ip6, ip6Auto: ip6Auto,
      mx: mx, txt: txt, loc: has("loc") ? v.loc : "", wildcard: wildcard, ttl: ttl,
      hosts: hosts, port: port, timeout: timeout,
    },
  };
}
