"use strict";
// Who may update what, as the sysop reads it: the whole decision (reply and log line) of each
// refusal, and the two checks that keep an account that is not the one the alias names out.
// (The accepted ids and logins and the replies of the refusals are in protocol.test.js.)
const assert = require("assert");
const { authorize, idProblem, UFLAG_Q } = require("../../../src/hub/core/authorize");
const { fakeAccounts } = require("./fakes");

describe("idProblem: the log line of a refused id", () => {
  const cases = [
    ["a.b", [], "refused: id 'a.b' is not a DNS label (letters, digits and inner hyphens, at most 63)", "id 'a.b' is not a DNS label"],
    ["\u0000VERT", [], "refused: id '\\x00VERT' is not a DNS label (letters, digits and inner hyphens, at most 63)", "id '\\x00VERT' is not a DNS label"],
    ["WWW", ["ns", "www"], "refused: the name www is reserved", "id WWW is reserved"],
  ];
  for (const [id, reserved, reply, log] of cases) {
    it(JSON.stringify(id) + ": " + log, () => {
      assert.deepStrictEqual(idProblem(id, reserved), { ok: false, reply, log });
    });
  }
});

/**
 * Accounts as Synchronet's login() and system.matchuser() find them: matchuser compares names
 * ignoring case and every char that is not a letter or digit ("TEST-BBS" finds "TESTBBS") and
 * returns the first record that matches; `byLogin` overrides the record login() finds.
 */
function matchuserAccounts(records, byLogin) {
  const calls = [];
  const matchuser = (name) => {
    const squeeze = (s) => s.replace(/[^A-Za-z0-9]/g, "").toUpperCase();
    const found = records.find((r) => squeeze(r.alias) === squeeze(name));
    return found ? found.number : 0;
  };
  return {
    calls,
    login(name, password) {
      calls.push(["login", name]);
      const n = byLogin ? byLogin(name) : matchuser(name);
      const r = records.find((x) => x.number === n);
      if (!r || (r.password && r.password.toUpperCase() !== password.toUpperCase())) return null;
      return { number: r.number, alias: r.alias, restrictions: r.restrictions, hasPassword: r.password !== "", isSysop: !!r.sysop };
    },
    logout() { calls.push(["logout"]); },
    matchAlias(name) { return matchuser(name); },
  };
}

describe("authorize: each refusal's reply and log line", () => {
  const users = {
    SYSOPSAM: { number: 1, password: "sys", restrictions: UFLAG_Q, sysop: true },
    TESTBBS: { number: 2, password: "QWKPASS7", restrictions: UFLAG_Q },
    NORMAL: { number: 3, password: "norm", restrictions: 0 },
    OPENBBS: { number: 4, password: "", restrictions: UFLAG_Q },
    BOSSBBS: { number: 5, password: "boss", restrictions: UFLAG_Q, sysop: true },
    OPENBOSS: { number: 6, password: "", restrictions: 0, sysop: true },
  };
  const cases = [
    ["the sysop's account (#1, a sysop's level) with Q and its own alias", "SYSOPSAM", "sys", "refused: SYSOPSAM is not a QWKnet account on this BBS",
      "user #1 SYSOPSAM is the sysop's account: never a QWKnet account", true],
    ["another account with a sysop's level, with Q and its own alias", "BOSSBBS", "boss", "refused: BOSSBBS is not a QWKnet account on this BBS",
      "user #5 BOSSBBS has a sysop's security level (90 or above): never a QWKnet account", true],
    ["an account with a sysop's level, neither Q nor a password: its sysop rights named", "OPENBOSS", "", "refused: OPENBOSS is not a QWKnet account on this BBS",
      "user #6 OPENBOSS has a sysop's security level (90 or above): never a QWKnet account", true],
    ["a wrong password", "TESTBBS", "nope", "refused: wrong id or password", "login failed for 'TESTBBS'", false],
    ["an unknown id", "NOSUCH", "x", "refused: wrong id or password", "login failed for 'NOSUCH'", false],
    ["an account without the QWK restriction", "NORMAL", "norm", "refused: NORMAL is not a QWKnet account on this BBS",
      "user #3 NORMAL has no QWK restriction (Q): not a QWKnet account", true],
    ["a QWK account without a password", "OPENBBS", "", "refused: the account OPENBBS has no password", "user #4 OPENBBS has no password", true],
  ];
  for (const [what, id, password, reply, log, loggedIn] of cases) {
    it(what + ": " + log + (loggedIn ? ", and logs it out" : ", nobody to log out"), () => {
      const accounts = fakeAccounts(users);
      assert.deepStrictEqual(authorize(accounts, id, password), { ok: false, reply, log });
      assert.deepStrictEqual(accounts.calls, loggedIn ? [["login", id], ["logout"]] : [["login", id]]);
    });
  }
});

describe("authorize: sysop rights are never a member", () => {
  it("user #1 below the sysop level, with Q, a password and its own alias", () => {
    const accounts = fakeAccounts({ FIRSTBBS: { number: 1, password: "first", restrictions: UFLAG_Q } });
    assert.deepStrictEqual(authorize(accounts, "firstbbs", "first"), {
      ok: false, reply: "refused: firstbbs is not a QWKnet account on this BBS", log: "user #1 FIRSTBBS is the sysop's account: never a QWKnet account",
    });
    assert.deepStrictEqual(accounts.calls, [["login", "firstbbs"], ["logout"]]);
  });

  it("the same account in once it has neither sysop rights nor number 1", () => {
    const d = authorize(fakeAccounts({ FIRSTBBS: { number: 2, password: "first", restrictions: UFLAG_Q } }), "firstbbs", "first");
    assert.deepStrictEqual([d.ok, d.account.number], [true, 2]);
  });
});

describe("authorize: the account must be the very user the alias names", () => {
  const TESTBBS = { number: 2, alias: "TESTBBS", password: "QWKPASS7", restrictions: UFLAG_Q };

  it("refuses a look-alike id that matchuser() maps to the account (TEST-BBS finds TESTBBS): its alias is not the id", () => {
    const accounts = matchuserAccounts([TESTBBS]);
    assert.strictEqual(accounts.matchAlias("TEST-BBS"), 2, "the stand-in matches as Synchronet does");
    assert.deepStrictEqual(authorize(accounts, "TEST-BBS", "QWKPASS7"), {
      ok: false, reply: "refused: TEST-BBS is not a QWKnet account on this BBS",
      log: "id 'TEST-BBS' logged in as user #2 'TESTBBS', whose alias is not the id",
    });
    assert.deepStrictEqual(accounts.calls, [["login", "TEST-BBS"], ["logout"]]);
  });

  it("refuses an account that carries the alias but is not the user the alias names (a second record with the same alias)", () => {
    const copy = { number: 9, alias: "TESTBBS", password: "other", restrictions: UFLAG_Q };
    const accounts = matchuserAccounts([TESTBBS, copy], () => 9);
    const d = authorize(accounts, "testbbs", "OTHER");
    assert.deepStrictEqual(d, {
      ok: false, reply: "refused: testbbs is not a QWKnet account on this BBS",
      log: "id 'testbbs' logged in as user #9 'TESTBBS', but the alias names user #2",
    });
    assert.deepStrictEqual(accounts.calls, [["login", "testbbs"], ["logout"]]);
  });

  it("lets the same account in when login() found it by its own alias", () => {
    const accounts = matchuserAccounts([TESTBBS, { number: 9, alias: "TESTBBS", password: "other", restrictions: UFLAG_Q }]);
    const d = authorize(accounts, "testbbs", "qwkpass7");
    assert.strictEqual(d.ok, true);
    assert.strictEqual(d.account.number, 2);
  });
});
