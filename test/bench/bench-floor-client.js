"use strict";
// The floor for `npm run bench`: a bare Node `net` client that speaks the DynDNS
// protocol (docs/PROTOCOL.md) from a fixed table of answers, with nothing else: no
// settings, no logging, no deadlines. It runs in its own process so that it does not
// share an event loop with the fake service it talks to.
//
//   node bench-floor-client.js <port> [count]   count updates one after the other, then exit
//                                              (status 0 when every one ended with `ok`)
//   fork(bench-floor-client.js) + send({port, count})  the same on request; replies
//                                              {done: count, ok: n} and waits for the next
const net = require("node:net");

const ANSWERS = {
  "id?": "VERT", "pw?": "s3cret", "ip?": "", "ip6?": "", "mx?": "",
  "txt?": "Vertrauen", "loc?": "", "wc?": "", "ttl?": "",
};

/** one update: resolves true when the service said `ok` */
function update(port) {
  return new Promise((resolve) => {
    const sock = net.connect({ host: "127.0.0.1", port });
    let buf = "";
    let ok = false;
    sock.setEncoding("latin1");
    sock.on("data", (d) => {
      buf += d;
      let nl;
      while ((nl = buf.indexOf("\n")) >= 0) {
        const line = buf.slice(0, nl).replace(/\r$/, "");
        buf = buf.slice(nl + 1);
        if (line === "ok") { ok = true; sock.end(); return; }
        sock.write((Object.prototype.hasOwnProperty.call(ANSWERS, line) ? ANSWERS[line] : "") + "\r\n");
      }
    });
    sock.on("error", () => {});
    sock.on("close", () => resolve(ok));
  });
}

async function many(port, count) {
  let ok = 0;
  for (let i = 0; i < count; i++) if (await update(port)) ok++;
  return ok;
}

if (process.send) {
  process.on("message", async (m) => {
    if (!m || m.quit) { process.disconnect(); return; }
    const ok = await many(m.port, m.count);
    process.send({ done: m.count, ok });
  });
} else {
  const port = Number(process.argv[2]);
  const count = Number(process.argv[3] || 1);
  many(port, count).then((ok) => { process.exitCode = ok === count ? 0 : 1; });
}
