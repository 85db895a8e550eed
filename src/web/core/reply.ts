/** What the endpoint answers; the host writes it through http_reply. */
export interface Reply {
  /** The status line's code and words: "200 OK". */
  status: string;
  headers: { [name: string]: string };
  body: string;
}

/**
 * Plain text, one answer per line (LF: ddclient splits the body on LF and would
 * keep a CR in the address), and Connection: close, which clients wait for.
 */
export function textReply(status: string, lines: string[]): Reply {
  return { status: status, headers: { "Content-Type": "text/plain", Connection: "close" }, body: lines.join("\n") + "\n" };
}
