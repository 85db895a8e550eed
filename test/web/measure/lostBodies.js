"use strict";
// node test/web/measure/lostBodies.js [runs]: how often the real web server sends an answer's
// headers without its body (docs/hub.md, "The web server's own limits"). inadyn runs `runs`
// times (default 400) against the stand-in on each pack's web server, first with the packs'
// [Web] Options as they are, then with DEBUG_SSJS added; each run asks /nic/checkip and then at
// once /nic/update, whose answer is "numhost". A run whose update answer comes back empty lost
// its body. A measurement, not a test: the race is rare and its rate depends on the machine.
const { setAnswers, startStandIn } = require("../standin");
const { inadyn } = require("../clients");
const { VERSIONS, PACK_WEB_OPTIONS } = require("../webServer");

const PAUSE_MS = 300;

async function measure(version, options, runs) {
  const web = await startStandIn({ version, sbbsIni: { Web: { Options: options } }, debugSsjs: false });
  try {
    setAnswers(web, { "/checkip": { ip: "203.0.113.7" }, "/update": { body: "numhost\n" } });
    let lost = 0;
    for (let k = 0; k < runs; k++) {
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      const run = await inadyn({ server: web.http.server, username: "TESTBBS", password: "QwkPass7", hosts: ["a.bbs.test"],
        checkip: { server: web.http.server, path: "/nic/checkip" }, env: web.clientEnv() });
      if (run.lines.includes("[200 OK] ")) lost++;
      else if (!run.lines.includes("[200 OK] numhost")) throw new Error("neither the answer nor an empty one:\n" + run.lines.join("\n"));
    }
    return lost;
  } finally {
    await web.stop();
  }
}

async function main() {
  const runs = Number(process.argv[2] || 400);
  for (const version of VERSIONS) {
    for (const options of [PACK_WEB_OPTIONS, PACK_WEB_OPTIONS + " | DEBUG_SSJS"]) {
      const lost = await measure(version, options, runs);
      console.log("Synchronet " + version + ", Options = " + options + ": " + lost + " of " + runs + " inadyn runs lost the update's body");
    }
  }
}

main().catch((e) => { console.error(e.stack || String(e)); process.exitCode = 1; });
