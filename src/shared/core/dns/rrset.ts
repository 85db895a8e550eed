// Comparing record sets as DNS does: a set of records (order and duplicates do
// not count), names in any letter case, texts in any form that encodes the same.
import { normalName } from "./names";
import { canonicalRdata } from "./rdata";
import { RRset } from "./types";

/** The set's records in one form, sorted and without duplicates; null when one of them is not valid for the type. */
function canonicalSet(rrset: RRset): string[] | null {
  var seen: { [text: string]: boolean } = {};
  var out: string[] = [];
  for (var i = 0; i < rrset.rdata.length; i++) {
    var text = canonicalRdata(rrset.type, rrset.rdata[i]);
    if (text === null) return null;
    if (!seen[text]) out.push(text);
    seen[text] = true;
  }
  return out.sort();
}

/**
 * True when publishing `wanted` over `current` would change nothing: both absent,
 * or the same name, type, TTL and records. (null = no such set.)
 */
export function sameRRset(current: RRset | null, wanted: RRset | null): boolean {
  if (!current || !wanted) return current === wanted;
  if (normalName(current.name) !== normalName(wanted.name) || current.type !== wanted.type || current.ttl !== wanted.ttl) return false;
  var a = canonicalSet(current);
  var b = canonicalSet(wanted);
  return a !== null && b !== null && a.join("\n") === b.join("\n");
}
