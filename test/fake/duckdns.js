"use strict";
/*
 * Stand-in for DuckDNS's update API (www.duckdns.org), on loopback over HTTPS with a certificate
 * from the test CA (certs.js). No test reaches DuckDNS: this follows duckdns.org/spec.jsp as the
 * author knows it:
 *   GET /update?domains=a[,b...]&token=TOKEN[&ip=IPv4][&ipv6=IPv6][&verbose=true][&clear=true]
 *   GET /update?domains=a&token=TOKEN&txt=TEXT[&verbose=true][&clear=true]     (the TXT record)
 * domains are the names under duckdns.org, with or without ".duckdns.org". Without ip (or with
 * ip empty) the IPv4 address the request came from is used (127.0.0.1 here); IPv6 is never
 * detected. clear=true empties both addresses (or the TXT record) whatever else is asked.
 * Answer (text/plain, always HTTP 200): "OK", or "KO" for a wrong token, a domain the token does
 * not own, or an address that is not one. With verbose=true a success says more, one item a line:
 *   OK \n <ipv4> \n <ipv6> \n UPDATED|NOCHANGE        (TXT: OK \n <txt> \n UPDATED|NOCHANGE)
 *
 *   const duck = await startDuckDns({ token: "8c1...", domains: { mybbs: { ipv4: "", ipv6: "", txt: "" } } });
 *   duck.url("/update?domains=mybbs&token=...&verbose=true"), duck.requests, duck.domains()
 *   await duck.stop()
 */
const net = require("node:net");
const { startStandIn } = require("./httpsStandIn");

const SUFFIX = ".duckdns.org";

async function startDuckDns(options) {
  const domains = JSON.parse(JSON.stringify(options.domains || {}));

  function answer(lines) {
    return { status: 200, body: lines.join("\n") };
  }

  function handle(req) {
    if (req.path !== "/update") return { status: 404, body: "not found" };
    const q = req.query;
    const verbose = q.verbose === "true";
    const clear = q.clear === "true";
    const names = (q.domains || "").split(",").map((d) => (d.endsWith(SUFFIX) ? d.slice(0, -SUFFIX.length) : d)).filter((d) => d);
    if (!q.token || q.token !== options.token || !names.length) return answer(["KO"]);
    if (names.some((d) => !Object.prototype.hasOwnProperty.call(domains, d))) return answer(["KO"]);
    let changed = false;
    if (q.txt !== undefined) {
      const txt = clear ? "" : q.txt;
      for (const d of names) { changed = changed || domains[d].txt !== txt; domains[d].txt = txt; }
      return answer(verbose ? ["OK", txt, changed ? "UPDATED" : "NOCHANGE"] : ["OK"]);
    }
    let ipv4 = q.ip === undefined || q.ip === "" ? "127.0.0.1" : q.ip;
    let ipv6 = q.ipv6 === undefined ? "" : q.ipv6;
    if (!net.isIPv4(ipv4) || (ipv6 !== "" && !net.isIPv6(ipv6))) return answer(["KO"]);
    if (clear) ipv4 = ipv6 = "";
    for (const d of names) {
      const keep6 = q.ipv6 === undefined && !clear;
      const next = { ipv4, ipv6: keep6 ? domains[d].ipv6 : ipv6 };
      changed = changed || domains[d].ipv4 !== next.ipv4 || domains[d].ipv6 !== next.ipv6;
      Object.assign(domains[d], next);
    }
    const first = domains[names[0]];
    return answer(verbose ? ["OK", first.ipv4, first.ipv6, changed ? "UPDATED" : "NOCHANGE"] : ["OK"]);
  }

  const s = await startStandIn({ name: "DuckDNS", hosts: options.hosts || ["www.duckdns.test"], handle, plain: options.plain });
  return Object.assign(s, { domains: () => JSON.parse(JSON.stringify(domains)) });
}

module.exports = { startDuckDns };
