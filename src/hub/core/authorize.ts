import { isDnsLabel } from "../../shared/core/hostname";
import { quote } from "../../shared/core/text";

/** The QWK restriction of a user record (exec/load/userdefs.js UFLAG_Q): the account of a QWK network node. */
export var UFLAG_Q = 1 << 16;

/** The account `login()` logged in, as the host's `user` object shows it. */
export interface Account {
  number: number;
  alias: string;
  restrictions: number;
  /** Whether the record has a password at all (login() lets anyone in when it has none). */
  hasPassword: boolean;
  /** Synchronet's own test of sysop rights (user.is_sysop: a security level of 90, SYSOP_LEVEL, or above). */
  isSysop: boolean;
}

/** The sysop's account on every Synchronet BBS. */
export var SYSOP_NUMBER = 1;

/** What the service needs of the BBS's user database. */
export interface Accounts {
  /** Synchronet's login() of the services server (its failed-login delay, throttling and bans): the account, or null. */
  login(name: string, password: string): Account | null;
  logout(): void;
  /** system.matchuser(name, false): the number of the user whose alias is `name`, never the sysop's by alias; 0 if none. */
  matchAlias(name: string): number;
}

export type Decision = { ok: true; account: Account } | { ok: false; reply: string; log: string };

function refuse(reply: string, log: string): Decision {
  return { ok: false, reply: "refused: " + reply, log: log };
}

/** The id must be usable as the first label of <id>.<zone>. */
export function idProblem(id: string, reserved: string[]): Decision | null {
  if (!isDnsLabel(id)) {
    return refuse("id " + quote(id) + " is not a DNS label (letters, digits and inner hyphens, at most 63)", "id " + quote(id) + " is not a DNS label");
  }
  if (reserved.indexOf(id.toLowerCase()) >= 0) return refuse("the name " + id.toLowerCase() + " is reserved", "id " + id + " is reserved");
  return null;
}

/** Why an account can update no name at all (sysop rights, not a QWKnet account, no password), for the log; or null. */
export type AccountProblem = { log: string; noPassword?: boolean } | null;

/**
 * An account with sysop rights (user #1, or a security level at or above
 * Synchronet's sysop level) is never a member, whatever its restrictions: a Q
 * given to it by mistake must not put the sysop's password in a member's
 * modopts.ini and on the wire.
 */
export function sysopProblem(account: Account): AccountProblem {
  var sysop = account.number === SYSOP_NUMBER ? "is the sysop's account" : account.isSysop ? "has a sysop's security level (90 or above)" : null;
  return sysop ? { log: "user #" + account.number + " " + account.alias + " " + sysop + ": never a QWKnet account" } : null;
}

/** A member is a QWKnet account (the Q restriction) with a password (login() lets anyone in when it has none). */
export function qwkProblem(account: Account): AccountProblem {
  var who = "user #" + account.number + " " + account.alias;
  if ((account.restrictions & UFLAG_Q) === 0) return { log: who + " has no QWK restriction (Q): not a QWKnet account", noPassword: false };
  return account.hasPassword ? null : { log: who + " has no password", noPassword: true };
}

/**
 * Why this account may not update <id>.<zone>, for the log; or null. Its alias
 * must be the id, and the id must name that very user: login() and the web
 * server's Basic auth also accept user numbers and real names, and a name that
 * merely looks alike ("TEST-BBS" finds "TESTBBS"); matchuser(id, false) never
 * maps SYSOP or the BBS's QWK-ID to the sysop's account.
 */
export function aliasProblem(accounts: Pick<Accounts, "matchAlias">, account: Account, id: string): string | null {
  var who = "id " + quote(id) + " logged in as user #" + account.number + " " + quote(account.alias);
  if (account.alias.toLowerCase() !== id.toLowerCase()) return who + ", whose alias is not the id";
  var named = accounts.matchAlias(id);
  return named === account.number ? null : who + ", but the alias names user #" + named;
}

/**
 * Who may update <id>.<zone> through the 8467 service: the QWKnet account
 * whose alias is the id, its password checked by Synchronet's own login(),
 * then the rules above (sysop rights first, then the name, then Q and the password).
 */
export function authorize(accounts: Accounts, id: string, password: string): Decision {
  var account = accounts.login(id, password);
  if (!account) return refuse("wrong id or password", "login failed for " + quote(id));
  var notQwk = "refused: " + id + " is not a QWKnet account on this BBS";
  var sysop = sysopProblem(account);
  var name = sysop ? null : aliasProblem(accounts, account, id);
  var qwk = sysop || name ? null : qwkProblem(account);
  var decision: Decision | null = sysop ? { ok: false, reply: notQwk, log: sysop.log }
    : name ? { ok: false, reply: notQwk, log: name }
    : qwk && qwk.noPassword ? refuse("the account " + id + " has no password", qwk.log)
    : qwk ? { ok: false, reply: notQwk, log: qwk.log }
    : null;
  if (decision) {
    accounts.logout();
    return decision;
  }
  return { ok: true, account: account };
}
