'use strict';
// Host side of what Synchronet's services server gives a per-connection script (services.cpp):
// login()/logout() and system.matchuser() against a table of users, with userdat.c's matching
// and the server's failed-login delay; and the file globals a service uses (file_mutex,
// file_remove, file_rename, mkpath). The accepted connection itself (client.socket) is an
// emulated Socket adopted by the SocketTable (sockets.js).
//
// users: [{ number, alias, name?, password, restrictions?, level?, deleted? }] (number defaults to
// the position + 1). Passwords compare ignoring case, as Synchronet stores them upper-cased.

const fs = require('node:fs');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const isAlnum = (c) => /[A-Za-z0-9]/.test(c);

/** userdat.c matchusername(): letters and digits only, any case, `comp` may end at '@' */
function matchUsername(name, comp) {
  let n = 0;
  let c = 0;
  while (n < name.length && c < comp.length && comp[c] !== '@') {
    if (!isAlnum(name[n])) { n++; continue; }
    if (!isAlnum(comp[c])) { c++; continue; }
    if (name[n].toUpperCase() !== comp[c].toUpperCase()) break;
    n++;
    c++;
  }
  while (n < name.length && !isAlnum(name[n])) n++;
  while (c < comp.length && !isAlnum(comp[c]) && comp[c] !== '@') c++;
  return n === name.length && (c === comp.length || comp[c] === '@');
}

class UserTable {
  constructor(users, sysId) {
    this.users = (users || []).map((u, i) => ({
      number: u.number || i + 1, alias: u.alias, name: u.name || u.alias, handle: u.handle || u.alias,
      password: String(u.password || '').toUpperCase(), restrictions: u.restrictions || 0, level: u.level === undefined ? 50 : u.level,
      deleted: !!u.deleted, inactive: !!u.inactive,
    })).sort((a, b) => a.number - b.number);
    this.sysId = String(sysId || '');
  }

  /** userdat.c matchuser() */
  matchuser(name, sysopAlias) {
    name = String(name);
    if (name === '') return 0;
    const upper = name.toUpperCase();
    if (sysopAlias && (upper === 'SYSOP' || upper === 'POSTMASTER' || upper === this.sysId.toUpperCase())) return 1;
    const hit = this.users.find((u) => !u.deleted && u.alias && matchUsername(u.alias, name));
    return hit ? hit.number : 0;
  }

  byNumber(n) { return this.users.find((u) => u.number === n) || null; }
}

/** The `user` object's contents for a record (or blank). */
function userView(u) {
  if (!u) return { number: 0, alias: '', name: '', handle: '', security: { password: '', level: 0, restrictions: 0, exemptions: 0 } };
  return {
    number: u.number, alias: u.alias, name: u.name, handle: u.handle,
    security: { password: u.password, level: u.level, restrictions: u.restrictions, exemptions: 0 },
  };
}

class ServiceHost {
  /** opts: users, loginAttemptDelay (ms, default 5000 as in sbbs.ini), loginByNumber, system (for sys_id), protocol */
  constructor(opts, hostLog) {
    this.opts = opts;
    this.hostLog = hostLog;
    this.users = new UserTable(opts.users, opts.system && opts.system.qwk_id);
    this.loggedIn = null;
    this.logins = [];
    this.protocol = opts.protocol || 'DynDNS';
  }

  log(level, text) { this.hostLog(level, `${this.protocol} ${text}`); }

  /** services.cpp js_login(): {ok, user} */
  async login(name, password) {
    name = String(name);
    const delay = this.opts.loginAttemptDelay === undefined ? 5000 : this.opts.loginAttemptDelay;
    let number;
    if (this.opts.loginByNumber && /^[0-9]/.test(name)) number = /^[0-9]+$/.test(name) ? Number(name) : 0;
    else number = this.users.matchuser(name, false);
    const u = number ? this.users.byNumber(number) : null;
    const record = { name, at: Date.now() };
    this.logins.push(record);
    this.loggedIn = null;
    if (!u) {
      this.log(5, `!USER NOT FOUND: '${name}'`);
      record.result = 'not found';
      await sleep(delay);
      return { ok: false, user: userView(null) };
    }
    if (u.deleted || u.inactive) {
      this.log(4, `!DELETED OR INACTIVE USER #${u.number}: ${name}`);
      record.result = 'inactive';
      return { ok: false, user: userView(null) };
    }
    if (u.password && (password === null || String(password).toUpperCase() !== u.password)) {
      this.log(5, `<${u.alias}> !FAILED Password attempt`);
      record.result = 'wrong password';
      await sleep(delay);
      return { ok: false, user: userView(null) };
    }
    this.loggedIn = u;
    record.result = 'ok';
    this.log(6, `Logging in ${u.alias}`);
    return { ok: true, user: userView(u) };
  }

  logout() {
    if (!this.loggedIn) return false;
    this.log(6, `Logging out ${this.loggedIn.alias}`);
    this.loggedIn = null;
    return true;
  }
}

/** nopen.c fmutex(): create the file exclusively; one older than max_age seconds is removed first */
function fileMutex(abs, text, maxAge) {
  try {
    const st = fs.statSync(abs);
    const age = Math.floor(Date.now() / 1000) - Math.floor(st.mtimeMs / 1000);
    if (maxAge > 0 && age > maxAge) fs.unlinkSync(abs);
  } catch { /* absent */ }
  try {
    const fd = fs.openSync(abs, 'wx');
    fs.writeSync(fd, Buffer.from(String(text), 'latin1'));
    fs.closeSync(fd);
    return true;
  } catch { return false; }
}

/** file ops of js_global.cpp a service uses (file_remove/file_rename are the file table's); `resolve` maps a script path to an absolute one */
function fileOp(op, a, resolve) {
  switch (op) {
    case 'file_mutex': return fileMutex(resolve(a[0]), a[1], a[2]);
    case 'mkpath': try { fs.mkdirSync(resolve(a[0]), { recursive: true }); return true; } catch { return false; }
    default: return undefined;
  }
}

module.exports = { ServiceHost, UserTable, matchUsername, fileOp, userView };
