import type { RRset } from "../../shared/core/dns/types";
import { AuditRecord, auditTime, FrontEnd } from "../../hub/core/audit";
import { ADVICE, reasonKind } from "../../hub/core/reasons";
import { countOf } from "../../shared/core/text";
import { IdSummary } from "./auditIndex";
import { definitions, h, table, when } from "./html";
import { badges, lastWeek, nameStates } from "./nameState";

/** Who is looking: the member whose name it is, or the hub's sysop (who also sees what the member is not shown). */
export type Viewer = "member" | "sysop";

/** What one name's page shows. */
export interface NameFacts {
  /** <id>.<zone>. */
  owner: string;
  summary: IdSummary | null;
  /** Its latest sessions, latest first. */
  sessions: AuditRecord[];
  /** What the DNS server publishes now, or why it could not be read. */
  dns: { ok: true; rrsets: RRset[] } | { ok: false; reason: string };
  now: number;
  staleDays: number;
  viewer: Viewer;
}

/** The front ends as a member knows them. */
export var FRONT_WORDS: { [front: string]: string } = {
  "8467": "dyndns.js (port 8467)",
  dyndns2: "a dyndns2 client (/nic/update)",
};

export function frontWords(front: FrontEnd): string {
  return FRONT_WORDS[front];
}

var RESULT_WORDS: { [result: string]: string } = { updated: "updated", unchanged: "no change", refused: "refused", failed: "failed" };
/** The published types in the order a person reads them. */
var TYPE_ORDER = ["A", "AAAA", "MX", "TXT", "LOC", "CNAME"];

function published(owner: string, rrsets: RRset[]): string {
  var sorted = rrsets.slice().sort(function (a, b) {
    return (a.name === owner ? 0 : 1) - (b.name === owner ? 0 : 1) || TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type);
  });
  if (sorted.length === 0) return "<p>The DNS server publishes nothing for this name now.</p>";
  var rows: string[][] = [];
  for (var i = 0; i < sorted.length; i++) {
    var r = sorted[i];
    var values: string[] = [];
    for (var v = 0; v < r.rdata.length; v++) values.push("<code>" + h(r.rdata[v]) + "</code>");
    rows.push([r.name === owner ? r.type : r.type + " of <code>" + h(r.name) + "</code>", values.join("<br>"), r.ttl + " s"]);
  }
  return table("Published now, as the DNS server answers", ["Record", "Value", "TTL"], rows);
}

/** The state of the name in a sentence or two. */
function standing(facts: NameFacts): string {
  var s = facts.summary;
  var states = nameStates(s, facts.now, facts.staleDays);
  var out: string[] = [];
  if (!s || !s.lastOk) out.push("No update of this name has gone through yet.");
  else if (states.indexOf("stale") >= 0) {
    out.push("Stale: the last update that went through was " + when(s.lastOk.time, facts.now) + " (a name is stale after "
      + countOf(facts.staleDays, "day") + " without one).");
  } else if (states.indexOf("updating") >= 0) out.push("Updating: the last update went through " + when(s.lastOk.time, facts.now) + ".");
  else out.push("The last update that went through: " + when(s.lastOk.time, facts.now) + ".");
  if (s && s.streak > 0 && s.streakSince !== null) {
    var advice = ADVICE[reasonKind(s.last.result, s.lastReason)];
    out.push("Failing: " + (s.streak === 1 ? "the latest update was" : "the last " + s.streak + " updates were") + " refused or failed, since "
      + when(s.streakSince, facts.now) + ". The latest: " + h(advice.words) + " What to do: " + h(advice.todo));
  }
  var abuse = s ? lastWeek(s.abuseDays, facts.now) : 0;
  if (abuse > 0) out.push("Flagged for abuse: " + countOf(abuse, "update") + " refused in the last 7 days as too often or changing nothing.");
  return "<p>" + badges(states) + "</p><p>" + out.join("</p><p>") + "</p>";
}

function lastUpdate(s: IdSummary | null, now: number): string {
  if (!s || !s.lastOk) return "";
  var ok = s.lastOk;
  return "<h2>Last update</h2>" + definitions([
    ["When", when(ok.time, now)],
    ["Through", h(frontWords(ok.front))],
    ["From", "<code>" + h(ok.address) + "</code>"],
    ["Result", ok.result === "updated" ? "the records changed" : "nothing to change: DNS already had these records"],
    ["Records last changed", s.lastChange === null ? "not in the log" : when(s.lastChange, now)],
  ]);
}

function sessionsTable(facts: NameFacts): string {
  if (facts.sessions.length === 0) return "<p>The hub's log has no session of this name.</p>";
  var rows: string[][] = [];
  for (var i = 0; i < facts.sessions.length; i++) {
    var r = facts.sessions[i];
    var kind = reasonKind(r.result, r.reason);
    var advice = ADVICE[kind];
    // Another account asked for this name: its address and its alias (in the reason) are that member's, not this one's.
    var hidden = kind === "other-account" && facts.viewer === "member";
    var recorded = r.reason === null || hidden ? "" : "<br><small>The hub recorded: <code>" + h(r.reason) + "</code></small>";
    rows.push([
      when(auditTime(r.time) as number, facts.now), h(frontWords(r.front)), hidden ? "(another account's)" : "<code>" + h(r.address) + "</code>",
      RESULT_WORDS[r.result], h(advice.words) + recorded, h(advice.todo),
    ]);
  }
  return table("The last " + countOf(facts.sessions.length, "session") + " of this name, latest first",
    ["When", "Through", "From", "Result", "What happened", "What to do"], rows, "cards");
}

/** What to do about each kind of failure a member can meet, in one list. */
function adviceList(): string {
  var pairs: string[][] = [];
  for (var kind in ADVICE) {
    if (!ADVICE.hasOwnProperty(kind) || kind === "updated" || kind === "unchanged") continue;
    pairs.push([h(ADVICE[kind].words), h(ADVICE[kind].todo)]);
  }
  return "<h2>What to do when an update fails</h2>" + definitions(pairs);
}

/** The page of one name: what DNS publishes now, the state, the last update, the last sessions, what to do. */
export function namePage(facts: NameFacts): string {
  var dns = facts.dns.ok ? published(facts.owner, facts.dns.rrsets)
    : "<p class=\"notice\">The DNS server could not be read just now" + (facts.viewer === "sysop" ? ": <code>" + h(facts.dns.reason) + "</code>" : "")
      + ". This is on the hub's side; its sysop can see why in the log.</p>";
  return "<section><h2>State</h2>" + standing(facts) + "</section><section><h2>What DNS publishes now</h2>" + dns + "</section>"
    + "<section>" + lastUpdate(facts.summary, facts.now) + "</section><section><h2>Sessions</h2>" + sessionsTable(facts) + "</section>"
    + "<section>" + adviceList() + "</section>";
}
