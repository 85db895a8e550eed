import { isIpv6 } from "./ipv6";

/** A host as every message names it: an IPv6 literal in brackets (`[2001:db8::1]`), anything else as it is. */
export function shownHost(host: string): string {
  return isIpv6(host) ? "[" + host + "]" : host;
}

/** `host:port`, with an IPv6 literal in brackets. */
export function hostPort(host: string, port: number): string {
  return shownHost(host) + ":" + port;
}
