"use strict";
// A hub on real parts, as docs/hub.md sets one up: one sbbs of either pack runs its web server
// with dist/nic/ as the web root's nic/ (the dyndns2 endpoint) and its services server with
// dist/dyndns-service.js (the 8467 service), both publishing through the hub's core to a real
// Knot DNS 3.2 or BIND 9.18 on loopback; the user database holds the QWKnet accounts of
// test/service/stack.js. The stack's clients work on it as they are: ourClient(hub, ...) and
// stockClient(hub, ...) (with { stock: true }), publishesNothing(hub, name, action).
//
//   const hub = await startHub({ version: "3.22a", dnsServer: "bind", stock: true });
//   hub.web           // startWebServer()'s server: hub.web.http.url("/nic/update"), trustAnchor(), clientEnv()
//   hub.knot          // the DNS server (Knot or BIND: the same helpers), hub.audit(), hub.setSettings({...})
//   await hub.stop()
const fs = require("node:fs");
const path = require("node:path");
const { startWebServer, PACKS } = require("./webServer");
const { startKnot, startBind } = require("../real/dns");
const { makeRoot, nonLoopbackAddress } = require("../real/pack");
const { USERS, SERVICE, serviceSections, settingsWriter, parseAudit } = require("../service/stack");

const DIST_NIC = path.join(__dirname, "../../dist/nic");

/** The files of dist/nic/ as a hub copies them into its web root's nic/. */
function endpointFiles() {
  const files = {};
  for (const name of fs.readdirSync(DIST_NIC)) files["nic/" + name] = fs.readFileSync(path.join(DIST_NIC, name), "latin1");
  return files;
}

/**
 * options: version ("3.22a" default, or "3.30a"); dnsServer: "knot" (default) or "bind";
 * stock: also serve port 8467 for the stock client; settings: [dyndns_service] keys over the
 * stack's (allow_private, min_interval 0...); address: where clients reach the web server
 * (default: this machine's first non-loopback IPv4 address, so that /nic/checkip shows an
 * address inadyn takes); extraUsers: more users, as makeUsers() takes them.
 */
async function startHub(options = {}) {
  const version = options.version || "3.22a";
  const dns = await (options.dnsServer === "bind" ? startBind : startKnot)({ zone: "bbs.test" });
  let web = null;
  try {
    const { port, stockAddress, sections } = await serviceSections(options.stock);
    web = await startWebServer({
      version,
      address: options.address || nonLoopbackAddress(),
      users: USERS.concat(options.extraUsers || []),
      files: endpointFiles(),
      rootFiles: { "mods/dyndns-service.js": fs.readFileSync(SERVICE, "latin1") },
      services: sections,
    });
    const setSettings = settingsWriter(web.root, dns, options.settings);
    await setSettings();
    const member = await makeRoot({ pack: PACKS[version] });
    return {
      version, web, knot: dns, port, stockAddress, member, setSettings, users: web.users,
      /** The audit log's lines, parsed: both front ends write to it. */
      audit: () => parseAudit(web.root.read("data/dyndns-service.log")),
      console: () => web.log(),
      async stop() {
        member.remove();
        await Promise.all([web.stop(), dns.stop()]);
      },
    };
  } catch (e) {
    await Promise.all([web ? web.stop() : null, dns.stop()]);
    throw e;
  }
}

module.exports = { startHub, endpointFiles };
