import { Connection } from "../../shared/core/connection";
import { answerPrompt, shownAnswer } from "./answers";
import { Answers } from "../../shared/core/protocol";
import { Output } from "./output";
import { escapeControl, maskSecret, seconds } from "../../shared/core/text";

/** A full session is 9 prompts and `ok`: this leaves room for new prompts and messages. */
var MAX_LINES = 32;

export type SessionOutcome =
  /** The server said `ok`. */
  | { kind: "updated" }
  /** The server said something other than a prompt and then ended the session. */
  | { kind: "rejected"; messages: string[] }
  /** Ended before `ok` without a word from the server: another host may do better. */
  | { kind: "failed"; reason: string }
  /** The run's deadline came first. */
  | { kind: "out-of-time" };

export interface SessionLimits {
  /** The longest wait for one line, in ms. */
  waitMs: number;
  /** When the whole run must end (a `now()` value). */
  deadline: number;
}

function endedBeforeOk(messages: string[], reason: string): SessionOutcome {
  return messages.length ? { kind: "rejected", messages: messages } : { kind: "failed", reason: reason };
}

/**
 * Answers the prompts the server sends, in whatever order and subset it
 * chooses, until `ok`. An unknown line is a message: it is shown and answered
 * with an empty line, as the stock module does.
 */
export function converse(
  conn: Connection, answers: Answers, now: () => number, limits: SessionLimits, out: Output,
): SessionOutcome {
  var messages: string[] = [];
  for (var count = 0; count < MAX_LINES; count++) {
    var until = Math.min(now() + limits.waitMs, limits.deadline);
    var read = conn.readLine(until);
    if (read.kind === "closed") return endedBeforeOk(messages, "closed the connection before ok");
    if (read.kind === "error") return endedBeforeOk(messages, "failed while reading: " + read.detail);
    if (read.kind === "timeout") {
      if (now() >= limits.deadline && !messages.length) return { kind: "out-of-time" };
      return endedBeforeOk(messages, "sent no line for " + seconds(limits.waitMs) + " s");
    }
    var line = answerPrompt(read.line.text, answers);
    var answer = line.kind === "prompt" ? line.answer : "";
    // The answer goes out before anything is logged: the server waits on it, the log does not.
    var sent = line.kind === "ok" || (!/[\r\n]/.test(answer) && conn.sendLine(answer));
    // Server text is shown as sent, except where it echoes the password.
    var text = escapeControl(maskSecret(read.line.text, answers["pw?"] || "")) + (read.line.truncated ? "... (line cut at its limit)" : "");
    out.info("received: " + text);
    if (line.kind === "ok") return { kind: "updated" };
    if (line.kind === "message") messages.push(text);
    // Nothing is logged as sent that was not.
    if (!sent) return endedBeforeOk(messages, "could not send an answer");
    out.debug(line.kind === "prompt" ? "sent: " + shownAnswer(line.prompt, answer) + " (for " + line.prompt + ")"
      : "sent an empty line (the server's line is not a known prompt)");
  }
  return { kind: "failed", reason: "sent more than " + MAX_LINES + " lines without ok" };
}
