import { Connection, ReadResult } from "../core/connection";
import { createLineReader } from "../core/lineReader";
import { now } from "./clock";

/** Longest single poll, so that Synchronet can stop the module between polls. */
var POLL_SLICE_MS = 1000;

export function describeSocketError(sock: Socket): string {
  return sock.error_str + " (error " + sock.error + ")";
}

/**
 * Lines come from poll() and recv() with our own deadline: recvline() keeps
 * waiting as long as the peer trickles bytes, so it cannot bound a session.
 */
/** `maxLength`: bytes of one line that are kept (and the most one recv() asks for). */
export function socketConnection(sock: Socket, maxLength: number): Connection {
  var reader = createLineReader(maxLength);
  var ended = false;

  function readLine(until: number): ReadResult {
    for (;;) {
      var line = reader.next();
      if (line) return { kind: "line", line: line };
      if (ended) return { kind: "closed" };
      var left = until - now();
      if (left <= 0) return { kind: "timeout" };
      var ready = sock.poll(Math.min(left, POLL_SLICE_MS) / 1000);
      if (ready < 0) return { kind: "error", detail: describeSocketError(sock) };
      if (ready === 0) continue;
      var chunk = sock.recv(maxLength, 0);
      if (chunk === null) return { kind: "error", detail: describeSocketError(sock) };
      if (chunk === "") {
        // Readable with nothing to read: the server closed. A last line without LF still counts.
        ended = true;
        var last = reader.end();
        if (last) return { kind: "line", line: last };
        return { kind: "closed" };
      }
      reader.push(chunk);
    }
  }

  function sendLine(text: string): boolean {
    var data = text + "\r\n";
    while (data.length > 0) {
      var sent = sock.send(data);
      if (sent === undefined || sent <= 0) return false;
      data = data.slice(sent);
    }
    return true;
  }

  return {
    sendLine: sendLine,
    readLine: readLine,
    close: function (): void { sock.close(); },
  };
}
