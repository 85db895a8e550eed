import { collectModopts, emptyModopts, Modopts } from "../core/modopts";

var SECTION = "dyndns";

function openForReading(path: string): File | null {
  if (!file_exists(path)) return null;
  var file = new File(path);
  // "r" matters: open() with no mode is "w+" and would empty the sysop's file.
  return file.open("r", true) ? file : null;
}

function collectFrom(file: File, section: string | null, source: string): Modopts {
  var keys = file.iniGetKeys(section) || [];
  var result = collectModopts(source, keys, function (key: string): string {
    // A string default returns the value as written; iniGetObject would coerce it.
    return file.iniGetValue(section, key, "");
  });
  file.close();
  return result;
}

/**
 * The module's settings, found as Synchronet's modopts.js finds them: the root
 * of ctrl/modopts/dyndns.ini when it exists, else the [dyndns] section of
 * ctrl/modopts.ini (or its host-specific variant). `!include` lines are
 * followed by the File object's ini reader itself.
 */
export function readModopts(): Modopts {
  var perModule = system.ctrl_dir + "modopts/" + SECTION + ".ini";
  var file = openForReading(perModule);
  if (file) return collectFrom(file, null, perModule);
  var shared = file_cfgname(system.ctrl_dir, "modopts.ini");
  file = openForReading(shared);
  if (!file) return emptyModopts("defaults (no " + shared + ")");
  return collectFrom(file, SECTION, shared + " [" + SECTION + "]");
}
