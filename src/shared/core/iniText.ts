/**
 * Synchronet's .ini files read as text, line by line, the way its own reader
 * (xpdev/ini_file.c) cuts them, so that messages can name a file and a line.
 * Values still come from Synchronet's ini API; this only explains them.
 */

/** One line of a settings file, after `!include` lines are replaced by what they pull in. */
export interface SourceLine {
  file: string;
  /** 1-based line number in `file`. */
  line: number;
  text: string;
}

export type IniLine =
  | { kind: "section"; name: string }
  | { kind: "key"; name: string; value: string; separator: string }
  | { kind: "other" };

export var BOM = "\xEF\xBB\xBF";

/** What Synchronet's SKIP_WHITESPACE skips (isspace, and 0xFF since 3.20). */
var SPACE = /^[ \t\n\v\f\r\xFF]*/;
var TRAILING_SPACE = /[ \t\n\v\f\r\xFF]*$/;

function skipSpace(text: string): string {
  return text.replace(SPACE, "");
}

function trimEnd(text: string): string {
  return text.replace(TRAILING_SPACE, "");
}

/** A line as ini_file.c's section_name() and key_name() see it. */
export function parseIniLine(text: string): IniLine {
  var p = skipSpace(text);
  if (p.charAt(0) === ";") return { kind: "other" };
  if (p.charAt(0) === "[") {
    var close = p.lastIndexOf("]");
    if (close < 0) return { kind: "other" };
    return { kind: "section", name: trimEnd(skipSpace(p.slice(1, close))) };
  }
  var equal = p.indexOf("=");
  var colon = p.indexOf(":");
  var at = colon < 0 || (equal >= 0 && equal < colon) ? equal : colon;
  if (at < 0) return { kind: "other" };
  return { kind: "key", name: trimEnd(p.slice(0, at)), value: trimEnd(skipSpace(p.slice(at + 1))), separator: p.charAt(at) };
}

/** Whether a section header names `section` (`[a|b]` lists aliases), as section_match() compares. */
export function sectionNamed(header: string, section: string, caseSensitive: boolean): boolean {
  var names = header.split("|");
  for (var i = 0; i < names.length; i++) {
    var name = trimEnd(skipSpace(names[i]));
    if (caseSensitive ? name === section : name.toLowerCase() === section.toLowerCase()) return true;
  }
  return false;
}

export function isEofLine(text: string): boolean {
  return text.charAt(0) === "!" && trimEnd(text).toLowerCase() === "!eof";
}

var INCLUDE = "!include ";
/** Synchronet's INI_INCLUDE_MAX is 10000; a settings file needs far fewer, and a loop must end. */
var MAX_INCLUDES = 100;

/** The files an `!include` pattern matches, in glob order, with their text (null: could not be read). */
export type IncludeReader = (pattern: string) => { path: string; text: string | null }[];

function splitLines(text: string): string[] {
  var lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  for (var i = 0; i < lines.length; i++) lines[i] = lines[i].replace(/[\r\n]+$/, "");
  return lines;
}

/**
 * The lines Synchronet's ini reader sees: each `!include <glob>` (column 0) is
 * replaced by the files it matches, nested, and **in reverse glob order** (each
 * match is inserted right after the directive, ahead of the ones before it).
 */
export function expandIncludes(file: string, text: string, readMatches: IncludeReader): SourceLine[] {
  var budget = { left: MAX_INCLUDES };
  return expand(file, text, readMatches, budget);
}

function expand(file: string, text: string, readMatches: IncludeReader, budget: { left: number }): SourceLine[] {
  var lines = splitLines(text);
  var out: SourceLine[] = [];
  for (var i = 0; i < lines.length; i++) {
    var line = lines[i];
    if (line.slice(0, INCLUDE.length).toLowerCase() !== INCLUDE) {
      out.push({ file: file, line: i + 1, text: line });
      continue;
    }
    var matches = readMatches(trimEnd(skipSpace(line.slice(INCLUDE.length))));
    for (var m = matches.length - 1; m >= 0; m--) {
      var match = matches[m];
      if (match.text === null || budget.left <= 0) continue;
      budget.left--;
      out = out.concat(expand(match.path, match.text, readMatches, budget));
    }
  }
  return out;
}

/** The lines up to `!eof`, which ends an ini file for Synchronet. */
export function untilEof(lines: SourceLine[]): SourceLine[] {
  for (var i = 0; i < lines.length; i++) {
    if (isEofLine(lines[i].text)) return lines.slice(0, i);
  }
  return lines;
}

/** Where `file line N` points, for messages. */
export function whereLine(source: SourceLine): string {
  return source.file + " line " + source.line;
}
