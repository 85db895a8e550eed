"use strict";
// The real dyndns2 clients of Debian 12 (ddclient 3.10, inadyn 2.10), configured as their man
// pages say for a custom dyndns2 server, against the real endpoint: dist/nic/ in the real web
// server of each pack (test/web/realHub.js), the services server in the same sbbs process running
// dist/dyndns-service.js on 8467, both publishing to a real Knot and a real BIND, read back with
// kdig. HTTP and HTTPS, certificates checked (the anchor: the certificate the server presents,
// as openssl s_client shows it); every refusal publishes nothing. What each client makes of
// each answer of the real endpoint is docs/dyndns2-clients.md §9.
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");
const { VERSIONS, PACKS } = require("./webServer");
const { startHub } = require("./realHub");
const { ddclient, inadyn, curl } = require("./clients");
const { makeRoot } = require("../real/pack");
const { ourClient, stockClient, publishesNothing } = require("../service/stack");

/** More QWKnet accounts, one per test that needs a name of its own. */
const MEMBERS = ["ALPHA", "BRAVO", "CHARLIE", "DELTA"].map((alias) => ({ alias, password: alias + "Pass1", qwk: true }))
  .concat([{ alias: "COOLBBS", password: "my-qwknet-password", qwk: true }]); // the member of docs/hub.md's configurations
const password = (alias) => ({ TESTBBS: "QwkPass7", VERT: "VertPass2", LIMITED: "LimitPass4", CAPPED: "CapPass8", STOCKBBS: "StockPass3", HOSTILE: "HostPass5", SYSOPSAM: "SysopPass1", NORMAL: "NormPass9" }[alias] || alias + "Pass1");

/**
 * A configuration file of docs/hub.md ("Clients that work"), as written: the fenced block whose
 * first line is `# <file>`, with the hub's name and port, the zone and the anchor filled in.
 */
function documentedConfig(file, { server, zone, uncomment }) {
  const doc = fs.readFileSync(path.join(__dirname, "../../docs/hub.md"), "latin1");
  const m = new RegExp("```[a-z]*\\n(# " + file.replace(/[./]/g, "\\$&") + "\\n[\\s\\S]*?)```").exec(doc);
  if (!m) throw new Error("docs/hub.md has no block starting # " + file);
  let text = m[1].replace(/hub\.example\.net/g, server).replace(/bbs\.example\.net/g, zone);
  for (const [line, value] of Object.entries(uncomment)) {
    if (!text.includes("# " + line + "\n")) throw new Error("docs/hub.md's " + file + " has no line # " + line);
    text = text.replace("# " + line + "\n", value + "\n");
  }
  return text;
}
const nameOf = (alias) => alias.toLowerCase() + ".bbs.test";

/** The last reply ddclient read (-verbose prints it as RECEIVE lines): { status line, body lines }. */
function ddclientSaw(run) {
  const got = run.lines.filter((l) => l.tag === "RECEIVE").map((l) => l.text);
  const at = got.map((t) => /^HTTP\//.test(t)).lastIndexOf(true);
  if (at < 0) return null;
  const rest = got.slice(at);
  return { status: rest[0], body: rest.slice(rest.indexOf("") + 1) };
}

/** The last reply inadyn read (-l debug prints it): { status line, body lines }. */
function inadynSaw(run) {
  const last = run.responses[run.responses.length - 1];
  if (!last) return null;
  const split = last.indexOf("\r\n\r\n");
  return { status: last.slice(0, last.indexOf("\r\n")), body: last.slice(split + 4).split("\n").filter((l) => l !== "") };
}

for (const version of VERSIONS) {
  for (const dnsServer of ["knot", "bind"]) {
    describe("real ddclient 3.10 and inadyn 2.10 → the dyndns2 endpoint on the Synchronet " + version + " web server → " + (dnsServer === "knot" ? "Knot" : "BIND"), function () {
      this.timeout(60000);
      let hub = null;
      let env = null;
      let address = null;
      before(async function () {
        hub = await startHub({ version, dnsServer, stock: true, extraUsers: MEMBERS, settings: { hourly_cap: 0 } });
        env = hub.web.clientEnv();
        address = hub.web.address;
      });
      after(async function () {
        if (hub) await hub.stop();
      });
      beforeEach(async function () {
        await hub.setSettings();
      });

      /** ddclient once as `alias`, over HTTP (use=web on the hub's /nic/checkip) unless options say otherwise. */
      const dd = (alias, options = {}) => ddclient(Object.assign({
        server: hub.web.http.server, login: alias, password: password(alias), hosts: [nameOf(alias)], web: hub.web.http.url("/nic/checkip"), env,
      }, options));
      /** The same over HTTPS: the server by its certificate's name, the checkip page on HTTPS too (ssl=yes is global). */
      const ddHttps = async (alias, caFile, options = {}) => dd(alias, Object.assign({
        server: hub.web.https.server, ssl: true, caFile, web: hub.web.https.url("/nic/checkip"),
      }, options));
      /** inadyn once as `alias`, over HTTP, checkip-server the hub's /nic/checkip. */
      const ina = (alias, options = {}) => inadyn(Object.assign({
        server: hub.web.http.server, username: alias, password: password(alias), hosts: [nameOf(alias)],
        checkip: { server: hub.web.http.server, path: "/nic/checkip" }, env,
      }, options));
      const inaHttps = (alias, caFile, options = {}) => ina(alias, Object.assign({
        server: hub.web.https.server, ssl: true, caFile, checkip: { server: hub.web.https.server, path: "/nic/checkip", ssl: true },
      }, options));
      const lastAudit = (n = 1) => hub.audit().slice(-n);
      /** TESTBBS's name updated with curl, as a member's router would. */
      const update = (ip) => curl(hub.web.http.url("/nic/update?hostname=testbbs.bbs.test&myip=" + ip), { user: "TESTBBS:QwkPass7" });

      it("ddclient over HTTP: the address /nic/checkip showed is published (kdig); its next run sends nothing, -force gets nochg", async function () {
        const r = await dd("TESTBBS");
        assert.strictEqual(r.conclusion, "success", r.stdout + r.stderr);
        assert.strictEqual(r.results["testbbs.bbs.test"].line, "SUCCESS: updating testbbs.bbs.test: good: IP address set to " + address);
        assert.deepStrictEqual(await hub.knot.all("testbbs.bbs.test"), { A: [address] });
        assert.deepStrictEqual(lastAudit().map((a) => [a.front, a.id, a.address, a.result]), [["dyndns2", "testbbs", address, "updated"]]);
        const again = await dd("TESTBBS", { dir: r.dir });
        assert.strictEqual(again.results["testbbs.bbs.test"].outcome, "skipped");
        assert.strictEqual(again.sent.length, 1, "only the checkip page");
        const forced = await dd("TESTBBS", { dir: r.dir, args: ["-force"] });
        assert.strictEqual(forced.results["testbbs.bbs.test"].outcome, "nochg");
        assert.deepStrictEqual([forced.conclusion, forced.cache["testbbs.bbs.test"].status], ["success", "good"]);
        assert.deepStrictEqual(lastAudit().map((a) => a.result), ["unchanged"]);
      });

      it("ddclient over HTTPS with the certificate the server presents as its anchor; a wrong anchor fails and publishes nothing", async function () {
        const presented = await hub.web.presentedCertificate();
        const wrong = await hub.web.wrongAnchor();
        const refused = await publishesNothing(hub, "vert.bbs.test", () => ddHttps("VERT", wrong));
        assert.strictEqual(refused.conclusion, "failure");
        assert.ok(refused.lines.some((l) => /certificate verify failed/.test(l.text)), refused.stdout + refused.stderr);
        const r = await ddHttps("VERT", presented);
        assert.strictEqual(r.conclusion, "success", r.stdout + r.stderr);
        assert.deepStrictEqual(await hub.knot.all("vert.bbs.test"), { A: [address] });
      });

      it("inadyn over HTTP: published; its cache holds the address, so its next run sends nothing", async function () {
        const r = await ina("LIMITED");
        assert.strictEqual(r.conclusion, "success", r.stderr);
        assert.ok(r.lines.includes("Successful alias table update for limited.bbs.test => new IP# " + address), r.lines.join("\n"));
        assert.deepStrictEqual(await hub.knot.all("limited.bbs.test"), { A: [address] });
        assert.deepStrictEqual(r.cache, { "limited.bbs.test": address });
        const again = await ina("LIMITED", { dir: r.dir });
        assert.strictEqual(again.results["limited.bbs.test"].outcome, "unchanged");
        assert.strictEqual(again.sent.filter((s) => /\/nic\/update/.test(s)).length, 0);
      });

      it("inadyn over HTTPS with the certificate the server presents as its anchor; a wrong anchor fails and publishes nothing", async function () {
        const wrong = await hub.web.wrongAnchor();
        const refused = await publishesNothing(hub, "capped.bbs.test", () => inaHttps("CAPPED", wrong));
        assert.ok(refused.lines.includes("SSL handshake with " + hub.web.hostName + " failed: Error in the certificate."), refused.lines.join("\n"));
        assert.strictEqual(refused.conclusion, "failure");
        const r = await inaHttps("CAPPED", await hub.web.presentedCertificate());
        assert.strictEqual(r.conclusion, "success", r.stderr);
        assert.ok(r.lines.includes("Certificate OK"), r.lines.join("\n"));
        assert.deepStrictEqual(await hub.knot.all("capped.bbs.test"), { A: [address] });
      });

      it("at the same time: the stock dyndns.js and ours through 8467, ddclient and inadyn through the web server, one sbbs process", async function () {
        const ours = await makeRoot({ pack: PACKS[version] });
        try {
          const [stock, mine, d, i] = await Promise.all([
            stockClient(hub, ["StockPass3", "-hn", "STOCKBBS", "198.51.100.31"]),
            ourClient({ member: ours, port: hub.port }, ["HostPass5", "-hn", "HOSTILE", "198.51.100.32"]),
            dd("ALPHA", { ip: "198.51.100.33", web: undefined }),
            inaHttps("BRAVO", await hub.web.presentedCertificate()),
          ]);
          assert.deepStrictEqual([stock.status, mine.status, d.conclusion, i.conclusion], [0, 0, "success", "success"], stock.stdout + mine.stdout + mine.stderr + d.stdout + i.stderr);
          assert.deepStrictEqual((await hub.knot.all("stockbbs.bbs.test")).A, ["198.51.100.31"]);
          assert.deepStrictEqual((await hub.knot.all("hostile.bbs.test")).A, ["198.51.100.32"]);
          assert.deepStrictEqual(await hub.knot.all("alpha.bbs.test"), { A: ["198.51.100.33"] });
          assert.deepStrictEqual(await hub.knot.all("bravo.bbs.test"), { A: [address] });
          const fronts = hub.audit().filter((a) => ["STOCKBBS", "HOSTILE", "alpha", "bravo"].includes(a.id)).map((a) => a.front + " " + a.id + " " + a.result).sort();
          assert.deepStrictEqual(fronts, ["8467 HOSTILE updated", "8467 STOCKBBS updated", "dyndns2 alpha updated", "dyndns2 bravo updated"]);
        } finally {
          ours.remove();
        }
      });

      if (dnsServer !== "knot") return;

      // Each answer of the real endpoint, and what each client makes of it (docs/dyndns2-clients.md §9).
      // setup(hub) runs first; dd / ina: the client's options (null: that client cannot send it);
      // then the reply each read, and its conclusion (ddclient: its line for the first name, exit
      // status, cache status; inadyn: conclusion, exit status).
      const ANSWERS = [
        { name: "a wrong password: the web server's own 401", dd: { password: "wrong" }, ina: { password: "wrong" },
          status: "HTTP/1.1 401 Unauthorized", ddLine: "FAILED: updating testbbs.bbs.test: authorization failed (HTTP/1.1 401 Unauthorized", ddExit: 1, ddCache: "noconnect", inadyn: ["failure", 50] },
        { name: "the sysop's account: badauth", as: "SYSOPSAM", body: ["badauth"], status: "HTTP/1.1 200 OK",
          ddLine: "FAILED: updating sysopsam.bbs.test: badauth: Bad authorization (username or password)", ddExit: 1, ddCache: "badauth", inadyn: ["failure", 48] },
        { name: "an account without the Q restriction: badauth", as: "NORMAL", body: ["badauth"], status: "HTTP/1.1 200 OK",
          ddLine: "FAILED: updating normal.bbs.test: badauth: Bad authorization (username or password)", ddExit: 1, ddCache: "badauth", inadyn: ["failure", 48] },
        { name: "another member's name: nohost", dd: { hosts: ["vert.bbs.test"] }, ina: { hosts: ["vert.bbs.test"] }, body: ["nohost"], status: "HTTP/1.1 200 OK",
          ddLine: "FAILED: updating vert.bbs.test: nohost: The hostname specified does not exist in the database", ddExit: 1, ddCache: "nohost", inadyn: ["failure", 48] },
        { name: "a name that is not fully qualified: notfqdn", dd: { hosts: ["testbbs"] }, ina: { hosts: ["testbbs"] }, body: ["notfqdn"], status: "HTTP/1.1 200 OK",
          ddLine: "FAILED: updating testbbs: notfqdn: A Fully-Qualified Domain Name was not provided", ddExit: 1, ddCache: "notfqdn", inadyn: ["failure", 48] },
        { name: "21 names in one request: numhost (ddclient: the first name, as it sorts them, gets the word)", ina: null,
          dd: { hosts: ["testbbs.bbs.test"].concat(Array.from({ length: 20 }, (_, i) => "n" + i + ".testbbs.bbs.test")) }, body: ["numhost"], status: "HTTP/1.1 200 OK",
          ddLine: "FAILED: updating n0.testbbs.bbs.test: numhost: System error: Too many or too few hosts found. Contact support@dyndns.org", ddExit: 1, ddCache: "numhost" },
        { name: "an empty User-Agent: badagent", dd: null, ina: { global: ["user-agent = \"\""] }, body: ["badagent"], status: "HTTP/1.1 200 OK", inadyn: ["failure", 48] },
        { name: "an address that is not public: dnserr", settings: { allow_private: "false" }, body: ["dnserr"], status: "HTTP/1.1 200 OK",
          ddLine: "FAILED: updating testbbs.bbs.test: dnserr: System error: DNS error encountered. Contact support@dyndns.org", ddExit: 1, ddCache: "dnserr", inadyn: ["failure", 48] },
        { name: "the DNS server does not answer: dnserr, 503", settings: { dns_port: 1 }, body: ["dnserr"], status: "HTTP/1.1 503 Service Unavailable",
          ddLine: null, ddExit: 0, ddCache: "noconnect", inadyn: ["retry later", 0] },
        { name: "the hub's settings are not valid: 911, 503", settings: { ttl: "soon" }, body: ["911"], status: "HTTP/1.1 503 Service Unavailable",
          ddLine: null, ddExit: 0, ddCache: "noconnect", inadyn: ["retry later", 0] },
        { name: "another update of the id under way: 911, 503", setup: (h) => h.web.root.write("data/dyndns-service/testbbs.lock", "another session"),
          body: ["911"], status: "HTTP/1.1 503 Service Unavailable", ddLine: null, ddExit: 0, ddCache: "noconnect", inadyn: ["retry later", 0] },
        { name: "min_interval: abuse, 503", settings: { min_interval: "600" }, setup: () => update("198.51.100.40"),
          body: ["abuse"], status: "HTTP/1.1 503 Service Unavailable", ddLine: null, ddExit: 0, ddCache: "noconnect", inadyn: ["retry later", 0] },
        { name: "nochg_limit: abuse", settings: { nochg_limit: "1" }, setup: async (h) => { await update(h.web.address); await update(h.web.address); },
          body: ["abuse"], status: "HTTP/1.1 200 OK",
          ddLine: "FAILED: updating testbbs.bbs.test: abuse: The hostname specified is blocked for abuse; you should receive an email notification which provides an unblock request link.  More info can be found on https://www.dyndns.com/support/abuse.html",
          ddExit: 1, ddCache: "abuse", inadyn: ["failure", 48] },
      ];

      describe("each answer of the real endpoint: what each client concludes; nothing is published", function () {
        // TESTBBS's name holds an address other than the one the clients send, and no limit counts yet
        const state = () => fs.rmSync(hub.web.root.file("data/dyndns-service"), { recursive: true, force: true });
        beforeEach(async function () {
          state();
          await update("198.51.100.39");
          state();
        });
        for (const a of ANSWERS) {
          it(a.name, async function () {
            const as = a.as || "TESTBBS";
            await hub.setSettings(Object.assign({ hourly_cap: 0 }, a.settings));
            if (a.setup) await a.setup(hub);
            const audited = hub.audit().length;
            const [d, i] = await publishesNothing(hub, "testbbs.bbs.test", async () => [
              a.dd === null ? null : await dd(as, a.dd),
              a.ina === null ? null : await ina(as, a.ina),
            ]);
            for (const [who, run, saw] of [["ddclient", d, d && ddclientSaw(d)], ["inadyn", i, i && inadynSaw(i)]]) {
              if (!run) continue;
              assert.ok(saw, who + " got no reply:\n" + run.stdout + run.stderr);
              assert.strictEqual(saw.status, a.status, who);
              if (a.body) assert.deepStrictEqual(saw.body, a.body, who);
            }
            if (d) {
              const host = d.config.trim().split("\n").pop().split(",").sort()[0];
              assert.strictEqual(d.results[host] ? d.results[host].line : null, a.ddLine, d.stdout + d.stderr);
              assert.deepStrictEqual([d.status, d.cache[host].status], [a.ddExit, a.ddCache]);
              assert.strictEqual(d.conclusion, "failure");
            }
            if (i) {
              assert.deepStrictEqual([i.conclusion, i.status], a.inadyn, i.lines.join("\n"));
              if (a.inadyn[0] === "retry later") assert.strictEqual(i.retryIn, 600);
              assert.deepStrictEqual(i.cache, {});
            }
            const lines = hub.audit().slice(audited);
            assert.ok(a.status.includes("401") ? lines.length === 0 : lines.length > 0 && lines.every((l) => l.front === "dyndns2" && ["refused", "failed"].includes(l.result)),
              JSON.stringify(lines));
          });
        }
      });

      it("docs/hub.md's ddclient.conf and inadyn.conf, as written, update the member's name over HTTPS", async function () {
        const anchor = await hub.web.presentedCertificate();
        const fill = { server: hub.web.https.server, zone: "bbs.test" };
        const ddConfig = documentedConfig("/etc/ddclient.conf", Object.assign({ uncomment: { "ssl_ca_file=/etc/ddclient/hub.pem": "ssl_ca_file=" + anchor } }, fill));
        const d = await ddclient({ config: ddConfig, hosts: ["coolbbs.bbs.test"], env });
        assert.deepStrictEqual([d.conclusion, d.results["coolbbs.bbs.test"].line], ["success", "SUCCESS: updating coolbbs.bbs.test: good: IP address set to " + address], d.stdout + d.stderr);
        assert.deepStrictEqual(await hub.knot.all("coolbbs.bbs.test"), { A: [address] });
        const inConfig = documentedConfig("/etc/inadyn.conf", Object.assign({ uncomment: { "ca-trust-file = \"/etc/inadyn-hub.pem\"": "ca-trust-file = \"" + anchor + "\"" } }, fill));
        const i = await inadyn({ config: inConfig, hosts: ["coolbbs.bbs.test"], env });
        assert.strictEqual(i.conclusion, "success", i.lines.join("\n"));
        assert.ok(i.lines.includes("Certificate OK") && i.sent.some((l) => l.startsWith("GET /nic/checkip HTTP/1.0")), i.lines.join("\n"));
        assert.deepStrictEqual(i.responses.map((t) => t.split("\r\n\r\n")[1]).slice(-1), ["nochg " + address]);
      });

      it("ddclient's options: wildcard=yes, mx, backupmx are published; a later plain update keeps them; an IPv6 address sets the AAAA and keeps the A", async function () {
        const r = await dd("CHARLIE", { settings: { wildcard: "yes", mx: "mail.example.com", backupmx: "yes" } });
        assert.strictEqual(r.conclusion, "success", r.stdout + r.stderr);
        const charlie = { A: [address], MX: ["10 charlie.bbs.test.", "20 mail.example.com."] };
        assert.deepStrictEqual([await hub.knot.all("charlie.bbs.test"), await hub.knot.all("*.charlie.bbs.test")], [charlie, { CNAME: ["charlie.bbs.test."] }]);
        await dd("CHARLIE", { ip: "198.51.100.41", web: undefined });
        const six = await dd("CHARLIE", { ip: "2001:db8::41", web: undefined });
        assert.strictEqual(six.results["charlie.bbs.test"].line, "SUCCESS: updating charlie.bbs.test: good: IP address set to 2001:db8::41");
        assert.deepStrictEqual([await hub.knot.all("charlie.bbs.test"), await hub.knot.all("*.charlie.bbs.test")],
          [{ A: ["198.51.100.41"], AAAA: ["2001:db8::41"], MX: charlie.MX }, { CNAME: ["charlie.bbs.test."] }]);
        // usev6 alone: 3.10's dyndns2 sends myip empty, and the endpoint takes the request's own (IPv4) address
        const v6only = await dd("CHARLIE", { web: undefined, settings: { usev6: "ipv6", ipv6: "2001:db8::42" } });
        assert.deepStrictEqual([ddclientSaw(v6only).body, (await hub.knot.all("charlie.bbs.test")).AAAA], [["good " + address], ["2001:db8::41"]]);
      });

      it("inadyn with A and AAAA (two custom sections, one name): the second request meets min_interval, 503, and inadyn tries again later instead of exiting", async function () {
        await hub.setSettings({ hourly_cap: 0, min_interval: 3 });
        const six = ["custom hub6 {", "  username = \"DELTA\"", "  password = \"DELTAPass1\"", "  ddns-server = \"" + hub.web.http.server + "\"",
          "  ddns-path = \"/nic/update?hostname=%h&myip=%i\"", "  ssl = false", "  checkip-command = \"echo 2001:db8::43\"", "  hostname = { \"delta.bbs.test\" }", "}"];
        const first = await ina("DELTA", { allowIpv6: true, global: six });
        assert.deepStrictEqual([first.conclusion, first.retryIn], ["retry later", 600], first.lines.join("\n"));
        assert.deepStrictEqual(first.responses.map((t) => t.split("\r\n\r\n")[1]), ["<html><head><title>Current IP Check</title></head><body>Current IP Address: " + address + "</body></html>", "good " + address, "abuse"]);
        assert.deepStrictEqual(await hub.knot.all("delta.bbs.test"), { A: [address] });
        await new Promise((resolve) => setTimeout(resolve, 3100));
        const later = await ina("DELTA", { allowIpv6: true, global: six, dir: first.dir });
        assert.strictEqual(later.conclusion, "success", later.lines.join("\n"));
        assert.deepStrictEqual(await hub.knot.all("delta.bbs.test"), { A: [address], AAAA: ["2001:db8::43"] });
        // both sections keep the name's one cache file: a new start sends what is not the address cached last
        const restart = await ina("DELTA", { allowIpv6: true, global: six, dir: first.dir });
        assert.deepStrictEqual([restart.conclusion, restart.responses.map((t) => t.split("\r\n\r\n")[1]).filter((b) => !/^<html>/.test(b))],
          ["success", ["nochg " + address]], restart.lines.join("\n"));
      });
    });
  }
}
