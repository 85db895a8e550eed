import { escapeHtml } from "../../shared/core/html";
import { escapeControl } from "../../shared/core/text";
import { ago, timestamp } from "../../shared/core/time";

/**
 * Text from anywhere (a client, the audit log, the DNS server, the request) as HTML: markup
 * characters as entities, control bytes as \xNN, everything above ASCII as a numeric
 * reference, so that the page is ASCII whatever it shows and nothing in it is markup but ours.
 */
export function h(text: string): string {
  return escapeHtml(escapeControl(text)).replace(/[\u0080-\uffff]/g, function (c: string): string {
    return "&#" + c.charCodeAt(0) + ";";
  });
}

/** A time as a person reads it, in UTC (the hub's members live in every zone): "2026-12-04 10:22 UTC, 3 hours ago". */
export function when(ms: number, now: number): string {
  return "<time datetime=\"" + new Date(ms).toISOString() + "\">" + timestamp(ms, 0) + " UTC</time>, " + ago(ms, now);
}

/** A URL's part (a path segment, a query value) for an href. */
export function link(href: string, text: string, current?: boolean): string {
  return "<a href=\"" + h(href) + "\"" + (current ? " aria-current=\"page\"" : "") + ">" + text + "</a>";
}

/**
 * A table: cells are HTML already. Each cell carries its column's name, which narrow screens
 * show beside it (the table is then one card per row: see STYLE).
 */
export function table(caption: string, headers: string[], rows: string[][], className?: string): string {
  var out = "<div class=\"wide\"><table" + (className ? " class=\"" + className + "\"" : "") + "><caption>" + caption + "</caption><thead><tr>";
  for (var i = 0; i < headers.length; i++) out += "<th scope=\"col\">" + headers[i] + "</th>";
  out += "</tr></thead><tbody>";
  for (var r = 0; r < rows.length; r++) {
    out += "<tr>";
    for (var c = 0; c < rows[r].length; c++) out += "<td data-label=\"" + headers[c] + "\">" + rows[r][c] + "</td>";
    out += "</tr>";
  }
  return out + "</tbody></table></div>";
}

/** Pairs of a term and its description (HTML). */
export function definitions(pairs: string[][]): string {
  var out = "<dl>";
  for (var i = 0; i < pairs.length; i++) out += "<dt>" + pairs[i][0] + "</dt><dd>" + pairs[i][1] + "</dd>";
  return out + "</dl>";
}

/**
 * The only style: readable on a phone (one column, tables as cards below 40em), without any
 * file or script from elsewhere.
 */
var STYLE = [
  "body{font-family:system-ui,sans-serif;line-height:1.45;margin:0 auto;max-width:64em;padding:0 1em 2em;color:#1a1a1a;background:#fff}",
  "header{border-bottom:2px solid #2a5d8f;margin-bottom:1em}header p{margin:.3em 0;color:#444}",
  "h1{font-size:1.5em;margin:.6em 0 .2em;overflow-wrap:break-word}h2{font-size:1.2em;margin-top:1.6em}",
  "table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:bold;padding:.3em 0}",
  "th,td{text-align:left;vertical-align:top;padding:.35em .5em;border-bottom:1px solid #ccc;overflow-wrap:break-word}",
  "tbody tr:nth-child(odd){background:#f4f6f8}.wide{overflow-x:auto}",
  "code{font-size:.9em;background:#eef1f4;padding:0 .2em;overflow-wrap:break-word}small{color:#444}",
  ".state{white-space:nowrap;display:inline-block;padding:0 .4em;border-radius:.3em;font-size:.9em;margin:0 .2em .2em 0;border:1px solid #888}",
  ".updating{background:#e3f3e5}.stale,.never{background:#fff4d6}.failing,.abuse{background:#fde2e0}",
  ".notice{border-left:4px solid #b3261e;padding:.3em .8em;background:#fdf0ef}",
  "nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4em}nav a{display:inline-block;padding:.2em .6em;border:1px solid #2a5d8f;border-radius:.3em}",
  "nav a[aria-current]{background:#2a5d8f;color:#fff}figure{margin:0}svg{width:100%;height:auto;max-width:48em}",
  ".key span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 .8em;vertical-align:middle}",
  "dt{font-weight:bold;margin-top:.6em}dd{margin-left:1em}",
  "@media (max-width:40em){table.cards thead{position:absolute;left:-10000px}table.cards tr{display:block;border-bottom:2px solid #999}",
  "table.cards td{display:block;border:0;padding:.15em .3em}table.cards td::before{content:attr(data-label) \": \";font-weight:bold}}",
].join("");

/** The whole page: `title` is text, `heading`, `intro` and `body` HTML. */
export function htmlPage(title: string, heading: string, intro: string, body: string): string {
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + h(title) + "</title>"
    + "<style>" + STYLE + "</style></head><body><header><h1>" + heading + "</h1>" + intro + "</header><main>" + body + "</main></body></html>\n";
}
