"use strict";
// src/shared/host/https.ts (one bounded HTTP/1.1 request over TCP or TLS through Synchronet's
// Socket) on the real jsexec of both packs: 3.22a (SpiderMonkey 1.8.5) and 3.30a (SpiderMonkey
// 128), against Node servers on loopback that answer byte for byte as each test says
// (test/fake/scriptedHttp.js), certificates from a throwaway test CA (test/fake/certs.js), and the
// stand-ins for No-IP, DuckDNS and Cloudflare (test/fake/). test/entries/https.js is bundled the way
// build.mjs bundles (into a scratch root, never into dist/) and runs httpRequest() steps from a
// JSON job; each result carries the ms the call took by jsexec's own clock.
// What these show is written up in docs/https-from-synchronet.md.
const assert = require("assert");
const fs = require("node:fs");
const path = require("node:path");
const { PACK, PACK330, makeRoot, jsexec, startSbbs, removeRoots } = require("./pack");
const { testCertificates } = require("../fake/certs");
const { serverSet } = require("../fake/scriptedHttp");
const { startNoIp } = require("../fake/noip");
const { startDuckDns } = require("../fake/duckdns");
const { startCloudflare } = require("../fake/cloudflare");
const { hungListener } = require("../fake/service");

/** How far past its deadline a request may end, by its own clock (as the client's deadline tests allow). */
const DEADLINE_SLACK_MS = 150;
/** cryptlib's random wait after a failed handshake (https.ts TLS_FAILURE_DELAY_MS). */
const TLS_FAILURE_DELAY_MS = 3000;
const HOST = "bbs.example.test";
const HOSTS = "127.0.0.1 localhost\n127.0.0.1 " + [HOST, "other.example.test", "dynupdate.no-ip.test", "www.duckdns.test", "api.cloudflare.test"].join(" ") + "\n";
const UA = { name: "User-Agent", value: "Synchronet-DynDNS-tests/1.0 sysop@example.test" };

const ok200 = (body, extra = "") => "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n" + extra + "Content-Length: " + body.length + "\r\n\r\n" + body;
const get = (url, more = {}) => Object.assign({ method: "GET", url, headers: [UA] }, more);

for (const [version, pack] of [["3.22a", PACK], ["3.30a", PACK330]]) {
  describe("https.ts on the real jsexec " + version, function () {
    this.timeout(60000);
    let root;
    let jobs = 0;
    const servers = serverSet();
    const serve = (options) => servers.serve(options);
    const certs = testCertificates();
    const cert = {
      good: certs.issue({ names: [HOST] }),
      selfSigned: certs.issue({ names: ["wrong.example.test"], selfSigned: true }),
      expired: certs.issue({ names: [HOST], expired: true }),
      sanOnly: certs.issue({ names: [HOST], cn: "other.example.test" }),
      rsa: certs.issue({ names: [HOST], rsa: true }),
    };

    before(async () => {
      const { bundleEntry, gateProblems } = await import("../../build.mjs");
      const code = await bundleEntry(path.join(__dirname, "../entries/https.js"), ["https.js: test only, runs https.ts"]);
      assert.deepStrictEqual(gateProblems(code), []);
      root = await makeRoot({ pack, files: { "mods/https.js": code } });
    });
    afterEach(() => servers.stopAll());
    after(() => removeRoots());

    /** Runs the steps in one jsexec: [{result, ms}] in order, and the process's whole output. */
    async function run(steps, { hosts } = {}) {
      const file = root.file("job" + (++jobs) + ".json");
      // ASCII-only JSON: jsexec reads the file as bytes, and byte strings must arrive as one char per byte.
      fs.writeFileSync(file, JSON.stringify({ steps }).replace(/[\u0080-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")));
      const r = await jsexec(root, ["https.js", file], hosts ? { hosts } : {});
      const lines = r.stdout.split("\n").filter((l) => l.startsWith("RESULT ")).map((l) => JSON.parse(l.slice(7)));
      assert.strictEqual(r.status, 0, r.stdout + r.stderr);
      assert.strictEqual(lines.length, steps.length, r.stdout + r.stderr);
      return Object.assign(lines, { output: r.stdout + r.stderr });
    }
    const one = async (step, options) => (await run([step], options))[0];
    const failed = (r) => { assert.strictEqual(r.result.ok, false, JSON.stringify(r)); return r.result.reason; };
    const answered = (r) => { assert.strictEqual(r.result.ok, true, JSON.stringify(r)); return r.result.response; };

    describe("HTTP", () => {
      it("a GET goes as HTTP/1.1 with Host, the caller's headers and Connection: close; the answer comes back whole", async () => {
        const s = await serve({ script: { answer: ok200("good 203.0.113.7\n", "X-Extra: a\r\nX-Extra: b\r\n") } });
        const r = answered(await one({ request: get("http://127.0.0.1:" + s.port + "/nic/update?hostname=bbs.example.test&myip=203.0.113.7"), timeoutMs: 5000 }));
        assert.deepStrictEqual(r, { status: 200, statusText: "OK", headers: { "content-type": "text/plain", "x-extra": "a, b", "content-length": "17" }, body: "good 203.0.113.7\n" });
        assert.strictEqual(s.connections[0].request, "GET /nic/update?hostname=bbs.example.test&myip=203.0.113.7 HTTP/1.1\r\nHost: 127.0.0.1:" + s.port
          + "\r\nUser-Agent: " + UA.value + "\r\nConnection: close\r\n\r\n");
      });

      it("a POST sends its body with Content-Length, basic auth as base64; every status is an answer", async () => {
        const statuses = [201, 401, 404, 429, 500];
        const s = await serve({ scripts: statuses.map((n) => ({ answer: "HTTP/1.1 " + n + " Status " + n + "\r\nContent-Length: 2\r\n\r\n{}" })) });
        const body = '{"content":"203.0.113.7","ttl":1}';
        const results = await run(statuses.map(() => ({
          request: { method: "POST", url: "http://127.0.0.1:" + s.port + "/x", headers: [UA, { name: "Content-Type", value: "application/json" }], body,
            auth: { basic: { user: "sysop", password: "pa:ss\u00e9" } } },
          timeoutMs: 5000,
        })));
        assert.deepStrictEqual(results.map((r) => [answered(r).status, answered(r).statusText, answered(r).body]), statuses.map((n) => [n, "Status " + n, "{}"]));
        assert.strictEqual(s.connections[0].request, "POST /x HTTP/1.1\r\nHost: 127.0.0.1:" + s.port + "\r\nAuthorization: Basic "
          + Buffer.from("sysop:pa:ss\u00e9", "latin1").toString("base64") + "\r\nUser-Agent: " + UA.value
          + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n" + body);
      });

      it("a chunked answer in pieces over time, and one that runs to the close (HTTP/1.0), are read whole", async () => {
        const chunked = await serve({ script: { chunks: ["HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel", "lo\r\n6;x=y\r\n world\r\n", "0\r\nT: 1\r\n\r\n"], everyMs: 200 } });
        const closing = await serve({ script: { answer: "HTTP/1.0 200 OK\r\n\r\nbody to the close\n\u00ff" } });
        const [a, b] = await run([{ request: get("http://127.0.0.1:" + chunked.port + "/"), timeoutMs: 5000 },
          { request: get("http://127.0.0.1:" + closing.port + "/"), timeoutMs: 5000 }]);
        assert.strictEqual(answered(a).body, "hello world");
        assert.ok(a.ms >= 350, "it waited for the pieces: " + a.ms + " ms");
        assert.strictEqual(answered(b).body, "body to the close\n\u00ff");
      });

      it("an answer larger than the cap is refused: at once by its Content-Length, else when it grows past it", async () => {
        const big = await serve({ scripts: [{ answer: ok200("x".repeat(70000)) }, { answer: "HTTP/1.0 200 OK\r\n\r\n" + "y".repeat(70000) }, { answer: ok200("z".repeat(70000)) }] });
        const url = "http://127.0.0.1:" + big.port + "/";
        const [byLength, byClose, raised] = await run([{ request: get(url), timeoutMs: 5000 }, { request: get(url), timeoutMs: 5000 },
          { request: get(url), timeoutMs: 5000, options: { maxResponseBytes: 80000 } }]);
        assert.strictEqual(failed(byLength), "http://127.0.0.1:" + big.port + ": the answer is larger than 65536 bytes");
        assert.strictEqual(failed(byClose), "http://127.0.0.1:" + big.port + ": the answer is larger than 65536 bytes");
        assert.strictEqual(answered(raised).body.length, 70000);
      });

      it("a silent server and a trickling one (a byte every 100 ms, for ever): the request ends on its deadline", async () => {
        const silent = await serve({ script: { silent: true } });
        const trickle = await serve({ script: { trickle: "HTTP/1.1 200 OK\r\nX: " + "y".repeat(1000), everyMs: 100 } });
        const [a, b] = await run([{ request: get("http://127.0.0.1:" + silent.port + "/"), timeoutMs: 1500 },
          { request: get("http://127.0.0.1:" + trickle.port + "/"), timeoutMs: 1500 }]);
        assert.match(failed(a), /^http:\/\/127\.0\.0\.1:\d+: no complete answer within 1\.5 s \(0 bytes came\)$/);
        assert.match(failed(b), /^http:\/\/127\.0\.0\.1:\d+: no complete answer within 1\.5 s \(1[0-9] bytes came\)$/);
        for (const r of [a, b]) assert.ok(r.ms >= 1500 && r.ms <= 1500 + DEADLINE_SLACK_MS, "ended " + r.ms + " ms after it started; its deadline was 1500 ms");
      });

      it("a refused port, a name that does not resolve, a listener that never completes a connect", async () => {
        const hung = await hungListener();
        servers.track({ stop: () => hung.close() });
        const [refused, unknown, connect] = await run([
          { request: get("http://127.0.0.1:1/"), timeoutMs: 3000 },
          { request: get("https://no-such-host.invalid/"), timeoutMs: 3000 },
          { request: get("http://127.0.0.1:" + hung.port + "/"), timeoutMs: 1000 },
        ]);
        assert.strictEqual(failed(refused), "http://127.0.0.1:1: refused the connection");
        assert.strictEqual(failed(unknown), "https://no-such-host.invalid: could not be resolved: DNS knows no such name");
        assert.strictEqual(failed(connect), "http://127.0.0.1:" + hung.port + ": did not accept the connection within 1 s");
        assert.ok(connect.ms >= 1000 - 20 && connect.ms <= 1000 + DEADLINE_SLACK_MS, "the connect ended " + connect.ms + " ms after it started");
      });

      it("a server that closes at once, or in the middle of the body, and a URL that is not one: each says so in a line", async () => {
        const closes = await serve({ script: { close: true } });
        const cut = await serve({ script: { answer: "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nabc" } });
        const [a, b, c] = await run([{ request: get("http://127.0.0.1:" + closes.port + "/"), timeoutMs: 3000 },
          { request: get("http://127.0.0.1:" + cut.port + "/"), timeoutMs: 3000 },
          { request: get("ftp://127.0.0.1/"), timeoutMs: 3000 }]);
        assert.match(failed(a), /^http:\/\/127\.0\.0\.1:\d+: (the server closed the connection without answering|could not send the request: .*|the connection failed: .*)$/);
        assert.match(failed(b), /^http:\/\/127\.0\.0\.1:\d+: the server closed the connection after 3 of the body's 100 bytes$/);
        assert.strictEqual(failed(c), "the URL does not start with http:// or https://");
      });
    });

    describe("HTTPS (Socket.ssl_session: cryptlib)", () => {
      it("a certificate from a CA, by name: the answer, with the name sent as SNI; also when the name is checked, and with RSA", async () => {
        const s = await serve({ tls: cert.good, script: { answer: ok200("good") } });
        const rsa = await serve({ tls: cert.rsa, script: { answer: ok200("rsa") } });
        const results = await run([{ request: get("https://" + HOST + ":" + s.port + "/p?q=1"), timeoutMs: 8000 },
          { request: get("https://" + HOST + ":" + s.port + "/"), timeoutMs: 8000, options: { checkName: true } },
          { request: get("https://" + HOST + ":" + rsa.port + "/"), timeoutMs: 8000, options: { checkName: true } }], { hosts: HOSTS });
        assert.deepStrictEqual(results.map((r) => answered(r).body), ["good", "good", "rsa"]);
        assert.deepStrictEqual(s.connections.map((c) => c.servername), [HOST, HOST]);
        assert.strictEqual(s.connections[0].request, "GET /p?q=1 HTTP/1.1\r\nHost: " + HOST + ":" + s.port + "\r\nUser-Agent: " + UA.value + "\r\nConnection: close\r\n\r\n");
      });

      it("by IP address: cryptlib sends the address itself as the SNI name", async () => {
        const s = await serve({ tls: cert.good, script: { answer: ok200("by address") } });
        assert.strictEqual(answered(await one({ request: get("https://127.0.0.1:" + s.port + "/"), timeoutMs: 8000 })).body, "by address");
        assert.strictEqual(s.connections[0].servername, "127.0.0.1");
      });

      it("nothing is verified by default: a self-signed certificate for another name and an expired one are taken", async () => {
        const self = await serve({ tls: cert.selfSigned, script: { answer: ok200("self-signed") } });
        const expired = await serve({ tls: cert.expired, script: { answer: ok200("expired") } });
        const results = await run([{ request: get("https://" + HOST + ":" + self.port + "/"), timeoutMs: 8000 },
          { request: get("https://" + HOST + ":" + expired.port + "/"), timeoutMs: 8000 }], { hosts: HOSTS });
        assert.deepStrictEqual(results.map((r) => answered(r).body), ["self-signed", "expired"]);
      });

      it("checkName refuses a certificate for another name, before anything is sent; takes an expired one, and a name found only in subjectAltName", async () => {
        const self = await serve({ tls: cert.selfSigned, script: { answer: ok200("self-signed") } });
        const expired = await serve({ tls: cert.expired, script: { answer: ok200("expired") } });
        const san = await serve({ tls: cert.sanOnly, script: { answer: ok200("san") } });
        const [a, b, c] = await run([{ request: get("https://" + HOST + ":" + self.port + "/", { auth: { bearer: "tok-never-sent" } }), timeoutMs: 8000, options: { checkName: true } },
          { request: get("https://" + HOST + ":" + expired.port + "/"), timeoutMs: 8000, options: { checkName: true } },
          { request: get("https://" + HOST + ":" + san.port + "/"), timeoutMs: 8000, options: { checkName: true } }], { hosts: HOSTS });
        assert.match(failed(a), new RegExp("^https://" + HOST + ":\\d+: the TLS handshake failed \\(or the certificate does not name " + HOST + "\\)$"));
        assert.ok(self.connections.every((c) => c.request === ""), "the request was never sent");
        assert.deepStrictEqual([answered(b).body, answered(c).body], ["expired", "san"]);
      });

      it("a server that accepts and never speaks TLS: the handshake guard ends the handshake, and the request ends before its deadline", async () => {
        const s = await serve({ tls: cert.good, script: { noTls: true } });
        const r = await one({ request: get("https://127.0.0.1:" + s.port + "/"), timeoutMs: 4000 });
        assert.strictEqual(failed(r), "https://127.0.0.1:" + s.port + ": no TLS handshake within 1 s");
        assert.ok(r.ms >= 4000 - TLS_FAILURE_DELAY_MS - 20 && r.ms <= 4000 + DEADLINE_SLACK_MS, "ended " + r.ms + " ms after it started; its deadline was 4000 ms");
      });

      it("TLS, then silence or a trickle: the request ends on its deadline", async () => {
        const silent = await serve({ tls: cert.good, script: { silent: true } });
        const trickle = await serve({ tls: cert.good, script: { trickle: "HTTP/1.1 200 OK\r\nX: " + "y".repeat(1000), everyMs: 100 } });
        const [a, b] = await run([{ request: get("https://127.0.0.1:" + silent.port + "/"), timeoutMs: 4000 },
          { request: get("https://127.0.0.1:" + trickle.port + "/"), timeoutMs: 4000 }]);
        assert.match(failed(a), /^https:\/\/127\.0\.0\.1:\d+: no complete answer within 4 s \(0 bytes came\)$/);
        assert.match(failed(b), /^https:\/\/127\.0\.0\.1:\d+: no complete answer within 4 s \([1-4][0-9] bytes came\)$/);
        for (const r of [a, b]) assert.ok(r.ms >= 4000 && r.ms <= 4000 + DEADLINE_SLACK_MS, "ended " + r.ms + " ms after it started; its deadline was 4000 ms");
      });

      it("an answer that comes after the guard's time is read: the guard lets go once the request is sent", async () => {
        const s = await serve({ tls: cert.good, script: { answer: ok200("late but fine"), afterMs: 2000 } });
        const r = await one({ request: get("https://127.0.0.1:" + s.port + "/"), timeoutMs: 4500 });
        assert.strictEqual(answered(r).body, "late but fine");
        assert.ok(r.ms >= 2000, r.ms + " ms");
      });

      it("a server that closes at accept, too little time left for a handshake, an answer over the cap, a cut one", async () => {
        const closes = await serve({ tls: cert.good, script: { close: true } });
        const s = await serve({ tls: cert.good, scripts: [{ answer: ok200("x".repeat(70000)) }, { answer: "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc" }] });
        const [a, b, c, d] = await run([{ request: get("https://127.0.0.1:" + closes.port + "/"), timeoutMs: 8000 },
          { request: get("https://127.0.0.1:" + s.port + "/"), timeoutMs: 2500 },
          { request: get("https://127.0.0.1:" + s.port + "/"), timeoutMs: 8000 },
          { request: get("https://127.0.0.1:" + s.port + "/"), timeoutMs: 8000 }]);
        assert.match(failed(a), /^https:\/\/127\.0\.0\.1:\d+: the TLS handshake failed$/);
        assert.ok(a.ms <= TLS_FAILURE_DELAY_MS + DEADLINE_SLACK_MS, "cryptlib's wait after the failure: " + a.ms + " ms");
        assert.match(failed(b), /^https:\/\/127\.0\.0\.1:\d+: no time left for a TLS handshake \(it needs up to 3 s before the deadline, the time cryptlib may wait after a failure\)$/);
        assert.ok(b.ms < 500, b.ms + " ms");
        assert.match(failed(c), /: the answer is larger than 65536 bytes$/);
        assert.match(failed(d), /: the server closed the connection after 3 of the body's 10 bytes$/);
      });
    });

    describe("in a timed event", () => {
      it("under the real sbbs's event thread the guard works too: a silent TLS server is cut off, and the next request is fine", async () => {
        const silent = await serve({ tls: cert.good, script: { noTls: true } });
        const s = await serve({ tls: cert.good, script: { answer: ok200("good") } });
        const job = { steps: [{ request: get("https://127.0.0.1:" + silent.port + "/"), timeoutMs: 4000 }, { request: get("https://127.0.0.1:" + s.port + "/"), timeoutMs: 8000 }] };
        root.write("event-job.json", JSON.stringify(job));
        root.write("ctrl/xtrn.ini", root.read("ctrl/xtrn.ini") + "\n[event:HTTPS]\n\tcmd=?https.js " + root.file("event-job.json")
          + "\n\tdays=0\n\ttime=0\n\tnode_num=1\n\tsettings=0\n\tstartup_dir=\n\tfreq=0\n\tmdays=0\n\tmonths=0\n\terrlevel=3\n\txtrn=\n");
        const bbs = await startSbbs(root, ["t!"]);
        try {
          await bbs.waitFor(new RegExp("Version " + version.replace(".", "\\.")));
          await bbs.waitFor(/Telnet Server listening/);
          root.write("data/HTTPS.now", "");
          await bbs.waitFor(/Timed event: '\?https\.js [^']*' returned 0/, 20000);
        } finally {
          await bbs.stop();
        }
        const results = bbs.output().split("\n").map((l) => /evnt HTTPS RESULT (.*)$/.exec(l)).filter(Boolean).map((m) => JSON.parse(m[1]));
        assert.strictEqual(failed(results[0]), "https://127.0.0.1:" + silent.port + ": no TLS handshake within 1 s");
        assert.ok(results[0].ms <= 4000 + DEADLINE_SLACK_MS, results[0].ms + " ms");
        assert.strictEqual(answered(results[1]).body, "good");
      });
    });

    describe("secrets", () => {
      it("passwords, tokens and the base64 of basic auth appear nowhere in the output, whatever happens to the request", async () => {
        const silent = await serve({ script: { silent: true } });
        const s401 = await serve({ tls: cert.good, script: { answer: "HTTP/1.1 401 Unauthorized\r\nContent-Length: 7\r\n\r\nbadauth" } });
        const secrets = { password: "Pw-Basic-7731", bearer: "Tok-Bearer-5519", query: "Tok-Query-0042", extra: "a b&c" };
        const basic = { basic: { user: "sysop", password: secrets.password } };
        const requests = [
          { url: "http://127.0.0.1:1/?token=" + secrets.query, auth: basic },
          { url: "http://127.0.0.1:" + silent.port + "/update?token=" + secrets.query, auth: { bearer: secrets.bearer } },
          { url: "https://127.0.0.1:" + s401.port + "/nic/update?token=" + encodeURIComponent(secrets.extra), auth: basic, timeoutMs: 8000 },
          { url: "https://no-such-host.invalid/?token=" + secrets.query, auth: { bearer: secrets.bearer } },
          { url: "http://127.0.0.1:" + silent.port + "/", headers: [{ name: "X-Bad", value: secrets.password + "\r\nInjected: 1" }] },
        ].map(({ timeoutMs, ...r }) => ({ request: Object.assign({ method: "GET", headers: [UA], secrets: [secrets.query, secrets.extra, secrets.password] }, r), timeoutMs: timeoutMs || 1500 }));
        const results = await run(requests);
        assert.strictEqual(answered(results[2]).status, 401);
        const forms = [secrets.password, secrets.bearer, secrets.query, encodeURIComponent(secrets.extra), Buffer.from("sysop:" + secrets.password).toString("base64")];
        for (const form of forms) assert.ok(!results.output.includes(form), "the output shows " + form + ":\n" + results.output);
        assert.strictEqual(failed(results[4]), "http://127.0.0.1:" + silent.port + ": the value of the header X-Bad holds a line break or a NUL");
      });
    });

    describe("against the stand-ins for the providers", () => {
      it("stand-in for No-IP: a dyndns2 update over HTTPS with basic auth and a User-Agent", async () => {
        const noip = await startNoIp({ accounts: { sysop: { password: "pw-noip", hosts: { [HOST]: "203.0.113.1" } } } });
        servers.track(noip);
        const url = "https://dynupdate.no-ip.test:" + noip.port + "/nic/update?hostname=" + HOST + "&myip=203.0.113.9";
        const [good, bad] = await run([{ request: get(url, { auth: { basic: { user: "sysop", password: "pw-noip" } } }), timeoutMs: 8000, options: { checkName: true } },
          { request: get(url, { auth: { basic: { user: "sysop", password: "wrong" } } }), timeoutMs: 8000 }], { hosts: HOSTS });
        assert.deepStrictEqual([answered(good).status, answered(good).body], [200, "good 203.0.113.9\n"]);
        assert.deepStrictEqual([answered(bad).status, answered(bad).body], [401, "badauth\n"]);
        assert.deepStrictEqual([noip.requests[0].sni, noip.requests[0].headers["user-agent"], noip.hosts("sysop")[HOST]], ["dynupdate.no-ip.test", UA.value, "203.0.113.9"]);
      });

      it("stand-in for DuckDNS: the token in the query, the verbose answer", async () => {
        const token = "a7c4d0ad-114e-40ef-ba1d-d217904a50f2";
        const duck = await startDuckDns({ token, domains: { mybbs: { ipv4: "", ipv6: "", txt: "" } } });
        servers.track(duck);
        const r = await one({ request: get("https://www.duckdns.test:" + duck.port + "/update?domains=mybbs&token=" + token + "&ip=203.0.113.4&verbose=true",
          { secrets: [token] }), timeoutMs: 8000, options: { checkName: true } }, { hosts: HOSTS });
        assert.strictEqual(answered(r).body, "OK\n203.0.113.4\n\nUPDATED");
        assert.strictEqual(duck.domains().mybbs.ipv4, "203.0.113.4");
      });

      it("stand-in for Cloudflare: find the zone and the record, change it with a JSON body; a wrong token and the rate limit are answers", async () => {
        const cf = await startCloudflare({ tokens: { "cf-token-1": { zones: ["example.test"], edit: true } }, zones: ["example.test"],
          records: [{ zone: "example.test", type: "A", name: HOST, content: "203.0.113.1", ttl: 1 }] });
        servers.track(cf);
        const api = "https://api.cloudflare.test:" + cf.port + "/client/v4";
        const auth = { bearer: "cf-token-1" };
        const zone = cf.zoneId("example.test");
        const record = cf.records("example.test")[0].id;
        const json = [UA, { name: "Content-Type", value: "application/json" }];
        const results = await run([
          { request: get(api + "/zones?name=example.test", { auth }), timeoutMs: 8000 },
          { request: get(api + "/zones/" + zone + "/dns_records?type=A&name=" + HOST, { auth }), timeoutMs: 8000 },
          { request: { method: "PATCH", url: api + "/zones/" + zone + "/dns_records/" + record, headers: json, auth, body: '{"content":"203.0.113.9","comment":"caf\\u00e9"}' }, timeoutMs: 8000 },
          { request: get(api + "/zones?name=example.test", { auth: { bearer: "wrong-token" } }), timeoutMs: 8000 },
        ], { hosts: HOSTS });
        const bodies = results.map((r) => JSON.parse(answered(r).body));
        assert.deepStrictEqual(bodies[0].result.map((z) => z.id), [zone]);
        assert.deepStrictEqual(bodies[1].result.map((r) => r.id), [record]);
        // The body is the bytes that came: Cloudflare's JSON is UTF-8, which the caller decodes.
        assert.deepStrictEqual([answered(results[2]).status, bodies[2].result.content, bodies[2].result.comment], [200, "203.0.113.9", "caf\u00c3\u00a9"]);
        assert.deepStrictEqual([answered(results[3]).status, bodies[3].errors], [403, [{ code: 9109, message: "Invalid access token" }]]);
        cf.rateLimitAfter(0);
        const limited = answered(await one({ request: get(api + "/zones?name=example.test", { auth }), timeoutMs: 8000 }, { hosts: HOSTS }));
        assert.deepStrictEqual([limited.status, limited.headers["retry-after"], JSON.parse(limited.body).errors[0].code], [429, "60", 971]);
      });
    });
  });
}
