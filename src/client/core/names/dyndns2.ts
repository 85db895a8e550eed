// dyndns2 (docs/names.md, "dyndns2"): one GET of the provider's /nic/update with Basic
// auth, answered by one line whose first word says what happened. The words are those
// of src/shared/core/dyndns2.ts; the rules for each come from Dyn's and No-IP's client
// guidelines (docs/names.md lists them).
import { ABUSE, BADAGENT, BADAUTH, DNSERR, GOOD, NOCHG, NOHOST, NOTFQDN, NUMHOST, SERVER_ERROR, UPDATE_PATH } from "../../../shared/core/dyndns2";
import { HttpRequest } from "../../../shared/core/http/request";
import { HttpResponse } from "../../../shared/core/http/response";
import { MASK } from "../../../shared/core/text";
import { NameSettings } from "./nameSettings";
import { joinQuery, Protocol, ProviderResult, ProviderTools, queryValue, result, SERVER_TROUBLE_WAIT_MS, shownText, UpdateJob, withPath } from "./provider";

/** Answers that say the settings are wrong or the account is blocked: never retried until they change. */
export var STOP_ANSWERS = [BADAGENT, NOHOST, NOTFQDN, NUMHOST, ABUSE, "!donator", "!yours", "!active", "badsys", BADAUTH];
/** Answers that ask the client to come back later. */
export var WAIT_ANSWERS = [SERVER_ERROR, DNSERR];

function updateUrl(settings: NameSettings, address: string | null): string {
  var query = "hostname=" + queryValue(settings.name) + (address !== null ? "&myip=" + queryValue(address) : "");
  return joinQuery(withPath(settings.values.server, UPDATE_PATH), query);
}

export function dyndns2Request(settings: NameSettings, address: string | null, userAgent: string): HttpRequest {
  return {
    method: "GET",
    url: updateUrl(settings, address),
    headers: [{ name: "User-Agent", value: userAgent }],
    auth: { basic: { user: settings.values.user, password: settings.values.password } },
    secrets: [settings.values.password],
  };
}

/** What the module does with each answer (docs/names.md has the table). */
export function dyndns2Outcome(response: HttpResponse, sent: string | null): ProviderResult {
  var line = shownText(response.body);
  var words = line.split(/\s+/);
  var code = words[0].toLowerCase();
  var address = words[1] || sent || "";
  var said = "answered " + (line || "nothing") + " (HTTP " + response.status + ")";
  if (code === GOOD) return result("updated", address, line, "updated to " + (address || "the address the request came from") + ": " + said);
  if (code === NOCHG) return result("unchanged", address, line, "already " + (address || "up to date") + ": " + said, { nochg: true });
  if (response.status === 401 || STOP_ANSWERS.indexOf(code) >= 0) {
    var stopCode = STOP_ANSWERS.indexOf(code) >= 0 ? code : BADAUTH;
    return result("stopped", "", stopCode, said + "; not sent again until the settings of the section change", { stop: true });
  }
  if (WAIT_ANSWERS.indexOf(code) >= 0 || response.status >= 500) {
    return result("waiting", "", code || "HTTP " + response.status, said + "; nothing is sent for " + SERVER_TROUBLE_WAIT_MS / 60000 + " minutes",
      { waitMs: SERVER_TROUBLE_WAIT_MS });
  }
  return result("failed", "", code || "HTTP " + response.status, said + ": not a dyndns2 answer");
}

export var dyndns2: Protocol = {
  describe: function (settings: NameSettings, address: string): string[] {
    var shown = updateUrl(settings, address === "" ? null : address);
    return ["GET " + shown + "   (basic auth: user " + settings.values.user + ", password " + MASK + ")"];
  },
  update: function (job: UpdateJob, tools: ProviderTools): ProviderResult {
    var answer = tools.http(dyndns2Request(job.settings, job.address, tools.userAgent), job.untilMs);
    if (!answer.ok) return result("failed", "", "no answer", answer.reason);
    return dyndns2Outcome(answer.response, job.address);
  },
};
