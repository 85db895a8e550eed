export interface KnownValues {
  /** Known keys (lower case) with a non-blank value, verbatim as written. */
  values: { [key: string]: string };
  /** Keys that are not known, as written. */
  unknown: string[];
}

/**
 * Sorts the keys of a settings section. Values must be as written
 * (`iniGetValue` with a string default): coercing would turn a password `0123`
 * into 123. The first of a key counts, even when blank, as in Synchronet.
 */
export function knownValues(keys: string[], known: string[], read: (index: number) => string): KnownValues {
  var result: KnownValues = { values: {}, unknown: [] };
  var seen: string[] = [];
  for (var i = 0; i < keys.length; i++) {
    var key = keys[i].toLowerCase();
    if (known.indexOf(key) < 0) {
      result.unknown.push(keys[i]);
    } else if (seen.indexOf(key) < 0) {
      seen.push(key);
      var value = String(read(i));
      if (!/^\s*$/.test(value)) result.values[key] = value;
    }
  }
  return result;
}
