import { Query } from "../core/request";
import { Reply } from "../core/reply";

/**
 * The request as the web server hands it to the script: http_request's query (values in
 * request order), a header, the address it came from and the path below the script.
 */
export function webRequest(): { query: Query; userAgent: string; sourceAddress: string; pathInfo: string; scriptPath: string } {
  var request = http_request as Synchronet.HttpRequest;
  var query: Query = {};
  for (var name in request.query) {
    if (!request.query.hasOwnProperty(name)) continue;
    var values: string[] = [];
    for (var i = 0; i < request.query[name].length; i++) values.push(String(request.query[name][i]));
    query[name] = values;
  }
  var agent = request.header["user-agent"];
  return {
    query: query,
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
