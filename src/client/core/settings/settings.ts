/** The settings of a run, checked, with the defaults filled in. */
export interface Settings {
  password: string;
  /** The label to update under `domain` (QWK-ID or -hn). */
  id: string;
  /** The network's domain: the name updated is `<id>.<domain>`. */
  domain: string;
  ip: string;
  ip6: string;
  /** -ip6 without an address: find this machine's global IPv6 address at run time. */
  ip6Auto: boolean;
  mx: string;
  txt: string;
  loc: string;
  wildcard: boolean;
  ttl: string;
  hosts: string[];
  port: number;
  /** Seconds for the whole run. */
  timeout: number;
  /** Where each setting came from, for -n: `modopts key mx (...)`, `option -hn`, `default`... */
  origins: { [key: string]: string };
}

/** The name this BBS owns: `<id>.<domain>`. */
export function ownName(id: string, domain: string): string {
  return id + "." + domain;
}
