var OCTET = /^(0|[1-9][0-9]{0,2})$/;

/** A dotted quad of four decimal octets, without leading zeros (which some parsers read as octal). */
export function isIpv4(text: string): boolean {
  var parts = text.split(".");
  if (parts.length !== 4) return false;
  for (var i = 0; i < 4; i++) {
    if (!OCTET.test(parts[i]) || parseInt(parts[i], 10) > 255) return false;
  }
  return true;
}

/** The address Synchronet reports for its interface, when it names one specific IPv4 address. */
export function isSpecificIpv4(text: string): boolean {
  return isIpv4(text) && text !== "0.0.0.0" && text !== "255.255.255.255";
}

/** [first address as a 32-bit number, prefix length] of each block that is not public unicast (RFC 6890). */
var NOT_PUBLIC: [number, number][] = [
  [0x00000000, 8], // "this network"
  [0x0a000000, 8], // private
  [0x64400000, 10], // shared address space (carrier-grade NAT)
  [0x7f000000, 8], // loopback
  [0xa9fe0000, 16], // link-local
  [0xac100000, 12], // private
  [0xc0000000, 24], // IETF protocol assignments
  [0xc0000200, 24], // documentation (TEST-NET-1)
  [0xc0a80000, 16], // private
  [0xc6120000, 15], // benchmarking
  [0xc6336400, 24], // documentation (TEST-NET-2)
  [0xcb007100, 24], // documentation (TEST-NET-3)
  [0xe0000000, 4], // multicast
  [0xf0000000, 4], // reserved, and the broadcast address
];

/** The address as an unsigned 32-bit number; `text` must pass isIpv4(). */
export function ipv4Number(text: string): number {
  var parts = text.split(".");
  return ((parseInt(parts[0], 10) * 256 + parseInt(parts[1], 10)) * 256 + parseInt(parts[2], 10)) * 256 + parseInt(parts[3], 10);
}

function inBlock(address: number, block: [number, number]): boolean {
  var size = Math.pow(2, 32 - block[1]);
  return address >= block[0] && address < block[0] + size;
}

/** Public unicast: an address that can be reached from the Internet (none of RFC 6890's special blocks). */
export function isPublicIpv4(text: string): boolean {
  if (!isIpv4(text)) return false;
  var address = ipv4Number(text);
  for (var i = 0; i < NOT_PUBLIC.length; i++) {
    if (inBlock(address, NOT_PUBLIC[i])) return false;
  }
  return true;
}

/** Unicast: anything but "this network" (0/8), multicast (224/4) and reserved or broadcast (240/4). */
export function isUnicastIpv4(text: string): boolean {
  if (!isIpv4(text)) return false;
  var first = parseInt(text.split(".")[0], 10);
  return first !== 0 && first < 224;
}
