import { isIpv4 } from "./ipv4";

var GROUP = /^[0-9A-Fa-f]{1,4}$/;

function parseGroups(text: string, maxGroups: number): number[] | null {
  if (text === "") return [];
  var parts = text.split(":");
  var groups: number[] = [];
  for (var i = 0; i < parts.length; i++) {
    var last = i === parts.length - 1;
    if (last && parts[i].indexOf(".") >= 0) {
      if (!isIpv4(parts[i])) return null;
      var octets = parts[i].split(".");
      groups.push(parseInt(octets[0], 10) * 256 + parseInt(octets[1], 10));
      groups.push(parseInt(octets[2], 10) * 256 + parseInt(octets[3], 10));
    } else {
      if (!GROUP.test(parts[i])) return null;
      groups.push(parseInt(parts[i], 16));
    }
  }
  return groups.length <= maxGroups ? groups : null;
}

/**
 * The eight 16-bit groups of an IPv6 address in any RFC 4291 text form (full,
 * `::`-compressed, with a trailing dotted quad), or null when it is not one.
 */
export function parseIpv6(text: string): number[] | null {
  if (text.indexOf("%") >= 0) return null;
  var gap = text.indexOf("::");
  if (gap < 0) {
    var all = parseGroups(text, 8);
    return all && all.length === 8 ? all : null;
  }
  if (text.indexOf("::", gap + 1) >= 0) return null;
  var head = parseGroups(text.slice(0, gap), 7);
  var tail = parseGroups(text.slice(gap + 2), 7);
  if (!head || !tail || head.length + tail.length > 7) return null;
  var zeros: number[] = [];
  for (var i = head.length + tail.length; i < 8; i++) zeros.push(0);
  return head.concat(zeros, tail);
}

export function isIpv6(text: string): boolean {
  return parseIpv6(text) !== null;
}

/**
 * Global unicast (2000::/3), the only kind worth an AAAA record: this excludes
 * loopback, link-local, unique-local, multicast and IPv4-mapped addresses.
 */
export function isGlobalUnicastIpv6(text: string): boolean {
  var groups = parseIpv6(text);
  if (!groups) return false;
  var first = groups[0];
  if ((first & 0xe000) !== 0x2000) return false;
  // 2001:db8::/32 is for documentation only.
  return !(first === 0x2001 && groups[1] === 0x0db8);
}

/** Eight 16-bit groups in RFC 5952 text: lower case, the longest run of two or more zero groups as `::`. */
export function formatIpv6(groups: number[]): string {
  var bestAt = -1;
  var bestLength = 1;
  for (var i = 0; i < 8; i++) {
    var length = 0;
    while (i + length < 8 && groups[i + length] === 0) length++;
    if (length > bestLength) { bestAt = i; bestLength = length; }
  }
  var text: string[] = [];
  for (i = 0; i < 8; i++) text.push(groups[i].toString(16));
  if (bestAt < 0) return text.join(":");
  return text.slice(0, bestAt).join(":") + "::" + text.slice(bestAt + bestLength).join(":");
}

/** Unicast: anything but the unspecified address (::) and multicast (ff00::/8). */
export function isUnicastIpv6(text: string): boolean {
  var groups = parseIpv6(text);
  if (!groups) return false;
  var zero = true;
  for (var i = 0; i < 8; i++) if (groups[i] !== 0) zero = false;
  return !zero && (groups[0] & 0xff00) !== 0xff00;
}
