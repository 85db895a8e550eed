"use strict";
const assert = require("assert");
const { diagnoseSettingsFile } = require("../../../../src/client/core/settings/settingsFile");
const { loadModopts, MODOPTS_KEYS } = require("../../../../src/client/core/settings/modopts");
const { expandIncludes } = require("../../../../src/shared/core/iniText");

const M = "/sbbs/ctrl/modopts.ini";
const PER = "/sbbs/ctrl/modopts/dyndns.ini";
const BOM = "\xEF\xBB\xBF";

function shared(text, includes = {}) {
  const reader = (pattern) => Object.keys(includes).filter((f) => f.startsWith(pattern.replace("*.ini", ""))).sort().map((path) => ({ path, text: includes[path] }));
  return { path: M, section: "dyndns", lines: expandIncludes(M, text, reader) };
}

const diagnose = (file, shadowed = null) => diagnoseSettingsFile(file, shadowed, MODOPTS_KEYS);

describe("diagnoseSettingsFile", () => {
  it("a clean file: nothing", () => assert.deepStrictEqual(diagnose(shared("[dyndns]\npassword = x\nmx =\n")), []));

  it("a second [dyndns] appended to the stock one", () => {
    assert.deepStrictEqual(diagnose(shared("[dyndns]\npassword =\nmx =\n\n[other]\n[dyndns]\npassword = s3cret\n")), [
      "[dyndns] appears 2 times: Synchronet reads only the one at " + M + " line 1 and ignores " + M + " line 6; move those settings into that one",
    ]);
  });

  it("the exact spelling counts before an earlier one in another case", () => {
    assert.deepStrictEqual(diagnose(shared("[DynDNS]\npassword = a\n[dyndns]\npassword = b\n")), [
      "[dyndns] appears 2 times: Synchronet reads only the one at " + M + " line 3 and ignores " + M + " line 1; move those settings into that one",
    ]);
  });

  it("an included [dyndns] comes first (last file of the glob first)", () => {
    const file = shared("!include modopts.d/*.ini\n[dyndns]\npassword =\n", { "modopts.d/a.ini": "[dyndns]\nmx = a.example.com\n", "modopts.d/z.ini": "[dyndns]\npassword = z\n" });
    assert.deepStrictEqual(diagnose(file), [
      "[dyndns] appears 3 times: Synchronet reads only the one at modopts.d/z.ini line 1 and ignores modopts.d/a.ini line 1, " + M + " line 2; move those settings into that one",
    ]);
  });

  it("a BOM before [dyndns] on the first line hides it", () => {
    assert.deepStrictEqual(diagnose(shared(BOM + "[dyndns]\npassword = s3cret\n")), [
      M + " line 1: a UTF-8 byte order mark (BOM) before [dyndns] hides that section from Synchronet; save the file without one (plain ASCII, or UTF-8 without BOM)",
    ]);
  });

  it("a BOM before the first key of the per-module file: no 'unknown key' mojibake", () => {
    const file = { path: PER, section: null, lines: expandIncludes(PER, BOM + "password = s3cret\nmx = a.example.com\n", () => []) };
    assert.deepStrictEqual(diagnose(file), [
      PER + " line 1: a UTF-8 byte order mark (BOM) before the key 'password' makes it another name for Synchronet, so it is not read; save the file without one (plain ASCII, or UTF-8 without BOM)",
    ]);
  });

  it("quotes and inline comments that Synchronet keeps, never showing the value", () => {
    assert.deepStrictEqual(diagnose(shared("[dyndns]\npassword = \"s3cret\"\ntxt = 'My BBS'\nport = 8467 ; note\npassword2 = x\nmx = a.example.com #mail\nloc: \"x\" ; kept out by the quotes\n")), [
      M + " line 2: the value of password is in quotes, and Synchronet keeps them as part of it; remove them unless they belong to it",
      M + " line 3: the value of txt is in quotes, and Synchronet keeps them as part of it; remove them unless they belong to it",
      M + " line 4: the value of port goes on after ' ;', and Synchronet keeps that comment as part of the value; put comments on a line of their own",
      M + " line 5: unknown key 'password2' ignored (did you mean password?)",
      M + " line 6: the value of mx goes on after ' #', and Synchronet keeps that comment as part of the value; put comments on a line of their own",
    ]);
  });

  it("a password with an inline comment is never shown", () => {
    const warnings = diagnose(shared("[dyndns]\npassword = s3cret ; my note\n"));
    assert.strictEqual(warnings.length, 1);
    assert.ok(!warnings[0].includes("s3cret") && !warnings[0].includes("my note"));
  });

  it("a key set twice: the first counts, even blank", () => {
    assert.deepStrictEqual(diagnose(shared("[dyndns]\npassword =\nmx =\npassword = s3cret\n")), [
      M + " line 4: password is set again; Synchronet uses only the first, at " + M + " line 2 (blank there)",
    ]);
  });

  it("unknown keys, with the nearest known one when it is a likely typo", () => {
    assert.deepStrictEqual(diagnose(shared("[dyndns]\npasword = x\nWildCards = yes\ncolour = red\n")), [
      M + " line 2: unknown key 'pasword' ignored (did you mean password?)",
      M + " line 3: unknown key 'WildCards' ignored (did you mean wildcard?)",
      M + " line 4: unknown key 'colour' ignored",
    ]);
  });

  it("keys of other sections and after !eof are not ours", () => {
    assert.deepStrictEqual(diagnose(shared("[web]\ncolour = red\n[dyndns]\npassword = x\n!eof\n[dyndns]\npasword = y\n")), []);
  });

  it("the per-module file shadows a [dyndns] of modopts.ini that sets something", () => {
    const file = { path: PER, section: null, lines: expandIncludes(PER, "password = a\n", () => []) };
    assert.deepStrictEqual(diagnose(file, shared("[dyndns]\npassword = b\nmx =\nwildcard = yes\n")), [
      PER + " is read, so the [dyndns] section of " + M + " (" + M + " line 1) is ignored; move what it sets (password, wildcard) into " + PER,
    ]);
    assert.deepStrictEqual(diagnose(file, shared("[dyndns]\npassword =\nmx =\n")), [], "the stock blank section loses nothing");
  });
});

describe("loadModopts", () => {
  const base = { sharedPath: M, entries: [], lines: [], shadowed: null };
  it("names the file actually read where the password is expected", () => {
    assert.strictEqual(loadModopts(Object.assign({}, base, { path: PER, section: null })).passwordPlace, PER);
    assert.strictEqual(loadModopts(Object.assign({}, base, { path: M, section: "dyndns" })).passwordPlace, "the [dyndns] section of " + M);
    assert.strictEqual(loadModopts(Object.assign({}, base, { path: null, section: "dyndns" })).passwordPlace, "the [dyndns] section of " + M + ", which does not exist");
  });
});

describe("diagnoseSettingsFile at its edges", () => {
  const per = (text) => ({ path: PER, section: null, lines: expandIncludes(PER, text, () => []) });
  it("a section ends at a line starting with [, after white space (\\v, 0xFF too), not at one with [ later", () => {
    assert.deepStrictEqual(diagnose(shared("[dyndns]\nx [a]\npasword = 1\n")), [M + " line 2: unknown key 'x [a]' ignored", M + " line 3: unknown key 'pasword' ignored (did you mean password?)"].slice(1));
    assert.deepStrictEqual(diagnose(shared("[dyndns]\n\v[a]\npasword = 1\n")), []);
    assert.deepStrictEqual(diagnose(shared("[dyndns]\n\xff[a]\npasword = 1\n")), []);
  });
  it("a BOM before the section in any letter case hides it; before another section it is no matter", () => {
    assert.deepStrictEqual(diagnose(shared(BOM + "[DYNDNS]\npassword = x\n")), [M + " line 1: a UTF-8 byte order mark (BOM) before [DYNDNS] hides that section from Synchronet; save the file without one (plain ASCII, or UTF-8 without BOM)"]);
    assert.deepStrictEqual(diagnose(shared(BOM + "[other]\n[dyndns]\npassword = x\n")), []);
  });
  it("a BOM before a key counts only in the section read", () => {
    assert.deepStrictEqual(diagnose(shared(BOM + "password = x\n[dyndns]\nmx =\n")), []);
    assert.deepStrictEqual(diagnose(per(BOM + "password = x\n")), [PER + " line 1: a UTF-8 byte order mark (BOM) before the key 'password' makes it another name for Synchronet, so it is not read; save the file without one (plain ASCII, or UTF-8 without BOM)"]);
  });
  it("quotes: around the whole value, with =, two characters at least", () => {
    const q = (line) => M + " line 2: the value of password is in quotes, and Synchronet keeps them as part of it; remove them unless they belong to it";
    assert.deepStrictEqual(diagnose(shared("[dyndns]\npassword = \"\"\n")), [q()]);
    assert.deepStrictEqual(diagnose(shared("[dyndns]\npassword = 'x'\n")), [q()]);
    for (const v of ["\"", "\"x\"y", "y\"x\"", "\"x'"]) assert.deepStrictEqual(diagnose(shared("[dyndns]\npassword = " + v + "\n")), [], v);
    assert.deepStrictEqual(diagnose(shared("[dyndns]\npassword: \"x\"\n")), [], "a : line drops them");
  });
  it("an inline comment: after white space, not in a quoted : value", () => {
    const c = (mark) => M + " line 2: the value of password goes on after ' " + mark + "', and Synchronet keeps that comment as part of the value; put comments on a line of their own";
    assert.deepStrictEqual(diagnose(shared("[dyndns]\npassword = x ;note\n")), [c(";")]);
    assert.deepStrictEqual(diagnose(shared("[dyndns]\npassword: x #note\n")), [c("#")]);
    assert.deepStrictEqual(diagnose(shared("[dyndns]\npassword = x;note\n")), []);
    assert.deepStrictEqual(diagnose(shared("[dyndns]\npassword: \"x ;note\"\n")), []);
  });
  it("a key set again: where the first was, and whether it was blank", () => {
    assert.deepStrictEqual(diagnose(shared("[dyndns]\nPassword = a\npassword = b\n")), [M + " line 3: password is set again; Synchronet uses only the first, at " + M + " line 2"]);
    assert.deepStrictEqual(diagnose(shared("[dyndns]\npassword =\npassword = b\n")), [M + " line 3: password is set again; Synchronet uses only the first, at " + M + " line 2 (blank there)"]);
  });
  it("a shadowed modopts.ini: its keys with a value, once each, in lower case; none when its section has none", () => {
    const sh = shared("[dyndns]\nPassword = a\nmx =\nPASSWORD = b\nip = 1.2.3.4\n");
    assert.deepStrictEqual(diagnose(per("password = x\n"), sh), [PER + " is read, so the [dyndns] section of " + M + " (" + M + " line 1) is ignored; move what it sets (password, ip) into " + PER]);
    assert.deepStrictEqual(diagnose(per("password = x\n"), shared("[dyndns]\nmx =\n")), []);
    assert.deepStrictEqual(diagnose(per("password = x\n"), shared("[other]\nmx = a\n")), []);
    assert.deepStrictEqual(diagnose(per("password = x\n"), { path: M, section: null, lines: [] }), []);
  });
});
