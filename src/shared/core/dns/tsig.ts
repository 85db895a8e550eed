// TSIG (RFC 8945) with HMAC-SHA256: signs a request, verifies the answer to it.
import { readU16, readU48, u16, u32, u48 } from "./bytes";
import { CLASS, TYPE, tsigErrorName } from "./codes";
import { Parsed, encodeRecord } from "./message";
import { canonicalName, encodeName, formatError, isFormatError, normalName, readName } from "./names";
import { hmacSha256 } from "./sha256";
import { TsigKey } from "./types";

export var ALGORITHM = "hmac-sha256";
/** Seconds the two clocks may differ (RFC 8945 recommends 300). */
export var FUDGE = 300;
var MAC_BYTES = 32;

export interface SignedRequest {
  /** The message as sent: the request with its TSIG record. */
  wire: string;
  id: number;
  mac: string;
}

/** The TSIG variables (RFC 8945 4.3.3) that are digested after the message. */
function variables(key: TsigKey, timeSigned: number, fudge: number, error: number, other: string): string {
  return canonicalName(key.name) + u16(CLASS.ANY) + u32(0) + canonicalName(ALGORITHM)
    + u48(timeSigned) + u16(fudge) + u16(error) + u16(other.length) + other;
}

/** Adds a TSIG record to an unsigned message. timeSigned: Unix seconds. */
export function signRequest(message: string, key: TsigKey, timeSigned: number): SignedRequest {
  var id = readU16(message, 0);
  var mac = hmacSha256(key.secret, message + variables(key, timeSigned, FUDGE, 0, ""));
  var rdata = encodeName(ALGORITHM) + u48(timeSigned) + u16(FUDGE) + u16(mac.length) + mac + u16(id) + u16(0) + u16(0);
  var record = encodeRecord({ name: key.name.toLowerCase(), type: TYPE.TSIG, klass: CLASS.ANY, ttl: 0, rdata: rdata });
  var additional = readU16(message, 10) + 1;
  return { wire: message.slice(0, 10) + u16(additional) + message.slice(12) + record, id: id, mac: mac };
}

/** What the TSIG of an answer says. */
export type TsigVerdict =
  | { kind: "verified" }
  /** The answer carries no TSIG record. */
  | { kind: "unsigned" }
  /** The server reports a TSIG error (BADKEY, BADSIG, BADTIME...); such answers are mostly unsigned. */
  | { kind: "error"; error: string }
  /** The TSIG is there but wrong: not our key, bad MAC, time off. */
  | { kind: "invalid"; reason: string };

function sameBytes(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  var diff = 0;
  for (var i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/**
 * Checks the TSIG of `answer` (already parsed) against the request it answers.
 * now: Unix seconds.
 */
export function verifyAnswer(answer: string, parsed: Parsed, request: SignedRequest, key: TsigKey, now: number): TsigVerdict {
  var additional = parsed.message.additional;
  var tsig = additional.length ? additional[additional.length - 1] : null;
  if (!tsig || tsig.type !== TYPE.TSIG) return { kind: "unsigned" };
  try {
    return verifyRecord(answer, parsed.lastAdditionalAt, tsig.name, tsig.rdataAt as number, tsig.rdata.length, request, key, now);
  } catch (e) {
    if (isFormatError(e)) return { kind: "invalid", reason: "its TSIG record is malformed: " + e.dnsFormatError };
    throw e;
  }
}

function verifyRecord(answer: string, tsigAt: number, owner: string, at: number, length: number,
  request: SignedRequest, key: TsigKey, now: number): TsigVerdict {
  var end = at + length;
  var algorithm = readName(answer, at);
  if (algorithm.next + 10 > end) throw formatError("too short");
  var timeSigned = readU48(answer, algorithm.next);
  var fudge = readU16(answer, algorithm.next + 6);
  var macLength = readU16(answer, algorithm.next + 8);
  var macAt = algorithm.next + 10;
  if (macAt + macLength + 6 > end) throw formatError("its MAC runs past the record");
  var mac = answer.substr(macAt, macLength);
  var originalId = readU16(answer, macAt + macLength);
  var error = readU16(answer, macAt + macLength + 2);
  var otherLength = readU16(answer, macAt + macLength + 4);
  if (macAt + macLength + 6 + otherLength !== end) throw formatError("its other data does not fill the record");
  var other = answer.substr(macAt + macLength + 6, otherLength);

  if (normalName(owner) !== normalName(key.name)) return { kind: "invalid", reason: "it is signed with another key, '" + owner + "'" };
  if (normalName(algorithm.name) !== ALGORITHM) return { kind: "invalid", reason: "it is signed with another algorithm, '" + algorithm.name + "'" };
  if (error !== 0) return { kind: "error", error: tsigErrorName(error) };
  if (macLength !== MAC_BYTES) return { kind: "invalid", reason: "its MAC is " + macLength + " bytes (" + MAC_BYTES + " expected)" };
  if (originalId !== request.id) return { kind: "invalid", reason: "its TSIG names another request (id " + originalId + ")" };
  // The answer as it was before the server added its TSIG: one additional record less, the original id.
  var unsigned = u16(originalId) + answer.slice(2, 10) + u16(readU16(answer, 10) - 1) + answer.slice(12, tsigAt);
  var expected = hmacSha256(key.secret, u16(request.mac.length) + request.mac + unsigned + variables(key, timeSigned, fudge, error, other));
  if (!sameBytes(mac, expected)) return { kind: "invalid", reason: "its TSIG MAC does not match (wrong secret, or the answer was altered)" };
  if (Math.abs(now - timeSigned) > fudge) {
    return { kind: "invalid", reason: "its TSIG time is " + (timeSigned - now) + " s from ours (fudge " + fudge + " s): check the clocks" };
  }
  return { kind: "verified" };
}
