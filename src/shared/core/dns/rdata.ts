// Record data of the types the service publishes (and SOA, which it reads):
// from the presentation form of types.ts to the wire, and back.
import { isIpv4 } from "../ipv4";
import { formatIpv6, parseIpv6 } from "../ipv6";
import { Loc, parseLoc } from "../loc";
import { isByteString, readU16, readU32, toHex, u16, u32, u8 } from "./bytes";
import { TYPE, typeName } from "./codes";
import { encodeName, formatError, nameProblem, readName } from "./names";
import { RRType } from "./types";

/** What each type's text must look like, for error lines. */
export var EXPECTED: { [type: string]: string } = {
  A: "an IPv4 address",
  AAAA: "an IPv6 address",
  MX: "'<preference 0-65535> <host name>'",
  TXT: "text of at most 255 bytes",
  LOC: "RFC 1876 text such as '52 22 23.000 N 4 53 32.000 E -2.00m'",
  CNAME: "a host name",
  SOA: "'<primary> <mailbox> <serial> <refresh> <retry> <expire> <minimum>'",
};

var POWERS_OF_TEN = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000];
/** Latitude and longitude are written as 2^31 plus thousandths of arc seconds; altitude from 100 km below the spheroid. */
var EQUATOR = 2147483648;
var ALTITUDE_BASE_CM = 10000000;

/** RFC 1876's size/precision byte: mantissa and power of ten of the centimetres, each 0-9. */
function precisionByte(cm: number): number {
  var exponent = 0;
  while (exponent < 9 && cm >= POWERS_OF_TEN[exponent + 1]) exponent++;
  return (Math.min(9, Math.floor(cm / POWERS_OF_TEN[exponent])) << 4) | exponent;
}

function encodeLoc(loc: Loc): string {
  return u8(0) + u8(precisionByte(loc.size)) + u8(precisionByte(loc.horizontal)) + u8(precisionByte(loc.vertical))
    + u32(EQUATOR + loc.latitude) + u32(EQUATOR + loc.longitude) + u32(ALTITUDE_BASE_CM + loc.altitude);
}

function integer(text: string, max: number): number | null {
  if (!/^[0-9]{1,10}$/.test(text)) return null;
  var n = parseInt(text, 10);
  return n <= max ? n : null;
}

function name(text: string): string | null {
  return nameProblem(text) === null ? encodeName(text) : null;
}

/** The wire form of one record's text (as types.ts describes it), or null when the text is not valid for the type. */
export function encodeRdata(type: RRType | "SOA", text: string): string | null {
  var fields = text.trim().split(/\s+/);
  switch (type) {
    case "A":
      if (!isIpv4(text)) return null;
      return String.fromCharCode.apply(null, text.split(".").map(function (octet) { return parseInt(octet, 10); }));
    case "AAAA": {
      var groups = parseIpv6(text);
      return groups ? groups.map(u16).join("") : null;
    }
    case "MX": {
      var preference = fields.length === 2 ? integer(fields[0], 65535) : null;
      var exchange = fields.length === 2 && fields[1] !== "" ? name(fields[1]) : null;
      return preference !== null && exchange !== null ? u16(preference) + exchange : null;
    }
    case "TXT":
      return text.length <= 255 && isByteString(text) ? u8(text.length) + text : null;
    case "LOC": {
      var loc = parseLoc(text);
      return loc ? encodeLoc(loc) : null;
    }
    case "CNAME":
      return text !== "" ? name(text) : null;
    case "SOA": {
      if (fields.length !== 7) return null;
      var out = "";
      for (var i = 0; i < 7; i++) {
        var part = i < 2 ? name(fields[i]) : integer(fields[i], 4294967295);
        if (part === null) return null;
        out += typeof part === "string" ? part : u32(part);
      }
      return out;
    }
  }
  return null;
}

function decodeLocAngle(raw: number, hemispheres: string): string {
  var value = raw - EQUATOR;
  var hemisphere = value >= 0 ? hemispheres.charAt(0) : hemispheres.charAt(1);
  value = Math.abs(value);
  var degrees = Math.floor(value / 3600000);
  var minutes = Math.floor((value % 3600000) / 60000);
  var seconds = (value % 60000) / 1000;
  return degrees + " " + minutes + " " + seconds.toFixed(3) + " " + hemisphere;
}

function decodePrecision(byte: number): string {
  var cm = (byte >> 4) * POWERS_OF_TEN[Math.min(9, byte & 15)];
  return (cm >= 100 && cm % 100 === 0 ? String(cm / 100) : (cm / 100).toFixed(2)) + "m";
}

function decodeLoc(data: string, at: number, length: number): string {
  if (length !== 16) throw formatError("a LOC record of " + length + " bytes (16 expected)");
  if (data.charCodeAt(at) !== 0) throw formatError("a LOC record of version " + data.charCodeAt(at));
  return decodeLocAngle(readU32(data, at + 4), "NS") + " " + decodeLocAngle(readU32(data, at + 8), "EW") + " "
    + ((readU32(data, at + 12) - ALTITUDE_BASE_CM) / 100).toFixed(2) + "m " + decodePrecision(data.charCodeAt(at + 1))
    + " " + decodePrecision(data.charCodeAt(at + 2)) + " " + decodePrecision(data.charCodeAt(at + 3));
}

function decodeTxt(data: string, at: number, end: number): string {
  var text = "";
  while (at < end) {
    var length = data.charCodeAt(at);
    if (at + 1 + length > end) throw formatError("a TXT string runs past its record");
    text += data.substr(at + 1, length);
    at += 1 + length;
  }
  return text;
}

/** Reads a name inside rdata, which must end within it. */
function rdataName(data: string, at: number, end: number): { name: string; next: number } {
  var read = readName(data, at);
  if (read.next > end) throw formatError("a name runs past its record");
  return { name: read.name.toLowerCase(), next: read.next };
}

function expectLength(type: number, length: number, expected: number): void {
  if (length !== expected) throw formatError("a " + typeName(type) + " record of " + length + " bytes (" + expected + " expected)");
}

/**
 * The presentation text of the rdata at `at` (`length` bytes) in a whole
 * message (names in it may be compressed). Names come out in lower case; a TXT
 * record of several strings comes out as their concatenation; types the
 * service does not know as RFC 3597 `\# length hex`. Throws FormatError.
 */
export function decodeRdata(type: number, data: string, at: number, length: number): string {
  var end = at + length;
  if (end > data.length) throw formatError("a record runs past the end of the message");
  switch (type) {
    case TYPE.A:
      expectLength(type, length, 4);
      return [0, 1, 2, 3].map(function (i) { return data.charCodeAt(at + i); }).join(".");
    case TYPE.AAAA: {
      expectLength(type, length, 16);
      var groups: number[] = [];
      for (var i = 0; i < 8; i++) groups.push(readU16(data, at + 2 * i));
      return formatIpv6(groups);
    }
    case TYPE.MX: {
      if (length < 3) throw formatError("an MX record of " + length + " bytes");
      var exchange = rdataName(data, at + 2, end);
      if (exchange.next !== end) throw formatError("an MX record with bytes after its name");
      return readU16(data, at) + " " + exchange.name;
    }
    case TYPE.TXT:
      return decodeTxt(data, at, end);
    case TYPE.LOC:
      return decodeLoc(data, at, length);
    case TYPE.CNAME: {
      var target = rdataName(data, at, end);
      if (target.next !== end) throw formatError("a CNAME record with bytes after its name");
      return target.name;
    }
    case TYPE.SOA: {
      var primary = rdataName(data, at, end);
      var mailbox = rdataName(data, primary.next, end);
      expectLength(type, end - mailbox.next, 20);
      var numbers: number[] = [];
      for (var k = 0; k < 5; k++) numbers.push(readU32(data, mailbox.next + 4 * k));
      return primary.name + " " + mailbox.name + " " + numbers.join(" ");
    }
  }
  return "\\# " + length + (length ? " " + toHex(data.substr(at, length)) : "");
}

/** One form for texts that mean the same record ("2001:DB8::1" and "2001:db8:0::1"), or null when not valid. */
export function canonicalRdata(type: RRType, text: string): string | null {
  var wire = encodeRdata(type, text);
  return wire === null ? null : decodeRdata(TYPE[type], wire, 0, wire.length);
}
