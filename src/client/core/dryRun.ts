import { Settings, ownName } from "./settings/settings";
import { shownAnswer } from "./answers";
import { Answers, PROMPTS } from "../../shared/core/protocol";
import { padRight } from "../../shared/core/text";

var EMPTY_MEANS: { [prompt: string]: string } = {
  "ip?": "the server uses the address the update comes from",
  "ip6?": "no AAAA record",
  "mx?": "no MX record",
  "loc?": "no LOC record",
  "wc?": "no wildcard",
  "ttl?": "the server's default",
};

/** The setting behind each prompt's answer. */
var SETTING_OF: { [prompt: string]: string } = {
  "id?": "id", "pw?": "password", "ip?": "ip", "ip6?": "ip6", "mx?": "mx", "txt?": "txt", "loc?": "loc", "wc?": "wildcard", "ttl?": "ttl",
};

/** What -n prints: the settings in force, where each came from, and the answer each prompt would get. */
export function describeDryRun(settings: Settings, answers: Answers, source: string, bind: string | null, statusPath: string): string[] {
  var origin = settings.origins;
  var lines = [
    "dry run: nothing is sent",
    "  settings from " + source + " and the command line",
    "  name     " + ownName(settings.id, settings.domain) + "   (id: " + origin.id + "; domain: " + origin.domain + ")",
    "  servers  " + settings.hosts.join(", ") + " port " + settings.port + "   (hosts: " + origin.hosts + "; port: " + origin.port + ")",
    "  timeout  " + settings.timeout + " s for the whole run   (" + origin.timeout + ")",
    "  bind     " + (bind || "(none)"),
    "  status   " + statusPath + " (a run writes it; -n does not)",
  ];
  for (var i = 0; i < PROMPTS.length; i++) {
    var prompt = PROMPTS[i];
    var answer = shownAnswer(prompt, answers[prompt]);
    if (prompt === "ip6?" && settings.ip6Auto) answer = "(this machine's global IPv6 address, found at run time)";
    else if (answer === "") answer = "(empty: " + (EMPTY_MEANS[prompt] || "nothing") + ")";
    lines.push("  " + padRight(prompt, 5) + " -> " + answer + "   (" + origin[SETTING_OF[prompt]] + ")");
  }
  return lines;
}
