import { StateStore } from "../core/types";
import { readWholeFile, writeWhole } from "../../shared/host/files";

var DIRECTORY = "dyndns-service/";
/** A lock older than this (seconds) is left from a session that died: the next one takes it over. */
var LOCK_MAX_AGE = 300;

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
    read: function (id: string): string | null {
      var found = readWholeFile(path(id, ".json"), "rb");
      return found.kind === "text" ? found.text : null;
    },
    write: function (id: string, text: string): string | null { return writeWhole(path(id, ".json"), text); },
  };
}
