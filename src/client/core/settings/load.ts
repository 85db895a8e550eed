import { CommandLine } from "./commandLine";
import { SettingsFile } from "./settingsFile";
import { SystemFacts } from "./systemFacts";
import { loadModopts } from "./modopts";
import { mergeSettings } from "./rawSettings";
import { validateName, validateSettings } from "./validate";
import { settingsNotices } from "./notices";
import { Settings, ownName } from "./settings";

/**
 * What a run goes on with. The warnings come first, whatever follows: what the
 * settings file does that Synchronet reads otherwise than a sysop may think, then
 * what the command line took over from it. Then either the one error that stops
 * the run (nothing is sent), or the settings; -status gets only the name it
 * shows, which needs no password.
 */
type Loaded =
  | { ok: false; warnings: string[]; error: string; noPassword: boolean }
  | { ok: true; warnings: string[]; status: true; name: string }
  | { ok: true; warnings: string[]; status: false; settings: Settings; source: string };

/** The settings in force: the command line over the settings file over the defaults, each checked. */
export function loadSettings(cmd: CommandLine, file: SettingsFile, system: SystemFacts): Loaded {
  var modopts = loadModopts(file);
  var warnings = modopts.warnings;
  var raw = mergeSettings(cmd, modopts);
  if (cmd.status) {
    var named = validateName(raw, system);
    if (!named.ok) return { ok: false, warnings: warnings, error: named.error, noPassword: false };
    return { ok: true, warnings: warnings, status: true, name: ownName(named.id, named.domain) };
  }
  var validated = validateSettings(raw, system);
  if (!validated.ok) return { ok: false, warnings: warnings, error: validated.error, noPassword: !raw.values.password };
  var settings = validated.settings;
  return { ok: true, warnings: warnings.concat(settingsNotices(raw, settings)), status: false, settings: settings, source: modopts.source };
}
