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
