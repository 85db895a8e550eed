"use strict";
// The host functions added to the emulator for the status file and -status (resolve_ip,
// file_rename, file_remove, file_size, directory, system.data_dir) and the ini reader's BOM
// handling: one probe script, its lines compared between the emulator and the real jsexec of each
// version (3.22a, 3.30a).
const assert = require("assert");
const fs = require("fs");
const path = require("path");
const { runScript, makeCtrlDir } = require("./index");
const { PACKS, removeRoots } = require("../real/pack");

const PROBE = path.join(__dirname, "probes/files-and-names.js");

function prepare(dataDir) {
  fs.mkdirSync(path.join(dataDir, "dir/sub"), { recursive: true });
  for (const f of ["b.ini", "a.ini", "c.txt"]) fs.writeFileSync(path.join(dataDir, "dir", f), f);
}

for (const pack of PACKS) describe("emulator additions agree with the real jsexec " + pack.version, function () {
  let real;
  before(async function () {
    const root = await pack.makeRoot();
    prepare(root.file("data"));
    const r = await pack.jsexec(root, [PROBE]);
    assert.strictEqual(r.status, 0, r.stderr);
    real = r.stdout;
  });
  after(removeRoots);

  it("the real jsexec answered every line", () => assert.strictEqual(real.trim().split("\n").length, 33, real));

  for (const engine of ["vm", "js185"]) {
    it("on " + engine, async () => {
      const ctrlDir = makeCtrlDir({});
      prepare(path.join(ctrlDir, "../data"));
      const r = await runScript({ engine, script: PROBE, ctrlDir, system: {} });
      assert.strictEqual(r.exitCode, 0, r.stderr + (r.uncaught || ""));
      const emulated = r.stdout.split("\n");
      const expected = real.split("\n");
      for (let i = 0; i < Math.max(emulated.length, expected.length); i++) {
        assert.strictEqual(emulated[i], expected[i], "line " + (i + 1) + " differs");
      }
    });
  }
});
