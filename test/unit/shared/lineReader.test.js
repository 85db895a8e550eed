"use strict";
const assert = require("assert");
const { createLineReader } = require("../../../src/shared/core/lineReader");

function lines(reader) {
  const out = [];
  for (let l = reader.next(); l; l = reader.next()) out.push(l);
  return out;
}

describe("createLineReader", () => {
  it("splits on LF, drops one CR, across chunks", () => {
    const r = createLineReader(512);
    r.push("id?\r\npw");
    r.push("?\n\r\nok");
    assert.deepStrictEqual(lines(r).map((l) => l.text), ["id?", "pw?", ""]);
    assert.deepStrictEqual(r.end(), { text: "ok", truncated: false });
    assert.strictEqual(r.end(), null);
  });
  it("cuts an over-long line and drops its rest", () => {
    const r = createLineReader(8);
    r.push("0123456789abcdef");
    r.push("ghij\nid?\n");
    assert.deepStrictEqual(lines(r), [{ text: "01234567", truncated: true }, { text: "id?", truncated: false }]);
  });
  it("holds at most maxLength characters while it skips a line that never ends", () => {
    const r = createLineReader(8);
    let most = 0;
    for (let i = 0; i < 1000; i++) {
      r.push("xxxxxxxxxxxxxxxx");
      most = Math.max(most, r.held());
    }
    assert.deepStrictEqual(lines(r), [{ text: "xxxxxxxx", truncated: true }]);
    assert.ok(most <= 8, "held " + most + " characters");
    assert.strictEqual(r.held(), 0, "nothing kept of the skipped line");
    r.push("tail of it\nid?\n");
    assert.deepStrictEqual(lines(r), [{ text: "id?", truncated: false }]);
    assert.strictEqual(r.end(), null);
  });
  it("holds what it is given byte by byte, up to the cut, then nothing of the rest", () => {
    const r = createLineReader(8);
    const held = [];
    for (const c of "abcdefghijklmnop") { r.push(c); held.push(r.held()); }
    // 1..8 while the line fits; the 9th byte makes the cut: the 8 kept wait as a line, the rest is dropped
    assert.deepStrictEqual(held, [1, 2, 3, 4, 5, 6, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8]);
    assert.deepStrictEqual(r.next(), { text: "abcdefgh", truncated: true });
    assert.strictEqual(r.held(), 0);
  });
  it("counts the lines waiting to be taken", () => {
    const r = createLineReader(512);
    r.push("id?\npw?\nip");
    assert.strictEqual(r.held(), 3 + 3 + 2);
    r.next();
    assert.strictEqual(r.held(), 3 + 2);
  });
  it("a line of exactly maxLength is whole; one more byte cuts it", () => {
    const r = createLineReader(4);
    r.push("abcd\nabcde\nok\n");
    assert.deepStrictEqual(lines(r), [{ text: "abcd", truncated: false }, { text: "abcd", truncated: true }, { text: "ok", truncated: false }]);
  });
  it("a cut line loses its CR only when the CR is its last kept byte", () => {
    const r = createLineReader(4);
    r.push("abc\rdef\n");
    assert.deepStrictEqual(lines(r), [{ text: "abc", truncated: true }]);
  });
  it("end() while skipping gives nothing, and the reader starts afresh", () => {
    const r = createLineReader(4);
    r.push("abcdefgh");
    assert.deepStrictEqual(lines(r), [{ text: "abcd", truncated: true }]);
    assert.strictEqual(r.end(), null);
    r.push("id?\n");
    assert.deepStrictEqual(lines(r), [{ text: "id?", truncated: false }]);
  });
  it("end() drops one CR of the last line", () => {
    const r = createLineReader(512);
    r.push("bye\r");
    assert.deepStrictEqual(r.end(), { text: "bye", truncated: false });
  });
});
