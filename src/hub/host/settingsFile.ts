import { collectSettings, RawServiceSettings, SECTION } from "../core/settings";

/**
 * The [dyndns_service] section of ctrl/modopts.ini (or its host-specific
 * variant), values as written: iniGetValue with a string default does not
 * coerce ("0123" stays "0123"), and `!include` lines are followed by the ini
 * reader itself.
 */
export function readServiceSettings(): RawServiceSettings {
  var path = file_cfgname(system.ctrl_dir, "modopts.ini");
  var source = path + " [" + SECTION + "]";
  var none = function (why: string): RawServiceSettings { return { source: source, missing: why, values: {}, unknown: [] }; };
  if (!file_exists(path)) return none(path + ": not found (expected a [" + SECTION + "] section in it)");
  var file = new File(path);
  // "r" matters: open() with no mode is "w+" and would empty the sysop's file.
  if (!file.open("r", true)) return none(path + ": cannot be opened for reading (error " + file.error + ")");
  var keys = file.iniGetKeys(SECTION);
  var raw = keys === null || keys.length === 0
    ? none(path + ": no [" + SECTION + "] section (expected zone, tsig_key and tsig_secret in it at least)")
    : collectSettings(source, keys, function (key: string): string { return file.iniGetValue(SECTION, key, ""); });
  file.close();
  return raw;
}
