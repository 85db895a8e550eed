"use strict";
const assert = require("assert");
const { parseArgs } = require("../../../../src/client/core/settings/commandLine");
const { collectValues } = require("../../../../src/client/core/settings/modopts");
const { mergeSettings } = require("../../../../src/client/core/settings/rawSettings");
const { validateSettings } = require("../../../../src/client/core/settings/validate");
const { loadSettings } = require("../../../../src/client/core/settings/load");
const { DEFAULT_DOMAIN, DEFAULT_HOSTS, DEFAULT_PORT } = require("../../../../src/shared/core/protocol");

const SYSTEM = { qwkId: "VERT", bbsName: "Vertrauen" };
const SOURCE = "ctrl/modopts.ini [dyndns]";

const PLACE = "the [dyndns] section of ctrl/modopts.ini";

function modopts(values) {
  const entries = Object.keys(values).map((key) => ({ key, value: values[key] }));
  return { source: SOURCE, passwordPlace: PLACE, values: collectValues(entries), warnings: [] };
}

function resolve(words, values = {}) {
  const parsed = parseArgs(words);
  assert.ok(parsed.ok, parsed.error);
  return validateSettings(mergeSettings(parsed.cmd, modopts(values)), SYSTEM);
}

function settings(words, values) {
  const r = resolve(words, values);
  assert.ok(r.ok, r.error);
  return r.settings;
}

describe("collectValues", () => {
  it("keeps known values verbatim, drops blanks and unknown keys", () => {
    const v = collectValues([{ key: "Password", value: "0123" }, { key: "ttl", value: "007.50" }, { key: "mx", value: "  " }, { key: "pasword", value: "x" }]);
    assert.deepStrictEqual(v, { password: "0123", ttl: "007.50" });
  });
  it("first key wins", () => {
    assert.strictEqual(collectValues([{ key: "ip", value: "1.1.1.1" }, { key: "IP", value: "2.2.2.2" }]).ip, "1.1.1.1");
  });
  it("a blank first key still wins (as Synchronet reads it)", () => {
    assert.deepStrictEqual(collectValues([{ key: "password", value: "" }, { key: "password", value: "late" }]), {});
  });
});

describe("merging and defaults", () => {
  it("defaults", () => {
    const s = settings(["pw"]);
    delete s.origins;
    assert.deepStrictEqual(s, {
      password: "pw", id: "VERT", domain: DEFAULT_DOMAIN, ip: "", ip6: "", ip6Auto: false, mx: "", txt: "Vertrauen", loc: "", wildcard: false, ttl: "",
      hosts: DEFAULT_HOSTS, port: DEFAULT_PORT, timeout: 60,
    });
  });
  it("origins: each setting says where it came from", () => {
    const s = settings(["pw", "-mx"], { ttl: "300" });
    assert.strictEqual(s.origins.password, "the password argument");
    assert.strictEqual(s.origins.ttl, "modopts key ttl (ctrl/modopts.ini [dyndns])");
    assert.strictEqual(s.origins.mx, "option -mx alone");
    assert.strictEqual(s.origins.id, "system.qwk_id");
    assert.strictEqual(s.origins.txt, "default: system.name");
    assert.strictEqual(s.origins.hosts, "default");
    assert.strictEqual(settings(["pw", "-hn", "other"]).origins.id, "option -hn");
  });
  it("domain: the name updated and -mx alone follow it", () => {
    const s = settings(["pw", "-mx"], { domain: "Example.ORG.", hosts: "dyndns.example.org" });
    assert.strictEqual(s.domain, "Example.ORG");
    assert.strictEqual(s.mx, "vert.example.org");
  });
  it("password from modopts, verbatim", () => assert.strictEqual(settings([], { password: "0123" }).password, "0123"));
  it("command-line password beats modopts", () => assert.strictEqual(settings(["cli"], { password: "mod" }).password, "cli"));
  it("a word left by -mx that equals the modopts password is simply the password", () => {
    const s = settings(["-mx", "mod"], { password: "mod" });
    assert.deepStrictEqual([s.password, s.mx], ["mod", "vert.synchro.net"]);
  });
  it("with a modopts password a lone dotted quad is the IPv4 address", () => {
    const s = settings(["1.2.3.4"], { password: "mod" });
    assert.strictEqual(s.password, "mod");
    assert.strictEqual(s.ip, "1.2.3.4");
  });
  it("two plain words: password then IPv4", () => {
    const s = settings(["pw", "1.2.3.4"], { password: "mod", ip: "5.6.7.8" });
    assert.strictEqual(s.password, "pw");
    assert.strictEqual(s.ip, "1.2.3.4");
  });
  it("-mx alone points at our own name", () => assert.strictEqual(settings(["pw", "-mx"]).mx, "vert.synchro.net"));
  it("-mx alone with -hn points at that name", () => assert.strictEqual(settings(["pw", "-hn", "other", "-mx"]).mx, "other.synchro.net"));
  it("-mx beats modopts mx", () => assert.strictEqual(settings(["pw", "-mx", "a.example.com"], { mx: "b.example.com" }).mx, "a.example.com"));
  it("-mx alone beats modopts mx", () => assert.strictEqual(settings(["pw", "-mx"], { mx: "b.example.com" }).mx, "vert.synchro.net"));
  it("-ip6 alone asks for detection", () => {
    const s = settings(["pw", "-ip6"], { ip6: "2001:470::1" });
    assert.strictEqual(s.ip6Auto, true);
    assert.strictEqual(s.ip6, "");
  });
  it("modopts keys", () => {
    const s = settings([], {
      password: "p", mx: "mx.example.com", ip: "1.2.3.4", ip6: "2001:470::1", txt: "Hello BBS", loc: "42 N 71 W 0m",
      wildcard: "Yes", ttl: "0300", hosts: "a.example.com, 127.0.0.1", port: "08467", timeout: "30",
    });
    delete s.origins;
    assert.deepStrictEqual(s, {
      password: "p", id: "VERT", domain: "synchro.net", ip: "1.2.3.4", ip6: "2001:470::1", ip6Auto: false, mx: "mx.example.com", txt: "Hello BBS",
      loc: "42 N 71 W 0m", wildcard: true, ttl: "300", hosts: ["a.example.com", "127.0.0.1"], port: 8467, timeout: 30,
    });
  });
  for (const [word, value] of [["true", true], ["ON", true], ["1", true], ["no", false], ["Off", false], ["0", false], ["false", false]]) {
    it("wildcard " + word, () => assert.strictEqual(settings(["pw"], { wildcard: word }).wildcard, value));
  }
});

describe("validation errors", () => {
  const cases = [
    [[], {}, /^password: missing \(expected it as the first argument or as password in the \[dyndns\] section of ctrl\/modopts.ini\)$/],
    [["YOURPASS"], { password: "real" }, /^the password argument is YOURPASS, the placeholder of the DYNDNS timed event that Synchronet ships: in SCFG > External Programs > Timed Events > DYNDNS, change the Command Line from \?dyndns.js YOURPASS to \?dyndns, and set password in the \[dyndns\] section of ctrl\/modopts.ini$/],
    [["yourPass"], {}, /^the password argument is yourPass, the placeholder/],
    [[], { password: "YourPass" }, /^modopts key password \(ctrl\/modopts.ini \[dyndns\]\) is YourPass, a placeholder: set it to the password of your QWKnet account$/],
    [["-mx", "other"], { password: "mod" }, /^the password argument \(the word after -mx, which took none: it is not a host name with at least two labels\) would replace modopts key password \(ctrl\/modopts.ini \[dyndns\]\) \(they differ\), so nothing was sent; give the option the value it expects, or drop that word$/],
    [["pw"], { mx: "yes" }, /^modopts key mx \(ctrl\/modopts.ini \[dyndns\]\) 'yes': expected a fully qualified host name \(at least two labels\), like mail.example.com$/],
    [["pw"], { mx: "pw" }, /^modopts key mx \(ctrl\/modopts.ini \[dyndns\]\) \*{8}: expected a fully qualified host name/],
    [["pw"], { domain: "bad_domain" }, /^modopts key domain \(ctrl\/modopts.ini \[dyndns\]\) 'bad_domain': expected a host name, like synchro.net$/],
    [["pw\u0001x"], {}, /^the password argument \*{8}: expected no control characters$/],
    // The word after -hn is named, unless it is the password (the sysop put -hn before it): that is masked.
    [["pw", "-hn", "bad_name!"], {}, /^option -hn 'bad_name!': expected one DNS label \(letters, digits and inner hyphens, at most 63\)$/],
    [["-hn", "pass!word"], { password: "pass!word" }, /^option -hn \*{8}: expected one DNS label \(letters, digits and inner hyphens, at most 63\)$/],
    [["pass!word", "-hn", "pass!word"], {}, /^option -hn \*{8}: expected one DNS label/],
    // With no password anywhere, that is said first, and the word after -hn is not shown.
    [["-hn", "pass!word"], {}, /^password: missing \(expected it as the first argument/],

    [["pw", "300.1.1.1"], {}, /^the IPv4 argument '300.1.1.1': expected an IPv4 address/],
    [["pw"], { ip: "1.2.3" }, /^modopts key ip \(ctrl\/modopts.ini \[dyndns\]\) '1.2.3': expected an IPv4/],
    [["pw", "-ip6", "2001::zz"], {}, /^the IPv4 argument \(the word after -ip6, which took none: it is not an IPv6 address\) '2001::zz': expected an IPv4 address/],
    [["pw"], { ip6: "2001::zz" }, /modopts key ip6 .* '2001::zz': expected an IPv6 address/],
    [["pw", "-mx", "bad_host"], {}, /^the IPv4 argument \(the word after -mx, which took none: it is not a host name with at least two labels\) 'bad_host': expected an IPv4 address/],
    [["pw"], { txt: "x".repeat(256) }, /modopts key txt .*: expected at most 255 characters/],
    [["pw"], { txt: "two\nlines" }, /modopts key txt .* 'two\\nlines': expected at most 255 characters of text on one line/],
    [["pw"], { loc: "somewhere" }, /modopts key loc .* 'somewhere': expected an RFC 1876 location/],
    [["pw"], { wildcard: "maybe" }, /modopts key wildcard .* 'maybe': expected true, false, yes, no, on, off, 1 or 0/],
    [["pw"], { ttl: "10" }, /modopts key ttl .* '10': expected whole seconds from 30 to 604800/],
    [["pw"], { ttl: "1.5" }, /ttl .*: expected whole seconds/],
    [["pw"], { port: "70000" }, /modopts key port .* '70000': expected a whole number from 1 to 65535/],
    [["pw"], { port: "http" }, /port .* 'http'/],
    [["pw"], { timeout: "1" }, /modopts key timeout .* '1': expected whole seconds from 2 to 600/],
    [["pw"], { hosts: "a.example.com,,b" }, /modopts key hosts .*: expected a comma-separated list/],
    [["pw"], { hosts: "bad host" }, /hosts .*\('bad host' is not one\)$/],
  ];
  for (const [words, values, pattern] of cases) {
    it(JSON.stringify([words, values]).slice(0, 90), () => {
      const r = resolve(words, values);
      assert.strictEqual(r.ok, false, "expected an error");
      assert.match(r.error, pattern);
      assert.ok(!/[\r\n]/.test(r.error), "one line");
    });
  }
  it("empty QWK-ID without -hn", () => {
    const parsed = parseArgs(["pw"]);
    const r = validateSettings(mergeSettings(parsed.cmd, modopts({})), { qwkId: "", bbsName: "B" });
    assert.strictEqual(r.ok, false);
    assert.match(r.error, /^system.qwk_id: empty \(expected a QWK-ID set in SCFG, or -hn name\)/);
  });
  it("the password never appears in an error", () => {
    const r = resolve(["sec\u0007ret"], {});
    assert.ok(!r.error.includes("sec"));
  });
});

describe("whole-number settings: decimals, signs and other spellings", () => {
  const KEYS = {
    ttl: { good: "300", min: 30, max: 604800, expected: "whole seconds from 30 to 604800" },
    port: { good: "8467", min: 1, max: 65535, expected: "a whole number from 1 to 65535" },
    timeout: { good: "30", min: 2, max: 600, expected: "whole seconds from 2 to 600" },
  };
  const BAD = (good) => [
    good + ".5", good + ".0", good + ".", "." + good, "+" + good, "-" + good, "-0", "+0", good + "e0", "1e2", "0x1F", "0x" + good,
    good.slice(0, 1) + "," + good.slice(1), good + " s", good + "s", "1 2", "", "\xb2", "Infinity", "NaN", "000000000" + good,
  ];
  for (const key of Object.keys(KEYS)) {
    const k = KEYS[key];
    for (const text of BAD(k.good)) {
      it(key + " = " + JSON.stringify(text) + " is refused, naming the value", () => {
        const r = resolve(["pw"], { [key]: text });
        if (text === "") {
          // blank means "not set": the default applies
          assert.ok(r.ok, r.error);
          return;
        }
        assert.strictEqual(r.ok, false, key + " = " + text + " was taken as " + (r.ok && r.settings[key]));
        assert.strictEqual(r.error, "modopts key " + key + " (ctrl/modopts.ini [dyndns]) " + "'" + text + "': expected " + k.expected);
      });
    }
    it(key + ": the bounds are inclusive, one past them is refused", () => {
      const value = (text) => { const r = resolve(["pw"], { [key]: text }); return r.ok ? r.settings[key] : "refused"; };
      const shown = (n) => (key === "ttl" ? String(n) : n);
      assert.strictEqual(value(String(k.min)), shown(k.min));
      assert.strictEqual(value(String(k.max)), shown(k.max));
      assert.strictEqual(value(String(k.min - 1)), "refused");
      assert.strictEqual(value(String(k.max + 1)), "refused");
      assert.strictEqual(value("0" + k.min), shown(k.min), "a leading zero is decimal, not octal");
      assert.strictEqual(value("  " + k.good + "\t"), shown(Number(k.good)), "white space around it is ignored");
    });
  }
  it("a number longer than 9 digits is refused, not wrapped", () => {
    assert.strictEqual(resolve(["pw"], { ttl: "4294967596" }).ok, false);
    assert.strictEqual(resolve(["pw"], { port: "4294975763" }).ok, false);
  });
});

describe("hosts: at most 16", () => {
  const names = (n) => Array.from({ length: n }, (_, i) => "h" + (i + 1) + ".example.com").join(", ");
  it("16 hosts are taken, in order", () => {
    assert.deepStrictEqual(settings(["pw"], { hosts: names(16) }).hosts, names(16).split(", "));
  });
  for (const n of [17, 40]) {
    it(n + " hosts are refused, naming the limit", () => {
      const r = resolve(["pw"], { hosts: names(n) });
      assert.strictEqual(r.ok, false);
      assert.strictEqual(r.error, "modopts key hosts (ctrl/modopts.ini [dyndns]) '" + names(n) + "': expected at most 16 hosts");
    });
  }
  it("a trailing comma counts as an empty host, not as one too many", () => {
    assert.match(resolve(["pw"], { hosts: names(16) + "," }).error, /expected a comma-separated list of host names or addresses \('' is not one\)$/);
  });
  it("addresses count as hosts: IPv4 and IPv6 literals are taken", () => {
    assert.deepStrictEqual(settings(["pw"], { hosts: "192.0.2.1, 2001:db8::1, a.example.com" }).hosts, ["192.0.2.1", "2001:db8::1", "a.example.com"]);
  });
});

describe("a line break in any value never gets past validation", () => {
  const VALUES = {
    password: "s3c\r\nret", ip: "192.0.2.1\r\n", ip6: "2001:db8::1\n", mx: "mail.example.com\r", txt: "Vert\nrauen", loc: "52 22 23 N 4 53 32 E -2m\n",
    wildcard: "tr\nue", ttl: "3\n00", port: "84\r\n67", timeout: "3\n0", domain: "synchro\r.net", hosts: "a.example\n.com",
  };
  for (const key of Object.keys(VALUES)) {
    it(key + " = " + JSON.stringify(VALUES[key]) + ": refused, one line", () => {
      const r = resolve(key === "password" ? [] : ["pw"], { [key]: VALUES[key] });
      assert.strictEqual(r.ok, false, key + " was taken");
      assert.ok(!/[\r\n]/.test(r.error), "one line: " + JSON.stringify(r.error));
      assert.ok(r.error.startsWith("modopts key " + key + " (ctrl/modopts.ini [dyndns]) "), r.error);
    });
  }
  it("around a word-like value, a line break is white space: trimmed, and nothing kept holds one", () => {
    const s = settings(["pw"], { wildcard: "true\r", ttl: "300\n", port: "8467\r\n", timeout: "30\n", domain: "synchro.net\r", hosts: "a.example.com\n" });
    assert.deepStrictEqual([s.wildcard, s.ttl, s.port, s.timeout, s.domain, s.hosts], [true, "300", 8467, 30, "synchro.net", ["a.example.com"]]);
  });
  it("on the command line too: the password, the IPv4 address and the values of -mx, -ip6, -hn", () => {
    for (const words of [["pw\n"], ["pw", "192.0.2.1\r"], ["pw", "-mx", "mail.example.com\n"], ["pw", "-ip6", "2001:db8::1\r\n"], ["pw", "-hn", "name\n"]]) {
      const parsed = parseArgs(words);
      const r = parsed.ok ? validateSettings(mergeSettings(parsed.cmd, modopts({})), SYSTEM) : parsed;
      assert.strictEqual(r.ok, false, JSON.stringify(words) + " was taken");
      assert.ok(!/[\r\n]/.test(r.error), JSON.stringify(r.error));
    }
  });
  it("the BBS's name (the default TXT) with a line break is refused", () => {
    const parsed = parseArgs(["pw"]);
    const r = validateSettings(mergeSettings(parsed.cmd, modopts({})), { qwkId: "VERT", bbsName: "Vert\r\nrauen" });
    assert.strictEqual(r.ok, false);
    assert.match(r.error, /^system.name \(the default TXT\) 'Vert\\r\\nrauen': expected at most 255 characters on one line/);
  });
});

describe("origins and notices, line for line", () => {
  const { settingsNotices } = require("../../../../src/client/core/settings/notices");
  function notices(words, values) {
    const parsed = parseArgs(words);
    const raw = mergeSettings(parsed.cmd, modopts(values));
    const v = validateSettings(raw, SYSTEM);
    assert.ok(v.ok, v.error);
    return settingsNotices(raw, v.settings);
  }
  const M = (key) => "modopts key " + key + " (ctrl/modopts.ini [dyndns])";
  it("every origin by default", () => {
    assert.deepStrictEqual(settings(["pw"]).origins, {
      id: "system.qwk_id", txt: "default: system.name", ip: "default", ip6: "default", mx: "default", loc: "default",
      wildcard: "default", ttl: "default", hosts: "default", port: "default", timeout: "default", domain: "default", password: "the password argument",
    });
  });
  it("origins of -hn, -mx alone, -ip6 alone and modopts keys", () => {
    const o = settings(["pw", "-hn", "x", "-mx", "-ip6"], { ttl: "300", loc: "1 N 2 E 3m" }).origins;
    assert.deepStrictEqual([o.id, o.mx, o.ip6, o.ttl, o.loc, o.hn], ["option -hn", "option -mx alone", "option -ip6 alone", M("ttl"), M("loc"), undefined]);
    const p = settings(["pw", "-mx", "m.example.com", "-ip6", "2600::1"]).origins;
    assert.deepStrictEqual([p.mx, p.ip6], ["option -mx", "option -ip6"]);
    assert.strictEqual(settings(["pw"], { mx: "m.example.com" }).origins.mx, M("mx"));
    assert.strictEqual(settings(["pw", "-mx"], { mx: "m.example.com" }).origins.mx, "option -mx alone");
  });
  it("no notice when nothing was taken over", () => {
    assert.deepStrictEqual(notices(["pw"], {}), []);
    assert.deepStrictEqual(notices(["s"], { password: "s" }), [], "the same password twice");
    assert.deepStrictEqual(notices(["pw", "-mx"], {}), []);
    assert.deepStrictEqual(notices(["pw", "-ip6"], {}), []);
    assert.deepStrictEqual(notices(["pw", "-mx", "a.example.com"], { mx: "b.example.com" }), [], "-mx with its own value");
    assert.deepStrictEqual(notices(["pw", "-ip6", "2600::2"], { ip6: "2600::1" }), [], "-ip6 with its own value");
    assert.deepStrictEqual(notices(["pw"], { domain: "SYNCHRO.NET" }), [], "the default domain in other letters");
    assert.deepStrictEqual(notices(["pw"], { domain: "example.org", hosts: "dyn.example.org" }), []);
  });
  it("a command-line password over another in modopts", () => {
    assert.deepStrictEqual(notices(["cli"], { password: "mod" }), ["the password argument is used, not " + M("password") + ": the two differ and the command line"
      + " comes first; keep the password in modopts only, since Synchronet logs the event's command line at every run"]);
  });
  it("-mx and -ip6 alone over modopts values; a value equal to the password is masked", () => {
    assert.deepStrictEqual(notices(["pw", "-mx"], { mx: "mail.example.com" }),
      ["option -mx alone points the MX record at vert.synchro.net, not at mail.example.com from " + M("mx") + "; drop -mx to use that one"]);
    assert.deepStrictEqual(notices(["pw", "-ip6"], { ip6: "2600::1" }),
      ["option -ip6 alone publishes this machine's global IPv6 address, not 2600::1 from " + M("ip6") + "; drop -ip6 to publish that one"]);
    assert.deepStrictEqual(notices(["a.b.c", "-mx"], { mx: "a.b.c" }),
      ["option -mx alone points the MX record at vert.synchro.net, not at ******** from " + M("mx") + "; drop -mx to use that one"]);
  });
  it("another domain without hosts", () => {
    assert.deepStrictEqual(notices(["pw"], { domain: "example.org" }), [M("domain") + " is example.org but hosts is not set, so the update goes to "
      + "dyndns.synchro.net and the other synchro.net servers; set hosts to your network's DynDNS service"]);
  });
});

describe("plain words: the password, or with one in modopts, an IPv4 address", () => {
  const placed = (words, values = {}) => {
    const raw = mergeSettings(parseArgs(words).cmd, modopts(values));
    return [raw.values.password, raw.values.ip, raw.origins.password, raw.origins.ip];
  };
  it("a lone word that looks like an IPv4 address, with a modopts password: the IPv4 address", () => {
    assert.deepStrictEqual(placed(["10.0"], { password: "p" }), ["p", "10.0", "modopts key password (ctrl/modopts.ini [dyndns])", "the IPv4 argument"]);
    assert.deepStrictEqual(placed(["1.22.333.4444"], { password: "p" }).slice(0, 2), ["p", "1.22.333.4444"]);
  });
  it("anything else is the password, even nearly a dotted quad", () => {
    for (const w of ["10", "x1.2.3.4", "1.2.3.4x", "1.", ".1", "1..2"]) assert.deepStrictEqual(placed([w], { password: "p" }).slice(0, 2), [w, undefined], w);
    assert.deepStrictEqual(placed(["1.2.3.4"]).slice(0, 2), ["1.2.3.4", undefined], "without a modopts password it is the password");
  });
  it("two words: the password and the IPv4 address, each saying so", () => {
    assert.deepStrictEqual(placed(["p", "1.2.3.4"], { password: "q" }), ["p", "1.2.3.4", "the password argument", "the IPv4 argument"]);
  });
  it("a lone - is a word, not an option; /? is help", () => {
    assert.deepStrictEqual(parseArgs(["-"]).cmd.plain, [{ word: "-" }]);
    assert.strictEqual(parseArgs(["/?"]).cmd.help, true);
    assert.strictEqual(parseArgs(["-mx", "-"]).cmd.mx, "");
    assert.deepStrictEqual(parseArgs(["-mx", "-"]).cmd.plain, [{ word: "-", leftBy: "the word after -mx, which took none: it is not a host name with at least two labels" }]);
    assert.strictEqual(parseArgs(["-mx", "-q"]).cmd.quiet, true);
  });
});

describe("loadSettings: the settings file, then the command line over it, checked", () => {
  /** A settings file as the host reads it: modopts.ini's [dyndns] section holding these lines. */
  function file(lines) {
    const entries = [];
    for (const line of lines) {
      const m = /^(\w+) = (.*)$/.exec(line);
      if (m) entries.push({ key: m[1], value: m[2] });
    }
    const text = ["[dyndns]"].concat(lines).map((t, i) => ({ text: t, file: "/c/modopts.ini", line: i + 1 }));
    return { path: "/c/modopts.ini", section: "dyndns", sharedPath: "/c/modopts.ini", entries, lines: text, shadowed: null };
  }
  const load = (words, lines) => loadSettings(parseArgs(words).cmd, file(lines), SYSTEM);
  it("the settings, where they came from, and nothing to warn of", () => {
    const r = load([], ["password = pw"]);
    assert.deepStrictEqual([r.ok, r.status, r.settings.password, r.source, r.warnings], [true, false, "pw", "/c/modopts.ini [dyndns]", []]);
  });
  it("the file's warnings first, then what the command line took over", () => {
    const r = load(["cli"], ["password = pw", "pasword = x"]);
    assert.strictEqual(r.ok, true);
    assert.deepStrictEqual(r.warnings, ["/c/modopts.ini line 3: unknown key 'pasword' ignored (did you mean password?)",
      "the password argument is used, not modopts key password (/c/modopts.ini [dyndns]): the two differ and the command line comes first;"
      + " keep the password in modopts only, since Synchronet logs the event's command line at every run"]);
  });
  it("an error keeps the file's warnings and says no more", () => {
    const r = load([], ["pasword = x", "ttl = 1"]);
    assert.deepStrictEqual([r.ok, r.warnings.length, r.error], [false, 1, "password: missing (expected it as the first argument or as password in the [dyndns] section of /c/modopts.ini)"]);
  });
  it("-status: only the name, which needs no password (and the other settings are not checked)", () => {
    const r = load(["-status"], ["domain = Example.org.", "ttl = 1"]);
    assert.deepStrictEqual([r.ok, r.status, r.name, r.warnings], [true, true, "VERT.Example.org", []]);
    const bad = load(["-status"], ["domain = not a name"]);
    assert.deepStrictEqual([bad.ok, bad.error], [false, "modopts key domain (/c/modopts.ini [dyndns]) 'not a name': expected a host name, like synchro.net"]);
  });
});
