import { Records, RunRecord, Status } from "./status";
import { ago, timestamp } from "../../shared/core/time";
import { padRight } from "../../shared/core/text";
import { shownHost } from "../../shared/core/hostPort";

/** What -status shows: the status file (null when there is none to read) and what DNS says now. */
export interface StatusView {
  name: string;
  path: string;
  status: Status | null;
  nowMs: number;
  /** Minutes east of UTC of the BBS's local time at that moment. */
  offsetMinutes(ms: number): number;
  /** Every address the name resolves to now (resolve_ip), null when it does not resolve. */
  dns: string[] | null;
}

function when(run: RunRecord, view: StatusView): string {
  var ms = run.time * 1000;
  return ago(ms, view.nowMs) + " (" + timestamp(ms, view.offsetMinutes(ms)) + ")";
}

function lastRun(run: RunRecord, view: StatusView): string {
  var servers: string[] = [];
  for (var i = 0; i < run.servers.length; i++) servers.push(run.servers[i].server + " " + run.servers[i].result);
  return "  last run " + when(run, view) + ": exit status " + run.exit + " after " + (run.duration_ms / 1000).toFixed(1) + " s"
    + (servers.length ? "; " + servers.join("; ") : "");
}

function published(records: Records, name: string): string[] {
  var rows: [string, string][] = [
    ["A", records.ip || "the address the update came from"],
    ["AAAA", records.ip6 || "none"],
    ["MX", records.mx || "none"],
    ["TXT", records.txt],
    ["LOC", records.loc || "none"],
    ["CNAME", records.wildcard ? "*." + name + " (wildcard)" : "none (no wildcard)"],
    ["TTL", records.ttl ? records.ttl + " s" : "the server's default"],
  ];
  var lines = ["  published by the last update:"];
  for (var i = 0; i < rows.length; i++) lines.push("    " + padRight(rows[i][0], 6) + rows[i][1]);
  return lines;
}

function dnsNow(view: StatusView): string {
  if (view.dns === null || !view.dns.length) return "DNS now: " + view.name + " does not resolve";
  var line = "DNS now: " + view.name + " resolves to " + view.dns.join(", ");
  var success = view.status ? view.status.last_success : null;
  var missing: string[] = [];
  if (success && success.records.ip && view.dns.indexOf(success.records.ip) < 0) missing.push(success.records.ip);
  if (success && success.records.ip6 && view.dns.indexOf(success.records.ip6) < 0) missing.push(success.records.ip6);
  return line + (missing.length ? " (not yet " + missing.join(", ") + ", as last published: DNS may take a few minutes)" : "");
}

/** The lines -status prints, in plain words. */
export function describeStatus(view: StatusView): string[] {
  var status = view.status;
  if (!status) return ["no run of dyndns.js recorded for " + view.name + " in " + view.path, dnsNow(view)];
  var lines = ["status of " + view.name + " (" + view.path + ")"];
  var success = status.last_success;
  var failure = status.last_failure;
  lines.push(success ? "  last update " + when(success, view) + " through " + shownHost(String(success.server)) + ": ok" : "  last update: none recorded");
  lines.push(failure ? "  last failure " + when(failure, view) + ": " + failure.message : "  last failure: none recorded");
  lines.push(lastRun(status.last, view));
  if (success) lines = lines.concat(published(success.records, status.name));
  lines.push(dnsNow(view));
  return lines;
}
