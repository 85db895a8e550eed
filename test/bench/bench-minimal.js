/*
 * `npm run bench`: the emulator's floor for one update. The least a module can do
 * through Synchronet's Socket with a deadline (poll, recv, send; no settings, no
 * log lines), answering the prompts from a fixed table. ES5, run by runScript.
 */
var ANSWERS = { "id?": "VERT", "pw?": "s3cret", "ip?": "", "ip6?": "", "mx?": "",
  "txt?": "Vertrauen", "loc?": "", "wc?": "", "ttl?": "" };
var sock = new Socket(1, "dyndns");
if (!sock.connect("dyndns.synchro.net", 8467, 5)) exit(1);
var buf = "";
for (;;) {
  if (sock.poll(5) <= 0) exit(1);
  var chunk = sock.recv(512, 0);
  if (!chunk) exit(1);
  buf += chunk;
  var nl;
  while ((nl = buf.indexOf("\n")) >= 0) {
    var line = buf.slice(0, nl).replace(/\r$/, "");
    buf = buf.slice(nl + 1);
    if (line === "ok") { sock.close(); exit(0); }
    sock.send((ANSWERS.hasOwnProperty(line) ? ANSWERS[line] : "") + "\r\n");
  }
}
