import { parseArgs } from "./settings/commandLine";
import { loadSettings } from "./settings/load";
import { Settings, ownName } from "./settings/settings";
import { SettingsFile } from "./settings/settingsFile";
import { SystemFacts } from "./settings/systemFacts";
import { buildAnswers } from "./answers";
import { Network } from "../../shared/core/connection";
import { describeDryRun } from "./dryRun";
import { bindAddressFor } from "./bind";
import { isGlobalUnicastIpv6 } from "../../shared/core/ipv6";
import { quietOutput, Output } from "./output";
import { runUpdate, UpdateResult } from "./update";
import { EXIT_OK, EXIT_USAGE } from "./exitStatus";
import { waitSeconds, MAX_WAIT, WAIT_SHARE } from "./failover";
import { usage } from "./usage";
import { nextStatus, parseStatus, readStatusFile, recordRun, serializeStatus, statusFileName, Status } from "./status";
import { describeStatus } from "./statusReport";
import { FileRead } from "../../shared/core/fileRead";
import { isIpv4 } from "../../shared/core/ipv4";
import { NameSection } from "./names/nameSettings";
import { HttpResult, ProviderTools } from "./names/provider";
import { runNames, NamesMode } from "./names/runNames";
import { HttpRequest } from "../../shared/core/http/request";

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
  /** The BBS's other names (docs/names.md): absent where the host offers none. */
  names?: NamesHost;
}

/** What the extra names need of the host. */
export interface NamesHost extends ProviderTools {
  /** The `[dyndns:<name>]` sections of the settings file in force, in file order. */
  sections(): NameSection[];
  http(request: HttpRequest, untilMs: number): HttpResult;
  /** The BBS's interface address, else this machine's IPv4 address toward `host`. */
  interfaceAddress(toward: string): string | null;
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
  return readStatusFile(env.readFile, out, path, replacing ? "; this run replaces it" : "", parseStatus);
}

function saveStatus(env: Environment, out: Output, path: string, settings: Settings, ip6: string, result: UpdateResult, startedAt: number): void {
  var previous = readStatus(env, out, path, true);
  var run = recordRun(settings, ip6, result, startedAt, env.now());
  var problem = env.writeWhole(path, serializeStatus(nextStatus(previous, settings, run)));
  if (problem !== null) out.warn("could not write the status file " + path + " (" + problem + ")");
}

function printAll(out: Output, lines: string[]): number {
  for (var i = 0; i < lines.length; i++) out.print(lines[i]);
  return EXIT_OK;
}

/** Where the runs of `name` keep their status (one file per name). */
function statusPathOf(env: Environment, name: string): string {
  return env.dataDir + statusFileName(name);
}

function showStatus(env: Environment, name: string, out: Output): number {
  var path = statusPathOf(env, name);
  return printAll(out, describeStatus({
    name: name, path: path, status: readStatus(env, out, path, false), nowMs: env.now(),
    offsetMinutes: env.offsetMinutes, dns: env.resolveAll(name),
  }));
}

function dryRun(env: Environment, settings: Settings, source: string, out: Output): number {
  var path = statusPathOf(env, ownName(settings.id, settings.domain));
  return printAll(out, describeDryRun(settings, buildAnswers(settings, settings.ip6), source, bindAddressFor(env.interfaceAddress), path));
}

function update(env: Environment, settings: Settings, out: Output, startedAt: number): UpdateResult {
  var path = statusPathOf(env, ownName(settings.id, settings.domain));
  var ip6 = settings.ip6Auto ? findIpv6(env, settings, out) : settings.ip6;
  var result = runUpdate(settings, buildAnswers(settings, ip6), env.network(bindAddressFor(env.interfaceAddress), out), out, startedAt);
  saveStatus(env, out, path, settings, ip6, result, startedAt);
  return result;
}

/**
 * The address the service published in this run: the `ip` sent, else the one the name
 * resolves to right after the update (the address the service saw); null when it failed.
 */
function publishedAddress(env: Environment, settings: Settings, result: UpdateResult): string | null {
  if (result.outcome !== "updated") return null;
  if (settings.ip) return settings.ip;
  var all = env.resolveAll(ownName(settings.id, settings.domain)) || [];
  for (var i = 0; i < all.length; i++) if (isIpv4(all[i])) return all[i];
  return null;
}

/** The extra names, after the synchro.net name: the worst exit status of all. */
function otherNames(env: Environment, host: NamesHost, sections: NameSection[], mode: NamesMode, out: Output, first: number, service: string | null): number {
  var worst = runNames(sections, mode, {
    out: out, dataDir: env.dataDir, readFile: env.readFile, writeWhole: env.writeWhole, resolveAll: env.resolveAll, offsetMinutes: env.offsetMinutes,
    now: env.now, http: host.http, currentRecords: host.currentRecords, publish: host.publish, userAgent: host.userAgent,
    interfaceAddress: host.interfaceAddress, serviceAddress: function (): string | null { return service; },
  });
  return Math.max(first, worst);
}

/** The command line, then the settings, then what it asks for: the status, a dry run or an update. */
export function run(env: Environment): number {
  var startedAt = env.now();
  env.out.print(env.banner);
  var parsed = parseArgs(env.argv);
  if (!parsed.ok) {
    env.out.error(parsed.error);
    return EXIT_USAGE;
  }
  var cmd = parsed.cmd;
  if (cmd.help) return printAll(env.out, usage());
  var out = quietOutput(env.out, cmd.quiet);
  var sections = env.names ? env.names.sections() : [];
  var mode: NamesMode = cmd.status ? "status" : cmd.dryRun ? "dry" : "update";
  var loaded = loadSettings(cmd, env.readSettingsFile(), env.system);
  for (var w = 0; w < loaded.warnings.length; w++) out.warn(loaded.warnings[w]);
  var exit: number;
  var service: string | null = null;
  if (!loaded.ok) {
    if (sections.length && loaded.noPassword) {
      // A BBS may keep only its own domains current: no password, no synchro.net name.
      out.print("the " + (env.system.qwkId || "QWK-ID") + " name of the [dyndns] section is not updated: no password is set; the [dyndns:<name>] sections run without it");
      exit = EXIT_OK;
    } else {
      out.error(loaded.error);
      exit = EXIT_USAGE;
    }
  } else if (loaded.status) exit = showStatus(env, loaded.name, out);
  else if (cmd.dryRun) exit = dryRun(env, loaded.settings, loaded.source, out);
  else {
    var result = update(env, loaded.settings, out, startedAt);
    exit = result.exit;
    service = publishedAddress(env, loaded.settings, result);
  }
  if (!sections.length || !env.names) return exit;
  return otherNames(env, env.names, sections, mode, out, exit, service);
}
