// The public address a name publishes (docs/names.md, "The address"): the sources of its
// `address` setting, tried in order until one gives an IPv4 address.
import { isIpv4 } from "../../../shared/core/ipv4";
import { CHECKIP_LABEL } from "../../../shared/core/dyndns2";
import { HttpRequest } from "../../../shared/core/http/request";
import { AddressSource, NameSettings } from "./nameSettings";
import { HttpResult } from "./provider";

export interface AddressTools {
  /** The address the synchro.net (or hub) service published in this run; null when it published none. */
  serviceAddress(): string | null;
  http(request: HttpRequest, untilMs: number): HttpResult;
  /** The BBS's interface address, else this machine's address toward `host`; null when there is none. */
  interfaceAddress(toward: string): string | null;
  userAgent: string;
}

/** The address a checkip page gives: after "Current IP Address: ", or the whole (trimmed) body. */
export function addressInPage(body: string): string | null {
  var at = body.indexOf(CHECKIP_LABEL);
  var text = at >= 0 ? body.slice(at + CHECKIP_LABEL.length).split(/[^0-9.]/)[0] : body.trim();
  return isIpv4(text) ? text : null;
}

/** The word of a source, as -n and the messages write it. */
export function sourceWord(source: AddressSource): string {
  return source.kind === "literal" ? source.address : source.kind;
}

export type Found =
  /** address null: the provider finds it (the request goes without one). */
  | { ok: true; address: string | null; source: string; tried: string[] }
  | { ok: false; tried: string[] };

/** Tries each source in order; `tried` says what each one that gave nothing said. */
export function findAddress(settings: NameSettings, toward: string, tools: AddressTools, untilMs: number): Found {
  var tried: string[] = [];
  for (var i = 0; i < settings.address.length; i++) {
    var source = settings.address[i];
    if (source.kind === "literal") return { ok: true, address: source.address, source: "address", tried: tried };
    if (source.kind === "provider") return { ok: true, address: null, source: "provider", tried: tried };
    if (source.kind === "service") {
      var seen = tools.serviceAddress();
      if (seen !== null) return { ok: true, address: seen, source: "service", tried: tried };
      tried.push("service: the synchro.net name was not updated in this run");
    } else if (source.kind === "checkip") {
      if (!settings.checkip) continue;
      var page = tools.http({ method: "GET", url: settings.checkip, headers: [{ name: "User-Agent", value: tools.userAgent }] }, untilMs);
      var found = page.ok && page.response.status === 200 ? addressInPage(page.response.body) : null;
      if (found !== null) return { ok: true, address: found, source: "checkip", tried: tried };
      tried.push("checkip: " + (!page.ok ? page.reason : page.response.status !== 200 ? "HTTP " + page.response.status : "no IPv4 address in the page"));
    } else {
      var local = tools.interfaceAddress(toward);
      if (local !== null) return { ok: true, address: local, source: "interface", tried: tried };
      tried.push("interface: no IPv4 address toward " + toward);
    }
  }
  return { ok: false, tried: tried };
}
