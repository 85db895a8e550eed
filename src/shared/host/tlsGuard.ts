// Bounds a TLS handshake by a deadline. Setting Socket.ssl_session blocks inside
// cryptlib, which waits up to its own connect timeout (30 s) for a server that
// accepted the connection and says nothing, and no script can shorten it. A guard
// in a background thread (load(true, ...)) shuts the socket down at the deadline,
// which ends the handshake. docs/https-from-synchronet.md, "The handshake guard".

import { now } from "./clock";

/** The first argument of a guard's run: what tells the script it was loaded as one. */
var GUARD_WORD = "--dyndns-tls-guard";
var RELEASE = "release";
var RELEASED = "released";
var FIRED = "fired";
/** How long release() waits for the guard's reply: it answers at once unless it is shutting the socket down. */
var REPLY_WAIT_MS = 1000;

var MISMATCH = "mismatch";

/** The background thread's queue, when this script runs as one (`parent_queue` exists only there). */
function parentQueue(): Queue | null {
  var queue = js.global.parent_queue as Queue | undefined;
  return queue && typeof queue.read === "function" ? queue : null;
}

/** Whether this run is a guard's: call first thing, and then runGuard() and nothing else. */
export function isGuardRun(): boolean {
  return argv.length === 4 && argv[0] === GUARD_WORD && parentQueue() !== null;
}

/** Which connection a descriptor holds now: both ends, so that a reused descriptor does not pass for it. */
function identity(sock: Socket): string {
  return sock.local_port + " " + sock.remote_ip_address + " " + sock.remote_port;
}

/**
 * The guard's whole run: waits for "release" until its time is up; if none came,
 * shuts the socket down (a Socket made from the descriptor is external: close()
 * shuts it down and leaves the descriptor to its owner), unless the descriptor
 * now holds another connection. Then says which it did.
 */
export function runGuard(): void {
  var queue = parentQueue();
  if (!queue) return;
  var descriptor = parseInt(argv[1], 10);
  var waitMs = parseInt(argv[2], 10);
  if (queue.read(waitMs) === RELEASE) {
    queue.write(RELEASED);
    return;
  }
  var wrapped = new Socket(true, descriptor);
  if (identity(wrapped) !== argv[3]) {
    queue.write(MISMATCH);
    return;
  }
  wrapped.close();
  queue.write(FIRED);
}

export interface Guard {
  /** Ends the guard; false when it had already shut the socket down. */
  release(): boolean;
}

/**
 * Starts a guard over the socket for `waitMs`. `script` is the file to run in the
 * background: one whose first act is `if (isGuardRun()) runGuard()` (the module
 * itself, js.exec_path). A string when it cannot start.
 */
export function startGuard(script: string, sock: Socket, waitMs: number): Guard | string {
  var queue: Queue;
  try {
    queue = load(true, script, GUARD_WORD, String(sock.descriptor), String(Math.max(1, Math.floor(waitMs))), identity(sock));
  } catch (e) {
    return "could not start the TLS handshake guard (" + script + "): " + e;
  }
  return {
    release: function (): boolean {
      queue.write(RELEASE);
      // Only once the guard has answered is the descriptor sure to be left alone (it could be reused after close()).
      for (var until = now() + REPLY_WAIT_MS; now() < until;) {
        var reply = queue.read(REPLY_WAIT_MS);
        if (reply === RELEASED) return true;
        if (reply === FIRED || reply === MISMATCH) return false;
      }
      return false;
    },
  };
}
