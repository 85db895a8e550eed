// What a server's answer to one of our signed requests means: parsed, matched to
// the request, its TSIG verified, its rcode read. One line for every failure.
import { OPCODE, RCODE, rcodeName } from "./codes";
import { Parsed, isResponse, opcodeOf, parseMessage, rcodeOf } from "./message";
import { SignedRequest, verifyAnswer } from "./tsig";
import { TsigKey } from "./types";

var MEANINGS: { [code: string]: string } = {
  FORMERR: "the server could not read the request",
  SERVFAIL: "the server failed to process the request",
  NOTIMP: "the server does not support this request",
  REFUSED: "the server's policy does not allow this request",
  NOTAUTH: "the server does not accept this key here, or is not authoritative for the zone",
  NOTZONE: "a name is not in the zone",
  YXRRSET: "a record set exists that the update expected absent (it changed since it was read)",
  NXRRSET: "a record set differs from what the update expected (it changed since it was read)",
  "TSIG BADKEY": "the server does not know the key, or does not let it change these names",
  "TSIG BADSIG": "the key's secret does not match the server's",
  "TSIG BADTIME": "our clock and the server's differ by more than the allowed fudge",
};

/** "REFUSED: ...", "NOTAUTH (TSIG BADKEY): ..." */
export function rcodeReason(rcode: number, tsigError: string | null): string {
  var code = rcodeName(rcode);
  var meaning = (tsigError && MEANINGS["TSIG " + tsigError]) || MEANINGS[code];
  return code + (tsigError ? " (TSIG " + tsigError + ")" : "") + (meaning ? ": " + meaning : "");
}

/** rcode on a failure: the server's answer code, when it answered at all (null otherwise). */
export type Answer = { ok: true; data: string; parsed: Parsed; rcode: number } | { ok: false; reason: string; rcode?: number };

/**
 * Reads the answer to `request`. ok: a response to it, verified with the key,
 * whose rcode is one of `accepted` (NOERROR alone for updates; NXDOMAIN too
 * for queries). now: Unix seconds.
 */
export function readAnswer(data: string, request: SignedRequest, opcode: number, key: TsigKey, now: number,
  accepted: number[]): Answer {
  var parsed = parseMessage(data);
  if (!parsed.ok) return { ok: false, reason: "the answer is not a DNS message: " + parsed.reason };
  var message = parsed.message;
  if (!isResponse(message.flags) || message.id !== request.id || opcodeOf(message.flags) !== opcode) {
    return { ok: false, reason: "the answer does not match the request" };
  }
  var rcode = rcodeOf(message.flags);
  var verdict = verifyAnswer(data, parsed, request, key, now);
  if (verdict.kind === "error") return { ok: false, reason: rcodeReason(rcode, verdict.error) };
  if (verdict.kind === "invalid") return { ok: false, reason: "the answer fails TSIG verification: " + verdict.reason };
  if (accepted.indexOf(rcode) < 0) return { ok: false, reason: rcodeReason(rcode, null), rcode: rcode };
  if (verdict.kind === "unsigned") return { ok: false, reason: "the answer is not signed (a TSIG record was expected)" };
  return { ok: true, data: data, parsed: parsed, rcode: rcode };
}

export var UPDATE_ACCEPTS = [RCODE.NOERROR];
/** The answers to an UPDATE whose prerequisites failed: the records changed since they were read. */
export var STALE_RCODES = [RCODE.YXRRSET, RCODE.NXRRSET];
export var QUERY_ACCEPTS = [RCODE.NOERROR, RCODE.NXDOMAIN];
export var UPDATE = OPCODE.UPDATE;
export var QUERY = OPCODE.QUERY;
