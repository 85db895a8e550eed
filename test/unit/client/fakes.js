"use strict";
// Plain stand-ins for the core's ports (Connection, Network, Output): the core
// takes them as arguments, so no Synchronet global is faked here.

/** A clock that moves only when a read waits. */
function fakeClock() {
  let t = 1000000;
  return { now: () => t, advance: (ms) => { t += ms; } };
}

/**
 * A scripted server session: `script` items are lines the server sends in turn
 * (each waits for one answer), or {close:true}, {silent:true}.
 */
function fakeConnection(script, clock, sent) {
  let i = 0;
  return {
    sendLine(text) { sent.push(text); return true; },
    readLine(until) {
      const step = script[i++];
      if (step === undefined || (step && step.close)) return { kind: "closed" };
      if (step && step.silent) { clock.advance(Math.max(0, until - clock.now())); return { kind: "timeout" }; }
      return { kind: "line", line: { text: step, truncated: false } };
    },
    close() {},
  };
}

function captureOutput() {
  const lines = [];
  const out = {};
  for (const kind of ["print", "info", "debug", "warn", "error"]) out[kind] = (text) => lines.push({ kind, text });
  return { out, lines, text: () => lines.map((l) => l.kind + ": " + l.text).join("\n") };
}

/** hosts: { name: script | {refuse:true} | {hang:true} } */
function fakeNetwork(hosts, clock) {
  const attempts = [];
  const sent = {};
  return {
    attempts, sent,
    now: clock.now,
    connect(host, port, timeout) {
      attempts.push({ host, port, timeout });
      const script = hosts[host];
      if (!script || script.refuse) return { ok: false, reason: "refused the connection" };
      if (script.hang) { clock.advance(timeout * 1000); return { ok: false, reason: "did not accept the connection within " + timeout + " s" }; }
      sent[host] = [];
      return { ok: true, connection: fakeConnection(script, clock, sent[host]) };
    },
  };
}

module.exports = { fakeClock, fakeConnection, captureOutput, fakeNetwork };
