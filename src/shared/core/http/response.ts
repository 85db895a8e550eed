/** A whole HTTP answer, whatever its status: the caller decides what a status means. */
export interface HttpResponse {
  status: number;
  /** The reason phrase of the status line ("" when the server sent none). */
  statusText: string;
  /** Lower-case names; a header sent more than once has its values joined by ", ". */
  headers: { [name: string]: string };
  /** Bytes (one char per byte), chunked transfer coding removed. */
  body: string;
}

export type ResponseProgress =
  | { kind: "more" }
  | { kind: "done"; response: HttpResponse }
  | { kind: "bad"; reason: string };

/** Reads one answer from the bytes of a connection, as they come. */
export interface ResponseParser {
  push(chunk: string): ResponseProgress;
  /** The server closed the connection. */
  end(): ResponseProgress;
  /** Bytes taken so far (at most maxBytes). */
  received(): number;
}

var STATUS_LINE = /^HTTP\/1\.[0-9] ([1-9][0-9]{2})(?: (.*))?$/;
var HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;
var CHUNK_SIZE = /^([0-9A-Fa-f]{1,8})[ \t]*(;.*)?$/;
var HEAD_END = /\r?\n\r?\n/;
/** The longest chunk-size or trailer line waited for: anything longer is not HTTP. */
var MAX_LINE = 1024;

type Phase = "head" | "length" | "chunk-size" | "chunk-data" | "chunk-end" | "trailers" | "close";

function more(): ResponseProgress {
  return { kind: "more" };
}

function bad(reason: string): ResponseProgress {
  return { kind: "bad", reason: reason };
}

/** The header block as a map; null when a line is not a header. */
function parseHeaders(lines: string[]): { [name: string]: string } | null {
  var headers: { [name: string]: string } = {};
  var last = "";
  for (var i = 0; i < lines.length; i++) {
    var line = lines[i];
    if (/^[ \t]/.test(line) && last) {
      // An obsolete folded line continues the header before it (RFC 9112 section 5.2).
      headers[last] += " " + line.replace(/^[ \t]+|[ \t]+$/g, "");
      continue;
    }
    var m = HEADER_LINE.exec(line);
    if (!m) return null;
    last = m[1].toLowerCase();
    headers[last] = headers.hasOwnProperty(last) ? headers[last] + ", " + m[2] : m[2];
  }
  return headers;
}

/** The one length every Content-Length value gives, or -1 (RFC 9110 section 8.6: a list of equal values counts as one). */
function contentLength(value: string): number {
  var values = value.split(",");
  var length = -1;
  for (var i = 0; i < values.length; i++) {
    var text = values[i].replace(/^[ \t]+|[ \t]+$/g, "");
    if (!/^[0-9]{1,15}$/.test(text)) return -1;
    var n = parseInt(text, 10);
    if (length >= 0 && n !== length) return -1;
    length = n;
  }
  return length;
}

/** The first line of `buffer` without its LF and one CR, or null while it has no LF. */
function firstLine(buffer: string): { line: string; rest: string } | null {
  var lf = buffer.indexOf("\n");
  if (lf < 0) return null;
  var line = buffer.slice(0, lf);
  return { line: line.charAt(line.length - 1) === "\r" ? line.slice(0, -1) : line, rest: buffer.slice(lf + 1) };
}

/**
 * The answer to one request on a connection of its own (RFC 9112): status line
 * and headers (interim 1xx answers skipped), then a body framed by chunked
 * transfer coding, by Content-Length, or by the end of the connection. No body
 * after HEAD, 204 and 304. At most `maxBytes` are taken, whatever the server
 * sends, so a runaway answer costs bounded memory.
 */
export function createResponseParser(maxBytes: number, headRequest: boolean): ResponseParser {
  var buffer = "";
  var received = 0;
  var phase: Phase = "head";
  var left = 0;
  var status = 0;
  var statusText = "";
  var headers: { [name: string]: string } = {};
  var body = "";
  var outcome: ResponseProgress | null = null;

  function finish(result: ResponseProgress): ResponseProgress {
    outcome = result;
    return result;
  }

  function done(): ResponseProgress {
    return finish({ kind: "done", response: { status: status, statusText: statusText, headers: headers, body: body } });
  }

  function tooLarge(): ResponseProgress {
    return finish(bad("the answer is larger than " + maxBytes + " bytes"));
  }

  /** After the headers: how the body is framed (RFC 9112 section 6.3). */
  function startBody(): ResponseProgress | null {
    if (headRequest || status === 204 || status === 304) return done();
    var coding = headers["transfer-encoding"];
    if (coding !== undefined) {
      phase = /(^|,)[ \t]*chunked[ \t]*$/i.test(coding) ? "chunk-size" : "close";
      return null;
    }
    var length = headers["content-length"];
    if (length === undefined) {
      phase = "close";
      return null;
    }
    left = contentLength(length);
    if (left < 0) return finish(bad("the answer's Content-Length is not one number"));
    if (left > maxBytes) return tooLarge();
    phase = "length";
    return null;
  }

  function readHead(): ResponseProgress | null {
    var end = HEAD_END.exec(buffer);
    if (!end) return more();
    var lines = buffer.slice(0, end.index).split(/\r?\n/);
    buffer = buffer.slice(end.index + end[0].length);
    var m = STATUS_LINE.exec(lines[0]);
    if (!m) return finish(bad("the answer does not start with an HTTP/1.x status line"));
    status = parseInt(m[1], 10);
    statusText = m[2] || "";
    var parsed = parseHeaders(lines.slice(1));
    if (!parsed) return finish(bad("the answer has a header line that is not 'name: value'"));
    headers = parsed;
    if (status === 101) return finish(bad("the server switched protocols (101), which was not asked for"));
    // An interim answer (100 Continue, 103 Early Hints): the real one follows.
    if (status < 200) return null;
    return startBody();
  }

  function readChunkSize(): ResponseProgress | null {
    var next = firstLine(buffer);
    if (!next) return buffer.length > MAX_LINE ? finish(bad("a chunk size line is too long")) : more();
    var m = CHUNK_SIZE.exec(next.line);
    if (!m) return finish(bad("a chunk size is not a hexadecimal number"));
    buffer = next.rest;
    left = parseInt(m[1], 16);
    if (body.length + left > maxBytes) return tooLarge();
    phase = left === 0 ? "trailers" : "chunk-data";
    return null;
  }

  function readChunkEnd(): ResponseProgress | null {
    if (buffer === "" || buffer === "\r") return more();
    var end = buffer.slice(0, 2) === "\r\n" ? 2 : buffer.charAt(0) === "\n" ? 1 : 0;
    if (!end) return finish(bad("a chunk is not followed by a line break"));
    buffer = buffer.slice(end);
    phase = "chunk-size";
    return null;
  }

  function readTrailers(): ResponseProgress | null {
    var next = firstLine(buffer);
    if (!next) return buffer.length > MAX_LINE ? finish(bad("a trailer line is too long")) : more();
    buffer = next.rest;
    return next.line === "" ? done() : null;
  }

  /** Takes what the buffer holds as far as it goes: the outcome, or "more". */
  function advance(): ResponseProgress {
    for (;;) {
      var step: ResponseProgress | null;
      if (phase === "head") step = readHead();
      else if (phase === "length") {
        if (buffer.length < left) return more();
        body = buffer.slice(0, left);
        return done();
      } else if (phase === "chunk-size") step = readChunkSize();
      else if (phase === "chunk-data") {
        var take = buffer.slice(0, left);
        body += take;
        left -= take.length;
        buffer = buffer.slice(take.length);
        if (left > 0) return more();
        phase = "chunk-end";
        step = null;
      } else if (phase === "chunk-end") step = readChunkEnd();
      else if (phase === "trailers") step = readTrailers();
      else {
        body += buffer;
        buffer = "";
        return more();
      }
      if (step) return step;
    }
  }

  function unfinished(): string {
    if (received === 0) return "the server closed the connection without answering";
    if (phase === "head") return "the server closed the connection in the middle of the answer's headers";
    if (phase === "length") return "the server closed the connection after " + buffer.length + " of the body's " + left + " bytes";
    return "the server closed the connection in the middle of the chunked body";
  }

  return {
    push: function (chunk: string): ResponseProgress {
      if (outcome) return outcome;
      // Only what fits is taken: an answer complete within maxBytes is read whatever follows it.
      var taken = chunk.slice(0, maxBytes - received);
      received += taken.length;
      buffer += taken;
      var progress = advance();
      return progress.kind === "more" && taken.length < chunk.length ? tooLarge() : progress;
    },
    end: function (): ResponseProgress {
      if (outcome) return outcome;
      if (phase === "close") return done();
      return finish(bad(unfinished()));
    },
    received: function (): number {
      return received;
    },
  };
}
