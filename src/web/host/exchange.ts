import { Reply } from "../core/reply";

/**
 * The request as the web server hands it to the script: its query string as sent (absent
 * when there was none), a header, the address it came from and the path below the script.
 */
export function webRequest(): { queryString: string; userAgent: string; sourceAddress: string; pathInfo: string; scriptPath: string } {
  var request = http_request as Synchronet.HttpRequest;
  var agent = request.header["user-agent"];
  return {
    queryString: request.query_string === undefined ? "" : String(request.query_string),
    userAgent: agent === undefined ? "" : String(agent),
    sourceAddress: String(request.remote_ip),
    pathInfo: String(request.path_info || ""),
    scriptPath: String(request.virtual_path),
  };
}

/** Writes the reply through http_reply: the web server sends it (with its Content-Length) when the script ends. */
export function sendReply(reply: Reply): void {
  var out = http_reply as Synchronet.HttpReply;
  out.status = reply.status;
  for (var name in reply.headers) if (reply.headers.hasOwnProperty(name)) out.header[name] = reply.headers[name];
  write(reply.body);
}
