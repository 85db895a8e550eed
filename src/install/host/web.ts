import { UPDATE_PATH } from "../../shared/core/dyndns2";
import { DEFAULT_WEB_ROOT, foreignFiles, WEB_DIRECTORY, WEB_FILES, webRoot } from "../core/web";
import { readWholeFile } from "../../shared/host/files";
import { askNo, installDir } from "./installer";

/** The web server's root directory: [Web] RootDirectory of sbbs.ini, as the web server resolves it. */
function webRootDir(): string {
  var file = new File(file_cfgname(system.ctrl_dir, "sbbs.ini"));
  var rootDirectory = DEFAULT_WEB_ROOT;
  // "r": open() with no mode is "w+" and would empty the BBS's sbbs.ini
  if (file.open("r", true)) {
    rootDirectory = String(file.iniGetValue("Web", "RootDirectory", DEFAULT_WEB_ROOT));
    file.close();
  }
  return backslash(fullpath(webRoot(system.ctrl_dir, rootDirectory)));
}

/**
 * The dyndns2 endpoint (nic/ beside this file) in the web root's nic/, for a network's
 * hub: only if the sysop says yes (the default is no, also with -auto); otherwise the web
 * root is not touched. Files there that are not the endpoint's are never replaced.
 */
export function installWeb(): void {
  var source = installDir() + WEB_DIRECTORY;
  if (!askNo("Serve the dyndns2 endpoint (" + UPDATE_PATH + ") from the web server too (only for a network's hub, for members'"
    + " routers, ddclient and inadyn; it needs [dyndns_service] in ctrl/modopts.ini)")) return;
  var target = webRootDir() + WEB_DIRECTORY;
  var existing: { [name: string]: string | null } = {};
  for (var i = 0; i < WEB_FILES.length; i++) {
    if (!file_exists(source + WEB_FILES[i])) {
      alert("dyndns2 endpoint: " + source + WEB_FILES[i] + " is missing: copy dist/nic/ there as nic/; nothing installed");
      return;
    }
    var found = readWholeFile(target + WEB_FILES[i], "r");
    existing[WEB_FILES[i]] = found.kind === "text" ? found.text : found.kind === "missing" ? null : "";
  }
  var foreign = foreignFiles(existing);
  if (foreign.length) {
    alert("dyndns2 endpoint: " + target + foreign.join(" and " + target) + (foreign.length > 1 ? " are not" : " is not")
      + " this endpoint's: nothing installed (move it away, then run the installer again)");
    return;
  }
  if (!mkpath(target)) {
    alert("dyndns2 endpoint: cannot make " + target + "; nothing installed");
    return;
  }
  for (var f = 0; f < WEB_FILES.length; f++) {
    if (!file_copy(source + WEB_FILES[f], target + WEB_FILES[f])) {
      alert("dyndns2 endpoint: could not copy " + source + WEB_FILES[f] + " to " + target);
      return;
    }
  }
  print("dyndns2 endpoint installed in " + target + " (" + UPDATE_PATH + " and /nic/checkip of the web server)");
}
