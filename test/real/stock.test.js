"use strict";
// docs/stock.md's table of the stock exec/dyndns.js against this module stays true: the quick scenarios
// run here on the real jsexec and must give its rows word for word. The slow ones (the stock
// module's own 10 s and 30 s waits) are run by `node test/real/stock.js --write`, which writes the
// whole table.
const assert = require("assert");
const { SCENARIOS, compare, tableRows, docRows } = require("./stock");

describe("docs/stock.md: the stock module and this one, side by side on the real jsexec", function () {
  this.timeout(60000);
  const quick = SCENARIOS.filter((s) => !s.slow);
  let rows;

  before(async function () {
    rows = await compare(quick);
  });

  it("docs/stock.md lists every scenario, in order", () => {
    assert.deepStrictEqual(docRows().map((r) => r.split(" | ")[0].slice(2)), SCENARIOS.map((s) => s.name));
  });

  for (const [i, s] of quick.entries()) {
    it(s.name, () => {
      const line = tableRows([rows[i]])[0];
      const inDoc = docRows().find((r) => r.startsWith("| " + s.name + " |"));
      assert.strictEqual(inDoc, line, "docs/stock.md is out of date: run node test/real/stock.js --write");
    });
  }
});
