import { knownValues } from "../../../shared/core/knownKeys";
import { diagnoseSettingsFile, IniEntry, SettingsFile } from "./settingsFile";

/** Keys of the module's modopts section; anything else there is a typo worth a warning. */
export var MODOPTS_KEYS = ["password", "mx", "ip", "ip6", "txt", "loc", "wildcard", "ttl", "hosts", "port", "timeout", "domain"];
export var SECTION = "dyndns";

/** The settings as the settings file gives them, before the command line has its say. */
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
