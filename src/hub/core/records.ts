import { RRset, RRType } from "../../shared/core/dns/types";
import { canonicalRdata } from "../../shared/core/dns/rdata";
import { normalName } from "../../shared/core/dns/names";
import { Answers, MAX_TXT } from "../../shared/core/protocol";
import { ServiceSettings } from "./settings";
import { addressProblem } from "./addresses";
import { isHostName } from "../../shared/core/hostname";
import { isIpv4 } from "../../shared/core/ipv4";
import { isIpv6 } from "../../shared/core/ipv6";
import { isLoc } from "../../shared/core/loc";
import { hasControl, quote } from "../../shared/core/text";
import { yesNo, YES_NO_WORDS } from "../../shared/core/yesNo";

/** One record set the session decides: the new set, or null when the name must have none of that type. */
export interface Wanted {
  name: string;
  type: RRType;
  rrset: RRset | null;
}

export type Records = { ok: true; owner: string; wanted: Wanted[] } | { ok: false; reply: string };


/** An answer that cannot be published: the reply names the field, shows the value, says what was expected. */
function refused(field: string, value: string, expected: string): Records {
  return { ok: false, reply: "refused: " + field + " " + quote(value) + ": expected " + expected };
}

/** The name an id updates: <id>.<zone>, lower case. */
export function ownerOf(id: string, zone: string): string {
  return id.toLowerCase() + "." + zone;
}

/**
 * The set (name, type) as a session wants it: these records, or none (an empty list
 * removes the set). Records are kept in the form the DNS server gives them back
 * (canonicalRdata), so that logs and the audit compare like with like.
 */
export function wantedSet(name: string, type: RRType, rdata: string[], ttl: number): Wanted {
  if (rdata.length === 0) return { name: name, type: type, rrset: null };
  var canonical: string[] = [];
  for (var i = 0; i < rdata.length; i++) canonical.push(canonicalRdata(type, rdata[i]) || rdata[i]);
  return { name: name, type: type, rrset: { name: name, type: type, ttl: ttl, rdata: canonical } };
}

/** The address a blank ip? stands for: where the connection came from (an IPv4-mapped IPv6 address counts as IPv4). */
export function sourceIpv4(sourceAddress: string): string | null {
  var address = sourceAddress.replace(/^::ffff:/i, "");
  return isIpv4(address) ? address : null;
}

/**
 * The records of <id>.<zone> as one session describes them. The session
 * describes all of them: a blank ip6?, mx?, txt?, loc? or wc? removes that
 * record (it is what every client means by a blank answer, and the only way a
 * sysop can drop one); a blank ip? publishes the address the connection came from.
 */
export function recordsFrom(id: string, answers: Answers, sourceAddress: string, settings: ServiceSettings): Records {
  var owner = ownerOf(id, settings.zone);
  var wanted: Wanted[] = [];
  function set(name: string, type: RRType, rdata: string | null, ttl: number): void {
    wanted.push(wantedSet(name, type, rdata === null ? [] : [rdata], ttl));
  }

  var ttlText = answers["ttl?"].trim();
  if (ttlText !== "" && !/^[0-9]{1,10}$/.test(ttlText)) return refused("ttl", ttlText, "whole seconds, or nothing for " + settings.ttl);
  var ttl = ttlText === "" ? settings.ttl : Math.min(settings.ttlMax, Math.max(settings.ttlMin, parseInt(ttlText, 10)));

  var ip = answers["ip?"].trim();
  if (ip === "") {
    var source = sourceIpv4(sourceAddress);
    if (source === null) {
      return { ok: false, reply: "refused: ip is blank and this connection came from " + sourceAddress + ", not an IPv4 address: answer ip? with one" };
    }
    var sourceProblem = addressProblem(source, settings.allowPrivate);
    if (sourceProblem) return { ok: false, reply: "refused: ip is blank and the address this update came from, " + source + ", is " + sourceProblem };
    ip = source;
  } else {
    if (!isIpv4(ip)) return refused("ip", ip, "an IPv4 address like 203.0.113.7, or nothing for the address the update comes from");
    var ipProblem = addressProblem(ip, settings.allowPrivate);
    if (ipProblem) return refused("ip", ip, "a public unicast address (this one is " + ipProblem + ")");
  }
  set(owner, "A", ip, ttl);

  var ip6 = answers["ip6?"].trim();
  if (ip6 !== "") {
    if (!isIpv6(ip6)) return refused("ip6", ip6, "an IPv6 address like 2607:f8b0:4007:801::200e, or nothing");
    var ip6Problem = addressProblem(ip6, settings.allowPrivate);
    if (ip6Problem) return refused("ip6", ip6, "a public unicast address (this one is " + ip6Problem + ")");
  }
  set(owner, "AAAA", ip6 === "" ? null : ip6, ttl);

  var mx = answers["mx?"].trim();
  if (mx !== "" && (hasControl(mx) || !isHostName(mx))) return refused("mx", mx, "a host name like mail.example.com, or nothing");
  set(owner, "MX", mx === "" ? null : settings.mxPreference + " " + normalName(mx), ttl);

  var txt = answers["txt?"];
  if (hasControl(txt) || txt.length > MAX_TXT) return refused("txt", txt, "at most " + MAX_TXT + " characters of text, or nothing");
  set(owner, "TXT", txt.trim() === "" ? null : txt, ttl);

  var loc = answers["loc?"].trim().replace(/\s+/g, " ");
  if (loc !== "" && !isLoc(loc)) return refused("loc", loc, "an RFC 1876 location like 52 22 23.000 N 4 53 32.000 E -2.00m, or nothing");
  set(owner, "LOC", loc === "" ? null : loc, ttl);

  var wildcard = answers["wc?"].trim() === "" ? false : yesNo(answers["wc?"]);
  if (wildcard === null) return refused("wc", answers["wc?"], YES_NO_WORDS + ", or nothing");
  set("*." + owner, "CNAME", wildcard ? owner : null, ttl);

  return { ok: true, owner: owner, wanted: wanted };
}
