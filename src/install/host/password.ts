import { readExistingEvent } from "../core/existingEvent";
import { passwordQuestion, choosePassword } from "../core/password";
import { findEvent, ask, startsHere } from "./installer";

/** The password the module would read now ("" when none). */
function currentPassword(): string {
  var value = load("modopts.js", "dyndns", "password", "");
  return value === undefined || value === null ? "" : String(value);
}

/** The password on Synchronet's (or the wiki's) DYNDNS event, which this installer replaces. */
function eventPassword(): string | null {
  var event = findEvent("DYNDNS");
  if (!event) return null;
  var existing = readExistingEvent(String(event.cmd), startsHere(event));
  return existing.replace ? existing.password : null;
}

function writePassword(password: string): void {
  var perModule = system.ctrl_dir + "modopts/dyndns.ini";
  var own = file_exists(perModule);
  var file = new File(own ? perModule : file_cfgname(system.ctrl_dir, "modopts.ini"));
  var where = (own ? "" : "[dyndns] of ") + file.name;
  if (!file.open(file.exists ? "r+" : "w+")) {
    alert("password: cannot open " + file.name + " (error " + file.error + "); nothing written");
    return;
  }
  var written = file.iniSetValue(own ? null : "dyndns", "password", password) === true;
  file.close();
  if (!written) alert("password: could not write it to " + where);
  else if (!own && currentPassword() !== password) alert("password: written to " + where + ", but the module reads another [dyndns] first (in ctrl/modopts.d/): put it there");
  else print("Password written to " + where);
}

/**
 * Asks for the QWKnet password and keeps it where the module reads it, [dyndns]
 * of ctrl/modopts.ini (ctrl/modopts/dyndns.ini when that file exists), never on
 * the event's command line, which Synchronet logs at every run.
 */
export function setPassword(): void {
  var hasCurrent = currentPassword() !== "";
  var fromEvent = eventPassword();
  var choice = choosePassword(ask(passwordQuestion(String(system.qwk_id), hasCurrent, fromEvent)), hasCurrent, fromEvent);
  if ("write" in choice) writePassword(choice.write);
  else if ("error" in choice) alert(choice.error);
  else if ("none" in choice) alert("password: none set; the DYNDNS event fails until you set password in [dyndns] of ctrl/modopts.ini");
}
