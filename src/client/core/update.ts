import { Network } from "../../shared/core/connection";
import { Answers } from "../../shared/core/protocol";
import { converse } from "./conversation";
import { summarize, triesNextHost, waitSeconds, Attempt, MAX_WAIT, WAIT_SHARE } from "./failover";
import { hostPort, shownHost } from "../../shared/core/hostPort";
import { Output } from "./output";
import { Settings, ownName } from "./settings/settings";
import { EXIT_FAILED, EXIT_OK } from "./exitStatus";

/** How a run ended, for the exit status and the status file. */
export interface UpdateResult {
  exit: number;
  outcome: "updated" | "rejected" | "failed";
  /** The server that answered (said ok or rejected), null when none did. */
  server: string | null;
  /** Each server tried, in order, with its result. */
  attempts: Attempt[];
  /** The line that reported the outcome. */
  message: string;
}

function ended(out: Output, exit: number, outcome: UpdateResult["outcome"], server: string | null, attempts: Attempt[], message: string): UpdateResult {
  if (exit === EXIT_OK) out.print(message);
  else out.error(message);
  return { exit: exit, outcome: outcome, server: server, attempts: attempts, message: message };
}

/** Tries each host in turn until one publishes the records. */
export function runUpdate(settings: Settings, answers: Answers, net: Network, out: Output, startedAt: number): UpdateResult {
  var deadline = startedAt + settings.timeout * 1000;
  var attempts: Attempt[] = [];
  var hosts = settings.hosts;
  for (var i = 0; i < hosts.length; i++) {
    var remaining = deadline - net.now();
    var wait = waitSeconds(settings.timeout, remaining, MAX_WAIT, WAIT_SHARE);
    if (wait <= 0) return ended(out, EXIT_FAILED, "failed", null, attempts, summarize(attempts, hosts.slice(i)));
    out.info("connecting to " + shownHost(hosts[i]) + " port " + settings.port);
    var connected = net.connect(hosts[i], settings.port, wait);
    if (!connected.ok) {
      attempts.push({ host: hosts[i], port: settings.port, result: connected.reason });
      out.warn(hostPort(hosts[i], settings.port) + " " + connected.reason);
      continue;
    }
    var outcome = converse(connected.connection, answers, net.now, { waitMs: wait * 1000, deadline: deadline }, out);
    connected.connection.close();
    if (outcome.kind === "updated") {
      attempts.push({ host: hosts[i], port: settings.port, result: "ok" });
      return ended(out, EXIT_OK, "updated", hosts[i], attempts, ownName(settings.id, settings.domain) + " updated through " + shownHost(hosts[i]));
    }
    if (outcome.kind === "rejected") {
      var words = outcome.messages.join(" / ");
      attempts.push({ host: hosts[i], port: settings.port, result: "rejected the update: " + words });
      return ended(out, EXIT_FAILED, "rejected", hosts[i], attempts, shownHost(hosts[i]) + " rejected the update: " + words);
    }
    var result = outcome.kind === "failed" ? outcome.reason : "ran out of time";
    attempts.push({ host: hosts[i], port: settings.port, result: result });
    if (!triesNextHost(outcome)) return ended(out, EXIT_FAILED, "failed", null, attempts, summarize(attempts, hosts.slice(i + 1)));
    out.warn(hostPort(hosts[i], settings.port) + " " + result);
  }
  return ended(out, EXIT_FAILED, "failed", null, attempts, summarize(attempts, []));
}
