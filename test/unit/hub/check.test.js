"use strict";
// `jsexec dyndns-service.js` from a console: what the sysop reads before enabling the service.
// main.ts sends print() to standard output and error() to log(LOG_ERR), standard error.
const assert = require("assert");
const { checkSetup, CHECK_OK, CHECK_DNS_FAILED, CHECK_BAD_SETTINGS } = require("../../../src/hub/core/check");

const SOURCE = "/sbbs/ctrl/modopts.ini [dyndns_service]";
const SECRET = Buffer.from("0123456789abcdef0123456789abcdef").toString("base64");

/** The section as the setup step of docs/hub.md writes it; extra overrides or adds keys. */
function section(extra = {}, unknown = []) {
  const values = Object.assign({ zone: "bbs.example.net", tsig_key: "dyndns-service.key", tsig_secret: SECRET }, extra);
  return { source: SOURCE, missing: null, values, unknown };
}

/** A DNS server that answers (or fails with `reason`), recording what it was asked. */
function dnsServer(reason) {
  const asked = [];
  return {
    asked,
    currentRecords(settings, names) {
      asked.push({ settings, names });
      return reason ? { ok: false, reason } : { ok: true, rrsets: [] };
    },
    publish() { throw new Error("the check must not write to the zone"); },
  };
}

/** Runs the check; `out` is every line in order, "out: " (print) or "err: " (error). */
function check(raw, dns = dnsServer()) {
  const out = [];
  const status = checkSetup(raw, dns, {
    print: (text) => out.push("out: " + text),
    error: (text) => out.push("err: " + text),
  });
  return { status, out, asked: dns.asked };
}

describe("jsexec dyndns-service.js: the sysop's check (core)", () => {
  it("exits 0 when all is well, 1 when the DNS server fails, 2 on bad settings (as docs/hub.md says)", () => {
    assert.deepStrictEqual([CHECK_OK, CHECK_DNS_FAILED, CHECK_BAD_SETTINGS], [0, 1, 2]);
  });

  it("the defaults: every setting in force, then one signed query for the zone: ready", () => {
    const r = check(section());
    assert.deepStrictEqual(r.out, [
      "out: settings from /sbbs/ctrl/modopts.ini [dyndns_service]: valid",
      "out:   names          <id>.bbs.example.net and *.<id>.bbs.example.net (ids reserved: ns, ns1, ns2, ns3, www, mail, dyndns)",
      "out:   DNS server     127.0.0.1:53 over tcp, TSIG key dyndns-service.key (hmac-sha256), 5 s",
      "out:   TTL            300 s when the client sends none, else from 60 to 86400 s",
      "out:   MX preference  10",
      "out:   limits         60 s between updates, 10 updates an hour, 48 unchanged updates a day per id",
      "out:   addresses      public unicast only",
      "out:   answers        10 s for each",
      "out: DNS server 127.0.0.1:53 answered a query signed with dyndns-service.key for bbs.example.net: ready",
    ]);
    assert.strictEqual(r.status, 0);
    assert.strictEqual(r.asked.length, 1);
    assert.deepStrictEqual(r.asked[0].names, ["bbs.example.net"], "the query is for the zone itself");
    assert.deepStrictEqual(r.asked[0].settings, {
      server: "127.0.0.1", port: 53, transport: "tcp", zone: "bbs.example.net", timeoutSeconds: 5,
      key: { name: "dyndns-service.key", algorithm: "hmac-sha256", secret: "0123456789abcdef0123456789abcdef" },
    });
  });

  it("every setting changed: IPv6 server in brackets, no reserved ids, no limits, any address; the DNS failure on stderr", () => {
    const r = check(section({
      zone: "BBS.Example.NET.", dns_server: "2001:db8::53", dns_port: "5353", dns_transport: "udp", dns_timeout: "7",
      tsig_key: "Other.Key.", ttl: "120", ttl_min: "30", ttl_max: "3600", mx_preference: "0", min_interval: "0", hourly_cap: "0",
      allow_private: "yes", answer_timeout: "3", reserved: ",", nochg_limit: "0",
    }), dnsServer("NOTAUTH (TSIG BADKEY)"));
    assert.deepStrictEqual(r.out, [
      "out: settings from /sbbs/ctrl/modopts.ini [dyndns_service]: valid",
      "out:   names          <id>.bbs.example.net and *.<id>.bbs.example.net (ids reserved: none)",
      "out:   DNS server     [2001:db8::53]:5353 over udp, TSIG key other.key (hmac-sha256), 7 s",
      "out:   TTL            120 s when the client sends none, else from 30 to 3600 s",
      "out:   MX preference  0",
      "out:   limits         no minimum interval, no hourly cap, no limit on unchanged updates per id",
      "out:   addresses      any unicast address (allow_private)",
      "out:   answers        3 s for each",
      "err: DNS server [2001:db8::53]:5353: NOTAUTH (TSIG BADKEY)",
    ]);
    assert.strictEqual(r.status, 1);
    assert.deepStrictEqual(r.asked.map((a) => a.names), [["bbs.example.net"]]);
  });

  it("one limit on, the other off; a host name as the server", () => {
    const r = check(section({ dns_server: "ns1.example.net", min_interval: "0", hourly_cap: "1", reserved: "www", nochg_limit: "1" }));
    assert.deepStrictEqual(r.out.filter((l) => /names|DNS server {5}|limits/.test(l)), [
      "out:   names          <id>.bbs.example.net and *.<id>.bbs.example.net (ids reserved: www)",
      "out:   DNS server     ns1.example.net:53 over tcp, TSIG key dyndns-service.key (hmac-sha256), 5 s",
      "out:   limits         no minimum interval, 1 update an hour, 1 unchanged update a day per id",
    ]);
    const other = check(section({ min_interval: "1", hourly_cap: "0" }));
    assert.ok(other.out.includes("out:   limits         1 s between updates, no hourly cap, 48 unchanged updates a day per id"), other.out.join("\n"));
  });

  it("unknown keys: a warning each on stderr, and the check goes on", () => {
    const r = check(section({}, ["colour", "Zone2"]));
    const known = "zone, dns_server, dns_port, dns_transport, dns_timeout, tsig_key, tsig_algorithm, tsig_secret, ttl, ttl_min, ttl_max, "
      + "mx_preference, min_interval, hourly_cap, nochg_limit, allow_private, answer_timeout, reserved, stale_days";
    assert.deepStrictEqual(r.out.slice(0, 3), [
      "err: " + SOURCE + ": unknown key 'colour' ignored (known: " + known + ")",
      "err: " + SOURCE + ": unknown key 'Zone2' ignored (known: " + known + ")",
      "out: settings from " + SOURCE + ": valid",
    ]);
    assert.strictEqual(r.out.length, 11);
    assert.strictEqual(r.status, 0);
  });

  it("bad settings: the warnings, then one line per problem on stderr, nothing else, no query: exit 2", () => {
    const r = check(section({ ttl: "soon", tsig_secret: "%%%", dns_transport: "tls" }, ["colour"]));
    assert.deepStrictEqual(r.out, [
      "err: " + SOURCE + ": unknown key 'colour' ignored (known: zone, dns_server, dns_port, dns_transport, dns_timeout, tsig_key, "
        + "tsig_algorithm, tsig_secret, ttl, ttl_min, ttl_max, mx_preference, min_interval, hourly_cap, nochg_limit, allow_private, answer_timeout, reserved, stale_days)",
      "err: " + SOURCE + " dns_transport = 'tls': expected tcp or udp",
      "err: " + SOURCE + " tsig_secret = ********: expected the key's secret in base64 (as keymgr or tsig-keygen print it), at least 16 bytes",
      "err: " + SOURCE + " ttl = 'soon': expected a whole number of seconds from 1 to 2147483647",
    ]);
    assert.strictEqual(r.status, 2);
    assert.deepStrictEqual(r.asked, []);
  });

  it("no section at all: that one line, exit 2", () => {
    const why = "/sbbs/ctrl/modopts.ini: no [dyndns_service] section (expected zone, tsig_key and tsig_secret in it at least)";
    const r = check({ source: SOURCE, missing: why, values: {}, unknown: [] });
    assert.deepStrictEqual(r.out, ["err: " + why]);
    assert.strictEqual(r.status, 2);
    assert.deepStrictEqual(r.asked, []);
  });
});
