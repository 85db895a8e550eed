import { parseArgs, CommandLine } from "./parseArgs";
import { loadModopts, SettingsFile } from "./modopts";
import { mergeSettings, RawSettings } from "./settings";
import { validateSettings, validateName, ownName, SystemFacts, Settings } from "./validate";
import { settingsNotices } from "./notices";
import { buildAnswers } from "./answers";
import { Network } from "../../shared/core/connection";
import { describeDryRun } from "./dryRun";
import { bindAddressFor } from "./bind";
import { isGlobalUnicastIpv6 } from "../../shared/core/ipv6";
import { quietOutput, Output } from "./output";
import { runUpdate, UpdateResult } from "./update";
import { EXIT_OK, EXIT_USAGE } from "./exitStatus";
import { waitSeconds } from "./failover";
import { usage } from "./usage";
import { MAX_WAIT, WAIT_SHARE } from "./defaults";
import { nextStatus, parseStatus, recordRun, serializeStatus, statusFileName, Status } from "./status";
import { describeStatus } from "./statusReport";
import { FileRead } from "../../shared/core/fileRead";

/** Everything the program needs from its host, so that the core never touches a global. */
export interface Environment {
  argv: string[];
  system: SystemFacts;
  /** The BBS's `server.interface_ip_address`, or null outside the BBS. */
  interfaceAddress: string | null;
  out: Output;
  now(): number;
  readSettingsFile(): SettingsFile;
  /** The network, its sockets bound to `bind` when that is not null. */
  network(bind: string | null, out: Output): Network;
  /** Local addresses of IPv6 sockets aimed at the hosts (no traffic is sent). */
  localIpv6Addresses(hosts: string[], port: number, timeoutSeconds: number): string[];
  banner: string;
  /** Synchronet's data directory (`system.data_dir`, with its trailing slash). */
  dataDir: string;
  readFile(path: string): FileRead;
  /** Writes the file whole or not at all; null when written, else why not. */
  writeWhole(path: string, text: string): string | null;
  /** Every address DNS gives for the name now, or null when it does not resolve. */
  resolveAll(name: string): string[] | null;
  /** Minutes east of UTC of the local time at `ms`. */
  offsetMinutes(ms: number): number;
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

/** The status file, or null (with a warning when something unusable is there). */
function readStatus(env: Environment, out: Output, path: string, replacing: boolean): Status | null {
  var found = env.readFile(path);
  if (found.kind === "missing") return null;
  var after = replacing ? "; this run replaces it" : "";
  if (found.kind === "unreadable") {
    out.warn("status file " + path + ": could not be read (ignored" + after + ")");
    return null;
  }
  var parsed = parseStatus(found.text);
  if (parsed.ok) return parsed.status;
  out.warn("status file " + path + ": " + parsed.reason + " (ignored" + after + ")");
  return null;
}

function saveStatus(env: Environment, out: Output, path: string, settings: Settings, ip6: string, result: UpdateResult, startedAt: number): void {
  var previous = readStatus(env, out, path, true);
  var run = recordRun(settings, ip6, result, startedAt, env.now());
  var problem = env.writeWhole(path, serializeStatus(nextStatus(previous, settings, run)));
  if (problem !== null) out.warn("could not write the status file " + path + " (" + problem + ")");
}

function showStatus(env: Environment, raw: RawSettings, out: Output): number {
  var named = validateName(raw, env.system);
  if (!named.ok) {
    out.error(named.error);
    return EXIT_USAGE;
  }
  var name = ownName(named.id, named.domain);
  var path = env.dataDir + statusFileName(name);
  var lines = describeStatus({
    name: name, path: path, status: readStatus(env, out, path, false), nowMs: env.now(),
    offsetMinutes: env.offsetMinutes, dns: env.resolveAll(name),
  });
  for (var i = 0; i < lines.length; i++) out.print(lines[i]);
  return EXIT_OK;
}

function update(env: Environment, cmd: CommandLine, raw: RawSettings, out: Output, startedAt: number, source: string): number {
  var validated = validateSettings(raw, env.system);
  if (!validated.ok) {
    out.error(validated.error);
    return EXIT_USAGE;
  }
  var settings = validated.settings;
  var notices = settingsNotices(raw, settings);
  for (var n = 0; n < notices.length; n++) out.warn(notices[n]);
  var bind = bindAddressFor(env.interfaceAddress);
  var statusPath = env.dataDir + statusFileName(ownName(settings.id, settings.domain));
  if (cmd.dryRun) {
    var described = describeDryRun(settings, buildAnswers(settings, settings.ip6), source, bind, statusPath);
    for (var d = 0; d < described.length; d++) out.print(described[d]);
    return EXIT_OK;
  }
  var ip6 = settings.ip6Auto ? findIpv6(env, settings, out) : settings.ip6;
  var result = runUpdate(settings, buildAnswers(settings, ip6), env.network(bind, out), out, startedAt);
  saveStatus(env, out, statusPath, settings, ip6, result, startedAt);
  return result.exit;
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
  var out = quietOutput(env.out, parsed.cmd.quiet);
  var modopts = loadModopts(env.readSettingsFile());
  for (var w = 0; w < modopts.warnings.length; w++) out.warn(modopts.warnings[w]);
  var raw = mergeSettings(parsed.cmd, modopts);
  if (parsed.cmd.status) return showStatus(env, raw, out);
  return update(env, parsed.cmd, raw, out, startedAt, modopts.source);
}
