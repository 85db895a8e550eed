"use strict";
// End to end on real components only: dist/dyndns-service.js in the real Synchronet services
// server (`sbbs s!`) of 3.22a and of 3.30a with a real user database (QWKnet accounts made by
// system.new_user()), publishing to a real Knot DNS 3.2; kdig reads back what it serves.
// Clients: our dist/dyndns.js and Synchronet's stock exec/dyndns.js, both under the real
// jsexec, and raw protocol sessions for the hostile cases.
const assert = require("assert");
const fs = require("node:fs");
const { startRealStack, talk, ourClient, stockClient, zoneSerial, publishesNothing } = require("./stack");
const { ANSWERS, describeHostile } = require("./hostile");
const { removeRoots, jsexec, VERSIONS } = require("../real/pack");

/** Our client's full set for VERT: every record a session can publish. */
const VERT_ALL = [["VertPass2", "-hn", "VERT", "-mx", "mail.example.com", "-ip6", "fd00::7"],
  { txt: "Vertrauen", loc: "37 46 30.000 N 122 25 10.000 W 10.00m", wildcard: "true", ttl: "600" }];

for (const version of VERSIONS) describe("the service in the real services server " + version + ", publishing to a real Knot", function () {
  this.timeout(60000);
  let stack;
  before(async () => { stack = await startRealStack({ stock: true, version }); });
  after(async () => {
    if (stack) await stack.stop();
    removeRoots();
  });

  describe("our client (dist/dyndns.js under the real jsexec)", () => {
    it("publishes <id>.bbs.test and its records: kdig shows them", async () => {
      const r = await ourClient(stack, ["QwkPass7", "-hn", "TESTBBS", "-mx", "mail.example.com", "-ip6", "fd00::7"],
        { domain: "bbs.test", txt: "Test BBS", loc: "37 46 30.000 N 122 25 10.000 W 10.00m", wildcard: "true", ttl: "600" });
      assert.strictEqual(r.status, 0, r.stdout + r.stderr);
      assert.match(r.stdout, /^TESTBBS\.bbs\.test updated through 127\.0\.0\.1$/m, "the client names the host under the network's domain");
      assert.deepStrictEqual(await stack.knot.all("testbbs.bbs.test"), {
        A: ["127.0.0.1"], AAAA: ["fd00::7"], MX: ["10 mail.example.com."], TXT: ['"Test BBS"'], LOC: ["37 46 30 N  122 25 10 W  10m  1m 10000m 10m"],
      });
      assert.deepStrictEqual(await stack.knot.all("*.testbbs.bbs.test"), { CNAME: ["testbbs.bbs.test."] });
      assert.deepStrictEqual(await stack.knot.query("www.testbbs.bbs.test", "A"), ["127.0.0.1", "testbbs.bbs.test."]);
      assert.strictEqual((await stack.knot.records("testbbs.bbs.test", "A"))[0].ttl, 600);
      const audit = stack.audit().pop();
      assert.deepStrictEqual([audit.id, audit.address, audit.result, audit.reason], ["TESTBBS", "127.0.0.1", "updated", null]);
      assert.deepStrictEqual(audit.old, {});
      assert.deepStrictEqual(audit.new.MX, { ttl: 600, data: ["10 mail.example.com"] });
      assert.ok(/DynDNS 'TESTBBS' from 127\.0\.0\.1: updated: A 127\.0\.0\.1 \(ttl 600\)/.test(stack.console()), stack.console());
    });

    it("says ok without a DNS write when nothing changed", async () => {
      assert.strictEqual((await ourClient(stack, ...VERT_ALL)).status, 0, "the records to keep");
      const before = await zoneSerial(stack);
      // the same records, written otherwise: LOC in its short form, "yes" for true
      const r = await ourClient(stack, VERT_ALL[0], Object.assign({}, VERT_ALL[1], { loc: "37 46 30 N 122 25 10 W 10m", wildcard: "yes" }));
      assert.strictEqual(r.status, 0, r.stdout + r.stderr);
      assert.strictEqual(await zoneSerial(stack), before, "Knot took no update");
      const audit = stack.audit().pop();
      assert.strictEqual(audit.result, "unchanged");
      assert.deepStrictEqual(audit.old, audit.new);
    });

    it("removes the records whose answers are blank (ip6, mx, loc, wc) and keeps the TXT it is sent", async () => {
      assert.strictEqual((await ourClient(stack, ...VERT_ALL)).status, 0, "the records to remove");
      assert.deepStrictEqual(Object.keys(await stack.knot.all("vert.bbs.test")), ["A", "AAAA", "MX", "TXT", "LOC"]);
      assert.deepStrictEqual(await stack.knot.all("*.vert.bbs.test"), { CNAME: ["vert.bbs.test."] });
      const before = await zoneSerial(stack);
      const r = await ourClient(stack, ["VertPass2", "-hn", "VERT"], { txt: "Vertrauen", ttl: "600" });
      assert.strictEqual(r.status, 0, r.stdout + r.stderr);
      assert.deepStrictEqual(await stack.knot.all("vert.bbs.test"), { A: ["127.0.0.1"], TXT: ['"Vertrauen"'] });
      assert.deepStrictEqual(await stack.knot.all("*.vert.bbs.test"), {});
      assert.strictEqual(await zoneSerial(stack), before + 1, "one atomic update");
    });
  });

  describe("Synchronet's stock exec/dyndns.js, run from the pack", () => {
    it("updates through the service on <loopback>:8467 where its host names resolve", async () => {
      const r = await stockClient(stack, ["StockPass3", "-hn", "STOCKBBS", "-mx", "mx.example.net"], { wildcard: "true" });
      assert.strictEqual(r.status, 0, r.stdout + r.stderr);
      assert.deepStrictEqual(await stack.knot.all("stockbbs.bbs.test"), { A: ["127.0.0.1"], MX: ["10 mx.example.net."], TXT: ['"My BBS"'] });
      assert.deepStrictEqual(await stack.knot.all("*.stockbbs.bbs.test"), { CNAME: ["stockbbs.bbs.test."] });
      assert.ok(new RegExp("Connection accepted on " + stack.stockAddress.replace(/\./g, "\\.") + " port 8467").test(stack.console()));
    });

    it("gets the refusal as its one unexpected line and exits 1", async () => {
      const r = await publishesNothing(stack, "stockbbs.bbs.test", () => stockClient(stack, ["NotThePass", "-hn", "STOCKBBS", "-mx", "other.example.net"]));
      assert.strictEqual(r.status, 1);
      assert.ok(/!Unexpected message from server: refused: wrong id or password/.test(r.stdout), r.stdout);
    });
  });

  describe("who may update what: nothing is published for", () => {
    // what, the client's command line, what it is told, the audit record's reason (why)
    const refused = [
      ["a wrong password", ["NotThePass", "-hn", "LIMITED"], "refused: wrong id or password", /^login failed for 'LIMITED'$/],
      ["an unknown id", ["QwkPass7", "-hn", "NOSUCHBBS"], "refused: wrong id or password", /^login failed for 'NOSUCHBBS'$/],
      ["an account without the QWK restriction", ["NormPass9", "-hn", "NORMAL"], "refused: NORMAL is not a QWKnet account on this BBS",
        /^user #\d+ NORMAL has no QWK restriction \(Q\): not a QWKnet account$/],
      ["the sysop's account (user #1, level 90) with Q, its password and its own alias", ["SysopPass1", "-hn", "SYSOPSAM"],
        "refused: SYSOPSAM is not a QWKnet account on this BBS", /^user #1 SYSOPSAM is the sysop's account: never a QWKnet account$/],
      ["another account with the sysop's level (90) and Q, its password and its own alias", ["BossPass6", "-hn", "BOSSBBS"],
        "refused: BOSSBBS is not a QWKnet account on this BBS", /^user #\d+ BOSSBBS has a sysop's security level \(90 or above\): never a QWKnet account$/],
      ["SYSOP, with the sysop's password", ["SysopPass1", "-hn", "SYSOP"], "refused: wrong id or password", /^login failed for 'SYSOP'$/],
      ["the hub's own QWK-ID, with the sysop's password", ["SysopPass1", "-hn", "MYBBS"], "refused: wrong id or password", /^login failed for 'MYBBS'$/],
      ["a look-alike of a QWK account's alias", ["QwkPass7", "-hn", "TEST-BBS"], "refused: TEST-BBS is not a QWKnet account on this BBS",
        /^id 'TEST-BBS' logged in as user #2 'TESTBBS', whose alias is not the id$/],
      ["a reserved name", ["QwkPass7", "-hn", "www"], "refused: the name www is reserved", /^id www is reserved$/],
      ["a QWK account without a password (login() takes any)", ["AnyPass0", "-hn", "NOPASS"], "refused: the account NOPASS has no password",
        /^user #\d+ NOPASS has no password$/],
    ];
    for (const [what, args, reply, why] of refused) {
      it(what, async () => {
        const r = await publishesNothing(stack, args[2].toLowerCase() + ".bbs.test", () => ourClient(stack, args));
        assert.strictEqual(r.status, 1, r.stdout + r.stderr);
        assert.ok(r.stderr.includes("rejected the update: " + reply), r.stderr);
        const audit = stack.audit().pop();
        assert.deepStrictEqual([audit.id, audit.result, audit.new], [args[2], "refused", null]);
        assert.match(audit.reason, why);
      });
    }

    it("an id that is not a DNS label", async () => {
      const r = await talk(stack.port, Object.assign({}, ANSWERS, { "id?": "bad.id" }));
      assert.strictEqual(r.lines[9], "refused: id 'bad.id' is not a DNS label (letters, digits and inner hyphens, at most 63)");
    });

    it("and the password is in no log and no audit line", async () => {
      // its own sessions, one of each outcome a password meets: wrong, right but refused (before and after the login
      // checks), taken by an account without one, right and published; then every password any test of this file sent
      const sessions = [["LIMITED", "NotThePass"], ["NORMAL", "NormPass9"], ["SYSOPSAM", "SysopPass1"], ["NOPASS", "AnyPass0"], ["HOSTILE", "HostPass5"]];
      for (const [id, password] of sessions) {
        const r = await talk(stack.port, Object.assign({}, ANSWERS, { "id?": id, "pw?": password }));
        assert.strictEqual(r.lines.length, 10, JSON.stringify(r.lines));
      }
      const audit = stack.audit();
      assert.deepStrictEqual(audit.slice(-sessions.length).map((a) => a.id), sessions.map(([id]) => id));
      const everything = stack.console() + JSON.stringify(audit);
      for (const password of ["QwkPass7", "VertPass2", "StockPass3", "SysopPass1", "BossPass6", "NormPass9", "HostPass5", "LimitPass4", "CapPass8", "NotThePass", "AnyPass0"]) {
        assert.ok(!everything.toLowerCase().includes(password.toLowerCase()), password);
      }
    });
  });

  describeHostile(() => stack, async () => assert.ok(!/!JavaScript|ERROR/.test(stack.console()), stack.console()));

  describe("a DNS server that refuses or is down: an error line, nothing published", () => {
    afterEach(() => stack.setSettings());

    const attempt = () => publishesNothing(stack, "vert.bbs.test", () => ourClient(stack, ["VertPass2", "-hn", "VERT"], { txt: "DNS server down" }));

    it("refuses: the TSIG secret is not the server's (BADSIG)", async () => {
      await stack.setSettings({ tsig_secret: Buffer.alloc(32, 7).toString("base64") });
      const r = await attempt();
      assert.strictEqual(r.status, 1);
      assert.ok(r.stderr.includes("rejected the update: error: the DNS server could not be reached or refused the service; its sysop has been told"), r.stderr);
      assert.ok(/BADSIG/.test(stack.audit().pop().reason), JSON.stringify(stack.audit().pop()));
    });

    it("refuses: the key is unknown to it (BADKEY)", async () => {
      await stack.setSettings({ tsig_key: "other.key" });
      const r = await attempt();
      assert.strictEqual(r.status, 1);
      assert.ok(/BADKEY/.test(stack.audit().pop().reason));
    });

    it("is down: nothing listens on its port", async () => {
      await stack.setSettings({ dns_port: 1, dns_timeout: 3 });
      const r = await attempt();
      assert.strictEqual(r.status, 1);
      assert.ok(r.ms < 10000, r.ms + " ms");
      assert.strictEqual(stack.audit().pop().reason, "reading the current records: 127.0.0.1:1 refused the connection");
      assert.ok(/DynDNS 'VERT' from 127\.0\.0\.1: failed: reading the current records: 127\.0\.0\.1:1 refused the connection/.test(stack.console()));
    });
  });

  describe("limits and settings", () => {
    afterEach(() => stack.setSettings());

    it("refuses a change within min_interval and publishes it after", async () => {
      await stack.setSettings({ min_interval: 2 });
      assert.strictEqual((await ourClient(stack, ["LimitPass4", "-hn", "LIMITED"], { txt: "one" })).status, 0);
      const soon = await ourClient(stack, ["LimitPass4", "-hn", "LIMITED"], { txt: "two" });
      assert.strictEqual(soon.status, 1);
      assert.ok(/rejected the update: refused: limited\.bbs\.test was updated [01] s ago; try again in [12] s/.test(soon.stderr), soon.stderr);
      assert.deepStrictEqual(await stack.knot.query("limited.bbs.test", "TXT"), ['"one"']);
      assert.strictEqual((await ourClient(stack, ["LimitPass4", "-hn", "LIMITED"], { txt: "one" })).status, 0, "no change is never limited");
      await new Promise((r) => setTimeout(r, 2000));
      assert.strictEqual((await ourClient(stack, ["LimitPass4", "-hn", "LIMITED"], { txt: "two" })).status, 0);
      assert.deepStrictEqual(await stack.knot.query("limited.bbs.test", "TXT"), ['"two"']);
    });

    it("refuses the update past hourly_cap; the state file holds the writes, whole, and nothing is left beside it", async () => {
      await stack.setSettings({ hourly_cap: 2 });
      const started = Date.now();
      for (const txt of ["one", "two"]) assert.strictEqual((await ourClient(stack, ["CapPass8", "-hn", "CAPPED"], { txt })).status, 0, txt);
      const third = await ourClient(stack, ["CapPass8", "-hn", "CAPPED"], { txt: "three" });
      assert.strictEqual(third.status, 1);
      assert.ok(/rejected the update: refused: capped\.bbs\.test was updated 2 times in the last hour; try again in (35\d\d|3600) s/.test(third.stderr), third.stderr);
      assert.deepStrictEqual(await stack.knot.query("capped.bbs.test", "TXT"), ['"two"']);
      const state = JSON.parse(stack.root.read("data/dyndns-service/capped.json"));
      assert.deepStrictEqual(Object.keys(state), ["writes", "unchanged"]);
      assert.strictEqual(state.writes.length, 2);
      for (const t of state.writes) assert.ok(t >= started - 1000 && t <= Date.now(), JSON.stringify(state));
      assert.deepStrictEqual(fs.readdirSync(stack.root.file("data/dyndns-service")).filter((f) => f.startsWith("capped")), ["capped.json"]);
    });

    it("with bad settings logs one line per problem and tells the client", async () => {
      await stack.setSettings({ dns_port: "fifty-three", zone: "not a zone" });
      const r = await talk(stack.port, ANSWERS);
      assert.deepStrictEqual(r.lines, ["error: this DynDNS service is not set up correctly; its sysop has been told"]);
      await stack.bbs.waitFor(/dyndns_service\] dns_port = 'fifty-three': expected a whole number from 1 to 65535/);
      assert.ok(/dyndns_service\] zone = 'not a zone': expected the DNS zone/.test(stack.console()));
    });
  });

  describe("jsexec dyndns-service.js (the sysop's check from a console)", () => {
    afterEach(() => stack.setSettings());
    const check = () => jsexec(stack.root, ["dyndns-service.js"]);

    it("shows the settings and that the DNS server answers with the key: exit 0", async () => {
      const r = await check();
      assert.strictEqual(r.status, 0, r.stdout + r.stderr);
      assert.ok(/settings from .*modopts\.ini \[dyndns_service\]: valid/.test(r.stdout), r.stdout);
      assert.ok(r.stdout.includes("DNS server 127.0.0.1:" + stack.knot.port + " answered a query signed with service.key for bbs.test: ready"), r.stdout);
    });
    it("bad settings: one line each on stderr, exit 2", async () => {
      await stack.setSettings({ ttl: "soon", tsig_secret: "%%%", dns_timeout: 30 });
      const r = await check();
      assert.strictEqual(r.status, 2);
      assert.ok(r.stderr.includes("[dyndns_service] dns_timeout = '30': expected a whole number of seconds from 1 to 8 "
        + "(this dyndns.js waits at most 10 s for the outcome, Synchronet's stock one 30 s)"), r.stderr);
      assert.ok(/\[dyndns_service\] ttl = 'soon': expected a whole number of seconds/.test(r.stderr), r.stderr);
      assert.ok(/\[dyndns_service\] tsig_secret = \*\*\*\*\*\*\*\*: expected the key's secret in base64/.test(r.stderr), r.stderr);
    });
    it("a key the DNS server does not know: its answer, exit 1", async () => {
      await stack.setSettings({ tsig_key: "other.key" });
      const r = await check();
      assert.strictEqual(r.status, 1);
      assert.ok(/DNS server 127\.0\.0\.1:\d+: NOTAUTH \(TSIG BADKEY\)/.test(r.stderr), r.stderr);
    });
  });

  describe("the audit log", () => {
    it("has one line per session, each valid JSON: its own sessions of every outcome, and those of the tests before it", async () => {
      const before = stack.audit().length;
      const txt = "audited " + Date.now();
      await ourClient(stack, ["HostPass5", "-hn", "HOSTILE"], { txt }); // updated
      await ourClient(stack, ["HostPass5", "-hn", "HOSTILE"], { txt }); // unchanged
      await talk(stack.port, Object.assign({}, ANSWERS, { "pw?": "NotThePass" })); // refused
      await talk(stack.port, Object.assign({}, ANSWERS, { "id?": "\u00ff\u0000" })); // refused, bytes escaped
      await talk(stack.port, ANSWERS, { mode: "silent" }); // failed
      const lines = stack.root.read("data/dyndns-service.log").split("\n").filter(Boolean);
      assert.deepStrictEqual(lines.slice(before).map((line) => JSON.parse(line).result), ["updated", "unchanged", "refused", "refused", "failed"]);
      assert.strictEqual(lines.length, (stack.console().match(/Connection accepted on/g) || []).length, "one line per connection");
      for (const line of lines) {
        assert.match(line, /^[\x20-\x7e]+$/);
        assert.deepStrictEqual(Object.keys(JSON.parse(line)), ["time", "front", "id", "address", "result", "reason", "old", "new"]);
        assert.strictEqual(JSON.parse(line).front, "8467");
      }
    });
  });
});
