"use strict";
// Plain stand-ins for the core's ports (Connection, Network, Output): the core
// takes them as arguments, so no Synchronet global is faked here.
//
// The clock is honest: it moves by the time each operation would really take on
// a socket, never to whatever time it is asked for. A read that gets a line
// takes as long as the server takes to send it; a read that gets none takes the
// whole wait it was given (as poll() does); a connect to a hung host takes the
// whole connect timeout; a refusal takes REFUSE_MS. So a run's end on this clock
// is where it would end on a real one, to the millisecond.

/** What a refused connect costs (a loopback RST comes back at once). */
const REFUSE_MS = 1;

/** A clock that moves only when an operation takes time; it never goes back. */
function fakeClock(start = 1000000) {
  let t = start;
  return {
    now: () => t,
    advance: (ms) => {
      if (!(ms >= 0)) throw new Error("fakeClock: cannot move by " + ms + " ms");
      t += ms;
    },
  };
}

/**
 * A scripted server session. Each `script` item is what the server does next, after the
 * client's last answer:
 *   "text"                       sends that line at once
 *   { line: "text", afterMs }    sends it after afterMs
 *   { close: true, afterMs? }    closes (at once, or after afterMs)
 *   { error: "detail", afterMs? } the connection fails (reset, ...)
 *   { silent: true }             sends nothing ever
 *   { trickle: true }            sends bytes but never a whole line (to the reader, as silent)
 *   { endless: "text", everyMs } sends that line every everyMs, forever
 * Past the end of the script the server closes. options.sendFails: the 1-based number of the
 * sendLine() call that fails (the line never reaches the wire), options.sendMs: what a send
 * costs (default 0). `sent` gets every line that reached the wire; `reads` every `until` asked.
 */
function fakeConnection(script, clock, sent, options = {}) {
  let i = 0;
  let sends = 0;
  let waited = 0; // time already spent waiting for the current step
  const reads = [];
  function arrive(step) {
    const after = typeof step === "string" ? 0 : step.afterMs || step.everyMs || 0;
    return Math.max(0, after - waited);
  }
  function result(step) {
    if (typeof step === "string") return { kind: "line", line: { text: step, truncated: false } };
    if (step.line !== undefined) return { kind: "line", line: { text: step.line, truncated: false } };
    if (step.endless !== undefined) return { kind: "line", line: { text: step.endless, truncated: false } };
    if (step.error !== undefined) return { kind: "error", detail: step.error };
    return { kind: "closed" };
  }
  const conn = {
    reads,
    sendLine(text) {
      sends++;
      clock.advance(options.sendMs || 0);
      if (options.sendFails === sends) return false;
      sent.push(text);
      return true;
    },
    readLine(until) {
      reads.push(until);
      const step = i < script.length ? script[i] : { close: true };
      const left = until - clock.now();
      const never = typeof step === "object" && (step.silent || step.trickle);
      const wait = never ? Infinity : arrive(step);
      if (left <= 0 || wait > left) {
        // nothing before `until`: the read waits exactly that long (not at all when it is past: then
        // socketConnection answers timeout before it polls)
        const spent = Math.max(0, left);
        clock.advance(spent);
        waited += spent;
        return { kind: "timeout" };
      }
      clock.advance(wait);
      waited = 0;
      if (typeof step !== "object" || step.endless === undefined) i++;
      return result(step);
    },
    close() { conn.closed = true; },
    closed: false,
  };
  return conn;
}

function captureOutput() {
  const lines = [];
  const out = {};
  for (const kind of ["print", "info", "debug", "warn", "error"]) out[kind] = (text) => lines.push({ kind, text });
  return { out, lines, text: () => lines.map((l) => l.kind + ": " + l.text).join("\n") };
}

/**
 * hosts: { name: script | { script, acceptMs?, sendFails?, sendMs? } | { refuse: true } | { hang: true } }.
 * A connect to a hung host takes the whole timeout it is given; an accepting host takes acceptMs
 * (default 0; beyond the timeout it is a hung one).
 */
function fakeNetwork(hosts, clock) {
  const attempts = [];
  const sent = {};
  const connections = {};
  return {
    attempts, sent, connections,
    now: clock.now,
    connect(host, port, timeout) {
      const startedAt = clock.now();
      const attempt = { host, port, timeout, at: startedAt };
      attempts.push(attempt);
      const what = hosts[host];
      const limitMs = timeout * 1000;
      if (!what || what.refuse) {
        clock.advance(Math.min(REFUSE_MS, limitMs));
        return { ok: false, reason: "refused the connection" };
      }
      const script = Array.isArray(what) ? what : what.script;
      const acceptMs = Array.isArray(what) ? 0 : what.acceptMs || 0;
      if (what.hang || acceptMs > limitMs) {
        clock.advance(limitMs);
        return { ok: false, reason: "did not accept the connection within " + timeout + " s" };
      }
      clock.advance(acceptMs);
      sent[host] = sent[host] || [];
      const conn = fakeConnection(script, clock, sent[host], Array.isArray(what) ? {} : what);
      (connections[host] = connections[host] || []).push(conn);
      return { ok: true, connection: conn };
    },
  };
}

module.exports = { fakeClock, fakeConnection, captureOutput, fakeNetwork, REFUSE_MS };
