"use strict";
// Mocha's dot reporter, plus two closing lines: the plain one CI reads ("mocha: N passed, N
// failed"), then what the passes were, by folder (docs/developer.md: "What the counts count"):
//   module tests: unit (test/unit/) and end to end (test/e2e/, test/real/, test/service/, test/pages/, test/web/
//     but the lab's self-checks: the built files on the emulator, the shells, the real jsexec, sbbs,
//     services server and web server, real DNS servers, a real browser);
//   harness self-checks: the emulator (test/host/), the fake service (test/fake/), the build
//     gates (test/build/), the scenario runner itself (test/e2e/harness.test.js) and the web lab
//     (test/web/lab.test.js, test/web/clientFacts.test.js).
const path = require("path");
const Dot = require("mocha/lib/reporters/dot");

const ROOT = path.join(__dirname, "../..");

/** "unit", "end-to-end" or "harness", from the test's file. */
function kindOf(file) {
  const rel = path.relative(ROOT, file || "").split(path.sep).join("/");
  if (rel === "test/e2e/harness.test.js" || /^test\/(host|fake|build)\//.test(rel)) return "harness";
  if (/^test\/unit\//.test(rel)) return "unit";
  if (/^test\/(e2e|real|service|pages)\//.test(rel)) return "end-to-end";
  // the web lab's own checks (the stand-in, the clients' facts) are harness; the rest of test/web runs dist/nic/
  if (/^test\/web\//.test(rel) && !/^test\/web\/(lab|clientFacts)\.test\.js$/.test(rel)) return "end-to-end";
  return "harness"; // anything else under test/ checks the tools, not the module
}

class CountingDot extends Dot {
  constructor(runner, options) {
    super(runner, options);
    const passed = { unit: 0, "end-to-end": 0, harness: 0 };
    runner.on("pass", (test) => { passed[kindOf(test.file)]++; });
    runner.once("end", () => {
      const s = this.stats;
      const skipped = s.pending ? ", " + s.pending + " skipped" : "";
      const module = passed.unit + passed["end-to-end"];
      process.stdout.write("mocha: " + s.passes + " passed, " + s.failures + " failed" + skipped + "\n");
      process.stdout.write("mocha: " + module + " module tests passed (unit " + passed.unit + ", end-to-end " + passed["end-to-end"] + "), "
        + passed.harness + " harness self-checks passed, " + s.failures + " failed" + skipped + "\n");
    });
  }
}

CountingDot.kindOf = kindOf;
module.exports = CountingDot;
