"use strict";
// The sysop's first hour (issue 7) and the domain setting (issue 9, item 9): each case runs the
// built dist/dyndns.js through the harness and names the exact lines it must print. The cases
// are data; every one runs on each engine of ENGINES, and on the real jsexec of each version unless it
// says why not (notReal: what only the emulator can arrange).
//
// In expected lines, {ctrl} and {data} stand for system.ctrl_dir and system.data_dir of the run,
// {host:NAME} and {hostPort:NAME} for how the module names that server (the real jsexec reaches the
// fake services by loopback address), {line:FILE:TEXT} for the line of FILE (as the run got it)
// that first holds TEXT.
const assert = require("assert");
const fs = require("fs");
const path = require("path");
const { dyndns, answersOf, FULL, REAL_ENGINES, isReal } = require("./harness");
const { PACK } = require("../real/pack");

const ENGINES = ["vm", "js185"].concat(REAL_ENGINES);
const LOG_ERR = 3, LOG_WARNING = 4;

const STOCK_MODOPTS = fs.readFileSync(path.join(PACK, "ctrl/modopts.ini"), "latin1");
/** 1-based line of the first line matching `re` after line `after` of `text`. */
function lineOf(text, re, after = 0) {
  const lines = text.split("\n");
  for (let i = after; i < lines.length; i++) if (re.test(lines[i])) return i + 1;
  throw new Error("no line matching " + re);
}
const STOCK_DYNDNS_LINE = lineOf(STOCK_MODOPTS, /^\[dyndns\]/);
const APPENDED = STOCK_MODOPTS.replace(/\n*$/, "\n") + "\n[dyndns]\npassword = s3cret\n";
const APPENDED_LINE = lineOf(APPENDED, /^\[dyndns\]/, STOCK_DYNDNS_LINE);

const BOM = "\xEF\xBB\xBF";
const M = "{ctrl}modopts.ini";
const PER = "{ctrl}modopts/dyndns.ini";
const STATUS = "{data}dyndns-vert.synchro.net.json";
/** -status asks DNS for real under jsexec: a name under .invalid (RFC 6761) never resolves, anywhere. */
const OFFLINE = "[dyndns]\ndomain = test.invalid\n";
const OFFLINE_STATUS = "{data}dyndns-vert.test.invalid.json";
const PW = "[dyndns]\npassword = s3cret\n";
const DEFAULT_ANSWERS = { "id?": "VERT", "pw?": "s3cret", "ip?": "", "ip6?": "", "mx?": "", "txt?": "Vertrauen", "loc?": "", "wc?": "", "ttl?": "" };
const PLACEHOLDER_FIX = "the placeholder of the DYNDNS timed event that Synchronet ships: in SCFG > External Programs > Timed Events > DYNDNS,"
  + " change the Command Line from ?dyndns.js YOURPASS to ?dyndns, and set password in the [dyndns] section of " + M;
const MISSING_IN_M = "password: missing (expected it as the first argument or as password in the [dyndns] section of " + M + ")";
const LEFT_BY_MX = "the word after -mx, which took none: it is not a host name with at least two labels";

/** A status file as a run of the module writes it, `hoursAgo` before now. */
function statusText(outcome, hoursAgo, name = "VERT.test.invalid") {
  const run = {
    time: Math.floor(Date.now() / 1000) - hoursAgo * 3600, duration_ms: 812, exit: outcome === "updated" ? 0 : 1, outcome,
    server: outcome === "updated" ? "rob.synchro.net" : null,
    servers: [{ server: "dyndns.synchro.net:8467", result: "refused the connection" }].concat(outcome === "updated" ? [{ server: "rob.synchro.net:8467", result: "ok" }] : []),
    message: outcome === "updated" ? name + " updated through rob.synchro.net" : "update failed: dyndns.synchro.net:8467 refused the connection",
    records: { ip: "", ip6: "", mx: "vert.synchro.net", txt: "Vertrauen", loc: "", wildcard: false, ttl: "" },
  };
  return JSON.stringify({ format: "dyndns.js status 1", name, last: run, last_success: outcome === "updated" ? run : null, last_failure: outcome === "updated" ? null : run });
}

/** The BBS's local time as the module prints it (the run and this test share the process time zone). */
function localStamp(seconds) {
  const d = new Date(seconds * 1000);
  const two = (n) => String(n).padStart(2, "0");
  return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate()) + " " + two(d.getHours()) + ":" + two(d.getMinutes());
}

const CASES = [
  // ---- 1. leftovers and conflicts ------------------------------------------------------------
  {
    title: "the shipped event's YOURPASS is never sent, even with a password in modopts",
    argv: ["YOURPASS"], files: { "modopts.ini": PW },
    exit: 2, sent: false, errors: ["the password argument is YOURPASS, " + PLACEHOLDER_FIX],
  },
  {
    title: "YOURPASS in any case",
    argv: ["yourpass", "-mx"],
    exit: 2, sent: false,
    errors: ["the password argument is yourpass, " + PLACEHOLDER_FIX.replace("from ?dyndns.js YOURPASS", "from ?dyndns.js yourpass")],
  },
  {
    title: "YOURPASS as the modopts password",
    files: { "modopts.ini": "[dyndns]\npassword = YourPass\n" },
    exit: 2, sent: false, errors: ["modopts key password (" + M + " [dyndns]) is YourPass, a placeholder: set it to the password of your QWKnet account"],
  },
  {
    title: "two different passwords: says which is used and where each came from, never the values",
    argv: ["cli-pw"], files: { "modopts.ini": "[dyndns]\npassword = mod-pw\n" },
    exit: 0, answers: { "pw?": "cli-pw" }, absent: ["cli-pw", "mod-pw"],
    warnings: ["the password argument is used, not modopts key password (" + M + " [dyndns]): the two differ and the command line comes first;"
      + " keep the password in modopts only, since Synchronet logs the event's command line at every run"],
  },
  {
    title: "-n shows where every value came from",
    argv: ["-n", "-mx", "mail.example.com"], files: { "modopts.ini": "[dyndns]\npassword = s3cret\nttl = 300\n" },
    exit: 0, sent: false, absent: ["s3cret"],
    stdout: [
      "  settings from " + M + " [dyndns] and the command line",
      "  name     VERT.synchro.net   (id: system.qwk_id; domain: default)",
      "  servers  dyndns.synchro.net, rob.synchro.net, bbs.synchro.net, cvs.synchro.net port 8467   (hosts: default; port: default)",
      "  timeout  60 s for the whole run   (default)",
      "  status   " + STATUS + " (a run writes it; -n does not)",
      "  id?   -> VERT   (system.qwk_id)",
      "  pw?   -> ********   (modopts key password (" + M + " [dyndns]))",
      "  ip?   -> (empty: the server uses the address the update comes from)   (default)",
      "  mx?   -> mail.example.com   (option -mx)",
      "  txt?  -> Vertrauen   (default: system.name)",
      "  ttl?  -> 300   (modopts key ttl (" + M + " [dyndns]))",
    ],
  },

  // ---- 2. the settings file, explained ---------------------------------------------------------
  {
    title: "a [dyndns] appended to the stock modopts.ini: only the first counts, both lines named",
    files: { "modopts.ini": APPENDED },
    exit: 2, sent: false, errors: [MISSING_IN_M],
    warnings: ["[dyndns] appears 2 times: Synchronet reads only the one at " + M + " line " + STOCK_DYNDNS_LINE + " and ignores "
      + M + " line " + APPENDED_LINE + "; move those settings into that one"],
  },
  {
    title: "a BOM before [dyndns] on the first line hides the section",
    files: { "modopts.ini": BOM + "[dyndns]\npassword = s3cret\n" },
    exit: 2, sent: false, errors: [MISSING_IN_M],
    warnings: [M + " line 1: a UTF-8 byte order mark (BOM) before [dyndns] hides that section from Synchronet; save the file without one (plain ASCII, or UTF-8 without BOM)"],
  },
  {
    title: "a BOM before the first key of ctrl/modopts/dyndns.ini: explained, no unknown-key mojibake",
    files: { "modopts/dyndns.ini": BOM + "password = s3cret\n" },
    exit: 2, sent: false, errors: ["password: missing (expected it as the first argument or as password in " + PER + ")"],
    warnings: [PER + " line 1: a UTF-8 byte order mark (BOM) before the key 'password' makes it another name for Synchronet, so it is not read;"
      + " save the file without one (plain ASCII, or UTF-8 without BOM)"],
  },
  {
    title: "ctrl/modopts/dyndns.ini shadows the [dyndns] of modopts.ini; messages name the file actually read",
    files: { "modopts/dyndns.ini": "mx = mail.example.com\n", "modopts.ini": "[dyndns]\npassword = s3cret\nwildcard = yes\n" },
    exit: 2, sent: false, errors: ["password: missing (expected it as the first argument or as password in " + PER + ")"],
    warnings: [PER + " is read, so the [dyndns] section of " + M + " (" + M + " line 1) is ignored; move what it sets (password, wildcard) into " + PER],
  },
  {
    title: "a password in quotes: Synchronet keeps them (sent as read, with a warning)",
    files: { "modopts.ini": "[dyndns]\npassword = \"s3cret\"\n" },
    exit: 0, answers: { "pw?": "\"s3cret\"" },
    warnings: [M + " line {line:modopts.ini:password = \"}: the value of password is in quotes, and Synchronet keeps them as part of it; remove them unless they belong to it"],
  },
  {
    title: "a password with an inline comment: Synchronet keeps it (warning, nothing of it shown)",
    files: { "modopts.ini": "[dyndns]\npassword = s3cret ; my note\n" },
    exit: 0, answers: { "pw?": "s3cret ; my note" }, absent: ["my note"],
    warnings: [M + " line {line:modopts.ini:password = s3cret ;}: the value of password goes on after ' ;', and Synchronet keeps that comment as part of the value; put comments on a line of their own"],
  },
  {
    title: "port = 8467 ; note fails, and the warning says why",
    files: { "modopts.ini": "[dyndns]\npassword = s3cret\nport = 8467 ; note\n" },
    exit: 2, sent: false,
    errors: ["modopts key port (" + M + " [dyndns]) '8467 ; note': expected a whole number from 1 to 65535"],
    warnings: [M + " line 3: the value of port goes on after ' ;', and Synchronet keeps that comment as part of the value; put comments on a line of their own"],
  },
  {
    title: "an unknown key gets the nearest known one",
    files: { "modopts.ini": "[dyndns]\npassword = s3cret\npasword = typo\nwildcards = yes\n" },
    exit: 0, answers: DEFAULT_ANSWERS,
    warnings: [M + " line {line:modopts.ini:pasword}: unknown key 'pasword' ignored (did you mean password?)",
      M + " line {line:modopts.ini:wildcards}: unknown key 'wildcards' ignored (did you mean wildcard?)"],
  },
  {
    title: "a password set under the stock blank one: the blank one counts",
    files: { "modopts.ini": "[dyndns]\npassword =\nmx =\npassword = s3cret\n" },
    exit: 2, sent: false, errors: [MISSING_IN_M],
    warnings: [M + " line 4: password is set again; Synchronet uses only the first, at " + M + " line 2 (blank there)"],
  },
  {
    title: "a [dyndns] pulled in by !include comes before the one in modopts.ini",
    files: { "modopts.ini": "!include modopts.d/*.ini\n[dyndns]\npassword = s3cret\n", "modopts.d/dyndns.ini": "[dyndns]\nmx = mail.example.com\n" },
    exit: 2, sent: false, errors: [MISSING_IN_M],
    warnings: ["[dyndns] appears 2 times: Synchronet reads only the one at modopts.d/dyndns.ini line 1 and ignores " + M + " line 2; move those settings into that one"],
  },
  {
    title: "the settings files are only read, never written",
    files: { "modopts.ini": APPENDED, "modopts/dyndns.ini": "password = s3cret\n", "modopts.d/dyndns.ini": "[dyndns]\nmx = a.example.com\n" },
    exit: 0, unchanged: true,
  },

  // ---- 3. no option eats the password ---------------------------------------------------------
  {
    title: "-mx before the password: -mx stays alone, the password stays the password",
    argv: ["-mx", "s3cret"],
    exit: 0, answers: Object.assign({}, DEFAULT_ANSWERS, { "mx?": "vert.synchro.net" }),
  },
  {
    title: "-mx before a word that differs from the modopts password: nothing sent",
    argv: ["-mx", "secret"], files: { "modopts.ini": PW },
    exit: 2, sent: false, absent: ["secret'"],
    errors: ["the password argument (" + LEFT_BY_MX + ") would replace modopts key password (" + M + " [dyndns]) (they differ), so nothing was sent;"
      + " give the option the value it expects, or drop that word"],
  },
  {
    title: "mx = yes is not a host name for an MX",
    files: { "modopts.ini": PW + "mx = yes\n" },
    exit: 2, sent: false, errors: ["modopts key mx (" + M + " [dyndns]) 'yes': expected a fully qualified host name (at least two labels), like mail.example.com"],
  },
  {
    title: "-mx with a one-label word leaves it where it is",
    argv: ["s3cret", "-mx", "mail"],
    exit: 2, sent: false,
    errors: ["the IPv4 argument (" + LEFT_BY_MX + ") 'mail': expected an IPv4 address in dotted-quad form, like 203.0.113.7"],
  },
  {
    title: "-ip6 before a password with a colon does not take it",
    argv: ["-ip6", "pass:word"], files: {},
    exit: 0, answers: Object.assign({}, DEFAULT_ANSWERS, { "pw?": "pass:word" }),
    warnings: ["-ip6: this machine has no global IPv6 address toward the service; updating without an AAAA record"],
  },
  {
    title: "-hn before a word that is not a DNS label: one line naming the word",
    argv: ["-hn", "bad_name!"],
    exit: 2, sent: false,
    errors: ["option -hn 'bad_name!': expected one DNS label (letters, digits and inner hyphens, at most 63)"],
  },
  {
    title: "-hn before the password itself: the word is masked",
    argv: ["-hn", "p@ss"], files: { "modopts.ini": "[dyndns]\npassword = p@ss\n" },
    exit: 2, sent: false, absent: ["p@ss"],
    errors: ["option -hn ********: expected one DNS label (letters, digits and inner hyphens, at most 63)"],
  },
  {
    title: "-hn with nothing after it: said so",
    argv: ["-hn"],
    exit: 2, sent: false,
    errors: ["option -hn: expected a host name after it (one DNS label, like mybbs: letters, digits and inner hyphens, at most 63)"],
  },
  {
    title: "-mx alone over a modopts mx: said in one line",
    argv: ["-mx"], files: { "modopts.ini": PW + "mx = mail.example.com\n" },
    exit: 0, answers: { "mx?": "vert.synchro.net" },
    warnings: ["option -mx alone points the MX record at vert.synchro.net, not at mail.example.com from modopts key mx (" + M + " [dyndns]); drop -mx to use that one"],
  },
  {
    title: "-ip6 alone over a modopts ip6: said in one line, no advice to set ip6",
    argv: ["-ip6"], files: { "modopts.ini": PW + "ip6 = 2600:3c00::1\n" }, ipv6Local: "2600:3c00::f03c:91ff:fe93:1",
    notReal: "the machine's own global IPv6 address is given to the emulator; a real host has its own (or none)",
    exit: 0, answers: { "ip6?": "2600:3c00::f03c:91ff:fe93:1" },
    warnings: ["option -ip6 alone publishes this machine's global IPv6 address, not 2600:3c00::1 from modopts key ip6 (" + M + " [dyndns]); drop -ip6 to publish that one"],
  },
  ...["-help", "--help", "-h", "-?", "/?", "-HELP"].map((word) => ({
    title: word + " lists every accepted spelling",
    argv: [word],
    exit: 0, sent: false,
    stdout: ["  -ip6 [addr]   publish an AAAA record (alone: this machine's global IPv6 address);",
      "                also -ipv6; it takes the next word only if that is an IPv6 address",
      "  -status       show the last update, the last failure and what DNS says now; connect to nothing",
      "  -help         this text (also --help, -h, -? and /?)", "Options may come in any order and any case."],
  })),

  // ---- 4. masking that does not garble ---------------------------------------------------------
  {
    title: "a one-letter password: hidden where the server echoes it, nothing else altered",
    argv: ["n"], hosts: { "dyndns.synchro.net": ["id?", "pw?", { send: "password n is not valid for VERT", close: true }] },
    exit: 1, errors: ["{host:dyndns.synchro.net} rejected the update: password ******** is not valid for VERT"],
  },
  {
    title: "a one-letter password in a dry run: our own lines intact",
    argv: ["n", "-n"],
    exit: 0, sent: false,
    stdout: ["dry run: nothing is sent", "  pw?   -> ********   (the password argument)", "  wc?   -> (empty: no wildcard)   (default)"],
  },
  {
    title: "a password equal to the QWK-ID: the success line keeps the name",
    argv: ["VERT"],
    exit: 0, answers: { "id?": "VERT", "pw?": "VERT" }, stdout: ["VERT.synchro.net updated through {host:dyndns.synchro.net}"],
  },
  {
    title: "a password equal to the -hn name: the success line keeps the name",
    argv: ["mybbs", "-hn", "mybbs", "-mx"],
    exit: 0, answers: { "id?": "mybbs", "pw?": "mybbs", "mx?": "mybbs.synchro.net" }, stdout: ["mybbs.synchro.net updated through {host:dyndns.synchro.net}"],
  },
  {
    title: "a password equal to the host name: hidden in server text",
    argv: ["vert.synchro.net"], hosts: { "dyndns.synchro.net": ["pw?", { send: "bad password: vert.synchro.net", close: true }] },
    exit: 1, errors: ["{host:dyndns.synchro.net} rejected the update: bad password: ********"],
  },

  // ---- 5. a status the sysop can read ---------------------------------------------------------
  {
    title: "a run records its outcome under system.data_dir, whole, never the password",
    argv: ["s3cret", "-mx"],
    exit: 0,
    check(r) {
      const text = r.readData("dyndns-vert.synchro.net.json");
      assert.ok(text && !text.includes("s3cret"), text);
      const status = JSON.parse(text);
      assert.strictEqual(status.name, "VERT.synchro.net");
      assert.deepStrictEqual([status.last.outcome, status.last.exit, status.last.server], ["updated", 0, r.host("dyndns.synchro.net")]);
      assert.deepStrictEqual(status.last.servers, [{ server: r.hostPort("dyndns.synchro.net"), result: "ok" }]);
      assert.deepStrictEqual(status.last.records, { ip: "", ip6: "", mx: "vert.synchro.net", txt: "Vertrauen", loc: "", wildcard: false, ttl: "" });
      assert.deepStrictEqual(status.last_success, status.last);
      assert.strictEqual(r.readData("dyndns-vert.synchro.net.json.new"), null, "no temporary file left");
    },
  },
  {
    title: "in a timed event too, the run is recorded (system.data_dir from the BBS)",
    argv: ["-mx"], context: "event", server: { interface_ip_address: "0.0.0.0" },
    notReal: "the emulator's timed-event context; the real BBS event is the real lane's test (test/real)",
    exit: 0,
    check(r) {
      assert.ok(r.eventLog.some((l) => l.level === 6 && l.text === "VERT.synchro.net updated through dyndns.synchro.net"));
      assert.strictEqual(JSON.parse(r.readData("dyndns-vert.synchro.net.json")).last.records.mx, "vert.synchro.net");
    },
  },
  {
    title: "a failure keeps the last success",
    files: { "modopts.ini": PW }, data: { "dyndns-vert.synchro.net.json": statusText("updated", 3, "VERT.synchro.net") },
    hosts: { "dyndns.synchro.net": ["id?", { send: "No such QWKnet account", close: true }] },
    exit: 1,
    check(r) {
      const status = JSON.parse(r.readData("dyndns-vert.synchro.net.json"));
      assert.strictEqual(status.last.message, r.host("dyndns.synchro.net") + " rejected the update: No such QWKnet account");
      assert.deepStrictEqual(status.last_failure, status.last);
      assert.strictEqual(status.last_success.server, "rob.synchro.net");
    },
  },
  {
    title: "foreign content in the status file: a warning, replaced, the run goes on",
    files: { "modopts.ini": PW }, data: { "dyndns-vert.synchro.net.json": "<html>not ours</html>" },
    exit: 0, warnings: ["status file " + STATUS + ": not a status file of dyndns.js (not JSON) (ignored; this run replaces it)"],
    check: (r) => assert.strictEqual(JSON.parse(r.readData("dyndns-vert.synchro.net.json")).last.outcome, "updated"),
  },
  {
    title: "a status file that cannot be written: a warning, the outcome stands",
    files: { "modopts.ini": PW }, dataDirs: ["dyndns-vert.synchro.net.json.new"],
    exit: 0, warnings: ["could not write the status file " + STATUS + " (cannot create " + STATUS + ".new)"],
  },
  {
    title: "on Windows rename() does not replace: the old status is removed first",
    files: { "modopts.ini": PW }, data: { "dyndns-vert.synchro.net.json": statusText("failed", 1, "VERT.synchro.net") }, system: { platform: "Win32" },
    notReal: "Windows' rename() is modelled only in the emulator (the real pack is Linux)",
    exit: 0, warnings: [],
    check: (r) => assert.strictEqual(JSON.parse(r.readData("dyndns-vert.synchro.net.json")).last.outcome, "updated"),
  },
  {
    title: "-status: plain words, DNS now, exit 0, connects to nothing, needs no password",
    argv: ["-status"], data: { "dyndns-vert.synchro.net.json": statusText("updated", 3, "VERT.synchro.net") }, names: { "VERT.synchro.net": "203.0.113.7" },
    notReal: "what DNS resolves VERT.synchro.net to is given to the emulator; a real jsexec asks the machine's resolver",
    exit: 0, sent: false,
    stdout: (r) => {
      const status = JSON.parse(r.readData("dyndns-vert.synchro.net.json"));
      return [
        "status of VERT.synchro.net (" + STATUS + ")",
        "  last update 3 hours ago (" + localStamp(status.last.time) + ") through rob.synchro.net: ok",
        "  last failure: none recorded",
        "  last run 3 hours ago (" + localStamp(status.last.time) + "): exit status 0 after 0.8 s; dyndns.synchro.net:8467 refused the connection; rob.synchro.net:8467 ok",
        "  published by the last update:", "    A     the address the update came from", "    MX    vert.synchro.net", "    TXT   Vertrauen",
        "DNS now: VERT.synchro.net resolves to 203.0.113.7",
      ];
    },
  },
  {
    title: "-status after a failure",
    argv: ["-status"], files: { "modopts.ini": OFFLINE }, data: { "dyndns-vert.test.invalid.json": statusText("failed", 26) },
    exit: 0, sent: false,
    stdout: (r) => {
      const time = JSON.parse(r.readData("dyndns-vert.test.invalid.json")).last.time;
      return ["status of VERT.test.invalid (" + OFFLINE_STATUS + ")", "  last update: none recorded",
        "  last failure 26 hours ago (" + localStamp(time) + "): update failed: dyndns.synchro.net:8467 refused the connection",
        "DNS now: VERT.test.invalid does not resolve"];
    },
  },
  {
    title: "-status without a status file",
    argv: ["-status"], files: { "modopts.ini": OFFLINE },
    exit: 0, sent: false,
    stdout: ["no run of dyndns.js recorded for VERT.test.invalid in " + OFFLINE_STATUS, "DNS now: VERT.test.invalid does not resolve"],
  },
  {
    title: "-status with foreign content: a warning, never fatal",
    argv: ["-status"], files: { "modopts.ini": OFFLINE }, data: { "dyndns-vert.test.invalid.json": "{\"format\": \"something else\"}" },
    exit: 0, sent: false, warnings: ["status file " + OFFLINE_STATUS + ": not a status file of dyndns.js (ignored)"],
    stdout: ["no run of dyndns.js recorded for VERT.test.invalid in " + OFFLINE_STATUS],
  },

  // ---- 6. resolver errors in plain words on every version -------------------------------------
  {
    title: "3.20+ on Linux: an unknown name (getaddrinfo's EAI_NONAME)",
    files: { "modopts.ini": PW + "hosts = no-such-host.invalid, dyndns.synchro.net\n" }, hosts: { "no-such-host.invalid": "unresolvable", "dyndns.synchro.net": FULL },
    exit: 0, warnings: ["{hostPort:no-such-host.invalid} could not be resolved: DNS knows no such name"],
  },
  {
    title: "3.19: a stale errno (ECONNREFUSED) after a failed lookup is not taken for a refusal",
    files: { "modopts.ini": PW + "hosts = gone.example.com, dyndns.synchro.net\n" }, names: { "gone.example.com": { error: 111 } },
    system: { version_num: 31900, version: "3.19", full_version: "3.19b" },
    notReal: "3.19's errno is injected in the emulator; the real pack is 3.22",
    exit: 0, warnings: ["gone.example.com:8467 could not be resolved: DNS gives no address for it"],
  },
  {
    title: "3.19: the errno glibc leaves after a failed lookup (92, ENOPROTOOPT) is not taken for a socket error",
    files: { "modopts.ini": PW + "hosts = gone.example.com, dyndns.synchro.net\n" }, names: { "gone.example.com": { error: 92 } },
    system: { version_num: 31900, version: "3.19", full_version: "3.19b" },
    notReal: "3.19's errno is injected in the emulator; the real pack is 3.22",
    exit: 0, warnings: ["gone.example.com:8467 could not be resolved: DNS gives no address for it"],
  },
  {
    title: "3.19: a real refusal stays a refusal (the name resolves)",
    files: { "modopts.ini": PW + "hosts = dyndns.synchro.net, rob.synchro.net\n" }, hosts: { "dyndns.synchro.net": "refused", "rob.synchro.net": FULL },
    system: { version_num: 31900, version: "3.19", full_version: "3.19b" },
    notReal: "3.19 is modelled only in the emulator",
    exit: 0, warnings: ["dyndns.synchro.net:8467 refused the connection"],
  },
  {
    title: "Windows: WSAHOST_NOT_FOUND (11001)",
    files: { "modopts.ini": PW + "hosts = gone.example.com, dyndns.synchro.net\n" }, names: { "gone.example.com": { error: 11001 } },
    system: { platform: "Win32" },
    notReal: "Windows codes are injected in the emulator; the real pack is Linux",
    exit: 0, warnings: ["gone.example.com:8467 could not be resolved: DNS knows no such name"],
  },
  {
    title: "3.22 on Linux: a temporary resolver failure (EAI_AGAIN)",
    files: { "modopts.ini": PW + "hosts = slow.example.com, dyndns.synchro.net\n" }, names: { "slow.example.com": { error: -3 } },
    notReal: "a resolver that times out cannot be arranged for the real jsexec without changing the machine",
    exit: 0, warnings: ["slow.example.com:8467 could not be resolved: DNS did not answer (a temporary failure: check this machine's DNS servers and network)"],
  },

  // ---- issue 9, item 9: the domain setting ----------------------------------------------------
  {
    title: "domain names the host everywhere: the success line and -mx alone",
    argv: ["-mx"], files: { "modopts.ini": PW + "domain = example.org\nhosts = dyndns.example.org\n" }, hosts: { "dyndns.example.org": FULL },
    exit: 0, answers: { "id?": "VERT", "mx?": "vert.example.org" }, stdout: ["VERT.example.org updated through {host:dyndns.example.org}"],
    check: (r) => assert.ok(r.readData("dyndns-vert.example.org.json"), "the status file is named after the name"),
  },
  {
    title: "domain in -n",
    argv: ["-n", "-mx"], files: { "modopts.ini": PW + "domain = example.org\nhosts = dyndns.example.org\n" },
    exit: 0, sent: false,
    stdout: ["  name     VERT.example.org   (id: system.qwk_id; domain: modopts key domain (" + M + " [dyndns]))",
      "  mx?   -> vert.example.org   (option -mx alone)", "  status   {data}dyndns-vert.example.org.json (a run writes it; -n does not)"],
  },
  {
    title: "domain in -status",
    argv: ["-status"], files: { "modopts.ini": "[dyndns]\ndomain = Example.Invalid\n" },
    exit: 0, sent: false,
    stdout: ["no run of dyndns.js recorded for VERT.Example.Invalid in {data}dyndns-vert.example.invalid.json", "DNS now: VERT.Example.Invalid does not resolve"],
  },
  {
    title: "domain is validated like any host name",
    files: { "modopts.ini": PW + "domain = example_org\n" },
    exit: 2, sent: false, errors: ["modopts key domain (" + M + " [dyndns]) 'example_org': expected a host name, like synchro.net"],
  },
  {
    title: "domain without hosts: the update would go to synchro.net's servers",
    argv: ["-n"], files: { "modopts.ini": PW + "domain = example.org\n" },
    exit: 0, sent: false,
    warnings: ["modopts key domain (" + M + " [dyndns]) is example.org but hosts is not set, so the update goes to dyndns.synchro.net and the other synchro.net servers;"
      + " set hosts to your network's DynDNS service"],
  },
];

function fill(line, r) {
  return line.split("{ctrl}").join(r.ctrlDir + "/").split("{data}").join(r.dataDir)
    .replace(/\{hostPort:([^}]+)\}/g, (m, name) => r.hostPort(name))
    .replace(/\{host:([^}]+)\}/g, (m, name) => r.host(name))
    .replace(/\{line:([^:]+):([^}]+)\}/g, (m, file, text) => String(r.ctrlBefore[file].split("\n").findIndex((l) => l.includes(text)) + 1));
}

/** The module's log lines at a level where the engine shows levels (the emulator), else null. */
function logged(r, level) {
  return r.output ? r.output.filter((o) => o.via === "log" && o.level === level).map((o) => o.text) : null;
}

function expectLog(r, level, expected, what) {
  const want = expected.map((l) => fill(l, r));
  const got = logged(r, level);
  if (got) assert.deepStrictEqual(got, want, what + "\n" + r.all);
  else for (const line of want) assert.ok(r.err.includes(line), what + ": missing " + JSON.stringify(line) + "\n" + r.all);
}

async function runCase(c, engine) {
  // Where nothing may be sent, no service listens and nothing is routed: the files stay as written.
  const hosts = c.hosts || (c.sent === false ? {} : { "dyndns.synchro.net": FULL });
  const options = { engine, argv: c.argv || [], files: c.files || { "modopts.ini": PW }, hosts, data: c.data, dataDirs: c.dataDirs };
  for (const key of ["names", "system", "ipv6Local", "context", "server"]) if (c[key] !== undefined) options[key] = c[key];
  const r = await dyndns(options);
  assert.strictEqual(r.exitCode, c.exit, "exit status\n" + r.all);
  if (c.errors) expectLog(r, LOG_ERR, c.errors, "error lines");
  if (c.warnings) expectLog(r, LOG_WARNING, c.warnings, "warning lines");
  const stdout = typeof c.stdout === "function" ? c.stdout(r) : c.stdout || [];
  const printed = r.stdout.split("\n");
  for (const line of stdout) assert.ok(printed.includes(fill(line, r)), "stdout lacks " + JSON.stringify(fill(line, r)) + "\n" + r.stdout);
  const sessions = [].concat(...Object.values(r.sessions));
  if (c.sent === false) {
    assert.strictEqual(sessions.length, 0, "nothing reaches a service");
    if (r.sockets) assert.deepStrictEqual(r.sockets.filter((s) => s.op === "connect"), [], "no connection attempted");
  }
  if (c.answers) {
    assert.ok(sessions.length >= 1, "a session took place\n" + r.all);
    const answers = answersOf(sessions[sessions.length - 1]);
    for (const [prompt, answer] of Object.entries(c.answers)) assert.strictEqual(answers[prompt], answer, prompt + "\n" + r.all);
  }
  for (const text of c.absent || []) assert.ok(!r.all.includes(text), JSON.stringify(text) + " must appear nowhere\n" + r.all);
  if (c.unchanged) for (const rel of Object.keys(r.ctrlBefore)) assert.strictEqual(r.ctrlAfter[rel], r.ctrlBefore[rel], rel + " unchanged");
  if (c.check) c.check(r);
}

for (const engine of ENGINES) {
  describe("the sysop's first hour (" + engine + ")", function () {
    for (const c of CASES) {
      if (c.notReal && isReal(engine)) continue;
      it(c.title, function () {
        this.timeout(60000);
        return runCase(c, engine);
      });
    }
  });
}

module.exports = { CASES };
