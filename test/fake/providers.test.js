"use strict";
// The provider stand-ins (noip.js, duckdns.js, cloudflare.js) answer as their providers document:
// asked by Node's own HTTPS client, which checks each stand-in's certificate against the test CA
// and the provider's host name, as a careful client would.
const assert = require("assert");
const https = require("node:https");
const { testCertificates } = require("./certs");
const { startNoIp } = require("./noip");
const { startDuckDns } = require("./duckdns");
const { startCloudflare } = require("./cloudflare");

/** One request to a stand-in, checked against the test CA as `host`: {status, headers, text, json}. */
function ask(standIn, host, method, path, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = https.request({
      host: "127.0.0.1", port: standIn.port, servername: host, method, path, headers,
      ca: testCertificates().ca.cert, agent: false,
      checkServerIdentity: (name, cert) => require("node:tls").checkServerIdentity(host, cert),
    }, (res) => {
      const parts = [];
      res.on("data", (d) => parts.push(d));
      res.on("end", () => {
        const text = Buffer.concat(parts).toString("latin1");
        let json = null;
        try { json = JSON.parse(text); } catch (e) { /* a text answer */ }
        resolve({ status: res.statusCode, headers: res.headers, text, json });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

const basic = (user, password) => "Basic " + Buffer.from(user + ":" + password).toString("base64");
const UA = { "User-Agent": "Synchronet DynDNS tests/1.0 sysop@example.test" };

describe("stand-in for No-IP (dyndns2 /nic/update)", () => {
  const HOST = "dynupdate.no-ip.test";
  let noip;
  beforeEach(async () => {
    noip = await startNoIp({ accounts: { sysop: { password: "Pa55:word", hosts: { "bbs.ddns.test": "203.0.113.1", "two.ddns.test": "203.0.113.2" } } } });
  });
  afterEach(() => noip.stop());
  const update = (query, headers = Object.assign({ Authorization: basic("sysop", "Pa55:word") }, UA)) =>
    ask(noip, HOST, "GET", "/nic/update?" + query, { headers });

  it("stand-in for No-IP: good <ip> for a new address, nochg <ip> when it has it, one line per host in order", async () => {
    const first = await update("hostname=bbs.ddns.test,two.ddns.test&myip=203.0.113.2");
    assert.deepStrictEqual([first.status, first.text], [200, "good 203.0.113.2\nnochg 203.0.113.2\n"]);
    assert.strictEqual(noip.hosts("sysop")["bbs.ddns.test"], "203.0.113.2");
    const again = await update("hostname=bbs.ddns.test&myip=203.0.113.2");
    assert.strictEqual(again.text, "nochg 203.0.113.2\n");
  });

  it("stand-in for No-IP: myipv6 sets the IPv6 address beside the IPv4 one; no myip means the caller's address", async () => {
    assert.strictEqual((await update("hostname=bbs.ddns.test&myip=203.0.113.9&myipv6=2001:db8::9")).text, "good 203.0.113.9\n");
    assert.strictEqual(noip.hosts("sysop")["bbs.ddns.test"], "203.0.113.9,2001:db8::9");
    assert.strictEqual((await update("hostname=two.ddns.test")).text, "good 127.0.0.1\n");
  });

  it("stand-in for No-IP: nohost for a host of no account of the caller's", async () =>
    assert.strictEqual((await update("hostname=bbs.ddns.test,other.ddns.test&myip=203.0.113.5")).text, "good 203.0.113.5\nnohost\n"));

  it("stand-in for No-IP: badauth (HTTP 401) for a wrong password or none, badagent without a User-Agent", async () => {
    const wrong = await update("hostname=bbs.ddns.test", Object.assign({ Authorization: basic("sysop", "nope") }, UA));
    assert.deepStrictEqual([wrong.status, wrong.text, wrong.headers["www-authenticate"]], [401, "badauth\n", 'Basic realm="No-IP stand-in"']);
    assert.strictEqual((await update("hostname=bbs.ddns.test", UA)).text, "badauth\n");
    assert.strictEqual((await update("hostname=bbs.ddns.test", { Authorization: basic("sysop", "Pa55:word") })).text, "badagent\n");
    assert.strictEqual(noip.hosts("sysop")["bbs.ddns.test"], "203.0.113.1", "nothing changed");
  });

  it("stand-in for No-IP: a test makes it answer any code, for the account or for one host", async () => {
    for (const code of ["911", "abuse", "badagent"]) {
      noip.answerAll(code);
      assert.strictEqual((await update("hostname=bbs.ddns.test,two.ddns.test&myip=203.0.113.7")).text, code + "\n");
    }
    noip.answerAll(null);
    noip.answerFor("two.ddns.test", "!donator");
    assert.strictEqual((await update("hostname=bbs.ddns.test,two.ddns.test&myip=203.0.113.7")).text, "good 203.0.113.7\n!donator\n");
    assert.throws(() => noip.answerAll("great"), /No-IP has no answer great/);
  });

  it("stand-in for No-IP: records each request as it came (path, query, headers, TLS server name)", async () => {
    await update("hostname=bbs.ddns.test&myip=203.0.113.8");
    const r = noip.requests[0];
    assert.deepStrictEqual([r.method, r.path, r.query, r.headers.authorization, r.headers["user-agent"], r.sni],
      ["GET", "/nic/update", { hostname: "bbs.ddns.test", myip: "203.0.113.8" }, basic("sysop", "Pa55:word"), UA["User-Agent"], HOST]);
  });
});

describe("stand-in for DuckDNS (/update)", () => {
  const HOST = "www.duckdns.test";
  const TOKEN = "a7c4d0ad-114e-40ef-ba1d-d217904a50f2";
  let duck;
  beforeEach(async () => { duck = await startDuckDns({ token: TOKEN, domains: { mybbs: { ipv4: "", ipv6: "", txt: "" }, other: { ipv4: "", ipv6: "", txt: "" } } }); });
  afterEach(() => duck.stop());
  const update = (query) => ask(duck, HOST, "GET", "/update?" + query);

  it("stand-in for DuckDNS: OK, and verbose=true says the addresses and UPDATED or NOCHANGE", async () => {
    assert.deepStrictEqual([(await update("domains=mybbs&token=" + TOKEN + "&ip=203.0.113.4")).text, duck.domains().mybbs.ipv4], ["OK", "203.0.113.4"]);
    assert.strictEqual((await update("domains=mybbs.duckdns.org&token=" + TOKEN + "&ip=203.0.113.4&ipv6=2001:db8::4&verbose=true")).text,
      "OK\n203.0.113.4\n2001:db8::4\nUPDATED");
    assert.strictEqual((await update("domains=mybbs&token=" + TOKEN + "&ip=203.0.113.4&verbose=true")).text, "OK\n203.0.113.4\n2001:db8::4\nNOCHANGE");
  });

  it("stand-in for DuckDNS: without ip the caller's IPv4 address; IPv6 only when given", async () => {
    assert.strictEqual((await update("domains=mybbs,other&token=" + TOKEN + "&verbose=true")).text, "OK\n127.0.0.1\n\nUPDATED");
    assert.deepStrictEqual(duck.domains().other, { ipv4: "127.0.0.1", ipv6: "", txt: "" });
  });

  it("stand-in for DuckDNS: clear=true empties both addresses", async () => {
    await update("domains=mybbs&token=" + TOKEN + "&ip=203.0.113.4&ipv6=2001:db8::4");
    assert.strictEqual((await update("domains=mybbs&token=" + TOKEN + "&clear=true&verbose=true")).text, "OK\n\n\nUPDATED");
    assert.deepStrictEqual(duck.domains().mybbs, { ipv4: "", ipv6: "", txt: "" });
  });

  it("stand-in for DuckDNS: the TXT record with txt=, cleared with clear=true", async () => {
    assert.strictEqual((await update("domains=mybbs&token=" + TOKEN + "&txt=hello&verbose=true")).text, "OK\nhello\nUPDATED");
    assert.strictEqual((await update("domains=mybbs&token=" + TOKEN + "&txt=x&clear=true")).text, "OK");
    assert.strictEqual(duck.domains().mybbs.txt, "");
  });

  it("stand-in for DuckDNS: KO (HTTP 200) for a wrong token, a domain not the token's, a bad address, nothing changed", async () => {
    for (const query of ["domains=mybbs&token=wrong&ip=203.0.113.4", "domains=mybbs&ip=203.0.113.4", "domains=mybbs,stranger&token=" + TOKEN,
      "domains=mybbs&token=" + TOKEN + "&ip=300.1.1.1", "domains=mybbs&token=" + TOKEN + "&ipv6=zz::1", "token=" + TOKEN]) {
      const r = await update(query + "&verbose=true");
      assert.deepStrictEqual([r.status, r.text], [200, "KO"], query);
    }
    assert.deepStrictEqual(duck.domains().mybbs, { ipv4: "", ipv6: "", txt: "" });
  });

  it("stand-in for DuckDNS: records the token as it came, for tests that look for it where it must not be", async () => {
    await update("domains=mybbs&token=" + TOKEN);
    assert.deepStrictEqual([duck.requests[0].query.token, duck.requests[0].sni], [TOKEN, HOST]);
  });
});

describe("stand-in for Cloudflare (API v4, DNS records)", () => {
  const HOST = "api.cloudflare.test";
  let cf;
  beforeEach(async () => {
    cf = await startCloudflare({
      tokens: { "edit-token": { zones: ["example.test"], edit: true }, "read-token": { zones: ["example.test"] }, "elsewhere": { zones: ["other.test"], edit: true } },
      zones: ["example.test", "other.test"],
      records: [{ zone: "example.test", type: "A", name: "bbs.example.test", content: "203.0.113.1", ttl: 1 }],
    });
  });
  afterEach(() => cf.stop());
  const api = (token, method, path, body) => ask(cf, HOST, method, "/client/v4" + path, {
    headers: Object.assign(token === null ? {} : { Authorization: token.startsWith("Bearer") || token === "" ? token : "Bearer " + token },
      body !== undefined ? { "Content-Type": "application/json" } : {}),
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });

  it("stand-in for Cloudflare: zones by name, only those the token may read, in the {success, errors, messages, result} envelope", async () => {
    const r = await api("edit-token", "GET", "/zones?name=example.test");
    assert.strictEqual(r.status, 200);
    assert.deepStrictEqual([r.json.success, r.json.errors, r.json.messages, r.json.result.length, r.json.result[0].id, r.json.result[0].name, r.json.result_info.count],
      [true, [], [], 1, cf.zoneId("example.test"), "example.test", 1]);
    assert.deepStrictEqual((await api("edit-token", "GET", "/zones?name=other.test")).json.result, []);
  });

  it("stand-in for Cloudflare: records by exact type and name; create, overwrite (PUT), patch, delete", async () => {
    const zone = "/zones/" + cf.zoneId("example.test") + "/dns_records";
    const found = (await api("edit-token", "GET", zone + "?type=A&name=bbs.example.test")).json.result;
    assert.deepStrictEqual(found.map((r) => [r.type, r.name, r.content, r.ttl, r.proxied]), [["A", "bbs.example.test", "203.0.113.1", 1, false]]);
    assert.match(found[0].id, /^[0-9a-f]{32}$/);
    assert.deepStrictEqual((await api("edit-token", "GET", zone + "?type=A&name=example.test")).json.result, []);
    const made = await api("edit-token", "POST", zone, { type: "AAAA", name: "bbs.example.test", content: "2001:db8::1", ttl: 300, proxied: false });
    assert.deepStrictEqual([made.status, made.json.success, made.json.result.content, made.json.result.ttl], [200, true, "2001:db8::1", 300]);
    const put = await api("edit-token", "PUT", zone + "/" + found[0].id, { type: "A", name: "bbs.example.test", content: "203.0.113.9", ttl: 120 });
    assert.deepStrictEqual([put.json.result.content, put.json.result.ttl, put.json.result.id], ["203.0.113.9", 120, found[0].id]);
    const patch = await api("edit-token", "PATCH", zone + "/" + found[0].id, { content: "203.0.113.10" });
    assert.deepStrictEqual([patch.json.result.content, patch.json.result.ttl], ["203.0.113.10", 120]);
    assert.deepStrictEqual((await api("edit-token", "DELETE", zone + "/" + made.json.result.id)).json.result, { id: made.json.result.id });
    assert.deepStrictEqual(cf.records("example.test").map((r) => r.type + " " + r.content), ["A 203.0.113.10"]);
  });

  it("stand-in for Cloudflare: a bad token is 403 code 9109, a token without the zone or without edit rights 403 code 10000", async () => {
    const zone = "/zones/" + cf.zoneId("example.test") + "/dns_records";
    const wrong = await api("not-a-token", "GET", zone);
    assert.deepStrictEqual([wrong.status, wrong.json.success, wrong.json.errors, wrong.json.result], [403, false, [{ code: 9109, message: "Invalid access token" }], null]);
    assert.deepStrictEqual([(await api("elsewhere", "GET", zone)).status, (await api("elsewhere", "GET", zone)).json.errors[0].code], [403, 10000]);
    const readOnly = await api("read-token", "POST", zone, { type: "A", name: "x.example.test", content: "203.0.113.3" });
    assert.deepStrictEqual([readOnly.status, readOnly.json.errors[0]], [403, { code: 10000, message: "Authentication error" }]);
  });

  it("stand-in for Cloudflare: no Authorization is 400 code 9106, one that is not a Bearer token 400 code 6003 (6111 in its chain)", async () => {
    const none = await api(null, "GET", "/zones");
    assert.deepStrictEqual([none.status, none.json.errors[0].code], [400, 9106]);
    const basicAuth = await api(basic("a", "b"), "GET", "/zones");
    assert.deepStrictEqual([basicAuth.status, basicAuth.json.errors[0].code, basicAuth.json.errors[0].error_chain[0].code], [400, 6003, 6111]);
  });

  it("stand-in for Cloudflare: invalid records are refused with Cloudflare's codes, nothing changed", async () => {
    const zone = "/zones/" + cf.zoneId("example.test") + "/dns_records";
    const cases = [
      [{ type: "A", name: "bbs.example.test", content: "2001:db8::1" }, 9005],
      [{ type: "AAAA", name: "bbs.example.test", content: "203.0.113.1" }, 9006],
      [{ type: "A", name: "bbs.example.test", content: "203.0.113.2", ttl: 30 }, 9021],
      [{ type: "A", name: "bbs.elsewhere.test", content: "203.0.113.2" }, 1004],
      [{ type: "A", name: "bbs.example.test", content: "203.0.113.1" }, 81058],
      ["{not json", 6007],
    ];
    for (const [body, code] of cases) {
      const r = await api("edit-token", "POST", zone, body);
      assert.deepStrictEqual([r.status, r.json.success, r.json.errors[0].code], [400, false, code], JSON.stringify(body));
    }
    assert.strictEqual((await api("edit-token", "PATCH", zone + "/" + "0".repeat(32), { content: "203.0.113.2" })).json.errors[0].code, 81044);
    assert.strictEqual((await api("edit-token", "GET", "/zones/" + "f".repeat(32) + "/dns_records")).json.errors[0].code, 7003);
    assert.strictEqual(cf.records("example.test").length, 1);
  });

  it("stand-in for Cloudflare: rate limited with 429, code 971 and Retry-After", async () => {
    cf.rateLimitAfter(1);
    assert.strictEqual((await api("edit-token", "GET", "/zones?name=example.test")).status, 200);
    const limited = await api("edit-token", "GET", "/zones?name=example.test");
    assert.deepStrictEqual([limited.status, limited.json.errors[0].code, limited.headers["retry-after"]], [429, 971, "60"]);
  });

  it("stand-in for Cloudflare: records each request with its bearer token and JSON body", async () => {
    const zone = "/zones/" + cf.zoneId("example.test") + "/dns_records";
    await api("edit-token", "POST", zone, { type: "A", name: "new.example.test", content: "203.0.113.5" });
    const r = cf.requests[0];
    assert.deepStrictEqual([r.method, r.path, r.headers.authorization, JSON.parse(r.body).name, r.sni],
      ["POST", "/client/v4" + zone, "Bearer edit-token", "new.example.test", HOST]);
  });
});
