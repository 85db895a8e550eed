import { HubLog } from "../core/types";

/** Synchronet's log(): in the services server, the console and its log, tagged with the socket and the service's name. */
export function synchronetLog(): HubLog {
  return {
    error: function (text: string): void { log(LOG_ERR, text); },
    warn: function (text: string): void { log(LOG_WARNING, text); },
    notice: function (text: string): void { log(LOG_NOTICE, text); },
    info: function (text: string): void { log(LOG_INFO, text); },
    debug: function (text: string): void { log(LOG_DEBUG, text); },
  };
}
