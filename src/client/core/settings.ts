import { CommandLine } from "./parseArgs";
import { Modopts } from "./modopts";

/** Every setting as text, before validation, with where each came from. */
export interface RawSettings {
  values: { [key: string]: string };
  /** For messages: `option -mx`, `modopts key mx (ctrl/modopts.ini [dyndns])`... */
  origins: { [key: string]: string };
}

var LOOKS_LIKE_IPV4 = /^[0-9]+(\.[0-9]+)+$/;

function put(raw: RawSettings, key: string, value: string | undefined, origin: string): void {
  if (value === undefined) return;
  raw.values[key] = value;
  raw.origins[key] = origin;
}

/**
 * The plain words: the first is the password unless modopts has one; then a
 * single word is the IPv4 address, when it looks like one (a sysop who kept the
 * password in the event's command line as well still gets it used).
 */
function placePlainWords(raw: RawSettings, plain: string[], modoptsHasPassword: boolean): void {
  if (plain.length >= 2) {
    put(raw, "password", plain[0], "the password argument");
    put(raw, "ip", plain[1], "the IPv4 argument");
  } else if (plain.length === 1) {
    if (modoptsHasPassword && LOOKS_LIKE_IPV4.test(plain[0])) put(raw, "ip", plain[0], "the IPv4 argument");
    else put(raw, "password", plain[0], "the password argument");
  }
}

/** Command line beats modopts beats defaults (defaults come later, in validation). */
export function mergeSettings(cmd: CommandLine, modopts: Modopts): RawSettings {
  var raw: RawSettings = { values: {}, origins: {} };
  for (var key in modopts.values) {
    if (modopts.values.hasOwnProperty(key)) put(raw, key, modopts.values[key], "modopts key " + key + " (" + modopts.source + ")");
  }
  placePlainWords(raw, cmd.plain, modopts.values.hasOwnProperty("password"));
  put(raw, "mx", cmd.mx, "option -mx");
  put(raw, "ip6", cmd.ip6, "option -ip6");
  put(raw, "hn", cmd.hn, "option -hn");
  return raw;
}
