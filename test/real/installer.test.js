"use strict";
// dist/install-xtrn.ini (with dist/dyndns-install.js and dist/dyndns.js beside it, in
// xtrn/dyndns/ of a scratch root) run by Synchronet's own exec/install-xtrn.js under the
// real jsexec, then the installed event run by the real sbbs (terminal server), the
// installed service by its services server and the installed dyndns2 endpoint by its web server:
// on 3.22a and on 3.30a, each with the install-xtrn.js of its own pack.
// Input on stdin answers the questions in the order install-xtrn.js asks them: the
// password (a line; the end of input keeps or moves one), "Install the event" (Y/n), the
// DynDNS service (N/y), the dyndns2 endpoint (N/y). What Synchronet then reads is asked of
// the real jsexec too.
const assert = require("assert");
const fs = require("fs");
const path = require("path");
const net = require("net");
const http = require("http");
const { PACKS, jsexec, startSbbs, setIniKey, freePort, removeRoots } = require("./pack");
const { startFakeService } = require("../fake/service");

const DIST = path.join(__dirname, "../../dist");
const SHIPPED = ["dyndns.js", "dyndns-install.js", "install-xtrn.ini", "nic/index.ssjs", "nic/webctrl.ini"];

/** [event:DYNDNS] as Synchronet ships it in ctrl/xtrn.ini (the pack removed it; SynchronetBBS/sbbs ctrl/xtrn.ini has it). */
function stockEvent(cmd = "?dyndns.js YOURPASS", settings = "0xc") {
  return "[event:DYNDNS]\n\tcmd=" + cmd + "\n\tdays=255\n\ttime=0\n\tnode_num=1\n\tsettings=" + settings
    + "\n\tstartup_dir=\n\tfreq=720\n\tmdays=0\n\tmonths=0\n\terrlevel=3\n\txtrn=\n";
}

/** What Synchronet reads back, asked of the real jsexec: the event sections, modopts as the module reads it, services.ini. */
const PROBE = `
var x = new File(system.ctrl_dir + "xtrn.ini"); x.open("r");
var events = x.iniGetSections("event:"), dyndns = x.iniGetObject("event:DYNDNS"); x.close();
var s = new File(system.ctrl_dir + "services.ini"), service = s.open("r") ? s.iniGetObject("DynDNS") : null; s.close();
print(JSON.stringify({ events: events, event: dyndns, password: load("modopts.js", "dyndns", "password", ""), service: service }));
`;

/** A root of the pack of one version with the stock event and xtrn/dyndns/ as the README has it. */
async function installRoot(pack, { event = stockEvent(), files = {}, sbbsIni } = {}) {
  const root = await pack.makeRoot({ files: Object.assign({ "mods/probe.js": PROBE }, files), sbbsIni });
  if (event) fs.appendFileSync(root.file("ctrl/xtrn.ini"), event, "latin1");
  fs.mkdirSync(root.file("xtrn/dyndns/nic"), { recursive: true });
  for (const f of SHIPPED) fs.copyFileSync(path.join(DIST, f), root.file("xtrn/dyndns/" + f));
  return root;
}

/** `jsexec install-xtrn.js -auto <root>/xtrn/dyndns`, stdin = input (undefined: /dev/null). */
async function install(root, input, flags = ["-auto"]) {
  const r = await jsexec(root, ["install-xtrn.js"].concat(flags, [root.file("xtrn/dyndns")]), { input });
  assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  return r;
}

/** Every file under dir (relative paths, sorted); [] when it does not exist. */
function tree(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
}

/** GET path from the web server on port: resolves { status, body }. */
function get(port, p) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port, path: p, agent: false, headers: { "User-Agent": "installer-test" } }, (res) => {
      let body = "";
      res.on("data", (d) => { body += d; });
      res.on("end", () => resolve({ status: res.statusCode, body }));
    });
    req.on("error", reject);
    req.setTimeout(20000, () => req.destroy(new Error("GET " + p + ": no answer within 20 s")));
  });
}

async function probe(root) {
  const r = await jsexec(root, ["probe.js"]);
  assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

/** Every file under ctrl/ but modopts.ini, as text. */
function ctrlTextBut(root, except) {
  return fs.readdirSync(root.ctrl).filter((f) => f !== except && fs.statSync(path.join(root.ctrl, f)).isFile())
    .map((f) => root.read("ctrl/" + f)).join("\n");
}

const OUR_EVENT = { cmd: "?dyndns", days: 255, time: 0, node_num: 1, settings: 4, freq: 720, startup_dir: "../xtrn/dyndns/", errlevel: 3 };

function assertOurEvent(found) {
  assert.deepStrictEqual(found.events.filter((e) => e.toUpperCase() === "EVENT:DYNDNS").length, 1, "one [event:DYNDNS]: " + found.events);
  for (const [key, value] of Object.entries(OUR_EVENT)) assert.strictEqual(found.event[key], value, "[event:DYNDNS] " + key);
  assert.strictEqual(found.event.prompt, undefined, "no installer-only key in xtrn.ini");
}

for (const pack of PACKS) describe("install-xtrn.ini under the real install-xtrn.js (jsexec " + pack.version + ")", function () {
  this.timeout(60000);
  after(removeRoots);

  it("-auto, password on stdin: the shipped event becomes ours, the password goes to [dyndns] of modopts.ini only; the real sbbs runs the event", async () => {
    const root = await installRoot(pack);
    const r = await install(root, "Pa55 word\n");
    assert.match(r.stdout, /The DYNDNS timed event that runs dyndns\.js will be replaced/);
    assert.match(r.stdout, /Password written to \[dyndns\] of .*ctrl\/modopts\.ini/);
    assert.match(r.stdout, /Installed 1 external programs/);
    const found = await probe(root);
    assertOurEvent(found);
    assert.strictEqual(found.password, "Pa55 word");
    assert.match(root.read("ctrl/modopts.ini"), /^\[dyndns\]\npassword=Pa55 word\n/m);
    assert.ok(!ctrlTextBut(root, "modopts.ini").includes("Pa55"), "the password is only in modopts.ini");
    assert.ok(!(r.stdout + r.stderr).includes("Pa55"), "the installer does not print it");
    assert.ok(fs.existsSync(root.file("ctrl/recycle")), "install-xtrn.js asks the BBS to reload");

    // The installed event, in the real BBS, against a DynDNS service on loopback.
    const svc = await startFakeService();
    const bbs = await (async () => {
      let ini = root.read("ctrl/modopts.ini");
      ini = setIniKey(ini, "dyndns", "hosts", "127.0.0.1");
      ini = setIniKey(ini, "dyndns", "port", svc.port);
      root.write("ctrl/modopts.ini", ini);
      return startSbbs(root, ["t!"]);
    })();
    try {
      const done = await bbs.waitFor(/DYNDNS Timed event: '\?dyndns' returned (-?\d+)/, 30000);
      assert.strictEqual(done[1], "0", bbs.output());
      const [session] = await svc.waitForSessions(1);
      const answers = Object.fromEntries(session.answers.map((a) => [a.prompt, a.answer]));
      assert.strictEqual(answers["id?"], "MYBBS");
      assert.strictEqual(answers["pw?"], "Pa55 word");
      assert.match(bbs.output(), /DYNDNS Running native timed event: \?dyndns\n/);
      const events = root.read("data/logs/events.log") + root.read("data/events.log");
      assert.match(events, /DYNDNS Timed event: '\?dyndns' returned 0/);
      assert.ok(!(bbs.output() + events).includes("Pa55"), "the password is in no log");
    } finally {
      await bbs.stop();
      await svc.close();
    }
  });

  it("stdin at the end: the defaults (event installed, no password yet, so a warning; the service disabled)", async () => {
    const root = await installRoot(pack, { event: "" });
    const r = await install(root, undefined);
    assert.match(r.stdout, /!password: none set; the DYNDNS event fails until you set password in \[dyndns\] of ctrl\/modopts\.ini/);
    const found = await probe(root);
    assertOurEvent(found);
    assert.strictEqual(found.password, "");
    assert.deepStrictEqual(found.service, { Port: 8467, Command: "../xtrn/dyndns/dyndns-service.js", Options: "NO_HOST_LOOKUP", Enabled: false });
    assert.match(r.stdout, /\[DynDNS\] of .*services\.ini: disabled \(set Enabled = true to run it\)/);
    assert.ok(!fs.existsSync(root.file("web")), "the web root is not touched: " + tree(root.file("web")));
    assert.match(r.stdout, /Serve the dyndns2 endpoint \(\/nic\/update\) from the web server too .*\(N\/y\)\? Installed/, "asked, and nothing said after it");
  });

  it("the wiki's event (?dyndns.js realpass, enabled): replaced, its password moved into modopts.ini, gone from xtrn.ini", async () => {
    const root = await installRoot(pack, { event: stockEvent("?dyndns.js Wiki0123", "0") });
    const r = await install(root, undefined);
    assert.match(r.stdout, /\(Enter moves the one on the DYNDNS event's command line\)/);
    const found = await probe(root);
    assertOurEvent(found);
    assert.strictEqual(found.password, "Wiki0123");
    assert.ok(!root.read("ctrl/xtrn.ini").includes("Wiki0123"), "not in xtrn.ini any more");
  });

  it("a DYNDNS event with options of its own is kept under -auto, and the installer says how to switch it", async () => {
    const root = await installRoot(pack, { event: stockEvent("?dyndns Own0123 -mx mail.example.com", "0") });
    const r = await install(root, "\n");
    assert.match(r.stdout, /ctrl\/xtrn\.ini has a DYNDNS timed event of your own \(its command line has options of its own\)/);
    assert.match(r.stdout, /set its command line to \?dyndns with your options and its startup directory to .*\/xtrn\/dyndns\//);
    assert.ok(!r.stdout.includes("Own0123"), "its password is not printed");
    const found = await probe(root);
    assert.strictEqual(found.event.cmd, "?dyndns Own0123 -mx mail.example.com");
    assert.strictEqual(found.event.settings, 0);
    assert.strictEqual(found.password, "", "a password on an event the installer keeps stays there");
  });

  it("run again: the password is kept on Enter, the installed event as the sysop tuned it, a service the sysop enabled stays enabled", async () => {
    const root = await installRoot(pack);
    await install(root, "First0123\ny\ny\n");
    let found = await probe(root);
    assert.strictEqual(found.service.Enabled, true, "yes enables the service");
    // The sysop tunes the installed event (SCFG), then runs the installer again.
    root.write("ctrl/xtrn.ini", root.read("ctrl/xtrn.ini").replace(/^freq=720$/m, "freq=60"));
    const again = await install(root, "\n");
    assert.match(again.stdout, /\(Enter keeps the current one\)/);
    assert.match(again.stdout, /The DYNDNS timed event already runs this module from .*\/xtrn\/dyndns\/: kept as it is\./);
    found = await probe(root);
    assert.deepStrictEqual(found.events.filter((e) => e.toUpperCase() === "EVENT:DYNDNS").length, 1);
    assert.strictEqual(found.event.freq, 60, "the sysop's frequency is kept");
    assert.strictEqual(found.event.cmd, "?dyndns");
    assert.strictEqual(found.password, "First0123", "0123 verbatim, kept");
    assert.deepStrictEqual(found.service, { Port: 8467, Command: "../xtrn/dyndns/dyndns-service.js", Options: "NO_HOST_LOOKUP", Enabled: true });
  });

  it("yes to the service: the real services server runs the script [DynDNS] names, from xtrn/dyndns/ (a stand-in dyndns-service.js)", async () => {
    const root = await installRoot(pack, { event: "" });
    root.write("xtrn/dyndns/dyndns-service.js", 'client.socket.send("stand-in for " + client.protocol + "\\r\\n");\n');
    await install(root, "\n\ny\n");
    const port = await freePort();
    root.write("ctrl/services.ini", setIniKey(root.read("ctrl/services.ini"), "DynDNS", "Port", port));
    const bbs = await startSbbs(root, ["s!"]);
    try {
      await bbs.waitFor(/DynDNS listening on socket 127\.0\.0\.1 port \d+/);
      const text = await new Promise((resolve, reject) => {
        const tryConnect = (left) => {
          const sock = net.connect(port, "127.0.0.1");
          let got = "";
          sock.on("data", (d) => { got += d; });
          sock.on("end", () => resolve(got));
          sock.on("error", (e) => (left > 0 ? setTimeout(() => tryConnect(left - 1), 100) : reject(e)));
        };
        tryConnect(50);
      });
      assert.strictEqual(text, "stand-in for DynDNS\r\n");
    } finally {
      await bbs.stop();
    }
  });

  it("a new password replaces the old one; ctrl/modopts/dyndns.ini, when it exists, is where it goes", async () => {
    const root = await installRoot(pack, { files: { "ctrl/modopts/dyndns.ini": "password = Old\n" } });
    const r = await install(root, "New0123\n");
    assert.match(r.stdout, /Password written to .*ctrl\/modopts\/dyndns\.ini/);
    assert.match(root.read("ctrl/modopts/dyndns.ini"), /^password=New0123$/m);
    assert.ok(!root.read("ctrl/modopts.ini").includes("New0123"));
  });

  it("the [dyndns:<name>] sections of the other names (docs/names.md) are left as they are", async () => {
    const root = await installRoot(pack);
    const names = "\n[dyndns:bbs.example.com]\nprotocol = dyndns2\nserver = https://dyn.example/nic/update\nuser = me\npassword = Other0123\n";
    root.write("ctrl/modopts.ini", root.read("ctrl/modopts.ini").replace(/\n*$/, "\n") + names);
    const r = await install(root, "Fresh0123\n");
    assert.match(r.stdout, /Password written to \[dyndns\] of .*ctrl\/modopts\.ini/);
    const after = root.read("ctrl/modopts.ini");
    assert.ok(after.endsWith(names), after);
    assert.match(after, /^\[dyndns\]\npassword=Fresh0123\n/m);
  });

  it("a [dyndns] in ctrl/modopts.d/ that comes first: the installer says the module will not see the new password", async () => {
    const root = await installRoot(pack, { files: { "ctrl/modopts.d/mine.ini": "[dyndns]\npassword = Shadow\n" } });
    const r = await install(root, "Fresh0123\n");
    assert.match(r.stdout, /!password: written to \[dyndns\] of .*modopts\.ini, but the module reads another \[dyndns\] first \(in ctrl\/modopts\.d\/\): put it there/);
  });

  it("a password with a control character is refused with one line, nothing written", async () => {
    const root = await installRoot(pack);
    const r = await install(root, "tab\there\n");
    assert.match(r.stdout, /!password: control characters are not allowed \(nothing written\)/);
    assert.strictEqual((await probe(root)).password, "");
  });

  it("without -auto: the questions in order; no to the event keeps Synchronet's event as it was", async () => {
    const root = await installRoot(pack);
    const r = await install(root, "Asked0123\nn\n\n", []);
    assert.match(r.stdout, /Password of the QWKnet account MYBBS on Vertrauen: .*\nInstall External Timed Event: DynDNS client \(Y\/n\)\? Run the DynDNS service on port 8467 too .*\(N\/y\)\? .*\nServe the dyndns2 endpoint \(\/nic\/update\) from the web server too .*\(N\/y\)\? /);
    assert.ok(!fs.existsSync(root.file("web")), "the web root is not touched");
    const found = await probe(root);
    assert.strictEqual(found.event.cmd, "?dyndns.js YOURPASS");
    assert.strictEqual(found.event.settings, 12);
    assert.strictEqual(found.password, "Asked0123");
    assert.strictEqual(found.service.Enabled, false);
  });

  it("yes to the dyndns2 endpoint: dist/nic/ copied into the web root's nic/ ([Web] RootDirectory); the real web server then serves /nic/checkip and /nic/update from it", async () => {
    const [port, tlsPort] = [await freePort(), await freePort()];
    const root = await installRoot(pack, {
      event: "", sbbsIni: { Web: { Interface: "127.0.0.1", Port: port, TLSInterface: "127.0.0.1", TLSPort: tlsPort, RootDirectory: "../web/root" } },
    });
    const r = await install(root, "\n\n\ny\n");
    const web = root.file("web/root/nic/");
    assert.match(r.stdout, new RegExp("dyndns2 endpoint installed in " + web.replace(/[.]/g, "\\.") + " \\(/nic/update and /nic/checkip of the web server\\)"));
    assert.deepStrictEqual(tree(root.file("web")), ["root/nic/index.ssjs", "root/nic/webctrl.ini"]);
    for (const f of ["index.ssjs", "webctrl.ini"]) assert.ok(fs.readFileSync(path.join(web, f)).equals(fs.readFileSync(path.join(DIST, "nic", f))), f + " as shipped");
    assert.strictEqual((await probe(root)).service.Enabled, false, "the service is another question");
    const bbs = await startSbbs(root, ["w!"]);
    try {
      await bbs.waitFor(/Web Server thread started/);
      const checkip = await get(port, "/nic/checkip");
      assert.strictEqual(checkip.status, 200);
      assert.match(checkip.body, /Current IP Address: 127\.0\.0\.1</);
      // no [dyndns_service] yet: the endpoint runs and says the hub is not set up (911, try later)
      const update = await get(port, "/nic/update?hostname=a.bbs.test");
      assert.deepStrictEqual([update.status, update.body], [503, "911\n"]);
      assert.match(bbs.output(), /modopts\.ini: no \[dyndns_service\] section/);
    } finally {
      await bbs.stop();
    }
  });

  it("the web root where sbbs.ini says, absolute or relative; run again, the endpoint is replaced (an upgrade); a foreign nic/ file is left alone", async () => {
    const elsewhere = fs.mkdtempSync(path.join(require("os").tmpdir(), "web-root-"));
    try {
      const absolute = await installRoot(pack, { event: "", sbbsIni: { Web: { RootDirectory: elsewhere } } });
      await install(absolute, "\n\n\ny\n");
      assert.deepStrictEqual(tree(elsewhere), ["nic/index.ssjs", "nic/webctrl.ini"]);
      assert.ok(!fs.existsSync(absolute.file("web")));
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
    const root = await installRoot(pack, { event: "", sbbsIni: { Web: { RootDirectory: "../www" } } });
    // an earlier version's files: replaced
    root.write("www/nic/index.ssjs", "/* index.ssjs: the dyndns2 endpoint of the Synchronet DynDNS service, version 0.1 */\n");
    root.write("www/nic/webctrl.ini", "; dyndns2 endpoint of the Synchronet DynDNS service, version 0.1\n[*]\nPathInfoIndex = true\n");
    await install(root, "\n\n\ny\n");
    // from now on the event is installed and not asked about: the password, the service, the endpoint
    assert.ok(fs.readFileSync(root.file("www/nic/index.ssjs")).equals(fs.readFileSync(path.join(DIST, "nic/index.ssjs"))), "upgraded");
    assert.ok(fs.readFileSync(root.file("www/nic/webctrl.ini")).equals(fs.readFileSync(path.join(DIST, "nic/webctrl.ini"))), "upgraded");
    // no: nothing touched, not even an older copy
    root.write("www/nic/index.ssjs", "/* index.ssjs: the dyndns2 endpoint of the Synchronet DynDNS service, version 0.1 */\n");
    const no = await install(root, "\n\nn\n");
    assert.match(no.stdout, /Serve the dyndns2 endpoint .*\(N\/y\)\? Installed/);
    assert.match(root.read("www/nic/index.ssjs"), /version 0\.1/);
    // the sysop's own nic/index.ssjs: nothing installed, one line says why
    root.write("www/nic/index.ssjs", "writeln('my own page');\n");
    const foreign = await install(root, "\n\ny\n");
    assert.match(foreign.stdout, /!dyndns2 endpoint: .*\/www\/nic\/index\.ssjs is not this endpoint's: nothing installed \(move it away, then run the installer again\)/);
    assert.strictEqual(root.read("www/nic/index.ssjs"), "writeln('my own page');\n");
  });

  it("yes to the endpoint without nic/ beside the installer: one line, nothing installed", async () => {
    const root = await installRoot(pack, { event: "" });
    fs.rmSync(root.file("xtrn/dyndns/nic"), { recursive: true });
    const r = await install(root, "\n\n\ny\n");
    assert.match(r.stdout, /!dyndns2 endpoint: .*\/xtrn\/dyndns\/nic\/index\.ssjs is missing: copy dist\/nic\/ there as nic\/; nothing installed/);
    assert.ok(!fs.existsSync(root.file("web")));
  });

  it("dyndns-install.js alone with an unknown step: one line, exit 2", async () => {
    const root = await installRoot(pack);
    const r = await jsexec(root, [root.file("xtrn/dyndns/dyndns-install.js"), "nonsense"]);
    assert.strictEqual(r.status, 2);
    assert.match(r.stdout, /^!dyndns-install\.js: step 'nonsense': unknown \(expected event, password, service or web; install-xtrn\.js runs it from install-xtrn\.ini\)$/m);
  });
});
