"use strict";
const assert = require("assert");
const { parseArgs, NO_VALUE } = require("../../../../src/client/core/settings/commandLine");

function cmd(words) {
  const r = parseArgs(words);
  assert.ok(r.ok, r.error);
  return r.cmd;
}

const P = (word, leftBy) => (leftBy ? { word, leftBy } : { word });
const LEFT_BY_MX = "the word after -mx, which took none: it is not a host name with at least two labels";
const LEFT_BY_IP6 = "the word after -ip6, which took none: it is not an IPv6 address";

describe("parseArgs", () => {
  const table = [
    [["pw"], { plain: [P("pw")] }],
    [["pw", "1.2.3.4"], { plain: [P("pw"), P("1.2.3.4")] }],
    [["pw", "-mx"], { plain: [P("pw")], mx: NO_VALUE }],
    [["pw", "-MX", "mail.example.com"], { plain: [P("pw")], mx: "mail.example.com" }],
    [["pw", "-mx", "-q"], { plain: [P("pw")], mx: NO_VALUE, quiet: true }],
    [["-mx", "-ip6", "pw"], { plain: [P("pw", LEFT_BY_IP6)], mx: NO_VALUE, ip6: NO_VALUE }],
    [["pw", "-ip6"], { plain: [P("pw")], ip6: NO_VALUE }],
    [["pw", "-IPv6", "2001:470::1"], { plain: [P("pw")], ip6: "2001:470::1" }],
    [["pw", "-ip6", "1.2.3.4"], { plain: [P("pw"), P("1.2.3.4", LEFT_BY_IP6)], ip6: NO_VALUE }],
    [["-hn", "other", "pw"], { plain: [P("pw")], hn: "other" }],
    // The word after -hn is its value whatever it is: validation says what is wrong with it.
    [["-hn", "bad_name!", "pw"], { plain: [P("pw")], hn: "bad_name!" }],
    [["pw", "-n"], { plain: [P("pw")], dryRun: true }],
    [["-Q", "pw"], { plain: [P("pw")], quiet: true }],
    [["-STATUS"], { status: true }],
    // No option eats the password: a word that is not the option's kind of value stays a plain word.
    [["-mx", "secret"], { plain: [P("secret", LEFT_BY_MX)], mx: NO_VALUE }],
    [["-mx", "secret", "mail.example.com"], { plain: [P("secret", LEFT_BY_MX), P("mail.example.com")], mx: NO_VALUE }],
    [["-mx", "mail"], { plain: [P("mail", LEFT_BY_MX)], mx: NO_VALUE }],
    [["-mx", "mail.example.com."], { plain: [], mx: "mail.example.com." }],
    [["-ip6", "pass:word"], { plain: [P("pass:word", LEFT_BY_IP6)], ip6: NO_VALUE }],
    [["-ip6", "2001:::1"], { plain: [P("2001:::1", LEFT_BY_IP6)], ip6: NO_VALUE }],
  ];
  for (const [words, expected] of table) {
    it(JSON.stringify(words), () => {
      const got = cmd(words);
      const want = Object.assign({ plain: [], quiet: false, dryRun: false, help: false, status: false }, expected);
      assert.deepStrictEqual(JSON.parse(JSON.stringify(got)), want);
    });
  }

  for (const h of ["-help", "--help", "-?", "-HELP", "-h", "/?"]) {
    it("help: " + h, () => assert.strictEqual(cmd(["pw", h]).help, true));
  }

  const errors = [
    [["pw", "-hn"], /^option -hn: expected a host name after it \(one DNS label, like mybbs/],
    [["pw", "-hn", "-q"], /^option -hn: expected a host name after it \(one DNS label, like mybbs: letters, digits and inner hyphens, at most 63\)$/],
    [["pw", "-hn", "/?"], /^option -hn: expected a host name after it/],
    [["pw", "-x"], /option -x: unknown \(expected -q, -n, -mx, -hn, -ip6, -status or -help\)/],
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
