"use strict";
// Stand-ins for the pages' ports: the audit log as a string read by offset (as the host reads
// the file, "rb"), the index file in memory, and one request's environment (app.ts).
const { rawSettings, fakeClock, fakeAccounts, fakeDns, captureLog } = require("../hub/fakes");
const { USERS } = require("../hub/sessions");

/** A ByteSource over text; `reads` counts the bytes asked for, `failAt` makes a read from there fail. */
function logSource(text, options = {}) {
  const source = {
    size: text.length, reads: 0, asked: [], closed: false,
    read(offset, length) {
      source.asked.push([offset, length]);
      if (options.failAt !== undefined && offset + length > options.failAt) return null;
      source.reads += Math.min(length, text.length - offset);
      return text.substr(offset, length);
    },
    close() { source.closed = true; },
  };
  return source;
}

/** The index file in memory. */
function indexStore(text = null, problem = null) {
  const store = { text, writes: 0, read: () => store.text, write(t) { store.writes++; if (!problem) store.text = t; return problem; } };
  return store;
}

/**
 * One request to the pages: `as` the logged-in alias (null: none), `path` below the directory,
 * `query`; the log's text, the index store, the zone (fakeDns) and the clock may be passed in;
 * `matchLogin` (name => user number) makes a login find another account than its alias does.
 */
function page(options = {}) {
  const clock = options.clock || fakeClock();
  const dns = options.dns || fakeDns(options.zone || []);
  const accounts = fakeAccounts(options.users || USERS);
  if (options.matchLogin) accounts.matchLogin = options.matchLogin;
  const log = captureLog();
  const who = options.as === undefined ? "TESTBBS" : options.as;
  const users = options.users || USERS;
  const account = who === null ? null : accounts.login(who, users[who].password);
  const store = options.index || indexStore();
  let opened = null;
  const reply = require("../../../src/pages/core/app").servePage({
    now: clock.now, readSettings: () => rawSettings(options.settings), account, accounts,
    members: () => Object.keys(users).map((alias) => accounts.login(alias, users[alias].password)).concat(options.extraMembers || []),
    dns, openLog: () => (options.log === undefined ? null : (opened = logSource(options.log))), index: store, log: log.log,
    pathInfo: options.path || "", base: "/dyndns", query: options.query || {},
  });
  return { reply, status: reply.status, html: reply.body, text: textOf(reply.body), dns, store, log, opened, clock };
}

/** What a person reads on the page: the markup and the style gone, entities back as characters. */
function textOf(html) {
  return html.replace(/<style>[\s\S]*?<\/style>/, "").replace(/<title>[\s\S]*?<\/title>/g, "").replace(/<br>/g, "\n")
    .replace(/<\/?(time|code|a|small|span)\b[^>]*>/g, "").replace(/<[^>]*>/g, " ")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&#39;/g, "'").replace(/&#(\d+);/g, (m, n) => String.fromCharCode(+n))
    .replace(/&amp;/g, "&").replace(/[ \t]+/g, " ");
}

module.exports = { logSource, indexStore, page, textOf, fakeClock, fakeDns };
