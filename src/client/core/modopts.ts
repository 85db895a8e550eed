import { SourceLine } from "../../shared/core/iniText";
import { knownValues } from "../../shared/core/knownKeys";
import { diagnoseSettingsFile } from "./settingsFile";

/** Keys of the module's modopts section; anything else there is a typo worth a warning. */
export var MODOPTS_KEYS = ["password", "mx", "ip", "ip6", "txt", "loc", "wildcard", "ttl", "hosts", "port", "timeout", "domain"];
export var SECTION = "dyndns";

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

export interface Modopts {
  /** Where the values came from, for messages: `/sbbs/ctrl/modopts.ini [dyndns]`. */
  source: string;
  /** Where the password belongs, naming the file actually read: `the [dyndns] section of /sbbs/ctrl/modopts.ini`. */
  passwordPlace: string;
  /** Known keys with a non-blank value, verbatim as written. */
  values: { [key: string]: string };
  /** What the settings file does that Synchronet reads otherwise than a sysop may think. */
  warnings: string[];
}

/** The known keys of the section with a non-blank value (unknown ones are the diagnostics' business). */
export function collectValues(entries: IniEntry[]): { [key: string]: string } {
  var keys: string[] = [];
  for (var i = 0; i < entries.length; i++) keys.push(entries[i].key);
  return knownValues(keys, MODOPTS_KEYS, function (index: number): string { return entries[index].value; }).values;
}

export function loadModopts(file: SettingsFile): Modopts {
  if (file.path === null) {
    return {
      source: "defaults (no " + file.sharedPath + ")",
      passwordPlace: "the [" + SECTION + "] section of " + file.sharedPath + ", which does not exist",
      values: {},
      warnings: [],
    };
  }
  var place = file.section === null ? file.path : "the [" + file.section + "] section of " + file.path;
  return {
    source: file.path + (file.section === null ? "" : " [" + file.section + "]"),
    passwordPlace: place,
    values: collectValues(file.entries),
    warnings: diagnoseSettingsFile(
      { path: file.path, section: file.section, lines: file.lines },
      file.shadowed ? { path: file.sharedPath, section: SECTION, lines: file.shadowed } : null,
      MODOPTS_KEYS,
    ),
  };
}
