"use strict";
// The extra names of a BBS (docs/names.md): `[dyndns:<name>]` sections beside `[dyndns]`, run by
// the unmodified dist/dyndns.js on the real jsexec of every version (3.22a and 3.30a), against the
// stand-ins for No-IP, DuckDNS and Cloudflare (test/fake/: no test reaches the real services), the
// fake synchro.net service, and a real Knot DNS for RFC 2136.
const assert = require("assert");
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const { PACKS } = require("./pack");
const { startNoIp } = require("../fake/noip");
const { startDuckDns } = require("../fake/duckdns");
const { startCloudflare } = require("../fake/cloudflare");
const { startFakeService } = require("../fake/service");
const { execFileSync } = require("node:child_process");
const { startKnot, startBind } = require("./dns");

const DIST = fs.readFileSync(path.join(__dirname, "../../dist/dyndns.js"), "latin1");
const SECRET = "n0-iP:s3cret";
const TOKEN = "a7c4d2e0-duck-token-5b3f";
const CF_TOKEN = "cf-Token_9x8y7z";

function modopts(sections) {
  return sections.join("\n\n") + "\n";
}

/** Every output line of a run, stdout and stderr, for the secret checks. */
const all = (r) => r.stdout + r.stderr;

function noSecrets(r) {
  for (const s of [SECRET, encodeURIComponent(SECRET), TOKEN, CF_TOKEN, Buffer.from("sysop:" + SECRET).toString("base64")]) {
    assert.ok(!all(r).includes(s), "a secret shows in the output:\n" + all(r));
  }
}

for (const pack of PACKS) {
  describe("extra names on the real jsexec " + pack.version, function () {
    this.timeout(60000);
    const stops = [];
    afterEach(async () => { while (stops.length) await stops.pop()(); });

    async function root(text, extra = {}) {
      return pack.makeRoot(Object.assign({ mainIni: { qwk_id: "VERT", name: "Vertrauen" }, files: Object.assign({ "mods/dyndns.js": DIST, "ctrl/modopts.ini": text }, extra) }));
    }
    const run = (r, args = [], options = {}) => pack.jsexec(r, ["dyndns.js"].concat(args), options);
    const statusOf = (r, name) => JSON.parse(r.read("data/dyndns-" + name + ".json"));

    async function noip(hosts = { "bbs.ddns.test": "203.0.113.1" }) {
      const s = await startNoIp({ accounts: { sysop: { password: SECRET, hosts } } });
      stops.push(() => s.stop());
      return s;
    }
    const noipSection = (s, more = "") => "[dyndns:bbs.ddns.test]\nprotocol = dyndns2\nserver = " + s.url("/nic/update") + "\nuser = sysop\npassword = " + SECRET + "\n" + more;

    describe("sections, settings, independence", () => {
      it("bad settings: one line naming the section, the key, the value and what was expected; nothing sent for it, the others run; exit 2", async () => {
        const s = await noip();
        const r0 = await root(modopts([
          "[dyndns:bad.example.test]\nprotocol = carrier-pigeon",
          "[dyndns:nokey.example.test]\nprotocol = cloudflare",
          "[dyndns:tsig.example.test]\nprotocol = rfc2136\nserver = 127.0.0.1\nkey = k\nsecret = not*base64!\nzone = example.test",
          "[dyndns:not_a_name]\nprotocol = dyndns2",
          noipSection(s, "address = 203.0.113.9"),
        ]));
        const r = await run(r0);
        const mod = r0.file("ctrl/modopts.ini");
        assert.strictEqual(r.status, 2, all(r));
        const lines = r.stderr.split("\n");
        for (const want of [
          mod + " [dyndns:bad.example.test] protocol 'carrier-pigeon': expected dyndns2, duckdns, cloudflare, rfc2136; nothing is sent for bad.example.test",
          mod + " [dyndns:nokey.example.test] token: missing (expected an API token that may edit the zone's DNS); nothing is sent for nokey.example.test",
          mod + " [dyndns:tsig.example.test] secret ********: expected a base64 secret, as tsig-keygen or keymgr prints it; nothing is sent for tsig.example.test",
          mod + " [dyndns:not_a_name]: the name 'not_a_name' is not a host name (expected one of at least two labels, like [dyndns:bbs.example.com]); nothing is sent for it",
        ]) assert.ok(lines.some((l) => l.endsWith(want)), "missing line: " + want + "\n" + all(r));
        assert.ok(r.stdout.includes("bbs.ddns.test: updated to 203.0.113.9"), all(r));
        assert.strictEqual(s.requests.length, 1);
        assert.strictEqual(s.hosts("sysop")["bbs.ddns.test"], "203.0.113.9");
        assert.ok(!fs.existsSync(r0.file("data/dyndns-bad.example.test.json")));
        noSecrets(r);
      });

      it("without extra sections the [dyndns] flow is as before; with them but no password, only the extra names run", async () => {
        const s = await noip();
        const r0 = await root(modopts([noipSection(s, "address = 203.0.113.5")]));
        const r = await run(r0);
        assert.strictEqual(r.status, 0, all(r));
        assert.ok(r.stdout.includes("the VERT name of the [dyndns] section is not updated: no password is set"), all(r));
        const bare = await root("[dyndns]\n");
        const b = await run(bare);
        assert.strictEqual(b.status, 2);
        assert.ok(b.stderr.includes("password: missing"), all(b));
      });

      it("ctrl/modopts/dyndns.ini, when it exists, holds the sections; a name given twice counts once, the first (as Synchronet reads it)", async () => {
        const s = await noip();
        const r0 = await root("[dyndns:bbs.ddns.test]\nprotocol = none\n", {
          "ctrl/modopts/dyndns.ini": "password = qwkpass\nhosts = 127.0.0.1\nport = 1\ntimeout = 2\n\n" + noipSection(s, "address = 203.0.113.12") + "\n[DYNDNS:BBS.ddns.test]\nprotocol = broken\n",
        });
        const r = await run(r0);
        assert.strictEqual(r.status, 1, all(r));
        assert.ok(r.stdout.includes("bbs.ddns.test: updated to 203.0.113.12"), all(r));
        assert.ok(!all(r).includes("broken") && !all(r).includes("none"), all(r));
        assert.strictEqual(s.requests.length, 1);
      });

      it("the synchro.net name first, then each name; the service source is the address it published; the worst exit status wins", async () => {
        const svc = await startFakeService({ host: "127.0.0.2" });
        stops.push(() => svc.close());
        const good = await noip();
        const bad = await startNoIp({ accounts: { other: { password: "x", hosts: {} } } });
        stops.push(() => bad.stop());
        const r0 = await root(modopts([
          "[dyndns]\npassword = qwkpass\nhosts = 127.0.0.2\nport = " + svc.port + "\nip = 203.0.113.77",
          "[dyndns:second.ddns.test]\nprotocol = dyndns2\nserver = " + bad.url("/nic/update") + "\nuser = sysop\npassword = " + SECRET,
          noipSection(good),
        ]));
        const r = await run(r0);
        assert.strictEqual(r.status, 1, all(r));
        assert.ok(r.stdout.includes("VERT.synchro.net updated through 127.0.0.2"), all(r));
        assert.ok(r.stderr.includes("second.ddns.test: answered badauth (HTTP 401); not sent again until the settings of the section change"), all(r));
        assert.ok(r.stdout.includes("bbs.ddns.test: updated to 203.0.113.77"), all(r));
        assert.strictEqual(good.requests[0].query.myip, "203.0.113.77");
        assert.match(good.requests[0].headers["user-agent"], /^Synchronet - dyndns\.js - /);
        noSecrets(r);
      });

      it("-n shows each request it would send, secrets masked, and where the address comes from; -status every name and DNS now", async () => {
        const s = await noip();
        const r0 = await root(modopts([
          "[dyndns]\npassword = qwkpass",
          noipSection(s),
          "[dyndns:mybbs.duckdns.org]\nprotocol = duckdns\ntoken = " + TOKEN + "\naddress = 198.51.100.4",
          "[dyndns:cf.example.test]\nprotocol = cloudflare\ntoken = " + CF_TOKEN + "\naddress = checkip, interface\ncheckip = https://hub.example.test/nic/checkip",
          "[dyndns:ns.example.test]\nprotocol = rfc2136\nserver = 127.0.0.1\nport = 5353\nkey = bbs-key\nsecret = " + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64") + "\nzone = example.test",
        ]));
        const r = await run(r0, ["-n"]);
        assert.strictEqual(r.status, 0, all(r));
        const out = r.stdout;
        for (const want of [
          "dry run of [dyndns:bbs.ddns.test] (" + r0.file("ctrl/modopts.ini") + "): dyndns2, nothing is sent",
          "  address  service, provider   (default for dyndns2; the first that gives an IPv4 address)",
          "  request  GET " + s.url("/nic/update") + "?hostname=bbs.ddns.test&myip=<address>   (basic auth: user sysop, password ********)",
          "  request  GET https://www.duckdns.org/update?domains=mybbs&token=********&ip=198.51.100.4&verbose=true",
          "  request  GET https://api.cloudflare.com/client/v4/zones?name=example.test   (Authorization: Bearer ********)",
          "  address  checkip, interface   (address; the first that gives an IPv4 address; checkip https://hub.example.test/nic/checkip)",
          "  request  UPDATE ns.example.test A <address> TTL 300, on the prerequisite that the A set is still as read",
        ]) assert.ok(out.includes(want), "missing: " + want + "\n" + out);
        assert.strictEqual(s.requests.length, 0);
        noSecrets(r);
        const st = await run(r0, ["-status"]);
        assert.strictEqual(st.status, 0, all(st));
        for (const n of ["bbs.ddns.test", "mybbs.duckdns.org", "cf.example.test", "ns.example.test"]) {
          assert.ok(st.stdout.includes("no run of dyndns.js recorded for " + n + " in " + r0.file("data/dyndns-" + n + ".json")), st.stdout);
          assert.ok(st.stdout.includes("DNS now: " + n + " does not resolve"), st.stdout);
        }
        noSecrets(st);
      });
    });

    describe("dyndns2 against the stand-in for No-IP (HTTPS)", () => {
      it("good, then unchanged (not sent), then sent again when the address changes; each name its own status file", async () => {
        const s = await noip();
        const r0 = await root(modopts([noipSection(s, "address = 203.0.113.20")]));
        const a = await run(r0);
        assert.strictEqual(a.status, 0, all(a));
        assert.ok(a.stdout.includes("bbs.ddns.test: updated to 203.0.113.20: answered good 203.0.113.20 (HTTP 200)"), all(a));
        const st = statusOf(r0, "bbs.ddns.test");
        assert.strictEqual(st.last_good.address, "203.0.113.20");
        assert.ok(!JSON.stringify(st).includes(SECRET));
        const b = await run(r0);
        assert.strictEqual(b.status, 0, all(b));
        assert.ok(b.stdout.includes("bbs.ddns.test: unchanged: 203.0.113.20 was published"), all(b));
        assert.strictEqual(s.requests.length, 1);
        r0.write("ctrl/modopts.ini", modopts([noipSection(s, "address = 203.0.113.21")]));
        const c = await run(r0);
        assert.strictEqual(c.status, 0, all(c));
        assert.strictEqual(s.requests.length, 2);
        assert.strictEqual(s.hosts("sysop")["bbs.ddns.test"], "203.0.113.21");
        const status = await run(r0, ["-status"]);
        assert.ok(status.stdout.includes("status of bbs.ddns.test (dyndns2, " + r0.file("data/dyndns-bbs.ddns.test.json") + ")"), status.stdout);
        assert.ok(status.stdout.includes(": 203.0.113.21 (good 203.0.113.21)"), status.stdout);
      });

      it("without an address the provider uses the request's; nochg is success, and repeated nochg warns", async () => {
        const s = await noip({ "bbs.ddns.test": "127.0.0.1" });
        const r0 = await root(modopts([noipSection(s, "address = provider")]));
        const a = await run(r0);
        assert.strictEqual(a.status, 0, all(a));
        assert.strictEqual(s.requests[0].query.myip, undefined);
        assert.ok(a.stdout.includes("bbs.ddns.test: already 127.0.0.1: answered nochg 127.0.0.1 (HTTP 200)"), all(a));
        const b = await run(r0);
        assert.strictEqual(b.status, 0);
        assert.ok(b.stderr.includes("no change\" 2 runs in a row"), all(b));
      });

      for (const code of ["badauth", "nohost", "abuse", "badagent", "!donator"]) {
        it(code + ": exit 1, and nothing is sent again until the section changes", async () => {
          const s = await noip();
          s.answerFor("bbs.ddns.test", code);
          if (code === "badauth") s.answerAll("badauth");
          const r0 = await root(modopts([noipSection(s, "address = 203.0.113.30")]));
          const a = await run(r0);
          assert.strictEqual(a.status, 1, all(a));
          assert.ok(a.stderr.includes("bbs.ddns.test: answered " + code + " (HTTP " + (code === "badauth" ? 401 : 200) + "); not sent again until the settings of the section change"), all(a));
          const b = await run(r0);
          assert.strictEqual(b.status, 1);
          assert.ok(b.stderr.includes("bbs.ddns.test: not sent: the last answer was " + code), all(b));
          assert.strictEqual(s.requests.length, 1);
          r0.write("ctrl/modopts.ini", modopts([noipSection(s, "address = 203.0.113.30\ntimeout = 20")]));
          await run(r0);
          assert.strictEqual(s.requests.length, 2, "a changed section is sent again");
          noSecrets(a);
        });
      }

      it("911: exit 1, and nothing is sent for 30 minutes", async () => {
        const s = await noip();
        s.answerAll("911");
        const r0 = await root(modopts([noipSection(s, "address = 203.0.113.40")]));
        const a = await run(r0);
        assert.strictEqual(a.status, 1, all(a));
        assert.ok(a.stderr.includes("bbs.ddns.test: answered 911 (HTTP 200); nothing is sent for 30 minutes"), all(a));
        const st = statusOf(r0, "bbs.ddns.test");
        assert.ok(Math.abs(st.not_before - (st.last.time + 1800)) <= 60, JSON.stringify(st));
        s.answerAll(null);
        const b = await run(r0);
        assert.strictEqual(b.status, 1);
        assert.ok(b.stderr.includes("bbs.ddns.test: not sent: the provider asked to wait (911); next try after"), all(b));
        assert.strictEqual(s.requests.length, 1);
      });

      it("plain HTTP works the same, and a dead server fails this name only, within its timeout", async () => {
        const plain = await startNoIp({ plain: true, accounts: { sysop: { password: SECRET, hosts: { "bbs.ddns.test": "" } } } });
        stops.push(() => plain.stop());
        const r0 = await root(modopts([
          "[dyndns:dead.ddns.test]\nprotocol = dyndns2\nserver = https://127.0.0.1:1/nic/update\nuser = u\npassword = " + SECRET + "\naddress = 203.0.113.50\ntimeout = 3",
          noipSection(plain, "address = 203.0.113.51"),
        ]));
        const r = await run(r0);
        assert.strictEqual(r.status, 1, all(r));
        assert.ok(r.stderr.includes("dead.ddns.test: https://127.0.0.1:1: refused the connection"), all(r));
        assert.ok(r.stdout.includes("bbs.ddns.test: updated to 203.0.113.51"), all(r));
        noSecrets(r);
      });
    });

    describe("DuckDNS against its stand-in (HTTPS)", () => {
      async function duck(domains = { mybbs: { ipv4: "", ipv6: "", txt: "" } }) {
        const d = await startDuckDns({ token: TOKEN, domains });
        stops.push(() => d.stop());
        return d;
      }
      const duckSection = (d, more = "") => "[dyndns:mybbs.duckdns.org]\nprotocol = duckdns\nserver = " + d.url("") + "\ntoken = " + TOKEN + "\n" + more;

      it("OK UPDATED publishes; OK NOCHANGE is success; the token never shows", async () => {
        const d = await duck();
        const r0 = await root(modopts([duckSection(d, "address = 198.51.100.7")]));
        const a = await run(r0);
        assert.strictEqual(a.status, 0, all(a));
        assert.ok(a.stdout.includes("mybbs.duckdns.org: updated to 198.51.100.7: answered OK (HTTP 200)"), all(a));
        assert.deepStrictEqual([d.requests[0].path, d.requests[0].query.domains, d.requests[0].query.ip, d.requests[0].query.verbose], ["/update", "mybbs", "198.51.100.7", "true"]);
        assert.strictEqual(d.domains().mybbs.ipv4, "198.51.100.7");
        r0.write("ctrl/modopts.ini", modopts([duckSection(d, "address = provider")]));
        const b = await run(r0);
        assert.strictEqual(b.status, 0, all(b));
        assert.strictEqual(d.domains().mybbs.ipv4, "127.0.0.1");
        const c = await run(r0);
        assert.ok(c.stdout.includes("mybbs.duckdns.org: already 127.0.0.1: answered OK (HTTP 200) NOCHANGE"), all(c));
        for (const x of [a, b, c]) noSecrets(x);
      });

      it("KO (a wrong token, or a name it does not own): exit 1, not sent again until the section changes", async () => {
        const d = await duck({ other: { ipv4: "", ipv6: "", txt: "" } });
        const r0 = await root(modopts([duckSection(d, "address = 198.51.100.8")]));
        const a = await run(r0);
        assert.strictEqual(a.status, 1, all(a));
        assert.ok(a.stderr.includes("mybbs.duckdns.org: answered KO (HTTP 200) (a wrong token, or a name the token does not own); not sent again"), all(a));
        const b = await run(r0);
        assert.strictEqual(b.status, 1);
        assert.strictEqual(d.requests.length, 1);
        noSecrets(a);
      });

      it("a name that is not under duckdns.org is bad settings", async () => {
        const d = await duck();
        const r0 = await root(modopts(["[dyndns:bbs.example.test]\nprotocol = duckdns\ntoken = " + TOKEN]));
        const r = await run(r0);
        assert.strictEqual(r.status, 2, all(r));
        assert.ok(r.stderr.includes("[dyndns:bbs.example.test] name 'bbs.example.test': expected a name under duckdns.org, like [dyndns:mybbs.duckdns.org]; nothing is sent for bbs.example.test"), all(r));
        assert.strictEqual(d.requests.length, 0);
      });
    });

    describe("Cloudflare API v4 against its stand-in (HTTPS)", () => {
      async function cf(records = []) {
        const c = await startCloudflare({
          tokens: { [CF_TOKEN]: { zones: ["example.test"], edit: true }, "read-only": { zones: ["example.test"] } },
          zones: ["example.test"], records,
        });
        stops.push(() => c.stop());
        return c;
      }
      const cfSection = (c, more = "", token = CF_TOKEN) => "[dyndns:bbs.example.test]\nprotocol = cloudflare\nserver = " + c.url("/client/v4") + "\ntoken = " + token + "\n" + more;

      it("creates the A record, then leaves it when it holds the address, then changes it (PATCH) when it does not", async () => {
        const c = await cf();
        const r0 = await root(modopts([cfSection(c, "address = 198.51.100.9")]));
        const a = await run(r0);
        assert.strictEqual(a.status, 0, all(a));
        assert.ok(a.stdout.includes("bbs.example.test: created the A record 198.51.100.9 at Cloudflare"), all(a));
        assert.deepStrictEqual(c.records("example.test").map((x) => [x.type, x.name, x.content, x.ttl, x.proxied]), [["A", "bbs.example.test", "198.51.100.9", 1, false]]);
        assert.strictEqual(c.requests[0].headers.authorization, "Bearer " + CF_TOKEN);
        r0.write("ctrl/modopts.ini", modopts([cfSection(c, "address = 198.51.100.9\nttl = 300")]));
        const b = await run(r0);
        assert.ok(b.stdout.includes("bbs.example.test: already 198.51.100.9 at Cloudflare: nothing written"), all(b));
        r0.write("ctrl/modopts.ini", modopts([cfSection(c, "address = 198.51.100.10\nttl = 300")]));
        const d = await run(r0);
        assert.strictEqual(d.status, 0, all(d));
        assert.ok(d.stdout.includes("bbs.example.test: changed the A record to 198.51.100.10 at Cloudflare"), all(d));
        assert.deepStrictEqual(c.records("example.test").map((x) => [x.content, x.ttl]), [["198.51.100.10", 300]]);
        assert.deepStrictEqual(c.requests.map((q) => q.method), ["GET", "GET", "POST", "GET", "GET", "GET", "GET", "PATCH"]);
        for (const x of [a, b, d]) noSecrets(x);
      });

      it("an invalid token (403 9109) and one that may only read (403 10000) stop until the section changes", async () => {
        const c = await cf();
        for (const [token, code] of [["wrong-token", "9109 Invalid access token"], ["read-only", "10000 Authentication error"]]) {
          const r0 = await root(modopts([cfSection(c, "address = 198.51.100.11", token)]));
          const a = await run(r0);
          assert.strictEqual(a.status, 1, all(a));
          assert.ok(a.stderr.includes(": HTTP 403 " + code + " (the token may not do this); not sent again until the settings of the section change"), all(a));
          const before = c.requests.length;
          await run(r0);
          assert.strictEqual(c.requests.length, before, "nothing sent after the stop");
        }
      });

      it("429 waits as Retry-After says; several A records are left alone; an address is needed (interface here)", async () => {
        const c = await cf([{ zone: "example.test", type: "A", name: "bbs.example.test", content: "192.0.2.1" }, { zone: "example.test", type: "A", name: "bbs.example.test", content: "192.0.2.2" }]);
        const r0 = await root(modopts([cfSection(c, "address = interface")]));
        const a = await run(r0);
        assert.strictEqual(a.status, 1, all(a));
        assert.ok(a.stderr.includes("bbs.example.test: bbs.example.test has 2 A records at Cloudflare; the module keeps one, so it changes none of them"), all(a));
        c.rateLimitAfter(0);
        r0.write("ctrl/modopts.ini", modopts([cfSection(c, "address = interface\nrefresh = 2")]));
        const b = await run(r0);
        assert.strictEqual(b.status, 1, all(b));
        assert.ok(b.stderr.includes("looking up the zone example.test: HTTP 429 971 Please wait and consider throttling your request speed; nothing is sent for 60 s"), all(b));
        const st = statusOf(r0, "bbs.example.test");
        assert.ok(st.not_before >= st.last.time + 59, JSON.stringify(st));
        assert.deepStrictEqual(c.records("example.test").map((x) => x.content), ["192.0.2.1", "192.0.2.2"]);
      });
    });

    for (const kind of ["Knot", "BIND"]) describe("RFC 2136 + TSIG against a real " + kind, () => {
      let dns;
      before(async () => { dns = kind === "Knot" ? await startKnot({ records: ["taken IN A 192.0.2.99"] }) : await startBind({ records: ["taken IN A 192.0.2.99"] }); });
      after(() => dns && dns.stop());
      const section = (name, more, key = dns.keys.service) => "[dyndns:" + name + "]\nprotocol = rfc2136\nserver = 127.0.0.1\nport = " + dns.port
        + "\nzone = bbs.test\nkey = " + key.name + "\nsecret = " + key.base64 + "\n" + more;
      const secretsOf = (r) => { for (const k of Object.values(dns.keys)) assert.ok(!all(r).includes(k.base64), all(r)); };
      /** Another tool writes the A record (knsupdate with the same key). */
      function otherTool(name, address) {
        execFileSync("knsupdate", ["-y", "hmac-sha256:" + dns.keys.service.name + ":" + dns.keys.service.base64], {
          input: "server 127.0.0.1 " + dns.port + "\nzone bbs.test.\nupdate delete " + name + ". A\nupdate add " + name + ". 300 A " + address + "\nsend\n",
        });
      }

      it("publishes the A record through the shared DNS core, leaves it when it holds the address, and updates it when the address changes", async () => {
        const r0 = await root(modopts([section("home.bbs.test", "address = 203.0.113.60")]));
        const a = await run(r0);
        assert.strictEqual(a.status, 0, all(a));
        assert.ok(a.stdout.includes("home.bbs.test: updated to 203.0.113.60 at 127.0.0.1"), all(a));
        assert.deepStrictEqual(await dns.query("home.bbs.test", "A"), ["203.0.113.60"]);
        r0.write("ctrl/modopts.ini", modopts([section("home.bbs.test", "address = 203.0.113.60\ntimeout = 10")]));
        const b = await run(r0);
        assert.ok(b.stdout.includes("home.bbs.test: already 203.0.113.60 at 127.0.0.1: nothing sent"), all(b));
        r0.write("ctrl/modopts.ini", modopts([section("home.bbs.test", "address = interface\ntimeout = 10")]));
        const c = await run(r0);
        assert.strictEqual(c.status, 0, all(c));
        assert.deepStrictEqual(await dns.query("home.bbs.test", "A"), ["127.0.0.1"]);
        for (const x of [a, b, c]) secretsOf(x);
      });

      it("an A record another tool changed since this module published is not overwritten (the address from a checkip page); the name stops until its section changes", async () => {
        let page = "203.0.113.61";
        const checkip = http.createServer((req, res) => res.end("<html><body>Current IP Address: " + page + "</body></html>\n"));
        await new Promise((resolve) => checkip.listen(0, "127.0.0.1", resolve));
        stops.push(() => new Promise((resolve) => checkip.close(resolve)));
        const more = "address = checkip\ncheckip = http://127.0.0.1:" + checkip.address().port + "/nic/checkip";
        const r0 = await root(modopts([section("mine.bbs.test", more)]));
        const a = await run(r0);
        assert.strictEqual(a.status, 0, all(a));
        assert.deepStrictEqual(await dns.query("mine.bbs.test", "A"), ["203.0.113.61"]);
        otherTool("mine.bbs.test", "192.0.2.50");
        page = "203.0.113.62";
        const r = await run(r0);
        assert.strictEqual(r.status, 1, all(r));
        assert.ok(r.stderr.includes("mine.bbs.test: mine.bbs.test A is 192.0.2.50, not 203.0.113.61 as this module published it: another tool keeps it"), all(r));
        assert.deepStrictEqual(await dns.query("mine.bbs.test", "A"), ["192.0.2.50"]);
        r0.write("ctrl/modopts.ini", modopts([section("mine.bbs.test", more + "\nttl = 600")]));
        const c = await run(r0);
        assert.strictEqual(c.status, 0, all(c));
        assert.deepStrictEqual(await dns.query("mine.bbs.test", "A"), ["203.0.113.62"], "a changed section takes the name over");
      });

      it("a key the server does not know (NOTAUTH, TSIG BADKEY) stops the name; nothing is published", async () => {
        const r0 = await root(modopts([section("nokey.bbs.test", "address = 203.0.113.63", dns.keys.wrong)]));
        const r = await run(r0);
        assert.strictEqual(r.status, 1, all(r));
        assert.match(r.stderr, /nokey\.bbs\.test: reading nokey\.bbs\.test: NOTAUTH/);
        const again = await run(r0);
        assert.ok(again.stderr.includes("nokey.bbs.test: not sent: the last answer was NOTAUTH"), all(again));
        assert.deepStrictEqual(await dns.query("nokey.bbs.test", "A"), []);
        secretsOf(r);
      });
    });
  });
}
