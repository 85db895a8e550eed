// A STAND-IN for the hub's dyndns2 endpoint, for the test lab only (test/web/standin.js): it
// is not the endpoint. Served as nic/index.ssjs (PathInfoIndex), it answers every request below
// /nic/ with what the test wrote to data/standin/answers.json for that path_info, and appends what
// it got to data/standin/requests.jsonl, one JSON object a line.
// answers.json: { "/update": { "status": "401 Unauthorized", "headers": { "WWW-Authenticate": "..." },
//   "body": "badauth" }, "/checkip": { "ip": "203.0.113.7" } ... }. Without an answer: /update says
// "good <myip>" once per host name, /checkip gives a page like checkip.dyndns.org's.
var DIR = system.data_dir + "standin/";

function readJson(name, fallback) {
    var f = new File(DIR + name);
    if (!f.exists || !f.open("r")) return fallback;
    var text = f.read();
    f.close();
    return text ? JSON.parse(text) : fallback;
}

function append(name, line) {
    var f = new File(DIR + name);
    if (!f.open("a")) throw new Error("stand-in: cannot append to " + f.name);
    f.writeln(line);
    f.close();
}

function first(name) {
    var values = http_request.query[name];
    return values && values.length ? values[0] : "";
}

// What the client sent, the password left out: the header's scheme and user name only.
var headers = {};
for (var h in http_request.header) headers[h] = http_request.header[h];
var auth = null;
if (headers.authorization !== undefined) {
    var m = /^(\S+)\s*(.*)$/.exec(headers.authorization);
    auth = { scheme: m ? m[1] : headers.authorization };
    if (m && /^basic$/i.test(m[1])) {
        var decoded = base64_decode(m[2]) || "";
        auth.user = decoded.split(":")[0];
    }
    headers.authorization = "(" + (auth.scheme || "") + ")";
}
var query = {};
for (var q in http_request.query) query[q] = http_request.query[q];
append("requests.jsonl", JSON.stringify({
    method: http_request.method, request: http_request.request_string, http_ver: http_request.http_ver,
    scheme: http_request.scheme, path_info: http_request.path_info, query_string: http_request.query_string,
    query: query, headers: headers, authorization: auth, remote_ip: http_request.remote_ip,
    user: { number: user.number, alias: user.number ? user.alias : "" }
}));

var answers = readJson("answers.json", {});
var answer = answers[http_request.path_info] || answers["*"] || {};
if (answer.status !== undefined) http_reply.status = String(answer.status);
http_reply.header["Content-Type"] = "text/plain";
if (answer.headers) for (var k in answer.headers) http_reply.header[k] = answer.headers[k];
if (answer.body !== undefined) {
    write(answer.body);
} else if (http_request.path_info == "/checkip") {
    http_reply.header["Content-Type"] = "text/html";
    write("<html><head><title>Current IP Check</title></head><body>Current IP Address: "
        + (answer.ip || http_request.remote_ip) + "</body></html>\r\n");
} else {
    var names = first("hostname").split(","), lines = [];
    for (var i = 0; i < names.length; i++) lines.push("good " + first("myip"));
    write(lines.join("\n") + "\n");
}
