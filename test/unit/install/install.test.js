"use strict";
const assert = require("assert");
const { readExistingEvent } = require("../../../src/install/core/existingEvent");
const { passwordQuestion, choosePassword } = require("../../../src/install/core/password");
const { serviceKeys } = require("../../../src/install/core/service");

describe("readExistingEvent: which DYNDNS event the installer replaces", () => {
  const replaced = [
    ["?dyndns.js YOURPASS", null],
    ["?dyndns", null],
    ["?DynDNS.JS", null],
    ["  ?dyndns   s3cret  ", "s3cret"],
    ["?dyndns.js 0123", "0123"],
    ["?dyndns yourpass", "yourpass"],
  ];
  for (const [cmd, password] of replaced) {
    it("replaces " + JSON.stringify(cmd), () => assert.deepStrictEqual(readExistingEvent(cmd, false), { replace: true, password }));
  }
  const kept = [
    ["?dyndns pw -mx", "its command line has options of its own"],
    ["?dyndns -mx", "its command line has options of its own"],
    ["?dyndns pw 203.0.113.7", "its command line has options of its own"],
    ["?dyndns 203.0.113.7", "its command line has options of its own"],
    ["?mydyndns pw", "it runs ?mydyndns, not ?dyndns"],
    ["*dyndns pw", "it runs *dyndns, not ?dyndns"],
  ];
  for (const [cmd, reason] of kept) {
    it("keeps " + JSON.stringify(cmd), () => assert.deepStrictEqual(readExistingEvent(cmd, false), { replace: false, ours: false, reason }));
  }
  it("keeps the event an earlier run installed (it starts in the installer's directory)", () => {
    assert.deepStrictEqual(readExistingEvent("?dyndns", true), { replace: false, ours: true, reason: "it already runs this module from this directory" });
  });
  it("never names the password in its reason", () => assert.ok(!readExistingEvent("?dyndns Secret -q", false).reason.includes("Secret")));
});

describe("passwordQuestion / choosePassword", () => {
  it("says what Enter does", () => {
    assert.strictEqual(passwordQuestion("VERT", false, null), "Password of the QWKnet account VERT on Vertrauen");
    assert.match(passwordQuestion("VERT", true, "x"), /\(Enter keeps the current one\)$/);
    assert.match(passwordQuestion("VERT", false, "x"), /\(Enter moves the one on the DYNDNS event's command line\)$/);
  });
  it("takes a typed password, trimmed, verbatim otherwise", () => {
    assert.deepStrictEqual(choosePassword("  0123 ", true, "old"), { write: "0123" });
    assert.deepStrictEqual(choosePassword("a b;c", false, null), { write: "a b;c" });
  });
  it("an empty answer or the end of input keeps the current one, else moves the event's", () => {
    for (const answer of ["", "   ", null]) {
      assert.deepStrictEqual(choosePassword(answer, true, "old"), { keep: true });
      assert.deepStrictEqual(choosePassword(answer, false, "old"), { write: "old" });
      assert.deepStrictEqual(choosePassword(answer, false, null), { none: true });
    }
  });
  it("refuses control characters", () => {
    assert.deepStrictEqual(choosePassword("a\tb", true, null), { error: "password: control characters are not allowed (nothing written)" });
  });
});

describe("serviceKeys: [DynDNS] of services.ini", () => {
  it("a new section: disabled unless yes", () => {
    assert.deepStrictEqual(serviceKeys(false, false, "../xtrn/dyndns/dyndns-service.js"),
      { Port: 8467, Command: "../xtrn/dyndns/dyndns-service.js", Options: "NO_HOST_LOOKUP", Enabled: false });
    assert.strictEqual(serviceKeys(false, true, "x").Enabled, true);
  });
  it("an existing section is only ever switched on", () => {
    assert.deepStrictEqual(serviceKeys(true, true, "x"), { Enabled: true });
    assert.strictEqual(serviceKeys(true, false, "x"), null);
  });
});

describe("the dyndns2 endpoint in the web root (src/install/core/web.ts)", () => {
  const { webRoot, foreignFiles, ENDPOINT_MARK, WEB_FILES, WEB_DIRECTORY } = require("../../../src/install/core/web");
  it("the web root: RootDirectory below the ctrl directory, or as it is when absolute; Synchronet's default when blank", () => {
    const rows = [
      ["../web/root", "/sbbs/ctrl/../web/root"],
      ["  ../www  ", "/sbbs/ctrl/../www"],
      [" ../my web root ", "/sbbs/ctrl/../my web root"],
      ["", "/sbbs/ctrl/../web/root"],
      ["   ", "/sbbs/ctrl/../web/root"],
      ["/var/www/bbs", "/var/www/bbs"],
      ["C:\\sbbs\\web\\root", "C:\\sbbs\\web\\root"],
      ["c:/sbbs/web", "c:/sbbs/web"],
      ["\\\\server\\web", "\\\\server\\web"],
      ["web", "/sbbs/ctrl/web"],
      ["C:web", "/sbbs/ctrl/C:web"],
    ];
    for (const [given, root] of rows) assert.strictEqual(webRoot("/sbbs/ctrl/", given), root, JSON.stringify(given));
  });
  it("files of an earlier install are replaced; another's are not; missing ones are written", () => {
    const ours = "; " + ENDPOINT_MARK + ", version 0.9\n";
    assert.deepStrictEqual(foreignFiles({ "index.ssjs": null, "webctrl.ini": null }), []);
    assert.deepStrictEqual(foreignFiles({ "index.ssjs": "/* index.ssjs: the " + ENDPOINT_MARK + " */", "webctrl.ini": ours }), []);
    assert.deepStrictEqual(foreignFiles({ "index.ssjs": "writeln('my own page');", "webctrl.ini": null }), ["index.ssjs"]);
    assert.deepStrictEqual(foreignFiles({ "index.ssjs": ours, "webctrl.ini": "[*]\nAccessRequirements = LEVEL 90\n" }), ["webctrl.ini"]);
    assert.deepStrictEqual(foreignFiles({ "index.ssjs": "", "webctrl.ini": "" }), ["index.ssjs", "webctrl.ini"], "an empty file (or one that cannot be read) is not ours");
    assert.deepStrictEqual(foreignFiles({}), [], "not there at all");
    assert.deepStrictEqual(foreignFiles({ "index.ssjs": ENDPOINT_MARK + ", version 2", "webctrl.ini": "x" + ENDPOINT_MARK }), [], "the mark anywhere");
  });
  it("both files of dist/nic/ carry the mark, so that an upgrade replaces them", () => {
    const fs = require("fs");
    const path = require("path");
    for (const f of WEB_FILES) {
      const text = fs.readFileSync(path.join(__dirname, "../../../dist", WEB_DIRECTORY, f), "latin1");
      assert.ok(text.split("\n").slice(0, 3).join("\n").includes(ENDPOINT_MARK), f);
    }
  });
});
