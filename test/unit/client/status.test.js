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
