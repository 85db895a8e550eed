// The numbers of the DNS protocol that this service speaks (RFC 1035, 2136, 8945).
import { RRType } from "./types";

export var TYPE = { A: 1, NS: 2, CNAME: 5, SOA: 6, MX: 15, TXT: 16, AAAA: 28, LOC: 29, TSIG: 250, ANY: 255 };
export var CLASS = { IN: 1, NONE: 254, ANY: 255 };
export var OPCODE = { QUERY: 0, UPDATE: 5 };

/** The record types the service publishes, in the order it reads them. */
export var PUBLISHED_TYPES: RRType[] = ["A", "AAAA", "MX", "TXT", "LOC", "CNAME"];

var RCODES = ["NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED", "YXDOMAIN", "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE"];
var TSIG_ERRORS: { [code: number]: string } = { 16: "BADSIG", 17: "BADKEY", 18: "BADTIME", 22: "BADTRUNC" };

export var RCODE = { NOERROR: 0, NXDOMAIN: 3, YXRRSET: 7, NXRRSET: 8, NOTAUTH: 9 };

export function rcodeName(code: number): string {
  return RCODES[code] || "RCODE " + code;
}

export function tsigErrorName(code: number): string {
  return TSIG_ERRORS[code] || rcodeName(code);
}

export function typeName(code: number): string {
  for (var name in TYPE) {
    if (TYPE.hasOwnProperty(name) && (TYPE as { [k: string]: number })[name] === code) return name;
  }
  return "TYPE" + code;
}
