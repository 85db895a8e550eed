import { isIpv4 } from "../core/ipv4";
import { isIpv6 } from "../core/ipv6";
import { lookupFailure } from "../core/resolverError";
import { describeSocketError } from "./socketConnection";

/**
 * Why connect() failed, in plain words: a name that did not resolve (the code alone
 * cannot tell on 3.19 or the BSDs, so resolve_ip then decides), a timeout, a refusal,
 * or Synchronet's own error text. Read it before close(), which overwrites sock.error.
 */
export function connectFailure(sock: Socket, host: string, timeoutSeconds: number): string {
  var error = sock.error;
  var lookup = lookupFailure(error, { versionNum: system.version_num, platform: system.platform }, !isIpv4(host) && !isIpv6(host),
    function (): boolean { return resolve_ip(host) !== null; });
  if (lookup !== null) return "could not be resolved: " + lookup;
  if (error === ETIMEDOUT) return "did not accept the connection within " + timeoutSeconds + " s";
  if (error === ECONNREFUSED) return "refused the connection";
  return "could not be connected: " + describeSocketError(sock);
}
