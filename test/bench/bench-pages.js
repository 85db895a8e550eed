"use strict";
// Section 10 of npm run bench: the hub's web pages (dist/dyndns/) with a 100,000-line audit log, on
// the real web server of Synchronet 3.22a and 3.30a, with 300 members in the user database and a
// real Knot DNS 3.2 holding their names. A page is timed from the request to the last byte of its
// answer (Node's http, Basic auth as a browser sends it once it has the login).
//   floor: an .ssjs of one line beside the pages, with the same login: what the web server itself
//   costs (the connection, the login, a script started in a new context).
const fs = require("node:fs");
const http = require("node:http");
const { startWebServer, WEB_USERS } = require("../web/webServer");
const { startKnot } = require("../real/dns");
const { makeUsers, removeRoots } = require("../real/pack");
const { bigLog, memberIds } = require("../pages/bigLog");

const hr = () => Number(process.hrtime.bigint()) / 1e6;
const LINES = 100000;
const MEMBERS = 300;
const FLOOR_SSJS = "http_reply.header['Content-Type'] = 'text/plain'; write('floor ' + user.alias + '\\n');\n";

/** GET path with a login; resolves with { status, ms, body }. */
function get(port, path, login) {
  return new Promise((resolve, reject) => {
    const t0 = hr();
    const req = http.get({ host: "127.0.0.1", port, path, headers: { Authorization: "Basic " + Buffer.from(login).toString("base64"), Connection: "close" } }, (res) => {
      const chunks = [];
      res.on("data", (d) => chunks.push(d));
      res.on("end", () => resolve({ status: res.statusCode, ms: hr() - t0, body: Buffer.concat(chunks).toString("latin1") }));
    });
    req.setTimeout(30000, () => req.destroy(new Error("no answer to " + path + " within 30 s")));
    req.on("error", reject);
  });
}

/** One pack's figures. */
async function measure(version, n, { median, pct }, progress) {
  const zone = "bbs.test";
  const ids = memberIds(MEMBERS);
  const knot = await startKnot({ zone, records: ids.map((id, i) => id.toLowerCase() + " IN A 198.51.100." + (1 + (i % 250))) });
  let web = null;
  try {
    const modopts = ["[dyndns_service]", "zone = " + zone, "dns_server = 127.0.0.1", "dns_port = " + knot.port, "tsig_key = " + knot.keys.service.name,
      "tsig_secret = " + knot.keys.service.base64, "allow_private = true", ""].join("\n");
    const files = { "floor/index.ssjs": FLOOR_SSJS };
    for (const file of ["index.ssjs", "webctrl.ini"]) files["dyndns/" + file] = fs.readFileSync(require.resolve("../../dist/dyndns/" + file), "latin1");
    const log = bigLog({ lines: LINES, members: MEMBERS, zone });
    web = await startWebServer({ version, files, users: WEB_USERS.slice(0, 1), rootFiles: { "ctrl/modopts.ini": modopts, "data/dyndns-service.log": log } });
    progress("10: " + version + ": " + MEMBERS + " members into the user database");
    for (let i = 0; i < MEMBERS; i += 50) {
      await makeUsers(web.root, ids.slice(i, i + 50).map((alias) => ({ alias, password: "Pass" + alias, qwk: true })));
    }
    const port = web.http.port;
    const member = "MEMBER123:PassMEMBER123";
    const sysop = "SYSOPSAM:SysopPass1";
    const logFile = web.root.file("data/dyndns-service.log");
    const indexFile = web.root.file("data/dyndns-service/_audit-index.json");

    progress("10: " + version + ": the first pages on a " + (log.length / 1048576).toFixed(1) + " MB log with no index yet");
    const cold = [];
    const t0 = hr();
    for (;;) {
      const r = await get(port, "/dyndns/", member);
      if (r.status !== 200) throw new Error("member page: HTTP " + r.status + " " + r.body.slice(0, 300));
      cold.push(r.ms);
      if (!/still reading the hub's log/.test(r.body)) break;
      if (cold.length > 100) throw new Error("the index never caught up");
    }
    const coldWall = hr() - t0;
    const floor = [];
    const warm = [];
    const hub = [];
    const hubFailing = [];
    for (let i = 0; i < n; i++) { // interleaved, the machine is noisy
      const f = await get(port, "/floor/", member);
      const m = await get(port, "/dyndns/", member);
      const a = await get(port, "/dyndns/hub", sysop);
      const b = await get(port, "/dyndns/hub?state=failing", sysop);
      for (const [r, what] of [[f, "floor"], [m, "member"], [a, "hub"], [b, "hub failing"]]) if (r.status !== 200) throw new Error(what + ": HTTP " + r.status);
      if (!/The last 20 sessions of this name/.test(m.body)) throw new Error("member page without its sessions");
      if (!/All members \(300, 1 to 50\)/.test(a.body)) throw new Error("hub page: " + a.body.slice(0, 500));
      floor.push(f.ms); warm.push(m.ms); hub.push(a.ms); hubFailing.push(b.ms);
    }
    // The hub goes on writing: 100 more lines before each page.
    const appended = [];
    for (let i = 0; i < Math.max(5, n / 2); i++) {
      fs.appendFileSync(logFile, bigLog({ lines: 100, members: MEMBERS, zone, days: 0.01, seed: 1000 + i }));
      appended.push((await get(port, "/dyndns/", member)).ms);
    }
    return {
      logBytes: fs.statSync(logFile).size, indexBytes: fs.statSync(indexFile).size, coldPages: cold.length, coldMax: Math.max(...cold), coldWall,
      floor: median(floor), warm: median(warm), warm99: pct(warm, 99), hub: median(hub), hub99: pct(hub, 99), hubFailing: median(hubFailing),
      appended: median(appended), n: warm.length, nAppended: appended.length,
    };
  } finally {
    if (web) await web.stop();
    await knot.stop();
    removeRoots();
  }
}

/** rows for the table; returns the figures for the interpretation. */
async function sectionPages({ row, progress, median, pct, ms, quick }) {
  const n = quick ? 6 : 20;
  const result = {};
  for (const version of ["3.22a", "3.30a"]) {
    const d = await measure(version, n, { median, pct }, progress);
    result[version] = d;
    const mb = (d.logBytes / 1048576).toFixed(1);
    row("10", version + ": the first pages on a " + LINES + "-line audit log (" + mb + " MB) with no index: pages until it is read whole, the slowest page (ms) [all of them]",
      d.coldPages + ", " + ms(d.coldMax), "", "each page reads for at most 500 ms [" + ms(d.coldWall) + " ms in all, " + (d.logBytes / 1048576 / (d.coldWall / 1000)).toFixed(1) + " MB/s]", String(d.coldPages));
    row("10", version + ": a member's page, the index up to date (ms, median / p99)", ms(d.warm) + " / " + ms(d.warm99), ms(d.floor) + " (one-line .ssjs, same login)",
      "+" + ms(d.warm - d.floor) + " ms: settings, index (" + (d.indexBytes / 1024).toFixed(0) + " KB), 20 lines by offset, 12 signed DNS queries", d.n + " / " + d.n);
    row("10", version + ": a member's page with 100 lines added to the log since the last page (ms, median)", ms(d.appended), ms(d.floor), "+" + ms(d.appended - d.floor) + " ms", String(d.nAppended));
    row("10", version + ": the hub's page, " + MEMBERS + " members, 50 a page (ms, median / p99) | filtered: failing", ms(d.hub) + " / " + ms(d.hub99) + " | " + ms(d.hubFailing), ms(d.floor),
      "100 signed DNS queries (A, AAAA of 50 names), " + MEMBERS + " user records", d.n + " / " + d.n);
  }
  return result;
}

/** What section 10 measures, for BENCHMARKS.md. */
const PAGES_MEASURED = [
  "- **10** The hub's web pages (`bench-pages.js`): `dist/dyndns/` in the real web server (`sbbs w!`) of Synchronet 3.22a",
  "  and of 3.30a, `[dyndns_service]` pointing at a real Knot DNS 3.2 holding the A records of 300 members, the 300 members",
  "  in the user database, and a 100,000-line audit log (`test/pages/bigLog.js`: lines written by the hub's `auditLine`, 30",
  "  days of 300 members and some strangers, about 37 MB). Each page is timed by Node from the request to the last byte",
  "  (Basic auth sent at once, as a browser does once it has the login). First the member's page with no index yet, again",
  "  and again until the page no longer says it is still reading the log; then, interleaved, the member's page, the hub's",
  "  page (all members, first of 6 pages) and filtered, and the floor: a one-line `.ssjs` beside them with the same login;",
  "  then the member's page with 100 lines appended to the log before each.",
];

/** The figures in words. */
function interpretPages(d, ms) {
  const a = d["3.22a"];
  const b = d["3.30a"];
  return ["- **The web pages.** With a 100,000-line audit log a member's page takes " + ms(a.warm) + " ms on 3.22a (" + ms(b.warm) + " ms on 3.30a) against "
    + ms(a.floor) + " ms (" + ms(b.floor) + ") for a one-line script with the same login, and " + ms(a.appended) + " ms (" + ms(b.appended) + ") when the hub wrote"
    + " 100 lines since the last page; the hub's page of 300 members " + ms(a.hub) + " ms (" + ms(b.hub) + "). No page reads the log whole: the pages keep an"
    + " index of it (" + (a.indexBytes / 1024).toFixed(0) + " KB, in `data/dyndns-service/`) and each page reads only what was added since (from the byte where"
    + " the last one stopped), then the lines of the member's last 20 sessions by their offsets; the hub's page asks the DNS server for the 50 names"
    + " it shows. The very first page on an existing log has the whole log to read (" + (a.logBytes / 1048576).toFixed(0) + " MB, " + ms(a.coldWall)
    + " ms on 3.22a, " + ms(b.coldWall) + " ms on 3.30a): each page reads for at most 500 ms and says how far it got, so " + a.coldPages + " pages ("
    + b.coldPages + ") of at most " + ms(a.coldMax) + " ms (" + ms(b.coldMax) + ") read it, once."];
}

module.exports = { sectionPages, PAGES_MEASURED, interpretPages };
