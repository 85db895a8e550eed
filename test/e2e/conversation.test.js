"use strict";
// The scenario matrix on the built file. scenario() runs each on the emulator and on the real
// jsexec (services on their own loopback addresses) and fails when the two show anything
// differently; the tests marked (vm) need a trap only the emulator can inject (a names table,
// socket records, log levels, a timed event, an IPv6 address).
const assert = require("assert");
const { dyndns, scenario, answersOf, linesAt, FULL } = require("./harness");

const LOG_ERR = 3, LOG_WARNING = 4, LOG_INFO = 6, LOG_DEBUG = 7;
const PASSWORD_MODOPTS = { "modopts.ini": "[dyndns]\npassword = s3cret\n" };
const DYN = "dyndns.synchro.net";

function only(run, host = DYN) {
  const sessions = run.sessions[host];
  assert.strictEqual(sessions.length, 1, "one session with " + host);
  return answersOf(sessions[0]);
}

describe("conversation", function () {
  scenario("answers the full prompt set and exits 0", { argv: ["s3cret"], hosts: { [DYN]: FULL } }, (r) => {
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.deepStrictEqual(only(r), {
      "id?": "VERT", "pw?": "s3cret", "ip?": "", "ip6?": "", "mx?": "", "txt?": "Vertrauen", "loc?": "", "wc?": "", "ttl?": "",
    });
    assert.match(r.out[0], /^Synchronet DynDNS client v\d+\.\d+\.\d+$/);
    assert.ok(r.out.includes("VERT.synchro.net updated through " + r.host(DYN)), r.out.join("\n"));
  });

  scenario("answers any order and subset", { argv: ["s3cret", "-mx"], hosts: { [DYN]: ["wc?", "mx?", "pw?", "id?"] } }, (r) => {
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.deepStrictEqual(only(r), { "wc?": "", "mx?": "vert.synchro.net", "pw?": "s3cret", "id?": "VERT" });
  });

  scenario("answers an unknown prompt with an empty line and shows it as received", { argv: ["s3cret"], hosts: { [DYN]: ["id?", "srv?", "pw?"] } }, (r) => {
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.strictEqual(only(r)["srv?"], "");
    assert.ok(r.err.includes("received: srv?"), "INFO reaches a terminal's stderr");
  });

  scenario("the password at -L7: what is sent shows with the password masked", {
    argv: ["s3cret"], logLevel: 7, hosts: { [DYN]: ["id?", "pw?"] },
  }, (r) => {
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.deepStrictEqual(r.err.filter((l) => /^sent/.test(l)), ["sent: VERT (for id?)", "sent: ******** (for pw?)"]);
    assert.deepStrictEqual(r.err.filter((l) => /^received/.test(l)), ["received: id?", "received: pw?", "received: ok"]);
    assert.ok(!r.all.includes("s3cret"), r.all);
  });

  it("logs what it sends at DEBUG and what it receives at INFO (vm)", async () => {
    const r = await dyndns({ argv: ["s3cret"], hosts: { [DYN]: ["id?", "pw?"] } });
    assert.deepStrictEqual(linesAt(r, LOG_DEBUG).filter((l) => /^sent/.test(l)), ["sent: VERT (for id?)", "sent: ******** (for pw?)"]);
    assert.deepStrictEqual(linesAt(r, LOG_INFO).filter((l) => /^received/.test(l)), ["received: id?", "received: pw?", "received: ok"]);
  });

  it("asks for the default port 8467 by name (vm)", async () => {
    const r = await dyndns({ argv: ["s3cret"], hosts: { [DYN]: FULL } });
    const connects = r.sockets.filter((s) => s.op === "connect");
    assert.strictEqual(connects[0].host, DYN);
    assert.strictEqual(connects[0].port, 8467);
    assert.strictEqual(typeof connects[0].timeout, "number");
  });

  scenario("-q silences sent and received lines but not the outcome", { argv: ["s3cret", "-q"], logLevel: 7, hosts: { [DYN]: ["id?", "pw?"] } }, (r) => {
    assert.strictEqual(r.exitCode, 0);
    assert.deepStrictEqual(r.err, []);
    assert.ok(r.out.some((l) => /updated through/.test(l)));
  });

  scenario("-q keeps errors", { argv: ["s3cret", "-q"], hosts: { [DYN]: ["id?", { send: "Bad password", close: true }] } }, (r) => {
    assert.strictEqual(r.exitCode, 1);
    assert.deepStrictEqual(r.err, [r.host(DYN) + " rejected the update: Bad password"]);
  });

  it("-q keeps errors at LOG_ERR (vm)", async () => {
    const r = await dyndns({ argv: ["s3cret", "-q"], hosts: { [DYN]: ["id?", { send: "Bad password", close: true }] } });
    assert.deepStrictEqual(linesAt(r, LOG_ERR), ["dyndns.synchro.net rejected the update: Bad password"]);
  });

  scenario("a rejection is shown, no further host is tried, exit 1, visible from cron", {
    argv: ["s3cret"], stdinTty: false,
    hosts: { [DYN]: ["id?", "pw?", { send: "Invalid password for VERT", close: true }], "rob.synchro.net": FULL },
  }, (r) => {
    assert.strictEqual(r.exitCode, 1);
    assert.deepStrictEqual(r.err, [r.host(DYN) + " rejected the update: Invalid password for VERT"]);
    assert.strictEqual(r.sessions["rob.synchro.net"].length, 0);
  });

  scenario("server text is shown with control characters escaped", {
    argv: ["s3cret"], stdinTty: false,
    hosts: { [DYN]: [{ raw: Buffer.from("Bad\u0000 \u001b[31mred\u0007\r\n"), close: true }] },
  }, (r) => {
    assert.strictEqual(r.exitCode, 1);
    assert.deepStrictEqual(r.err, [r.host(DYN) + " rejected the update: Bad\\x00 \\x1B[31mred\\x07"]);
  });

  scenario("the password never appears in any output at any level, even echoed by the server", {
    argv: ["s3cret", "-mx"], logLevel: 7,
    hosts: { [DYN]: ["id?", "pw?", { send: "password s3cret is wrong", close: true }] },
  }, (r) => {
    assert.strictEqual(r.exitCode, 1);
    assert.ok(!r.all.includes("s3cret"), r.all);
    assert.ok(r.all.includes("password ******** is wrong"));
  });
});

describe("command line and modopts", function () {
  const base = (over) => Object.assign({ hosts: { [DYN]: FULL } }, over);

  scenario("every command-line option", base({ argv: ["s3cret", "203.0.113.7", "-mx", "mail.example.com", "-hn", "mybbs", "-ip6", "2600:3c00::1"] }), (r) => {
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.deepStrictEqual(only(r), {
      "id?": "mybbs", "pw?": "s3cret", "ip?": "203.0.113.7", "ip6?": "2600:3c00::1", "mx?": "mail.example.com",
      "txt?": "Vertrauen", "loc?": "", "wc?": "", "ttl?": "",
    });
  });

  scenario("every modopts key", base({
    files: {
      "modopts.ini": [
        "[other]", "password = nope", "[dyndns]", "password = s3cret", "mx = mx.example.com", "ip = 198.51.100.2",
        "ip6 = 2a01:4f8::2", "txt = My BBS; est. 1994", "loc = 52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m",
        "wildcard = yes", "ttl = 300", "port = 8467", "timeout = 30", "hosts = dyndns.synchro.net, rob.synchro.net", "",
      ].join("\n"),
    },
  }), (r) => {
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
    scenario("modopts " + line + " alone", base({ files: { "modopts.ini": "[dyndns]\npassword = s3cret\n" + line + "\n" } }), (r) => {
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
    scenario("command line " + words.join(" ") + " alone", base({ argv: ["s3cret"].concat(words) }), (r) => {
      assert.strictEqual(r.exitCode, 0, r.all);
      assert.deepStrictEqual(only(r), Object.assign({}, DEFAULTS, { [prompt]: answer }));
    });
  }

  scenario("the command line beats modopts", base({
    argv: ["cli-pw", "192.0.2.9", "-mx", "a.example.com", "-ip6", "2600::9"],
    files: { "modopts.ini": "[dyndns]\npassword = mod-pw\nmx = b.example.com\nip = 198.51.100.2\nip6 = 2600::1\n" },
  }), (r) => {
    const a = only(r);
    assert.deepStrictEqual([a["pw?"], a["ip?"], a["mx?"], a["ip6?"]], ["cli-pw", "192.0.2.9", "a.example.com", "2600::9"]);
  });

  scenario("with a modopts password, a lone plain argument is the IPv4 address", base({ argv: ["192.0.2.9"], files: PASSWORD_MODOPTS }), (r) => {
    const a = only(r);
    assert.deepStrictEqual([a["pw?"], a["ip?"]], ["s3cret", "192.0.2.9"]);
  });

  scenario("values reach the server verbatim (0123, 007.50)", base({ files: { "modopts.ini": "[dyndns]\npassword = 0123\ntxt = 007.50\n" } }), (r) => {
    assert.strictEqual(r.exitCode, 0, r.all);
    const a = only(r);
    assert.deepStrictEqual([a["pw?"], a["txt?"]], ["0123", "007.50"]);
  });

  for (const [label, argv, mx] of [
    ["-mx last", ["s3cret", "-mx"], "vert.synchro.net"],
    ["-mx before another option", ["s3cret", "-mx", "-q"], "vert.synchro.net"],
    ["-mx with -hn", ["s3cret", "-mx", "-hn", "other"], "other.synchro.net"],
  ]) {
    scenario(label + " points the MX back at our own name", base({ argv }), (r) => {
      assert.strictEqual(only(r)["mx?"], mx);
    });
  }

  for (const [label, argv] of [["-ip6 last", ["s3cret", "-ip6"]], ["-ip6 before another option", ["s3cret", "-ip6", "-mx"]]]) {
    it(label + " publishes this machine's global IPv6 address (vm)", async () => {
      const r = await dyndns(base({ argv, ipv6Local: "2600:3c00::f03c:91ff:fe93:1" }));
      assert.strictEqual(r.exitCode, 0, r.all);
      assert.strictEqual(only(r)["ip6?"], "2600:3c00::f03c:91ff:fe93:1");
    });
  }

  it("-ip6 alone without a global IPv6 address: one warning, no AAAA, update goes on (vm)", async () => {
    const r = await dyndns(base({ argv: ["s3cret", "-ip6"], ipv6Local: "fd12:3456::1" }));
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.strictEqual(only(r)["ip6?"], "");
    assert.strictEqual(linesAt(r, LOG_WARNING).length, 1);
    assert.match(linesAt(r, LOG_WARNING)[0], /no global IPv6 address/);
  });

  scenario("-ip6 alone with no IPv6 route to the service: one warning, the update goes on", base({ argv: ["s3cret", "-ip6"], stdinTty: false }), (r) => {
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.strictEqual(only(r)["ip6?"], "");
    assert.strictEqual(r.err.length, 1, r.err.join("\n"));
    assert.match(r.err[0], /no global IPv6 address/);
  });

  scenario("reads ctrl/modopts/dyndns.ini before modopts.ini", base({
    files: { "modopts/dyndns.ini": "password = per-module\nmx = a.example.com\n", "modopts.ini": "[dyndns]\npassword = shared\n" },
  }), (r) => {
    assert.deepStrictEqual([only(r)["pw?"], only(r)["mx?"]], ["per-module", "a.example.com"]);
  });

  scenario("follows !include in modopts.ini", base({
    files: {
      "modopts.ini": "; stock header\n!include modopts.d/*.ini\n[dyndns]\npassword =\n",
      "modopts.d/dyndns.ini": "[dyndns]\npassword = included\nwildcard = on\n",
    },
    routeIn: "modopts.d/dyndns.ini",
  }), (r) => {
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.deepStrictEqual([only(r)["pw?"], only(r)["wc?"]], ["included", "true"]);
  });

  scenario("!include with a glob matching several files: the alphabetically last file's [dyndns] wins", base({
    files: {
      "modopts.ini": "!include modopts.d/*.ini\n[dyndns]\npassword = stock\n",
      "modopts.d/a-first.ini": "[dyndns]\npassword = from-a\nmx = mx.a.example.com\n",
      "modopts.d/m-middle.ini": "[misc]\nx = 1\n",
      "modopts.d/z-last.ini": "[dyndns]\npassword = from-z\n",
    },
    routeIn: "modopts.d/z-last.ini",
  }), (r) => {
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.deepStrictEqual([only(r)["pw?"], only(r)["mx?"]], ["from-z", ""], "only the first [dyndns] in the merged text counts");
  });

  scenario("the stock [dyndns] section with blank values changes nothing", base({
    argv: ["s3cret"], files: { "modopts.ini": "[dyndns]\npassword =\nmx =\nip =\nip6 =\ntxt =\nloc =\nwildcard =\n" },
  }), (r) => {
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.strictEqual(only(r)["txt?"], "Vertrauen");
  });

  scenario("warns of an unknown modopts key", base({ stdinTty: false, files: { "modopts.ini": "[dyndns]\npassword = s3cret\npasword = typo\n" } }), (r) => {
    assert.strictEqual(r.exitCode, 0);
    assert.ok(r.err.some((l) => /unknown key 'pasword' ignored/.test(l)), r.err.join("\n"));
  });

  scenario("leaves modopts.ini as it was (opened read-only)", base({ files: PASSWORD_MODOPTS }), (r) => {
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.match(r.ctrlBefore["modopts.ini"], /password = s3cret/);
    assert.strictEqual(r.ctrlAfter["modopts.ini"], r.ctrlBefore["modopts.ini"]);
  });
});

describe("bad input: exit 2, one line, nothing sent", function () {
  const cases = [
    [["-zap"], {}, /^option -zap: unknown/],
    [[], {}, /^password: missing/],
    [["pw", "-hn", "no_good"], {}, /^option -hn 'no_good': expected one DNS label \(letters, digits and inner hyphens, at most 63\)$/],
    [["pw", "-hn"], {}, /^option -hn: expected a host name/],
    [["pw", "1.2.3.256"], {}, /^the IPv4 argument '1.2.3.256': expected an IPv4 address/],
    [["pw", "-ip6", "2001:::1"], {}, /^the IPv4 argument \(the word after -ip6, which took none: it is not an IPv6 address\) '2001:::1': expected an IPv4 address/],
    [["pw", "-mx", "bad_mx"], {}, /^the IPv4 argument \(the word after -mx, which took none: it is not a host name with at least two labels\) 'bad_mx': expected an IPv4 address/],
    [["pw"], { "modopts.ini": "[dyndns]\ntxt = " + "x".repeat(256) + "\n" }, /^modopts key txt .*expected at most 255 characters/],
    [["pw"], { "modopts.ini": "[dyndns]\nloc = here\n" }, /^modopts key loc .* 'here': expected an RFC 1876 location/],
    [["pw"], { "modopts.ini": "[dyndns]\nwildcard = maybe\n" }, /^modopts key wildcard .* 'maybe': expected true, false/],
    [["pw"], { "modopts.ini": "[dyndns]\nttl = 5\n" }, /^modopts key ttl .* '5': expected whole seconds from 30/],
    [["pw"], { "modopts.ini": "[dyndns]\ntimeout = forever\n" }, /^modopts key timeout .* 'forever': expected whole seconds/],
    [["p\u0007w"], {}, /^the password argument \*{8}: expected no control characters/],
  ];
  for (const [argv, files, pattern] of cases) {
    scenario(JSON.stringify(argv) + " " + Object.values(files).join(" ").slice(0, 40), { argv, files, stdinTty: false, hosts: { [DYN]: FULL } }, (r) => {
      assert.strictEqual(r.exitCode, 2, r.all);
      assert.strictEqual(r.err.length, 1, r.err.join("\n"));
      assert.match(r.err[0], pattern);
      assert.strictEqual(r.sessions[DYN].length, 0, "nothing reached the server");
    });
  }

  // port and hosts are where the harness points the module: these two name their own.
  const own = [
    ["[dyndns]\nport = 0\nhosts = 127.0.0.2\n", /^modopts key port .* '0': expected a whole number from 1 to 65535/],
    ["[dyndns]\nhosts = a b\n", /^modopts key hosts .*expected a comma-separated list/],
  ];
  for (const [modopts, pattern] of own) {
    scenario(JSON.stringify(modopts), { argv: ["pw"], files: { "modopts.ini": modopts }, stdinTty: false }, (r) => {
      assert.strictEqual(r.exitCode, 2, r.all);
      assert.strictEqual(r.err.length, 1, r.err.join("\n"));
      assert.match(r.err[0], pattern);
    });
  }

  it("no connection is attempted on bad input (vm)", async () => {
    const r = await dyndns({ argv: ["pw", "-mx", "bad_mx"], hosts: { [DYN]: FULL } });
    assert.strictEqual(r.exitCode, 2);
    assert.deepStrictEqual(r.sockets.filter((s) => s.op === "connect"), []);
  });

  scenario("empty QWK-ID and no -hn", { argv: ["pw"], stdinTty: false, system: { qwk_id: "" }, hosts: { [DYN]: FULL } }, (r) => {
    assert.strictEqual(r.exitCode, 2);
    assert.match(r.err[0], /^system\.qwk_id: empty/);
  });
});

describe("-help and -n", function () {
  for (const word of ["-help", "-?", "--help", "-HELP"]) {
    scenario(word + " prints usage, exits 0, connects to nothing", { argv: [word], hosts: { [DYN]: FULL } }, (r) => {
      assert.strictEqual(r.exitCode, 0);
      assert.ok(r.out.some((l) => /usage: \?dyndns \[password\] \[ipv4\] \[options\]/.test(l)), r.out.join("\n"));
      assert.strictEqual(r.sessions[DYN].length, 0);
    });
  }

  scenario("-n prints settings and answers, masks the password, connects to nothing", {
    argv: ["-n", "-mx", "-ip6"], files: PASSWORD_MODOPTS, hosts: { [DYN]: FULL },
  }, (r) => {
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.strictEqual(r.sessions[DYN].length, 0);
    assert.match(r.stdout, /id\?   -> VERT/);
    assert.match(r.stdout, /pw\?   -> \*{8}/);
    assert.match(r.stdout, /mx\?   -> vert\.synchro\.net/);
    assert.ok(!r.all.includes("s3cret"));
  });

  it("-n with -ip6 alone (vm)", async () => {
    const r = await dyndns({ argv: ["-n", "-mx", "-ip6"], files: PASSWORD_MODOPTS, hosts: { [DYN]: FULL } });
    assert.strictEqual(r.exitCode, 0, r.all);
    assert.strictEqual(r.sockets.length, 0);
  });
});

describe("settings refused by the built file: one line, exit 2, nothing sent", function () {
  // Where the module would go if it took the value: addresses where nothing listens (127.0.1/24).
  const NOWHERE = "hosts = 127.0.1.9\n";
  const refused = (lines) => ({ files: { "modopts.ini": "[dyndns]\npassword = s3cret\n" + lines }, stdinTty: false });
  const check = (key, value, expected) => (r) => {
    assert.strictEqual(r.exitCode, 2, r.all);
    assert.deepStrictEqual(r.err, ["modopts key " + key + " (" + r.ctrlDir + "/modopts.ini [dyndns]) " + value + ": expected " + expected]);
    assert.deepStrictEqual(r.out, [r.out[0]], "only the banner on stdout");
  };
  for (const value of ["300.5", "+300", "-300", "3e2", "300.0"]) {
    scenario("ttl = " + value, refused(NOWHERE + "ttl = " + value + "\n"), check("ttl", "'" + value + "'", "whole seconds from 30 to 604800"));
  }
  for (const value of ["30.5", "+30", "0x1E"]) {
    scenario("timeout = " + value, refused(NOWHERE + "timeout = " + value + "\n"), check("timeout", "'" + value + "'", "whole seconds from 2 to 600"));
  }
  for (const value of ["8467.0", "-8467"]) {
    scenario("port = " + value, refused(NOWHERE + "port = " + value + "\n"), check("port", "'" + value + "'", "a whole number from 1 to 65535"));
  }
  const seventeen = Array.from({ length: 17 }, (_, i) => "127.0.1." + (i + 10)).join(", ");
  scenario("17 hosts", refused("hosts = " + seventeen + "\n"), check("hosts", "'" + seventeen + "'", "at most 16 hosts"));
  // key: value lines decode C escapes (Synchronet's xpdev/ini_file.c): a real CR LF inside the value
  scenario("a line break in txt (txt: Vert\\r\\nrauen)", refused(NOWHERE + "txt: Vert\\r\\nrauen\n"),
    check("txt", "'Vert\\r\\nrauen'", "at most 255 characters of text on one line"));
  scenario("a line break in the password (password: s3c\\nret, shown masked)", { files: { "modopts.ini": "[dyndns]\n" + NOWHERE + "password: s3c\\nret\n" }, stdinTty: false },
    check("password", "********", "no control characters"));
});
