"use strict";
// Reading the audit log by offset (src/pages/core/logLines.ts): each complete line once, with
// its offset, across chunk boundaries; a line being written is left for next time.
const assert = require("assert");
const { eachLine, lineAt, CHUNK_BYTES, MAX_LINE_BYTES } = require("../../../src/pages/core/logLines");
const { logSource } = require("./fakes");

const always = () => true;
function lines(text, from = 0, more = always) {
  const seen = [];
  const next = eachLine(logSource(text), from, (line, offset) => seen.push([line, offset]), more);
  return { seen, next };
}

describe("eachLine", () => {
  it("visits each complete line with its offset, and returns where the next line starts", () => {
    assert.deepStrictEqual(lines("ab\ncde\n\nf\n"), { seen: [["ab", 0], ["cde", 3], ["", 7], ["f", 8]], next: 10 });
  });

  it("leaves a last line without its LF for next time (it is being written)", () => {
    const r = lines("ab\ncd");
    assert.deepStrictEqual(r, { seen: [["ab", 0]], next: 3 });
    assert.deepStrictEqual(lines("ab\ncd\n", r.next), { seen: [["cd", 3]], next: 6 });
    assert.deepStrictEqual(lines("abc"), { seen: [], next: 0 });
  });

  it("starts where it is told, and reads nothing at the end", () => {
    const source = logSource("ab\ncd\n");
    assert.strictEqual(eachLine(source, 6, () => assert.fail("no line"), always), 6);
    assert.strictEqual(source.reads, 0);
  });

  it("takes CRLF ends as LF", () => {
    assert.deepStrictEqual(lines("ab\r\ncd\r\n").seen, [["ab", 0], ["cd", 4]]);
  });

  it("reads in chunks, never the whole file at once, and joins lines cut by a chunk's end", () => {
    const line = "x".repeat(999);
    const text = (line + "\n").repeat(700); // 700,000 bytes: three chunks
    const source = logSource(text);
    const seen = [];
    const next = eachLine(source, 0, (l, offset) => seen.push([l.length, offset]), always);
    assert.strictEqual(next, text.length);
    assert.strictEqual(seen.length, 700);
    assert.ok(seen.every(([length, offset], i) => length === 999 && offset === i * 1000));
    assert.ok(source.asked.every(([, length]) => length <= CHUNK_BYTES));
    assert.strictEqual(source.asked.length, Math.ceil(text.length / CHUNK_BYTES));
  });

  it("stops before a chunk when more() says so, and goes on from there next time", () => {
    const text = ("y".repeat(99) + "\n").repeat(6000); // 600,000 bytes
    let calls = 0;
    const first = lines(text, 0, () => calls++ < 1);
    assert.ok(first.next > 0 && first.next < text.length && first.next % 100 === 0, String(first.next));
    assert.strictEqual(first.seen.length, first.next / 100);
    const rest = lines(text, first.next);
    assert.strictEqual(first.seen.length + rest.seen.length, 6000);
    assert.strictEqual(rest.seen[0][1], first.next);
  });

  it("skips a line too long to be an audit line, whole, and goes on after it", () => {
    const text = "a\n" + "z".repeat(MAX_LINE_BYTES * 5) + "\nb\n";
    assert.deepStrictEqual(lines(text).seen, [["a", 0], ["b", text.length - 2]]);
  });

  it("a read that fails ends the pass where the lines read so far end", () => {
    const source = logSource(("e".repeat(99) + "\n").repeat(3000), { failAt: CHUNK_BYTES + 1 });
    const seen = [];
    const whole = Math.floor(CHUNK_BYTES / 100);
    assert.strictEqual(eachLine(source, 0, (l) => seen.push(l), always), whole * 100);
    assert.strictEqual(seen.length, whole);
  });
});

describe("lineAt", () => {
  const text = "first\nsecond\r\n" + "long".repeat(3000) + "\npartial";
  it("the line that starts at an offset, without its end", () => {
    assert.strictEqual(lineAt(logSource(text), 0), "first");
    assert.strictEqual(lineAt(logSource(text), 6), "second");
    assert.strictEqual(lineAt(logSource(text), 14), "long".repeat(3000));
  });
  it("none where no complete line starts: a line being written, the end, a failed read", () => {
    assert.strictEqual(lineAt(logSource(text), text.length - 7), null);
    assert.strictEqual(lineAt(logSource(text), text.length), null);
    assert.strictEqual(lineAt(logSource(text, { failAt: 3 }), 0), null);
  });
  it("none for a line longer than an audit line can be", () => {
    assert.strictEqual(lineAt(logSource("q".repeat(MAX_LINE_BYTES + 5000) + "\n"), 0), null);
  });
});

describe("logLines: edges, and what is asked of the file", () => {
  const { eachLine: each, lineAt: at, MAX_LINE_BYTES: MAX } = require("../../../src/pages/core/logLines");
  const { logSource: source } = require("./fakes");
  const visitAll = (src, start = 0) => { const seen = []; const next = each(src, start, (l, o) => seen.push([l, o]), () => true); return { seen, next }; };

  it("asks for the bytes there are, never past the end", () => {
    const src = source("one\ntwo\n");
    visitAll(src);
    assert.deepStrictEqual(src.asked, [[0, 8]]);
    const from = source("one\ntwo\nthree");
    assert.strictEqual(at(from, 4), "two");
    assert.deepStrictEqual(from.asked, [[4, 9]]);
    const last = source("abc");
    assert.strictEqual(at(last, 0), null);
    assert.deepStrictEqual(last.asked, [[0, 3]], "a last line without its LF: read once, nothing asked past the end");
    const later = source("one\ntwo\n");
    assert.deepStrictEqual(visitAll(later, 4).seen, [["two", 4]]);
    assert.deepStrictEqual(later.asked, [[4, 4]]);
    const long = source("ab\n" + "x".repeat(5000) + "\n");
    assert.ok(at(long, 3) === "x".repeat(5000));
    assert.deepStrictEqual(long.asked, [[3, 4096], [4099, 905]]);
  });

  it("an empty line is a line: visited, and found at its offset", () => {
    assert.deepStrictEqual(visitAll(source("\nabc\n")).seen, [["", 0], ["abc", 1]]);
    assert.strictEqual(at(source("\nabc\n"), 0), "");
  });

  it("a file that gives nothing where its size says there is more (it shrank): the reading stops", () => {
    const shrunk = { size: 100, read: () => "" };
    assert.deepStrictEqual(visitAll(shrunk), { seen: [], next: 0 });
    assert.strictEqual(at(shrunk, 0), null);
  });

  it("a line of exactly MAX_LINE_BYTES is still one; one whose end is not found in the next read after it is not", () => {
    const exact = "x".repeat(MAX);
    assert.ok(at(source(exact + "\nnext\n"), 0) === exact);
    assert.ok(at(source(exact + "y".repeat(4096) + "\nnext\n"), 0) === null);
    // being written (no LF yet): kept for next time at its start, unless it is already too long
    assert.deepStrictEqual(visitAll(source("a\n" + exact)), { seen: [["a", 0]], next: 2 });
    assert.deepStrictEqual(visitAll(source("a\n" + exact + "y")), { seen: [["a", 0]], next: MAX + 3 });
  });
});
