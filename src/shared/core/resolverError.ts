/**
 * A name that does not resolve, in plain words, whatever Synchronet put in
 * `Socket.error` (js_socket.cpp connect()):
 * - 3.20 and later store getaddrinfo()'s code: negative EAI_* values with glibc
 *   (Linux), WSA codes from 11001 up on Windows, small positive EAI_* values on
 *   the BSDs and macOS (the same numbers as errno values, so they prove nothing);
 * - 3.19 stores errno instead, which getaddrinfo() does not set for a failed
 *   lookup: any stale value, even ECONNREFUSED or ETIMEDOUT.
 * Where the code cannot tell, a second lookup (resolve_ip) decides.
 */

/** What the host says about itself (`system.version_num`, `system.platform`). */
export interface ResolverFacts {
  versionNum: number;
  platform: string;
}

/** The first version whose Socket.error holds getaddrinfo()'s code (3.20). */
var FIRST_GAI_CODE_VERSION = 32000;

var NO_SUCH_NAME = "DNS knows no such name";
var NO_ANSWER = "DNS did not answer (a temporary failure: check this machine's DNS servers and network)";
var DNS_FAILED = "DNS failed (a permanent error from this machine's DNS servers)";
var NO_ADDRESS = "DNS has no address for this name";
/** When only the second lookup says so, with no code to tell why. */
export var NOT_RESOLVED = "DNS gives no address for it";

/** glibc's EAI_* codes (netdb.h). */
var GLIBC: { [code: string]: string } = {
  "-2": NO_SUCH_NAME,
  "-3": NO_ANSWER,
  "-4": DNS_FAILED,
  "-5": NO_ADDRESS,
  "-9": "DNS has no address of a kind this machine uses",
  "-10": "the resolver ran out of memory",
  "-11": "the system's resolver failed",
};

/** Winsock's getaddrinfo() codes (WSAHOST_NOT_FOUND...), positive. */
var WINDOWS: { [code: string]: string } = {
  "11001": NO_SUCH_NAME,
  "11002": NO_ANSWER,
  "11003": DNS_FAILED,
  "11004": NO_ADDRESS,
};

function isWindows(facts: ResolverFacts): boolean {
  return /^Win/.test(facts.platform);
}

/** Whether `Socket.error` after a failed connect() can say that the name did not resolve. */
function codeIsTrustworthy(facts: ResolverFacts): boolean {
  return facts.versionNum >= FIRST_GAI_CODE_VERSION && (facts.platform === "Linux" || isWindows(facts));
}

/**
 * Plain words for a connect() that failed because the host name did not resolve,
 * or null when it failed for another reason (or the host is an address).
 * `resolves` is asked only where the code alone cannot tell.
 */
export function lookupFailure(code: number, facts: ResolverFacts, hostIsName: boolean, resolves: () => boolean): string | null {
  if (!hostIsName) return null;
  if (codeIsTrustworthy(facts)) {
    var table = isWindows(facts) ? WINDOWS : GLIBC;
    if (table.hasOwnProperty(String(code))) return table[String(code)];
    if (!isWindows(facts) && code < 0) return "the resolver failed (getaddrinfo error " + code + ")";
    return null;
  }
  return resolves() ? null : NOT_RESOLVED;
}
