import { DEFAULT_TIMEOUT, MAX_WAIT } from "./defaults";
import { DEFAULT_PORT } from "../../shared/core/protocol";

export function usage(): string[] {
  return [
    "usage: ?dyndns [password] [ipv4] [options]       (timed event)",
    "       jsexec dyndns.js [password] [ipv4] [options]",
    "",
    "  password      your QWKnet account password on Vertrauen (better: password in modopts)",
    "  ipv4          publish this IPv4 address instead of the one the update comes from",
    "  -mx [host]    publish an MX record for host (alone: your own <id>.synchro.net)",
    "  -hn name      update name.synchro.net instead of your QWK-ID",
    "  -ip6 [addr]   publish an AAAA record (alone: this machine's global IPv6 address)",
    "  -q            quiet: do not log what is sent and received",
    "  -n            dry run: show the settings and answers, connect to nothing",
    "  -help         this text",
    "",
    "ctrl/modopts.ini [dyndns] (or ctrl/modopts/dyndns.ini) keys, overridden by the command line:",
    "  password mx ip ip6 txt loc wildcard ttl",
    "  hosts (comma list), port (" + DEFAULT_PORT + "), timeout (whole run, " + DEFAULT_TIMEOUT + " s; each wait at most " + MAX_WAIT + " s)",
    "exit status: 0 updated, 1 update failed, 2 bad command line or settings (nothing sent)",
  ];
}
