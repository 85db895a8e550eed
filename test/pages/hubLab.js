"use strict";
// A hub with a history, on real parts: the real web server of one Synchronet pack (test/web/webServer.js)
// serving the built dist/nic/ (the dyndns2 endpoint) and dist/dyndns/ (the pages), a real Knot DNS
// 3.2 with the zone, QWKnet members and the sysop; its audit log holds the past (lines written
// by the hub's own writer, auditLine, with past times) and then what real requests to /nic/update
// wrote now (the endpoint itself writing its lines and publishing to Knot).
//
//   const lab = await startHubLab("3.30a");
//   lab.url("/dyndns/hub"), lab.members, lab.hostile, await lab.stop()
const fs = require("node:fs");
const path = require("node:path");
const { execFile } = require("node:child_process");
require("../support/register-ts.js");
const { auditLine } = require("../../src/hub/core/audit");
const { startWebServer, WEB_USERS } = require("../web/webServer");
const { startKnot } = require("../real/dns");

const DIST = path.join(__dirname, "../../dist");
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** A TXT record and an id a hostile member or client sent: both must show as text. */
const HOSTILE = { txt: "<script>alert('txt')</script>", id: "<img src=x onerror=alert('id')>" };

/** The members beyond the web lab's own (TESTBBS, VERT): each in the state its name says. */
const MEMBERS = [
  { alias: "STALEBBS", password: "StalePass3", qwk: true },
  { alias: "FAILBBS", password: "FailPass4", qwk: true },
  { alias: "ABUSEBBS", password: "AbusePass5", qwk: true },
  { alias: "NEWBBS", password: "NewPass6", qwk: true },
];

/** The past, as the hub's writer wrote it: [hours before now, front, id, address, result, reason]. */
function past(zone) {
  return [
    [20 * 24, "8467", "STALEBBS", "203.0.113.20", "updated", null],
    [5 * 24, "8467", "TESTBBS", "203.0.113.5", "updated", null],
    [3 * 24, "8467", "FAILBBS", "203.0.113.30", "updated", null],
    [2 * 24 + 1, "8467", "FAILBBS", "203.0.113.30", "refused", "login failed for 'FAILBBS'"],
    [1 * 24 + 1, "8467", "FAILBBS", "203.0.113.30", "refused", "login failed for 'FAILBBS'"],
    [1, "8467", "FAILBBS", "203.0.113.30", "refused", "login failed for 'FAILBBS'"],
    [2 * 24, "dyndns2", "abusebbs", "203.0.113.40", "updated", null],
    [3, "dyndns2", "abusebbs", "203.0.113.40", "refused", "abusebbs." + zone + ": reached the limit of 48 unchanged updates a day"],
    [2, "dyndns2", "abusebbs", "203.0.113.40", "refused", "abusebbs." + zone + ": reached the limit of 48 unchanged updates a day"],
    [2, "8467", HOSTILE.id, "192.0.2.66", "refused", "login failed for '" + HOSTILE.id + "'"],
  ].sort((a, b) => b[0] - a[0]).map(([hours, front, id, address, result, reason]) => auditLine({
    time: new Date(Date.now() - hours * HOUR).toISOString(), front, id, address, result, reason, old: null,
    new: result === "updated" ? { A: { ttl: 300, data: [address] } } : null,
  })).join("\n") + "\n";
}

function curl(args) {
  return new Promise((resolve, reject) => {
    execFile("curl", ["-s", "-w", "\n%{http_code}"].concat(args), { encoding: "latin1", timeout: 20000 }, (error, stdout) => {
      if (error) reject(new Error("curl " + args.join(" ") + ": " + error.message));
      else resolve({ body: stdout.replace(/\n\d+$/, ""), status: Number(stdout.slice(stdout.lastIndexOf("\n") + 1)) });
    });
  });
}

/** version: "3.22a" or "3.30a". */
async function startHubLab(version) {
  const zone = "bbs.test";
  const knot = await startKnot({
    zone,
    records: ["testbbs IN TXT \"" + HOSTILE.txt + "\"", "stalebbs IN A 203.0.113.20", "failbbs IN A 203.0.113.30", "abusebbs IN A 203.0.113.40"],
  });
  let web = null;
  try {
    const modopts = ["[dyndns_service]", "zone = " + zone, "dns_server = 127.0.0.1", "dns_port = " + knot.port, "tsig_key = " + knot.keys.service.name,
      "tsig_secret = " + knot.keys.service.base64, "allow_private = true", "min_interval = 0", ""].join("\n");
    const files = {};
    for (const dir of ["nic", "dyndns"]) for (const file of ["index.ssjs", "webctrl.ini"]) files[dir + "/" + file] = fs.readFileSync(path.join(DIST, dir, file), "latin1");
    web = await startWebServer({ version, files, users: WEB_USERS.concat(MEMBERS), rootFiles: { "ctrl/modopts.ini": modopts, "data/dyndns-service.log": past(zone) } });
    const url = (p) => web.http.url(p);
    // Now, through the endpoint itself: TESTBBS and VERT update their names, and TESTBBS asks for VERT's.
    for (const [user, password, query] of [["TESTBBS", "QwkPass7", "hostname=testbbs." + zone + "&myip=203.0.113.7"],
      ["VERT", "VertPass2", "hostname=vert." + zone + "&myip=203.0.113.50"], ["TESTBBS", "QwkPass7", "hostname=vert." + zone + "&myip=203.0.113.7"]]) {
      const r = await curl(["-A", "hub-lab/1.0", "-u", user + ":" + password, url("/nic/update?" + query)]);
      if (r.status !== 200) throw new Error("the lab's update " + query + " as " + user + ": HTTP " + r.status + " " + r.body);
    }
    return {
      version, zone, web, knot, url, hostile: HOSTILE, members: MEMBERS,
      /** The accounts a browser logs in with. */
      logins: {
        member: { username: "TESTBBS", password: "QwkPass7" }, vert: { username: "VERT", password: "VertPass2" },
        sysop: { username: "SYSOPSAM", password: "SysopPass1" }, normal: { username: "NORMAL", password: "NormPass9" },
        wrong: { username: "TESTBBS", password: "NotThePassword" },
      },
      auditLog: () => fs.readFileSync(web.root.file("data/dyndns-service.log"), "latin1"),
      async stop() {
        if (web) await web.stop();
        await knot.stop();
      },
    };
  } catch (e) {
    if (web) await web.stop();
    await knot.stop();
    throw e;
  }
}

module.exports = { startHubLab, HOSTILE, MEMBERS, DAY, curl };
