import { parseArgs } from "./parseArgs";
import { Modopts } from "./modopts";
import { mergeSettings } from "./settings";
import { validateSettings, SystemFacts, Settings } from "./validate";
import { buildAnswers } from "./answers";
import { Network } from "../../shared/core/connection";
import { describeDryRun } from "./dryRun";
import { bindAddressFor } from "./bind";
import { isGlobalUnicastIpv6 } from "../../shared/core/ipv6";
import { guardOutput, Output } from "./output";
import { runUpdate } from "./update";
import { EXIT_OK, EXIT_USAGE } from "./exitStatus";
import { waitSeconds } from "./failover";
import { usage } from "./usage";
import { MAX_WAIT, WAIT_SHARE } from "./defaults";

/** Everything the program needs from its host, so that the core never touches a global. */
export interface Environment {
  argv: string[];
  system: SystemFacts;
  /** The BBS's `server.interface_ip_address`, or null outside the BBS. */
  interfaceAddress: string | null;
  out: Output;
  now(): number;
  readModopts(): Modopts;
  /** The network, its sockets bound to `bind` when that is not null. */
  network(bind: string | null, out: Output): Network;
  /** Local addresses of IPv6 sockets aimed at the hosts (no traffic is sent). */
  localIpv6Addresses(hosts: string[], port: number, timeoutSeconds: number): string[];
  banner: string;
}

function findIpv6(env: Environment, settings: Settings, out: Output): string {
  var wait = waitSeconds(settings.timeout, settings.timeout * 1000, MAX_WAIT, WAIT_SHARE);
  var candidates = env.localIpv6Addresses(settings.hosts, settings.port, wait);
  for (var i = 0; i < candidates.length; i++) {
    if (isGlobalUnicastIpv6(candidates[i])) {
      out.info("this machine's global IPv6 address: " + candidates[i]);
      return candidates[i];
    }
  }
  out.warn("-ip6: this machine has no global IPv6 address toward the service"
    + (candidates.length ? " (found only " + candidates.join(", ") + ")" : "") + "; updating without an AAAA record");
  return "";
}

export function run(env: Environment): number {
  var startedAt = env.now();
  env.out.print(env.banner);
  var parsed = parseArgs(env.argv);
  if (parsed.ok && parsed.cmd.help) {
    var lines = usage();
    for (var i = 0; i < lines.length; i++) env.out.print(lines[i]);
    return EXIT_OK;
  }
  if (!parsed.ok) {
    env.out.error(parsed.error);
    return EXIT_USAGE;
  }
  var modopts = env.readModopts();
  for (var u = 0; u < modopts.unknown.length; u++) {
    env.out.warn(modopts.source + ": unknown key '" + modopts.unknown[u] + "' ignored");
  }
  var raw = mergeSettings(parsed.cmd, modopts);
  var out = guardOutput(env.out, raw.values.password || "", parsed.cmd.quiet);
  var validated = validateSettings(raw, env.system);
  if (!validated.ok) {
    out.error(validated.error);
    return EXIT_USAGE;
  }
  var settings = validated.settings;
  var bind = bindAddressFor(env.interfaceAddress);
  if (parsed.cmd.dryRun) {
    var described = describeDryRun(settings, buildAnswers(settings, settings.ip6), modopts.source, bind);
    for (var d = 0; d < described.length; d++) out.print(described[d]);
    return EXIT_OK;
  }
  var ip6 = settings.ip6Auto ? findIpv6(env, settings, out) : settings.ip6;
  return runUpdate(settings, buildAnswers(settings, ip6), env.network(bind, out), out, startedAt);
}
