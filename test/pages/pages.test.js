"use strict";
// The hub's web pages in a real browser: Debian's Chromium, headless, loads dist/dyndns/ from the
// real web server of Synchronet 3.22a and of 3.30a (hubLab.js: a hub with a history, Knot DNS
// behind it), logging in through its own login dialog as a member, as another member, as the
// sysop, as no one and with a wrong password. Each check reads the text a person reads
// (innerText); screenshots of what they see go to a scratch directory.
const assert = require("assert");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { startHubLab } = require("./hubLab");
const { launchBrowser } = require("./browser");

const SHOTS = fs.mkdtempSync(path.join(os.tmpdir(), "dyndns-pages-shots-"));
process.on("exit", () => { if (!process.env.KEEP_SHOTS) fs.rmSync(SHOTS, { recursive: true, force: true }); });

/** What every page must be whatever it shows: no script ran, none is in it, no alert was raised. */
async function noScript(tab, r) {
  assert.deepStrictEqual(r.dialogs, [], "no dialog was opened by the page");
  assert.strictEqual(await tab.evaluate("document.querySelectorAll('script, img, iframe, object, embed').length"), 0);
}

for (const version of ["3.22a", "3.30a"]) {
  describe("the hub's web pages in Chromium, on the real web server of Synchronet " + version, function () {
    this.timeout(120000);
    let lab = null;
    let browser = null;
    const tabs = [];
    async function tab(credentials, options = {}) {
      const t = await browser.newTab(Object.assign({ credentials }, options));
      tabs.push(t);
      return t;
    }
    const shot = (t, name) => t.screenshot(path.join(SHOTS, version, name + ".png"));

    before(async function () {
      lab = await startHubLab(version);
      browser = await launchBrowser();
    });
    after(async function () {
      if (browser) await browser.close();
      if (lab) await lab.stop();
    });

    it("a member sees their own name: what DNS publishes (a hostile TXT as text), the last update, the sessions and what to do", async () => {
      const t = await tab(lab.logins.member);
      const r = await t.open(lab.url("/dyndns/"));
      assert.strictEqual(r.status, 200);
      assert.deepStrictEqual(r.challenges.map((c) => [c.scheme, c.realm]), [["basic", "DynDNS"]], "the page asked for a login; the browser's dialog answered");
      assert.strictEqual(r.title, "DynDNS: testbbs.bbs.test");
      const text = r.text;
      assert.ok(/What DNS publishes now[\s\S]*A\s+203\.0\.113\.7\s+300 s/.test(text), text);
      assert.ok(new RegExp("TXT\\s+" + lab.hostile.txt.replace(/[()'.]/g, "\\$&") + "\\s+300 s").test(text), "the hostile TXT as text: " + text);
      assert.ok(/Last update\s+When\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC, just now\s+Through\s+a dyndns2 client \(\/nic\/update\)\s+From\s+127\.0\.0\.1\s+Result\s+the records changed/.test(text), text);
      assert.ok(text.includes("The last 2 sessions of this name, latest first"), text);
      assert.ok(/dyndns\.js \(port 8467\)\s+203\.0\.113\.5\s+updated/.test(text), text);
      assert.ok(text.includes("What to do when an update fails") && text.includes("Wrong id or password (or no account of that name)."));
      assert.ok(!/vert|STALEBBS|FAILBBS|203\.0\.113\.50/i.test(text), "nothing of another member's");
      await noScript(t, r);
      await shot(t, "member");
      const index = JSON.parse(fs.readFileSync(lab.web.root.file("data/dyndns-service/_audit-index.json"), "latin1"));
      assert.strictEqual(index.size, lab.auditLog().length, "the pages keep their index of the whole log beside the hub's state");
      assert.strictEqual(index.ids["=testbbs"].sessions, 2);
    });

    it("a member cannot reach the hub's page, nor another member's page, and reads why", async () => {
      const t = await tab(lab.logins.member);
      const hub = await t.open(lab.url("/dyndns/hub"));
      assert.strictEqual(hub.status, 403);
      assert.ok(hub.text.includes("For the sysop only") && hub.text.includes("The hub's page is for this BBS's sysop."), hub.text);
      assert.ok(!/stalebbs|failbbs|Sessions per hour/i.test(hub.text));
      const other = await t.open(lab.url("/dyndns/name/vert"));
      assert.strictEqual(other.status, 403);
      assert.ok(other.text.includes("You can see the page of your own name only"), other.text);
      assert.ok(!/203\.0\.113\.50/.test(other.text));
      await shot(t, "member-refused");
    });

    it("another member, whose name the first asked for, sees that another account did, not who nor from where", async () => {
      const t = await tab(lab.logins.vert);
      const r = await t.open(lab.url("/dyndns/"));
      assert.strictEqual(r.status, 200);
      assert.ok(/A\s+203\.0\.113\.50/.test(r.text), r.text);
      assert.ok(/\(another account's\)\s+refused\s+Another account asked for this name\./.test(r.text), r.text);
      assert.ok(!/testbbs/i.test(r.text), "the other account's alias is not shown (its address: test/unit/pages/app.test.js, where it differs)");
    });

    it("the sysop is sent to the hub's page: every member with its state, the chart, the ids that keep failing (a hostile one as text)", async () => {
      const t = await tab(lab.logins.sysop);
      const r = await t.open(lab.url("/dyndns/"));
      assert.strictEqual(r.status, 200);
      assert.strictEqual(new URL(r.url).pathname, "/dyndns/hub");
      assert.deepStrictEqual(r.challenges.map((c) => c.realm), ["DynDNS"], "asked to log in once, then sent on");
      const text = r.text;
      assert.ok(text.includes("6 members (QWKnet accounts of this BBS) with names <id>.bbs.test: 2 updating, 1 stale (no update went through for 7 days), 1 never updated, 2 failing, 1 flagged for abuse."), text);
      for (const [name, state, a] of [["abusebbs", "failing flagged for abuse", "203.0.113.40"], ["failbbs", "failing", "203.0.113.30"], ["newbbs", "never updated", "none"],
        ["stalebbs", "stale", "203.0.113.20"], ["testbbs", "updating", "203.0.113.7"], ["vert", "updating", "203.0.113.50"]]) {
        assert.ok(new RegExp(name + "\\.bbs\\.test\\s+" + state + "\\s+" + a.replace(/\./g, "\\.")).test(text), name + ": " + text);
      }
      assert.ok(/failbbs\.bbs\.test[^\n]*\n?[\s\S]*?3 \(the last 3 in a row\)\s+Wrong id or password/.test(text), text);
      assert.ok(text.includes("Sessions per hour") && /In the last 7 days: \d+ updates? that changed the records/.test(text));
      assert.strictEqual(await t.evaluate("document.querySelectorAll('svg rect').length > 0"), true);
      assert.ok(text.includes(lab.hostile.id), "the hostile id shows as text");
      await noScript(t, r);
      await shot(t, "hub");
    });

    it("the sysop filters by state, and opens a member's page", async () => {
      const t = await tab(lab.logins.sysop);
      const failing = await t.open(lab.url("/dyndns/hub?state=failing"));
      assert.ok(failing.text.includes("Members failing (2)"), failing.text);
      assert.ok(failing.text.includes("failbbs.bbs.test") && !failing.text.includes("stalebbs.bbs.test"));
      const stale = await t.open(lab.url("/dyndns/hub?state=stale"));
      assert.ok(stale.text.includes("Members stale (1)") && stale.text.includes("stalebbs.bbs.test") && !stale.text.includes("failbbs.bbs.test"));
      const member = await t.open(lab.url("/dyndns/name/failbbs"));
      assert.strictEqual(member.status, 200);
      assert.ok(member.text.includes("A member's name, seen by the sysop SYSOPSAM."));
      assert.ok(/Failing: the last 3 updates were refused or failed, since/.test(member.text), member.text);
    });

    it("no login: the browser is asked, and when the person cancels, the page says to log in", async () => {
      const t = await tab(null);
      const r = await t.open(lab.url("/dyndns/"));
      assert.strictEqual(r.status, 401);
      assert.deepStrictEqual(r.challenges.map((c) => [c.scheme, c.realm]), [["basic", "DynDNS"]]);
      assert.ok(r.text.includes("Log in with your user name on this BBS (a member: your QWK-ID) and your password."), r.text);
    });

    it("a wrong password: the web server itself refuses it and asks again; cancelled, nothing of the member's is shown", async () => {
      const t = await tab(lab.logins.wrong);
      const r = await t.open(lab.url("/dyndns/"));
      assert.strictEqual(r.status, 401);
      assert.strictEqual(r.challenges.length, 2, JSON.stringify(r.challenges));
      assert.strictEqual(r.challenges[0].realm, "DynDNS");
      assert.notStrictEqual(r.challenges[1].realm, "DynDNS", "the second challenge is the web server's own");
      assert.ok(!/testbbs\.bbs\.test|203\.0\.113/.test(r.text), r.text);
    });

    it("an account that is no member (no Q) is told so", async () => {
      const t = await tab(lab.logins.normal);
      const r = await t.open(lab.url("/dyndns/"));
      assert.strictEqual(r.status, 403);
      assert.ok(r.text.includes("These pages are for the QWKnet members of this BBS: the account NORMAL is not one"), r.text);
    });

    it("on a phone: one column, the tables as cards, nothing wider than the screen", async () => {
      for (const [login, page, name] of [[lab.logins.member, "/dyndns/", "member-phone"], [lab.logins.sysop, "/dyndns/hub", "hub-phone"]]) {
        const t = await tab(login, { width: 390, height: 844, mobile: true, scale: 2 });
        const r = await t.open(lab.url(page));
        assert.strictEqual(r.status, 200);
        assert.strictEqual(await t.evaluate("innerWidth"), 390);
        assert.ok(await t.evaluate("document.documentElement.scrollWidth <= innerWidth"), name + ": wider than the screen");
        assert.strictEqual(await t.evaluate("getComputedStyle(document.querySelector('table.cards td')).display"), "block");
        await shot(t, name);
      }
    });
  });
}
