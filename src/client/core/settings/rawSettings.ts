import { CommandLine, PlainWord } from "./commandLine";
import { Modopts } from "./modopts";

/** Every setting as text, before validation, with where each came from. */
export interface RawSettings {
  values: { [key: string]: string };
  /** For messages: `option -mx`, `modopts key mx (/sbbs/ctrl/modopts.ini [dyndns])`... */
  origins: { [key: string]: string };
  /** Settings the command line gave over a modopts value: that value and where it was. */
  replaced: { [key: string]: { value: string; origin: string } };
  /** Keys whose value came from the command line. */
  fromCommandLine: { [key: string]: boolean };
  /** Keys whose value is a word an option (-mx, -ip6) left alone: likely meant for that option. */
  leftByOption: { [key: string]: boolean };
  /** Where the password belongs (names the settings file actually read). */
  passwordPlace: string;
}

var LOOKS_LIKE_IPV4 = /^[0-9]+(\.[0-9]+)+$/;

function modoptsOrigin(key: string, modopts: Modopts): string {
  return "modopts key " + key + " (" + modopts.source + ")";
}

function fromLine(raw: RawSettings, key: string, value: string | undefined, origin: string): void {
  if (value === undefined) return;
  if (raw.values.hasOwnProperty(key)) raw.replaced[key] = { value: raw.values[key], origin: raw.origins[key] };
  raw.values[key] = value;
  raw.origins[key] = origin;
  raw.fromCommandLine[key] = true;
}

function fromPlain(raw: RawSettings, key: string, name: string, plain: PlainWord): void {
  fromLine(raw, key, plain.word, name + (plain.leftBy ? " (" + plain.leftBy + ")" : ""));
  if (plain.leftBy) raw.leftByOption[key] = true;
}

/**
 * The plain words: the first is the password unless modopts has one; then a
 * single word is the IPv4 address, when it looks like one (a sysop who kept the
 * password in the event's command line as well still gets it used).
 */
function placePlainWords(raw: RawSettings, plain: PlainWord[], modoptsHasPassword: boolean): void {
  if (plain.length >= 2) {
    fromPlain(raw, "password", "the password argument", plain[0]);
    fromPlain(raw, "ip", "the IPv4 argument", plain[1]);
  } else if (plain.length === 1) {
    var ip = modoptsHasPassword && LOOKS_LIKE_IPV4.test(plain[0].word);
    fromPlain(raw, ip ? "ip" : "password", ip ? "the IPv4 argument" : "the password argument", plain[0]);
  }
}

/** Command line beats modopts beats defaults (defaults come later, in validation). */
export function mergeSettings(cmd: CommandLine, modopts: Modopts): RawSettings {
  var raw: RawSettings = { values: {}, origins: {}, replaced: {}, fromCommandLine: {}, leftByOption: {}, passwordPlace: modopts.passwordPlace };
  for (var key in modopts.values) {
    if (modopts.values.hasOwnProperty(key)) {
      raw.values[key] = modopts.values[key];
      raw.origins[key] = modoptsOrigin(key, modopts);
    }
  }
  placePlainWords(raw, cmd.plain, modopts.values.hasOwnProperty("password"));
  fromLine(raw, "mx", cmd.mx, "option -mx");
  fromLine(raw, "ip6", cmd.ip6, "option -ip6");
  fromLine(raw, "hn", cmd.hn, "option -hn");
  return raw;
}
