"use strict";
const assert = require("assert");
const { parseArgs, NO_VALUE } = require("../../../src/client/core/parseArgs");

function cmd(words) {
  const r = parseArgs(words);
  assert.ok(r.ok, r.error);
  return r.cmd;
}

describe("parseArgs", () => {
  const table = [
    [["pw"], { plain: ["pw"] }],
    [["pw", "1.2.3.4"], { plain: ["pw", "1.2.3.4"] }],
    [["pw", "-mx"], { plain: ["pw"], mx: NO_VALUE }],
    [["pw", "-MX", "mail.example.com"], { plain: ["pw"], mx: "mail.example.com" }],
    [["pw", "-mx", "-q"], { plain: ["pw"], mx: NO_VALUE, quiet: true }],
    [["-mx", "-ip6", "pw"], { plain: ["pw"], mx: NO_VALUE, ip6: NO_VALUE }],
    [["pw", "-ip6"], { plain: ["pw"], ip6: NO_VALUE }],
    [["pw", "-IPv6", "2001:470::1"], { plain: ["pw"], ip6: "2001:470::1" }],
    [["pw", "-ip6", "1.2.3.4"], { plain: ["pw", "1.2.3.4"], ip6: NO_VALUE }],
    [["-hn", "other", "pw"], { plain: ["pw"], hn: "other" }],
    [["pw", "-n"], { plain: ["pw"], dryRun: true }],
    [["-Q", "pw"], { plain: ["pw"], quiet: true }],
  ];
  for (const [words, expected] of table) {
    it(JSON.stringify(words), () => {
      const got = cmd(words);
      const want = Object.assign({ plain: [], quiet: false, dryRun: false, help: false }, expected);
      assert.deepStrictEqual(JSON.parse(JSON.stringify(got)), want);
    });
  }

  for (const h of ["-help", "--help", "-?", "-HELP"]) {
    it("help: " + h, () => assert.strictEqual(cmd(["pw", h]).help, true));
  }

  const errors = [
    [["pw", "-hn"], /-hn: expected a host name/],
    [["pw", "-hn", "-q"], /-hn: expected a host name/],
    [["pw", "-x"], /option -x: unknown/],
    [["a", "b", "c"], /argument 'c': unexpected/],
  ];
  for (const [words, pattern] of errors) {
    it("rejects " + JSON.stringify(words), () => {
      const r = parseArgs(words);
      assert.strictEqual(r.ok, false);
      assert.match(r.error, pattern);
    });
  }
});
