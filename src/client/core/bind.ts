import { isIpv4, isSpecificIpv4 } from "../../shared/core/ipv4";

/**
 * Inside the BBS the update should leave from the interface the BBS serves on,
 * since the service publishes the address it sees. Synchronet reports 0.0.0.0
 * for "all interfaces" and 255.255.255.255 for an IPv6-only setup: no bind then.
 */
export function bindAddressFor(interfaceAddress: string | null): string | null {
  return interfaceAddress !== null && isSpecificIpv4(interfaceAddress) ? interfaceAddress : null;
}

/** 127.0.0.0/8. */
export function isLoopbackIpv4(address: string): boolean {
  return isIpv4(address) && address.split(".")[0] === "127";
}

/**
 * The address to bind before connecting to `host`, or null for none. A
 * loopback source reaches only loopback (on Linux, connect() toward any other
 * host fails at once with EINVAL), so a loopback interface is used only for a
 * server whose address is loopback: `host` itself when it is an IPv4 literal,
 * else what `resolve` gives (null when unknown). Any other address of this
 * machine reaches every server, loopback ones too.
 */
export function bindToward(bindAddress: string | null, host: string, resolve: (host: string) => string | null): string | null {
  if (bindAddress === null || !isLoopbackIpv4(bindAddress)) return bindAddress;
  var server = isIpv4(host) ? host : resolve(host);
  return server !== null && isLoopbackIpv4(server) ? bindAddress : null;
}
