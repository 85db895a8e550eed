import { DnsServer } from "./types";
import { RawServiceSettings, validateServiceSettings } from "./settings";
import { hostPort } from "../../shared/core/hostPort";
import { countOf } from "../../shared/core/text";

export interface CheckOutput {
  print(text: string): void;
  error(text: string): void;
}

/** Exit statuses of `jsexec dyndns-service.js` (the check a sysop runs from the console). */
export var CHECK_OK = 0;
export var CHECK_DNS_FAILED = 1;
export var CHECK_BAD_SETTINGS = 2;

/**
 * What a sysop runs from the console before enabling the service: every
 * setting checked (one line per problem), what the service will do, and one
 * TSIG-signed query to the DNS server to prove that it answers and knows the key.
 */
export function checkSetup(raw: RawServiceSettings, dns: DnsServer, out: CheckOutput): number {
  var checked = validateServiceSettings(raw);
  for (var w = 0; w < checked.warnings.length; w++) out.error(checked.warnings[w]);
  if (!checked.ok) {
    for (var p = 0; p < checked.problems.length; p++) out.error(checked.problems[p]);
    return CHECK_BAD_SETTINGS;
  }
  var s = checked.settings;
  var server = hostPort(s.dns.server, s.dns.port);
  var lines = [
    "settings from " + raw.source + ": valid",
    "  names          <id>." + s.zone + " and *.<id>." + s.zone + " (ids reserved: " + (s.reserved.join(", ") || "none") + ")",
    "  DNS server     " + server + " over " + s.dns.transport + ", TSIG key " + s.dns.key.name + " (hmac-sha256), " + s.dns.timeoutSeconds + " s",
    "  TTL            " + s.ttl + " s when the client sends none, else from " + s.ttlMin + " to " + s.ttlMax + " s",
    "  MX preference  " + s.mxPreference,
    "  limits         " + (s.minInterval ? s.minInterval + " s between updates" : "no minimum interval") + ", "
      + (s.hourlyCap ? countOf(s.hourlyCap, "update") + " an hour" : "no hourly cap") + ", "
      + (s.nochgLimit ? countOf(s.nochgLimit, "unchanged update") + " a day" : "no limit on unchanged updates") + " per id",
    "  addresses      " + (s.allowPrivate ? "any unicast address (allow_private)" : "public unicast only"),
    "  answers        " + s.answerTimeout + " s for each",
  ];
  for (var i = 0; i < lines.length; i++) out.print(lines[i]);
  var answer = dns.currentRecords(s.dns, [s.zone]);
  if (!answer.ok) {
    out.error("DNS server " + server + ": " + answer.reason);
    return CHECK_DNS_FAILED;
  }
  out.print("DNS server " + server + " answered a query signed with " + s.dns.key.name + " for " + s.zone + ": ready");
  return CHECK_OK;
}
