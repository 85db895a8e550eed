"use strict";
// Self-checks of the web lab (test/web: webServer.js, standin.js, clients.js): on the real web
// server of each pack, the real ddclient 3.10 and inadyn 2.10 of Debian 12 each update once
// through the stand-in endpoint over HTTP and over HTTPS (certificates checked: a wrong trust
// anchor fails), and the lab reads back what they sent and how they concluded. The facts these
// runs rest on are in docs/dyndns2-clients.md.
const assert = require("node:assert");
const net = require("node:net");
const { VERSIONS } = require("./webServer");
const { setAnswers, requests } = require("./standin");
const { curl } = require("./clients");
const { webLab, CHECKIP_IP: IP } = require("./labSuite");

const UPDATE = "/update";

for (const version of VERSIONS) {
  describe("web lab: real dyndns2 clients against the stand-in on the Synchronet " + version + " web server", function () {
    this.timeout(60000);
    const lab = webLab(version, ["a.bbs.test", "b.bbs.test"]);
    const { updates, ddclient: ddclientHttp, inadyn: inadynHttp } = lab;

    it("ddclient over HTTP: one request for both names, credentials sent at once, the address from the checkip page; good is success", async function () {
      const r = await ddclientHttp();
      assert.strictEqual(r.conclusion, "success", r.stdout + r.stderr);
      assert.deepStrictEqual(r.results["b.bbs.test"].line, "SUCCESS: updating b.bbs.test: good: IP address set to " + IP);
      assert.deepStrictEqual(requests(lab.web).map((q) => q.path_info), ["/checkip", UPDATE]);
      const [q] = updates();
      assert.strictEqual(q.request, "/nic/update?system=dyndns&hostname=a.bbs.test,b.bbs.test&myip=" + IP);
      assert.deepStrictEqual(q.query.hostname, ["a.bbs.test,b.bbs.test"]);
      assert.deepStrictEqual([q.method, q.http_ver, q.headers["user-agent"], q.headers.connection, q.headers.host],
        ["GET", "HTTP/1.1", "ddclient/3.10.0", "close", lab.web.http.server]);
      assert.deepStrictEqual(q.authorization, { scheme: "Basic", user: "TESTBBS" });
      assert.deepStrictEqual(q.user, { number: 2, alias: "TESTBBS" });
      assert.strictEqual(r.cache["a.bbs.test"].status, "good");
    });

    it("ddclient: badauth with HTTP 200 is a failure it logs, keeps in its cache, and waits out before the next try", async function () {
      setAnswers(lab.web, { "/checkip": { ip: IP }, [UPDATE]: { body: "badauth\nbadauth\n" } });
      const r = await ddclientHttp();
      assert.strictEqual(r.conclusion, "failure");
      assert.strictEqual(r.status, 1);
      assert.strictEqual(r.results["a.bbs.test"].line, "FAILED: updating a.bbs.test: badauth: Bad authorization (username or password)");
      assert.strictEqual(r.cache["a.bbs.test"].status, "badauth");
      const again = await ddclientHttp({ dir: r.dir });
      assert.strictEqual(again.conclusion, "retry later");
      assert.strictEqual(updates().length, 1, "the second run sent no update");
    });

    it("inadyn over HTTP: one HTTP/1.0 request per name with myip from the checkip page; good is success, kept in its cache", async function () {
      const r = await inadynHttp();
      assert.strictEqual(r.conclusion, "success", r.stderr);
      assert.strictEqual(r.status, 0);
      assert.ok(r.lines.includes("Successful alias table update for b.bbs.test => new IP# " + IP), r.lines.join("\n"));
      const got = updates();
      assert.deepStrictEqual(got.map((q) => q.request), ["a", "b"].map((n) => "/nic/update?hostname=" + n + ".bbs.test&myip=" + IP));
      assert.deepStrictEqual([got[0].method, got[0].http_ver, got[0].headers["user-agent"], got[0].headers.connection, got[0].headers.host],
        ["GET", "HTTP/1.0", "inadyn/2.10.0 https://github.com/troglobit/inadyn/issues", undefined, "127.0.0.1"]);
      assert.deepStrictEqual(got[0].authorization, { scheme: "Basic", user: "TESTBBS" });
      assert.deepStrictEqual(r.cache, { "a.bbs.test": IP, "b.bbs.test": IP });
      const again = await inadynHttp({ dir: r.dir });
      assert.strictEqual(again.conclusion, "success");
      assert.strictEqual(again.results["a.bbs.test"].outcome, "unchanged");
      assert.strictEqual(updates().length, 2, "the second run sent nothing: its cache holds the address");
    });

    it("inadyn: HTTP 500 means retry later (in 600 s); badauth with HTTP 200 makes it exit", async function () {
      setAnswers(lab.web, { "/checkip": { ip: IP }, [UPDATE]: { status: "500 Internal Server Error", body: "911\n" } });
      const later = await inadynHttp({ hosts: ["a.bbs.test"] });
      assert.strictEqual(later.conclusion, "retry later", later.stderr);
      assert.strictEqual(later.retryIn, 600);
      setAnswers(lab.web, { "/checkip": { ip: IP }, [UPDATE]: { body: "badauth\n" } });
      const fatal = await inadynHttp({ hosts: ["a.bbs.test"] });
      assert.strictEqual(fatal.conclusion, "failure");
      assert.ok(fatal.lines.includes("Error response from DDNS server, exiting!"), fatal.lines.join("\n"));
      assert.strictEqual(fatal.status, 48);
    });

    it("a wrong password is the web server's own 401: the script never runs, and each client fails", async function () {
      const c = await curl(lab.web.http.url("/nic/update?hostname=a.bbs.test"), { user: "TESTBBS:wrong" });
      assert.strictEqual(c.http, 401);
      assert.match(c.headers["www-authenticate"], /^Basic realm="My BBS"\nDigest realm="My BBS"/);
      const d = await ddclientHttp({ password: "wrong", hosts: ["a.bbs.test"] });
      assert.strictEqual(d.results["a.bbs.test"].outcome, "authorization failed");
      const i = await inadynHttp({ password: "wrong", hosts: ["a.bbs.test"] });
      assert.ok(i.lines.includes("Error code 50: Authentication failure"), i.lines.join("\n"));
      assert.deepStrictEqual(updates(), [], "the stand-in never ran for an update");
    });

    it("ddclient over HTTPS: the CA as trust anchor works; a wrong anchor fails the certificate check", async function () {
      const https = { server: lab.web.https.server, ssl: true, caFile: await lab.web.trustAnchor(), web: lab.web.https.url("/nic/checkip"), hosts: ["a.bbs.test"] };
      const ok = await ddclientHttp(https);
      assert.strictEqual(ok.conclusion, "success", ok.stdout + ok.stderr);
      assert.strictEqual(updates().length, 1);
      const bad = await ddclientHttp(Object.assign({}, https, { caFile: await lab.web.wrongAnchor() }));
      assert.strictEqual(bad.conclusion, "failure");
      assert.ok(bad.lines.some((l) => /certificate verify failed/.test(l.text)), bad.stderr);
      assert.strictEqual(updates().length, 1, "nothing reached the stand-in with a wrong anchor");
      const port = lab.web.https.port;
      const byAddress = await ddclientHttp(Object.assign({}, https, { server: "127.0.0.1:" + port, web: "https://127.0.0.1:" + port + "/nic/checkip" }));
      assert.ok(byAddress.lines.some((l) => /socket: hostname verification failed/.test(l.text)), byAddress.stderr);
      // ssl=yes is global: a web= page on plain HTTP is fetched with TLS too, and myip goes out empty
      const plainPage = await ddclientHttp(Object.assign({}, https, { web: lab.web.http.url("/nic/checkip") }));
      assert.ok(plainPage.lines.some((l) => /SSL routines::wrong version number/.test(l.text)), plainPage.stderr);
      assert.deepStrictEqual(updates().map((q) => q.query.myip), [[IP], [""]]);
    });

    it("inadyn over HTTPS: the CA as trust anchor works; a wrong anchor fails the certificate check", async function () {
      const https = { server: lab.web.https.server, ssl: true, caFile: await lab.web.trustAnchor(), hosts: ["a.bbs.test"],
        checkip: { server: lab.web.https.server, path: "/nic/checkip", ssl: true } };
      const ok = await inadynHttp(https);
      assert.strictEqual(ok.conclusion, "success", ok.stderr);
      assert.ok(ok.lines.includes("Certificate OK"), ok.lines.join("\n"));
      assert.strictEqual(updates().length, 1);
      const bad = await inadynHttp(Object.assign({}, https, { caFile: await lab.web.wrongAnchor() }));
      assert.strictEqual(bad.conclusion, "failure");
      assert.ok(bad.lines.includes("SSL handshake with " + lab.web.hostName + " failed: Error in the certificate."), bad.lines.join("\n"));
      assert.strictEqual(updates().length, 1, "nothing reached the stand-in with a wrong anchor");
      assert.strictEqual(bad.status, 0, "inadyn exits 0 after a failed handshake");
      const byAddress = await inadynHttp(Object.assign({}, https, { server: "127.0.0.1:" + lab.web.https.port }));
      assert.ok(byAddress.lines.includes("SSL handshake with 127.0.0.1 failed: Error in the certificate."), byAddress.lines.join("\n"));
    });

    /** One raw request, read until the server closes (or 3 s): the bytes as the client gets them. */
    function raw(text) {
      return new Promise((resolve, reject) => {
        const s = net.connect(lab.web.http.port, "127.0.0.1", () => s.write(text));
        let got = "";
        const timer = setTimeout(() => { s.destroy(); resolve(got + "[still open]"); }, 3000);
        s.on("data", (d) => { got += d.toString("latin1"); });
        s.on("error", (e) => { clearTimeout(timer); reject(e); });
        s.on("close", () => { clearTimeout(timer); resolve(got); });
      });
    }
    const basic = (user, pass) => "Authorization: Basic " + Buffer.from(user + ":" + pass).toString("base64") + "\r\n";

    it("the web server's http_request.query cuts a value at an encoded NUL and runs a name across '&' to the next '='; query_string is the query as sent (why the endpoint reads that)", async function () {
      const auth = basic("TESTBBS", "QwkPass7");
      const send = (query) => raw(Buffer.from("GET /nic/update?" + query + " HTTP/1.0\r\nHost: x\r\nUser-Agent: lab\r\n" + auth + "\r\n", "latin1"));
      await send("hostname=a.bbs.test%00junk&myip=%e9x");
      await send("&&&hostname=a.bbs.test&x");
      await send("hostname=a\xfd.bbs.test");
      const got = updates().map((q) => [q.query_string, q.query]);
      assert.deepStrictEqual(got, [
        ["hostname=a.bbs.test%00junk&myip=%e9x", { hostname: ["a.bbs.test"], myip: ["\xe9x"] }],
        ["&&&hostname=a.bbs.test&x", { "&&&hostname": ["a.bbs.test"], x: [""] }],
        ["hostname=a\xfd.bbs.test", { hostname: ["a\xfd.bbs.test"] }],
      ]);
    });

    it("the web server: Content-Length and Close for HTTP/1.0 or Connection: close, chunks and Keep-Alive otherwise; its own 401 says Content-Length: 0 and sends a body all the same", async function () {
      const server = "Server: Synchronet BBS for Linux  Version " + version.replace(/a$/, "") + "\r\n";
      const ok = "GET /nic/update?hostname=a.bbs.test&myip=" + IP + " HTTP/1.0\r\nHost: x\r\n" + basic("TESTBBS", "QwkPass7") + "\r\n";
      const old = await raw(ok);
      assert.match(old, /^HTTP\/1\.1 200 OK\r\n/);
      for (const h of ["Connection: Close\r\n", "Content-Length: 17\r\n", server]) assert.ok(old.includes(h), old);
      const closing = await raw(ok.replace("HTTP/1.0\r\n", "HTTP/1.1\r\nConnection: close\r\n"));
      assert.ok(closing.includes("Content-Length: 17\r\n") && closing.endsWith("\r\n\r\ngood " + IP + "\n"), closing);
      const kept = await raw(ok.replace("HTTP/1.0", "HTTP/1.1"));
      assert.ok(kept.includes("Connection: Keep-Alive\r\n") && kept.includes("Transfer-Encoding: Chunked\r\n") && kept.endsWith("[still open]"), kept);
      const refused = await raw(ok.replace(basic("TESTBBS", "QwkPass7"), basic("TESTBBS", "wrong")));
      assert.match(refused, /^HTTP\/1\.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm="My BBS"\r\nWWW-Authenticate: Digest realm="My BBS"/);
      assert.match(refused, /\r\nContent-Length: 0\r\n\r\n<HTML><HEAD><TITLE>401 Error<\/TITLE>/);
      setAnswers(lab.web, { [UPDATE]: { status: "401 Unauthorized", body: "badauth\n" } });
      const scripted = await raw("GET /nic/update?hostname=a.bbs.test HTTP/1.0\r\nHost: x\r\n\r\n");
      assert.match(scripted, /^HTTP\/1\.1 401 Unauthorized\r\n/);
      assert.ok(!/WWW-Authenticate/i.test(scripted) && scripted.endsWith("\r\n\r\nbadauth\n"), scripted);
    });
  });
}
