"use strict";
const assert = require("assert");
const { validateServiceSettings, collectSettings, DEFAULTS, SETTING_KEYS, MAX_DNS_TIMEOUT } = require("../../../src/hub/core/settings");
// The client's longest wait for a line from the service: dns_timeout is bounded by it.
const { MAX_WAIT } = require("../../../src/client/core/failover");
const { rawSettings, SECRET } = require("./fakes");

function problems(extra) {
  const r = validateServiceSettings(rawSettings(extra));
  assert.strictEqual(r.ok, false, "expected a problem with " + JSON.stringify(extra));
  return r.problems;
}

describe("service settings ([dyndns_service])", () => {
  it("fills in every default and decodes the key", () => {
    const r = validateServiceSettings(rawSettings());
    assert.ok(r.ok, JSON.stringify(r));
    const s = r.settings;
    assert.deepStrictEqual(s.dns, {
      server: "127.0.0.1", port: 53, transport: "tcp", zone: "bbs.test", timeoutSeconds: 5,
      key: { name: "service.key", algorithm: "hmac-sha256", secret: "0123456789abcdef0123456789abcdef" },
    });
    assert.deepStrictEqual([s.ttl, s.ttlMin, s.ttlMax, s.mxPreference, s.minInterval, s.hourlyCap, s.answerTimeout], [300, 60, 86400, 10, 60, 10, 10]);
    assert.strictEqual(s.allowPrivate, true);
    assert.strictEqual(s.staleDays, 7);
    assert.deepStrictEqual(s.reserved, ["ns", "ns1", "ns2", "ns3", "www", "mail", "dyndns"]);
    assert.ok(SETTING_KEYS.every((k) => ["zone", "tsig_key", "tsig_secret"].includes(k) || k in DEFAULTS), "every optional key has a default");
  });

  it("takes each value as written: zone and key name lower case without the trailing dot, UDP, limits off", () => {
    const r = validateServiceSettings(rawSettings({
      zone: "BBS.Example.NET.", dns_server: "ns1.example.net", dns_port: "5353", dns_transport: "UDP", dns_timeout: "7",
      tsig_key: "DynDNS.Key.", ttl: "120", ttl_min: "30", ttl_max: "3600", mx_preference: "0", min_interval: "0", hourly_cap: "0",
      allow_private: "no", answer_timeout: "3", reserved: " WWW ,, ftp ",
    }));
    assert.ok(r.ok, JSON.stringify(r));
    assert.strictEqual(r.settings.zone, "bbs.example.net");
    assert.strictEqual(r.settings.dns.key.name, "dyndns.key");
    assert.deepStrictEqual([r.settings.dns.server, r.settings.dns.port, r.settings.dns.transport, r.settings.dns.timeoutSeconds], ["ns1.example.net", 5353, "udp", 7]);
    assert.deepStrictEqual([r.settings.ttl, r.settings.ttlMin, r.settings.ttlMax, r.settings.mxPreference, r.settings.minInterval, r.settings.hourlyCap], [120, 30, 3600, 0, 0, 0]);
    assert.strictEqual(r.settings.allowPrivate, false);
    assert.deepStrictEqual(r.settings.reserved, ["www", "ftp"]);
  });

  const cases = [
    [{ zone: undefined }, "zone missing: expected the DNS zone"],
    [{ zone: "not a zone" }, "zone = 'not a zone': expected the DNS zone"],
    [{ dns_server: "bad_host!" }, "dns_server = 'bad_host!': expected the address or host name"],
    [{ dns_port: "0" }, "dns_port = '0': expected a whole number from 1 to 65535"],
    [{ dns_port: "53x" }, "dns_port = '53x'"],
    [{ dns_transport: "tls" }, "dns_transport = 'tls': expected tcp or udp"],
    [{ dns_timeout: "9" }, "dns_timeout = '9': expected a whole number of seconds from 1 to 8 (this dyndns.js waits at most 10 s for the outcome, Synchronet's stock one 30 s)"],
    [{ tsig_key: undefined }, "tsig_key missing"],
    [{ tsig_algorithm: "hmac-md5" }, "tsig_algorithm = 'hmac-md5': expected hmac-sha256"],
    [{ tsig_secret: undefined }, "tsig_secret missing: expected the key's secret in base64"],
    [{ tsig_secret: "not base64!" }, "tsig_secret = ********: expected"],
    [{ tsig_secret: Buffer.from("short").toString("base64") }, "at least 16 bytes"],
    [{ ttl: "0" }, "ttl = '0'"],
    [{ ttl_max: "2147483648" }, "ttl_max = '2147483648'"],
    [{ mx_preference: "65536" }, "mx_preference = '65536'"],
    [{ min_interval: "-1" }, "min_interval = '-1'"],
    [{ hourly_cap: "many" }, "hourly_cap = 'many'"],
    [{ allow_private: "maybe" }, "allow_private = 'maybe': expected true, false, yes, no, on, off, 1 or 0"],
    [{ answer_timeout: "0" }, "answer_timeout = '0'"],
    [{ reserved: "www, bad label" }, "reserved = 'www, bad label': expected a comma-separated list of ids (DNS labels); 'bad label' is not one"],
    [{ ttl: "30" }, "ttl_min 60, ttl 30, ttl_max 86400: expected ttl_min <= ttl <= ttl_max"],
  ];
  for (const [extra, expected] of cases) {
    it("refuses " + JSON.stringify(extra) + " with one line naming the key, the value and what is expected", () => {
      const p = problems(extra);
      assert.strictEqual(p.length, 1, p.join("\n"));
      assert.ok(p[0].startsWith("ctrl/modopts.ini [dyndns_service] "), p[0]);
      assert.ok(p[0].includes(expected), p[0] + "\n  should include: " + expected);
    });
  }

  it("never shows the secret, even a wrong one", () => {
    const p = problems({ tsig_secret: "s3cret-but-not-base64" });
    assert.ok(!p.join("\n").includes("s3cret"));
  });

  it("reports every problem at once, one line each", () => {
    const p = problems({ zone: undefined, dns_port: "x", ttl: "y", allow_private: "z" });
    assert.strictEqual(p.length, 4, p.join("\n"));
  });

  it("says once that the section is missing", () => {
    const raw = rawSettings();
    raw.missing = "/sbbs/ctrl/modopts.ini: no [dyndns_service] section";
    assert.deepStrictEqual(validateServiceSettings(raw), { ok: false, problems: [raw.missing], warnings: [] });
  });

  it("warns about unknown keys and keeps the first of a key, verbatim", () => {
    const values = { zone: "bbs.test", Zone: "other.test", tsig_key: "k", tsig_secret: SECRET, ttl: "0120", colour: "blue", dns_port: "  " };
    const raw = collectSettings("x", Object.keys(values), (k) => values[k]);
    assert.deepStrictEqual(raw.values, { zone: "bbs.test", tsig_key: "k", tsig_secret: SECRET, ttl: "0120" });
    assert.deepStrictEqual(raw.unknown, ["colour"]);
    const r = validateServiceSettings(raw);
    assert.ok(r.ok);
    assert.strictEqual(r.settings.ttl, 120, "0120 is decimal, not octal");
    assert.deepStrictEqual(r.warnings, ["x: unknown key 'colour' ignored (known: " + SETTING_KEYS.join(", ") + ")"]);
  });
});

describe("service settings: the exact lines and the boundaries", () => {
  const SOURCE = "ctrl/modopts.ini [dyndns_service] ";
  const MAX_TTL = "2147483647";
  const WAITS = "(this dyndns.js waits at most 10 s for the outcome, Synchronet's stock one 30 s)";

  // key, where it lands, lowest and highest value taken, what the line says is expected, other keys the value needs
  const numbers = [
    ["dns_port", (s) => s.dns.port, 1, 65535, "a whole number from 1 to 65535", {}],
    ["dns_timeout", (s) => s.dns.timeoutSeconds, 1, 8, "a whole number of seconds from 1 to 8 " + WAITS, {}],
    ["ttl", (s) => s.ttl, 1, 2147483647, "a whole number of seconds from 1 to 2147483647", { ttl_min: "1", ttl_max: MAX_TTL }],
    ["ttl_min", (s) => s.ttlMin, 1, 2147483647, "a whole number of seconds from 1 to 2147483647", { ttl: MAX_TTL, ttl_max: MAX_TTL }],
    ["ttl_max", (s) => s.ttlMax, 1, 2147483647, "a whole number of seconds from 1 to 2147483647", { ttl: "1", ttl_min: "1" }],
    ["mx_preference", (s) => s.mxPreference, 0, 65535, "a whole number from 0 to 65535", {}],
    ["min_interval", (s) => s.minInterval, 0, 86400, "a whole number of seconds from 0 to 86400 (0: none)", {}],
    ["hourly_cap", (s) => s.hourlyCap, 0, 3600, "a whole number from 0 to 3600 (0: no cap)", {}],
    ["nochg_limit", (s) => s.nochgLimit, 0, 100000, "a whole number from 0 to 100000 (0: no limit)", {}],
    ["answer_timeout", (s) => s.answerTimeout, 1, 300, "a whole number of seconds from 1 to 300", {}],
    ["stale_days", (s) => s.staleDays, 1, 3650, "a whole number of days from 1 to 3650", {}],
  ];
  for (const [key, field, min, max, expected, needs] of numbers) {
    it(key + ": takes " + min + " and " + max + ", refuses " + (min - 1) + " and " + (max + 1) + " with the exact line", () => {
      for (const n of [min, max]) {
        const r = validateServiceSettings(rawSettings(Object.assign({}, needs, { [key]: String(n) })));
        assert.ok(r.ok, key + " = " + n + ": " + JSON.stringify(r));
        assert.strictEqual(field(r.settings), n);
      }
      for (const n of [min - 1, max + 1]) {
        assert.deepStrictEqual(problems(Object.assign({}, needs, { [key]: String(n) })),
          [SOURCE + key + " = '" + n + "': expected " + expected]);
      }
    });
  }

  it("dns_timeout's bound leaves 2 s of our client's wait for the outcome (its longest wait for a line)", () => {
    assert.strictEqual(MAX_WAIT - MAX_DNS_TIMEOUT, 2);
    assert.ok(WAITS.includes("at most " + MAX_WAIT + " s"), WAITS);
  });

  it("a whole number is digits only: no sign, no decimals, no exponent", () => {
    for (const text of ["+5", "5.0", "1e3", "5s", "0x10"]) {
      assert.deepStrictEqual(problems({ dns_timeout: text }),
        [SOURCE + "dns_timeout = '" + text + "': expected a whole number of seconds from 1 to 8 " + WAITS], text);
    }
    const r = validateServiceSettings(rawSettings({ dns_timeout: "0000000007" }));
    assert.ok(r.ok, JSON.stringify(r));
    assert.strictEqual(r.settings.dns.timeoutSeconds, 7);
  });

  it("ignores spaces around every value", () => {
    const r = validateServiceSettings(rawSettings({
      zone: " BBS.Test. ", dns_server: " ns1.example.net ", dns_port: " 5353 ", dns_transport: " UDP ", tsig_key: "\tservice.key ",
      tsig_secret: " " + SECRET + " ", allow_private: " no ", ttl: " 90 ",
    }));
    assert.ok(r.ok, JSON.stringify(r));
    assert.deepStrictEqual([r.settings.zone, r.settings.dns.server, r.settings.dns.port, r.settings.dns.transport, r.settings.dns.key.name],
      ["bbs.test", "ns1.example.net", 5353, "udp", "service.key"]);
    assert.strictEqual(r.settings.dns.key.secret, "0123456789abcdef0123456789abcdef");
    assert.strictEqual(r.settings.allowPrivate, false);
    assert.strictEqual(r.settings.ttl, 90);
  });

  it("tsig_secret: 16 bytes are enough, 15 are refused with the exact line (the secret masked)", () => {
    const r = validateServiceSettings(rawSettings({ tsig_secret: Buffer.from("0123456789abcdef").toString("base64") }));
    assert.ok(r.ok, JSON.stringify(r));
    assert.strictEqual(r.settings.dns.key.secret, "0123456789abcdef");
    assert.deepStrictEqual(problems({ tsig_secret: Buffer.from("0123456789abcde").toString("base64") }),
      [SOURCE + "tsig_secret = ********: expected the key's secret in base64 (as keymgr or tsig-keygen print it), at least 16 bytes"]);
  });

  it("a missing required key: the exact line for each", () => {
    assert.deepStrictEqual(problems({ zone: undefined, tsig_key: undefined, tsig_secret: undefined }), [
      SOURCE + "zone missing: expected the DNS zone the names are published in, like bbs.example.net",
      SOURCE + "tsig_key missing: expected the TSIG key's name as the DNS server knows it, like dyndns-service.key",
      SOURCE + "tsig_secret missing: expected the key's secret in base64 (as keymgr or tsig-keygen print it), at least 16 bytes",
    ]);
  });

  it("ttl may equal ttl_min or ttl_max, not pass either", () => {
    for (const [extra, ttl] of [[{ ttl: "60" }, 60], [{ ttl: "86400" }, 86400], [{ ttl: "5", ttl_min: "5", ttl_max: "5" }, 5]]) {
      const r = validateServiceSettings(rawSettings(extra));
      assert.ok(r.ok, JSON.stringify(extra) + ": " + JSON.stringify(r));
      assert.strictEqual(r.settings.ttl, ttl);
    }
    assert.deepStrictEqual(problems({ ttl: "86401" }), [SOURCE + "ttl_min 60, ttl 86401, ttl_max 86400: expected ttl_min <= ttl <= ttl_max"]);
    assert.deepStrictEqual(problems({ ttl: "59" }), [SOURCE + "ttl_min 60, ttl 59, ttl_max 86400: expected ttl_min <= ttl <= ttl_max"]);
    assert.deepStrictEqual(problems({ ttl_min: "600", ttl: "300", ttl_max: "100" }),
      [SOURCE + "ttl_min 600, ttl 300, ttl_max 100: expected ttl_min <= ttl <= ttl_max"]);
  });
});
