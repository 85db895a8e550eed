"use strict";
// The screenshots of the hub guide (docs/pages-member.png, docs/pages-hub.png): the lab of the
// browser tests (hubLab.js, Synchronet 3.22a) in Debian's Chromium, as a member and as the sysop
// see the top of their page. Run it after changing how the pages look:
//
//   node test/pages/screenshots.js
const fs = require("node:fs");
const path = require("node:path");
const { startHubLab } = require("./hubLab");
const { launchBrowser } = require("./browser");

const DOCS = path.join(__dirname, "../../docs");
const WIDTH = 1100;
const HEIGHT = 1000;

(async () => {
  const lab = await startHubLab("3.22a");
  const browser = await launchBrowser();
  try {
    for (const [login, page, file, expect] of [[lab.logins.member, "/dyndns/", "pages-member.png", "What DNS publishes now"],
      [lab.logins.sysop, "/dyndns/hub", "pages-hub.png", "Sessions per hour"]]) {
      const tab = await browser.newTab({ credentials: login, width: WIDTH, height: HEIGHT });
      const r = await tab.open(lab.url(page));
      if (r.status !== 200 || !r.text.includes(expect)) throw new Error(page + ": HTTP " + r.status + "\n" + r.text);
      const shot = await tab.viewport(path.join(DOCS, file));
      console.log("wrote docs/" + file + " (" + fs.statSync(shot).size + " bytes)");
    }
  } finally {
    await browser.close();
    await lab.stop();
  }
})().catch((e) => { console.error(e); process.exit(1); });
