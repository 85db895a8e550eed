"use strict";
// What -help and -n print, line for line: sysops read these, and a changed word is a change.
const assert = require("assert");
const { usage } = require("../../../src/client/core/usage");
const { describeDryRun } = require("../../../src/client/core/dryRun");
const { buildAnswers } = require("../../../src/client/core/answers");

describe("-help", () => {
  it("prints the usage, every line as written", () => {
    assert.deepStrictEqual(usage(), [
      "usage: ?dyndns [password] [ipv4] [options]       (timed event)",
      "       jsexec dyndns.js [password] [ipv4] [options]",
      "",
      "  password      your QWKnet account password (better: password in modopts)",
      "  ipv4          publish this IPv4 address instead of the one the update comes from",
      "  -mx [host]    publish an MX record for host (alone: your own <id>.synchro.net);",
      "                it takes the next word only if that is a host name with at least two labels",
      "  -hn name      update name.synchro.net instead of your QWK-ID",
      "  -ip6 [addr]   publish an AAAA record (alone: this machine's global IPv6 address);",
      "                also -ipv6; it takes the next word only if that is an IPv6 address",
      "  -status       show the last update, the last failure and what DNS says now; connect to nothing",
      "  -q            quiet: do not log what is sent and received",
      "  -n            dry run: show the settings, where each came from, and the answers; connect to nothing",
      "  -help         this text (also --help, -h, -? and /?)",
      "Options may come in any order and any case.",
      "",
      "ctrl/modopts/dyndns.ini (or [dyndns] in ctrl/modopts.ini) keys, overridden by the command line:",
      "  password mx ip ip6 txt loc wildcard ttl hosts port timeout domain",
      "  hosts: comma list; port: 8467; timeout: whole run, 60 s, each wait at most 10 s;",
      "  domain: the name updated is <id>.<domain> (synchro.net)",
      "exit status: 0 updated, 1 update failed, 2 bad command line or settings (nothing sent)",
    ]);
  });
});

describe("-n (dry run)", () => {
  const ORIGINS = {
    id: "system.qwk_id", domain: "default", hosts: "default", port: "default", timeout: "default", password: "the password argument", ip: "default",
    ip6: "option -ip6 alone", mx: "default", txt: "default: system.name", loc: "default", wildcard: "default", ttl: "default",
  };
  it("defaults, -ip6 alone, no bind: each empty answer says what it means", () => {
    const s = {
      password: "s3cret", id: "VERT", domain: "synchro.net", ip: "", ip6: "", ip6Auto: true, mx: "", txt: "Vertrauen", loc: "", wildcard: false,
      ttl: "", hosts: ["dyndns.synchro.net", "rob.synchro.net"], port: 8467, timeout: 60, origins: ORIGINS,
    };
    assert.deepStrictEqual(describeDryRun(s, buildAnswers(s, ""), "/sbbs/ctrl/modopts.ini [dyndns]", null, "/sbbs/data/dyndns-vert.synchro.net.json"), [
      "dry run: nothing is sent",
      "  settings from /sbbs/ctrl/modopts.ini [dyndns] and the command line",
      "  name     VERT.synchro.net   (id: system.qwk_id; domain: default)",
      "  servers  dyndns.synchro.net, rob.synchro.net port 8467   (hosts: default; port: default)",
      "  timeout  60 s for the whole run   (default)",
      "  bind     (none)",
      "  status   /sbbs/data/dyndns-vert.synchro.net.json (a run writes it; -n does not)",
      "  id?   -> VERT   (system.qwk_id)",
      "  pw?   -> ********   (the password argument)",
      "  ip?   -> (empty: the server uses the address the update comes from)   (default)",
      "  ip6?  -> (this machine's global IPv6 address, found at run time)   (option -ip6 alone)",
      "  mx?   -> (empty: no MX record)   (default)",
      "  txt?  -> Vertrauen   (default: system.name)",
      "  loc?  -> (empty: no LOC record)   (default)",
      "  wc?   -> (empty: no wildcard)   (default)",
      "  ttl?  -> (empty: the server's default)   (default)",
    ]);
  });
  it("every value set, a bind address, an empty TXT, an IPv6 address given", () => {
    const origins = {
      id: "option -hn", domain: "modopts key domain (m)", hosts: "modopts key hosts (m)", port: "modopts key port (m)", timeout: "modopts key timeout (m)",
      password: "modopts key password (m)", ip: "the IPv4 argument", ip6: "modopts key ip6 (m)", mx: "option -mx", txt: "modopts key txt (m)",
      loc: "modopts key loc (m)", wildcard: "modopts key wildcard (m)", ttl: "modopts key ttl (m)",
    };
    const s = {
      password: "pw", id: "other", domain: "example.org", ip: "203.0.113.7", ip6: "2001:db8::1", ip6Auto: false, mx: "mail.example.org", txt: "",
      loc: "52 22 23 N 4 53 32 E -2m", wildcard: true, ttl: "300", hosts: ["dyn.example.org"], port: 9999, timeout: 30, origins,
    };
    assert.deepStrictEqual(describeDryRun(s, buildAnswers(s, s.ip6), "m", "192.0.2.7", "/d/x.json").slice(2), [
      "  name     other.example.org   (id: option -hn; domain: modopts key domain (m))",
      "  servers  dyn.example.org port 9999   (hosts: modopts key hosts (m); port: modopts key port (m))",
      "  timeout  30 s for the whole run   (modopts key timeout (m))",
      "  bind     192.0.2.7",
      "  status   /d/x.json (a run writes it; -n does not)",
      "  id?   -> other   (option -hn)",
      "  pw?   -> ********   (modopts key password (m))",
      "  ip?   -> 203.0.113.7   (the IPv4 argument)",
      "  ip6?  -> 2001:db8::1   (modopts key ip6 (m))",
      "  mx?   -> mail.example.org   (option -mx)",
      "  txt?  -> (empty: nothing)   (modopts key txt (m))",
      "  loc?  -> 52 22 23 N 4 53 32 E -2m   (modopts key loc (m))",
      "  wc?   -> true   (modopts key wildcard (m))",
      "  ttl?  -> 300   (modopts key ttl (m))",
    ]);
  });
});
