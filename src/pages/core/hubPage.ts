import type { RRset } from "../../shared/core/dns/types";
import { ADVICE, reasonKind } from "../../hub/core/reasons";
import { ownerOf } from "../../hub/core/records";
import { countOf } from "../../shared/core/text";
import { AuditIndex, IdSummary, idKey } from "./auditIndex";
import { hourlyChart } from "./chart";
import { h, link, table, when } from "./html";
import { frontWords } from "./namePage";
import { badges, lastWeek, NameState, nameStates, STATES } from "./nameState";

/** The filter of the members' table: one state, or all. */
export type Filter = NameState | "all";

/** What the hub's page shows. */
export interface HubFacts {
  zone: string;
  /** The ids of the members (QWKnet accounts whose alias can be a name here), as the user database spells them. */
  members: string[];
  index: AuditIndex;
  /** The A and AAAA records of these names as the DNS server publishes them now, or why they could not be read. */
  readDns(owners: string[]): DnsView;
  now: number;
  staleDays: number;
  filter: Filter;
  /** Which page of the members' table (from 1). */
  page: number;
  /** Where the pages are (the directory's path, "/dyndns"): links are made from it. */
  base: string;
}

export type DnsView = { ok: true; rrsets: RRset[] } | { ok: false; reason: string };

/**
 * Rows of the members' table on one page: the DNS server is asked for the names of that page only
 * (two signed queries a name), which keeps the page quick on a hub of hundreds of members.
 */
export var PAGE_ROWS = 50;

/** Other ids (not a member's) with failures in the last week that the page lists, the most failing first. */
var OTHERS_SHOWN = 20;

/** The filter a query's `state` asks for; anything else is all. */
export function filterOf(words: string[]): Filter {
  var word = words.length ? words[words.length - 1] : "";
  for (var i = 0; i < STATES.length; i++) if (STATES[i].state === word) return STATES[i].state;
  return "all";
}

/** The page a query's `page` asks for: a whole number from 1, else 1. */
export function pageOf(words: string[]): number {
  var word = words.length ? words[words.length - 1] : "";
  return /^[1-9][0-9]{0,5}$/.test(word) ? parseInt(word, 10) : 1;
}

function summaryOf(index: AuditIndex, id: string): IdSummary | null {
  var key = idKey(id);
  return index.ids.hasOwnProperty(key) ? index.ids[key] : null;
}

/** The name's addresses, A first, one a line. */
function addresses(dns: DnsView, owner: string): string {
  if (!dns.ok) return "?";
  var out: string[] = [];
  var types = ["A", "AAAA"];
  for (var t = 0; t < types.length; t++) {
    for (var i = 0; i < dns.rrsets.length; i++) {
      var r = dns.rrsets[i];
      if (r.name === owner && r.type === types[t]) for (var v = 0; v < r.rdata.length; v++) out.push("<code>" + h(r.rdata[v]) + "</code>");
    }
  }
  return out.length ? out.join("<br>") : "none";
}

/** Failures of the last week, and how many of the latest in a row. */
function failures(s: IdSummary | null, now: number): string {
  var week = s ? lastWeek(s.failDays, now) : 0;
  var streak = s ? s.streak : 0;
  return week + (streak > 1 ? " (the last " + streak + " in a row)" : streak === 1 ? " (the latest)" : "");
}

function problem(s: IdSummary | null): string {
  if (!s || s.streak === 0) return "";
  return h(ADVICE[reasonKind(s.last.result, s.lastReason)].words) + (s.lastReason === null ? "" : "<br><small><code>" + h(s.lastReason) + "</code></small>");
}

function lastOk(s: IdSummary | null, now: number): string {
  return s && s.lastOk ? when(s.lastOk.time, now) + "<br><small>" + h(frontWords(s.lastOk.front)) + " from <code>" + h(s.lastOk.address) + "</code></small>" : "never";
}

/** The table's address for a filter and a page. */
function hubLink(base: string, filter: Filter, page: number): string {
  var query = (filter === "all" ? "" : "state=" + filter) + (page > 1 ? (filter === "all" ? "" : "&") + "page=" + page : "");
  return base + "/hub" + (query ? "?" + query : "");
}

/** The hub's page: every member name and its state, filters by state, the week's sessions per hour, the other ids that keep failing. */
export function hubPage(facts: HubFacts): string {
  var counts: { [state: string]: number } = {};
  var listed: { id: string; summary: IdSummary | null; states: NameState[] }[] = [];
  var members: { [key: string]: boolean } = {};
  for (var m = 0; m < facts.members.length; m++) {
    var id = facts.members[m];
    members[idKey(id)] = true;
    var s = summaryOf(facts.index, id);
    var states = nameStates(s, facts.now, facts.staleDays);
    for (var k = 0; k < states.length; k++) counts[states[k]] = (counts[states[k]] || 0) + 1;
    if (facts.filter === "all" || states.indexOf(facts.filter) >= 0) listed.push({ id: id, summary: s, states: states });
  }
  var pages = Math.max(1, Math.ceil(listed.length / PAGE_ROWS));
  var page = Math.min(facts.page, pages);
  var shownRows = listed.slice((page - 1) * PAGE_ROWS, page * PAGE_ROWS);
  var owners: string[] = [];
  for (var o = 0; o < shownRows.length; o++) owners.push(ownerOf(shownRows[o].id, facts.zone));
  var dns: DnsView = owners.length ? facts.readDns(owners) : { ok: true, rrsets: [] };
  var rows: string[][] = [];
  for (var r = 0; r < shownRows.length; r++) {
    var row = shownRows[r];
    var sum = row.summary;
    rows.push([
      link(facts.base + "/name/" + row.id.toLowerCase(), h(owners[r])), badges(row.states), addresses(dns, owners[r]),
      sum && sum.lastChange !== null ? when(sum.lastChange, facts.now) : "not in the log", lastOk(sum, facts.now), failures(sum, facts.now), problem(sum),
    ]);
  }
  var nav = "<nav aria-label=\"Filter by state\"><ul><li>" + link(hubLink(facts.base, "all", 1), "all (" + facts.members.length + ")", facts.filter === "all") + "</li>";
  for (var i = 0; i < STATES.length; i++) {
    var state = STATES[i];
    nav += "<li>" + link(hubLink(facts.base, state.state, 1), state.label + " (" + (counts[state.state] || 0) + ")", facts.filter === state.state) + "</li>";
  }
  nav += "</ul></nav>";
  var shown = facts.filter === "all" ? "All members" : "Members " + (facts.filter === "never" ? "never updated" : facts.filter === "abuse" ? "flagged for abuse" : facts.filter);
  var range = listed.length > PAGE_ROWS ? ", " + ((page - 1) * PAGE_ROWS + 1) + " to " + ((page - 1) * PAGE_ROWS + shownRows.length) : "";
  var dnsNote = dns.ok ? "" : "<p class=\"notice\">The DNS server could not be read: <code>" + h(dns.reason) + "</code>. The addresses show ?.</p>";
  var membersTable = rows.length ? table(shown + " (" + listed.length + range + "), A and AAAA as the DNS server publishes them now",
    ["Name", "State", "A and AAAA", "Records last changed", "Last update that went through", "Failures, last 7 days", "Latest problem"], rows, "cards")
    : "<p>" + shown + ": none.</p>";
  return "<p>" + countOf(facts.members.length, "member") + " (QWKnet accounts of this BBS) with names <code>&lt;id&gt;." + h(facts.zone) + "</code>: "
    + (counts.updating || 0) + " updating, " + (counts.stale || 0) + " stale (no update went through for " + countOf(facts.staleDays, "day") + "), "
    + (counts.never || 0) + " never updated, " + (counts.failing || 0) + " failing, " + (counts.abuse || 0) + " flagged for abuse.</p>"
    + "<section><h2>Sessions per hour</h2>" + hourlyChart(facts.index.hours, facts.now) + "</section>"
    + "<section><h2>Members</h2>" + nav + dnsNote + membersTable + pager(facts, page, pages) + "</section>"
    + "<section><h2>Other ids that keep failing</h2>" + others(facts, members) + "</section>";
}

/** Links to the table's other pages, when it has more than one. */
function pager(facts: HubFacts, page: number, pages: number): string {
  if (pages === 1) return "";
  var items: string[] = [];
  for (var p = 1; p <= pages; p++) items.push("<li>" + link(hubLink(facts.base, facts.filter, p), "page " + p, p === page) + "</li>");
  return "<nav aria-label=\"Pages of the table\"><ul>" + items.join("") + "</ul></nav>";
}

/** Ids in the log that are no member's (a wrong id, a hostile client, an account that may not update), with failures in the last week. */
function others(facts: HubFacts, members: { [key: string]: boolean }): string {
  var list: { key: string; week: number }[] = [];
  for (var key in facts.index.ids) {
    if (!facts.index.ids.hasOwnProperty(key) || members.hasOwnProperty(key)) continue;
    var week = lastWeek(facts.index.ids[key].failDays, facts.now);
    if (week > 0) list.push({ key: key, week: week });
  }
  if (list.length === 0) return "<p>None in the last 7 days.</p>";
  list.sort(function (a, b) { return b.week - a.week || (a.key < b.key ? -1 : 1); });
  var rows: string[][] = [];
  for (var i = 0; i < list.length && i < OTHERS_SHOWN; i++) {
    var s = facts.index.ids[list[i].key];
    rows.push(["<code>" + h(s.id) + "</code>", String(list[i].week), when(s.last.time, facts.now) + "<br><small>" + h(frontWords(s.last.front))
      + " from <code>" + h(s.last.address) + "</code></small>", problem(s)]);
  }
  return table("Ids that are no member's, with failures in the last 7 days" + (list.length > OTHERS_SHOWN ? " (the " + OTHERS_SHOWN + " with most of " + list.length + ")" : ""),
    ["Id as sent", "Failures, last 7 days", "Latest", "Latest problem"], rows, "cards");
}
