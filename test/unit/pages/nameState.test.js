"use strict";
// The states a name can be in and the words of the hub's filter links for them.
const assert = require("assert");
const { STATES, badges } = require("../../../src/pages/core/nameState");

describe("nameState: the labels of the states", () => {
  it("each state with the words its filter link and its badge show", () => {
    assert.deepStrictEqual(STATES, [
      { state: "updating", label: "updating" },
      { state: "stale", label: "stale" },
      { state: "never", label: "never updated" },
      { state: "failing", label: "failing" },
      { state: "abuse", label: "flagged for abuse" },
    ]);
  });

  it("badges of every state, each with its words", () => {
    assert.strictEqual(badges(["abuse", "never", "updating", "failing", "stale"]),
      '<span class="state updating">updating</span> <span class="state stale">stale</span> <span class="state never">never updated</span>'
      + ' <span class="state failing">failing</span> <span class="state abuse">flagged for abuse</span>');
    assert.strictEqual(badges([]), "");
  });
});
