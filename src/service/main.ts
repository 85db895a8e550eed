import { serve } from "./core/app";
import { checkSetup } from "../hub/core/check";
import { synchronetAccounts } from "../hub/host/accounts";
import { clientConnection } from "./host/clientConnection";
import { appendAuditLine } from "../hub/host/auditLog";
import { currentRecords, publish } from "../shared/host/dnsServer";
import { synchronetLog } from "../hub/host/log";
import { readServiceSettings } from "../hub/host/settingsFile";
import { stateFiles } from "../hub/host/stateFiles";
import { now } from "../shared/host/clock";
import { VERSION } from "../shared/version";

var dns = { currentRecords: currentRecords, publish: publish };

/** One connection accepted by the services server ([DynDNS] in ctrl/services.ini). */
function serveClient(session: Synchronet.Client): void {
  // Once all nine answers are in, the update is carried out (and audited) even if the client hangs up early.
  js.terminate_on_disconnect = false;
  var out = synchronetLog();
  try {
    serve({
      now: now,
      readSettings: readServiceSettings,
      connection: clientConnection(session.socket),
      sourceAddress: String(session.ip_address),
      accounts: synchronetAccounts(),
      dns: dns,
      state: stateFiles(),
      audit: appendAuditLine,
      log: out,
    });
  } catch (e) {
    out.error("internal error: " + e + " (please report it)");
  }
}

/** Under jsexec: check the settings and the DNS server, as a sysop does before enabling the service. */
function checkFromConsole(): number {
  print("Synchronet DynDNS service v" + VERSION + ": checking its settings");
  return checkSetup(readServiceSettings(), dns, {
    print: function (text: string): void { print(text); },
    error: function (text: string): void { log(LOG_ERR, text); },
  });
}

if (typeof client !== "undefined" && client) serveClient(client);
else exit(checkFromConsole());
