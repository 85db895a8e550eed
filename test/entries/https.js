// Test-only entry, bundled by test/real/https-jsexec.test.js (build.mjs bundleEntry) into a
// scratch root, never into dist/: runs src/shared/host/https.ts under the real jsexec. argv[0]: a
// JSON file {steps: [{request, timeoutMs, options}]}; one "RESULT <json>" line per step:
// {result, ms} (ms: how long httpRequest() took, by this script's clock). Loaded again in the
// background by itself as the TLS handshake guard (tlsGuard.ts), it does only that.
import { isGuardRun, runGuard } from "../../src/shared/host/tlsGuard";
import { httpRequest } from "../../src/shared/host/https";

if (isGuardRun()) {
  runGuard();
} else {
  var file = new File(argv[0]);
  if (!file.open("r")) throw new Error("cannot open " + argv[0]);
  var job = JSON.parse(file.read());
  file.close();
  for (var i = 0; i < job.steps.length; i++) {
    var step = job.steps[i];
    var options = step.options || {};
    options.guardScript = js.exec_path;
    var started = new Date().getTime();
    var result = httpRequest(step.request, started + step.timeoutMs, options);
    print("RESULT " + JSON.stringify({ result: result, ms: new Date().getTime() - started }));
  }
}
