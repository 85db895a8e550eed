"use strict";
// Behaviours each pinned by one assertion, so that a small change to any of them fails a test
// (found by mutation testing: test/mutation/EQUIVALENT.md lists what cannot be pinned).
const assert = require("assert");
const { converse } = require("../../../src/client/core/conversation");
const { buildAnswers } = require("../../../src/client/core/answers");
const { runUpdate } = require("../../../src/client/core/update");
const { describeDryRun } = require("../../../src/client/core/dryRun");
const { loadModopts } = require("../../../src/client/core/settings/modopts");
const { describeStatus } = require("../../../src/client/core/statusReport");
const { nextStatus, recordRun } = require("../../../src/client/core/status");
const { parseArgs } = require("../../../src/client/core/settings/commandLine");
const { mergeSettings } = require("../../../src/client/core/settings/rawSettings");
const { validateSettings } = require("../../../src/client/core/settings/validate");
const { diagnoseSettingsFile } = require("../../../src/client/core/settings/settingsFile");
const { MODOPTS_KEYS } = require("../../../src/client/core/settings/modopts");
const { expandIncludes } = require("../../../src/shared/core/iniText");
const { choosePassword } = require("../../../src/install/core/password");
const { readExistingEvent } = require("../../../src/install/core/existingEvent");
const { SERVICE_SECTION, SERVICE_SCRIPT } = require("../../../src/install/core/service");
const { fakeClock, fakeConnection, captureOutput, fakeNetwork } = require("./fakes");

const SETTINGS = {
  password: "s3cret", id: "VERT", domain: "synchro.net", ip: "", ip6: "", ip6Auto: false, mx: "", txt: "Vertrauen", loc: "", wildcard: false,
  ttl: "", hosts: ["h1", "h2"], port: 8467, timeout: 60, origins: {},
};
const ANSWERS = buildAnswers(SETTINGS, "");

describe("conversation pins", () => {
  function talk(script) {
    const clock = fakeClock();
    const cap = captureOutput();
    const conn = fakeConnection(script, clock, []);
    const outcome = converse(conn, ANSWERS, clock.now, { waitMs: 10000, deadline: clock.now() + 60000 }, cap.out);
    return { outcome, cap };
  }
  it("a read that fails: the host is given up, saying why", () => {
    assert.deepStrictEqual(talk(["id?", { error: "Connection reset by peer (error 104)" }]).outcome,
      { kind: "failed", reason: "failed while reading: Connection reset by peer (error 104)" });
  });
  it("a line cut at its limit says so in what is shown and kept", () => {
    const clock = fakeClock();
    const cap = captureOutput();
    const conn = { sendLine: () => true, close() {}, readLine: () => ({ kind: "line", line: { text: "Bad", truncated: true } }) };
    let n = 0;
    conn.readLine = () => (n++ ? { kind: "closed" } : { kind: "line", line: { text: "Bad", truncated: true } });
    const outcome = converse(conn, ANSWERS, clock.now, { waitMs: 10000, deadline: clock.now() + 60000 }, cap.out);
    assert.deepStrictEqual(outcome, { kind: "rejected", messages: ["Bad... (line cut at its limit)"] });
    assert.ok(cap.lines.some((l) => l.text === "received: Bad... (line cut at its limit)"));
  });
  it("an unknown line is answered with an empty line, logged as such", () => {
    const r = talk(["motd", "ok"]);
    assert.ok(r.cap.lines.some((l) => l.kind === "debug" && l.text === "sent an empty line (the server's line is not a known prompt)"));
  });
});

describe("update pins", () => {
  function update(hosts, timeout = 60) {
    const clock = fakeClock();
    const net = fakeNetwork(hosts, clock);
    const cap = captureOutput();
    const result = runUpdate(Object.assign({}, SETTINGS, { hosts: Object.keys(hosts), timeout }), ANSWERS, net, cap.out, clock.now());
    return { result, warns: cap.lines.filter((l) => l.kind === "warn").map((l) => l.text) };
  }
  it("a rejection in several lines joins them with ' / '", () => {
    assert.strictEqual(update({ h1: ["Bad password", "Try again", { close: true }] }).result.message, "h1 rejected the update: Bad password / Try again");
  });
  it("out of time: no warning for that host, the summary says it all", () => {
    const steady = ["id?", "pw?", "ip?", "ip6?", "mx?", "txt?"].map((line) => ({ line, afterMs: 400 }));
    const r = update({ h1: steady, h2: ["ok"] }, 2);
    assert.deepStrictEqual(r.warns, []);
    assert.strictEqual(r.result.message, "update failed: h1:8467 ran out of time; not tried for lack of time: h2");
  });
});

describe("dry run, modopts and -status pins", () => {
  it("-n: an empty IPv6 answer without -ip6 means no AAAA record", () => {
    const s = Object.assign({}, SETTINGS, { origins: { ip6: "default" } });
    assert.ok(describeDryRun(s, ANSWERS, "x", null, "/s").includes("  ip6?  -> (empty: no AAAA record)   (default)"));
  });
  it("loadModopts: where the values came from, for each kind of file", () => {
    const none = loadModopts({ path: null, section: "dyndns", sharedPath: "/c/modopts.ini", entries: [], lines: [], shadowed: null });
    assert.deepStrictEqual(none, { source: "defaults (no /c/modopts.ini)", passwordPlace: "the [dyndns] section of /c/modopts.ini, which does not exist", values: {}, warnings: [] });
    const per = loadModopts({ path: "/c/modopts/dyndns.ini", section: null, sharedPath: "/c/modopts.ini", entries: [{ key: "password", value: "x" }], lines: [], shadowed: null });
    assert.deepStrictEqual(per, { source: "/c/modopts/dyndns.ini", passwordPlace: "/c/modopts/dyndns.ini", values: { password: "x" }, warnings: [] });
    const shared = loadModopts({ path: "/c/modopts.ini", section: "dyndns", sharedPath: "/c/modopts.ini", entries: [], lines: [], shadowed: null });
    assert.deepStrictEqual([shared.source, shared.passwordPlace], ["/c/modopts.ini [dyndns]", "the [dyndns] section of /c/modopts.ini"]);
  });
  it("-status: every published record, in words, and what DNS does not show yet", () => {
    const settings = Object.assign({}, SETTINGS, { ip: "", mx: "", loc: "", wildcard: true, ttl: "300", txt: "Vertrauen" });
    const T0 = Date.UTC(2025, 10, 30, 2, 0, 0);
    const run = recordRun(settings, "2600::1", { exit: 0, outcome: "updated", server: "h1", attempts: [{ host: "h1", port: 8467, result: "ok" }], message: "m" }, T0, T0 + 800);
    const view = (dns) => describeStatus({ name: "VERT.synchro.net", path: "/p", status: nextStatus(null, settings, run), nowMs: T0 + 3 * 3600000, offsetMinutes: () => 0, dns });
    assert.deepStrictEqual(view(["2600::1", "203.0.113.7"]), [
      "status of VERT.synchro.net (/p)",
      "  last update 3 hours ago (2025-11-30 02:00) through h1: ok",
      "  last failure: none recorded",
      "  last run 3 hours ago (2025-11-30 02:00): exit status 0 after 0.8 s; h1:8467 ok",
      "  published by the last update:",
      "    A     the address the update came from",
      "    AAAA  2600::1",
      "    MX    none",
      "    TXT   Vertrauen",
      "    LOC   none",
      "    CNAME *.VERT.synchro.net (wildcard)",
      "    TTL   300 s",
      "DNS now: VERT.synchro.net resolves to 2600::1, 203.0.113.7",
    ]);
    assert.strictEqual(view(["203.0.113.7"]).slice(-1)[0], "DNS now: VERT.synchro.net resolves to 203.0.113.7 (not yet 2600::1, as last published: DNS may take a few minutes)");
  });
});

describe("-status pins: the empty records and a run that tried no server", () => {
  it("shows none, no wildcard and the server's default; no server list", () => {
    const settings = Object.assign({}, SETTINGS, { ip: "198.51.100.2", mx: "mx.example.com", loc: "1 N 2 E 3m", wildcard: false, ttl: "" });
    const T0 = Date.UTC(2025, 10, 30, 2, 0, 0);
    const ok = recordRun(settings, "", { exit: 0, outcome: "updated", server: "h1", attempts: [], message: "m" }, T0, T0 + 800);
    const lines = describeStatus({ name: "VERT.synchro.net", path: "/p", status: nextStatus(null, settings, ok), nowMs: T0, offsetMinutes: () => 0, dns: [] });
    assert.deepStrictEqual(lines.slice(3), [
      "  last run just now (2025-11-30 02:00): exit status 0 after 0.8 s",
      "  published by the last update:",
      "    A     198.51.100.2",
      "    AAAA  none",
      "    MX    mx.example.com",
      "    TXT   Vertrauen",
      "    LOC   1 N 2 E 3m",
      "    CNAME none (no wildcard)",
      "    TTL   the server's default",
      "DNS now: VERT.synchro.net does not resolve",
    ]);
  });
});

describe("validation pins", () => {
  const SYSTEM = { qwkId: "VERT", bbsName: "Vertrauen" };
  const modopts = (values) => ({ source: "m", passwordPlace: "p", values, warnings: [] });
  const check = (words, values = {}, system = SYSTEM) => validateSettings(mergeSettings(parseArgs(words).cmd, modopts(values)), system);
  it("a QWK-ID that is not a DNS label, and a -hn that is not one", () => {
    assert.strictEqual(check(["pw"], {}, { qwkId: "VERT_1", bbsName: "B" }).error, "system.qwk_id 'VERT_1': expected a QWK-ID usable as a DNS label (or -hn name)");
    assert.strictEqual(check(["pw", "-hn", "a_b"]).error, "option -hn 'a_b': expected one DNS label (letters, digits and inner hyphens, at most 63)");
  });
  it("only the whole word YOURPASS is the placeholder", () => {
    assert.strictEqual(check(["yourpassx"]).ok, true);
    assert.strictEqual(check(["myyourpass"]).ok, true);
  });
  it("a TXT of exactly 255 characters is fine", () => {
    assert.strictEqual(check(["pw"], { txt: "x".repeat(255) }).settings.txt, "x".repeat(255));
  });
  it("settings-file warnings: a quoted : value with a comment in it says nothing", () => {
    const lines = expandIncludes("/m", "[dyndns]\npassword: \"x ;y\"\nmx: a ;b\n", () => []);
    assert.deepStrictEqual(diagnoseSettingsFile({ path: "/m", section: "dyndns", lines }, null, MODOPTS_KEYS),
      ["/m line 3: the value of mx goes on after ' ;', and Synchronet keeps that comment as part of the value; put comments on a line of their own"]);
    const eq = expandIncludes("/m", "[dyndns]\npassword = \"x\" ;y\n", () => []);
    assert.deepStrictEqual(diagnoseSettingsFile({ path: "/m", section: "dyndns", lines: eq }, null, MODOPTS_KEYS),
      ["/m line 2: the value of password goes on after ' ;', and Synchronet keeps that comment as part of the value; put comments on a line of their own"]);
  });
});

describe("installer pins", () => {
  it("a typed password loses the white space around it, all of it", () => {
    assert.deepStrictEqual(choosePassword("  pw  \t", false, null), { write: "pw" });
  });
  it("only ?dyndns or ?dyndns.js, whole, is the stock event", () => {
    assert.strictEqual(readExistingEvent("?dyndnsx pw", false).replace, false);
    assert.strictEqual(readExistingEvent("x?dyndns pw", false).replace, false);
    assert.strictEqual(readExistingEvent("?DynDNS.JS pw", false).replace, true);
  });
  it("the services.ini section and script the installer writes", () => {
    assert.deepStrictEqual([SERVICE_SECTION, SERVICE_SCRIPT], ["DynDNS", "dyndns-service.js"]);
  });
});
