/**
 * The dyndns2 endpoint as install-xtrn.ini installs it on a hub: the files of dist/nic/,
 * shipped in the installer's directory as nic/, copied into the web server's root as nic/
 * (so that /nic/update and /nic/checkip run its index.ssjs), only when the sysop says yes.
 */
export var WEB_DIRECTORY = "nic/";
export var WEB_FILES = ["index.ssjs", "webctrl.ini"];

/** What both files say in their first lines (build.mjs writes it): a file without it is not ours. */
export var ENDPOINT_MARK = "dyndns2 endpoint of the Synchronet DynDNS service";

/** [Web] RootDirectory of sbbs.ini when it is not set (Synchronet's WEB_DEFAULT_ROOT_DIR). */
export var DEFAULT_WEB_ROOT = "../web/root";

/** The web root as the web server finds it: RootDirectory as it is when absolute, else below the ctrl directory (with its trailing slash). */
export function webRoot(ctrlDir: string, rootDirectory: string): string {
  var dir = rootDirectory.replace(/^\s+|\s+$/g, "") || DEFAULT_WEB_ROOT;
  return /^([A-Za-z]:)?[\\/]/.test(dir) ? dir : ctrlDir + dir;
}

/**
 * The files already in the web root's nic/ that are another's (null: not there); the
 * endpoint's own, from an earlier install, are replaced (that is how it is upgraded).
 */
export function foreignFiles(existing: { [name: string]: string | null }): string[] {
  var foreign: string[] = [];
  for (var i = 0; i < WEB_FILES.length; i++) {
    var text = existing[WEB_FILES[i]];
    if (text !== null && text !== undefined && text.indexOf(ENDPOINT_MARK) < 0) foreign.push(WEB_FILES[i]);
  }
  return foreign;
}
