"use strict";
const assert = require("assert");
const { parseIniLine, expandIncludes, sectionNamed, untilEof } = require("../../../src/shared/core/iniText");

describe("parseIniLine (as ini_file.c cuts a line)", () => {
  const table = [
    ["[dyndns]", { kind: "section", name: "dyndns" }],
    ["  [ dyndns ]  ; note", { kind: "section", name: "dyndns" }],
    ["password = s3cret ; note", { kind: "key", name: "password", value: "s3cret ; note", separator: "=" }],
    ["\tport=8467", { kind: "key", name: "port", value: "8467", separator: "=" }],
    ["url: http://x=y", { kind: "key", name: "url", value: "http://x=y", separator: ":" }],
    ["a=b:c", { kind: "key", name: "a", value: "b:c", separator: "=" }],
    ["; password = x", { kind: "other" }],
    ["just words", { kind: "other" }],
    ["\xEF\xBB\xBF[dyndns]", { kind: "other" }],
    ["\xEF\xBB\xBFpassword = x", { kind: "key", name: "\xEF\xBB\xBFpassword", value: "x", separator: "=" }],
  ];
  for (const [line, want] of table) it(JSON.stringify(line), () => assert.deepStrictEqual(parseIniLine(line), want));
});

describe("sectionNamed", () => {
  it("aliases and case", () => {
    assert.strictEqual(sectionNamed("other | DynDNS", "dyndns", false), true);
    assert.strictEqual(sectionNamed("DynDNS", "dyndns", true), false);
    assert.strictEqual(sectionNamed("dyndns:lang=en", "dyndns", false), false);
  });
});

describe("expandIncludes", () => {
  const files = {
    "modopts.d/a.ini": "[dyndns]\npassword = a\n",
    "modopts.d/b.ini": "[dyndns]\npassword = b\n!include inner/*.ini\n",
    "inner/c.ini": "x = c\n",
  };
  const reader = (pattern) => Object.keys(files).filter((f) => f.startsWith(pattern.replace("*.ini", ""))).sort().map((path) => ({ path, text: files[path] }));
  it("inserts the matches in reverse glob order, nested, with file and line", () => {
    const lines = expandIncludes("modopts.ini", "; top\n!include modopts.d/*.ini\n[dyndns]\r\npassword = main\n", reader);
    assert.deepStrictEqual(lines.map((l) => l.file + ":" + l.line + ":" + l.text), [
      "modopts.ini:1:; top",
      "modopts.d/b.ini:1:[dyndns]", "modopts.d/b.ini:2:password = b", "inner/c.ini:1:x = c",
      "modopts.d/a.ini:1:[dyndns]", "modopts.d/a.ini:2:password = a",
      "modopts.ini:3:[dyndns]", "modopts.ini:4:password = main",
    ]);
  });
  it("a file that includes itself ends", () => {
    const lines = expandIncludes("loop.ini", "!include loop.ini\nk = v\n", () => [{ path: "loop.ini", text: "!include loop.ini\nk = v\n" }]);
    assert.ok(lines.length > 1 && lines.length < 200);
  });
  it("!eof ends the file", () => {
    assert.deepStrictEqual(untilEof(expandIncludes("f", "a=1\n!EOF\nb=2\n", () => [])).map((l) => l.text), ["a=1"]);
  });
});
