import { Line } from "./lineReader";

export type ReadResult =
  | { kind: "line"; line: Line }
  | { kind: "closed" }
  | { kind: "timeout" }
  | { kind: "error"; detail: string };

/** One TCP session with a DynDNS server, as the host provides it. */
export interface Connection {
  /** Sends the text and CR LF; false when it could not all be sent. */
  sendLine(text: string): boolean;
  /** The next server line, waiting at most until `untilMs` (a `now()` value). */
  readLine(untilMs: number): ReadResult;
  close(): void;
}

export type Connected = { ok: true; connection: Connection } | { ok: false; reason: string };

/** What the run needs from the network and the clock. */
export interface Network {
  /** Milliseconds, from any fixed origin. */
  now(): number;
  connect(host: string, port: number, timeoutSeconds: number): Connected;
}
