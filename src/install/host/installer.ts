// The edge toward exec/install-xtrn.js, which runs dyndns-install.js through
// js.exec() for the [pre-exec:]/[exec:] sections of install-xtrn.ini.

/** install-xtrn.js's switches (-auto, -overwrite, -debug): a global of its own. */
interface InstallerOptions {
  auto?: boolean;
  overwrite?: boolean;
  debug?: boolean;
}

/** The configured timed event of this code, whatever the case of its key. */
export function findEvent(code: string): Synchronet.TimedEvent | undefined {
  for (var key in xtrn_area.event) {
    if (key.toUpperCase() === code) return xtrn_area.event[key];
  }
  return undefined;
}

/**
 * Lets the [event:] items replace an event of the same code, as -overwrite does.
 * The installer otherwise skips it (-auto) or asks; its xtrn.ini writer then
 * merges our keys over the old section (exec/load/cfglib.js, write_sections).
 * False when the installer's options are out of reach.
 */
export function replaceExistingEvents(): boolean {
  var options = js.global.options as InstallerOptions | undefined;
  if (!options || typeof options !== "object") return false;
  options.overwrite = true;
  return true;
}

/** A line of text; null for an empty answer (BBS) or the end of input (jsexec). */
export function ask(question: string): string | null {
  return prompt(question);
}

/** A yes/no question whose default is No, also at the end of input. */
export function askNo(question: string): boolean {
  return deny(question) === false;
}

/** The absolute directory of install-xtrn.ini and this script, with a trailing slash. */
export function installDir(): string {
  return backslash(fullpath(js.exec_dir));
}

/** Whether this event starts in the installer's directory (where dyndns.js is beside this script). */
export function startsHere(event: Synchronet.TimedEvent): boolean {
  var dir = String(event.startup_dir);
  return dir !== "" && backslash(fullpath(dir)).toLowerCase() === installDir().toLowerCase();
}

/** `dir` relative to exec/, the way the services server finds a Command (exec_dir + name). */
export function relativeToExec(dir: string): string {
  var relpath = load({}, "relpath.js") as { get(cwd: string, dir: string): string };
  return relpath.get(system.exec_dir, dir);
}
