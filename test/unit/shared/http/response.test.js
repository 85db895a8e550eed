"use strict";
// createResponseParser (src/shared/core/http/response.ts): every answer is fed whole, and again
// one byte at a time (as a trickling server sends it), and must read the same both ways.
const assert = require("assert");
const { createResponseParser } = require("../../../../src/shared/core/http/response");

const MAX = 4096;

/** Feeds the chunks, then end() if `close`; the outcome of each feeding style, checked equal. */
function read(bytes, { max = MAX, head = false, close = false } = {}) {
  const outcomes = [];
  for (const pieces of [[bytes], bytes.split("")]) {
    const p = createResponseParser(max, head);
    let last = { kind: "more" };
    for (const piece of pieces) {
      last = p.push(piece);
      if (last.kind !== "more") break;
    }
    if (last.kind === "more" && close) last = p.end();
    outcomes.push(last);
  }
  assert.deepStrictEqual(outcomes[1], outcomes[0], "fed byte by byte it reads the same");
  return outcomes[0];
}
const ok = (bytes, options) => {
  const r = read(bytes, options);
  assert.strictEqual(r.kind, "done", JSON.stringify(r));
  return r.response;
};
const bad = (bytes, options) => {
  const r = read(bytes, options);
  assert.strictEqual(r.kind, "bad", JSON.stringify(r));
  return r.reason;
};

describe("http answers: status line and headers", () => {
  it("status, reason phrase, headers by lower-case name, the body by Content-Length", () => {
    assert.deepStrictEqual(ok("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 13\r\n\r\ngood 1.2.3.4\n"),
      { status: 200, statusText: "OK", headers: { "content-type": "text/plain", "content-length": "13" }, body: "good 1.2.3.4\n" });
  });

  it("HTTP/1.0 and other 1.x; no reason phrase; bare LF line ends", () => {
    assert.deepStrictEqual(ok("HTTP/1.0 404\nContent-Length: 2\n\nno"), { status: 404, statusText: "", headers: { "content-length": "2" }, body: "no" });
    assert.strictEqual(ok("HTTP/1.2 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n").statusText, "Service Unavailable");
  });

  it("any status is an answer: the caller decides what it means", () => {
    for (const status of [201, 204, 301, 401, 403, 429, 500, 599]) {
      assert.strictEqual(ok("HTTP/1.1 " + status + " X\r\nContent-Length: 0\r\n\r\n").status, status);
    }
  });

  it("a header sent twice: its values joined by ', '; spaces around a value dropped; a folded line continues the header", () => {
    assert.deepStrictEqual(ok("HTTP/1.1 200 OK\r\nX-A: one \r\nx-a:two\r\nX-Long: start\r\n  and more  \r\n\tand the end \r\nContent-Length: 0\r\n\r\n").headers,
      { "x-a": "one, two", "x-long": "start and more and the end", "content-length": "0" });
  });

  it("refuses what is not an HTTP/1.x answer", () => {
    for (const start of ["HTTP/2 200 OK", "junk HTTP/1.1 200 OK", "HTTP/1.1 200OK", "HTTP/1.1 20 OK", "HTTP/1.1 099 x", "http/1.1 200 OK", "SSH-2.0-OpenSSH_9.2", "HTTP/1.1  200 OK"]) {
      assert.strictEqual(bad(start + "\r\nContent-Length: 0\r\n\r\n"), "the answer does not start with an HTTP/1.x status line", start);
    }
  });

  it("refuses a header line that is not 'name: value' (a folded line with nothing before it counts as one)", () => {
    for (const line of ["no colon here", ": empty name", "Bad Name: x", " folded-first"]) {
      assert.strictEqual(bad("HTTP/1.1 200 OK\r\n" + line + "\r\nContent-Length: 0\r\n\r\n"), "the answer has a header line that is not 'name: value'", line);
    }
  });

  it("interim 1xx answers are skipped; 101 (switching protocols) is refused", () => {
    assert.deepStrictEqual(ok("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi"),
      { status: 200, statusText: "OK", headers: { "content-length": "2" }, body: "hi" });
    assert.strictEqual(bad("HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n"), "the server switched protocols (101), which was not asked for");
  });
});

describe("http answers: how the body ends", () => {
  it("Content-Length: exactly that many bytes, whatever follows; waits for the rest", () => {
    assert.strictEqual(ok("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabcdef").body, "abc");
    assert.deepStrictEqual(read("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nab"), { kind: "more" });
    assert.strictEqual(ok("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n").body, "");
  });

  it("a list of equal Content-Length values counts as one; differing or malformed ones are refused", () => {
    assert.strictEqual(ok("HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\nok").body, "ok");
    assert.strictEqual(ok("HTTP/1.1 200 OK\r\nContent-Length: 2 \t,\t  2\r\n\r\nok").body, "ok", "spaces and tabs around each value");
    assert.strictEqual(ok("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok").body, "ok");
    for (const value of ["2, 3", "0, 5", "-1", "x", "", "1e3", "0x10", "1 2", "1234567890123456"]) {
      assert.strictEqual(bad("HTTP/1.1 200 OK\r\nContent-Length: " + value + "\r\n\r\nok"), "the answer's Content-Length is not one number", value);
    }
  });

  it("no length and no chunking: the body runs to the close", () => {
    assert.deepStrictEqual(read("HTTP/1.0 200 OK\r\n\r\nline one\nline two"), { kind: "more" });
    assert.strictEqual(ok("HTTP/1.0 200 OK\r\n\r\nline one\nline two", { close: true }).body, "line one\nline two");
    assert.strictEqual(ok("HTTP/1.1 200 OK\r\n\r\n", { close: true }).body, "");
  });

  it("a transfer coding that does not end in chunked: the body runs to the close", () => {
    assert.strictEqual(ok("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\nraw", { close: true }).body, "raw");
    assert.strictEqual(ok("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunkedx\r\n\r\n2\r\nab\r\n0\r\n\r\n", { close: true }).body, "2\r\nab\r\n0\r\n\r\n");
  });

  it("no body after HEAD, 204 or 304, whatever the headers say", () => {
    assert.deepStrictEqual(ok("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", { head: true }),
      { status: 200, statusText: "OK", headers: { "content-length": "10" }, body: "" });
    assert.strictEqual(ok("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n").body, "");
    assert.strictEqual(ok("HTTP/1.1 304 Not Modified\r\nTransfer-Encoding: chunked\r\n\r\n").body, "");
  });
});

describe("http answers: chunked transfer coding", () => {
  const head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";

  it("chunks joined; sizes in any letter case, with extensions; trailers read and dropped", () => {
    assert.deepStrictEqual(ok(head + "5\r\nhello\r\n1;name=value\r\n \r\nA \r\n0123456789\r\nb\r\n\u00e9\u00ff\r\n\u0000 chunk\r\n0\r\nX-Trailer: t\r\n\r\n"),
      { status: 200, statusText: "OK", headers: { "transfer-encoding": "chunked" }, body: "hello 0123456789\u00e9\u00ff\r\n\u0000 chunk" });
  });

  it("chunked wins over Content-Length, in any letter case (RFC 9112 section 6.3)", () => {
    assert.strictEqual(ok("HTTP/1.1 200 OK\r\nContent-Length: 100\r\nTransfer-Encoding: gzip, Chunked\r\n\r\n2\r\nab\r\n0\r\n\r\n").body, "ab");
  });

  it("bare LF after sizes, data and trailers", () => {
    assert.strictEqual(ok(head + "2\nab\n0\n\n").body, "ab");
  });

  it("waits for every part: size line, data, the line break after it, the last empty line", () => {
    for (const partial of ["", "2", "2\r\na", "2\r\nab", "2\r\nab\r", "2\r\nab\r\n0\r\n", "2\r\nab\r\n0\r\nX: y\r\n"]) {
      assert.deepStrictEqual(read(head + partial), { kind: "more" }, JSON.stringify(partial));
    }
  });

  it("refuses a size that is not hexadecimal, a chunk not followed by a line break, a size line or a trailer too long", () => {
    for (const size of ["g", "-1", "", "0x2", "123456789", " 2"]) {
      assert.strictEqual(bad(head + size + "\r\nab\r\n0\r\n\r\n"), "a chunk size is not a hexadecimal number", size);
    }
    assert.strictEqual(bad(head + "2\r\nabc\r\n0\r\n\r\n"), "a chunk is not followed by a line break");
    assert.strictEqual(bad(head + "2\r\nab\rx0\r\n\r\n"), "a chunk is not followed by a line break");
    assert.strictEqual(bad(head + "1;" + "x".repeat(1030)), "a chunk size line is too long");
    assert.deepStrictEqual(read(head + "1;" + "x".repeat(1022)), { kind: "more" }, "1024 bytes are still waited for");
    assert.strictEqual(bad(head + "1;" + "x".repeat(1023)), "a chunk size line is too long", "1025 are not");
    assert.strictEqual(bad(head + "0\r\nX: " + "y".repeat(1030)), "a trailer line is too long");
    assert.deepStrictEqual(read(head + "0\r\nX: " + "y".repeat(1021)), { kind: "more" });
    assert.strictEqual(bad(head + "0\r\nX: " + "y".repeat(1022)), "a trailer line is too long");
  });
});

describe("http answers: at most maxBytes", () => {
  it("an answer of exactly maxBytes is read, whatever follows it; one that needs a byte more is refused, whatever the framing", () => {
    const exact = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789";
    assert.strictEqual(ok(exact, { max: exact.length }).body, "0123456789");
    assert.strictEqual(ok(exact + "trailing bytes", { max: exact.length }).body, "0123456789");
    assert.strictEqual(bad(exact.replace("10", "11") + "x", { max: exact.length }), "the answer is larger than " + exact.length + " bytes");
    assert.strictEqual(bad("HTTP/1.0 200 OK\r\n\r\n" + "x".repeat(100), { max: 50 }), "the answer is larger than 50 bytes");
    assert.strictEqual(bad("HTTP/1.1 200 OK\r\nX: " + "h".repeat(100), { max: 50 }), "the answer is larger than 50 bytes");
  });

  it("a Content-Length or a chunk size over maxBytes is refused at once, before the bytes come", () => {
    assert.strictEqual(bad("HTTP/1.1 200 OK\r\nContent-Length: 4097\r\n\r\n"), "the answer is larger than 4096 bytes");
    assert.deepStrictEqual(read("HTTP/1.1 200 OK\r\nContent-Length: 4096\r\n\r\n"), { kind: "more" });
    const head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    assert.strictEqual(bad(head + "10\r\n0123456789abcdef\r\nFF1\r\n"), "the answer is larger than 4096 bytes");
    assert.deepStrictEqual(read(head + "10\r\n0123456789abcdef\r\nFF0\r\n"), { kind: "more" }, "16 + 4080 bytes of body fit");
  });
});

describe("http answers: the server closes", () => {
  it("says where the answer was cut", () => {
    assert.strictEqual(bad("", { close: true }), "the server closed the connection without answering");
    assert.strictEqual(bad("HTTP/1.1 200 OK\r\nContent-", { close: true }), "the server closed the connection in the middle of the answer's headers");
    assert.strictEqual(bad("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", { close: true }), "the server closed the connection after 3 of the body's 10 bytes");
    assert.strictEqual(bad("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", { close: true }),
      "the server closed the connection in the middle of the chunked body");
  });

  it("after an outcome, more bytes or the close change nothing; received() counts what came", () => {
    const p = createResponseParser(MAX, false);
    assert.deepStrictEqual(p.push("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n"), { kind: "more" });
    assert.strictEqual(p.received(), 38);
    const done = p.push("ab");
    assert.strictEqual(done.kind, "done");
    assert.strictEqual(p.received(), 40, "what came in the push that completed it counts");
    assert.deepStrictEqual(p.push("more"), done);
    assert.deepStrictEqual(p.end(), done);
    assert.strictEqual(p.received(), 40);
    const q = createResponseParser(10, false);
    const refused = q.push("HTTP/1.1 200 OK\r\n");
    assert.deepStrictEqual(q.end(), refused);
    assert.deepStrictEqual(q.push("x"), refused);
  });
});
