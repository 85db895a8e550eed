// dist/install-xtrn.ini: generated from its template, and every script it runs ships beside it.
// (What Synchronet's installer does with it is tested in test/real/installer.test.js.)
import assert from "node:assert";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { TEMPLATES, buildTemplates } from "../../build.mjs";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "../..");
const version = createRequire(import.meta.url)("../../package.json").version;

for (const { target, text } of buildTemplates().filter((b) => b.target.out === "dist/install-xtrn.ini")) describe(target.out, () => {
  const shipped = fs.readFileSync(path.join(root, target.out), "utf8");

  it("equals a fresh build of " + target.template + " and carries the version", () => {
    assert.ok(shipped === text, target.out + " is stale: run npm run build and commit it");
    assert.match(shipped, new RegExp("^Inst = dyndns\\.js " + version.replace(/\./g, "\\.") + "$", "m"));
    assert.ok(!/@\w+@/.test(shipped), "no placeholder left");
  });

  it("runs only scripts that ship beside it in dist/", () => {
    const scripts = [...shipped.matchAll(/^\[(?:pre-)?exec:(\S+)/gm)].map((m) => m[1]);
    assert.ok(scripts.length > 0);
    for (const s of scripts) assert.ok(fs.existsSync(path.join(root, path.dirname(target.out), s)), s + " is not in dist/");
  });

  it("has each section once (Synchronet reads only the first of a name)", () => {
    const sections = shipped.split("\n").filter((l) => l.startsWith("[")).map((l) => l.toLowerCase());
    assert.deepStrictEqual(sections, [...new Set(sections)]);
  });
});

describe("dist/nic/webctrl.ini", () => {
  const built = buildTemplates().find((b) => b.target.out === "dist/nic/webctrl.ini");
  const shipped = fs.readFileSync(path.join(root, "dist/nic/webctrl.ini"), "utf8");
  it("equals a fresh build of src/web/webctrl.ini and carries the version", () => {
    assert.ok(shipped === built.text, "dist/nic/webctrl.ini is stale: run npm run build and commit it");
    assert.match(shipped, new RegExp("version " + version.replace(/\./g, "\\.") + " "));
  });
  it("serves every path below nic/ with index.ssjs, which ships beside it (PathInfoIndex in [*], the section for every file)", () => {
    assert.match(shipped, /^\[\*\]\nPathInfoIndex = true$/m);
    assert.ok(fs.existsSync(path.join(root, "dist/nic/index.ssjs")));
  });
});

it("TEMPLATES names its template", () => assert.ok(TEMPLATES.every((t) => fs.existsSync(path.join(root, t.template)))));
