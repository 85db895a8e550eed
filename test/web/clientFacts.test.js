"use strict";
// The facts of docs/dyndns2-clients.md, run: how the real ddclient 3.10 and inadyn 2.10 of
// Debian 12 take each dyndns2 answer and HTTP status, what they send for several names, IPv6
// and the options, and which checkip pages they read, on the real web server of each pack.
// The stand-in (test/web/standin.js) gives the answers; these tests pin the clients' behaviour
// (a new client version that changes it fails here, and the document must change with it).
const assert = require("node:assert");
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { VERSIONS } = require("./webServer");
const { setAnswers, clearRequests, startStandIn } = require("./standin");
const { ddclient, inadyn, curl } = require("./clients");
const { webLab, CHECKIP_IP: IP } = require("./labSuite");

const IP6 = "2001:db8::7";
const HOST = "a.bbs.test";

/** ddclient's own text for the words it knows (nic_dyndns2_update in ddclient 3.10). */
const KNOWN = {
  badauth: "Bad authorization (username or password)",
  nohost: "The hostname specified does not exist in the database",
  notfqdn: "A Fully-Qualified Domain Name was not provided",
  numhost: "System error: Too many or too few hosts found. Contact support@dyndns.org",
  abuse: "The hostname specified is blocked for abuse; you should receive an email notification which provides an unblock request link.  More info can be found on https://www.dyndns.com/support/abuse.html",
  dnserr: "System error: DNS error encountered. Contact support@dyndns.org",
  "!yours": "The hostname specified exists, but not under the username currently being used",
};

/**
 * Each answer to one update of one name, and what each client makes of it: ddclient's line
 * (null: it logs nothing), exit status and cache status; inadyn's conclusion, exit status and
 * the line that quotes the answer.
 */
const ANSWERS = [
  { name: "good <ip>", answer: { body: "good " + IP + "\n" }, dd: ["SUCCESS: updating a.bbs.test: good: IP address set to " + IP, 0, "good"], in: ["success", 0] },
  { name: "nochg <ip>", answer: { body: "nochg " + IP + "\n" }, dd: ["WARNING: updating a.bbs.test: nochg: No update required; unnecessary attempts to change to the current address are considered abusive", 0, "good"], in: ["success", 0] },
  { name: "good without the address", answer: { body: "good\n" }, dd: ["SUCCESS: updating a.bbs.test: good: IP address set to " + IP, 0, "good"], in: ["success", 0] },
  { name: "GOOD in capitals", answer: { body: "GOOD " + IP + "\n" }, dd: ["SUCCESS: updating a.bbs.test: good: IP address set to " + IP, 0, "good"], in: ["success", 0] },
  { name: "good inside HTML", answer: { body: "<html><body>good " + IP + "</body></html>\n" }, dd: ["FAILED: updating a.bbs.test: unexpected status (<html><body>good " + IP + "</body></html>)", 1, "<html><body>good"], in: ["success", 0] },
  ...Object.keys(KNOWN).map((word) => ({ name: word, answer: { body: word + "\n" }, dd: ["FAILED: updating a.bbs.test: " + word + ": " + KNOWN[word], 1, word], in: ["failure", 48, "[200 OK] " + word] })),
  ...["badagent", "911", "hello"].map((word) => ({ name: word, answer: { body: word + "\n" }, dd: ["FAILED: updating a.bbs.test: unexpected status (" + word + ")", 1, word], in: ["failure", 48, "[200 OK] " + word] })),
  { name: "w5m (wait five minutes)", answer: { body: "w5m\n" }, dd: ["WARNING: updating a.bbs.test: w5m: wait 5 minutes before further updates", 0, "w5m"], in: ["failure", 48, "[200 OK] w5m"] },
  { name: "an empty body", answer: { body: "" }, dd: [/^FAILED: updating a\.bbs\.test: Could not connect to 127\.0\.0\.1:\d+\.$/, 1, "noconnect"], in: ["failure", 48, "[200 OK] "] },
  { name: "HTTP 500", answer: { status: "500 Internal Server Error", body: "911\n" }, dd: [null, 0, "noconnect"], in: ["retry later", 0, "[500 Internal Server Error] 911"] },
  { name: "HTTP 403", answer: { status: "403 Forbidden", body: "badauth\n" }, dd: [null, 0, "noconnect"], in: ["failure", 50, "[403 Forbidden] badauth"] },
  { name: "HTTP 401 from the script, no WWW-Authenticate", answer: { status: "401 Unauthorized", body: "badauth\n" }, dd: ["FAILED: updating a.bbs.test: authorization failed (HTTP/1.1 401 Unauthorized", 1, "noconnect"], in: ["failure", 50, "[401 Unauthorized] badauth"] },
  { name: "HTTP 401 from the script with WWW-Authenticate", answer: { status: "401 Unauthorized", headers: { "WWW-Authenticate": "Basic realm=\"DynDNS\"" }, body: "badauth\n" }, dd: ["FAILED: updating a.bbs.test: authorization failed (HTTP/1.1 401 Unauthorized", 1, "noconnect"], in: ["failure", 50, "[401 Unauthorized] badauth"] },
];

for (const version of VERSIONS) {
  describe("dyndns2 client facts (docs/dyndns2-clients.md) on the Synchronet " + version + " web server", function () {
    this.timeout(60000);
    const lab = webLab(version, [HOST]);
    const { updates, ddclient: dd, inadyn: ina } = lab;
    const lineOf = (r) => (r.results[HOST] ? r.results[HOST].line : null);

    for (const a of ANSWERS) {
      it("the answer " + a.name + ": ddclient and inadyn each conclude as the document says", async function () {
        setAnswers(lab.web, { "/checkip": { ip: IP }, "/update": a.answer });
        const d = await dd();
        const [line, status, cacheStatus] = a.dd;
        if (line instanceof RegExp) assert.match(lineOf(d), line);
        else assert.strictEqual(lineOf(d), line, d.stdout + d.stderr);
        assert.strictEqual(d.status, status);
        assert.strictEqual(d.cache[HOST].status, cacheStatus);
        // the next run (within min-error-interval, 5 minutes) sends nothing after anything but good/nochg
        const next = await dd({ dir: d.dir });
        const ok = cacheStatus === "good";
        assert.strictEqual(next.conclusion, ok ? "success" : "retry later", next.stdout + next.stderr);
        assert.strictEqual(next.results[HOST].outcome, ok ? "skipped" : "waiting");
        if (a.name.startsWith("w5m")) assert.match(next.results[HOST].line, /^WARNING: cannot update a\.bbs\.test from <nothing> to 203\.0\.113\.7 until after /);
        else if (!ok) assert.strictEqual(next.results[HOST].line, "WARNING: skipping update of a.bbs.test from <nothing> to " + IP + ".");
        assert.strictEqual(updates().length, 1, "ddclient's second run sent no update");

        const i = await ina();
        const [conclusion, exit, quoted] = a.in;
        assert.strictEqual(i.conclusion, conclusion, i.stderr);
        assert.strictEqual(i.status, exit);
        if (quoted !== undefined) assert.ok(i.lines.includes(quoted), i.lines.join("\n"));
        if (conclusion === "retry later") assert.strictEqual(i.retryIn, 600);
        if (conclusion === "failure") assert.ok(i.lines.includes("Error response from DDNS server, exiting!"), i.lines.join("\n"));
        assert.deepStrictEqual(i.cache, conclusion === "success" ? { [HOST]: IP } : {});
      });
    }

    it("ddclient never gives up: once min-error-interval (5 minutes) has passed since a failed try, even badauth, it sends again", async function () {
      setAnswers(lab.web, { "/checkip": { ip: IP }, "/update": { body: "badauth\n" } });
      const first = await dd();
      assert.strictEqual(first.cache[HOST].status, "badauth");
      const cacheFile = path.join(first.dir, "ddclient.cache");
      const sixMinutesAgo = Math.floor(Date.now() / 1000) - 360;
      fs.writeFileSync(cacheFile, fs.readFileSync(cacheFile, "latin1").replace(/\batime=\d+/, "atime=" + sixMinutesAgo));
      setAnswers(lab.web, { "/checkip": { ip: IP }, "/update": { body: "good " + IP + "\n" } });
      const later = await dd({ dir: first.dir });
      assert.strictEqual(later.conclusion, "success", later.stdout + later.stderr);
      assert.strictEqual(updates().length, 2);
    });

    it("the web server's own 401 (wrong password): the script never runs; ddclient fails, inadyn exits", async function () {
      const d = await dd({ password: "wrong" });
      assert.strictEqual(lineOf(d), "FAILED: updating a.bbs.test: authorization failed (HTTP/1.1 401 Unauthorized");
      const i = await ina({ password: "wrong" });
      assert.strictEqual(i.status, 50);
      assert.ok(i.lines.includes("Error code 50: Authentication failure"), i.lines.join("\n"));
      assert.deepStrictEqual(updates(), []);
    });

    it("several names: ddclient sends one request with a comma list and reads one line per name; inadyn one request per name, stopping at the first error", async function () {
      setAnswers(lab.web, { "/checkip": { ip: IP }, "/update": { body: "good " + IP + "\nnohost\n" } });
      const both = await dd({ hosts: ["a.bbs.test", "b.bbs.test"] });
      assert.deepStrictEqual(updates().map((q) => q.query.hostname), [["a.bbs.test,b.bbs.test"]]);
      assert.deepStrictEqual([both.results["a.bbs.test"].outcome, both.results["b.bbs.test"].outcome, both.status], ["good", "nohost", 1]);
      clearRequests(lab.web);
      setAnswers(lab.web, { "/checkip": { ip: IP }, "/update": { body: "good " + IP + "\n" } });
      const short = await dd({ hosts: ["a.bbs.test", "b.bbs.test"] });
      assert.deepStrictEqual([short.results["a.bbs.test"].outcome, short.results["b.bbs.test"], short.status], ["good", undefined, 0],
        "a name without its line: no word about it, exit 0");
      clearRequests(lab.web);
      setAnswers(lab.web, { "/checkip": { ip: IP }, "/update": { body: "nohost\n" } });
      const i = await ina({ hosts: ["a.bbs.test", "b.bbs.test"] });
      assert.strictEqual(i.status, 48);
      assert.deepStrictEqual(updates().map((q) => q.request), ["/nic/update?hostname=a.bbs.test&myip=" + IP]);
    });

    it("options: ddclient sends system=, wildcard=ON, mx=, backmx=; inadyn's custom provider sends none of them", async function () {
      await dd({ settings: { wildcard: "yes", mx: "mx.bbs.test", backupmx: "yes" } });
      await dd({ settings: { static: "yes" }, dir: undefined });
      await dd({ settings: { custom: "yes" } });
      await ina({ wildcard: true });
      assert.deepStrictEqual(updates().map((q) => q.request), [
        "/nic/update?system=dyndns&hostname=a.bbs.test&myip=" + IP + "&wildcard=ON&mx=mx.bbs.test&backmx=YES",
        "/nic/update?system=statdns&hostname=a.bbs.test&myip=" + IP,
        "/nic/update?system=custom&hostname=a.bbs.test&myip=" + IP,
        "/nic/update?hostname=a.bbs.test&myip=" + IP,
      ]);
    });

    it("IPv6: each sends one address in myip, never two; ddclient's usev6 sends myip empty; inadyn needs allow-ipv6 and URL-encodes the colons", async function () {
      setAnswers(lab.web, { "/checkip": { ip: IP6 } });
      await dd();
      setAnswers(lab.web, { "/checkip": { ip: IP + " " + IP6 } });
      await dd({ web: undefined, settings: { usev4: "webv4", webv4: lab.web.http.url("/nic/checkip"), usev6: "ipv6", ipv6: IP6 } });
      await dd({ web: undefined, settings: { usev6: "ipv6", ipv6: IP6 } });
      setAnswers(lab.web, { "/checkip": { ip: IP6 } });
      const refused = await ina();
      assert.ok(refused.lines.includes("IPv6 address disallowed, enable with 'allow-ipv6 = true'"), refused.lines.join("\n"));
      setAnswers(lab.web, { "/checkip": { ip: IP + " " + IP6 } });
      await ina({ allowIpv6: true });
      const sent = updates();
      assert.deepStrictEqual(sent.map((q) => q.request), [
        "/nic/update?system=dyndns&hostname=a.bbs.test&myip=" + IP6,
        "/nic/update?system=dyndns&hostname=a.bbs.test&myip=" + IP,
        "/nic/update?system=dyndns&hostname=a.bbs.test&myip=",
        "/nic/update?hostname=a.bbs.test&myip=",
        "/nic/update?hostname=a.bbs.test&myip=2001%3adb8%3a%3a7",
      ]);
      assert.deepStrictEqual(sent[4].query.myip, [IP6], "the web server decodes %3a");
    });

    it("HTTPS with the server's own self-signed certificate as trust anchor: inadyn (GnuTLS) takes it, ddclient (OpenSSL) refuses its 1536-bit key", async function () {
      const own = await startStandIn({ version, tls: "self-signed" });
      try {
        setAnswers(own, { "/checkip": { ip: IP } });
        const caFile = await own.trustAnchor();
        const env = own.clientEnv();
        const i = await inadyn({ server: own.https.server, ssl: true, caFile, username: "TESTBBS", password: "QwkPass7", hosts: [HOST], checkip: { server: own.http.server, path: "/nic/checkip" }, env });
        assert.strictEqual(i.conclusion, "success", i.stderr);
        assert.ok(i.lines.includes("Certificate OK"), i.lines.join("\n"));
        const d = await ddclient({ server: own.https.server, ssl: true, caFile, login: "TESTBBS", password: "QwkPass7", hosts: [HOST], ip: IP, env });
        assert.strictEqual(d.conclusion, "failure");
        assert.ok(d.lines.some((l) => /SSL connect attempt failed error:0A000086:SSL routines::certificate verify failed/.test(l.text)), d.stderr);
        assert.match(own.log(), /Creating self-signed TLS certificate/);
        const cert = new crypto.X509Certificate(fs.readFileSync(caFile));
        assert.deepStrictEqual([cert.publicKey.asymmetricKeyDetails.modulusLength, cert.subjectAltName.split(", ").sort()],
          [1536, ["DNS:" + own.hostName, "email:sysop@" + own.hostName]]);
        const c = await curl(own.https.url("/nic/checkip"), { caFile, env });
        assert.deepStrictEqual([c.status, /SSL certificate problem: EE certificate key too weak/.test(c.stderr)], [60, true], c.stderr);
      } finally {
        await own.stop();
      }
    });

    it("checkip: both read 'Current IP Address: x' with or without HTML and a bare address; inadyn refuses a loopback address and then sends myip empty", async function () {
      const pages = ["Current IP Address: " + IP + "\n", IP + "\n", "<html><head><title>Current IP Check</title></head><body>Current IP Address: " + IP + "</body></html>\r\n"];
      for (const body of pages) {
        setAnswers(lab.web, { "/checkip": { body } });
        await dd();
        await ina();
      }
      assert.deepStrictEqual(updates().map((q) => q.query.myip[0]), [IP, IP, IP, IP, IP, IP]);
      clearRequests(lab.web);
      setAnswers(lab.web, {}); // the page shows the client's own address: 127.0.0.1 here
      const d = await dd();
      const i = await ina();
      assert.ok(i.lines.includes("Failed to get IP address for custom, giving up!"), i.lines.join("\n"));
      assert.deepStrictEqual([d.conclusion, i.conclusion], ["success", "success"]);
      assert.deepStrictEqual(updates().map((q) => q.query.myip[0]), ["127.0.0.1", ""]);
      // a checkip page with status 404: ddclient reads the address all the same, inadyn does not
      clearRequests(lab.web);
      setAnswers(lab.web, { "/checkip": { status: "404 Not Found", body: "Current IP Address: " + IP + "\n" } });
      await dd();
      await ina();
      assert.deepStrictEqual(updates().map((q) => q.query.myip[0]), [IP, ""]);
    });
  });
}
