import { RawSettings } from "./rawSettings";
import { Settings, ownName } from "./settings";
import { NO_VALUE } from "./commandLine";
import { DEFAULT_DOMAIN } from "../../../shared/core/protocol";
import { MASK } from "../../../shared/core/text";

/**
 * One warning for each setting the command line took over from modopts in a
 * way the sysop may not have meant: a different password, and -mx or -ip6 given
 * alone (they do not take the modopts value); and for a domain without hosts.
 */
export function settingsNotices(raw: RawSettings, settings: Settings): string[] {
  var notices: string[] = [];
  var replaced = raw.replaced;
  function shown(value: string): string { return value === settings.password ? MASK : value; }
  if (replaced.password && replaced.password.value !== settings.password) {
    notices.push(raw.origins.password + " is used, not " + replaced.password.origin + ": the two differ and the command line"
      + " comes first; keep the password in modopts only, since Synchronet logs the event's command line at every run");
  }
  if (replaced.mx && raw.values.mx === NO_VALUE) {
    notices.push("option -mx alone points the MX record at " + ownName(settings.id, settings.domain).toLowerCase() + ", not at "
      + shown(replaced.mx.value) + " from " + replaced.mx.origin + "; drop -mx to use that one");
  }
  if (replaced.ip6 && raw.values.ip6 === NO_VALUE) {
    notices.push("option -ip6 alone publishes this machine's global IPv6 address, not " + shown(replaced.ip6.value)
      + " from " + replaced.ip6.origin + "; drop -ip6 to publish that one");
  }
  if (settings.domain.toLowerCase() !== DEFAULT_DOMAIN && !raw.values.hasOwnProperty("hosts")) {
    notices.push(raw.origins.domain + " is " + settings.domain + " but hosts is not set, so the update goes to "
      + settings.hosts[0] + " and the other " + DEFAULT_DOMAIN + " servers; set hosts to your network's DynDNS service");
  }
  return notices;
}
