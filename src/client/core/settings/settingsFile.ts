import { BOM, IniLine, parseIniLine, sectionNamed, SourceLine, untilEof, whereLine } from "../../../shared/core/iniText";
import { nearestWord } from "../../../shared/core/nearest";
import { quote } from "../../../shared/core/text";

/** What the host read: the settings file in force, through Synchronet's ini API and as text. */
export interface SettingsFile {
  /** The file in force (per-module file or modopts.ini), null when neither exists. */
  path: string | null;
  /** The section read: "dyndns" in modopts.ini, null for the top of the per-module file. */
  section: string | null;
  /** modopts.ini (or its host-specific variant), read or not. */
  sharedPath: string;
  /** The section's keys as the ini API lists them, each with its value as written. */
  entries: IniEntry[];
  /** The file in force as text, `!include`s expanded as Synchronet does. */
  lines: SourceLine[];
  /** modopts.ini as text when the per-module file shadows it, else null. */
  shadowed: SourceLine[] | null;
}

/** A key and its value as Synchronet's `iniGetValue` with a string default gives it (verbatim). */
export interface IniEntry {
  key: string;
  value: string;
}

/** A settings file as text: the section that holds the settings (null: the top of the file). */
export interface SettingsText {
  path: string;
  section: string | null;
  lines: SourceLine[];
}

interface Parsed {
  source: SourceLine;
  ini: IniLine;
  /** The line begins with a UTF-8 byte order mark, which Synchronet takes as text. */
  bom: boolean;
}

function parseAll(lines: SourceLine[]): Parsed[] {
  var parsed: Parsed[] = [];
  var usable = untilEof(lines);
  for (var i = 0; i < usable.length; i++) {
    var text = usable[i].text;
    var bom = text.indexOf(BOM) === 0;
    parsed.push({ source: usable[i], ini: parseIniLine(text), bom: bom });
  }
  return parsed;
}

/** Where a section's keys are read from, as Synchronet finds it: headers, the one that counts, its lines. */
interface SectionFound {
  headers: Parsed[];
  counted: Parsed | null;
  body: Parsed[];
}

/** Headers naming `section`: the first spelled exactly counts, else the first in any case (ini_file.c). */
function findSection(parsed: Parsed[], section: string | null): SectionFound {
  var start = 0;
  var headers: Parsed[] = [];
  var counted: Parsed | null = null;
  if (section !== null) {
    var exact: Parsed | null = null;
    for (var i = 0; i < parsed.length; i++) {
      var ini = parsed[i].ini;
      if (ini.kind !== "section" || !sectionNamed(ini.name, section, false)) continue;
      headers.push(parsed[i]);
      if (exact === null && sectionNamed(ini.name, section, true)) exact = parsed[i];
    }
    counted = exact || (headers.length ? headers[0] : null);
    if (counted === null) return { headers: headers, counted: null, body: [] };
    start = parsed.indexOf(counted) + 1;
  }
  var body: Parsed[] = [];
  for (var j = start; j < parsed.length && !isSectionBreak(parsed[j]); j++) body.push(parsed[j]);
  return { headers: headers, counted: counted, body: body };
}

/** Synchronet stops reading a section's keys at any line that starts with `[`. */
function isSectionBreak(line: Parsed): boolean {
  return /^[ \t\n\v\f\r\xFF]*\[/.test(line.source.text);
}

function duplicateSections(found: SectionFound, section: string): string[] {
  if (found.headers.length < 2 || found.counted === null) return [];
  var ignored: string[] = [];
  for (var i = 0; i < found.headers.length; i++) {
    if (found.headers[i] !== found.counted) ignored.push(whereLine(found.headers[i].source));
  }
  return ["[" + section + "] appears " + found.headers.length + " times: Synchronet reads only the one at "
    + whereLine(found.counted.source) + " and ignores " + ignored.join(", ") + "; move those settings into that one"];
}

function bomWarnings(parsed: Parsed[], section: string | null, body: Parsed[]): string[] {
  var warnings: string[] = [];
  for (var i = 0; i < parsed.length; i++) {
    var line = parsed[i];
    if (!line.bom) continue;
    var hidden = parseIniLine(line.source.text.slice(BOM.length));
    if (section !== null && hidden.kind === "section" && sectionNamed(hidden.name, section, false)) {
      warnings.push(whereLine(line.source) + ": a UTF-8 byte order mark (BOM) before [" + hidden.name
        + "] hides that section from Synchronet; save the file without one (plain ASCII, or UTF-8 without BOM)");
    } else if (hidden.kind === "key" && body.indexOf(line) >= 0) {
      warnings.push(whereLine(line.source) + ": a UTF-8 byte order mark (BOM) before the key " + quote(hidden.name)
        + " makes it another name for Synchronet, so it is not read; save the file without one (plain ASCII, or UTF-8 without BOM)");
    }
  }
  return warnings;
}

var QUOTED = /^(["'])[\s\S]*\1$/;
var INLINE_COMMENT = /\s([;#])/;

/** What a key line does that the sysop may not mean; values are never shown (one may be the password). */
function keyWarnings(line: Parsed, key: string, known: string[], firstAt: { [key: string]: Parsed }): string[] {
  var ini = line.ini as { kind: "key"; name: string; value: string; separator: string };
  var where = whereLine(line.source);
  var name = key.toLowerCase();
  if (known.indexOf(name) < 0) {
    var near = nearestWord(key, known);
    return [where + ": unknown key " + quote(key) + " ignored" + (near ? " (did you mean " + near + "?)" : "")];
  }
  if (firstAt.hasOwnProperty(name)) {
    var first = firstAt[name].ini as { value: string };
    return [where + ": " + name + " is set again; Synchronet uses only the first, at " + whereLine(firstAt[name].source)
      + (first.value === "" ? " (blank there)" : "")];
  }
  firstAt[name] = line;
  var warnings: string[] = [];
  if (ini.separator === "=" && ini.value.length >= 2 && QUOTED.test(ini.value)) {
    warnings.push(where + ": the value of " + name + " is in quotes, and Synchronet keeps them as part of it; remove them unless they belong to it");
  }
  var comment = INLINE_COMMENT.exec(ini.value);
  if (comment && !(ini.separator === ":" && ini.value.charAt(0) === "\"")) {
    warnings.push(where + ": the value of " + name + " goes on after ' " + comment[1]
      + "', and Synchronet keeps that comment as part of the value; put comments on a line of their own");
  }
  return warnings;
}

function shadowWarning(file: SettingsText, shadowed: SettingsText): string[] {
  if (shadowed.section === null) return [];
  var found = findSection(parseAll(shadowed.lines), shadowed.section);
  if (found.counted === null) return [];
  var set: string[] = [];
  for (var i = 0; i < found.body.length; i++) {
    var ini = found.body[i].ini;
    if (ini.kind === "key" && ini.value !== "" && set.indexOf(ini.name.toLowerCase()) < 0) set.push(ini.name.toLowerCase());
  }
  if (!set.length) return [];
  return [file.path + " is read, so the [" + shadowed.section + "] section of " + shadowed.path + " ("
    + whereLine(found.counted.source) + ") is ignored; move what it sets (" + set.join(", ") + ") into " + file.path];
}

/**
 * Warnings about a settings file, from its text: a shadowed modopts.ini section,
 * a section given twice, a BOM that hides a section or a key, quotes and inline
 * comments that Synchronet keeps in a value, a key set twice, an unknown key
 * (with the known key it most likely meant).
 */
export function diagnoseSettingsFile(file: SettingsText, shadowed: SettingsText | null, known: string[]): string[] {
  var parsed = parseAll(file.lines);
  var found = findSection(parsed, file.section);
  var warnings = shadowed ? shadowWarning(file, shadowed) : [];
  if (file.section !== null) warnings = warnings.concat(duplicateSections(found, file.section));
  warnings = warnings.concat(bomWarnings(parsed, file.section, found.body));
  var firstAt: { [key: string]: Parsed } = {};
  for (var i = 0; i < found.body.length; i++) {
    var line = found.body[i];
    if (line.ini.kind !== "key" || line.bom) continue;
    warnings = warnings.concat(keyWarnings(line, line.ini.name, known, firstAt));
  }
  return warnings;
}
