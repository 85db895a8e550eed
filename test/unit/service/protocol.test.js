"use strict";
// The session (askPrompts) and who may update what (idProblem, authorize).
const assert = require("assert");
const { askPrompts } = require("../../../src/service/core/session");
const { authorize, idProblem, UFLAG_Q } = require("../../../src/hub/core/authorize");
const { fakeClock, fakeClient, FULL, fakeAccounts } = require("../hub/fakes");

describe("askPrompts", () => {
  it("sends the nine prompts in the order every client knows and keeps each answer verbatim", () => {
    const clock = fakeClock();
    const conn = fakeClient(Object.assign({}, FULL, { "txt?": "  spaced  " }), clock);
    const r = askPrompts(conn, clock.now, 10000);
    assert.deepStrictEqual(conn.sent, ["id?", "pw?", "ip?", "ip6?", "mx?", "txt?", "loc?", "wc?", "ttl?"]);
    assert.ok(r.ok);
    assert.strictEqual(r.answers["txt?"], "  spaced  ");
    assert.strictEqual(r.answers["pw?"], "QwkPass7");
  });

  const endings = [
    [{ "loc?": undefined }, "loc?", "timeout", "no answer", 6],
    [{ "mx?": { silent: true } }, "mx?", "timeout", "no answer", 4],
    [{ "pw?": { close: true } }, "pw?", "closed", "closed the connection", 1],
    [{ "pw?": { lastWords: "QwkPass7" } }, "ip?", "closed", "could not send the prompt", 2],
    [{ "id?": { tooLong: true } }, "id?", "too-long", "a line longer than 512 bytes", 0],
  ];
  for (const [change, prompt, why, detail, before] of endings) {
    it("stops at " + prompt + " on " + why + " (" + detail + "), keeping the answers given before", () => {
      const clock = fakeClock();
      const answers = Object.assign({}, FULL, change);
      const conn = fakeClient(answers, clock);
      const started = clock.now();
      const r = askPrompts(conn, clock.now, 3000);
      assert.strictEqual(r.ok, false);
      assert.strictEqual(r.prompt, prompt);
      assert.strictEqual(r.why, why);
      assert.strictEqual(r.detail, detail);
      assert.strictEqual(Object.keys(r.answers).length, before);
      assert.strictEqual(conn.sent[conn.sent.length - 1], prompt, "nothing is sent after the failed prompt");
      if (why === "timeout") assert.strictEqual(clock.now() - started, 3000, "one answer's timeout, not more");
    });
  }
});

describe("idProblem", () => {
  for (const id of ["VERT", "testbbs", "a", "x-1", "A".repeat(63)]) {
    it("accepts " + id, () => assert.strictEqual(idProblem(id, []), null));
  }
  for (const id of ["", "-x", "x-", "a.b", "*", "a b", "A".repeat(64), "\u0000VERT", "caf\u00e9"]) {
    it("refuses " + JSON.stringify(id) + " with a line saying what an id must be", () => {
      const d = idProblem(id, []);
      assert.strictEqual(d.ok, false);
      assert.ok(/^refused: id '.*' is not a DNS label \(letters, digits and inner hyphens, at most 63\)$/.test(d.reply), d.reply);
      assert.ok(!/[\x00-\x1f]/.test(d.reply), "control bytes are escaped in the reply");
    });
  }
  it("refuses a reserved name in any case", () => {
    assert.strictEqual(idProblem("WWW", ["www"]).reply, "refused: the name www is reserved");
  });
});

describe("authorize", () => {
  const users = {
    "Sysop Sam": { number: 1, password: "sys", restrictions: 0 },
    TESTBBS: { number: 2, password: "QWKPASS7", restrictions: UFLAG_Q },
    NORMAL: { number: 3, password: "norm", restrictions: 0 },
    OPENBBS: { number: 4, password: "", restrictions: UFLAG_Q },
    TESTBBSX: { number: 5, password: "x", restrictions: UFLAG_Q | 1 },
  };

  it("lets the QWK account whose alias is the id in (any letter case, password ignoring case)", () => {
    const accounts = fakeAccounts(users);
    const d = authorize(accounts, "testbbs", "qwkpass7");
    assert.ok(d.ok);
    assert.strictEqual(d.account.number, 2);
    assert.deepStrictEqual(accounts.calls, [["login", "testbbs"]]);
  });
  it("lets a QWK account with other restrictions too in", () => {
    assert.ok(authorize(fakeAccounts(users), "TESTBBSX", "x").ok);
  });
  it("says the same for a wrong password and an unknown id", () => {
    const a = authorize(fakeAccounts(users), "TESTBBS", "nope");
    const b = authorize(fakeAccounts(users), "NOSUCH", "nope");
    assert.strictEqual(a.reply, "refused: wrong id or password");
    assert.strictEqual(b.reply, a.reply);
  });
  it("refuses an account without the QWK restriction, and logs it out", () => {
    const accounts = fakeAccounts(users);
    const d = authorize(accounts, "NORMAL", "norm");
    assert.strictEqual(d.reply, "refused: NORMAL is not a QWKnet account on this BBS");
    assert.ok(/has no QWK restriction/.test(d.log));
    assert.deepStrictEqual(accounts.calls[accounts.calls.length - 1], ["logout"]);
  });
  it("refuses the sysop's account even with its password", () => {
    const accounts = fakeAccounts(users);
    accounts.matchLogin = (name) => (name.toUpperCase() === "SYSOP" ? 1 : accounts.matchAlias(name));
    const d = authorize(accounts, "SYSOP", "sys");
    assert.strictEqual(d.ok, false);
    assert.strictEqual(d.reply, "refused: SYSOP is not a QWKnet account on this BBS");
  });
  it("refuses a login that found the account by a look-alike name, a number or a real name", () => {
    for (const id of ["TEST-BBS", "2", "TestBBSRealName"]) {
      const accounts = fakeAccounts(users);
      accounts.matchLogin = () => 2; // login() found TESTBBS some other way than by its exact alias
      const d = authorize(accounts, id, "QWKPASS7");
      assert.strictEqual(d.ok, false, id);
      assert.ok(/whose alias is not the id/.test(d.log), d.log);
      assert.deepStrictEqual(accounts.calls[accounts.calls.length - 1], ["logout"]);
    }
  });
  it("refuses a QWK account without a password (login() lets anyone in then)", () => {
    const d = authorize(fakeAccounts(users), "OPENBBS", "anything");
    assert.strictEqual(d.reply, "refused: the account OPENBBS has no password");
  });
});
