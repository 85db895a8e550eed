// The extra names of a BBS, after the synchro.net name (docs/names.md): each checked, each
// sent (or shown by -n, or by -status) on its own, so that one failing stops none of the
// others; the exit status is the worst of them.
import { Output } from "../output";
import { FileRead } from "../../../shared/core/fileRead";
import { hideSecrets, requestSecrets } from "../../../shared/core/http/request";
import { parseHttpUrl } from "../../../shared/core/http/url";
import { ago, timestamp } from "../../../shared/core/time";
import { readStatusFile, statusFileName } from "../status";
import { EXIT_OK, EXIT_USAGE } from "../exitStatus";
import { checkNameSection, NameSection, NameSettings, DEFAULT_SERVERS } from "./nameSettings";
import { decide, nextNameStatus, parseNameStatus, serializeNameStatus, NameRun, NameStatus } from "./nameStatus";
import { AddressTools, findAddress, sourceWord } from "./address";
import { Protocol, ProviderResult, ProviderTools } from "./provider";
import { dyndns2 } from "./dyndns2";
import { duckdns } from "./duckdns";
import { cloudflare } from "./cloudflare";
import { rfc2136 } from "./rfc2136";

var PROTOCOL_OF: { [name: string]: Protocol } = { dyndns2: dyndns2, duckdns: duckdns, cloudflare: cloudflare, rfc2136: rfc2136 };

export interface NamesEnvironment extends ProviderTools, AddressTools {
  out: Output;
  dataDir: string;
  readFile(path: string): FileRead;
  writeWhole(path: string, text: string): string | null;
  resolveAll(name: string): string[] | null;
  offsetMinutes(ms: number): number;
}

export type NamesMode = "update" | "dry" | "status";

/** Every way a secret of the section could show in a line: as written and percent-encoded. */
function secretForms(secrets: string[]): string[] {
  return requestSecrets({ method: "GET", url: "", secrets: secrets }, function (): string { return ""; });
}

/** Output for one name: each line starts with the prefix, and no secret of its section gets through. */
function nameOutput(out: Output, prefix: string, secrets: string[]): Output {
  var forms = secretForms(secrets);
  function level(write: (text: string) => void): (text: string) => void {
    return function (text: string): void { write(hideSecrets(prefix + text, forms)); };
  }
  return { print: level(out.print), info: level(out.info), debug: level(out.debug), warn: level(out.warn), error: level(out.error) };
}

/** The host the requests go to, for the interface address toward it. */
function serverHost(settings: NameSettings): string {
  if (settings.protocol === "rfc2136") return settings.values.server;
  var parsed = parseHttpUrl(settings.values.server || DEFAULT_SERVERS[settings.protocol]);
  return parsed.ok ? parsed.target.host : "";
}

function statusPath(env: NamesEnvironment, name: string): string {
  return env.dataDir + statusFileName(name);
}

function readNameStatus(env: NamesEnvironment, out: Output, path: string): NameStatus | null {
  return readStatusFile(env.readFile, out, path, "", parseNameStatus);
}

function saveNameStatus(env: NamesEnvironment, out: Output, name: string, status: NameStatus): void {
  var path = statusPath(env, name);
  var problem = env.writeWhole(path, serializeNameStatus(status));
  if (problem !== null) out.warn("could not write the status file " + path + " (" + problem + ")");
}

function when(env: NamesEnvironment, unixSeconds: number): string {
  var ms = unixSeconds * 1000;
  return ago(ms, env.now()) + " (" + timestamp(ms, env.offsetMinutes(ms)) + ")";
}

/** A marker for an address found at run time, replaced in -n's lines (it survives percent-encoding). */
var AT_RUN_TIME = "X0ADDRESS0X";

function dryRunName(env: NamesEnvironment, settings: NameSettings, out: Output): number {
  var sources: string[] = [];
  for (var i = 0; i < settings.address.length; i++) sources.push(sourceWord(settings.address[i]));
  var first = settings.address[0];
  var shown = first.kind === "literal" ? first.address : first.kind === "provider" ? "" : AT_RUN_TIME;
  var lines = [
    "dry run of [" + settings.section + "] (" + settings.path + "): " + settings.protocol + ", nothing is sent",
    "  address  " + sources.join(", ") + "   (" + settings.addressOrigin + "; the first that gives an IPv4 address"
      + (settings.checkip ? "; checkip " + settings.checkip : "") + ")",
    "  timeout  " + settings.timeout + " s for this name; sent again unchanged after " + settings.refreshDays + " days",
    "  status   " + statusPath(env, settings.name) + " (a run writes it; -n does not)",
  ];
  var requests = PROTOCOL_OF[settings.protocol].describe(settings, shown);
  for (var r = 0; r < requests.length; r++) {
    lines.push("  request  " + requests[r].split(AT_RUN_TIME).join("<address>") + (first.kind === "provider" ? "   (no address: the provider uses the one the request comes from)" : ""));
  }
  for (var l = 0; l < lines.length; l++) out.print(lines[l]);
  return EXIT_OK;
}

function statusName(env: NamesEnvironment, settings: NameSettings, out: Output): number {
  var path = statusPath(env, settings.name);
  var status = readNameStatus(env, out, path);
  var lines: string[] = [];
  if (!status) lines.push("no run of dyndns.js recorded for " + settings.name + " in " + path);
  else {
    lines.push("status of " + settings.name + " (" + status.protocol + ", " + path + ")");
    var good = status.last_good;
    lines.push(good ? "  last update " + when(env, good.time) + ": " + (good.address || "the address the request came from") + " (" + good.answer + ")" : "  last update: none recorded");
    lines.push(status.last_failure ? "  last failure " + when(env, status.last_failure.time) + ": " + status.last_failure.message : "  last failure: none recorded");
    lines.push("  last run " + when(env, status.last.time) + ": exit status " + status.last.exit + " after " + (status.last.duration_ms / 1000).toFixed(1) + " s: " + status.last.message);
    if (status.stopped) {
      lines.push("  stopped after " + status.stopped.answer + " " + when(env, status.stopped.time) + (status.stopped.fingerprint === settings.fingerprint
        ? ": nothing is sent until the settings of [" + settings.section + "] change" : "; the settings changed since, so the next run sends"));
    }
    if (status.not_before !== null && status.not_before * 1000 > env.now()) lines.push("  waiting: nothing is sent before " + timestamp(status.not_before * 1000, env.offsetMinutes(status.not_before * 1000)));
  }
  var dns = env.resolveAll(settings.name);
  lines.push(dns === null || !dns.length ? "DNS now: " + settings.name + " does not resolve" : "DNS now: " + settings.name + " resolves to " + dns.join(", "));
  for (var i = 0; i < lines.length; i++) out.print(lines[i]);
  return EXIT_OK;
}

function finish(env: NamesEnvironment, out: Output, settings: NameSettings, previous: NameStatus | null, startedAt: number, r: ProviderResult, address: string): number {
  var run: NameRun = {
    time: Math.floor(startedAt / 1000), duration_ms: Math.max(0, Math.round(env.now() - startedAt)), exit: r.exit, outcome: r.outcome,
    address: r.address || address, answer: r.answer, message: r.message,
  };
  var effect: { stop?: boolean; waitUntil?: number; nochg?: boolean } = {};
  if (r.stop) effect.stop = true;
  if (r.waitMs !== undefined) effect.waitUntil = Math.ceil((env.now() + r.waitMs) / 1000);
  if (r.nochg && address === "") effect.nochg = true;
  var next = nextNameStatus(previous, settings.name, settings.protocol, settings.fingerprint, run, effect);
  if (r.exit === EXIT_OK) out.print(r.message);
  else out.error(r.message);
  if (next.nochg_in_a_row >= 2) {
    out.warn("the provider answered \"no change\" " + next.nochg_in_a_row + " runs in a row for the address it found itself; providers take repeated"
      + " no-change updates for abuse: set address to service or checkip, so that the module sends only when the address changes");
  }
  saveNameStatus(env, out, settings.name, next);
  return r.exit;
}

function updateName(env: NamesEnvironment, settings: NameSettings, out: Output): number {
  var startedAt = env.now();
  var untilMs = startedAt + settings.timeout * 1000;
  var previous = readNameStatus(env, out, statusPath(env, settings.name));
  var found = findAddress(settings, serverHost(settings), env, untilMs);
  for (var t = 0; t < found.tried.length; t++) out.info("address from " + found.tried[t]);
  if (!found.ok) {
    return finish(env, out, settings, previous, startedAt, { outcome: "failed", exit: 1, address: "", answer: "no address",
      message: "no address to publish: " + found.tried.join("; ") }, "");
  }
  var address = found.address;
  out.info("address " + (address === null ? "left to the provider" : address + " (from " + found.source + ")"));
  var decision = decide(previous, settings.fingerprint, address, env.now(), settings.refreshDays, function (s: number): string { return when(env, s); });
  if (!decision.send) {
    if (decision.exit === EXIT_OK) out.print(decision.message);
    else out.error(decision.message);
    var kept = nextNameStatus(previous, settings.name, settings.protocol, settings.fingerprint, {
      time: Math.floor(startedAt / 1000), duration_ms: Math.max(0, Math.round(env.now() - startedAt)), exit: decision.exit,
      outcome: decision.outcome, address: address || "", answer: (previous as NameStatus).last.answer, message: decision.message,
    }, {});
    saveNameStatus(env, out, settings.name, kept);
    return decision.exit;
  }
  out.info("sending through " + settings.protocol);
  var lastPublished = previous && previous.fingerprint === settings.fingerprint && previous.last_good ? previous.last_good.address || null : null;
  var r = PROTOCOL_OF[settings.protocol].update({ settings: settings, address: address, untilMs: untilMs, lastPublished: lastPublished }, env);
  return finish(env, out, settings, previous, startedAt, r, address || "");
}

/** Runs each extra name in turn; the worst exit status of them all. */
export function runNames(sections: NameSection[], mode: NamesMode, env: NamesEnvironment): number {
  var worst = EXIT_OK;
  for (var i = 0; i < sections.length; i++) {
    var checked = checkNameSection(sections[i]);
    var exit: number;
    if (!checked.ok) {
      env.out.error(checked.error);
      exit = EXIT_USAGE;
    } else {
      var settings = checked.settings;
      var out = nameOutput(env.out, settings.name + ": ", settings.secrets);
      if (mode === "dry") exit = dryRunName(env, settings, nameOutput(env.out, "", settings.secrets));
      else if (mode === "status") exit = statusName(env, settings, nameOutput(env.out, "", settings.secrets));
      else exit = updateName(env, settings, out);
    }
    if (exit > worst) worst = exit;
  }
  return worst;
}

