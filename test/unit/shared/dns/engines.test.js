"use strict";
// The pure DNS core bundled as Synchronet gets it, on SpiderMonkey 1.8.5 (Synchronet
// 3.19-3.22's engine), 78 and 102: the same bytes as under Node, line for line
// (SHA-256, HMAC, base64, UPDATE, TSIG signature, LOC, verification of a real answer).
const assert = require("assert");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const vm = require("node:vm");
const { execFileSync } = require("node:child_process");
const { SHELLS } = require("../../../host");
const FIXTURE = require("./server-answers.json");

describe("DNS core on the real SpiderMonkey shells", function () {
  this.timeout(60000);
  let code, expected, dir;
  before(async () => {
    const { bundleEntry, gateProblems } = await import("../../../../build.mjs");
    code = "var FIXTURE = " + JSON.stringify(FIXTURE) + ";\n" + await bundleEntry(path.join(__dirname, "../../../entries/dns-core.js"), ["dns-core.js: test only"]);
    assert.deepStrictEqual(gateProblems(code.slice(code.indexOf("\n") + 1)), []);
    const printed = [];
    vm.runInNewContext(code, { print: (s) => printed.push(s) });
    expected = printed;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "dns-core-"));
    fs.writeFileSync(path.join(dir, "core.js"), code);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("under Node: verified the real answer, refused the altered one", () => {
    assert.ok(expected.includes("verify ok"), expected.join("\n"));
    assert.ok(expected.some((l) => /^tampered the answer fails TSIG verification/.test(l)), expected.join("\n"));
    assert.ok(expected.includes("sha256-abc ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
  });

  for (const engine of ["js185", "js102", "js78"]) {
    it(engine + ": the same lines as Node", () => {
      assert.ok(fs.existsSync(SHELLS[engine]), engine + " shell missing: " + SHELLS[engine]);
      let out;
      try {
        out = execFileSync(SHELLS[engine], ["-f", path.join(dir, "core.js")], { encoding: "latin1", timeout: 20000, killSignal: "SIGKILL" });
      } catch (e) {
        if (e.code === "ETIMEDOUT") throw new Error(engine + ": the DNS core did not end within 20 s (killed)");
        throw e;
      }
      assert.deepStrictEqual(out.split("\n").filter((l) => l !== ""), expected);
    });
  }
});
