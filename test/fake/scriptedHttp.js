"use strict";
/*
 * A scripted HTTP or HTTPS server for the tests of the HTTP edge (src/shared/host/https.ts): each
 * connection is answered as the test says, byte for byte, including the ways a server misbehaves.
 * Loopback, ephemeral port. For HTTPS give `tls: { key, cert }` (certs.js).
 *
 *   const s = await startScripted({ tls, script: { answer: "HTTP/1.1 200 OK\r\n..." } });
 *   s.port, s.connections   // [{ request (the bytes that came, latin1), servername (TLS: the SNI sent, or false), closedBy }]
 *   await s.stop()
 *
 * script (one for every connection), or scripts: [...] (one per connection in order; the last one
 * serves every later connection):
 *   { answer: bytes, afterMs?: n }   once the request's head (and its Content-Length body) came, after afterMs, send and close
 *   { chunks: [bytes...], everyMs }  once the request came, send each piece everyMs apart, then close
 *   { trickle: bytes, everyMs }      once the request came, send one byte everyMs, repeating, until the client goes
 *   { silent: true }                 say nothing; stay open until the client closes or stop()
 *   { close: true }                  close as soon as the connection is accepted (before any TLS: a raw TCP server)
 *   { greet: bytes }                 send the bytes as soon as the connection is accepted, then close (a raw TCP
 *                                    server: over https://, a server that does not speak TLS)
 *   { noTls: true }                  (with tls) accept the TCP connection and say nothing at all: no handshake
 */
const net = require("node:net");
const tls = require("node:tls");

function requestComplete(text) {
  const end = text.indexOf("\r\n\r\n");
  if (end < 0) return false;
  const m = /\r\ncontent-length: *([0-9]+)/i.exec(text.slice(0, end));
  return text.length >= end + 4 + (m ? parseInt(m[1], 10) : 0);
}

async function startScripted(options) {
  const scripts = options.scripts || [options.script];
  const connections = [];
  const sockets = new Set();
  const timers = new Set();
  const later = (fn, ms) => { const t = setTimeout(() => { timers.delete(t); fn(); }, ms); timers.add(t); };

  function serve(sock, record, script) {
    let text = "";
    let started = false;
    sock.on("data", (d) => {
      text += d.toString("latin1");
      record.request = text;
      if (started || !requestComplete(text)) return;
      started = true;
      if (script.answer !== undefined) later(() => sock.end(Buffer.from(script.answer, "latin1")), script.afterMs || 0);
      else if (script.chunks) {
        script.chunks.forEach((c, i) => later(() => { if (!sock.destroyed) sock.write(Buffer.from(c, "latin1")); }, i * script.everyMs));
        later(() => sock.end(), script.chunks.length * script.everyMs);
      } else if (script.trickle !== undefined) {
        let i = 0;
        const next = () => {
          if (sock.destroyed || sock.writableEnded) return;
          sock.write(Buffer.from(script.trickle.charAt(i++ % script.trickle.length), "latin1"));
          later(next, script.everyMs);
        };
        next();
      }
    });
  }

  function accepted(sock, record) {
    connections.push(record);
    sockets.add(sock);
    sock.on("error", () => {});
    sock.on("close", () => { sockets.delete(sock); if (!record.closedBy) record.closedBy = "client"; });
  }

  const scriptFor = (n) => scripts[Math.min(n, scripts.length - 1)];
  // Without TLS, or when the script never gets as far as TLS, a plain TCP server.
  const raw = !options.tls || scripts.every((s) => s.close || s.noTls || s.greet !== undefined);
  const server = raw
    ? net.createServer((sock) => {
      const script = scriptFor(connections.length);
      const record = { request: "", servername: null, closedBy: null };
      accepted(sock, record);
      if (script.close) { record.closedBy = "server"; sock.destroy(); return; }
      if (script.greet !== undefined) { record.closedBy = "server"; sock.end(Buffer.from(script.greet, "latin1")); return; }
      if (!script.noTls) serve(sock, record, script);
    })
    : tls.createServer({ key: options.tls.key, cert: options.tls.chain || options.tls.cert }, (sock) => {
      const script = scriptFor(connections.length);
      const record = { request: "", servername: sock.servername, closedBy: null };
      accepted(sock, record);
      serve(sock, record, script);
    });
  if (!raw) server.on("tlsClientError", () => {});
  await new Promise((resolve, reject) => { server.once("error", reject); server.listen(0, "127.0.0.1", resolve); });
  return {
    port: server.address().port,
    connections,
    stop: () => new Promise((resolve) => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

/**
 * The servers of a test file: serve(options) starts a scripted one and keeps it, track(s) keeps
 * any other (a stand-in: whatever has stop()), stopAll() stops them all (call it in afterEach).
 */
function serverSet() {
  const list = [];
  return {
    async serve(options) { return this.track(await startScripted(options)); },
    track(server) { list.push(server); return server; },
    async stopAll() { while (list.length) await list.pop().stop(); },
  };
}

module.exports = { startScripted, serverSet };
