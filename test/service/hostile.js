"use strict";
// Hostile clients of the DynDNS service, written once and run on both stacks of stack.js: the
// emulator's services context (emulator.test.js) and the real services server (real.test.js).
// Each client gets one line when there is anyone to tell, then the connection is closed; the
// session is audited; nothing is published.
//
//   describeHostile(() => stack, healthy);   // in the file's describe; healthy(stack) asserts the server never failed
const assert = require("assert");
const { talk, publishesNothing } = require("./stack");

/** The hostile sessions log in as HOSTILE (a QWKnet account of stack.js) when they get that far. */
const ANSWERS = { "id?": "HOSTILE", "pw?": "HostPass5", "ip?": "", "ip6?": "", "mx?": "", "txt?": "Hostile BBS", "loc?": "", "wc?": "", "ttl?": "" };

/**
 * answer_timeout: the stacks' own (serviceSettings() in stack.js), so that no row rewrites the
 * settings. (The two copies this table replaces used 1 s on the emulator, 2 s on the real
 * server; both servers time either to within a few ms, so one value serves both.) A `timed`
 * row's wait must fall in [ANSWER_TIMEOUT, ANSWER_TIMEOUT + SLACK_MS): the service's clock
 * starts when it has sent the prompt, ours when we have read it; the slack is for a busy machine.
 */
const ANSWER_TIMEOUT = 2;
const SLACK_MS = 500;

/**
 * What the client does (talk() options), the one line it hears (null: it hung up, nobody to
 * tell), and the audit record's result and reason. The id's bytes hold 0xff (one copy had 0xfe):
 * the byte a Telnet server takes for IAC. Synchronet's services server hands a service its
 * socket raw and SpiderMonkey keeps each byte as one char, so on both servers the refusal
 * quotes 0xff as it came and escapes 0x80 (a C1 control character) and the bytes below 0x20.
 */
const ROWS = [
  {
    what: "binary bytes as the id",
    talk: { mode: "binary", at: "id?", bytes: Buffer.from([0, 0xff, 0x1b, 0x5b, 0x32, 0x4a, 7, 0x80]) },
    reply: /^refused: id '\\x00\xff\\x1B\[2J\\x07\\x80' is not a DNS label \(letters, digits and inner hyphens, at most 63\)$/,
    result: "refused",
    reason: /^id '\\x00\xff\\x1B\[2J\\x07\\x80' is not a DNS label$/,
  },
  {
    what: "binary bytes as the password",
    talk: { mode: "binary", at: "pw?", bytes: Buffer.from([0, 1, 2, 0xff]) },
    reply: /^refused: wrong id or password$/,
    result: "refused",
    reason: /^login failed for 'HOSTILE'$/,
  },
  {
    what: "a line that never ends",
    talk: { mode: "endless-line", at: "ip?" },
    reply: /^refused: the answer to ip\? is too long$/,
    result: "refused",
    reason: /^a line longer than 512 bytes at ip\?$/,
  },
  {
    what: "lines without end",
    talk: { mode: "endless-lines", at: "pw?" },
    // the flood answers pw? and every later prompt with "x": the login fails
    reply: /^refused: wrong id or password$/,
    result: "refused",
    reason: /^login failed for 'HOSTILE'$/,
  },
  {
    what: "an answer of 600 bytes (over the 512-byte cap, under any buffer)",
    talk: { answers: { "txt?": "T".repeat(600) } },
    reply: /^refused: the answer to txt\? is too long$/,
    result: "refused",
    reason: /^a line longer than 512 bytes at txt\?$/,
  },
  {
    what: "silence",
    talk: { mode: "silent", timed: "id?" },
    reply: new RegExp("^error: no answer to id\\? within " + ANSWER_TIMEOUT + " s$"),
    result: "failed",
    reason: /^no answer at id\?$/,
  },
  {
    what: "a byte every 200 ms and never a line end",
    talk: { mode: "trickle", at: "mx?", timed: "mx?" },
    reply: new RegExp("^error: no answer to mx\\? within " + ANSWER_TIMEOUT + " s$"),
    result: "failed",
    reason: /^no answer at mx\?$/,
  },
  {
    what: "a close halfway (at mx?)",
    talk: { mode: "close-at", at: "mx?" },
    reply: null,
    result: "failed",
    reason: /^closed the connection at mx\?$/,
  },
];

/** The audit log's record of the session after the first `count` ones (a client that hung up does not wait for it). */
async function auditAfter(stack, count) {
  for (const until = Date.now() + 5000; Date.now() < until; await new Promise((r) => setTimeout(r, 50))) {
    const lines = stack.audit();
    if (lines.length > count) return lines[count];
  }
  throw new Error("no audit record of the session within 5 s");
}

/** One hostile session: asserts what the client heard, the audit record, and that nothing was published. */
async function hostileSession(stack, row) {
  const options = row.talk;
  const audited = stack.audit().length;
  const [r, audit] = await publishesNothing(stack, "hostile.bbs.test", async () => {
    const heard = await talk(stack.port, Object.assign({}, ANSWERS, options.answers), options);
    return [heard, await auditAfter(stack, audited)];
  });
  const said = r.lines.filter((l) => !/\?$/.test(l));
  assert.strictEqual(said.length, row.reply ? 1 : 0, JSON.stringify(r.lines));
  if (row.reply) assert.match(said[0], row.reply);
  if (options.timed) {
    const waited = r.at[r.lines.indexOf(said[0])] - r.at[r.lines.indexOf(options.timed)];
    assert.ok(waited >= ANSWER_TIMEOUT * 1000 - 10 && waited < ANSWER_TIMEOUT * 1000 + SLACK_MS,
      waited + " ms from " + options.timed + " to the refusal, for answer_timeout = " + ANSWER_TIMEOUT);
  }
  assert.deepStrictEqual([audit.result, audit.new], [row.result, null]);
  assert.match(audit.reason, row.reason);
}

/**
 * The table's tests, then a good client after a hostile one. getStack(): the started stack;
 * healthy(stack): what that stack shows of a service that never failed (its own way to see).
 */
function describeHostile(getStack, healthy) {
  describe("hostile clients: one line (when there is anyone to tell), then close; nothing published", () => {
    for (const row of ROWS) it(row.what, () => hostileSession(getStack(), row));

    it("and the service still serves a good client after one", async () => {
      const stack = getStack();
      await hostileSession(stack, ROWS.find((row) => row.talk.mode === "endless-line"));
      const r = await talk(stack.port, ANSWERS);
      assert.strictEqual(r.lines[9], "ok");
      assert.deepStrictEqual(await stack.knot.all("hostile.bbs.test"), { A: ["127.0.0.1"], TXT: ['"Hostile BBS"'] });
      await healthy(stack);
    });
  });
}

module.exports = { ANSWERS, ANSWER_TIMEOUT, ROWS, describeHostile, hostileSession };
