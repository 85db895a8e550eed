/** Keys of the module's modopts section; anything else there is a typo worth a warning. */
export var MODOPTS_KEYS = ["password", "mx", "ip", "ip6", "txt", "loc", "wildcard", "ttl", "hosts", "port", "timeout"];

export interface Modopts {
  /** Where the values came from, for messages: `ctrl/modopts.ini [dyndns]`. */
  source: string;
  /** Known keys with a non-blank value, verbatim as written. */
  values: { [key: string]: string };
  unknown: string[];
}

/**
 * Sorts the keys of an ini section into known values and unknown names.
 * `read` must return the value as written (Synchronet's `iniGetValue` with a
 * string default): coercing it would turn a password `0123` into 123.
 */
export function collectModopts(source: string, keys: string[], read: (key: string) => string): Modopts {
  var result: Modopts = { source: source, values: {}, unknown: [] };
  for (var i = 0; i < keys.length; i++) {
    var key = keys[i].toLowerCase();
    if (MODOPTS_KEYS.indexOf(key) < 0) {
      result.unknown.push(keys[i]);
    } else if (!result.values.hasOwnProperty(key)) {
      var value = String(read(keys[i]));
      if (!/^\s*$/.test(value)) result.values[key] = value;
    }
  }
  return result;
}

export function emptyModopts(source: string): Modopts {
  return { source: source, values: {}, unknown: [] };
}
