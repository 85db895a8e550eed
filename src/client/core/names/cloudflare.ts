// Cloudflare's API v4 with an API token (docs/names.md, "Cloudflare"): find the zone by
// name, read the name's A records, then change the one record (PATCH) or create it (POST).
// Nothing is written when the record already holds the address. Every answer is the JSON
// envelope {success, errors: [{code, message}], result}.
import { HttpRequest, jsonBody } from "../../../shared/core/http/request";
import { HttpResponse } from "../../../shared/core/http/response";
import { MASK } from "../../../shared/core/text";
import { DEFAULT_SERVERS, NameSettings, zoneOf } from "./nameSettings";
import { Protocol, ProviderResult, ProviderTools, queryValue, result, shownText, UpdateJob } from "./provider";

interface Envelope { success: boolean; errors: { code: number; message: string }[]; result: unknown }

function base(settings: NameSettings): string {
  return (settings.values.server || DEFAULT_SERVERS.cloudflare).replace(/\/+$/, "");
}

function call(method: string, url: string, settings: NameSettings, tools: ProviderTools, body?: unknown): HttpRequest {
  var request: HttpRequest = {
    method: method, url: url, auth: { bearer: settings.values.token },
    headers: [{ name: "User-Agent", value: tools.userAgent }, { name: "Accept", value: "application/json" }],
  };
  if (body !== undefined) {
    request.body = jsonBody(body);
    (request.headers as { name: string; value: string }[]).push({ name: "Content-Type", value: "application/json" });
  }
  return request;
}

function envelopeOf(response: HttpResponse): Envelope | null {
  try {
    var data = JSON.parse(response.body);
    return data && typeof data === "object" && typeof data.success === "boolean" && data.errors instanceof Array ? data as Envelope : null;
  } catch (e) {
    return null;
  }
}

/** What a failed call makes the module do: bad credentials stop; 429 waits as told; the rest fails this run. */
export function cloudflareFailure(response: HttpResponse, what: string): ProviderResult {
  var envelope = envelopeOf(response);
  var first = envelope && envelope.errors.length ? envelope.errors[0] : null;
  var said = what + ": HTTP " + response.status + (first ? " " + first.code + " " + shownText(String(first.message)) : envelope ? "" : " " + shownText(response.body));
  var answer = "HTTP " + response.status + (first ? " " + first.code : "");
  if (response.status === 401 || response.status === 403 || (response.status === 400 && first !== null && (first.code === 6003 || first.code === 9106))) {
    return result("stopped", "", answer, said + " (the token may not do this); not sent again until the settings of the section change", { stop: true });
  }
  if (response.status === 429) {
    // Seconds (the HTTP-date form is not what Cloudflare sends): anything else waits a minute.
    var after = /^[0-9]{1,6}$/.test(response.headers["retry-after"] || "") ? parseInt(response.headers["retry-after"], 10) : 60;
    return result("waiting", "", answer, said + "; nothing is sent for " + after + " s", { waitMs: after * 1000 });
  }
  return result("failed", "", answer, said);
}

function asked(tools: ProviderTools, request: HttpRequest, untilMs: number, what: string): { ok: true; result: unknown } | { ok: false; failure: ProviderResult } {
  var answer = tools.http(request, untilMs);
  if (!answer.ok) return { ok: false, failure: result("failed", "", "no answer", answer.reason) };
  var envelope = envelopeOf(answer.response);
  if (answer.response.status >= 300 || !envelope || !envelope.success) return { ok: false, failure: cloudflareFailure(answer.response, what) };
  return { ok: true, result: envelope.result };
}

function recordBody(settings: NameSettings, address: string, create: boolean): { [key: string]: unknown } {
  var body: { [key: string]: unknown } = create ? { type: "A", name: settings.name, content: address } : { content: address };
  if (settings.values.ttl || create) body.ttl = settings.values.ttl ? parseInt(settings.values.ttl, 10) : 1;
  if (settings.values.proxied || create) body.proxied = settings.values.proxied ? /^(true|yes|on|1)$/i.test(settings.values.proxied) : false;
  return body;
}

export var cloudflare: Protocol = {
  describe: function (settings: NameSettings, address: string): string[] {
    var root = base(settings);
    var auth = "   (Authorization: Bearer " + MASK + ")";
    return [
      "GET " + root + "/zones?name=" + queryValue(zoneOf(settings)) + auth,
      "GET " + root + "/zones/<zone id>/dns_records?type=A&name=" + queryValue(settings.name),
      "PATCH " + root + "/zones/<zone id>/dns_records/<record id> " + JSON.stringify(recordBody(settings, address, false)) + " (when the A record is there and differs)",
      "POST " + root + "/zones/<zone id>/dns_records " + JSON.stringify(recordBody(settings, address, true)) + " (when there is none)",
    ];
  },
  update: function (job: UpdateJob, tools: ProviderTools): ProviderResult {
    var settings = job.settings;
    var address = job.address as string;
    var root = base(settings);
    var zone = zoneOf(settings);
    var zones = asked(tools, call("GET", root + "/zones?name=" + queryValue(zone), settings, tools), job.untilMs, "looking up the zone " + zone);
    if (!zones.ok) return zones.failure;
    var list = zones.result instanceof Array ? zones.result as { id: string; name: string }[] : [];
    if (!list.length || typeof list[0].id !== "string") {
      return result("stopped", "", "no zone", "the token sees no zone " + zone + "; not sent again until the settings of the section change", { stop: true });
    }
    var zoneUrl = root + "/zones/" + queryValue(list[0].id) + "/dns_records";
    var found = asked(tools, call("GET", zoneUrl + "?type=A&name=" + queryValue(settings.name), settings, tools), job.untilMs, "reading the A records of " + settings.name);
    if (!found.ok) return found.failure;
    var records = found.result instanceof Array ? found.result as { id: string; content: string }[] : [];
    if (records.length > 1) {
      return result("failed", "", "several A records", settings.name + " has " + records.length + " A records at Cloudflare; the module keeps one, so it changes none of them");
    }
    if (records.length === 1 && records[0].content === address) {
      return result("unchanged", address, "already there", "already " + address + " at Cloudflare: nothing written");
    }
    var wrote = records.length === 1
      ? asked(tools, call("PATCH", zoneUrl + "/" + queryValue(records[0].id), settings, tools, recordBody(settings, address, false)), job.untilMs, "changing the A record")
      : asked(tools, call("POST", zoneUrl, settings, tools, recordBody(settings, address, true)), job.untilMs, "creating the A record");
    if (!wrote.ok) return wrote.failure;
    return result("updated", address, records.length === 1 ? "changed" : "created", (records.length === 1 ? "changed the A record to " : "created the A record ") + address + " at Cloudflare");
  },
};
