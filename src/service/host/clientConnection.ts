import { Connection } from "../../shared/core/connection";
import { socketConnection } from "../../shared/host/socketConnection";
import { now } from "../../shared/host/clock";
import { MAX_LINE_LENGTH } from "../../shared/core/protocol";

/** How long a client that keeps sending has to read our last line before the connection is closed. */
var LINGER_MS = 1000;
/** What is read (and dropped) meanwhile, looking for the client's own close. */
var LINGER_BYTES = 65536;

/**
 * Closing with unread bytes makes the kernel send a reset, which destroys our
 * last line if the client has not read it yet (a client still sending an
 * endless line, or an old one answering `ok` with a blank line). So: end our
 * side first (FIN), then read and drop what still comes until the client
 * closes; one that goes on past 64 KiB is left a second in all to read our
 * line, then the connection is closed.
 */
function closeGently(sock: Socket): void {
  sock.is_writeable = false;
  var until = now() + LINGER_MS;
  var dropped = 0;
  for (;;) {
    var left = until - now();
    if (left <= 0) break;
    if (dropped >= LINGER_BYTES) {
      mswait(Math.ceil(left));
      break;
    }
    if (sock.poll(left / 1000) <= 0) break;
    var chunk = sock.recv(4096, 0);
    if (chunk === null || chunk === "") break;
    dropped += chunk.length;
  }
  sock.close();
}

/** The client's connection (client.socket) as the session core reads and writes it. */
export function clientConnection(sock: Socket): Connection {
  var lines = socketConnection(sock, MAX_LINE_LENGTH);
  return {
    sendLine: lines.sendLine,
    readLine: lines.readLine,
    close: function (): void { closeGently(sock); },
  };
}
