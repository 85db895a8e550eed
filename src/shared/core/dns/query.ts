// Plain queries (opcode QUERY, no recursion wanted) and the record sets in their answers.
import { CLASS, OPCODE, TYPE } from "./codes";
import { Message, encodeMessage } from "./message";
import { normalName } from "./names";
import { decodeRdata } from "./rdata";
import { RRType, RRset } from "./types";

export function encodeQuery(name: string, type: RRType, id: number): string {
  var message: Message = {
    id: id, flags: OPCODE.QUERY << 11,
    questions: [{ name: normalName(name), type: TYPE[type], klass: CLASS.IN }],
    answers: [], authority: [], additional: [],
  };
  return encodeMessage(message);
}

/**
 * The record set of (name, type) among an answer's records, or null when it
 * has none (records of other names or types, such as a CNAME's target, are
 * left out). Its TTL is the smallest of its records'. Throws FormatError.
 */
export function rrsetIn(message: string, answer: Message, name: string, type: RRType): RRset | null {
  var wanted = normalName(name);
  var rrset: RRset | null = null;
  for (var i = 0; i < answer.answers.length; i++) {
    var record = answer.answers[i];
    if (record.type !== TYPE[type] || record.klass !== CLASS.IN || normalName(record.name) !== wanted) continue;
    var text = decodeRdata(record.type, message, record.rdataAt as number, record.rdata.length);
    if (!rrset) rrset = { name: wanted, type: type, ttl: record.ttl, rdata: [] };
    rrset.ttl = Math.min(rrset.ttl, record.ttl);
    rrset.rdata.push(text);
  }
  return rrset;
}
