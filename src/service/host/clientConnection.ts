import { Connection } from "../../shared/core/connection";
import { socketConnection } from "../../shared/host/socketConnection";
import { now } from "../../shared/host/clock";
import { MAX_ANSWER_LENGTH } from "../core/session";

/** How long, and how much, a client that keeps sending is read (and dropped) before the connection is closed. */
var LINGER_MS = 1000;
var LINGER_BYTES = 65536;

/**
 * Closing with unread bytes makes the kernel send a reset, which can destroy our
 * last line before the client reads it (a client still sending an endless
 * line, or an old one answering `ok` with a blank line). So: end our side
 * first (FIN), then read and drop what still comes until the client closes,
 * for at most a second or 64 KiB, then close.
 */
function closeGently(sock: Socket): void {
  sock.is_writeable = false;
  var until = now() + LINGER_MS;
  var dropped = 0;
  while (dropped < LINGER_BYTES) {
    var left = until - now();
    if (left <= 0 || sock.poll(left / 1000) <= 0) break;
    var chunk = sock.recv(4096, 0);
    if (chunk === null || chunk === "") break;
    dropped += chunk.length;
  }
  sock.close();
}

/** The client's connection (client.socket) as the session core reads and writes it. */
export function clientConnection(sock: Socket): Connection {
  var lines = socketConnection(sock, MAX_ANSWER_LENGTH);
  return {
    sendLine: lines.sendLine,
    readLine: lines.readLine,
    close: function (): void { closeGently(sock); },
  };
}
