// What Synchronet needs of each file in dist/ before any behaviour is looked at.
import assert from "node:assert";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import * as acorn from "acorn";
import { TARGETS, bundleAll } from "../../build.mjs";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "../..");
const version = createRequire(import.meta.url)("../../package.json").version;

for (const target of TARGETS) describe(target.out + " gates", function () {
  this.timeout(60000);
  const code = fs.readFileSync(path.join(root, target.out), "utf8");

  it("parses as ES5 (acorn ecmaVersion 5, script)", () => {
    assert.doesNotThrow(() => acorn.parse(code, { ecmaVersion: 5, sourceType: "script" }));
  });

  it("equals a fresh build of src/, and two builds are byte-identical", async () => {
    const fresh = (await bundleAll()).find((b) => b.target.out === target.out).code;
    assert.ok(fresh === code, target.out + " is stale: run npm run build and commit it");
    assert.ok((await bundleAll()).find((b) => b.target.out === target.out).code === fresh, "the build is not deterministic");
  });

  it("leaks nothing to the global scope: every assigned name is declared inside the wrapper", () => {
    const ast = acorn.parse(code, { ecmaVersion: 5, sourceType: "script" });
    const declared = new Set();
    const assigned = new Set();
    (function walk(node) {
      if (!node || typeof node.type !== "string") return;
      if (node.type === "VariableDeclarator") declared.add(node.id.name);
      if (node.type === "FunctionDeclaration" || node.type === "FunctionExpression") {
        if (node.id) declared.add(node.id.name);
        node.params.forEach((p) => declared.add(p.name));
      }
      if (node.type === "CatchClause") declared.add(node.param.name);
      if (node.type === "AssignmentExpression" && node.left.type === "Identifier") assigned.add(node.left.name);
      if (node.type === "UpdateExpression" && node.argument.type === "Identifier") assigned.add(node.argument.name);
      for (const key of Object.keys(node)) {
        const v = node[key];
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v.type === "string") walk(v);
      }
    })(ast.body[0].expression.callee.body);
    assert.deepStrictEqual([...assigned].filter((n) => !declared.has(n)), []);
    assert.ok(!/\bthis\./.test(code), "no use of the top-level this (not the global in a timed event)");
  });

  it("is one function scope: no require, import, exports or module wrapper", () => {
    const ast = acorn.parse(code, { ecmaVersion: 5, sourceType: "script" });
    assert.strictEqual(ast.body.length, 1, "one top-level statement");
    const call = ast.body[0].expression;
    assert.strictEqual(call.type, "CallExpression");
    assert.strictEqual(call.callee.type, "FunctionExpression");
    assert.strictEqual(call.arguments.length, 0);
    assert.ok(!/\brequire\s*\(|\bimport\b|\bexports\b/.test(code));
  });

  it("declares with var only and never names exit_code", () => {
    const tokens = [...acorn.tokenizer(code, { ecmaVersion: 5 })];
    const names = tokens.filter((t) => t.type.label === "name").map((t) => t.value);
    assert.ok(!names.includes("exit_code"));
    assert.ok(!names.includes("let") && !names.includes("const"));
  });

  it("names no ES2015+ built-in", () => {
    const tokens = [...acorn.tokenizer(code, { ecmaVersion: 5 })].filter((t) => t.type.label === "name").map((t) => t.value);
    const newer = ["Map", "Set", "WeakMap", "Promise", "Symbol", "Proxy", "Reflect", "assign", "includes", "startsWith", "endsWith",
      "repeat", "padStart", "padEnd", "find", "findIndex", "from", "isInteger", "trunc", "globalThis"];
    assert.deepStrictEqual(tokens.filter((n) => newer.includes(n)), []);
  });

  it("has the header: its name, version, usage, generated", () => {
    const header = code.slice(0, code.indexOf("*/"));
    assert.match(header, new RegExp("^/\\* " + path.basename(target.out).replace(/\./g, "\\.") + ": .*, version " + version.replace(/\./g, "\\.") + "\n"));
    assert.match(header, /\n \* usage: /);
    assert.match(header, /Generated from src\/ by build\.mjs/);
  });
});
