"use strict";
// The DYNDNS timed event Synchronet ships (ctrl/xtrn.ini: `cmd=?dyndns.js YOURPASS`, run after
// init, disabled), enabled by a sysop who put the password in the stock [dyndns] section of
// ctrl/modopts.ini, as the README says, in the real Synchronet BBS (3.22a and 3.30a) with our module in mods/:
// the placeholder is never sent; once the command line is `?dyndns`, the update goes through and
// the BBS's run leaves a status file in data/ that `jsexec dyndns.js -status` reads.
const assert = require("assert");
const fs = require("fs");
const path = require("path");
const { PACKS } = require("./pack");
const { startFakeService } = require("../fake/service");
const { answersOf, DIST, FULL } = require("../e2e/harness");

const PASSWORD = "Sekr1t-0123";
/** The stock event (facts of Synchronet's ctrl/xtrn.ini), with Enabled set to Yes: settings 0xc less 0x8. */
function shippedEvent(cmd) {
  return ["[event:DYNDNS]", "\tcmd=" + cmd, "\tdays=255", "\ttime=0", "\tnode_num=1", "\tsettings=0x4", "\tstartup_dir=",
    "\tfreq=720", "\tmdays=0", "\tmonths=0", "\terrlevel=3", "\txtrn=", ""].join("\n");
}

for (const pack of PACKS) describe("the event Synchronet ships, enabled, in a real BBS (sbbs " + pack.version + ")", function () {
  this.timeout(60000);
  let root;
  let bbs;
  let service;
  const runs = {};

  /** The pack's main.ini says where the logs go ([dir] logs=, from ctrl/). */
  function logs() {
    const dir = /^\s*logs\s*=\s*(.*?)\s*$/m.exec(root.read("ctrl/main.ini"));
    return path.resolve(root.ctrl, dir ? dir[1] : "../data/logs/");
  }
  function eventsLog() {
    const file = path.join(logs(), "events.log");
    return fs.existsSync(file) ? fs.readFileSync(file, "latin1") : "";
  }

  before(async function () {
    service = await startFakeService({ host: "127.0.0.2", script: FULL, closeDelayMs: 3000 });
    const stockModopts = fs.readFileSync(path.join(pack.PACK, "ctrl/modopts.ini"), "latin1");
    let modopts = stockModopts.replace(/^\tpassword =$/m, "\tpassword = " + PASSWORD);
    assert.notStrictEqual(modopts, stockModopts, "the stock [dyndns] has a blank password line to fill in");
    for (const [key, value] of [["hosts", "127.0.0.2"], ["port", service.port], ["timeout", 4], ["domain", "test.invalid"]]) {
      modopts = pack.setIniKey(modopts, "dyndns", key, value);
    }
    const xtrn = fs.readFileSync(path.join(pack.PACK, "ctrl/xtrn.ini"), "latin1").replace(/\n*$/, "\n\n");
    root = await pack.makeRoot({
      mainIni: { name: "Vertrauen", qwk_id: "VERT" },
      files: { "ctrl/xtrn.ini": xtrn + shippedEvent("?dyndns.js YOURPASS"), "ctrl/modopts.ini": modopts, "mods/dyndns.js": fs.readFileSync(DIST) },
    });
    bbs = await pack.startSbbs(root, ["t!"]);
    // Run after init: the event runs as soon as the BBS is up.
    let m = await bbs.waitFor(/Timed event: '(\?dyndns\.js YOURPASS)' returned (-?\d+)/, 30000);
    runs.placeholder = { returned: Number(m[2]), events: eventsLog(), sessions: service.sessions.length };

    // The sysop follows the message: the command line becomes ?dyndns; the BBS re-reads its
    // configuration; the sysop forces a run with data/DYNDNS.now, as the README says.
    let mark = bbs.output().length;
    root.write("ctrl/xtrn.ini", xtrn + shippedEvent("?dyndns"));
    // Synchronet compares file times in whole seconds with when it started: a recycle request in
    // the same second as the start would go unnoticed.
    await new Promise((r) => setTimeout(r, 1100));
    fs.writeFileSync(root.file("ctrl/recycle"), "");
    await bbs.waitFor(/Telnet Server listening on socket /, 20000, mark);
    mark = bbs.output().length;
    fs.writeFileSync(root.file("data/DYNDNS.now"), "");
    m = await bbs.waitFor(/Timed event: '(\?dyndns)' returned (-?\d+)/, 20000, mark);
    await service.waitForSessions(1);
    runs.fixed = { returned: Number(m[2]), events: eventsLog().slice(runs.placeholder.events.length) };
    runs.stopped = await bbs.stop();
    runs.status = await pack.jsexec(root, [root.file("mods/dyndns.js"), "-status"]);
  });

  after(async function () {
    if (bbs) await bbs.stop();
    if (service) await service.close();
    if (root) root.remove();
  });

  it("?dyndns.js YOURPASS: nothing sent, returned 2, and events.log says what to change", () => {
    assert.strictEqual(runs.placeholder.returned, 2, bbs.output());
    assert.strictEqual(runs.placeholder.sessions, 0);
    assert.ok(runs.placeholder.events.includes("DYNDNS the password argument is YOURPASS, the placeholder of the DYNDNS timed event that Synchronet ships:"
      + " in SCFG > External Programs > Timed Events > DYNDNS, change the Command Line from ?dyndns.js YOURPASS to ?dyndns,"
      + " and set password in the [dyndns] section of " + root.ctrl + "/modopts.ini\n"), runs.placeholder.events);
  });

  it("?dyndns: the password from the stock [dyndns] section, returned 0", () => {
    assert.strictEqual(runs.fixed.returned, 0, bbs.output());
    assert.strictEqual(answersOf(service.sessions[0])["pw?"], PASSWORD);
    assert.match(runs.fixed.events, /DYNDNS VERT\.test\.invalid updated through 127\.0\.0\.2\n/);
  });

  it("the BBS's run wrote the status file in data/, whole, without the password", () => {
    const text = fs.readFileSync(root.file("data/dyndns-vert.test.invalid.json"), "latin1");
    assert.ok(!text.includes(PASSWORD));
    const status = JSON.parse(text);
    assert.deepStrictEqual([status.name, status.last.outcome, status.last.server], ["VERT.test.invalid", "updated", "127.0.0.2"]);
    assert.ok(!fs.existsSync(root.file("data/dyndns-vert.test.invalid.json.new")));
  });

  it("jsexec dyndns.js -status reads what the BBS wrote", () => {
    assert.strictEqual(runs.status.status, 0, runs.status.stderr);
    const lines = runs.status.stdout.split("\n");
    assert.ok(lines.includes("status of VERT.test.invalid (" + root.file("data") + "/dyndns-vert.test.invalid.json)"), runs.status.stdout);
    assert.ok(lines.some((l) => /^ {2}last update just now \(\d{4}-\d\d-\d\d \d\d:\d\d\) through 127\.0\.0\.2: ok$/.test(l)), runs.status.stdout);
    assert.ok(lines.includes("DNS now: VERT.test.invalid does not resolve"), runs.status.stdout);
  });

  it("the password appears in no log (the placeholder run never had it)", () => {
    const files = fs.readdirSync(logs()).filter((f) => /\.log$/.test(f));
    assert.ok(files.includes("events.log"), files.join(", "));
    for (const f of files) assert.ok(!fs.readFileSync(path.join(logs(), f), "latin1").includes(PASSWORD), f);
    assert.ok(!bbs.output().includes(PASSWORD));
  });
});
