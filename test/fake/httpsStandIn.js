"use strict";
/*
 * What the provider stand-ins (noip.js, duckdns.js, cloudflare.js) have in common: an HTTPS
 * server on 127.0.0.1 and an ephemeral port, with a certificate from the test CA (certs.js)
 * naming the provider's host, that records every request it gets and answers through the
 * provider's handler. No test reaches a real provider: these stand in for them.
 *
 *   const s = await startStandIn({ name: "No-IP", hosts: ["dynupdate.no-ip.test"], handle });
 *   // handle({ method, path, query, headers, body }) -> { status, headers?, body } (body a string or an object: JSON)
 *   s.port, s.url(path)              // "https://127.0.0.1:<port><path>"
 *   s.requests                       // [{ method, path, query, headers, body, sni, at }] in arrival order
 *   s.certificate                    // { key, cert, chain } it serves
 *   await s.stop()
 *
 * query: each parameter's last value (as URLSearchParams reads it), and queryAll: every value.
 * options.plain: HTTP instead of HTTPS (for a test that wants the bytes without TLS).
 */
const http = require("node:http");
const https = require("node:https");
const { testCertificates } = require("./certs");

async function startStandIn(options) {
  const certificate = options.certificate || testCertificates().issue({ names: options.hosts });
  const requests = [];
  const sockets = new Set();

  function respond(req, res, body) {
    const url = new URL(req.url, "http://stand-in");
    const query = {};
    const queryAll = {};
    for (const [k, v] of url.searchParams) {
      query[k] = v;
      (queryAll[k] = queryAll[k] || []).push(v);
    }
    const record = {
      method: req.method, path: url.pathname, rawPath: req.url, query, queryAll, headers: req.headers,
      body, sni: req.socket.servername === undefined ? null : req.socket.servername, at: Date.now(),
    };
    requests.push(record);
    let answer;
    try {
      answer = options.handle(record);
    } catch (e) {
      answer = { status: 500, body: "stand-in failed: " + e.message };
    }
    const json = typeof answer.body === "object";
    const text = json ? JSON.stringify(answer.body) : String(answer.body);
    res.writeHead(answer.status, Object.assign({ "Content-Type": json ? "application/json" : "text/plain; charset=UTF-8" }, answer.headers || {}));
    res.end(text);
  }

  function onRequest(req, res) {
    const parts = [];
    req.on("data", (d) => parts.push(d));
    req.on("end", () => respond(req, res, Buffer.concat(parts).toString("latin1")));
  }

  const server = options.plain ? http.createServer(onRequest)
    : https.createServer({ key: certificate.key, cert: certificate.chain }, onRequest);
  server.on("connection", (s) => { sockets.add(s); s.on("close", () => sockets.delete(s)); });
  await new Promise((resolve, reject) => { server.once("error", reject); server.listen(0, "127.0.0.1", resolve); });
  const port = server.address().port;
  return {
    name: options.name,
    port,
    certificate,
    requests,
    url: (p) => (options.plain ? "http" : "https") + "://127.0.0.1:" + port + p,
    stop: () => new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

module.exports = { startStandIn };
