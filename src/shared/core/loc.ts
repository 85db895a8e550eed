// RFC 1876 section 3 text form:
//   d1 [m1 [s1]] N|S d2 [m2 [s2]] E|W alt[m] [siz[m] [hp[m] [vp[m]]]]
var DEGREES = /^[0-9]{1,3}$/;
var MINUTES = /^[0-9]{1,2}$/;
var SECONDS = /^[0-9]{1,2}(\.[0-9]{1,3})?$/;
var ALTITUDE = /^-?[0-9]{1,8}(\.[0-9]{1,2})?m?$/;
var PRECISION = /^[0-9]{1,8}(\.[0-9]{1,2})?m?$/;

function number(text: string): number {
  return parseFloat(text.replace(/m$/, ""));
}

/** Reads one angle (degrees, optional minutes and seconds, then a hemisphere) from tokens at `at`. */
function readAngle(tokens: string[], at: number, maxDegrees: number, hemispheres: string): number {
  var parts: string[] = [];
  while (at < tokens.length && hemispheres.indexOf(tokens[at].toUpperCase()) < 0 && parts.length < 3) {
    parts.push(tokens[at++]);
  }
  if (at >= tokens.length || tokens[at].length !== 1 || hemispheres.indexOf(tokens[at].toUpperCase()) < 0) return -1;
  if (parts.length === 0 || !DEGREES.test(parts[0])) return -1;
  var degrees = number(parts[0]);
  var rest = 0;
  if (parts.length > 1) {
    if (!MINUTES.test(parts[1]) || number(parts[1]) > 59) return -1;
    rest += number(parts[1]);
  }
  if (parts.length > 2) {
    if (!SECONDS.test(parts[2]) || number(parts[2]) >= 60) return -1;
    rest += number(parts[2]);
  }
  if (degrees > maxDegrees || (degrees === maxDegrees && rest > 0)) return -1;
  return at + 1;
}

export function isLoc(text: string): boolean {
  var tokens = text.trim().split(/\s+/);
  var at = readAngle(tokens, 0, 90, "NS");
  if (at < 0) return false;
  at = readAngle(tokens, at, 180, "EW");
  if (at < 0 || at >= tokens.length) return false;
  if (!ALTITUDE.test(tokens[at])) return false;
  var altitude = number(tokens[at]);
  if (altitude < -100000 || altitude > 42849672.95) return false;
  var extras = tokens.slice(at + 1);
  if (extras.length > 3) return false;
  for (var i = 0; i < extras.length; i++) {
    if (!PRECISION.test(extras[i]) || number(extras[i]) > 90000000) return false;
  }
  return true;
}
