// RFC 2136 + TSIG straight to the zone's primary (docs/names.md, "RFC 2136"), through the
// DNS edge the service uses (src/shared/host/dnsServer.ts): read the name's records, then
// one UPDATE whose prerequisite is the A set as read, so that nothing another writer put
// there meanwhile is overwritten. An A set that is not what this module published last is
// another tool's: the module leaves it alone.
import { decodeBase64 } from "../../../shared/core/dns/base64";
import { DnsServerSettings, RRset } from "../../../shared/core/dns/types";
import { sameRRset } from "../../../shared/core/dns/rrset";
import { MASK } from "../../../shared/core/text";
import { NameSettings, zoneOf } from "./nameSettings";
import { Protocol, ProviderResult, ProviderTools, result, UpdateJob } from "./provider";

export var DEFAULT_DNS_PORT = 53;
export var DEFAULT_DNS_TTL = 300;

export function dnsSettings(settings: NameSettings, untilMs: number, nowMs: number): DnsServerSettings {
  var v = settings.values;
  return {
    server: v.server, port: v.port ? parseInt(v.port, 10) : DEFAULT_DNS_PORT,
    transport: v.transport && v.transport.toLowerCase() === "udp" ? "udp" : "tcp",
    key: { name: v.key, algorithm: "hmac-sha256", secret: decodeBase64(v.secret) as string },
    zone: zoneOf(settings), timeoutSeconds: Math.max(0.001, (untilMs - nowMs) / 1000),
  };
}

function ttlOf(settings: NameSettings): number {
  return settings.values.ttl ? parseInt(settings.values.ttl, 10) : DEFAULT_DNS_TTL;
}

/** Answers that say the key or the server's policy refuses us: retrying the same settings cannot help. */
var STOP_REASON = /^(NOTAUTH|REFUSED|NOTZONE)\b/;

export var rfc2136: Protocol = {
  describe: function (settings: NameSettings, address: string): string[] {
    var d = dnsSettings(settings, 1000, 0);
    var to = d.server + " port " + d.port + " over " + d.transport.toUpperCase() + ", zone " + d.zone + ", TSIG key " + d.key.name + " (hmac-sha256, secret " + MASK + ")";
    return [
      "query " + settings.name + " (A, AAAA, MX, TXT, LOC, CNAME) at " + to,
      "UPDATE " + settings.name + " A " + address + " TTL " + ttlOf(settings) + ", on the prerequisite that the A set is still as read",
    ];
  },
  update: function (job: UpdateJob, tools: ProviderTools): ProviderResult {
    var settings = job.settings;
    var address = job.address as string;
    var dns = dnsSettings(settings, job.untilMs, tools.now());
    var read = tools.currentRecords(dns, [settings.name]);
    if (!read.ok) return result(STOP_REASON.test(read.reason) ? "stopped" : "failed", "", read.reason.split(":")[0], "reading " + settings.name + ": " + read.reason,
      { stop: STOP_REASON.test(read.reason) });
    var was: RRset | null = null;
    for (var i = 0; i < read.rrsets.length; i++) if (read.rrsets[i].type === "A") was = read.rrsets[i];
    var wanted: RRset = { name: settings.name, type: "A", ttl: ttlOf(settings), rdata: [address] };
    if (sameRRset(was, wanted)) return result("unchanged", address, "already there", "already " + address + " at " + dns.server + ": nothing sent");
    if (was !== null && job.lastPublished !== null && !(was.rdata.length === 1 && was.rdata[0] === job.lastPublished)) {
      return result("stopped", "", "another writer", settings.name + " A is " + was.rdata.join(", ") + ", not " + job.lastPublished
        + " as this module published it: another tool keeps it, so it is not overwritten; not sent again until the settings of the section change", { stop: true });
    }
    dns.timeoutSeconds = Math.max(0.001, (job.untilMs - tools.now()) / 1000);
    var outcome = tools.publish(dns, { zone: dns.zone, changes: [{ name: settings.name, type: "A", rrset: wanted, was: was }] });
    if (outcome.ok) return result("updated", address, "NOERROR", "updated to " + address + " at " + dns.server);
    if (outcome.stale) return result("failed", "", outcome.reason.split(":")[0], "the A set changed while it was being updated (" + outcome.reason + "); it is read again next run");
    var stop = STOP_REASON.test(outcome.reason);
    return result(stop ? "stopped" : "failed", "", outcome.reason.split(":")[0], outcome.reason + (stop ? "; not sent again until the settings of the section change" : ""), { stop: stop });
  },
};
