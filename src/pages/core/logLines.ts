/**
 * A file read by byte offset (the host's File opened "rb": one char per byte), so that a page
 * reads only the part of the audit log it needs, never the whole file into one string.
 */
export interface ByteSource {
  /** Bytes in the file now. */
  size: number;
  /** Up to `length` bytes from `offset` ("" at the end), or null when the file cannot be read. */
  read(offset: number, length: number): string | null;
}

/** Bytes read at a time: a 100,000-line log (about 30 MB) is read in some 120 pieces, never whole. */
export var CHUNK_BYTES = 256 * 1024;
/**
 * Longest line taken: an audit line is a few hundred bytes (an id of at most 64 characters,
 * a reason, two record views); anything longer is not one of them and is skipped whole.
 */
export var MAX_LINE_BYTES = 64 * 1024;

/**
 * Calls `visit` with each complete line (its end, LF or CRLF, left off) that starts at or after
 * `start`, and its offset, as long as `more()` says so before each chunk. A last line with no LF
 * yet is being written: it is not visited, and the offset returned (where to go on next time) is
 * its start.
 */
export function eachLine(source: ByteSource, start: number, visit: (line: string, offset: number) => void, more: () => boolean): number {
  var position = start;
  var pending = "";
  var pendingAt = start;
  var skipping = false;
  while (position < source.size && more()) {
    var data = source.read(position, Math.min(CHUNK_BYTES, source.size - position));
    if (data === null || data === "") break;
    position += data.length;
    var text = pending + data;
    var start = 0;
    for (var end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
      if (!skipping) visit(text.charAt(end - 1) === "\r" ? text.slice(start, end - 1) : text.slice(start, end), pendingAt + start);
      skipping = false;
      start = end + 1;
    }
    pendingAt += start;
    pending = text.slice(start);
    if (pending.length > MAX_LINE_BYTES) {
      // Not an audit line: skipped up to its end, wherever that is.
      skipping = true;
      pendingAt += pending.length;
      pending = "";
    }
  }
  return skipping ? position : pendingAt;
}

/** The complete line that starts at `offset` (its end left off), or null when there is none there. */
export function lineAt(source: ByteSource, offset: number): string | null {
  var text = "";
  while (text.length <= MAX_LINE_BYTES && offset + text.length < source.size) {
    var data = source.read(offset + text.length, Math.min(4096, source.size - offset - text.length));
    if (data === null || data === "") return null;
    var end = data.indexOf("\n");
    if (end >= 0) {
      text += data.slice(0, end);
      return text.charAt(text.length - 1) === "\r" ? text.slice(0, -1) : text;
    }
    text += data;
  }
  return null;
}
