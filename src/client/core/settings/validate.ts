import { RawSettings } from "./rawSettings";
import { NO_VALUE } from "./commandLine";
import { Settings, ownName } from "./settings";
import { SystemFacts } from "./systemFacts";
import { isDnsLabel, isFullyQualified, isHostName } from "../../../shared/core/hostname";
import { isIpv4 } from "../../../shared/core/ipv4";
import { isIpv6 } from "../../../shared/core/ipv6";
import { isLoc } from "../../../shared/core/loc";
import { hasControl, quote, MASK } from "../../../shared/core/text";
import { DEFAULT_DOMAIN, DEFAULT_HOSTS, DEFAULT_PORT, MAX_TXT } from "../../../shared/core/protocol";
import { yesNo, YES_NO_WORDS } from "../../../shared/core/yesNo";
import { DEFAULT_TIMEOUT, MAX_HOSTS, MAX_TIMEOUT, MAX_TTL, MIN_TIMEOUT, MIN_TTL } from "./defaults";

type Validated = { ok: true; settings: Settings } | { ok: false; error: string };
type Check<T> = { ok: true; value: T } | { ok: false; error: string };

function pass<T>(value: T): Check<T> {
  return { ok: true, value: value };
}

/** One line: where the value came from, the value (never the password), what was expected. */
function fail(raw: RawSettings, key: string, expected: string): { ok: false; error: string } {
  var value = raw.values[key];
  var shown = key === "password" || value === raw.values.password ? MASK : quote(value);
  return { ok: false, error: raw.origins[key] + " " + shown + ": expected " + expected };
}

function wholeNumber(raw: RawSettings, key: string, fallback: number, min: number, max: number, expected: string): Check<number> {
  if (!raw.values.hasOwnProperty(key)) return pass(fallback);
  var text = raw.values[key].trim();
  var n = /^[0-9]{1,9}$/.test(text) ? parseInt(text, 10) : NaN;
  return n >= min && n <= max ? pass(n) : fail(raw, key, expected);
}

/** The word Synchronet's stock event passes as the password (`cmd=?dyndns.js YOURPASS`). */
var PLACEHOLDER = /^yourpass$/i;

function placeholder(raw: RawSettings): { ok: false; error: string } {
  var word = raw.values.password;
  if (raw.fromCommandLine.password) {
    return { ok: false, error: raw.origins.password + " is " + word + ", the placeholder of the DYNDNS timed event that Synchronet ships:"
      + " in SCFG > External Programs > Timed Events > DYNDNS, change the Command Line from ?dyndns.js " + word
      + " to ?dyndns, and set password in " + raw.passwordPlace };
  }
  return { ok: false, error: raw.origins.password + " is " + word + ", a placeholder: set it to the password of your QWKnet account" };
}

function checkPassword(raw: RawSettings): Check<string> {
  var password = raw.values.password;
  if (!password) return { ok: false, error: "password: missing (expected it as the first argument or as password in " + raw.passwordPlace + ")" };
  if (PLACEHOLDER.test(password)) return placeholder(raw);
  var replaced = raw.replaced.password;
  if (raw.leftByOption.password && replaced && replaced.value !== password) {
    // Likely a value meant for the option: a login with a wrong password can get the BBS throttled or banned.
    return { ok: false, error: raw.origins.password + " would replace " + replaced.origin + " (they differ), so nothing was sent;"
      + " give the option the value it expects, or drop that word" };
  }
  return hasControl(password) ? fail(raw, "password", "no control characters") : pass(password);
}

function checkId(raw: RawSettings, system: SystemFacts): Check<string> {
  if (raw.values.hasOwnProperty("hn")) {
    return isDnsLabel(raw.values.hn) ? pass(raw.values.hn) : fail(raw, "hn", "one DNS label (letters, digits and inner hyphens, at most 63)");
  }
  if (!system.qwkId) return { ok: false, error: "system.qwk_id: empty (expected a QWK-ID set in SCFG, or -hn name)" };
  return isDnsLabel(system.qwkId) ? pass(system.qwkId)
    : { ok: false, error: "system.qwk_id " + quote(system.qwkId) + ": expected a QWK-ID usable as a DNS label (or -hn name)" };
}

/** A value that is either absent (empty answer) or must pass `valid`. */
function optional(raw: RawSettings, key: string, valid: (text: string) => boolean, expected: string): Check<string> {
  if (!raw.values.hasOwnProperty(key)) return pass("");
  var text = raw.values[key];
  return !hasControl(text) && valid(text) ? pass(text) : fail(raw, key, expected);
}

function checkMx(raw: RawSettings, id: string, domain: string): Check<string> {
  if (raw.values.mx === NO_VALUE) return pass(ownName(id, domain).toLowerCase());
  return optional(raw, "mx", isFullyQualified, "a fully qualified host name (at least two labels), like mail.example.com");
}

function checkDomain(raw: RawSettings): Check<string> {
  if (!raw.values.hasOwnProperty("domain")) return pass(DEFAULT_DOMAIN);
  var domain = raw.values.domain.trim();
  return isHostName(domain) ? pass(domain.replace(/\.$/, "")) : fail(raw, "domain", "a host name, like synchro.net");
}

function checkTxt(raw: RawSettings, system: SystemFacts): Check<string> {
  var fits = function (text: string): boolean { return text.length <= MAX_TXT; };
  if (raw.values.hasOwnProperty("txt")) return optional(raw, "txt", fits, "at most " + MAX_TXT + " characters of text on one line");
  var name = system.bbsName;
  return fits(name) && !hasControl(name) ? pass(name)
    : { ok: false, error: "system.name (the default TXT) " + quote(name) + ": expected at most " + MAX_TXT + " characters on one line (or set txt in modopts)" };
}

function checkWildcard(raw: RawSettings): Check<boolean> {
  if (!raw.values.hasOwnProperty("wildcard")) return pass(false);
  var word = yesNo(raw.values.wildcard);
  return word !== null ? pass(word) : fail(raw, "wildcard", YES_NO_WORDS);
}

function checkHosts(raw: RawSettings): Check<string[]> {
  if (!raw.values.hasOwnProperty("hosts")) return pass(DEFAULT_HOSTS);
  var hosts = raw.values.hosts.split(",");
  for (var i = 0; i < hosts.length; i++) {
    hosts[i] = hosts[i].trim();
    if (!(isHostName(hosts[i]) || isIpv4(hosts[i]) || isIpv6(hosts[i]))) {
      return fail(raw, "hosts", "a comma-separated list of host names or addresses (" + quote(hosts[i]) + " is not one)");
    }
  }
  return hosts.length <= MAX_HOSTS ? pass(hosts) : fail(raw, "hosts", "at most " + MAX_HOSTS + " hosts");
}

/** Where each setting came from, defaults included. */
function originsOf(raw: RawSettings): { [key: string]: string } {
  var origins: { [key: string]: string } = {
    id: "system.qwk_id", txt: "default: system.name", ip: "default", ip6: "default", mx: "default", loc: "default",
    wildcard: "default", ttl: "default", hosts: "default", port: "default", timeout: "default", domain: "default",
  };
  for (var key in raw.origins) {
    if (raw.origins.hasOwnProperty(key)) origins[key === "hn" ? "id" : key] = raw.origins[key];
  }
  if (raw.values.mx === NO_VALUE) origins.mx += " alone";
  if (raw.values.ip6 === NO_VALUE) origins.ip6 += " alone";
  return origins;
}

/** Only what names the host (`<id>.<domain>`): what -status needs, without a password. */
export function validateName(raw: RawSettings, system: SystemFacts): { ok: true; id: string; domain: string } | { ok: false; error: string } {
  var id = checkId(raw, system);
  if (!id.ok) return id;
  var domain = checkDomain(raw);
  if (!domain.ok) return domain;
  return { ok: true, id: id.value, domain: domain.value };
}

/** Checks each setting and fills in defaults; the first problem found is reported. */
export function validateSettings(raw: RawSettings, system: SystemFacts): Validated {
  var password = checkPassword(raw);
  if (!password.ok) return password;
  var name = validateName(raw, system);
  if (!name.ok) return name;
  var ip = optional(raw, "ip", isIpv4, "an IPv4 address in dotted-quad form, like 203.0.113.7");
  if (!ip.ok) return ip;
  var ip6Auto = raw.values.ip6 === NO_VALUE;
  var ip6 = ip6Auto ? pass("") : optional(raw, "ip6", isIpv6, "an IPv6 address, like 2607:f8b0:4007:801::200e");
  if (!ip6.ok) return ip6;
  var mx = checkMx(raw, name.id, name.domain);
  if (!mx.ok) return mx;
  var txt = checkTxt(raw, system);
  if (!txt.ok) return txt;
  var loc = optional(raw, "loc", isLoc, "an RFC 1876 location, like 52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m");
  if (!loc.ok) return loc;
  var wildcard = checkWildcard(raw);
  if (!wildcard.ok) return wildcard;
  var ttl = wholeNumber(raw, "ttl", 0, MIN_TTL, MAX_TTL, "whole seconds from " + MIN_TTL + " to " + MAX_TTL);
  if (!ttl.ok) return ttl;
  var hosts = checkHosts(raw);
  if (!hosts.ok) return hosts;
  var port = wholeNumber(raw, "port", DEFAULT_PORT, 1, 65535, "a whole number from 1 to 65535");
  if (!port.ok) return port;
  var timeout = wholeNumber(raw, "timeout", DEFAULT_TIMEOUT, MIN_TIMEOUT, MAX_TIMEOUT, "whole seconds from " + MIN_TIMEOUT + " to " + MAX_TIMEOUT);
  if (!timeout.ok) return timeout;
  return {
    ok: true,
    settings: {
      password: password.value, id: name.id, domain: name.domain, ip: ip.value, ip6: ip6.value, ip6Auto: ip6Auto, mx: mx.value, txt: txt.value,
      loc: loc.value, wildcard: wildcard.value, ttl: raw.values.hasOwnProperty("ttl") ? String(ttl.value) : "",
      hosts: hosts.value, port: port.value, timeout: timeout.value, origins: originsOf(raw),
    },
  };
}
