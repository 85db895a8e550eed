import { isDnsLabel } from "../../shared/core/hostname";
import { AuditRecord, parseAuditLine } from "../../hub/core/audit";
import { Account, Accounts, aliasProblem, qwkProblem, sysopProblem } from "../../hub/core/authorize";
import { ownerOf } from "../../hub/core/records";
import type { DnsServerSettings } from "../../shared/core/dns/types";
import { RawServiceSettings, ServiceSettings, validateServiceSettings } from "../../hub/core/settings";
import { DnsServer, HubLog } from "../../hub/core/types";
import { Query } from "../../web/core/request";
import { Reply } from "../../web/core/reply";
import { AuditIndex, emptyIndex, IdSummary, idKey, parseIndex, Refreshed, refreshIndex } from "./auditIndex";
import { h, htmlPage, link, when } from "./html";
import { DnsView, filterOf, hubPage, pageOf } from "./hubPage";
import { ByteSource, lineAt } from "./logLines";
import { namePage, Viewer } from "./namePage";

/** The audit log opened for reading: read by offset, then closed. */
export interface OpenLog extends ByteSource {
  close(): void;
}

/** Everything one page needs from the web server, so that the core never touches a global. */
export interface PagesEnvironment {
  now(): number;
  readSettings(): RawServiceSettings;
  /** The account the web server logged in from the request's Basic auth; null: the request had none. */
  account: Account | null;
  accounts: Pick<Accounts, "matchAlias">;
  /** The accounts of the user database that are neither deleted nor inactive (the hub's page lists the members among them). */
  members(): Account[];
  /** The zone's primary DNS server (only read here). */
  dns: Pick<DnsServer, "currentRecords">;
  /** The audit log, or null when there is none yet. */
  openLog(): OpenLog | null;
  /** The pages' index of the audit log (auditIndex.ts), kept between pages. */
  index: { read(): string | null; write(text: string): string | null };
  log: HubLog;
  /** The path below the pages' directory ("", "/hub", "/name/vert"), and the directory's own ("/dyndns"). */
  pathInfo: string;
  base: string;
  query: Query;
}

/**
 * The longest a page waits for the DNS server, in seconds (dns_timeout when that is shorter): a person
 * is waiting, and a page that says the DNS server did not answer is more use than one that hangs.
 */
export var PAGE_DNS_TIMEOUT = 2;

/** The hub's DNS settings with at most PAGE_DNS_TIMEOUT for the exchange. */
function pageDns(settings: ServiceSettings): DnsServerSettings {
  var dns = settings.dns;
  return { server: dns.server, port: dns.port, transport: dns.transport, key: dns.key, zone: dns.zone, timeoutSeconds: Math.min(dns.timeoutSeconds, PAGE_DNS_TIMEOUT) };
}

/** The realm a browser is asked to log in to: the same accounts as the rest of the hub's. */
var REALM = "DynDNS";

/**
 * Every page is HTML made here, ASCII, with nothing from elsewhere: the policy lets no script run
 * and nothing load, whatever a page shows; nothing is cached (a member's page is theirs alone).
 */
var HEADERS: { [name: string]: string } = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};

function reply(status: string, title: string, heading: string, intro: string, body: string): Reply {
  var headers: { [name: string]: string } = {};
  for (var name in HEADERS) if (HEADERS.hasOwnProperty(name)) headers[name] = HEADERS[name];
  return { status: status, headers: headers, body: htmlPage(title, heading, intro, body) };
}

function message(status: string, heading: string, text: string): Reply {
  return reply(status, "DynDNS: " + heading, h(heading), "", "<p>" + text + "</p>");
}

/** The pages' directory from the script's own path below the web root: "/dyndns/index.ssjs" is "/dyndns". */
export function basePath(scriptPath: string): string {
  return scriptPath.slice(0, scriptPath.lastIndexOf("/"));
}

/** Which page a path asks for. */
type Route = { page: "own" } | { page: "hub" } | { page: "name"; id: string } | { page: "none" };

function route(pathInfo: string): Route {
  var path = pathInfo.replace(/\/+$/, "");
  if (path === "") return { page: "own" };
  if (path === "/hub") return { page: "hub" };
  var name = /^\/name\/([^\/]+)$/.exec(path);
  return name ? { page: "name", id: name[1] } : { page: "none" };
}

/**
 * One request to the pages. A member (the account rule of the hub: a QWKnet account with a
 * password and no sysop rights) sees the page of their own name, and nothing else; an account
 * with sysop rights sees the hub's page and every name's. No credentials: the browser is asked
 * for them (401). A wrong password never gets here: the web server answers it itself.
 */
export function servePage(env: PagesEnvironment): Reply {
  var account = env.account;
  if (!account) {
    var challenge = message("401 Unauthorized", "Log in", "Log in with your user name on this BBS (a member: your QWK-ID) and your password.");
    challenge.headers["WWW-Authenticate"] = "Basic realm=\"" + REALM + "\"";
    return challenge;
  }
  var where = route(env.pathInfo);
  if (where.page === "none") return message("404 Not Found", "Not found", "This directory has the page of your name and, for the sysop, the hub's page.");
  var sysop = sysopProblem(account) !== null;
  if (!sysop) {
    var notMember = qwkProblem(account);
    if (notMember) {
      return message("403 Forbidden", "Not a member", "These pages are for the QWKnet members of this BBS: the account " + h(account.alias)
        + " is not one (" + (notMember.noPassword ? "it has no password" : "it has no QWK restriction") + "). Its sysop can change that.");
    }
    if (where.page === "hub") return message("403 Forbidden", "For the sysop only", "The hub's page is for this BBS's sysop. Yours is " + link(env.base + "/", "here") + ".");
    if (where.page === "name" && where.id.toLowerCase() !== account.alias.toLowerCase()) {
      return message("403 Forbidden", "Not your name", "You can see the page of your own name only: " + link(env.base + "/", "here") + ".");
    }
  } else if (where.page === "own") {
    var moved = message("303 See Other", "The hub's page", "You are this BBS's sysop: " + link(env.base + "/hub", "the hub's page") + ".");
    moved.headers.Location = env.base + "/hub";
    return moved;
  }

  var checked = validateServiceSettings(env.readSettings());
  if (!checked.ok) {
    for (var p = 0; p < checked.problems.length; p++) env.log.error(checked.problems[p]);
    var problems = sysop ? ": <code>" + h(checked.problems.join("; ")) + "</code>" : "; its sysop has been told";
    return message("503 Service Unavailable", "Not set up", "The hub's settings are not valid" + problems + ".");
  }
  var settings = checked.settings;
  var log = env.openLog();
  try {
    var indexed = currentIndex(env, log);
    var index = indexed.index;
    if (where.page === "hub") return hub(env, settings, account, index, indexed.notice);
    var id = where.page === "name" ? where.id : account.alias;
    var bad = !isDnsLabel(id) ? "is not a DNS label" : settings.reserved.indexOf(id.toLowerCase()) >= 0 ? "is reserved" : null;
    if (bad) return message(where.page === "name" ? "404 Not Found" : "200 OK", "No such name", "<code>" + h(id) + "</code> " + bad + ": it is no name of this hub.");
    if (!sysop && aliasProblem(env.accounts, account, id)) {
      return message("403 Forbidden", "Not your name", "The account " + h(account.alias) + " is not the only one of that alias here; ask the sysop.");
    }
    return name(env, settings, account, sysop ? "sysop" : "member", id, index, log, indexed.notice);
  } finally {
    if (log) log.close();
  }
}

/**
 * How long one page goes on reading the audit log into the index (auditIndex.ts): a page reads
 * what was added since the last one, a few lines, in a few ms; only the first page on a large log
 * (some 13 MB a second on SpiderMonkey 1.8.5) has more to read than this, and the next ones go on.
 */
export var INDEX_BUDGET_MS = 500;

/** The index brought up to date with the log (and kept, when it changed), and a notice when it is not there yet. */
function currentIndex(env: PagesEnvironment, log: OpenLog | null): { index: AuditIndex; notice: string } {
  if (!log) return { index: emptyIndex(), notice: "" };
  var refreshed: Refreshed;
  try {
    refreshed = refreshIndex(parseIndex(env.index.read()), log, env.now, INDEX_BUDGET_MS);
  } catch (e) {
    // An index this code cannot use (edited by hand, or left by another version of it) is built again.
    env.log.warn("the pages' index of the audit log could not be used (" + e + "): it is built again");
    refreshed = refreshIndex(null, log, env.now, INDEX_BUDGET_MS);
  }
  if (refreshed.bytesRead > 0 || refreshed.rebuilt) {
    var problem = env.index.write(JSON.stringify(refreshed.index));
    if (problem) env.log.warn("the pages' index of the audit log: " + problem);
  }
  var index = refreshed.index;
  var notice = refreshed.complete ? "" : "<p class=\"notice\">These pages are still reading the hub's log: " + megabytes(index.size) + " of "
    + megabytes(log.size) + " MB so far" + (index.latest ? ", up to " + when(index.latest, env.now()) : "") + ". Reload in a moment for the rest.</p>";
  return { index: index, notice: notice };
}

function megabytes(bytes: number): string {
  return String(Math.round(bytes / 104857.6) / 10);
}

/** The sessions whose lines start at these offsets (those of the id), latest first. */
function sessionsOf(log: OpenLog | null, summary: IdSummary | null): AuditRecord[] {
  var out: AuditRecord[] = [];
  if (!log || !summary) return out;
  for (var i = summary.recent.length - 1; i >= 0; i--) {
    var line = lineAt(log, summary.recent[i]);
    var record = line === null ? null : parseAuditLine(line);
    if (record && record.id !== null && idKey(record.id) === idKey(summary.id)) out.push(record);
  }
  return out;
}

function name(env: PagesEnvironment, settings: ServiceSettings, account: Account, viewer: Viewer, id: string, index: AuditIndex, log: OpenLog | null,
  notice: string): Reply {
  var owner = ownerOf(id, settings.zone);
  var key = idKey(id);
  var summary = index.ids.hasOwnProperty(key) ? index.ids[key] : null;
  var body = namePage({
    owner: owner, summary: summary, sessions: sessionsOf(log, summary), dns: env.dns.currentRecords(pageDns(settings), [owner, "*." + owner]),
    now: env.now(), staleDays: settings.staleDays, viewer: viewer,
  });
  var intro = viewer === "member" ? "<p>Your host name on this hub, as " + h(account.alias) + ".</p>"
    : "<p>A member's name, seen by the sysop " + h(account.alias) + ". " + link(env.base + "/hub", "Back to the hub's page") + ".</p>";
  return reply("200 OK", "DynDNS: " + owner, h(owner), intro, notice + body);
}

function hub(env: PagesEnvironment, settings: ServiceSettings, account: Account, index: AuditIndex, notice: string): Reply {
  var all = env.members();
  var ids: string[] = [];
  for (var i = 0; i < all.length; i++) {
    var a = all[i];
    if (sysopProblem(a) || qwkProblem(a) || !isDnsLabel(a.alias) || settings.reserved.indexOf(a.alias.toLowerCase()) >= 0) continue;
    ids.push(a.alias);
  }
  ids.sort(function (x, y) { return x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0; });
  var body = hubPage({
    zone: settings.zone, members: ids, index: index,
    readDns: function (names: string[]): DnsView { return env.dns.currentRecords(pageDns(settings), names, ["A", "AAAA"]); },
    now: env.now(), staleDays: settings.staleDays, filter: filterOf(env.query.state || []), page: pageOf(env.query.page || []), base: env.base,
  });
  return reply("200 OK", "DynDNS hub: " + settings.zone, "DynDNS hub: " + h(settings.zone),
    "<p>Logged in as " + h(account.alias) + ", this BBS's sysop. A name is stale after " + settings.staleDays + " days without an update that went through (<code>stale_days</code>).</p>", notice + body);
}
