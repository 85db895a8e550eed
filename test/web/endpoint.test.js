"use strict";
// The dyndns2 endpoint end to end, on real parts only: dist/nic/ in the web root of the real
// Synchronet web server (HTTP and HTTPS), [dyndns_service] pointing at a real Knot DNS and, in a
// second pass, a real BIND; the 8467 service in the services server of the same sbbs process, with
// our dyndns.js under the real jsexec; names read back with kdig. Requests from Node's http and
// https, the real curl for the edge cases, raw bytes for what no client would send. What each
// answer means is docs/PROTOCOL.md's "dyndns2 endpoint"; what the web server does with bad input
// (measured here) is its "What the web server does with a request".
const assert = require("node:assert");
const { hubSuite } = require("./hub");

/** The endpoint runs on every version of the real lanes (test/real/pack.js). */
const ENDPOINT_VERSIONS = require("../real/pack").VERSIONS;
const DNS_SERVERS = [["knot", "Knot DNS"], ["bind", "BIND"]];
const LATER = 503;

/** The last `n` audit lines, as [front, id, result, reason]. */
function lastAudit(hub, n = 1) {
  return hub.audit().slice(-n).map((a) => [a.front, a.id, a.result, a.reason]);
}

/**
 * Runs action() and asserts that the DNS server took no update meanwhile, that the names kept
 * their records, that `lines` audit lines were added, and that the web server still serves
 * another member right after. Resolves with what action() resolved with.
 */
async function publishesNothing(hub, names, action, lines = 1, canary = true) {
  const before = { serial: await hub.serial(), audit: hub.audit().length, records: await Promise.all(names.map((n) => hub.records(n))) };
  const result = await action();
  assert.strictEqual(await hub.serial(), before.serial, "the DNS server took no update");
  assert.deepStrictEqual(await Promise.all(names.map((n) => hub.records(n))), before.records, names + " kept their records");
  assert.strictEqual(hub.audit().length - before.audit, lines, "audit lines written");
  assert.ok(hub.audit().slice(before.audit).every((a) => a.front === "dyndns2" && a.result !== "updated"), "refused or failed");
  if (canary) await servesOthers(hub);
  return result;
}

/**
 * Another member updates its name at once: the web server still serves others. within: after a
 * flood at once, how long the web server may take to be below its limits again (its sessions of
 * the flood end in their own time); a refusal by the web server itself is tried again until then.
 */
async function servesOthers(hub, within = 0) {
  hub.forget("CANARY");
  const until = Date.now() + within;
  for (;;) {
    let ready = false;
    try {
      ready = (await hub.get("/nic/checkip")).status === 200;
    } catch (e) {
      if (Date.now() > until) throw e;
    }
    if (ready || Date.now() > until) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  // After a flood the listener may still turn one connection away with a bare status line (not
  // HTTP: the client cannot parse it) while the flood's last sessions close: the script never saw
  // that request, so it is sent again until the deadline.
  let next;
  for (;;) {
    try {
      next = await hub.get("/nic/update?hostname=canary.bbs.test&myip=203.0.113." + (1 + ((await hub.serial()) % 200)), { user: "CANARY" });
      break;
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  assert.deepStrictEqual([next.status, next.lines[0].replace(/ .*/, "")], [200, "good"], "the web server still serves others");
}

for (const version of ENDPOINT_VERSIONS) {
  for (const [dns, dnsName] of DNS_SERVERS) {
    describe("the dyndns2 endpoint in the real Synchronet " + version + " web server, publishing to a real " + dnsName, function () {
      this.timeout(60000);
      const hub = hubSuite({ version, dns });

      describe("each answer", () => {
        it("good <ip>: the A published, text/plain, one line; kdig reads it back; the audit line says dyndns2", async () => {
          const r = await hub.get("/nic/update?hostname=testbbs.bbs.test&myip=203.0.113.7", { user: "TESTBBS" });
          assert.deepStrictEqual([r.status, r.body], [200, "good 203.0.113.7\n"]);
          assert.match(r.headers["content-type"], /^text\/plain/);
          assert.deepStrictEqual(await hub.records("testbbs.bbs.test"), { A: ["203.0.113.7"] });
          const [audit] = hub.audit().slice(-1);
          assert.deepStrictEqual([audit.front, audit.id, audit.address, audit.result, audit.reason], ["dyndns2", "testbbs", "127.0.0.1", "updated", null]);
          assert.deepStrictEqual(audit.new, { A: { ttl: 300, data: ["203.0.113.7"] } });
          assert.match(hub.console(), /dyndns2 'testbbs' from 127\.0\.0\.1: updated: A 203\.0\.113\.7 \(ttl 300\)/);
        });

        it("nochg <ip>: nothing written", async () => {
          await hub.get("/nic/update?hostname=testbbs.bbs.test&myip=203.0.113.8", { user: "TESTBBS" });
          const r = await publishesNothing(hub, ["testbbs.bbs.test"], () => hub.get("/nic/update?hostname=testbbs.bbs.test&myip=203.0.113.8", { user: "TESTBBS" }));
          assert.deepStrictEqual([r.status, r.lines], [200, ["nochg 203.0.113.8"]]);
          assert.deepStrictEqual(lastAudit(hub, 2)[0], ["dyndns2", "testbbs", "unchanged", null]);
        });

        it("several names, one line each in request order; the member's own updated once", async () => {
          const r = await hub.get("/nic/update?hostname=testbbs.bbs.test,vert.bbs.test,testbbs,www.bbs.test,testbbs.example.org,TESTBBS.bbs.test&myip=203.0.113.9",
            { user: "TESTBBS" });
          assert.deepStrictEqual([r.status, r.lines], [200, ["good 203.0.113.9", "nohost", "notfqdn", "nohost", "nohost", "good 203.0.113.9"]]);
          assert.deepStrictEqual(lastAudit(hub, 5).map((a) => a.slice(1, 3)),
            [["testbbs", "updated"], ["vert", "refused"], ["testbbs", "refused"], ["www", "refused"], ["testbbs.example.org", "refused"]]);
          assert.deepStrictEqual((await hub.records("testbbs.bbs.test")).A, ["203.0.113.9"]);
          assert.deepStrictEqual(await hub.records("vert.bbs.test"), {}, "another member's name untouched");
        });

        it("myip=v4,v6 (one request, both records); myipv6 beside myip (inadyn's path), URL-encoded", async () => {
          let r = await hub.get("/nic/update?hostname=testbbs.bbs.test&myip=203.0.113.10,2001:db8::10", { user: "TESTBBS" });
          assert.deepStrictEqual(r.lines, ["good 203.0.113.10,2001:db8::10"]);
          assert.deepStrictEqual(await hub.records("testbbs.bbs.test"), { A: ["203.0.113.10"], AAAA: ["2001:db8::10"] });
          r = await hub.get("/nic/update?hostname=testbbs.bbs.test&myip=203.0.113.11&myipv6=2001%3adb8%3a%3a11", { user: "TESTBBS" });
          assert.deepStrictEqual(r.lines, ["good 203.0.113.11,2001:db8::11"]);
          assert.deepStrictEqual(await hub.records("testbbs.bbs.test"), { A: ["203.0.113.11"], AAAA: ["2001:db8::11"] });
          r = await hub.get("/nic/update?hostname=testbbs.bbs.test&myipv6=2001:db8::12", { user: "TESTBBS" });
          assert.deepStrictEqual(r.lines, ["good 2001:db8::12"]);
          assert.deepStrictEqual(await hub.records("testbbs.bbs.test"), { A: ["203.0.113.11"], AAAA: ["2001:db8::12"] }, "the A kept");
        });

        it("no address: the one the request came from (127.0.0.1, in its own family); myip= empty alike", async () => {
          let r = await hub.get("/nic/update?hostname=testbbs.bbs.test", { user: "TESTBBS" });
          assert.deepStrictEqual(r.lines, ["good 127.0.0.1"]);
          assert.deepStrictEqual((await hub.records("testbbs.bbs.test")).A, ["127.0.0.1"]);
          r = await hub.get("/nic/update?hostname=testbbs.bbs.test&myip=", { user: "TESTBBS" });
          assert.deepStrictEqual(r.lines, ["nochg 127.0.0.1"]);
        });

        it("wildcard=ON publishes *.<id>, NOCHG and none keep it, OFF removes it", async () => {
          const q = "/nic/update?hostname=wild.bbs.test&myip=203.0.113.20";
          assert.deepStrictEqual((await hub.get(q + "&wildcard=ON", { user: "WILD" })).lines, ["good 203.0.113.20"]);
          assert.deepStrictEqual(await hub.records("*.wild.bbs.test"), { CNAME: ["wild.bbs.test."] });
          assert.deepStrictEqual(await hub.dns.query("www.wild.bbs.test", "A"), ["203.0.113.20", "wild.bbs.test."]);
          assert.deepStrictEqual((await hub.get(q + "&wildcard=NOCHG", { user: "WILD" })).lines, ["nochg 203.0.113.20"]);
          assert.deepStrictEqual((await hub.get(q, { user: "WILD" })).lines, ["nochg 203.0.113.20"]);
          assert.deepStrictEqual(await hub.records("*.wild.bbs.test"), { CNAME: ["wild.bbs.test."] });
          assert.deepStrictEqual((await hub.get(q + "&wildcard=OFF", { user: "WILD" })).lines, ["good 203.0.113.20"]);
          assert.deepStrictEqual(await hub.records("*.wild.bbs.test"), {});
        });

        it("mx publishes the MX; backmx=YES makes the host itself first; a request without mx keeps it", async () => {
          const q = "/nic/update?hostname=mxbbs.bbs.test&myip=203.0.113.21";
          assert.deepStrictEqual((await hub.get(q + "&mx=mail.example.com", { user: "MXBBS" })).lines, ["good 203.0.113.21"]);
          assert.deepStrictEqual((await hub.records("mxbbs.bbs.test")).MX, ["10 mail.example.com."]);
          assert.deepStrictEqual((await hub.get(q + "&mx=mail.example.com&backmx=YES", { user: "MXBBS" })).lines, ["good 203.0.113.21"]);
          assert.deepStrictEqual((await hub.records("mxbbs.bbs.test")).MX, ["10 mxbbs.bbs.test.", "20 mail.example.com."]);
          assert.deepStrictEqual((await hub.get(q + "&mx=NOCHG", { user: "MXBBS" })).lines, ["nochg 203.0.113.21"]);
          assert.deepStrictEqual((await hub.get(q, { user: "MXBBS" })).lines, ["nochg 203.0.113.21"]);
          assert.deepStrictEqual((await hub.records("mxbbs.bbs.test")).MX, ["10 mxbbs.bbs.test.", "20 mail.example.com."]);
        });

        it("offline=YES removes the addresses and keeps the rest (good, no address); offline=NO brings them back", async () => {
          await hub.get("/nic/update?hostname=offbbs.bbs.test&myip=203.0.113.22,2001:db8::22&mx=mail.example.com&wildcard=ON", { user: "OFFBBS" });
          const r = await hub.get("/nic/update?hostname=offbbs.bbs.test&offline=YES&myip=203.0.113.22", { user: "OFFBBS" });
          assert.deepStrictEqual(r.lines, ["good"]);
          assert.deepStrictEqual(await hub.records("offbbs.bbs.test"), { MX: ["10 mail.example.com."] });
          assert.deepStrictEqual(await hub.records("*.offbbs.bbs.test"), { CNAME: ["offbbs.bbs.test."] });
          assert.deepStrictEqual((await hub.get("/nic/update?hostname=offbbs.bbs.test&offline=YES", { user: "OFFBBS" })).lines, ["nochg"]);
          assert.deepStrictEqual((await hub.get("/nic/update?hostname=offbbs.bbs.test&offline=NO&myip=203.0.113.23", { user: "OFFBBS" })).lines,
            ["good 203.0.113.23"]);
          assert.deepStrictEqual((await hub.records("offbbs.bbs.test")).A, ["203.0.113.23"]);
        });

        it("unknown parameters (system, static, the client's own) are ignored", async () => {
          const r = await hub.get("/nic/update?system=dyndns&hostname=testbbs.bbs.test&myip=203.0.113.24&static=NO&txt=Hello&ttl=5&x-client=1",
            { user: "TESTBBS" });
          assert.deepStrictEqual(r.lines, ["good 203.0.113.24"]);
          assert.deepStrictEqual((await hub.records("testbbs.bbs.test")).A, ["203.0.113.24"]);
        });

        it("badauth without credentials: 401 from the script with a Basic challenge (curl)", async () => {
          const c = await publishesNothing(hub, ["testbbs.bbs.test"], () => hub.curl("/nic/update?hostname=testbbs.bbs.test&myip=203.0.113.99", { agent: "curl-test" }));
          assert.deepStrictEqual([c.status, c.http, c.body], [0, 401, "badauth\n"]);
          assert.strictEqual(c.headers["www-authenticate"], "Basic realm=\"DynDNS\"");
          assert.deepStrictEqual(lastAudit(hub, 2)[0], ["dyndns2", null, "refused", "no user name and password (Basic auth)"]);
        });

        it("a wrong password: the web server's own 401, the script never runs (curl)", async () => {
          const before = hub.audit().length;
          const serial = await hub.serial();
          const c = await hub.curl("/nic/update?hostname=testbbs.bbs.test&myip=203.0.113.99", { user: "TESTBBS", password: "wrong", agent: "curl-test" });
          assert.strictEqual(c.http, 401);
          assert.match(c.headers["www-authenticate"], /^Basic realm=/);
          assert.strictEqual(hub.audit().length, before, "no audit line: the script did not run");
          assert.match(hub.console(), /!BASIC AUTHENTICATION FAILURE/);
          assert.strictEqual(await hub.serial(), serial);
        });

        it("badauth (200) for an account that may update no name: without Q, the sysop", async () => {
          for (const [user, reason] of [["NORMAL", /has no QWK restriction \(Q\)/], ["SYSOPSAM", /is the sysop's account/]]) {
            const r = await publishesNothing(hub, [user.toLowerCase() + ".bbs.test"],
              () => hub.get("/nic/update?hostname=" + user.toLowerCase() + ".bbs.test&myip=203.0.113.99", { user }));
            assert.deepStrictEqual([r.status, r.lines], [200, ["badauth"]], user);
            assert.match(hub.audit().slice(-2)[0].reason, reason);
          }
        });

        it("badagent without a User-Agent (curl -A '')", async () => {
          const c = await publishesNothing(hub, ["testbbs.bbs.test"], () => hub.curl("/nic/update?hostname=testbbs.bbs.test&myip=203.0.113.99", { user: "TESTBBS", agent: "" }));
          assert.deepStrictEqual([c.http, c.body], [200, "badagent\n"]);
          assert.deepStrictEqual(lastAudit(hub, 2)[0], ["dyndns2", "TESTBBS", "refused", "no User-Agent"]);
        });

        it("notfqdn, nohost, numhost, dnserr: each refused, nothing published", async () => {
          const rows = [
            ["", ["notfqdn"], "no hostname"],
            ["hostname=testbbs&myip=203.0.113.99", ["notfqdn"], "hostname 'testbbs' is not a fully qualified domain name"],
            ["hostname=vert.bbs.test&myip=203.0.113.99", ["nohost"], /^id 'vert' logged in as user #\d+ 'TESTBBS', whose alias is not the id$/],
            ["hostname=a.testbbs.bbs.test&myip=203.0.113.99", ["nohost"], "a.testbbs.bbs.test is not <id>.bbs.test"],
            ["hostname=" + Array.from({ length: 21 }, (_, i) => "n" + i + ".bbs.test").join(","), ["numhost"], "21 host names in one request (at most 20)"],
            ["hostname=testbbs.bbs.test&myip=203.0.113.300", ["dnserr"], "myip '203.0.113.300' is not an IPv4 or IPv6 address"],
            ["hostname=testbbs.bbs.test&myip=203.0.113.7,203.0.113.8", ["dnserr"], /^more than one address of a kind/],
            ["hostname=testbbs.bbs.test&myip=203.0.113.7&mx=mail_host", ["dnserr"], "mx 'mail_host' is not a host name"],
          ];
          for (const [query, lines, reason] of rows) {
            const r = await publishesNothing(hub, ["testbbs.bbs.test"], () => hub.get("/nic/update?" + query, { user: "TESTBBS" }));
            assert.deepStrictEqual([r.status, r.lines], [200, lines], query);
            const audit = hub.audit().slice(-2)[0];
            if (typeof reason === "string") assert.strictEqual(audit.reason, reason);
            else assert.match(audit.reason, reason);
          }
        });

        it("abuse: min_interval, and nochg_limit counted before any DNS work", async () => {
          hub.forget("TESTBBS");
          hub.setSettings({ min_interval: 60, nochg_limit: 2 });
          const q = "/nic/update?hostname=testbbs.bbs.test&myip=";
          assert.deepStrictEqual((await hub.get(q + "203.0.113.30", { user: "TESTBBS" })).lines, ["good 203.0.113.30"]);
          let r = await publishesNothing(hub, ["testbbs.bbs.test"], () => hub.get(q + "203.0.113.31", { user: "TESTBBS" }));
          assert.deepStrictEqual([r.status, r.lines], [503, ["abuse"]], "min_interval lifts by itself: a 5xx, so that inadyn tries again");
          assert.match(hub.audit().slice(-2)[0].reason, /^testbbs\.bbs\.test: \d+ s short of the minimum interval of 60 s$/);
          for (let i = 0; i < 2; i++) assert.deepStrictEqual((await hub.get(q + "203.0.113.30", { user: "TESTBBS" })).lines, ["nochg 203.0.113.30"]);
          r = await publishesNothing(hub, ["testbbs.bbs.test"], () => hub.get(q + "203.0.113.30", { user: "TESTBBS" }));
          assert.deepStrictEqual([r.status, r.lines], [200, ["abuse"]], "nochg_limit is the client's own doing: a 200");
          assert.strictEqual(hub.audit().slice(-2)[0].reason, "testbbs.bbs.test: reached the limit of 2 unchanged updates a day");
          hub.forget("TESTBBS");
        });

        it("911 and 503: another update of the id under way (its lock held), the settings not valid", async () => {
          hub.web.root.write("data/dyndns-service/locked.lock", "held by a test");
          let r = await publishesNothing(hub, ["locked.bbs.test"], () => hub.get("/nic/update?hostname=locked.bbs.test&myip=203.0.113.40", { user: "LOCKED" }));
          assert.deepStrictEqual([r.status, r.lines], [LATER, ["911"]]);
          assert.deepStrictEqual(lastAudit(hub, 2)[0], ["dyndns2", "locked", "refused", "busy"]);
          require("node:fs").rmSync(hub.web.root.file("data/dyndns-service/locked.lock"));
          hub.setSettings({ zone: undefined });
          const before = { serial: await hub.serial(), audit: hub.audit().length };
          r = await hub.get("/nic/update?hostname=locked.bbs.test&myip=203.0.113.40", { user: "LOCKED" });
          assert.deepStrictEqual([r.status, r.lines], [LATER, ["911"]]);
          assert.deepStrictEqual(lastAudit(hub), [["dyndns2", "LOCKED", "failed", "the service's settings are not valid"]]);
          assert.deepStrictEqual([await hub.serial(), hub.audit().length], [before.serial, before.audit + 1]);
          assert.match(hub.console(), /modopts\.ini \[dyndns_service\] zone missing: expected the DNS zone/);
        });

        it("dnserr and 503 when the DNS server cannot be reached", async () => {
          hub.setSettings({ dns_port: 1, dns_timeout: 1 });
          const r = await hub.get("/nic/update?hostname=locked.bbs.test&myip=203.0.113.41", { user: "LOCKED" });
          assert.deepStrictEqual([r.status, r.lines], [LATER, ["dnserr"]]);
          const [audit] = hub.audit().slice(-1);
          assert.deepStrictEqual([audit.result, audit.old], ["failed", null]);
          assert.match(audit.reason, /^reading the current records: /);
          assert.deepStrictEqual(await hub.records("locked.bbs.test"), {});
        });

        it("checkip: the address the request came from, without a login", async () => {
          const r = await hub.get("/nic/checkip");
          assert.strictEqual(r.status, 200);
          assert.match(r.body, /Current IP Address: 127\.0\.0\.1</);
        });
      });

      describe("over HTTPS (the web server's certificate checked against its CA, by its name)", () => {
        it("Node's https: good, and the same refusals", async () => {
          let r = await hub.get("/nic/update?hostname=secure.bbs.test&myip=203.0.113.50,2001:db8::50", { user: "SECURE", https: true });
          assert.deepStrictEqual([r.status, r.lines], [200, ["good 203.0.113.50,2001:db8::50"]]);
          assert.deepStrictEqual(await hub.records("secure.bbs.test"), { A: ["203.0.113.50"], AAAA: ["2001:db8::50"] });
          r = await hub.get("/nic/update?hostname=vert.bbs.test&myip=203.0.113.50", { user: "SECURE", https: true });
          assert.deepStrictEqual(r.lines, ["nohost"]);
          r = await hub.get("/nic/update?hostname=secure.bbs.test", { https: true });
          assert.deepStrictEqual([r.status, r.lines], [401, ["badauth"]]);
        });
        it("curl over HTTPS: good, nochg, then the source address with no myip", async () => {
          const q = "/nic/update?hostname=secure.bbs.test&myip=203.0.113.51,2001:db8::50";
          let c = await hub.curl(q, { user: "SECURE", agent: "curl-test", https: true });
          assert.deepStrictEqual([c.status, c.http, c.body], [0, 200, "good 203.0.113.51,2001:db8::50\n"], c.stderr);
          c = await hub.curl(q, { user: "SECURE", agent: "curl-test", https: true });
          assert.deepStrictEqual([c.http, c.body], [200, "nochg 203.0.113.51,2001:db8::50\n"]);
          c = await hub.curl("/nic/update?hostname=secure.bbs.test", { user: "SECURE", agent: "curl-test", https: true });
          assert.deepStrictEqual([c.http, c.body], [200, "good 127.0.0.1\n"]);
          assert.deepStrictEqual(await hub.records("secure.bbs.test"), { A: ["127.0.0.1"], AAAA: ["2001:db8::50"] });
        });
      });

      describe("one member, two front ends (8467 and dyndns2): one set of records, one state, one lock", () => {
        it("a request without mx keeps the MX, TXT, LOC and wildcard an 8467 session set (our dyndns.js, real jsexec)", async () => {
          const o = await hub.ours(["RouterPass1", "-hn", "ROUTER", "-mx", "mail.example.com", "-ip6", "2001:db8::60"],
            { txt: "Router BBS", loc: "37 46 30.000 N 122 25 10.000 W 10.00m", wildcard: "true" });
          assert.strictEqual(o.status, 0, o.stdout + o.stderr);
          assert.deepStrictEqual(await hub.records("router.bbs.test"), {
            A: ["127.0.0.1"], AAAA: ["2001:db8::60"], MX: ["10 mail.example.com."], TXT: ['"Router BBS"'], LOC: ["37 46 30 N  122 25 10 W  10m  1m 10000m 10m"],
          });
          const serial = await hub.serial();
          const r = await hub.get("/nic/update?hostname=router.bbs.test&myip=203.0.113.60", { user: "ROUTER" });
          assert.deepStrictEqual(r.lines, ["good 203.0.113.60"]);
          assert.deepStrictEqual(await hub.records("router.bbs.test"), {
            A: ["203.0.113.60"], AAAA: ["2001:db8::60"], MX: ["10 mail.example.com."], TXT: ['"Router BBS"'], LOC: ["37 46 30 N  122 25 10 W  10m  1m 10000m 10m"],
          });
          assert.deepStrictEqual(await hub.records("*.router.bbs.test"), { CNAME: ["router.bbs.test."] });
          assert.strictEqual(await hub.serial(), serial + 1, "one update: the A alone");
          assert.deepStrictEqual(hub.audit().slice(-2).map((a) => [a.front, a.id, a.result]), [["8467", "ROUTER", "updated"], ["dyndns2", "router", "updated"]]);
        });

        it("min_interval: a write through one front end refuses a write through the other", async () => {
          hub.forget("BOTH");
          hub.setSettings({ min_interval: 60 });
          const o = await hub.ours(["BothPass1", "-hn", "BOTH"]);
          assert.strictEqual(o.status, 0, o.stdout + o.stderr);
          const r = await publishesNothing(hub, ["both.bbs.test"], () => hub.get("/nic/update?hostname=both.bbs.test&myip=203.0.113.70", { user: "BOTH" }));
          assert.deepStrictEqual(r.lines, ["abuse"]);
          assert.match(hub.audit().slice(-2)[0].reason, /^both\.bbs\.test: \d+ s short of the minimum interval of 60 s$/);
          hub.forget("BOTH");
          assert.deepStrictEqual((await hub.get("/nic/update?hostname=both.bbs.test&myip=203.0.113.71", { user: "BOTH" })).lines, ["good 203.0.113.71"]);
          const serial = await hub.serial();
          const again = await hub.ours(["BothPass1", "-hn", "BOTH"]);
          assert.strictEqual(again.status, 1, again.stdout + again.stderr);
          assert.match(again.stderr, /rejected the update: refused: both\.bbs\.test was updated \d+ s ago; try again in \d+ s/);
          assert.strictEqual(await hub.serial(), serial);
          assert.deepStrictEqual(hub.audit().slice(-1).map((a) => [a.front, a.result]), [["8467", "refused"]]);
          hub.forget("BOTH");
        });

        it("nochg_limit counts the unchanged updates of both front ends", async () => {
          hub.forget("NOCHG");
          const first = await hub.ours(["NochgPass1", "-hn", "NOCHG"]);
          assert.strictEqual(first.status, 0, first.stdout + first.stderr);
          hub.setSettings({ nochg_limit: 3 });
          assert.strictEqual((await hub.ours(["NochgPass1", "-hn", "NOCHG"])).status, 0, "unchanged through 8467 (1)");
          assert.deepStrictEqual((await hub.get("/nic/update?hostname=nochg.bbs.test&myip=127.0.0.1", { user: "NOCHG" })).lines, ["nochg 127.0.0.1"], "(2)");
          assert.strictEqual((await hub.ours(["NochgPass1", "-hn", "NOCHG"])).status, 0, "unchanged through 8467 (3)");
          const r = await publishesNothing(hub, ["nochg.bbs.test"], () => hub.get("/nic/update?hostname=nochg.bbs.test&myip=203.0.113.72", { user: "NOCHG" }));
          assert.deepStrictEqual(r.lines, ["abuse"]);
          const o = await hub.ours(["NochgPass1", "-hn", "NOCHG"]);
          assert.strictEqual(o.status, 1, o.stdout + o.stderr);
          assert.match(o.stderr, /rejected the update: refused: nochg\.bbs\.test was sent 3 updates that changed nothing in the last 24 hours/);
          assert.deepStrictEqual(hub.audit().slice(-6).map((a) => [a.front, a.result]),
            [["8467", "unchanged"], ["dyndns2", "unchanged"], ["8467", "unchanged"], ["dyndns2", "refused"], ["dyndns2", "updated"], ["8467", "refused"]]);
          hub.forget("NOCHG");
        });
      });

      if (dns === "knot") describeBadInput(hub);
    });
  }

  describe("the web server's own limit on requests per address ([Web] MaxRequestsPerPeriod), " + version, function () {
    this.timeout(60000);
    const hub = hubSuite({ version, dns: "knot", sbbsIni: { Web: { MaxRequestsPerPeriod: 5, RequestRateLimitPeriod: 3600 } } });
    it("past it, the web server answers 429 itself: the script does not run, nothing is published or audited", async () => {
      const answers = [];
      for (let i = 0; i < 7; i++) answers.push((await hub.raw(hub.request("?hostname=testbbs.bbs.test&myip=203.0.113." + (100 + i), "TESTBBS"))).text);
      for (const text of answers.slice(0, 5)) assert.match(text, /^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\ngood 203\.0\.113\.\d+\n$/);
      for (const text of answers.slice(5)) assert.match(text, /^HTTP\/1\.1 429 Too Many Requests\r\n/, text);
      assert.strictEqual(hub.audit().length, 5, "the script ran five times");
      assert.deepStrictEqual((await hub.records("testbbs.bbs.test")).A, ["203.0.113.104"]);
      assert.match(hub.console(), /Too many requests per rate limit \(5 over 3600s\)/);
    });
  });
}

/** Item 8 of issue 14: bad input, each with its documented answer (docs/PROTOCOL.md), on the Knot pass. */
function describeBadInput(hub) {
  describe("bad input: one documented answer each, nothing published, an audit line, the web server serving others right after", () => {
    // raw query (after /nic/update), the status line's code and the body the client reads, the audit line's reason
    const rows = [
      ["%zz in a name", "?hostname=edge.bbs.test%zz&myip=203.0.113.80", 200, "notfqdn\n", "hostname 'edge.bbs.test%zz' is not a fully qualified domain name"],
      ["an encoded NUL after the member's own name", "?hostname=edge.bbs.test%00junk&myip=203.0.113.80", 200, "notfqdn\n",
        "hostname 'edge.bbs.test\\x00junk' is not a fully qualified domain name"],
      ["an encoded NUL after the address", "?hostname=edge.bbs.test&myip=203.0.113.80%00", 200, "dnserr\n", "myip '203.0.113.80\\x00' is not an IPv4 or IPv6 address"],
      ["only ampersands", "?&&&", 200, "notfqdn\n", "no hostname"],
      ["a bare ?", "?", 200, "notfqdn\n", "no hostname"],
      ["no query at all", "", 200, "notfqdn\n", "no hostname"],
      ["hostname without =", "?hostname&myip=203.0.113.80", 200, "notfqdn\n", "no hostname"],
      ["an 8-bit byte in a name", "?hostname=edge\xe9.bbs.test&myip=203.0.113.80", 200, "notfqdn\n", "hostname 'edge\xe9.bbs.test' is not a fully qualified domain name"],
      ["8-bit bytes as the address", "?hostname=edge.bbs.test&myip=\xff\xfe", 200, "dnserr\n", "myip '\xff\xfe' is not an IPv4 or IPv6 address"],
      ["a name outside the zone", "?hostname=edge.example.org&myip=203.0.113.80", 200, "nohost\n", "edge.example.org is not <id>.bbs.test"],
      ["another account's name", "?hostname=testbbs.bbs.test&myip=203.0.113.80", 200, "nohost\n", /^id 'testbbs' logged in as user #\d+ 'EDGE', whose alias is not the id$/],
      ["an invalid address", "?hostname=edge.bbs.test&myip=999.1.1.1", 200, "dnserr\n", "myip '999.1.1.1' is not an IPv4 or IPv6 address"],
      ["sixty names (the request line still fits the web server's 1023 bytes)",
        "?hostname=" + Array.from({ length: 60 }, (_, i) => "e" + i + ".bbs.test").join(","), 200, "numhost\n", "60 host names in one request (at most 20)"],
    ];
    for (const [what, query, status, body, reason] of rows) {
      it(what + ": " + body.trim(), async () => {
        const r = await publishesNothing(hub, ["edge.bbs.test", "testbbs.bbs.test"], () => hub.raw(hub.request(query, "EDGE")));
        const m = /^HTTP\/1\.1 (\d+) [^\r]*\r\n[\s\S]*?\r\n\r\n([\s\S]*)$/.exec(r.text);
        assert.ok(m, "an HTTP reply: " + JSON.stringify(r.text));
        assert.deepStrictEqual([Number(m[1]), m[2]], [status, body]);
        const audit = hub.audit().slice(-2)[0];
        assert.strictEqual(audit.front, "dyndns2");
        if (typeof reason === "string") assert.strictEqual(audit.reason, reason);
        else assert.match(audit.reason, reason);
        assert.ok(/^[\x20-\x7e]+$/.test(hub.web.root.read("data/dyndns-service.log").split("\n").slice(-3)[0]), "the audit line is ASCII");
      });
    }

    it("private addresses without allow_private: dnserr (and the source address, 127.0.0.1, is one)", async () => {
      hub.setSettings({ allow_private: "false" });
      for (const [query, reason] of [["myip=192.168.1.80", "the address 192.168.1.80 is not public"], ["myip=fd00::80", "the address fd00::80 is not public"],
        ["", "the address 127.0.0.1 is not public"]]) {
        // the canary (documentation addresses) waits until private addresses are allowed again
        const r = await publishesNothing(hub, ["edge.bbs.test"], () => hub.get("/nic/update?hostname=edge.bbs.test&" + query, { user: "EDGE" }), 1, false);
        assert.deepStrictEqual([r.status, r.lines], [200, ["dnserr"]], query);
        assert.strictEqual(hub.audit().slice(-1)[0].reason, reason);
      }
      hub.setSettings();
      await servesOthers(hub);
    });

    it("hundreds of names: the web server cuts the request line at 1023 bytes, losing the version and every header; the script runs without the login and the client gets no byte back", async () => {
      const query = "?hostname=" + Array.from({ length: 300 }, (_, i) => "e" + i + ".bbs.test").join(",") + "&myip=203.0.113.80";
      const r = await publishesNothing(hub, ["edge.bbs.test"], () => hub.raw(hub.request(query, "EDGE")));
      assert.strictEqual(r.text, "", "nothing sent back");
      assert.deepStrictEqual(lastAudit(hub, 2)[0], ["dyndns2", null, "refused", "no user name and password (Basic auth)"]);
      assert.match(hub.console(), /Request 1: GET \/nic\/update\?hostname=e0\.bbs\.test,e1\.bbs\.test,/);
    });

    it("a 64 KiB header: the web server keeps its first 1023 bytes and reads the rest of the request as usual", async () => {
      const serial = await hub.serial();
      const r = await hub.raw(hub.request("?hostname=edge.bbs.test&myip=203.0.113.81", "EDGE", "X-Big: " + "a".repeat(65536) + "\r\n"));
      assert.match(r.text, /^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\ngood 203\.0\.113\.81\n$/);
      assert.strictEqual(await hub.serial(), serial + 1);
      const after = await hub.raw(hub.request("?hostname=edge.bbs.test&myip=203.0.113.81", "EDGE", "X-Big: " + "b".repeat(65536) + "\r\nX-After: 1\r\n"));
      assert.match(after.text, /\r\n\r\nnochg 203\.0\.113\.81\n$/);
      await servesOthers(hub);
    });

    it("five thousand headers: all read, the request answered as usual", async () => {
      const headers = Array.from({ length: 5000 }, (_, i) => "X-H" + i + ": v" + i + "\r\n").join("");
      const r = await hub.raw(hub.request("?hostname=edge.bbs.test&myip=203.0.113.83", "EDGE", headers));
      assert.match(r.text, /^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\ngood 203\.0\.113\.83\n$/);
      await servesOthers(hub);
    });

    it("a flood of 200 requests from one address, one after another: the web server takes them all; min_interval and nochg_limit answer them", async function () {
      this.timeout(180000);
      hub.forget("FLOOD");
      // min_interval an hour: however slow the machine, no second write
      hub.setSettings({ min_interval: 3600, nochg_limit: 48 });
      const serial = await hub.serial();
      const before = hub.audit().length;
      const tally = {};
      for (let i = 0; i < 200; i++) {
        // The web server's sessions end in their own time after it closed the connection: a fast
        // machine's next request can find it over MaxConcurrentConnections (its bare 429, which is
        // no HTTP reply). Such a request never reached the script; it is sent again a moment later.
        let r = null;
        for (let tries = 0; !r; tries++) {
          try {
            r = await hub.get("/nic/update?hostname=flood.bbs.test&myip=203.0.113." + (i % 2 ? 91 : 90), { user: "FLOOD" });
          } catch (e) {
            if (tries >= 50 || !/Parse Error|ECONNRESET/.test(e.message + " " + e.code)) throw e;
            await new Promise((res) => setTimeout(res, 100));
          }
        }
        const word = r.status + " " + r.lines.join("|").replace(/ .*/, "");
        tally[word] = (tally[word] || 0) + 1;
      }
      // the first is written; the same address again is nochg (48 of them), the other one abuse from
      // min_interval (503: it lifts by itself) until the 48 unchanged are in; from then on every
      // request is abuse from nochg_limit (200), which is decided before anything else
      assert.deepStrictEqual(tally, { "200 good": 1, "200 nochg": 48, "503 abuse": 48, "200 abuse": 103 });
      assert.strictEqual(await hub.serial(), serial + 1, "one UPDATE");
      assert.strictEqual(hub.audit().length - before, 200, "an audit line each");
      await servesOthers(hub);
      hub.forget("FLOOD");
    });

    it("a flood of 200 requests at once from one address: the web server turns away what is over 10 connections of one address (and over 100 clients), the id's lock all but one of the rest (911, 503), one UPDATE", async function () {
      this.timeout(180000);
      hub.forget("FLOOD");
      const serial = await hub.serial();
      const before = hub.audit().length;
      const consoleBefore = hub.console().length;
      const results = await Promise.all(Array.from({ length: 200 }, () => hub.raw(hub.request("?hostname=flood.bbs.test&myip=203.0.113.92", "FLOOD"))));
      // what each got: the listener's bare "429 Too Many Requests" (MaxConcurrentConnections) or bare
      // "503 Service Unavailable..." (MaxClients), or a reset with no byte when its close beat our read;
      // a session's own 429 or 503 (an error page; its 503 puts two header lines and a blank line into
      // its status line); or the script's answer, 200 with a word or 503 with 911
      const tally = {};
      for (const r of results) {
        const status = /^HTTP\/1\.1 (\d+) /.exec(r.text);
        const body = r.text.slice(r.text.indexOf("\r\n\r\n") + 4);
        const word = r.text === "" || /^(429 Too Many Requests|503 Service Unavailable\r\n)/.test(r.text) ? "turned away"
          : !status ? "other " + JSON.stringify(r.text)
            : status[1] === "200" ? "200 " + body.trim().replace(/ .*/, "")
              : status[1] === "503" && body === "911\n" ? "503 911" : "web server " + status[1];
        tally[word] = (tally[word] || 0) + 1;
      }
      assert.ok(Object.keys(tally).every((w) => ["turned away", "web server 429", "web server 503", "200 good", "200 nochg", "503 911"].includes(w)), JSON.stringify(tally));
      assert.strictEqual(tally["200 good"], 1, JSON.stringify(tally));
      assert.ok(tally["turned away"] > 0 && tally["503 911"] > 0, JSON.stringify(tally));
      assert.strictEqual(await hub.serial(), serial + 1, "one UPDATE");
      const scripted = (tally["200 good"] || 0) + (tally["200 nochg"] || 0) + (tally["503 911"] || 0);
      assert.strictEqual(hub.audit().length - before, scripted, "an audit line for each request the script got");
      // the web server logs why it turned them away (one address over MaxConcurrentConnections, or
      // everyone over MaxClients, whichever the timing of the flood met first), in its own time
      await hub.web.bbs.waitFor(/!Maximum concurrent connections \(10\) exceeded|!MAXIMUM CLIENTS \(100\) (exceeded|reached)/, 10000, consoleBefore);
      await servesOthers(hub, 10000);
      hub.forget("FLOOD");
    });
  });
}
