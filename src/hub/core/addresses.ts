import { isIpv4, isPublicIpv4, isUnicastIpv4 } from "../../shared/core/ipv4";
import { isGlobalUnicastIpv6, isUnicastIpv6 } from "../../shared/core/ipv6";

/**
 * Why an address (IPv4 or IPv6, valid) may not be published, or null. By
 * default only public unicast addresses are: nobody outside can reach a
 * private, loopback, link-local, shared (CGN) or documentation address.
 * `allowPrivate` (a LAN network, tests) lets every unicast address through.
 */
export function addressProblem(address: string, allowPrivate: boolean): string | null {
  var v4 = isIpv4(address);
  if (allowPrivate) {
    return (v4 ? isUnicastIpv4(address) : isUnicastIpv6(address)) ? null : "not unicast";
  }
  if (v4 ? isPublicIpv4(address) : isGlobalUnicastIpv6(address)) return null;
  return "not public";
}
