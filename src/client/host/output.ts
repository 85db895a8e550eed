import { Output } from "../core/output";

/**
 * print goes to stdout under jsexec and to the event log at INFO in a timed
 * event; log(level) keeps its level in both, and LOG_ERR reaches stderr even
 * when jsexec runs from cron (INFO does not there).
 */
export function synchronetOutput(): Output {
  return {
    print: function (text: string): void { print(text); },
    info: function (text: string): void { log(LOG_INFO, text); },
    debug: function (text: string): void { log(LOG_DEBUG, text); },
    warn: function (text: string): void { log(LOG_WARNING, text); },
    error: function (text: string): void { log(LOG_ERR, text); },
  };
}
