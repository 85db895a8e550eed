"use strict";
// The dyndns2 protocol of the extra names (docs/names.md) against the hub's own endpoint
// (dist/nic/index.ssjs) on the real Synchronet web server of each version, over HTTP and HTTPS,
// publishing to a real Knot DNS: dist/dyndns.js on the real jsexec of the same version.
const assert = require("assert");
const fs = require("node:fs");
const path = require("node:path");
const { packFor, VERSIONS } = require("./pack");
const { startKnot } = require("./dns");
const { startWebServer } = require("../web/webServer");

const DIST = fs.readFileSync(path.join(__dirname, "../../dist/dyndns.js"), "latin1");
const HUB = fs.readFileSync(path.join(__dirname, "../../dist/nic/index.ssjs"), "latin1");
const PASSWORD = "QwkPass7";

for (const version of VERSIONS) {
  describe("extra names: dyndns2 against the hub endpoint on the real web server " + version, function () {
    this.timeout(90000);
    const pack = packFor(version);
    let knot, web;
    before(async () => {
      knot = await startKnot();
      const settings = ["[dyndns_service]", "zone = bbs.test", "dns_server = 127.0.0.1", "dns_port = " + knot.port, "tsig_key = " + knot.keys.service.name,
        "tsig_secret = " + knot.keys.service.base64, "allow_private = true", "min_interval = 0", ""].join("\n");
      web = await startWebServer({ version, files: { "nic/index.ssjs": HUB }, rootFiles: { "ctrl/modopts.ini": settings } });
    });
    after(async () => { if (web) await web.stop(); if (knot) await knot.stop(); });

    async function member(sections) {
      return pack.makeRoot({ mainIni: { qwk_id: "TESTBBS" }, files: { "mods/dyndns.js": DIST, "ctrl/modopts.ini": sections.join("\n") + "\n" } });
    }
    const section = (name, url, more) => "[dyndns:" + name + "]\nprotocol = dyndns2\nserver = " + url + "\nuser = TESTBBS\npassword = " + PASSWORD + "\n" + more + "\n";
    const all = (r) => r.stdout + r.stderr;

    for (const scheme of ["http", "https"]) {
      it(scheme + ": good publishes through the hub (Knot has it); a wrong password (401 from the web server) and a name of another member stop", async () => {
        const url = scheme === "http" ? web.http.url("/nic/update") : "https://127.0.0.1:" + web.https.port + "/nic/update";
        const address = scheme === "http" ? "203.0.113.81" : "203.0.113.82";
        const r0 = await member([
          section("testbbs.bbs.test", url, "address = " + address),
          "[dyndns:vert.bbs.test]\nprotocol = dyndns2\nserver = " + url + "\nuser = TESTBBS\npassword = " + PASSWORD + "\naddress = " + address + "\n",
          "[dyndns:wrongpw.bbs.test]\nprotocol = dyndns2\nserver = " + url + "\nuser = TESTBBS\npassword = not-the-password\naddress = " + address + "\n",
        ]);
        const r = await pack.jsexec(r0, ["dyndns.js"]);
        assert.strictEqual(r.status, 1, all(r));
        assert.ok(r.stdout.includes("testbbs.bbs.test: updated to " + address + ": answered good " + address + " (HTTP 200)"), all(r));
        assert.deepStrictEqual(await knot.query("testbbs.bbs.test", "A"), [address]);
        assert.match(r.stderr, /vert\.bbs\.test: answered nohost \(HTTP 200\); not sent again until the settings of the section change/);
        assert.match(r.stderr, /wrongpw\.bbs\.test: answered .*\(HTTP 401\); not sent again until the settings of the section change/);
        assert.ok(!all(r).includes(PASSWORD) && !all(r).includes("not-the-password"), all(r));
        const again = await pack.jsexec(r0, ["dyndns.js"]);
        assert.ok(again.stdout.includes("testbbs.bbs.test: unchanged: " + address + " was published"), all(again));
      });
    }
  });
}
