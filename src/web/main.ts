import { updateNames } from "./core/update";
import { checkipPage } from "./core/checkip";
import { Reply, textReply } from "./core/reply";
import { sendReply, webRequest } from "./host/exchange";
import { CHECKIP_PATH, SERVER_ERROR, UPDATE_PATH } from "../shared/core/dyndns2";
import { loggedInAccount, synchronetAccounts } from "../hub/host/accounts";
import { appendAuditLine } from "../hub/host/auditLog";
import { synchronetLog } from "../hub/host/log";
import { readServiceSettings } from "../hub/host/settingsFile";
import { stateFiles } from "../hub/host/stateFiles";
import { currentRecords, publish } from "../shared/host/dnsServer";
import { now } from "../shared/host/clock";

/** The last part of a path: the script sits in the directory of both (/nic/), so they come to it as its path_info. */
function below(path: string): string {
  return path.slice(path.lastIndexOf("/"));
}

/** One request to the web server's /nic/ directory (index.ssjs there, with PathInfoIndex in its webctrl.ini). */
function answer(): Reply {
  var request = webRequest();
  var log = synchronetLog();
  try {
    if (request.pathInfo === below(UPDATE_PATH)) {
      return updateNames({
        now: now,
        readSettings: readServiceSettings,
        dns: { currentRecords: currentRecords, publish: publish },
        state: stateFiles(),
        log: log,
        accounts: synchronetAccounts(),
        // The web server logged the request's Basic auth in before the script ran (user #0: no credentials).
        account: user.number > 0 ? loggedInAccount() : null,
        queryString: request.queryString,
        userAgent: request.userAgent,
        sourceAddress: request.sourceAddress,
        audit: appendAuditLine,
      });
    }
    if (request.pathInfo === below(CHECKIP_PATH)) return checkipPage(request.sourceAddress);
    return textReply("404 Not Found", ["not found: this directory answers " + UPDATE_PATH + " and " + CHECKIP_PATH]);
  } catch (e) {
    log.error("internal error: " + e + " (please report it)");
    return textReply("200 OK", [SERVER_ERROR]);
  }
}

sendReply(answer());
