import { Account, Accounts } from "../core/authorize";

/** The account of a user record: the global `user`, or `new User(number)`. */
export function accountOf(record: Synchronet.User): Account {
  return {
    number: record.number,
    alias: String(record.alias),
    restrictions: record.security.restrictions,
    hasPassword: String(record.security.password) !== "",
    // Synchronet's own test of sysop rights (a security level of 90 or above), in every version since 3.15.
    isSysop: record.is_sysop === true,
  };
}

/**
 * The account in Synchronet's `user` object now: the one login() logged in (services
 * server), or the one the web server logged in from the request's Basic auth.
 */
export function loggedInAccount(): Account {
  return accountOf(user);
}

/**
 * The services server's own login(), its `user` object and system.matchuser().
 * login() brings Synchronet's failed-login delay, throttling, hack log and bans.
 */
export function synchronetAccounts(): Accounts {
  return {
    login: function (name: string, password: string): Account | null {
      if (typeof login === "undefined" || !login(name, password, false)) return null;
      return loggedInAccount();
    },
    logout: function (): void {
      if (typeof logout !== "undefined") logout();
    },
    matchAlias: function (name: string): number {
      // false: "SYSOP" and this BBS's own QWK-ID must not name the sysop's account.
      return system.matchuser(name, false);
    },
  };
}
