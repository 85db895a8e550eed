import { basePath, servePage } from "./core/app";
import { openAuditLog } from "./host/auditFile";
import { activeAccounts } from "./host/members";
import { Reply } from "../web/core/reply";
import { sendReply, webRequest } from "../web/host/exchange";
import { parseQueryString, queryOf } from "../web/core/request";
import { loggedInAccount, synchronetAccounts } from "../hub/host/accounts";
import { synchronetLog } from "../hub/host/log";
import { readServiceSettings } from "../hub/host/settingsFile";
import { stateFiles } from "../hub/host/stateFiles";
import { currentRecords } from "../shared/host/dnsServer";
import { now } from "../shared/host/clock";

/**
 * The pages' index of the audit log, beside the per-id state files (data/dyndns-service/):
 * an id is a DNS label, so no id's file can have this name.
 */
var INDEX_NAME = "_audit-index";

/** One request to the web server's dyndns/ directory (index.ssjs there, with PathInfoIndex in its webctrl.ini). */
function answer(): Reply {
  var request = webRequest();
  var log = synchronetLog();
  var state = stateFiles();
  try {
    return servePage({
      now: now,
      readSettings: readServiceSettings,
      // The web server logged the request's Basic auth in before the script ran (user #0: no credentials).
      account: user.number > 0 ? loggedInAccount() : null,
      accounts: synchronetAccounts(),
      members: activeAccounts,
      dns: { currentRecords: currentRecords },
      openLog: openAuditLog,
      index: {
        read: function (): string | null { return state.read(INDEX_NAME); },
        write: function (text: string): string | null { return state.write(INDEX_NAME, text); },
      },
      log: log,
      pathInfo: request.pathInfo,
      base: basePath(request.scriptPath),
      query: queryOf(parseQueryString(request.queryString)),
    });
  } catch (e) {
    log.error("DynDNS pages: internal error: " + e + " (please report it)");
    return { status: "500 Internal Server Error", headers: { "Content-Type": "text/plain" }, body: "internal error: the sysop can see it in the log\n" };
  }
}

sendReply(answer());
