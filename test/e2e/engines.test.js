"use strict";
// The conversation scenarios on real SpiderMonkey: 1.8.5 (Synchronet 3.19-3.22), 78 and 102, and the
// newest packaged one, Debian 12's firefox-esr run as a script shell (xpcshell; nearest to 3.30's SM128).
// A missing shell fails these tests: CI installs them.
const assert = require("assert");
const { dyndns, answersOf, linesAt, FULL } = require("./harness");

const FILES = { "modopts.ini": "[dyndns]\npassword = 0123\ntxt = 007.50\ntimeout = 4\n" };

for (const engine of ["js185", "js102", "js78", "firefox-esr"]) {
  describe("on " + engine, function () {
    it("full prompt set, verbatim modopts values", async () => {
      const r = await dyndns({ engine, argv: ["-mx"], files: FILES, hosts: { "dyndns.synchro.net": FULL } });
      assert.strictEqual(r.exitCode, 0, r.all);
      assert.deepStrictEqual(answersOf(r.sessions["dyndns.synchro.net"][0]), {
        "id?": "VERT", "pw?": "0123", "ip?": "", "ip6?": "", "mx?": "vert.synchro.net", "txt?": "007.50", "loc?": "", "wc?": "", "ttl?": "",
      });
    });

    it("any order, unknown prompt", async () => {
      const r = await dyndns({ engine, files: FILES, hosts: { "dyndns.synchro.net": ["ttl?", "new?", "pw?"] } });
      assert.strictEqual(r.exitCode, 0, r.all);
      assert.deepStrictEqual(answersOf(r.sessions["dyndns.synchro.net"][0]), { "ttl?": "", "new?": "", "pw?": "0123" });
    });

    it("rejection", async () => {
      const r = await dyndns({ engine, files: FILES, hosts: { "dyndns.synchro.net": ["id?", { send: "Bad password", close: true }], "rob.synchro.net": FULL } });
      assert.strictEqual(r.exitCode, 1, r.all);
      assert.deepStrictEqual(linesAt(r, 3), ["dyndns.synchro.net rejected the update: Bad password"]);
      assert.strictEqual(r.sessions["rob.synchro.net"].length, 0);
    });

    it("failover past a refusing, a closing and a trickling host", async () => {
      const r = await dyndns({
        engine, files: FILES,
        hosts: {
          "dyndns.synchro.net": "refused", "rob.synchro.net": ["id?", { close: true }],
          "bbs.synchro.net": [{ trickle: "x".repeat(100), intervalMs: 100 }], "cvs.synchro.net": FULL,
        },
      });
      assert.strictEqual(r.exitCode, 0, r.all);
      assert.strictEqual(r.sessions["cvs.synchro.net"].length, 1);
    });

    it("bad input: exit 2 and nothing sent", async () => {
      const r = await dyndns({ engine, argv: ["-mx", "bad_host"], files: FILES, hosts: { "dyndns.synchro.net": FULL } });
      assert.strictEqual(r.exitCode, 2, r.all);
      assert.strictEqual(r.sessions["dyndns.synchro.net"].length, 0);
    });

    it("-n in a timed event", async () => {
      const r = await dyndns({ engine, context: "event", server: { interface_ip_address: "0.0.0.0" }, argv: ["-n"], files: FILES, hosts: {} });
      assert.strictEqual(r.exitCode, 0, r.all);
      assert.ok(r.eventLog.some((l) => /pw\?   -> \*{8}/.test(l.text)));
      assert.ok(!r.all.includes("0123"));
    });
  });
}
