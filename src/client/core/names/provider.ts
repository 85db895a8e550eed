// What every protocol of the extra names has in common: what it is given to send one
// update, and what it says came of it (docs/names.md, "What each answer does").
import { HttpRequest } from "../../../shared/core/http/request";
import { HttpResponse } from "../../../shared/core/http/response";
import { DnsOutcome, DnsServerSettings, RRset, UpdatePlan } from "../../../shared/core/dns/types";
import { escapeControl } from "../../../shared/core/text";
import { NameOutcome } from "./nameStatus";
import { NameSettings } from "./nameSettings";

export type HttpResult = { ok: true; response: HttpResponse } | { ok: false; reason: string };

/** The host's ways out, passed in: HTTP(S) through Synchronet's Socket, and the shared DNS edge. */
export interface ProviderTools {
  http(request: HttpRequest, untilMs: number): HttpResult;
  currentRecords(settings: DnsServerSettings, names: string[]): { ok: true; rrsets: RRset[] } | { ok: false; reason: string };
  publish(settings: DnsServerSettings, plan: UpdatePlan): DnsOutcome;
  now(): number;
  /** "Synchronet - dyndns.js - 1.0.0": Dyn asks for "Company - Device - Version". */
  userAgent: string;
}

/** One update: the name's settings, the address (null: the provider finds it), the deadline. */
export interface UpdateJob {
  settings: NameSettings;
  address: string | null;
  untilMs: number;
  /** The address the last good run published, if any (RFC 2136: what this module wrote). */
  lastPublished: string | null;
}

/** What came of one update; stop and waitMs are the provider's rules, kept in the status file. */
export interface ProviderResult {
  outcome: NameOutcome;
  exit: number;
  /** The address now published, when known. */
  address: string;
  /** The answer in the provider's words, for the status file. */
  answer: string;
  message: string;
  /** Never send again until the section changes. */
  stop?: boolean;
  /** Send nothing for this long. */
  waitMs?: number;
  nochg?: boolean;
}

export interface Protocol {
  /** What -n shows: each request it would send, secrets masked. */
  describe(settings: NameSettings, address: string): string[];
  update(job: UpdateJob, tools: ProviderTools): ProviderResult;
}

/** After 911 (and the like) No-IP asks for at least 30 minutes (docs/names.md). */
export var SERVER_TROUBLE_WAIT_MS = 30 * 60 * 1000;

export function result(outcome: NameOutcome, address: string, answer: string, message: string, more?: { stop?: boolean; waitMs?: number; nochg?: boolean }): ProviderResult {
  var exit = outcome === "updated" || outcome === "unchanged" ? 0 : 1;
  var r: ProviderResult = { outcome: outcome, exit: exit, address: address, answer: answer, message: message };
  if (more && more.stop) r.stop = true;
  if (more && more.waitMs !== undefined) r.waitMs = more.waitMs;
  if (more && more.nochg) r.nochg = true;
  return r;
}

/** A server's text for a log line: its first line, control bytes escaped, at most 120 characters. */
export function shownText(text: string): string {
  var line = text.replace(/^\s+/, "").split("\n")[0].replace(/\s+$/, "");
  return escapeControl(line.length > 120 ? line.slice(0, 120) + "..." : line);
}

/** A value for a URL's query. */
export function queryValue(text: string): string {
  return encodeURIComponent(text);
}

/** The URL with `path` added when it has no path of its own. */
export function withPath(url: string, path: string): string {
  return /^https?:\/\/[^\/?#]*$/i.test(url) ? url + path : url;
}

export function joinQuery(url: string, query: string): string {
  return url + (url.indexOf("?") >= 0 ? "&" : "?") + query;
}
