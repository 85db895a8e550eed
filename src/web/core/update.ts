import { RRType } from "../../shared/core/dns/types";
import { normalName } from "../../shared/core/dns/names";
import {
  ABUSE, BADAGENT, BADAUTH, DNSERR, GOOD, MAX_HOSTNAMES, NOCHG, NOHOST, NOTFQDN, NUMHOST, SERVER_ERROR,
} from "../../shared/core/dyndns2";
import { isDnsLabel, isHostName } from "../../shared/core/hostname";
import { isIpv4 } from "../../shared/core/ipv4";
import { isIpv6 } from "../../shared/core/ipv6";
import { escapeControl, hasControl, quote } from "../../shared/core/text";
import { Account, Accounts, aliasProblem, qwkProblem, sysopProblem } from "../../hub/core/authorize";
import { addressProblem } from "../../hub/core/addresses";
import { AuditRecord, AuditResult, auditLine } from "../../hub/core/audit";
import { viewOf, wantedSets } from "../../hub/core/changes";
import { publishWanted } from "../../hub/core/publish";
import { ownerOf, sourceIpv4, Wanted, wantedSet } from "../../hub/core/records";
import { RawServiceSettings, ServiceSettings, validateServiceSettings } from "../../hub/core/settings";
import { Hub } from "../../hub/core/types";
import { parseQueryString, parseUpdate, UpdateRequest } from "./request";
import { Reply, textReply } from "./reply";

/** Everything one request needs from the web server, so that the core never touches a global. */
export interface UpdateEnvironment extends Hub {
  readSettings(): RawServiceSettings;
  accounts: Pick<Accounts, "matchAlias">;
  /** The account the web server logged in from the request's Basic auth; null: the request had no credentials. */
  account: Account | null;
  /** The query string as sent (http_request.query_string; "" when there was none). */
  queryString: string;
  /** The User-Agent header ("" when there was none). */
  userAgent: string;
  /** The address the request came from (http_request.remote_ip). */
  sourceAddress: string;
  /** Appends one line to the audit log; null when done, else why not. */
  audit(line: string): string | null;
}

/** The realm a client is asked to log in to: the same accounts as the 8467 service's. */
var REALM = "DynDNS";
var UNAUTHORIZED = "401 Unauthorized";

/** One host name's outcome: the line the client reads, and what the audit and the log keep. */
interface Outcome {
  line: string;
  result: AuditResult;
  reason: string | null;
  /** For the log line only (what was published). */
  detail?: string;
  /** It failed on the hub's side (its DNS server, its settings, another update under way), or a rate limit holds it for a while: the client should try again later. */
  later?: boolean;
}

/**
 * The status when every host name failed on the hub's side, or was refused only for a while
 * (min_interval, hourly_cap): inadyn takes any answer of status 200 that is not a success as
 * the end of its work and exits, and tries again later only after a 5xx; ddclient tries again
 * after any failure (docs/dyndns2-clients.md).
 */
var TRY_LATER = "503 Service Unavailable";

/**
 * GET /nic/update (dyndns2): who asks, then each host name in request order, each
 * updated on its own through the hub's core (the same accounts, records, limits,
 * DNS core and audit log as the 8467 service). One line per host name; `badauth`
 * and `badagent` once for the whole request. Every request leaves an audit line per
 * host name (or one, when it is refused as a whole).
 */
export function updateNames(env: UpdateEnvironment): Reply {
  var time = new Date(env.now()).toISOString();
  var account = env.account;

  function audit(id: string | null, outcome: Outcome, old: AuditRecord["old"], wanted: AuditRecord["new"]): void {
    var record: AuditRecord = {
      time: time, front: "dyndns2", id: id, address: env.sourceAddress, result: outcome.result, reason: outcome.reason, old: old, new: wanted,
    };
    var problem = env.audit(auditLine(record));
    if (problem) env.log.error("audit log: " + problem);
    var log = outcome.result === "failed" ? env.log.error : outcome.result === "refused" ? env.log.notice : env.log.info;
    log("dyndns2 " + (id === null ? "(no name)" : quote(id)) + " from " + env.sourceAddress + ": " + outcome.result
      + (outcome.reason ? ": " + escapeControl(outcome.reason) : "") + (outcome.detail ? ": " + outcome.detail : ""));
  }
  /** The whole request refused or failed with one line. */
  function once(line: string, result: AuditResult, reason: string, status?: string): Reply {
    audit(account ? account.alias : null, { line: line, result: result, reason: reason }, null, null);
    var reply = textReply(status || "200 OK", [line]);
    if (status === UNAUTHORIZED) reply.headers["WWW-Authenticate"] = "Basic realm=\"" + REALM + "\"";
    return reply;
  }

  var checked = validateServiceSettings(env.readSettings());
  for (var w = 0; w < checked.warnings.length; w++) env.log.warn(checked.warnings[w]);
  if (!checked.ok) {
    for (var p = 0; p < checked.problems.length; p++) env.log.error(checked.problems[p]);
    return once(SERVER_ERROR, "failed", "the service's settings are not valid", TRY_LATER);
  }
  var settings = checked.settings;

  // A wrong password never gets here: the web server answers 401 itself and counts a failed login.
  if (!account) return once(BADAUTH, "refused", "no user name and password (Basic auth)", UNAUTHORIZED);
  if (env.userAgent.trim() === "") return once(BADAGENT, "refused", "no User-Agent");
  var notMember = sysopProblem(account) || qwkProblem(account);
  if (notMember) return once(BADAUTH, "refused", notMember.log);

  var request = parseUpdate(parseQueryString(env.queryString));
  if (request.hostnames.length === 0) return once(NOTFQDN, "refused", "no hostname");
  if (request.hostnames.length > MAX_HOSTNAMES) {
    return once(NUMHOST, "refused", request.hostnames.length + " host names in one request (at most " + MAX_HOSTNAMES + ")");
  }

  var lines: string[] = [];
  var done: { [name: string]: Outcome } = {};
  var later = true;
  for (var h = 0; h < request.hostnames.length; h++) {
    var name = normalName(request.hostnames[h]);
    // The same name twice is answered twice, updated once.
    if (!done.hasOwnProperty(name)) done[name] = updateOne(env, settings, account, request, request.hostnames[h], audit);
    lines.push(done[name].line);
    later = later && done[name].later === true;
  }
  return textReply(later ? TRY_LATER : "200 OK", lines);
}

type Audit = (id: string | null, outcome: Outcome, old: AuditRecord["old"], wanted: AuditRecord["new"]) => void;

/** One host name of the request: its outcome, audited. */
function updateOne(env: UpdateEnvironment, settings: ServiceSettings, account: Account, request: UpdateRequest, sent: string, audit: Audit): Outcome {
  // isHostName refuses every byte but letters, digits, hyphens and dots: control and 8-bit bytes included.
  var name = normalName(sent);
  if (!isHostName(name) || name.indexOf(".") < 0) {
    return refused(audit, sent, NOTFQDN, "hostname " + quote(sent) + " is not a fully qualified domain name");
  }
  var suffix = "." + settings.zone;
  var id = name.slice(0, -suffix.length);
  if (name.slice(-suffix.length) !== suffix || !isDnsLabel(id)) return refused(audit, name, NOHOST, name + " is not <id>." + settings.zone);
  var notOurs = settings.reserved.indexOf(id) >= 0 ? "the name " + id + " is reserved" : aliasProblem(env.accounts, account, id);
  if (notOurs) return refused(audit, id, NOHOST, notOurs);

  var owner = ownerOf(id, settings.zone);
  var records = wantedRecords(env, settings, request, owner);
  if (!records.ok) return refused(audit, id, DNSERR, records.reason);
  var wanted = records.wanted;
  var published = publishWanted(env, settings, id, owner, wanted);
  var old = published.old ? viewOf(owner, published.old) : null;
  var asked = viewOf(owner, wantedSets(wanted));
  var shown = records.addresses.length ? " " + records.addresses.join(",") : "";
  var outcome: Outcome = published.result === "updated" ? { line: GOOD + shown, result: "updated", reason: null, detail: published.detail }
    : published.result === "unchanged" ? { line: NOCHG + shown, result: "unchanged", reason: null }
    : published.result === "failed" ? { line: DNSERR, result: "failed", reason: published.reason, later: true }
    // Another update of the id under way: a moment on our side, to be tried again later.
    : published.limit === "busy" ? { line: SERVER_ERROR, result: "refused", reason: published.log, later: true }
    // min_interval and hourly_cap lift by themselves: later (inadyn sends A and AAAA in two
    // requests, the second within min_interval); nochg_limit is the client's fault until it stops.
    : { line: ABUSE, result: "refused", reason: published.log, later: published.limit === "rate" };
  audit(id, outcome, old, asked);
  return outcome;
}

/** A host name refused before any DNS work: nothing read, nothing asked for. */
function refused(audit: Audit, id: string, line: string, reason: string): Outcome {
  var outcome: Outcome = { line: line, result: "refused", reason: reason };
  audit(id, outcome, null, null);
  return outcome;
}

type Records = { ok: true; wanted: Wanted[]; addresses: string[] } | { ok: false; reason: string };

/**
 * The record sets this request decides for `owner`; every other set is kept as it is
 * (a dyndns2 client never states TXT or LOC, and a router that sends only hostname
 * and myip must not remove the MX or the wildcard a member set through 8467).
 */
function wantedRecords(env: UpdateEnvironment, settings: ServiceSettings, request: UpdateRequest, owner: string): Records {
  var wanted: Wanted[] = [];
  var ttl = settings.ttl;
  function set(name: string, type: RRType, rdata: string[]): void {
    wanted.push(wantedSet(name, type, rdata, ttl));
  }
  if (request.invalid.length) return { ok: false, reason: "myip " + quote(request.invalid[0]) + " is not an IPv4 or IPv6 address" };
  if (request.ipv4.length > 1 || request.ipv6.length > 1) {
    return { ok: false, reason: "more than one address of a kind (" + request.ipv4.concat(request.ipv6).join(", ") + "): one A and one AAAA at most" };
  }
  var ipv4 = request.ipv4.length ? request.ipv4[0] : null;
  var ipv6 = request.ipv6.length ? request.ipv6[0] : null;
  var addresses: string[] = [];
  if (request.offline) {
    // Offline: the name stops resolving; its other records stay for when it comes back.
    set(owner, "A", []);
    set(owner, "AAAA", []);
  } else {
    if (ipv4 === null && ipv6 === null) {
      // No address at all: the one the request came from, in its own family (the other is kept).
      var source = sourceIpv4(env.sourceAddress);
      if (source !== null) ipv4 = source;
      else if (isIpv6(env.sourceAddress)) ipv6 = env.sourceAddress;
    }
    var given = [ipv4, ipv6];
    for (var i = 0; i < 2; i++) {
      var address = given[i];
      if (address === null) continue;
      var problem = addressProblem(address, settings.allowPrivate);
      if (problem) return { ok: false, reason: "the address " + address + " is " + problem };
      set(owner, isIpv4(address) ? "A" : "AAAA", [address]);
      addresses.push(address);
    }
    if (addresses.length === 0) return { ok: false, reason: "no address given and the request came from " + env.sourceAddress };
  }
  if (request.wildcard !== null) set("*." + owner, "CNAME", request.wildcard ? [owner] : []);
  if (request.mx !== null) {
    if (hasControl(request.mx) || !isHostName(request.mx)) return { ok: false, reason: "mx " + quote(request.mx) + " is not a host name" };
    var exchanger = normalName(request.mx);
    // backmx: the host itself takes mail first, the mx after it (Dyn's "backup MX").
    set(owner, "MX", request.backmx ? [settings.mxPreference + " " + owner, Math.min(65535, settings.mxPreference + 10) + " " + exchanger]
      : [settings.mxPreference + " " + exchanger]);
  }
  return { ok: true, wanted: wanted, addresses: addresses };
}
