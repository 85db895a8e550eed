import { FileRead } from "../core/fileRead";

/**
 * The whole file. `mode` "r" or "rb" ("r" alone matters: open() without a mode
 * is "w+" and would empty the file); opened shareable, so nobody is locked out.
 */
export function readWholeFile(path: string, mode: string): FileRead {
  if (!file_exists(path)) return { kind: "missing" };
  var file = new File(path);
  if (!file.open(mode, true)) return { kind: "unreadable" };
  var text = file.read();
  file.close();
  return text === null ? { kind: "unreadable" } : { kind: "text", text: text };
}

/**
 * Writes the file whole or not at all: a new file beside it, checked, then
 * renamed over it. rename() replaces an existing file at once on POSIX; on
 * Windows it refuses, so the old file is removed first (a crash between the two
 * leaves no file, never half of one). Returns null when written, else why not.
 */
export function writeWhole(path: string, text: string): string | null {
  var temporary = path + ".new";
  var file = new File(temporary);
  if (!file.open("wb")) return "cannot create " + temporary;
  var wrote = file.write(text);
  file.close();
  if (!wrote || file_size(temporary) !== text.length) {
    file_remove(temporary);
    return "could not write all of " + temporary;
  }
  if (file_rename(temporary, path)) return null;
  if (file_exists(path) && file_remove(path) && file_rename(temporary, path)) return null;
  file_remove(temporary);
  return "could not rename " + temporary + " to " + path;
}
