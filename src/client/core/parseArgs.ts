/** `-mx` or `-ip6` given without a value. */
export var NO_VALUE = "";

export interface CommandLine {
  /** Plain words in order: the password and/or the IPv4 address. */
  plain: string[];
  quiet: boolean;
  dryRun: boolean;
  help: boolean;
  /** Undefined: not given. NO_VALUE: given alone (MX back at our own name). */
  mx?: string;
  hn?: string;
  /** Undefined: not given. NO_VALUE: given alone (find our global address). */
  ip6?: string;
}

export type ParsedArgs = { ok: true; cmd: CommandLine } | { ok: false; error: string };

var HELP = ["-help", "--help", "-?", "-h", "/?"];

function isOption(word: string | undefined): boolean {
  return word !== undefined && word.length > 1 && word.charAt(0) === "-";
}

/**
 * Reads the module's command line, options in any order and any case. An option
 * whose value is optional takes the next word only when that is not an option
 * (and, for -ip6, only when it could be an IPv6 address: it has a colon).
 */
export function parseArgs(argv: string[]): ParsedArgs {
  var cmd: CommandLine = { plain: [], quiet: false, dryRun: false, help: false };
  for (var i = 0; i < argv.length; i++) {
    var word = argv[i];
    var option = word.toLowerCase();
    var next = argv[i + 1];
    if (HELP.indexOf(option) >= 0) {
      cmd.help = true;
    } else if (option === "-q") {
      cmd.quiet = true;
    } else if (option === "-n") {
      cmd.dryRun = true;
    } else if (option === "-mx") {
      cmd.mx = next !== undefined && !isOption(next) ? argv[++i] : NO_VALUE;
    } else if (option === "-ip6" || option === "-ipv6") {
      cmd.ip6 = next !== undefined && !isOption(next) && next.indexOf(":") >= 0 ? argv[++i] : NO_VALUE;
    } else if (option === "-hn") {
      if (next === undefined || isOption(next)) return { ok: false, error: "option -hn: expected a host name after it" };
      cmd.hn = argv[++i];
    } else if (isOption(word)) {
      return { ok: false, error: "option " + word + ": unknown (expected -q, -n, -mx, -hn, -ip6 or -help)" };
    } else {
      cmd.plain.push(word);
    }
  }
  if (cmd.plain.length > 2 && !cmd.help) {
    return { ok: false, error: "argument '" + cmd.plain[2] + "': unexpected (expected at most a password and an IPv4 address)" };
  }
  return { ok: true, cmd: cmd };
}
