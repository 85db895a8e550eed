import { readExistingEvent } from "../core/existingEvent";
import { findEvent, replaceExistingEvents, installDir, startsHere } from "./installer";

/**
 * Lets the [event:DYNDNS] item replace the DYNDNS event Synchronet ships
 * (`?dyndns.js YOURPASS`, disabled) or the wiki's (`?dyndns password`); any
 * other DYNDNS event (also the one an earlier run installed) is the sysop's own,
 * left to the installer's usual rule.
 */
export function prepareEvent(): void {
  var event = findEvent("DYNDNS");
  if (!event) return;
  var existing = readExistingEvent(String(event.cmd), startsHere(event));
  if (existing.replace && replaceExistingEvents()) {
    print("The DYNDNS timed event that runs dyndns.js will be replaced by this module's (its password, if any, goes to ctrl/modopts.ini).");
  } else if (!existing.replace && existing.ours) {
    print("The DYNDNS timed event already runs this module from " + installDir() + ": kept as it is.");
  } else if (!existing.replace) {
    print("ctrl/xtrn.ini has a DYNDNS timed event of your own (" + existing.reason + "): the installer leaves it unless you say so."
      + " To run this module from it, set its command line to ?dyndns with your options and its startup directory to " + installDir());
  } else {
    alert("cannot replace the DYNDNS timed event (install-xtrn.js has no options object): run install-xtrn with -overwrite");
  }
}
