import { SessionOutcome } from "./conversation";
import { isIpv6 } from "./ipv6";

/** One host's part in a run, for the summary line. */
export interface Attempt {
  host: string;
  port: number;
  result: string;
}

export type Decision = "success" | "next-host" | "stop";

/**
 * After a session: success, a rejection (the server spoke, so it has decided:
 * asking another name of the same service would only repeat it), or a failure
 * that another host may not share.
 */
export function decide(outcome: SessionOutcome): Decision {
  if (outcome.kind === "updated") return "success";
  if (outcome.kind === "failed") return "next-host";
  return "stop";
}

/** `host:port`, with an IPv6 literal in brackets. */
export function hostPort(host: string, port: number): string {
  return (isIpv6(host) ? "[" + host + "]" : host) + ":" + port;
}

/** Seconds for one connect or one wait for a line, given the time left. */
export function waitSeconds(timeout: number, remainingMs: number, maxWait: number, share: number): number {
  var wait = Math.min(maxWait, timeout / share, remainingMs / 1000);
  return Math.max(0, Math.round(wait * 1000) / 1000);
}

export function summarize(attempts: Attempt[], notTried: string[]): string {
  var parts: string[] = [];
  for (var i = 0; i < attempts.length; i++) {
    parts.push(hostPort(attempts[i].host, attempts[i].port) + " " + attempts[i].result);
  }
  if (notTried.length) parts.push("not tried for lack of time: " + notTried.join(", "));
  return "update failed: " + parts.join("; ");
}
