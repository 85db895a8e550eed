import { Connection } from "../../shared/core/connection";
import { Answers, MAX_LINE_LENGTH, PROMPTS } from "../../shared/core/protocol";

export type Asked =
  | { ok: true; answers: Answers }
  /** `prompt`: the one left unanswered; `answers`: those given before it. */
  | { ok: false; prompt: string; why: "timeout" | "closed" | "too-long" | "error"; detail: string; answers: Answers };

/**
 * Sends the nine prompts one line each and reads one answer line to each,
 * in the order every client knows (docs/PROTOCOL.md). Each answer must come within
 * `timeoutMs` of its prompt, whatever the client trickles meanwhile, and be at
 * most MAX_LINE_LENGTH bytes: the session ends at the first that is not.
 */
export function askPrompts(conn: Connection, now: () => number, timeoutMs: number): Asked {
  var answers: Answers = {};
  for (var i = 0; i < PROMPTS.length; i++) {
    var prompt = PROMPTS[i];
    if (!conn.sendLine(prompt)) return { ok: false, prompt: prompt, why: "closed", detail: "could not send the prompt", answers: answers };
    var read = conn.readLine(now() + timeoutMs);
    if (read.kind === "timeout") return { ok: false, prompt: prompt, why: "timeout", detail: "no answer", answers: answers };
    if (read.kind === "closed") return { ok: false, prompt: prompt, why: "closed", detail: "closed the connection", answers: answers };
    if (read.kind === "error") return { ok: false, prompt: prompt, why: "error", detail: read.detail, answers: answers };
    if (read.line.truncated) {
      return { ok: false, prompt: prompt, why: "too-long", detail: "a line longer than " + MAX_LINE_LENGTH + " bytes", answers: answers };
    }
    answers[prompt] = read.line.text;
  }
  return { ok: true, answers: answers };
}
