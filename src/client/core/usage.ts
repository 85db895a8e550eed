import { DEFAULT_TIMEOUT } from "./settings/defaults";
import { MODOPTS_KEYS } from "./settings/modopts";
import { MAX_WAIT } from "./failover";
import { DEFAULT_DOMAIN, DEFAULT_PORT } from "../../shared/core/protocol";

export function usage(): string[] {
  return [
    "usage: ?dyndns [password] [ipv4] [options]       (timed event)",
    "       jsexec dyndns.js [password] [ipv4] [options]",
    "",
    "  password      your QWKnet account password (better: password in modopts)",
    "  ipv4          publish this IPv4 address instead of the one the update comes from",
    "  -mx [host]    publish an MX record for host (alone: your own <id>." + DEFAULT_DOMAIN + ");",
    "                it takes the next word only if that is a host name with at least two labels",
    "  -hn name      update name." + DEFAULT_DOMAIN + " instead of your QWK-ID",
    "  -ip6 [addr]   publish an AAAA record (alone: this machine's global IPv6 address);",
    "                also -ipv6; it takes the next word only if that is an IPv6 address",
    "  -status       show the last update, the last failure and what DNS says now; connect to nothing",
    "  -q            quiet: do not log what is sent and received",
    "  -n            dry run: show the settings, where each came from, and the answers; connect to nothing",
    "  -help         this text (also --help, -h, -? and /?)",
    "Options may come in any order and any case.",
    "",
    "ctrl/modopts/dyndns.ini (or [dyndns] in ctrl/modopts.ini) keys, overridden by the command line:",
    "  " + MODOPTS_KEYS.join(" "),
    "  hosts: comma list; port: " + DEFAULT_PORT + "; timeout: whole run, " + DEFAULT_TIMEOUT + " s, each wait at most " + MAX_WAIT + " s;",
    "  domain: the name updated is <id>.<domain> (" + DEFAULT_DOMAIN + ")",
    "exit status: 0 updated, 1 update failed, 2 bad command line or settings (nothing sent)",
  ];
}
