"use strict";
const assert = require("assert");
const { parseStatus, nextStatus, recordRun, serializeStatus, statusFileName, STATUS_FORMAT } = require("../../../src/client/core/status");
const { describeStatus } = require("../../../src/client/core/statusReport");

const SETTINGS = {
  password: "s3cret", id: "VERT", domain: "synchro.net", ip: "198.51.100.2", ip6: "", ip6Auto: false, mx: "vert.synchro.net", txt: "Vertrauen",
  loc: "", wildcard: true, ttl: "300", hosts: ["dyndns.synchro.net", "rob.synchro.net"], port: 8467, timeout: 60, origins: {},
};
const T0 = Date.UTC(2025, 10, 30, 2, 0, 0);
const H = 3600 * 1000;

function run(outcome, at, server = "rob.synchro.net") {
  const attempts = [{ host: "dyndns.synchro.net", port: 8467, result: "refused the connection" }];
  if (outcome === "updated") attempts.push({ host: server, port: 8467, result: "ok" });
  const message = outcome === "updated" ? "VERT.synchro.net updated through " + server
    : "update failed: dyndns.synchro.net:8467 refused the connection; rob.synchro.net:8467 did not accept the connection within 10 s";
  return recordRun(SETTINGS, "2600::1", { exit: outcome === "updated" ? 0 : 1, outcome, server: outcome === "updated" ? server : null, attempts, message }, at, at + 1234);
}

describe("status file", () => {
  it("one file per name", () => assert.strictEqual(statusFileName("VERT.Synchro.NET"), "dyndns-vert.synchro.net.json"));

  it("round trip; the last success is kept through a failure", () => {
    const first = nextStatus(null, SETTINGS, run("updated", T0));
    const second = nextStatus(parseStatus(serializeStatus(first)).status, SETTINGS, run("failed", T0 + H));
    assert.strictEqual(second.last.outcome, "failed");
    assert.deepStrictEqual(second.last_success, first.last);
    assert.deepStrictEqual(second.last_failure, second.last);
    assert.ok(!serializeStatus(second).includes("s3cret"));
  });

  it("another name's status is not carried over", () => {
    const other = Object.assign({}, nextStatus(null, SETTINGS, run("updated", T0)), { name: "OTHER.synchro.net" });
    assert.strictEqual(nextStatus(other, SETTINGS, run("failed", T0 + H)).last_success, null);
  });

  const bad = [
    ["", "not a status file of dyndns.js (not JSON)"],
    ["{\"format\":\"something else\"}", "not a status file of dyndns.js"],
    ["[1,2]", "not a status file of dyndns.js"],
    ["null", "not a status file of dyndns.js"],
    [JSON.stringify({ format: STATUS_FORMAT, name: "VERT.synchro.net", last: { time: "yesterday" }, last_success: null, last_failure: null }), "a damaged status file of dyndns.js"],
    ["{\"format\":\"" + STATUS_FORMAT + "\",\"name\":\"VERT.synch", "not a status file of dyndns.js (not JSON)"],
  ];
  for (const [text, reason] of bad) {
    it("refuses " + JSON.stringify(text).slice(0, 60), () => assert.deepStrictEqual(parseStatus(text), { ok: false, reason }));
  }
});

describe("describeStatus (-status)", () => {
  const view = (status, dns) => ({ name: "VERT.synchro.net", path: "/sbbs/data/x.json", status, nowMs: T0 + 3 * H + 60000, offsetMinutes: () => 60, dns });

  it("plain words: last update, last failure, last run, what was published, DNS now", () => {
    const first = nextStatus(null, SETTINGS, run("updated", T0));
    const status = nextStatus(first, SETTINGS, run("failed", T0 + 3 * H));
    assert.deepStrictEqual(describeStatus(view(status, ["198.51.100.2", "2600::1"])), [
      "status of VERT.synchro.net (/sbbs/data/x.json)",
      "  last update 3 hours ago (2025-11-30 03:00) through rob.synchro.net: ok",
      "  last failure 1 minute ago (2025-11-30 06:00): update failed: dyndns.synchro.net:8467 refused the connection; rob.synchro.net:8467 did not accept the connection within 10 s",
      "  last run 1 minute ago (2025-11-30 06:00): exit status 1 after 1.2 s; dyndns.synchro.net:8467 refused the connection",
      "  published by the last update:",
      "    A     198.51.100.2",
      "    AAAA  2600::1",
      "    MX    vert.synchro.net",
      "    TXT   Vertrauen",
      "    LOC   none",
      "    CNAME *.VERT.synchro.net (wildcard)",
      "    TTL   300 s",
      "DNS now: VERT.synchro.net resolves to 198.51.100.2, 2600::1",
    ]);
  });

  it("DNS that does not show the published address yet says so", () => {
    const status = nextStatus(null, SETTINGS, run("updated", T0));
    const lines = describeStatus(view(status, ["203.0.113.9"]));
    assert.strictEqual(lines[lines.length - 1], "DNS now: VERT.synchro.net resolves to 203.0.113.9 (not yet 198.51.100.2, 2600::1, as last published: DNS may take a few minutes)");
  });

  it("never a success", () => {
    const lines = describeStatus(view(nextStatus(null, SETTINGS, run("failed", T0)), null));
    assert.strictEqual(lines[1], "  last update: none recorded");
    assert.strictEqual(lines[lines.length - 1], "DNS now: VERT.synchro.net does not resolve");
  });
});

describe("an IPv6 literal in -status", () => {
  it("is shown in brackets: the server that answered and each server tried", () => {
    const attempts = [{ host: "2001:db8::2", port: 8467, result: "refused the connection" }, { host: "::1", port: 8467, result: "ok" }];
    const rec = recordRun(SETTINGS, "", { exit: 0, outcome: "updated", server: "::1", attempts, message: "VERT.synchro.net updated through [::1]" }, T0, T0 + 1000);
    assert.deepStrictEqual(rec.servers, [{ server: "[2001:db8::2]:8467", result: "refused the connection" }, { server: "[::1]:8467", result: "ok" }]);
    assert.strictEqual(rec.server, "::1", "the file keeps the host as configured");
    const lines = describeStatus({ name: "VERT.synchro.net", path: "/p", status: nextStatus(null, SETTINGS, rec), nowMs: T0 + 60000, offsetMinutes: () => 0, dns: null });
    assert.ok(lines.includes("  last update 1 minute ago (2025-11-30 02:00) through [::1]: ok"), lines.join("\n"));
    assert.ok(lines.some((l) => l.endsWith("; [2001:db8::2]:8467 refused the connection; [::1]:8467 ok")), lines.join("\n"));
  });
});

describe("a status file: every field checked, nothing half taken", () => {
  const good = () => JSON.parse(serializeStatus(nextStatus(nextStatus(null, SETTINGS, run("updated", T0)), SETTINGS, run("failed", T0 + H))));
  const DAMAGED = "a damaged status file of dyndns.js";
  it("is written as indented JSON ending in a newline, and read back whole", () => {
    const text = serializeStatus(nextStatus(null, SETTINGS, run("updated", T0)));
    assert.match(text, /^\{\n  "format": "dyndns.js status 1",\n  "name": "VERT.synchro.net",\n/);
    assert.ok(text.endsWith("}\n"));
    assert.deepStrictEqual(parseStatus(text), { ok: true, status: JSON.parse(text) });
  });
  it("what is not a status file of ours", () => {
    for (const text of ["null", "5", "\"x\"", "[]", "{}", "{\"format\":\"dyndns.js status 2\"}"]) {
      assert.deepStrictEqual(parseStatus(text), { ok: false, reason: "not a status file of dyndns.js" }, text);
    }
  });
  const damage = [];
  for (const which of ["last", "last_success", "last_failure"]) {
    const at = (s) => s[which];
    const field = (name, value) => damage.push([which + "." + name + " = " + JSON.stringify(value), (s) => { at(s)[name] = value; }]);
    const drop = (name) => damage.push(["no " + which + "." + name, (s) => { delete at(s)[name]; }]);
    for (const name of ["time", "duration_ms", "exit"]) { field(name, "1"); field(name, null); drop(name); }
    for (const v of ["Updated", "updatedx", "xfailed", "", 1]) field("outcome", v);
    field("server", 5); field("server", {});
    for (const v of [{}, null, "a:1 ok", [null], [{ server: 1, result: "x" }], [{ server: "a", result: 1 }], [{ result: "x" }],
      [{ server: "a", result: "b" }, 5], [{ server: "a", result: "b" }, { server: "c" }]]) field("servers", v);
    field("message", 1); drop("message");
    field("records", null); field("records", "x"); drop("records");
    for (const name of ["ip", "ip6", "mx", "txt", "loc", "ttl"]) {
      damage.push([which + ".records." + name + " = 1", (s) => { at(s).records[name] = 1; }]);
      damage.push(["no " + which + ".records." + name, (s) => { delete at(s).records[name]; }]);
    }
    damage.push([which + ".records.wildcard = \"true\"", (s) => { at(s).records.wildcard = "true"; }]);
    damage.push([which + " = 5", (s) => { s[which] = 5; }]);
    damage.push([which + " = {}", (s) => { s[which] = {}; }]);
  }
  damage.push(["name = 5", (s) => { s.name = 5; }], ["no name", (s) => { delete s.name; }], ["last = null", (s) => { s.last = null; }]);
  for (const [what, spoil] of damage) {
    it("refused: " + what, () => {
      const s = good();
      spoil(s);
      assert.deepStrictEqual(parseStatus(JSON.stringify(s)), { ok: false, reason: DAMAGED });
    });
  }
  it("taken: no success or no failure yet (null), a run with no server and no servers tried", () => {
    const s = good();
    s.last_success = null;
    s.last.server = null;
    s.last.servers = [];
    assert.strictEqual(parseStatus(JSON.stringify(s)).ok, true);
    const t = good();
    t.last_failure = null;
    assert.strictEqual(parseStatus(JSON.stringify(t)).ok, true);
  });
  it("a record of a run: Unix seconds, the duration rounded (never negative), every record", () => {
    const rec = recordRun(SETTINGS, "2600::1", { exit: 0, outcome: "updated", server: "h", attempts: [], message: "m" }, 1999999, 1999999 + 1234.6);
    assert.deepStrictEqual(rec, {
      time: 1999, duration_ms: 1235, exit: 0, outcome: "updated", server: "h", servers: [], message: "m",
      records: { ip: "198.51.100.2", ip6: "2600::1", mx: "vert.synchro.net", txt: "Vertrauen", loc: "", wildcard: true, ttl: "300" },
    });
    assert.strictEqual(recordRun(SETTINGS, "", { exit: 1, outcome: "failed", server: null, attempts: [], message: "m" }, 5000, 4000).duration_ms, 0);
  });
  it("the next status: a success keeps the last failure of the same name, in any case", () => {
    const failed = nextStatus(null, SETTINGS, run("failed", T0));
    const renamed = Object.assign({}, failed, { name: "vert.SYNCHRO.net" });
    const after = nextStatus(renamed, SETTINGS, run("updated", T0 + H));
    assert.deepStrictEqual(after.last_failure, failed.last);
    assert.strictEqual(after.format, STATUS_FORMAT);
    assert.strictEqual(after.name, "VERT.synchro.net");
    assert.deepStrictEqual(nextStatus(null, SETTINGS, run("updated", T0)).last_failure, null);
  });
});
