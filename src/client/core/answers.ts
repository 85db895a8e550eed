import { Settings } from "./settings/settings";
import { MASK } from "../../shared/core/text";
import { Answers, OK } from "../../shared/core/protocol";

/** `ip6` is the address to publish: the configured one, the detected one, or "". */
export function buildAnswers(settings: Settings, ip6: string): Answers {
  return {
    "id?": settings.id,
    "pw?": settings.password,
    "ip?": settings.ip,
    "ip6?": ip6,
    "mx?": settings.mx,
    "txt?": settings.txt,
    "loc?": settings.loc,
    "wc?": settings.wildcard ? "true" : "",
    "ttl?": settings.ttl,
  };
}

/** What a line from the server is: a prompt we answer, the success word, or a message. */
export type ServerLine =
  | { kind: "prompt"; prompt: string; answer: string }
  | { kind: "ok" }
  | { kind: "message"; text: string };

export function answerPrompt(line: string, answers: Answers): ServerLine {
  var word = line.trim().toLowerCase();
  if (word === OK) return { kind: "ok" };
  if (answers.hasOwnProperty(word)) return { kind: "prompt", prompt: word, answer: answers[word] };
  return { kind: "message", text: line };
}

/** How an answer is shown in logs and in a dry run: never the password itself. */
export function shownAnswer(prompt: string, answer: string): string {
  return prompt === "pw?" ? MASK : answer;
}
