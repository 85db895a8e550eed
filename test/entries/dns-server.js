// Test-only entry, bundled by test/real/dns-jsexec.test.js (build.mjs bundleEntry)
// into a scratch root, never into dist/: runs src/shared/host/dnsServer.ts under
// the real jsexec. argv[0]: a JSON file {settings (key.secret as base64), steps:
// [{publish: plan} | {current: names}]}; one "RESULT <json>" line per step.
import { currentRecords, publish } from "../../src/shared/host/dnsServer";
import { decodeBase64 } from "../../src/shared/core/dns/base64";

var file = new File(argv[0]);
if (!file.open("r")) throw new Error("cannot open " + argv[0]);
var job = JSON.parse(file.read());
file.close();
job.settings.key.secret = decodeBase64(job.settings.key.secret);
for (var i = 0; i < job.steps.length; i++) {
  var step = job.steps[i];
  var started = new Date().getTime();
  var result = step.publish ? publish(job.settings, step.publish) : currentRecords(job.settings, step.current);
  print("RESULT " + JSON.stringify({ result: result, ms: new Date().getTime() - started }));
}
