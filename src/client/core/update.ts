import { Network } from "../../shared/core/connection";
import { Answers } from "./answers";
import { converse } from "./conversation";
import { hostPort, summarize, triesNextHost, waitSeconds, Attempt } from "./failover";
import { Output } from "./output";
import { Settings } from "./validate";
import { DOMAIN, MAX_WAIT, WAIT_SHARE } from "./defaults";
import { EXIT_FAILED, EXIT_OK } from "./exitStatus";

/** Tries each host in turn until one publishes the records; returns the exit status. */
export function runUpdate(settings: Settings, answers: Answers, net: Network, out: Output, startedAt: number): number {
  var deadline = startedAt + settings.timeout * 1000;
  var attempts: Attempt[] = [];
  var hosts = settings.hosts;
  for (var i = 0; i < hosts.length; i++) {
    var remaining = deadline - net.now();
    var wait = waitSeconds(settings.timeout, remaining, MAX_WAIT, WAIT_SHARE);
    if (wait <= 0) {
      out.error(summarize(attempts, hosts.slice(i)));
      return EXIT_FAILED;
    }
    out.info("connecting to " + hosts[i] + " port " + settings.port);
    var connected = net.connect(hosts[i], settings.port, wait);
    if (!connected.ok) {
      attempts.push({ host: hosts[i], port: settings.port, result: connected.reason });
      out.warn(hostPort(hosts[i], settings.port) + " " + connected.reason);
      continue;
    }
    var outcome = converse(connected.connection, answers, net.now, { waitMs: wait * 1000, deadline: deadline }, out);
    connected.connection.close();
    if (outcome.kind === "updated") {
      out.print(settings.id + "." + DOMAIN + " updated through " + hosts[i]);
      return EXIT_OK;
    }
    if (outcome.kind === "rejected") {
      out.error(hosts[i] + " rejected the update: " + outcome.messages.join(" / "));
      return EXIT_FAILED;
    }
    var result = outcome.kind === "failed" ? outcome.reason : "ran out of time";
    attempts.push({ host: hosts[i], port: settings.port, result: result });
    if (!triesNextHost(outcome)) {
      out.error(summarize(attempts, hosts.slice(i + 1)));
      return EXIT_FAILED;
    }
    out.warn(hostPort(hosts[i], settings.port) + " " + result);
  }
  out.error(summarize(attempts, []));
  return EXIT_FAILED;
}
