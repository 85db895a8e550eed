"use strict";
// The packs every real lane runs (test/real/pack.js): each is the Synchronet version it is named
// for, with its own engine, and a pack that is missing fails the run, naming the file and the
// variable that points at it.
const assert = require("assert");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { VERSIONS, PACKS, packFor, removeRoots } = require("./pack");

const PROBE = "print(JSON.stringify([system.full_version, system.version + system.revision, js.version]));";

describe("the Synchronet packs of the real lanes", function () {
  after(removeRoots);

  it("are 3.22a and 3.30a", () => assert.deepStrictEqual(VERSIONS, ["3.22a", "3.30a"]));

  for (const pack of PACKS) {
    it(pack.version + ": jsexec is Synchronet " + pack.version + " on " + pack.engine, async () => {
      const root = await pack.makeRoot({ files: { "mods/version.js": PROBE } });
      const r = await pack.jsexec(root, ["version.js"]);
      assert.strictEqual(r.status, 0, r.stderr);
      const [full, version, engine] = JSON.parse(r.stdout.trim());
      assert.deepStrictEqual([full, version], [pack.version, pack.version]);
      assert.match(engine, pack.jsVersion);
    });

    it(pack.version + ": sbbs is the same build", async () => {
      const root = await pack.makeRoot();
      const bbs = await pack.startSbbs(root, ["t!"]);
      try {
        await bbs.waitFor(new RegExp("Version " + pack.version.replace(".", "\\.") + "\\b"));
      } finally {
        await bbs.stop();
      }
    });
  }

  it("a missing pack fails, naming the file it lacks and the variable to set", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "no-pack-"));
    try {
      for (const version of VERSIONS) {
        const variable = packFor(version).variable;
        const was = process.env[variable];
        process.env[variable] = empty;
        let missing;
        try {
          missing = packFor(version);
        } finally {
          if (was === undefined) delete process.env[variable];
          else process.env[variable] = was;
        }
        const expected = (e) => e.message === "the Synchronet " + version + " pack is missing " + empty + "/bin/jsexec (expected ../shared/engines/"
          + { "3.22a": "sbbs", "3.30a": "sbbs330" }[version] + " beside the repo, or $" + variable + ")";
        assert.throws(() => missing.requirePack(), expected);
        await assert.rejects(missing.makeRoot(), expected);
      }
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
