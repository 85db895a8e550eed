// RFC 1876 section 3 text form:
//   d1 [m1 [s1]] N|S d2 [m2 [s2]] E|W alt[m] [siz[m] [hp[m] [vp[m]]]]
var DEGREES = /^[0-9]{1,3}$/;
var MINUTES = /^[0-9]{1,2}$/;
var SECONDS = /^[0-9]{1,2}(\.[0-9]{1,3})?$/;
var ALTITUDE = /^-?[0-9]{1,8}(\.[0-9]{1,2})?m?$/;
var PRECISION = /^[0-9]{1,8}(\.[0-9]{1,2})?m?$/;

/** RFC 1876's defaults when the text leaves them out, in centimetres: size 1 m, horizontal 10 km, vertical 10 m. */
var DEFAULT_PRECISIONS = [100, 1000000, 1000];

/** A LOC record's numbers, in the units of its wire form. */
export interface Loc {
  /** Thousandths of a second of arc, north (latitude) and east (longitude) positive. */
  latitude: number;
  longitude: number;
  /** Centimetres above the WGS 84 spheroid. */
  altitude: number;
  /** Centimetres: diameter of the sphere, horizontal and vertical precision. */
  size: number;
  horizontal: number;
  vertical: number;
}

function number(text: string): number {
  return parseFloat(text.replace(/m$/, ""));
}

function centimetres(text: string): number {
  return Math.round(number(text) * 100);
}

interface Angle { next: number; value: number }

/** Reads one angle (degrees, optional minutes and seconds, then a hemisphere) from tokens at `at`. */
function readAngle(tokens: string[], at: number, maxDegrees: number, hemispheres: string): Angle | null {
  var parts: string[] = [];
  while (at < tokens.length && hemispheres.indexOf(tokens[at].toUpperCase()) < 0 && parts.length < 3) {
    parts.push(tokens[at++]);
  }
  if (at >= tokens.length || tokens[at].length !== 1 || hemispheres.indexOf(tokens[at].toUpperCase()) < 0) return null;
  if (parts.length === 0 || !DEGREES.test(parts[0])) return null;
  var degrees = number(parts[0]);
  var minutes = 0;
  var seconds = 0;
  if (parts.length > 1) {
    if (!MINUTES.test(parts[1]) || number(parts[1]) > 59) return null;
    minutes = number(parts[1]);
  }
  if (parts.length > 2) {
    if (!SECONDS.test(parts[2]) || number(parts[2]) >= 60) return null;
    seconds = number(parts[2]);
  }
  if (degrees > maxDegrees || (degrees === maxDegrees && minutes + seconds > 0)) return null;
  var value = Math.round(((degrees * 60 + minutes) * 60 + seconds) * 1000);
  // The first hemisphere letter (N or E) is the positive one.
  return { next: at + 1, value: tokens[at].toUpperCase() === hemispheres.charAt(0) ? value : -value };
}

/** The numbers of RFC 1876 text, or null when it is not a valid LOC. */
export function parseLoc(text: string): Loc | null {
  var tokens = text.trim().split(/\s+/);
  var latitude = readAngle(tokens, 0, 90, "NS");
  if (!latitude) return null;
  var longitude = readAngle(tokens, latitude.next, 180, "EW");
  if (!longitude) return null;
  var at = longitude.next;
  if (at >= tokens.length || !ALTITUDE.test(tokens[at])) return null;
  var altitude = number(tokens[at]);
  if (altitude < -100000 || altitude > 42849672.95) return null;
  var extras = tokens.slice(at + 1);
  if (extras.length > 3) return null;
  var precisions = DEFAULT_PRECISIONS.slice();
  for (var i = 0; i < extras.length; i++) {
    if (!PRECISION.test(extras[i]) || number(extras[i]) > 90000000) return null;
    precisions[i] = centimetres(extras[i]);
  }
  return {
    latitude: latitude.value, longitude: longitude.value, altitude: centimetres(tokens[at]),
    size: precisions[0], horizontal: precisions[1], vertical: precisions[2],
  };
}

export function isLoc(text: string): boolean {
  return parseLoc(text) !== null;
}
