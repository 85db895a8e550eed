// The module's command line, as a sysop types it or a timed event passes it: options in
// any order and any case, and at most two plain words, the password and the IPv4 address.
import { isFullyQualified } from "../../../shared/core/hostname";
import { isIpv6 } from "../../../shared/core/ipv6";

/** `-mx` or `-ip6` given without a value. */
export var NO_VALUE = "";

/** A word that is not an option: the password or the IPv4 address. */
export interface PlainWord {
  word: string;
  /** Set when the word follows an option that did not take it: why it did not. */
  leftBy?: string;
}

export interface CommandLine {
  plain: PlainWord[];
  quiet: boolean;
  dryRun: boolean;
  help: boolean;
  status: boolean;
  /** Undefined: not given. NO_VALUE: given alone (MX back at our own name). */
  mx?: string;
  hn?: string;
  /** Undefined: not given. NO_VALUE: given alone (find our global address). */
  ip6?: string;
}

type ParsedArgs = { ok: true; cmd: CommandLine } | { ok: false; error: string };

/** Every spelling accepted, as -help and the README list them. */
export var HELP_WORDS = ["-help", "--help", "-h", "-?", "/?"];
export var IP6_WORDS = ["-ip6", "-ipv6"];

function isOption(word: string | undefined): boolean {
  return word !== undefined && word.length > 1 && (word.charAt(0) === "-" || word === "/?");
}

/**
 * An option with an optional value takes the next word only when that word is
 * such a value; otherwise the word stays where it is (a password after `-mx`
 * is still the password), and remembers why, for messages about it.
 */
function optionalValue(argv: string[], i: number, option: string, fits: (w: string) => boolean, what: string): { value: string; took: boolean; leftBy?: string } {
  var next = argv[i + 1];
  if (next === undefined || isOption(next)) return { value: NO_VALUE, took: false };
  if (fits(next)) return { value: next, took: true };
  return { value: NO_VALUE, took: false, leftBy: "the word after " + option + ", which took none: it is not " + what };
}

/** Reads the module's command line, options in any order and any case. */
export function parseArgs(argv: string[]): ParsedArgs {
  var cmd: CommandLine = { plain: [], quiet: false, dryRun: false, help: false, status: false };
  var leftBy: { [index: number]: string } = {};
  for (var i = 0; i < argv.length; i++) {
    var word = argv[i];
    var option = word.toLowerCase();
    var taken: { value: string; took: boolean; leftBy?: string } | null = null;
    if (HELP_WORDS.indexOf(option) >= 0) {
      cmd.help = true;
    } else if (option === "-q") {
      cmd.quiet = true;
    } else if (option === "-n") {
      cmd.dryRun = true;
    } else if (option === "-status") {
      cmd.status = true;
    } else if (option === "-mx") {
      taken = optionalValue(argv, i, word, isFullyQualified, "a host name with at least two labels");
      cmd.mx = taken.value;
    } else if (IP6_WORDS.indexOf(option) >= 0) {
      taken = optionalValue(argv, i, word, isIpv6, "an IPv6 address");
      cmd.ip6 = taken.value;
    } else if (option === "-hn") {
      // The word after it is the name, whatever it is: validation names it when it is not a DNS label
      // (unless it is the password, which it masks).
      if (argv[i + 1] === undefined || isOption(argv[i + 1])) {
        return { ok: false, error: "option -hn: expected a host name after it (one DNS label, like mybbs: letters, digits and inner hyphens, at most 63)" };
      }
      cmd.hn = argv[++i];
    } else if (isOption(word)) {
      return { ok: false, error: "option " + word + ": unknown (expected -q, -n, -mx, -hn, -ip6, -status or -help)" };
    } else {
      cmd.plain.push(leftBy.hasOwnProperty(String(i)) ? { word: word, leftBy: leftBy[i] } : { word: word });
    }
    if (taken) {
      if (taken.took) i++;
      else if (taken.leftBy) leftBy[i + 1] = taken.leftBy;
    }
  }
  if (cmd.plain.length > 2 && !cmd.help) {
    return { ok: false, error: "argument '" + cmd.plain[2].word + "': unexpected (expected at most a password and an IPv4 address)" };
  }
  return { ok: true, cmd: cmd };
}
