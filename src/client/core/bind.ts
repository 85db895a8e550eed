import { isSpecificIpv4 } from "../../shared/core/ipv4";

/**
 * Inside the BBS the update should leave from the interface the BBS serves on,
 * since the service publishes the address it sees. Synchronet reports 0.0.0.0
 * for "all interfaces" and 255.255.255.255 for an IPv6-only setup: no bind then.
 */
export function bindAddressFor(interfaceAddress: string | null): string | null {
  return interfaceAddress !== null && isSpecificIpv4(interfaceAddress) ? interfaceAddress : null;
}
