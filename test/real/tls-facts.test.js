"use strict";
// What Synchronet's TLS client (Socket.ssl_session: cryptlib 3.4.8) and exec/load/http.js do, on
// the real jsexec of both packs, as docs/https-from-synchronet.md states it: the raw values a
// script sees, what is and is not verified, how long a silent server holds a handshake, and what
// http.js cannot bound. A plain probe script (PROBE below, not from src/) prints one FACT line.
const assert = require("assert");
const path = require("node:path");
const { PACK, PACK330, makeRoot, jsexec, removeRoots } = require("./pack");
const { testCertificates } = require("../fake/certs");
const { startScripted, serverSet } = require("../fake/scriptedHttp");

const HOST = "bbs.example.test";
const HOSTS = "127.0.0.1 localhost\n127.0.0.1 " + HOST + "\n";

const PROBE = `
var job = JSON.parse(argv[0]);
function now() { return new Date().getTime(); }
function readFile(p) { var f = new File(p); f.open("rb"); var t = f.read(); f.close(); return t; }
var out = {};
if (job.mode === "tls") {
  var anchors = [];
  for (var i = 0; job.anchors && i < job.anchors.length; i++) {
    var ca = new CryptCert(readFile(job.anchors[i]));
    ca.trusted_implicit = true;
    anchors.push(ca);
  }
  var s = new Socket(1);
  out.connect = s.connect(job.host, job.port, 5);
  out.connectError = [s.error, s.error_str];
  if (out.connect) {
    if (job.nameverify) s.tls_nameverify = true;
    if (job.enhanced) s.tls_enhanced_certcheck = true;
    if (job.readBack) { s.tls_certverify = true; s.tls_enhanced_certcheck = false; out.enhancedReadsBack = s.tls_enhanced_certcheck; }
    var started = now();
    s.ssl_session = true;
    out.handshakeMs = now() - started;
    out.ssl = s.ssl_session;
    out.sslError = [s.error, s.error_str];
    out.connected = s.is_connected;
    if (out.ssl && job.check) { try { out.check = s.tls_remote_cert.check(); } catch (e) { out.check = String(e); } }
  }
  s.close();
} else if (job.mode === "badcert") {
  try { new CryptCert("-----BEGIN CERTIFICATE-----\\nMIIBAA==\\n-----END CERTIFICATE-----\\n"); } catch (e) { out.threw = String(e); }
  print("FACT " + JSON.stringify(out));
  js.gc(true);
  out.survived = true;
} else if (job.mode === "httpjs") {
  load("http.js");
  var started = now();
  try {
    var h = new HTTPRequest(undefined, undefined, undefined, job.recvTimeout);
    out.body = h.Get(job.url);
    out.status = h.response_code;
  } catch (e) { out.threw = String(e); }
  out.ms = now() - started;
}
print("FACT " + JSON.stringify(out));
`;

const certs = testCertificates();
const cert = {
  good: certs.issue({ names: [HOST] }),
  sanOnly: certs.issue({ names: [HOST], cn: "other.example.test" }),
  selfSignedRight: certs.issue({ names: [HOST], selfSigned: true }),
  expired: certs.issue({ names: [HOST], expired: true }),
};
const ok200 = (body) => "HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n" + body;

for (const [version, pack] of [["3.22a", PACK], ["3.30a", PACK330]]) {
  describe("Synchronet's TLS client and http.js, on the real jsexec " + version, function () {
    this.timeout(60000);
    let root;
    const servers = serverSet();
    const serve = (options) => servers.serve(options);
    before(async () => { root = await makeRoot({ pack, files: { "mods/probe.js": PROBE, "ca.pem": certs.ca.cert } }); });
    afterEach(() => servers.stopAll());
    after(() => removeRoots());
    /** The probe's FACT lines (the last one first: the whole result), and how jsexec ended. */
    async function probe(job, options = {}) {
      const r = await jsexec(root, ["probe.js", JSON.stringify(job)], Object.assign({ hosts: HOSTS }, options));
      const facts = r.stdout.split("\n").filter((l) => l.startsWith("FACT ")).map((l) => JSON.parse(l.slice(5)));
      return { fact: facts[facts.length - 1], facts, run: r };
    }
    const tls = async (port, more = {}) => {
      const { fact, run } = await probe(Object.assign({ mode: "tls", host: HOST, port }, more));
      assert.ok(fact, "the probe printed no FACT line: " + JSON.stringify(run));
      return fact;
    };

    it("connect(): a refused port is error 111, a name that does not resolve -2 (glibc's EAI_NONAME)", async () => {
      assert.deepStrictEqual((await tls(1, { host: "127.0.0.1" })).connectError, [111, "Connection refused"]);
      assert.deepStrictEqual((await tls(443, { host: "no-such-host.invalid" })).connectError, [-2, "Name or service not known"]);
    });

    it("a failed handshake: ssl_session reads back false and the socket is closed; error 0 for a refused name, 107 when the server hung up", async () => {
      const closes = await serve({ tls: cert.good, script: { close: true } });
      const other = await serve({ tls: cert.sanOnly, script: { answer: ok200("x") } });
      assert.deepStrictEqual((({ ssl, sslError, connected }) => ({ ssl, sslError, connected }))(await tls(closes.port)),
        { ssl: false, sslError: [107, "Transport endpoint is not connected"], connected: false });
      assert.deepStrictEqual((({ ssl, sslError, connected }) => ({ ssl, sslError, connected }))(await tls(other.port, { nameverify: true })),
        { ssl: false, sslError: [0, "Success"], connected: false });
    });

    it("tls_nameverify alone reads the common name only; with tls_enhanced_certcheck the subjectAltName names count too", async () => {
      const s = await serve({ tls: cert.sanOnly, script: { answer: ok200("x") } });
      assert.strictEqual((await tls(s.port, { nameverify: true })).ssl, false);
      assert.strictEqual((await tls(s.port, { nameverify: true, enhanced: true })).ssl, true);
    });

    it("names are compared, signatures and dates are not: a self-signed or an expired certificate with the right name passes every check", async () => {
      const self = await serve({ tls: cert.selfSignedRight, script: { answer: ok200("x") } });
      const expired = await serve({ tls: cert.expired, script: { answer: ok200("x") } });
      assert.strictEqual((await tls(self.port, { nameverify: true, enhanced: true })).ssl, true);
      assert.strictEqual((await tls(expired.port, { nameverify: true, enhanced: true })).ssl, true);
    });

    it("tls_enhanced_certcheck reads back what tls_certverify holds", async () => {
      const s = await serve({ tls: cert.good, script: { answer: ok200("x") } });
      assert.strictEqual((await tls(s.port, { readBack: true })).enhancedReadsBack, true);
    });

    it("a trust anchor from the script: a CA certificate marked trusted_implicit, then tls_remote_cert.check() verifies the chain", async () => {
      const good = await serve({ tls: cert.good, script: { answer: ok200("x") } });
      const expired = await serve({ tls: cert.expired, script: { answer: ok200("x") } });
      const self = await serve({ tls: cert.selfSignedRight, script: { answer: ok200("x") } });
      const anchors = [root.file("ca.pem")];
      assert.strictEqual((await tls(good.port, { anchors, check: true })).check, true);
      // A failing check() throws cryptlib's message, which ends in a stray byte (js_cryptcert.cpp
      // terminates it one byte past its buffer); on 3.30a that has also ended the script with no
      // exception at all (exit 1, nothing printed), which only a failed check() does here.
      async function refused(port, more, message) {
        const { fact, run } = await probe(Object.assign({ mode: "tls", host: HOST, port, check: true }, more));
        if (fact) assert.match(fact.check, message);
        else assert.deepStrictEqual([version, run.status, run.stdout], ["3.30a", 1, ""], JSON.stringify(run));
      }
      await refused(good.port, {}, /^Error: Cryptlib error -26 \(Key in certificate isn't trusted for the requested usage.?\)$/);
      await refused(expired.port, { anchors }, /^Error: Cryptlib error -26 \(Error processing certificate at chain position 0: /);
      // check() on a self-signed certificate only checks its own signature: it proves nothing
      assert.strictEqual((await tls(self.port, { check: true })).check, true);
    });

    it("a CryptCert that cannot be imported: " + (version === "3.22a" ? "jsexec crashes at the next garbage collection" : "an exception, and jsexec goes on"), async () => {
      const { facts, run } = await probe({ mode: "badcert" });
      if (version === "3.22a") {
        // the constructor frees its private data and leaves it set: the finalizer frees it again
        assert.ok(["SIGSEGV", "SIGABRT"].includes(run.signal), JSON.stringify(run));
        assert.ok(!facts.some((f) => f.survived), "it never got past the garbage collection");
      } else {
        assert.match(facts[0].threw, /^Error: CryptLib error -2$/);
        assert.deepStrictEqual([run.status, facts[1].survived], [0, true]);
      }
    });

    it("http.js: HTTP/1.0, Host without the port, its own User-Agent; any status is an answer; refused and unresolved throw", async () => {
      const s = await serve({ script: { answer: "HTTP/1.1 404 Not Found\r\nContent-Length: 8\r\n\r\nnot here" } });
      const answered = (await probe({ mode: "httpjs", url: "http://127.0.0.1:" + s.port + "/x?y=1" })).fact;
      assert.deepStrictEqual([answered.status, answered.body], [404, "not here"]);
      assert.match(s.connections[0].request, /^GET \/x\?y=1 HTTP\/1\.0\r\nConnection: close\r\n/);
      assert.match(s.connections[0].request, /\r\nHost: 127\.0\.0\.1\r\n/);
      assert.match(s.connections[0].request, /\r\nUser-Agent: SYNXv0\.1\r\n/);
      assert.strictEqual((await probe({ mode: "httpjs", url: "http://127.0.0.1:1/" })).fact.threw, "Error: Unable to connect to 127.0.0.1:1");
      assert.strictEqual((await probe({ mode: "httpjs", url: "http://no-such-host.invalid/" })).fact.threw, "Error: Name or service not known");
    });

    it("http.js: a failed TLS handshake goes unnoticed (it sends anyway and fails on that); a silent server costs recv_timeout and a second", async () => {
      const notTls = await serve({ tls: cert.good, script: { greet: "HTTP/1.1 400 Bad Request\r\n\r\n" } });
      const silent = await serve({ script: { silent: true } });
      assert.match((await probe({ mode: "httpjs", url: "https://127.0.0.1:" + notTls.port + "/" })).fact.threw, /^Error: Unable to (send request: GET \/ HTTP\/1\.0|read status)$/);
      const quiet = (await probe({ mode: "httpjs", url: "http://127.0.0.1:" + silent.port + "/", recvTimeout: 2 })).fact;
      assert.strictEqual(quiet.threw, "Error: Unable to read status");
      assert.ok(quiet.ms >= 2000 && quiet.ms <= 4000, quiet.ms + " ms");
    });
  });
}

describe("what no script can bound, on both packs at once", function () {
  this.timeout(60000);
  after(() => removeRoots());

  it("a server that accepts and never speaks TLS holds ssl_session = true ~32 s (cryptlib's 30 s, then up to 3 s more); a trickling server holds http.js for ever", async () => {
    const silent = await startScripted({ tls: testCertificates().issue({ names: [HOST] }), script: { noTls: true } });
    const trickle = await startScripted({ script: { trickle: "HTTP/1.1 200 OK\r\nX: " + "y".repeat(100), everyMs: 500 } });
    let results;
    try {
      const runs = [];
      for (const pack of [PACK, PACK330]) {
        const root = await makeRoot({ pack, files: { "mods/probe.js": PROBE } });
        runs.push(jsexec(root, ["probe.js", JSON.stringify({ mode: "tls", host: "127.0.0.1", port: silent.port })], { killAfterMs: 45000 }));
        runs.push(jsexec(root, ["probe.js", JSON.stringify({ mode: "httpjs", url: "http://127.0.0.1:" + trickle.port + "/", recvTimeout: 2 })], { killAfterMs: 10000, allowKill: true }));
      }
      results = await Promise.all(runs);
    } finally {
      await Promise.all([silent.stop(), trickle.stop()]);
    }
    const [tls322, http322, tls330, http330] = results;
    for (const r of [tls322, tls330]) {
      const fact = JSON.parse(r.stdout.split("\n").find((l) => l.startsWith("FACT ")).slice(5));
      assert.strictEqual(fact.ssl, false);
      assert.ok(fact.handshakeMs >= 30000 && fact.handshakeMs <= 33500, "the handshake took " + fact.handshakeMs + " ms");
    }
    for (const r of [http322, http330]) assert.strictEqual(r.killed, true, "http.js with recv_timeout 2 was still reading after 10 s: " + JSON.stringify(r));
  });
});
