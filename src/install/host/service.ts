import { SERVICE_SECTION, SERVICE_SCRIPT, serviceKeys } from "../core/service";
import { DEFAULT_PORT } from "../../shared/core/protocol";
import { askNo, installDir, relativeToExec } from "./installer";

/**
 * The DynDNS service (dyndns-service.js beside this file) in ctrl/services.ini,
 * for a BBS that gives the members of its network host names: disabled unless
 * the sysop says yes. (install-xtrn.js's own [service:] items always enable
 * the service, after a question whose default is Yes.)
 */
export function installService(): void {
  var dir = installDir();
  var enable = askNo("Run the DynDNS service on port " + DEFAULT_PORT
    + " too (only for a BBS network's own name service; it needs [dyndns_service] in ctrl/modopts.ini)");
  var file = new File(file_cfgname(system.ctrl_dir, "services.ini"));
  if (!file.open(file.exists ? "r+" : "w+")) {
    alert("DynDNS service: cannot open " + file.name + " (error " + file.error + "); nothing written");
    return;
  }
  var keys = serviceKeys(file.iniGetObject(SERVICE_SECTION) !== null, enable, relativeToExec(dir) + SERVICE_SCRIPT);
  var written = true;
  for (var key in keys) {
    if (keys.hasOwnProperty(key)) written = file.iniSetValue(SERVICE_SECTION, key, keys[key]) === true && written;
  }
  file.close();
  if (!written) alert("DynDNS service: could not write [" + SERVICE_SECTION + "] of " + file.name);
  else if (keys) print("[" + SERVICE_SECTION + "] of " + file.name + ": " + (keys.Enabled ? "enabled" : "disabled (set Enabled = true to run it)"));
  if (enable && !file_exists(dir + SERVICE_SCRIPT)) alert("DynDNS service: " + dir + SERVICE_SCRIPT + " is missing: copy it there");
}
