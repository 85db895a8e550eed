"use strict";
// The scenario matrix on the built file, in the emulator's jsexec and timed-event contexts.
const assert = require("assert");
const { dyndns, answersOf, linesAt, FULL } = require("./harness");

const LOG_ERR = 3, LOG_WARNING = 4, LOG_INFO = 6, LOG_DEBUG = 7;
const PASSWORD_MODOPTS = { "modopts.ini": "[dyndns]\npassword = s3cret\n" };

function only(run, host = "dyndns.synchro.net") {
  const sessions = run.sessions[host];
  assert.strictEqual(sessions.length, 1, "one session with " + host);
  return answersOf(sessions[0]);
}

describe("conversation (vm, jsexec)", function () {
  it("answers the full prompt set and exits 0", async () => {
    const r = await dyndns({ argv: ["s3cret"], hosts: { "dyndns.synchro.net": FULL } });
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.deepStrictEqual(only(r), {
      "id?": "VERT", "pw?": "s3cret", "ip?": "", "ip6?": "", "mx?": "", "txt?": "Vertrauen", "loc?": "", "wc?": "", "ttl?": "",
    });
    assert.match(r.stdout, /^Synchronet DynDNS client v\d+\.\d+\.\d+\n/);
    assert.match(r.stdout, /VERT\.synchro\.net updated through dyndns\.synchro\.net/);
  });

  it("asks for the default port 8467", async () => {
    const r = await dyndns({ argv: ["s3cret"], hosts: { "dyndns.synchro.net": FULL } });
    const connects = r.sockets.filter((s) => s.op === "connect");
    assert.strictEqual(connects[0].host, "dyndns.synchro.net");
    assert.strictEqual(connects[0].port, 8467);
    assert.strictEqual(typeof connects[0].timeout, "number");
  });

  it("answers any order and subset", async () => {
    const r = await dyndns({ argv: ["s3cret", "-mx"], hosts: { "dyndns.synchro.net": ["wc?", "mx?", "pw?", "id?"] } });
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.deepStrictEqual(only(r), { "wc?": "", "mx?": "vert.synchro.net", "pw?": "s3cret", "id?": "VERT" });
  });

  it("answers an unknown prompt with an empty line and logs it as received", async () => {
    const r = await dyndns({ argv: ["s3cret"], hosts: { "dyndns.synchro.net": ["id?", "srv?", "pw?"] } });
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.strictEqual(only(r)["srv?"], "");
    assert.ok(linesAt(r, LOG_INFO).includes("received: srv?"));
  });

  it("logs what it sends at DEBUG with the password masked, and what it receives at INFO", async () => {
    const r = await dyndns({ argv: ["s3cret"], hosts: { "dyndns.synchro.net": ["id?", "pw?"] } });
    assert.deepStrictEqual(linesAt(r, LOG_DEBUG).filter((l) => /^sent/.test(l)), ["sent: VERT (for id?)", "sent: ******** (for pw?)"]);
    assert.deepStrictEqual(linesAt(r, LOG_INFO).filter((l) => /^received/.test(l)), ["received: id?", "received: pw?", "received: ok"]);
  });

  it("-q silences sent and received lines but not the outcome", async () => {
    const r = await dyndns({ argv: ["s3cret", "-q"], hosts: { "dyndns.synchro.net": ["id?", "pw?"] } });
    assert.strictEqual(r.exitCode, 0);
    assert.deepStrictEqual(linesAt(r, LOG_DEBUG), []);
    assert.deepStrictEqual(linesAt(r, LOG_INFO), []);
    assert.match(r.stdout, /updated through/);
  });

  it("-q keeps errors", async () => {
    const r = await dyndns({ argv: ["s3cret", "-q"], hosts: { "dyndns.synchro.net": ["id?", { send: "Bad password", close: true }] } });
    assert.strictEqual(r.exitCode, 1);
    assert.deepStrictEqual(linesAt(r, LOG_ERR), ["dyndns.synchro.net rejected the update: Bad password"]);
  });

  it("a rejection is shown, no further host is tried, exit 1", async () => {
    const r = await dyndns({
      argv: ["s3cret"],
      hosts: { "dyndns.synchro.net": ["id?", "pw?", { send: "Invalid password for VERT", close: true }], "rob.synchro.net": FULL },
    });
    assert.strictEqual(r.exitCode, 1);
    assert.deepStrictEqual(linesAt(r, LOG_ERR), ["dyndns.synchro.net rejected the update: Invalid password for VERT"]);
    assert.strictEqual(r.sessions["rob.synchro.net"].length, 0);
    assert.match(r.stderr, /rejected the update: Invalid password for VERT/, "errors reach stderr even from cron");
  });

  it("server text is shown with control characters escaped", async () => {
    const r = await dyndns({
      argv: ["s3cret"],
      hosts: { "dyndns.synchro.net": [{ raw: Buffer.from("Bad\u0000 \u001b[31mred\u0007\r\n"), close: true }] },
    });
    assert.strictEqual(r.exitCode, 1);
    assert.deepStrictEqual(linesAt(r, LOG_ERR), ["dyndns.synchro.net rejected the update: Bad\\x00 \\x1B[31mred\\x07"]);
  });

  it("the password never appears in any output at any level, even echoed by the server", async () => {
    const r = await dyndns({
      argv: ["s3cret", "-mx"],
      hosts: { "dyndns.synchro.net": ["id?", "pw?", { send: "password s3cret is wrong", close: true }] },
    });
    assert.strictEqual(r.exitCode, 1);
    assert.ok(!r.all.includes("s3cret"), r.all);
    assert.ok(r.all.includes("password ******** is wrong"));
  });
});

describe("command line and modopts (vm)", function () {
  const base = (over) => Object.assign({ hosts: { "dyndns.synchro.net": FULL } }, over);

  it("every command-line option", async () => {
    const r = await dyndns(base({ argv: ["s3cret", "203.0.113.7", "-mx", "mail.example.com", "-hn", "mybbs", "-ip6", "2600:3c00::1"] }));
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.deepStrictEqual(only(r), {
      "id?": "mybbs", "pw?": "s3cret", "ip?": "203.0.113.7", "ip6?": "2600:3c00::1", "mx?": "mail.example.com",
      "txt?": "Vertrauen", "loc?": "", "wc?": "", "ttl?": "",
    });
  });

  it("every modopts key", async () => {
    const r = await dyndns(base({
      files: {
        "modopts.ini": [
          "[other]", "password = nope", "[dyndns]", "password = s3cret", "mx = mx.example.com", "ip = 198.51.100.2",
          "ip6 = 2a01:4f8::2", "txt = My BBS; est. 1994", "loc = 52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m",
          "wildcard = yes", "ttl = 300", "port = 8467", "timeout = 30", "hosts = dyndns.synchro.net, rob.synchro.net", "",
        ].join("\n"),
      },
    }));
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.deepStrictEqual(only(r), {
      "id?": "VERT", "pw?": "s3cret", "ip?": "198.51.100.2", "ip6?": "2a01:4f8::2", "mx?": "mx.example.com", "txt?": "My BBS; est. 1994",
      "loc?": "52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m", "wc?": "true", "ttl?": "300",
    });
  });

  const DEFAULTS = { "id?": "VERT", "pw?": "s3cret", "ip?": "", "ip6?": "", "mx?": "", "txt?": "Vertrauen", "loc?": "", "wc?": "", "ttl?": "" };
  const alone = [
    ["mx = mail.example.com", "mx?", "mail.example.com"],
    ["ip = 192.0.2.1", "ip?", "192.0.2.1"],
    ["ip6 = 2600:3c00::1", "ip6?", "2600:3c00::1"],
    ["txt = Hello, world", "txt?", "Hello, world"],
    ["loc = 42 21 54 N 71 06 18 W -24m 30m", "loc?", "42 21 54 N 71 06 18 W -24m 30m"],
    ["wildcard = true", "wc?", "true"],
    ["wildcard = off", "wc?", ""],
    ["ttl = 600", "ttl?", "600"],
  ];
  for (const [line, prompt, answer] of alone) {
    it("modopts " + line + " alone", async () => {
      const r = await dyndns(base({ files: { "modopts.ini": "[dyndns]\npassword = s3cret\n" + line + "\n" } }));
      assert.strictEqual(r.exitCode, 0, r.all);
      assert.deepStrictEqual(only(r), Object.assign({}, DEFAULTS, { [prompt]: answer }));
    });
  }
  const options = [
    [["192.0.2.1"], "ip?", "192.0.2.1"],
    [["-mx", "mail.example.com"], "mx?", "mail.example.com"],
    [["-hn", "other"], "id?", "other"],
    [["-ipv6", "2600:3c00::2"], "ip6?", "2600:3c00::2"],
  ];
  for (const [words, prompt, answer] of options) {
    it("command line " + words.join(" ") + " alone", async () => {
      const r = await dyndns(base({ argv: ["s3cret"].concat(words) }));
      assert.strictEqual(r.exitCode, 0, r.all);
      assert.deepStrictEqual(only(r), Object.assign({}, DEFAULTS, { [prompt]: answer }));
    });
  }

  it("the command line beats modopts", async () => {
    const r = await dyndns(base({
      argv: ["cli-pw", "192.0.2.9", "-mx", "a.example.com", "-ip6", "2600::9"],
      files: { "modopts.ini": "[dyndns]\npassword = mod-pw\nmx = b.example.com\nip = 198.51.100.2\nip6 = 2600::1\n" },
    }));
    const a = only(r);
    assert.deepStrictEqual([a["pw?"], a["ip?"], a["mx?"], a["ip6?"]], ["cli-pw", "192.0.2.9", "a.example.com", "2600::9"]);
  });

  it("with a modopts password, a lone plain argument is the IPv4 address", async () => {
    const r = await dyndns(base({ argv: ["192.0.2.9"], files: PASSWORD_MODOPTS }));
    const a = only(r);
    assert.deepStrictEqual([a["pw?"], a["ip?"]], ["s3cret", "192.0.2.9"]);
  });

  it("values reach the server verbatim (0123, 007.50)", async () => {
    const r = await dyndns(base({ files: { "modopts.ini": "[dyndns]\npassword = 0123\ntxt = 007.50\n" } }));
    assert.strictEqual(r.exitCode, 0, r.all);
    const a = only(r);
    assert.deepStrictEqual([a["pw?"], a["txt?"]], ["0123", "007.50"]);
  });

  for (const [label, argv, mx] of [
    ["-mx last", ["s3cret", "-mx"], "vert.synchro.net"],
    ["-mx before another option", ["s3cret", "-mx", "-q"], "vert.synchro.net"],
    ["-mx with -hn", ["s3cret", "-mx", "-hn", "other"], "other.synchro.net"],
  ]) {
    it(label + " points the MX back at our own name", async () => {
      const r = await dyndns(base({ argv }));
      assert.strictEqual(only(r)["mx?"], mx);
    });
  }

  for (const [label, argv] of [["-ip6 last", ["s3cret", "-ip6"]], ["-ip6 before another option", ["s3cret", "-ip6", "-mx"]]]) {
    it(label + " publishes this machine's global IPv6 address", async () => {
      const r = await dyndns(base({ argv, ipv6Local: "2600:3c00::f03c:91ff:fe93:1" }));
      assert.strictEqual(r.exitCode, 0, r.all);
      assert.strictEqual(only(r)["ip6?"], "2600:3c00::f03c:91ff:fe93:1");
    });
  }

  it("-ip6 alone without a global IPv6 address: one warning, no AAAA, update goes on", async () => {
    const r = await dyndns(base({ argv: ["s3cret", "-ip6"], ipv6Local: "fd12:3456::1" }));
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.strictEqual(only(r)["ip6?"], "");
    assert.strictEqual(linesAt(r, LOG_WARNING).length, 1);
    assert.match(linesAt(r, LOG_WARNING)[0], /no global IPv6 address/);
  });

  it("-ip6 alone on a machine without IPv6: one warning", async () => {
    const r = await dyndns(base({ argv: ["s3cret", "-ip6"], ipv6Local: null }));
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.strictEqual(linesAt(r, LOG_WARNING).length, 1);
  });

  it("reads ctrl/modopts/dyndns.ini before modopts.ini", async () => {
    const r = await dyndns(base({
      files: { "modopts/dyndns.ini": "password = per-module\nmx = a.example.com\n", "modopts.ini": "[dyndns]\npassword = shared\n" },
    }));
    assert.deepStrictEqual([only(r)["pw?"], only(r)["mx?"]], ["per-module", "a.example.com"]);
  });

  it("follows !include in modopts.ini", async () => {
    const r = await dyndns(base({
      files: {
        "modopts.ini": "; stock header\n!include modopts.d/*.ini\n[dyndns]\npassword =\n",
        "modopts.d/dyndns.ini": "[dyndns]\npassword = included\nwildcard = on\n",
      },
    }));
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.deepStrictEqual([only(r)["pw?"], only(r)["wc?"]], ["included", "true"]);
  });

  it("the stock [dyndns] section with blank values changes nothing", async () => {
    const r = await dyndns(base({ argv: ["s3cret"], files: { "modopts.ini": "[dyndns]\npassword =\nmx =\nip =\nip6 =\ntxt =\nloc =\nwildcard =\n" } }));
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.strictEqual(only(r)["txt?"], "Vertrauen");
  });

  it("warns of an unknown modopts key", async () => {
    const r = await dyndns(base({ files: { "modopts.ini": "[dyndns]\npassword = s3cret\npasword = typo\n" } }));
    assert.strictEqual(r.exitCode, 0);
    assert.ok(linesAt(r, LOG_WARNING).some((l) => /unknown key 'pasword' ignored/.test(l)));
  });

  it("leaves modopts.ini as it was (opened read-only)", async () => {
    const fs = require("fs");
    const path = require("path");
    const r = await dyndns(base({ files: PASSWORD_MODOPTS }));
    assert.strictEqual(r.exitCode, 0);
    assert.strictEqual(fs.readFileSync(path.join(r.ctrlDir, "modopts.ini"), "utf8"), PASSWORD_MODOPTS["modopts.ini"]);
  });
});

describe("bad input: exit 2, one line, nothing sent (vm)", function () {
  const cases = [
    [["-zap"], {}, /^option -zap: unknown/],
    [[], {}, /^password: missing/],
    [["pw", "-hn", "no_good"], {}, /^option -hn: expected a host name after it \(one DNS label/],
    [["pw", "-hn"], {}, /^option -hn: expected a host name/],
    [["pw", "1.2.3.256"], {}, /^the IPv4 argument '1.2.3.256': expected an IPv4 address/],
    [["pw", "-ip6", "2001:::1"], {}, /^the IPv4 argument \(the word after -ip6, which took none: it is not an IPv6 address\) '2001:::1': expected an IPv4 address/],
    [["pw", "-mx", "bad_mx"], {}, /^the IPv4 argument \(the word after -mx, which took none: it is not a host name with at least two labels\) 'bad_mx': expected an IPv4 address/],
    [["pw"], { "modopts.ini": "[dyndns]\ntxt = " + "x".repeat(256) + "\n" }, /^modopts key txt .*expected at most 255 characters/],
    [["pw"], { "modopts.ini": "[dyndns]\nloc = here\n" }, /^modopts key loc .* 'here': expected an RFC 1876 location/],
    [["pw"], { "modopts.ini": "[dyndns]\nwildcard = maybe\n" }, /^modopts key wildcard .* 'maybe': expected true, false/],
    [["pw"], { "modopts.ini": "[dyndns]\nttl = 5\n" }, /^modopts key ttl .* '5': expected whole seconds from 30/],
    [["pw"], { "modopts.ini": "[dyndns]\nport = 0\n" }, /^modopts key port .* '0': expected a whole number from 1 to 65535/],
    [["pw"], { "modopts.ini": "[dyndns]\ntimeout = forever\n" }, /^modopts key timeout .* 'forever': expected whole seconds/],
    [["pw"], { "modopts.ini": "[dyndns]\nhosts = a b\n" }, /^modopts key hosts .*expected a comma-separated list/],
    [["p\u0007w"], {}, /^the password argument \*{8}: expected no control characters/],
  ];
  for (const [argv, files, pattern] of cases) {
    it(JSON.stringify(argv) + " " + Object.values(files).join(" ").slice(0, 40), async () => {
      const r = await dyndns({ argv, files, hosts: { "dyndns.synchro.net": FULL } });
      assert.strictEqual(r.exitCode, 2, r.all);
      const errors = linesAt(r, LOG_ERR);
      assert.strictEqual(errors.length, 1, r.all);
      assert.match(errors[0], pattern);
      assert.strictEqual(r.sessions["dyndns.synchro.net"].length, 0, "nothing reached the server");
      assert.deepStrictEqual(r.sockets.filter((s) => s.op === "connect"), [], "no connection attempted");
    });
  }

  it("empty QWK-ID and no -hn", async () => {
    const r = await dyndns({ argv: ["pw"], system: { qwk_id: "" }, hosts: { "dyndns.synchro.net": FULL } });
    assert.strictEqual(r.exitCode, 2);
    assert.match(linesAt(r, LOG_ERR)[0], /^system\.qwk_id: empty/);
  });
});

describe("-help and -n (vm)", function () {
  for (const word of ["-help", "-?", "--help", "-HELP"]) {
    it(word + " prints usage, exits 0, connects to nothing", async () => {
      const r = await dyndns({ argv: [word], hosts: { "dyndns.synchro.net": FULL } });
      assert.strictEqual(r.exitCode, 0);
      assert.match(r.stdout, /usage: \?dyndns \[password\] \[ipv4\] \[options\]/);
      assert.strictEqual(r.sockets.length, 0);
    });
  }

  it("-n prints settings and answers, masks the password, connects to nothing", async () => {
    const r = await dyndns({ argv: ["-n", "-mx", "-ip6"], files: PASSWORD_MODOPTS, hosts: { "dyndns.synchro.net": FULL } });
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.strictEqual(r.sockets.length, 0);
    assert.match(r.stdout, /id\?   -> VERT/);
    assert.match(r.stdout, /pw\?   -> \*{8}/);
    assert.match(r.stdout, /mx\?   -> vert\.synchro\.net/);
    assert.ok(!r.all.includes("s3cret"));
  });
});
