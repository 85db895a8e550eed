export interface Line {
  text: string;
  truncated: boolean;
}

function withoutCr(text: string, truncated: boolean): Line {
  return { text: text.charAt(text.length - 1) === "\r" ? text.slice(0, -1) : text, truncated: truncated };
}

export interface LineReader {
  push(chunk: string): void;
  /** The next whole line, or null when none is complete yet. */
  next(): Line | null;
  /** At the end of the stream: the unfinished line, if any, as a last line. */
  end(): Line | null;
  /** Characters kept now (unfinished line and lines not yet taken): what the tests measure to show memory stays bounded. */
  held(): number;
}

/**
 * Cuts the bytes a server sends into lines: LF ends a line and one CR before it
 * is dropped. A line longer than `maxLength` is cut there and the rest of it,
 * up to its LF, is dropped, so memory stays bounded whatever the server sends.
 */
export function createLineReader(maxLength: number): LineReader {
  var buffer = "";
  var skipping = false;
  var done: Line[] = [];

  return {
    push: function (chunk: string): void {
      buffer += chunk;
      for (;;) {
        var lf = buffer.indexOf("\n");
        if (skipping) {
          if (lf < 0) { buffer = ""; return; }
          skipping = false;
          buffer = buffer.slice(lf + 1);
        } else if (lf >= 0 && lf <= maxLength) {
          done.push(withoutCr(buffer.slice(0, lf), false));
          buffer = buffer.slice(lf + 1);
        } else if (buffer.length > maxLength) {
          done.push(withoutCr(buffer.slice(0, maxLength), true));
          buffer = buffer.slice(maxLength);
          skipping = true;
        } else {
          return;
        }
      }
    },
    next: function (): Line | null {
      return done.length ? done.shift() as Line : null;
    },
    end: function (): Line | null {
      var rest = skipping ? "" : buffer;
      buffer = "";
      skipping = false;
      return rest.length ? withoutCr(rest, false) : null;
    },
    held: function (): number {
      var total = buffer.length;
      for (var i = 0; i < done.length; i++) total += done[i].text.length;
      return total;
    },
  };
}
