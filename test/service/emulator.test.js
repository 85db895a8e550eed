"use strict";
// dist/dyndns-service.js, unmodified, in the emulator's services-server context (test/host),
// publishing to a real Knot DNS 3.2; clients: raw protocol sessions and dist/dyndns.js in the
// emulator too. The hostile clients (hostile.js) run on the real services server too, in real.test.js.
const assert = require("assert");
const path = require("node:path");
const { startEmulatedStack, talk, publishesNothing, CLIENT } = require("./stack");
const { describeHostile } = require("./hostile");
const { runScript, makeCtrlDir } = require("../host");

const ANSWERS = { "id?": "TESTBBS", "pw?": "QwkPass7", "ip?": "", "ip6?": "fd00::7", "mx?": "Mail.Example.com", "txt?": "Test BBS", "loc?": "52 22 23.000 N 4 53 32.000 E -2.00m", "wc?": "true", "ttl?": "600" };

describe("the service in the emulator, publishing to a real Knot", function () {
  this.timeout(30000);
  let stack;
  before(async () => { stack = await startEmulatedStack({ loginAttemptDelay: 300 }); });
  after(async () => { if (stack) await stack.stop(); });

  it("asks the nine prompts, publishes every record and answers ok", async () => {
    const r = await talk(stack.port, ANSWERS);
    assert.deepStrictEqual(r.lines, ["id?", "pw?", "ip?", "ip6?", "mx?", "txt?", "loc?", "wc?", "ttl?", "ok"]);
    assert.deepStrictEqual(await stack.knot.all("testbbs.bbs.test"), {
      A: ["127.0.0.1"], AAAA: ["fd00::7"], MX: ["10 mail.example.com."], TXT: ['"Test BBS"'], LOC: ["52 22 23 N  4 53 32 E  -2m  1m 10000m 10m"],
    });
    assert.deepStrictEqual(await stack.knot.all("*.testbbs.bbs.test"), { CNAME: ["testbbs.bbs.test."] });
    assert.deepStrictEqual((await stack.knot.records("testbbs.bbs.test", "A"))[0].ttl, 600);
    const audit = stack.audit().pop();
    assert.deepStrictEqual([audit.id, audit.address, audit.result], ["TESTBBS", "127.0.0.1", "updated"]);
  });

  it("runs with our client in the emulator too: dist/dyndns.js -> dist/dyndns-service.js -> Knot", async () => {
    const ctrlDir = makeCtrlDir({ "modopts.ini": "[dyndns]\npassword = VertPass2\nhosts = dyndns.bbs.test\nport = " + stack.port + "\nwildcard = true\n" });
    const run = await runScript({
      engine: "vm", script: CLIENT, context: "jsexec", argv: ["-hn", "VERT"], ctrlDir, system: { qwk_id: "MEMBER", name: "Vertrauen" },
      names: { "dyndns.bbs.test": "127.0.0.1:" + stack.port },
    });
    assert.strictEqual(run.exitCode, 0, run.stdout + run.stderr);
    assert.deepStrictEqual(await stack.knot.all("vert.bbs.test"), { A: ["127.0.0.1"], TXT: ['"Vertrauen"'] });
    assert.deepStrictEqual(await stack.knot.all("*.vert.bbs.test"), { CNAME: ["vert.bbs.test."] });
  });

  it("keeps Synchronet's failed-login delay before saying no, and publishes nothing", async () => {
    const r = await talk(stack.port, Object.assign({}, ANSWERS, { "id?": "LIMITED", "pw?": "NotThePass" }));
    assert.strictEqual(r.lines[9], "refused: wrong id or password");
    assert.ok(r.ms >= 300, r.ms + " ms");
    assert.deepStrictEqual(await stack.knot.all("limited.bbs.test"), {});
  });

  it("refuses sysop rights even with Q: user #1 by its own alias, and another account of level 90 (user.is_sysop)", async () => {
    for (const [id, password, number, why] of [["SYSOPSAM", "SysopPass1", 1, "is the sysop's account"], ["BOSSBBS", "BossPass6", 10, "has a sysop's security level (90 or above)"]]) {
      const r = await publishesNothing(stack, id.toLowerCase() + ".bbs.test", () => talk(stack.port, Object.assign({}, ANSWERS, { "id?": id, "pw?": password })));
      assert.strictEqual(r.lines[9], "refused: " + id + " is not a QWKnet account on this BBS");
      assert.strictEqual(stack.audit().pop().reason, "user #" + number + " " + id + " " + why + ": never a QWKnet account");
    }
  });

  it("says the DNS server is down in one line and publishes nothing", async () => {
    await stack.setSettings({ dns_port: 1, dns_timeout: 2 });
    try {
      await publishesNothing(stack, "hostile.bbs.test", async () => {
        const r = await talk(stack.port, Object.assign({}, ANSWERS, { "id?": "HOSTILE", "pw?": "HostPass5" }));
        assert.strictEqual(r.lines[9], "error: the DNS server could not be reached or refused the service; its sysop has been told");
      });
    } finally {
      await stack.setSettings();
    }
    assert.strictEqual(stack.audit().pop().reason, "reading the current records: 127.0.0.1:1 refused the connection");
  });

  describeHostile(() => stack, async () => {
    for (const run of await Promise.all(stack.runs)) assert.strictEqual(run.uncaught, null, run.uncaught);
  });
});
