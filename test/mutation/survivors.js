"use strict";
// node test/mutation/survivors.js: after `npm run mutate`, the mutants that survived (or that no
// test reached), each as EQUIVALENT.md names them ("file:line:column Mutator -> replacement"),
// and whether EQUIVALENT.md lists it. Exit status 1 when one is neither killed nor listed.
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "../..");
const report = JSON.parse(fs.readFileSync(path.join(ROOT, "build/mutation/mutation.json"), "utf8"));
const listed = fs.readFileSync(path.join(__dirname, "EQUIVALENT.md"), "utf8");

let missing = 0;
const byFolder = {};
for (const [file, data] of Object.entries(report.files)) {
  const folder = path.dirname(file);
  const f = (byFolder[folder] = byFolder[folder] || { killed: 0, all: 0 });
  for (const m of data.mutants) {
    // as Stryker scores: compile and runtime errors (a mutant that does not build or load) do not count
    if (!["Killed", "Timeout", "Survived", "NoCoverage"].includes(m.status)) continue;
    f.all++;
    if (m.status === "Killed" || m.status === "Timeout") { f.killed++; continue; }
    const where = file + ":" + m.location.start.line + ":" + m.location.start.column;
    const known = listed.includes("`" + where + "`");
    if (!known) missing++;
    console.log((known ? "equivalent " : "NOT LISTED ") + where + " " + m.mutatorName + " -> " + JSON.stringify(m.replacement).slice(0, 100)
      + (m.status === "NoCoverage" ? " (no test reaches it)" : ""));
  }
}
for (const [folder, f] of Object.entries(byFolder).sort()) {
  console.log("score " + folder + ": " + (100 * f.killed / f.all).toFixed(2) + " % (" + f.killed + " of " + f.all + ")");
}
if (missing) {
  console.log(missing + " survivor(s) neither killed nor listed in test/mutation/EQUIVALENT.md");
  process.exitCode = 1;
}
