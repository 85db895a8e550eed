import { IniEntry, SettingsFile } from "../core/settings/settingsFile";
import { SECTION } from "../core/settings/modopts";
import { expandIncludes, SourceLine } from "../../shared/core/iniText";
import { readWholeFile } from "../../shared/host/files";
import { NameSection, NAME_SECTION_PREFIX } from "../core/names/nameSettings";

function openForReading(path: string): File | null {
  if (!file_exists(path)) return null;
  var file = new File(path);
  // "r" matters: open() with no mode is "w+" and would empty the sysop's file.
  return file.open("r", true) ? file : null;
}

/** What an `!include` pattern pulls in: glob() from the process's directory, as Synchronet's reader does. */
function readMatches(pattern: string): { path: string; text: string | null }[] {
  var matches: { path: string; text: string | null }[] = [];
  var paths = directory(pattern);
  for (var i = 0; i < paths.length; i++) {
    if (paths[i].charAt(paths[i].length - 1) === "/") continue;
    var found = readWholeFile(paths[i], "r");
    matches.push({ path: paths[i], text: found.kind === "text" ? found.text : null });
  }
  return matches;
}

function linesOf(path: string, text: string | null): SourceLine[] {
  return text === null ? [] : expandIncludes(path, text, readMatches);
}

/** The open file as text, then its section through the ini API (which re-reads the file itself). */
function readOpen(file: File, path: string, section: string | null, sharedPath: string, shadowed: SourceLine[] | null): SettingsFile {
  var text = file.read();
  var keys = file.iniGetKeys(section) || [];
  var entries: IniEntry[] = [];
  for (var i = 0; i < keys.length; i++) {
    // A string default returns the value as written; iniGetObject would coerce it.
    entries.push({ key: keys[i], value: file.iniGetValue(section, keys[i], "") });
  }
  file.close();
  return { path: path, section: section, sharedPath: sharedPath, entries: entries, lines: linesOf(path, text), shadowed: shadowed };
}

/**
 * The module's settings file, found as Synchronet's modopts.js finds it: the
 * top of ctrl/modopts/dyndns.ini when it exists, else the [dyndns] section of
 * ctrl/modopts.ini (or its host-specific variant). Read only, never written.
 */
export function readSettingsFile(): SettingsFile {
  var perModule = system.ctrl_dir + "modopts/" + SECTION + ".ini";
  var shared = file_cfgname(system.ctrl_dir, "modopts.ini");
  var file = openForReading(perModule);
  if (file) {
    var sharedText = readWholeFile(shared, "r");
    return readOpen(file, perModule, null, shared, sharedText.kind === "text" ? linesOf(shared, sharedText.text) : null);
  }
  file = openForReading(shared);
  if (file) return readOpen(file, shared, SECTION, shared, null);
  return { path: null, section: SECTION, sharedPath: shared, entries: [], lines: [], shadowed: null };
}

/**
 * The `[dyndns:<name>]` sections of the settings file in force (ctrl/modopts/dyndns.ini when
 * it exists, else ctrl/modopts.ini), in file order. A name given twice is listed once by
 * iniGetSections(), and its keys are read from the first section (the name as listed). Read
 * only, never written.
 */
export function readNameSections(): NameSection[] {
  var perModule = system.ctrl_dir + "modopts/" + SECTION + ".ini";
  var path = file_exists(perModule) ? perModule : file_cfgname(system.ctrl_dir, "modopts.ini");
  var file = openForReading(path);
  if (!file) return [];
  var found: NameSection[] = [];
  var names = file.iniGetSections(NAME_SECTION_PREFIX) || [];
  for (var i = 0; i < names.length; i++) {
    var section = String(names[i]);
    var keys = file.iniGetKeys(section) || [];
    var entries: IniEntry[] = [];
    for (var k = 0; k < keys.length; k++) entries.push({ key: keys[k], value: file.iniGetValue(section, keys[k], "") });
    found.push({ section: section, entries: entries, path: path });
  }
  file.close();
  return found;
}
