"use strict";
// Who may update what, as the sysop reads it: the whole decision (reply and log line) of each
// refusal, and the two checks that keep an account that is not the one the alias names out.
// (The accepted ids and logins and the replies of the refusals are in protocol.test.js.)
const assert = require("assert");
const { authorize, idProblem, UFLAG_Q } = require("../../../src/service/core/authorize");
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
      return { number: r.number, alias: r.alias, restrictions: r.restrictions, hasPassword: r.password !== "" };
    },
    logout() { calls.push(["logout"]); },
    matchAlias(name) { return matchuser(name); },
  };
}

describe("authorize: each refusal's reply and log line", () => {
  const users = {
    TESTBBS: { number: 2, password: "QWKPASS7", restrictions: UFLAG_Q },
    NORMAL: { number: 3, password: "norm", restrictions: 0 },
    OPENBBS: { number: 4, password: "", restrictions: UFLAG_Q },
  };
  const cases = [
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
