import type { DnsOutcome, DnsServerSettings } from "./dns/types";
import { RRset, UpdatePlan } from "./dns/types";
import { Connection } from "../../shared/core/connection";
import { OK } from "../../shared/core/protocol";
import { escapeControl, quote } from "../../shared/core/text";
import { askPrompts } from "./session";
import { Accounts, authorize, idProblem } from "./authorize";
import { recordsFrom, Wanted } from "./records";
import { describePlan, planChanges, viewOf, wantedSets } from "./changes";
import { decideRate, parseRateState, RateState, recordWrite, restamped } from "./rateLimit";
import { AuditRecord, AuditResult, auditLine } from "./audit";
import { RawServiceSettings, ServiceSettings, validateServiceSettings } from "./settings";

/** Log levels the service uses; the host maps them to Synchronet's log(). */
export interface ServiceLog {
  error(text: string): void;
  warn(text: string): void;
  notice(text: string): void;
  info(text: string): void;
  debug(text: string): void;
}

/** The DNS server, as the contract of src/service/host/dnsServer.ts offers it. */
export interface DnsServer {
  currentRecords(settings: DnsServerSettings, names: string[]): { ok: true; rrsets: RRset[] } | { ok: false; reason: string };
  publish(settings: DnsServerSettings, plan: UpdatePlan): DnsOutcome;
}

/** Per-id state kept between sessions (the rate limits), and a lock so that one id has one session at a time. */
export interface StateStore {
  /** False when another session of this id holds the lock. */
  lock(id: string): boolean;
  unlock(id: string): void;
  /** The id's state as written last, or null. */
  read(id: string): string | null;
  /** Writes it whole; null when done, else why not. */
  write(id: string, text: string): string | null;
}

/** Everything one session needs from its host, so that the core never touches a global. */
export interface ServiceEnvironment {
  now(): number;
  readSettings(): RawServiceSettings;
  /** The client's connection (client.socket). */
  connection: Connection;
  /** The address it came from (client.ip_address). */
  sourceAddress: string;
  accounts: Accounts;
  dns: DnsServer;
  state: StateStore;
  /** Appends one line to the audit log; null when done, else why not. */
  audit(line: string): string | null;
  log: ServiceLog;
}

var MISCONFIGURED = "error: this DynDNS service is not set up correctly; its sysop has been told";
var DNS_UNAVAILABLE = "error: the DNS server could not be reached or refused the service; its sysop has been told";

/**
 * One session of the DynDNS service: the nine prompts, then who may update
 * what, then the records, then the DNS server; the client hears `ok` or one
 * line saying why not, and the audit log gets one line whatever happens.
 */
export function serve(env: ServiceEnvironment): AuditResult {
  var conn = env.connection;
  var record: AuditRecord = {
    time: new Date(env.now()).toISOString(), id: null, address: env.sourceAddress, result: "failed", reason: null, old: null, new: null,
  };

  /** `detail`: for the log line only (what was published). */
  function finish(result: AuditResult, reply: string | null, reason: string | null, log: (text: string) => void, detail?: string): AuditResult {
    // The record is written before the client hears the outcome: once it has its answer, the audit log has the session.
    record.result = result;
    record.reason = reason;
    var problem = env.audit(auditLine(record));
    if (problem) env.log.error("audit log: " + problem);
    var who = (record.id === null ? "(no id)" : quote(record.id)) + " from " + env.sourceAddress;
    log(who + ": " + result + (reason ? ": " + escapeControl(reason) : "") + (detail ? ": " + detail : ""));
    if (reply !== null) conn.sendLine(reply);
    conn.close();
    return result;
  }

  var checked = validateServiceSettings(env.readSettings());
  for (var w = 0; w < checked.warnings.length; w++) env.log.warn(checked.warnings[w]);
  if (!checked.ok) {
    for (var p = 0; p < checked.problems.length; p++) env.log.error(checked.problems[p]);
    return finish("failed", MISCONFIGURED, "the service's settings are not valid", env.log.error);
  }
  var settings = checked.settings;

  var asked = askPrompts(conn, env.now, settings.answerTimeout * 1000);
  if (!asked.ok) {
    if (asked.answers.hasOwnProperty("id?")) record.id = asked.answers["id?"];
    var what = asked.detail + " at " + asked.prompt;
    if (asked.why === "timeout") {
      return finish("failed", "error: no answer to " + asked.prompt + " within " + settings.answerTimeout + " s", what, env.log.notice);
    }
    if (asked.why === "too-long") return finish("refused", "refused: the answer to " + asked.prompt + " is too long", what, env.log.notice);
    return finish("failed", null, what, env.log.notice);
  }
  var answers = asked.answers;
  var id = answers["id?"].trim();
  record.id = id;
  var bad = idProblem(id, settings.reserved);
  if (bad && !bad.ok) return finish("refused", bad.reply, bad.log, env.log.notice);

  var decision = authorize(env.accounts, id, answers["pw?"]);
  if (!decision.ok) return finish("refused", decision.reply, decision.log, env.log.notice);

  var records = recordsFrom(id, answers, env.sourceAddress, settings);
  if (!records.ok) return finish("refused", records.reply, records.reply.replace(/^refused: /, ""), env.log.notice);
  record.new = viewOf(records.owner, wantedSets(records.wanted));

  var key = id.toLowerCase();
  if (!env.state.lock(key)) {
    return finish("refused", "refused: another update of " + key + " is under way; try again in a minute", "busy", env.log.notice);
  }
  try {
    return publishRecords(env, settings, key, records.owner, records.wanted, record, finish);
  } finally {
    env.state.unlock(key);
  }
}

type Finish = (result: AuditResult, reply: string | null, reason: string | null, log: (text: string) => void, detail?: string) => AuditResult;

/** Reads the current records, and writes the change if there is one and the limits allow it. */
function publishRecords(
  env: ServiceEnvironment, settings: ServiceSettings, id: string, owner: string,
  wanted: Wanted[], record: AuditRecord, finish: Finish,
): AuditResult {
  var startedAt = env.now();
  var current = env.dns.currentRecords(settings.dns, [owner, "*." + owner]);
  if (!current.ok) return finish("failed", DNS_UNAVAILABLE, "reading the current records: " + current.reason, env.log.error);
  record.old = viewOf(owner, current.rrsets);
  var plan = planChanges(settings.zone, wanted, current.rrsets);
  if (plan.changes.length === 0) return finish("unchanged", OK, null, env.log.info);

  // Read once: the lock keeps other sessions of this id from writing it meanwhile.
  var rateState = parseRateState(env.state.read(id));
  var settled = restamped(rateState, env.now());
  if (settled) {
    rateState = settled;
    env.log.warn("rate-limit state of " + id + ": writes stamped after now (the clock was set back) are counted as made now");
    keepRateState(env, id, rateState);
  }
  var rate = decideRate(owner, rateState, env.now(), settings.minInterval, settings.hourlyCap);
  if (!rate.ok) return finish("refused", rate.reply, rate.log, env.log.notice);

  // The two exchanges share dns_timeout, so that the client never waits longer than that on the DNS server:
  // the update gets what the reading left, in tenths of a second rounded down, and is not started without any.
  var spent = env.now() - startedAt;
  var left = Math.floor((settings.dns.timeoutSeconds * 1000 - spent) / 100) / 10;
  if (left <= 0) {
    return finish("failed", DNS_UNAVAILABLE, "the update: not started, reading the current records took " + spent
      + " ms of dns_timeout (" + settings.dns.timeoutSeconds + " s)", env.log.error);
  }
  var dns: DnsServerSettings = {
    server: settings.dns.server, port: settings.dns.port, transport: settings.dns.transport, key: settings.dns.key,
    zone: settings.dns.zone, timeoutSeconds: left,
  };
  var outcome = env.dns.publish(dns, plan);
  if (!outcome.ok) return finish("failed", DNS_UNAVAILABLE, "the update: " + outcome.reason, env.log.error);
  keepRateState(env, id, recordWrite(rateState, env.now()));
  return finish("updated", OK, null, env.log.info, describePlan(owner, plan) + " (DNS " + (env.now() - startedAt) + " ms)");
}

/** Writes the id's rate-limit state; a failure is worth a warning, not the session. */
function keepRateState(env: ServiceEnvironment, id: string, state: RateState): void {
  var problem = env.state.write(id, JSON.stringify(state));
  if (problem) env.log.warn("rate-limit state of " + id + ": " + problem);
}
