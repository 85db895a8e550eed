import { StateStore } from "../core/app";

var DIRECTORY = "dyndns-service/";
/** A lock older than this (seconds) is left from a session that died: the next one takes it over. */
var LOCK_MAX_AGE = 300;

/** Writes the file whole or not at all: a new file beside it, then renamed over it. Null when done, else why not. */
function writeWhole(path: string, text: string): string | null {
  var temporary = path + ".new";
  var file = new File(temporary);
  if (!file.open("w")) return "cannot create " + temporary + " (error " + file.error + ")";
  var wrote = file.write(text);
  file.close();
  if (!wrote) {
    file_remove(temporary);
    return "could not write " + temporary;
  }
  if (file_rename(temporary, path)) return null;
  // Windows' rename() does not replace an existing file.
  if (file_remove(path) && file_rename(temporary, path)) return null;
  file_remove(temporary);
  return "could not rename " + temporary + " to " + path;
}

function readWhole(path: string): string | null {
  if (!file_exists(path)) return null;
  var file = new File(path);
  if (!file.open("r", true)) return null;
  var text = file.read();
  file.close();
  return text;
}

/** One small file per id under data/dyndns-service/ (the rate limits) and its lock file beside it. */
export function stateFiles(): StateStore {
  var dir = system.data_dir + DIRECTORY;
  var ready = false;
  function path(id: string, ext: string): string {
    if (!ready) ready = mkpath(dir);
    return dir + id + ext;
  }
  return {
    lock: function (id: string): boolean { return file_mutex(path(id, ".lock"), "dyndns-service", LOCK_MAX_AGE); },
    unlock: function (id: string): void { file_remove(path(id, ".lock")); },
    read: function (id: string): string | null { return readWhole(path(id, ".json")); },
    write: function (id: string, text: string): string | null { return writeWhole(path(id, ".json"), text); },
  };
}
