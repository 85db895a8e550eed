/** What the endpoint answers; the host writes it through http_reply. */
export interface Reply {
  /** The status line's code and words: "200 OK". */
  status: string;
  headers: { [name: string]: string };
  body: string;
}

/**
 * Plain text, one answer per line (LF: ddclient splits the body on LF and would
 * keep a CR in the address). Whether the connection stays open is the web
 * server's to say: it closes it for HTTP/1.0 and `Connection: close`, as ddclient
 * and inadyn ask (docs/dyndns2-clients.md); a header of ours would only repeat it.
 */
export function textReply(status: string, lines: string[]): Reply {
  return { status: status, headers: { "Content-Type": "text/plain" }, body: lines.join("\n") + "\n" };
}
