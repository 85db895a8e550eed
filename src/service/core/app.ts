import { Connection } from "../../shared/core/connection";
import { OK } from "../../shared/core/protocol";
import { escapeControl, quote } from "../../shared/core/text";
import { askPrompts } from "./session";
import { Accounts, authorize, idProblem } from "../../hub/core/authorize";
import { recordsFrom } from "../../hub/core/records";
import { viewOf, wantedSets } from "../../hub/core/changes";
import { publishWanted } from "../../hub/core/publish";
import { DnsServer, HubLog, StateStore } from "../../hub/core/types";
import { AuditRecord, AuditResult, auditLine } from "../../hub/core/audit";
import { RawServiceSettings, validateServiceSettings } from "../../hub/core/settings";

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
  log: HubLog;
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
    time: new Date(env.now()).toISOString(), front: "8467", id: null, address: env.sourceAddress, result: "failed", reason: null, old: null, new: null,
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

  var published = publishWanted(env, settings, id.toLowerCase(), records.owner, records.wanted);
  if (published.old) record.old = viewOf(records.owner, published.old);
  if (published.result === "updated") return finish("updated", OK, null, env.log.info, published.detail);
  if (published.result === "unchanged") return finish("unchanged", OK, null, env.log.info);
  if (published.result === "refused") return finish("refused", published.reply, published.log, env.log.notice);
  return finish("failed", DNS_UNAVAILABLE, published.reason, env.log.error);
}
