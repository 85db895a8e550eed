// DNS messages (RFC 1035 4.1): a header, then four sections of records. UPDATE
// (RFC 2136) names the sections zone, prerequisite, update and additional.
import { readU16, readU32, u16, u32 } from "./bytes";
import { encodeName, formatError, isFormatError, readName } from "./names";

export var HEADER_BYTES = 12;
var QR = 0x8000;
var TC = 0x0200;

export interface Question { name: string; type: number; klass: number }

/** A record as it is on the wire; rdata raw. `rdataAt`: where that rdata starts in the message (names in it may point back). */
export interface WireRecord { name: string; type: number; klass: number; ttl: number; rdata: string; rdataAt?: number }

export interface Message {
  id: number;
  /** The header's second 16 bits: QR, opcode, AA, TC, RD, RA, Z, rcode. */
  flags: number;
  questions: Question[];
  answers: WireRecord[];
  authority: WireRecord[];
  additional: WireRecord[];
}

export function opcodeOf(flags: number): number {
  return (flags >> 11) & 15;
}

export function isResponse(flags: number): boolean {
  return (flags & QR) !== 0;
}

export function isTruncated(flags: number): boolean {
  return (flags & TC) !== 0;
}

export function rcodeOf(flags: number): number {
  return flags & 15;
}

/** The wire form of one record; names uncompressed. */
export function encodeRecord(record: WireRecord): string {
  return encodeName(record.name) + u16(record.type) + u16(record.klass) + u32(record.ttl) + u16(record.rdata.length) + record.rdata;
}

/** The wire form of a message (names are not compressed: our messages are small). */
export function encodeMessage(message: Message): string {
  var out = u16(message.id) + u16(message.flags) + u16(message.questions.length) + u16(message.answers.length)
    + u16(message.authority.length) + u16(message.additional.length);
  for (var i = 0; i < message.questions.length; i++) {
    var q = message.questions[i];
    out += encodeName(q.name) + u16(q.type) + u16(q.klass);
  }
  var sections = [message.answers, message.authority, message.additional];
  for (var s = 0; s < 3; s++) {
    for (var r = 0; r < sections[s].length; r++) out += encodeRecord(sections[s][r]);
  }
  return out;
}

export interface Parsed {
  ok: true;
  message: Message;
  /** Where the last additional record starts (a TSIG must be that one), or -1 when there is none. */
  lastAdditionalAt: number;
}

/** Reads a whole message; never throws: bytes that are not a DNS message give a reason. */
export function parseMessage(data: string): Parsed | { ok: false; reason: string } {
  try {
    return parse(data);
  } catch (e) {
    if (isFormatError(e)) return { ok: false, reason: e.dnsFormatError };
    throw e;
  }
}

function parse(data: string): Parsed {
  if (data.length < HEADER_BYTES) throw formatError("a message of " + data.length + " bytes, shorter than a header");
  var counts = [readU16(data, 4), readU16(data, 6), readU16(data, 8), readU16(data, 10)];
  var at = HEADER_BYTES;
  var questions: Question[] = [];
  for (var i = 0; i < counts[0]; i++) {
    var qname = readName(data, at);
    if (qname.next + 4 > data.length) throw formatError("a question runs past the end of the message");
    questions.push({ name: qname.name, type: readU16(data, qname.next), klass: readU16(data, qname.next + 2) });
    at = qname.next + 4;
  }
  var sections: WireRecord[][] = [[], [], []];
  var lastAdditionalAt = -1;
  for (var s = 0; s < 3; s++) {
    for (var r = 0; r < counts[s + 1]; r++) {
      if (s === 2) lastAdditionalAt = at;
      var owner = readName(data, at);
      var fixed = owner.next;
      if (fixed + 10 > data.length) throw formatError("a record runs past the end of the message");
      var length = readU16(data, fixed + 8);
      if (fixed + 10 + length > data.length) throw formatError("a record's data runs past the end of the message");
      sections[s].push({
        name: owner.name, type: readU16(data, fixed), klass: readU16(data, fixed + 2), ttl: readU32(data, fixed + 4),
        rdata: data.substr(fixed + 10, length), rdataAt: fixed + 10,
      });
      at = fixed + 10 + length;
    }
  }
  if (at !== data.length) throw formatError((data.length - at) + " bytes after the last record");
  return {
    ok: true,
    message: {
      id: readU16(data, 0), flags: readU16(data, 2), questions: questions,
      answers: sections[0], authority: sections[1], additional: sections[2],
    },
    lastAdditionalAt: lastAdditionalAt,
  };
}
