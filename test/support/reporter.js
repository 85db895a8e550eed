"use strict";
// Mocha's dot reporter, plus the plain closing line CI reads: "mocha: N passed, N failed".
const Dot = require("mocha/lib/reporters/dot");

class CountingDot extends Dot {
  constructor(runner, options) {
    super(runner, options);
    runner.once("end", () => {
      const s = this.stats;
      process.stdout.write("mocha: " + s.passes + " passed, " + s.failures + " failed" + (s.pending ? ", " + s.pending + " skipped" : "") + "\n");
    });
  }
}

module.exports = CountingDot;
