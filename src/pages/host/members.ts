import { Account } from "../../hub/core/authorize";
import { accountOf } from "../../hub/host/accounts";

// user.settings bits (exec/load/userdefs.js): a slot that is no user now.
var USER_DELETED = 1 << 0;
var USER_INACTIVE = 1 << 6;

/** Every account of the user database that is neither deleted nor inactive, by number. */
export function activeAccounts(): Account[] {
  var out: Account[] = [];
  var last = system.lastuser;
  for (var n = 1; n <= last; n++) {
    var record: Synchronet.User;
    try {
      record = new User(n);
    } catch (e) {
      continue; // a record that cannot be read is no member
    }
    if ((record.settings & (USER_DELETED | USER_INACTIVE)) !== 0) continue;
    out.push(accountOf(record));
  }
  return out;
}
