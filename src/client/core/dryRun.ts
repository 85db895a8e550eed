import { Settings } from "./validate";
import { Answers, shownAnswer } from "./answers";
import { PROMPTS } from "../../shared/core/protocol";
import { padRight } from "../../shared/core/text";

var EMPTY_MEANS: { [prompt: string]: string } = {
  "ip?": "the server uses the address the update comes from",
  "ip6?": "no AAAA record",
  "mx?": "no MX record",
  "loc?": "no LOC record",
  "wc?": "no wildcard",
  "ttl?": "the server's default",
};

/** What -n prints: the settings in force and the answer each prompt would get. */
export function describeDryRun(settings: Settings, answers: Answers, source: string, bind: string | null): string[] {
  var lines = [
    "dry run: nothing is sent",
    "  settings from " + source + " and the command line",
    "  servers  " + settings.hosts.join(", ") + " port " + settings.port,
    "  timeout  " + settings.timeout + " s for the whole run",
    "  bind     " + (bind || "(none)"),
  ];
  for (var i = 0; i < PROMPTS.length; i++) {
    var prompt = PROMPTS[i];
    var answer = shownAnswer(prompt, answers[prompt]);
    if (prompt === "ip6?" && settings.ip6Auto) answer = "(this machine's global IPv6 address, found at run time)";
    else if (answer === "") answer = "(empty: " + (EMPTY_MEANS[prompt] || "nothing") + ")";
    lines.push("  " + padRight(prompt, 5) + " -> " + answer);
  }
  return lines;
}
