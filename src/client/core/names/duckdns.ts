// DuckDNS (docs/names.md, "DuckDNS"): one GET of /update with the account's token in the
// query; the answer is OK or KO (with verbose=true, OK is followed by the addresses and
// UPDATED or NOCHANGE). KO means a wrong token or a name the token does not own: retrying
// cannot help, so it stops until the section changes.
import { HttpRequest } from "../../../shared/core/http/request";
import { HttpResponse } from "../../../shared/core/http/response";
import { MASK } from "../../../shared/core/text";
import { DEFAULT_SERVERS, NameSettings } from "./nameSettings";
import { joinQuery, Protocol, ProviderResult, ProviderTools, queryValue, result, shownText, UpdateJob, withPath } from "./provider";

var SUFFIX = ".duckdns.org";

function updateUrl(settings: NameSettings, address: string | null, token: string): string {
  var label = settings.name.slice(0, settings.name.length - SUFFIX.length);
  var query = "domains=" + queryValue(label) + "&token=" + token + (address !== null ? "&ip=" + queryValue(address) : "") + "&verbose=true";
  return joinQuery(withPath(settings.values.server || DEFAULT_SERVERS.duckdns, "/update"), query);
}

export function duckdnsRequest(settings: NameSettings, address: string | null, userAgent: string): HttpRequest {
  var token = settings.values.token;
  return { method: "GET", url: updateUrl(settings, address, queryValue(token)), headers: [{ name: "User-Agent", value: userAgent }], secrets: [token] };
}

export function duckdnsOutcome(response: HttpResponse, sent: string | null): ProviderResult {
  var lines = response.body.split("\n");
  for (var i = 0; i < lines.length; i++) lines[i] = lines[i].trim();
  var said = "answered " + (shownText(response.body) || "nothing") + " (HTTP " + response.status + ")";
  if (response.status !== 200 || (lines[0] !== "OK" && lines[0] !== "KO")) return result("failed", "", "HTTP " + response.status, said + ": not a DuckDNS answer");
  if (lines[0] === "KO") {
    return result("stopped", "", "KO", said + " (a wrong token, or a name the token does not own); not sent again until the settings of the section change", { stop: true });
  }
  var address = lines[1] ? shownText(lines[1]) : sent || "";
  var changed = lines[3] || "";
  if (changed === "NOCHANGE") return result("unchanged", address, "OK NOCHANGE", "already " + address + ": " + said + " NOCHANGE", { nochg: true });
  return result("updated", address, "OK" + (changed ? " " + changed : ""), "updated to " + (address || "the address the request came from") + ": " + said);
}

export var duckdns: Protocol = {
  describe: function (settings: NameSettings, address: string): string[] {
    return ["GET " + updateUrl(settings, address === "" ? null : address, MASK)];
  },
  update: function (job: UpdateJob, tools: ProviderTools): ProviderResult {
    var answer = tools.http(duckdnsRequest(job.settings, job.address, tools.userAgent), job.untilMs);
    if (!answer.ok) return result("failed", "", "no answer", answer.reason);
    return duckdnsOutcome(answer.response, job.address);
  },
};
