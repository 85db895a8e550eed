"use strict";
// socketConnection (src/shared/host) over a scripted stand-in for Synchronet's Socket, whose
// calls answer as js_socket.cpp's do: send() gives the bytes one send() took (short on a full
// buffer) or undefined on an error; poll(secs) 1 when readable, 0 after waiting secs (it really
// waits, on this thread), -1 on an error; recv(max, 0) at most max bytes, "" when the peer
// closed, null on an error. The socket takes the socket as an argument, so no global is faked.
const assert = require("assert");
const { socketConnection } = require("../../../src/shared/host/socketConnection");

const pause = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms) { if (ms > 0) Atomics.wait(pause, 0, 0, ms); }

/**
 * incoming: what the peer sends, in order: a string (bytes ready now), { afterMs } (nothing for
 * that long), { close: true }, { error: [code, text] } (poll fails), { recvError: [code, text] }.
 * sends: what each send() call does in turn: a number (at most that many bytes taken), "error"
 * (undefined, error EPIPE), 0 (nothing taken); past the list every send takes all.
 */
function fakeSocket(incoming, sends = []) {
  const queue = incoming.slice();
  let readyAt = 0;
  const sock = {
    wire: "", sendCalls: [], polls: [], recvs: [], closed: false, error: 0, error_str: "",
    send(data) {
      const how = sends.length ? sends.shift() : data.length;
      sock.sendCalls.push(data);
      if (how === "error") { sock.error = 32; sock.error_str = "Broken pipe"; return undefined; }
      const n = Math.min(how, data.length);
      sock.wire += data.slice(0, n);
      return n;
    },
    poll(secs) {
      sock.polls.push(secs);
      for (;;) {
        const next = queue[0];
        if (next === undefined) { sleep(secs * 1000); return 0; }
        if (next.afterMs !== undefined) {
          if (!readyAt) readyAt = Date.now() + next.afterMs;
          const left = readyAt - Date.now();
          if (left > secs * 1000) { sleep(secs * 1000); return 0; }
          sleep(left);
          queue.shift();
          readyAt = 0;
          continue;
        }
        if (next.error) { sock.error = next.error[0]; sock.error_str = next.error[1]; return -1; }
        return 1;
      }
    },
    recv(max, timeout) {
      sock.recvs.push([max, timeout]);
      const next = queue[0];
      if (next.close) return "";
      if (next.recvError) { queue.shift(); sock.error = next.recvError[0]; sock.error_str = next.recvError[1]; return null; }
      const chunk = next.slice(0, max);
      if (chunk.length === next.length) queue.shift(); else queue[0] = next.slice(max);
      return chunk;
    },
    close() { sock.closed = true; sock.error = 107; },
  };
  return sock;
}

describe("socketConnection: sending", () => {
  it("sends the line and CR LF in one send when it all fits", () => {
    const sock = fakeSocket([]);
    assert.strictEqual(socketConnection(sock, 512).sendLine("VERT"), true);
    assert.strictEqual(sock.wire, "VERT\r\n");
    assert.deepStrictEqual(sock.sendCalls, ["VERT\r\n"]);
  });
  it("a short send: the rest goes in further sends, in order, until all is sent", () => {
    const sock = fakeSocket([], [2, 1, 3]);
    assert.strictEqual(socketConnection(sock, 512).sendLine("s3cret"), true);
    assert.strictEqual(sock.wire, "s3cret\r\n");
    assert.deepStrictEqual(sock.sendCalls, ["s3cret\r\n", "cret\r\n", "ret\r\n", "\r\n"]);
  });
  it("a send that fails (undefined): false, and nothing more is tried", () => {
    const sock = fakeSocket([], ["error"]);
    assert.strictEqual(socketConnection(sock, 512).sendLine("VERT"), false);
    assert.deepStrictEqual(sock.sendCalls, ["VERT\r\n"]);
  });
  it("a send that fails after a short one: false; the part already sent stays sent", () => {
    const sock = fakeSocket([], [3, "error"]);
    assert.strictEqual(socketConnection(sock, 512).sendLine("s3cret"), false);
    assert.strictEqual(sock.wire, "s3c");
    assert.strictEqual(sock.sendCalls.length, 2);
  });
  it("a send that takes nothing: false, not a loop", () => {
    const sock = fakeSocket([], [0]);
    assert.strictEqual(socketConnection(sock, 512).sendLine("VERT"), false);
    assert.strictEqual(sock.sendCalls.length, 1);
  });
  it("an empty answer is CR LF", () => {
    const sock = fakeSocket([]);
    assert.strictEqual(socketConnection(sock, 512).sendLine(""), true);
    assert.strictEqual(sock.wire, "\r\n");
  });
  it("close() closes the socket", () => {
    const sock = fakeSocket([]);
    socketConnection(sock, 512).close();
    assert.strictEqual(sock.closed, true);
  });
});

describe("socketConnection: reading", () => {
  const soon = (ms) => Date.now() + ms;
  it("lines across chunks, then the last line without LF at close, then closed", () => {
    const sock = fakeSocket(["id", "?\r\npw?\nbye", { close: true }]);
    const c = socketConnection(sock, 512);
    const until = soon(1000);
    assert.deepStrictEqual(c.readLine(until), { kind: "line", line: { text: "id?", truncated: false } });
    assert.deepStrictEqual(c.readLine(until), { kind: "line", line: { text: "pw?", truncated: false } });
    assert.deepStrictEqual(c.readLine(until), { kind: "line", line: { text: "bye", truncated: false } });
    assert.deepStrictEqual(c.readLine(until), { kind: "closed" });
    assert.deepStrictEqual(c.readLine(until), { kind: "closed" }, "and stays closed");
  });
  it("asks recv() for at most maxLength bytes, without a wait of its own", () => {
    const sock = fakeSocket(["x".repeat(20) + "\n"]);
    const c = socketConnection(sock, 8);
    assert.deepStrictEqual(c.readLine(soon(1000)), { kind: "line", line: { text: "xxxxxxxx", truncated: true } });
    assert.deepStrictEqual(sock.recvs[0], [8, 0]);
  });
  it("a line already read is returned even when the deadline has passed", () => {
    const sock = fakeSocket(["a\nb\n"]);
    const c = socketConnection(sock, 512);
    c.readLine(soon(1000));
    assert.deepStrictEqual(c.readLine(Date.now() - 1), { kind: "line", line: { text: "b", truncated: false } });
  });
  it("past the deadline with nothing read: timeout at once, without a poll", () => {
    const sock = fakeSocket([{ afterMs: 50 }, "id?\n"]);
    const c = socketConnection(sock, 512);
    assert.deepStrictEqual(c.readLine(Date.now()), { kind: "timeout" });
    assert.deepStrictEqual(sock.polls, []);
  });
  it("waits no longer than the time left: polls are cut to it, and the read ends on it", () => {
    const sock = fakeSocket([{ afterMs: 5000 }, "id?\n"]);
    const c = socketConnection(sock, 512);
    const started = Date.now();
    const until = started + 230;
    assert.deepStrictEqual(c.readLine(until), { kind: "timeout" });
    const ended = Date.now();
    assert.ok(ended >= until && ended - until < 50, "ended " + (ended - until) + " ms after its deadline");
    assert.ok(sock.polls.every((s) => s <= 0.23 && s > 0), "polls of " + sock.polls.join(", ") + " s");
  });
  it("a long wait is cut into polls of at most 1 s, so Synchronet can stop the module between them", () => {
    const sock = fakeSocket([{ afterMs: 1300 }, "id?\n"]);
    const c = socketConnection(sock, 512);
    assert.deepStrictEqual(c.readLine(soon(2500)), { kind: "line", line: { text: "id?", truncated: false } });
    assert.ok(sock.polls.length >= 2, "polls: " + sock.polls.join(", "));
    assert.ok(sock.polls.every((s) => s <= 1), "polls: " + sock.polls.join(", "));
    assert.strictEqual(sock.polls[0], 1);
  });
  it("a trickler (bytes, never a line end) is cut off at the deadline", () => {
    const drip = [];
    for (let i = 0; i < 40; i++) drip.push({ afterMs: 20 }, "x");
    const sock = fakeSocket(drip);
    const c = socketConnection(sock, 512);
    const until = soon(300);
    assert.deepStrictEqual(c.readLine(until), { kind: "timeout" });
    assert.ok(Date.now() - until < 50, "ended " + (Date.now() - until) + " ms late");
  });
  it("poll() fails: an error naming the socket's error", () => {
    const sock = fakeSocket([{ error: [104, "Connection reset by peer"] }]);
    assert.deepStrictEqual(socketConnection(sock, 512).readLine(soon(1000)), { kind: "error", detail: "Connection reset by peer (error 104)" });
  });
  it("recv() fails: an error naming the socket's error", () => {
    const sock = fakeSocket([{ recvError: [104, "Connection reset by peer"] }]);
    assert.deepStrictEqual(socketConnection(sock, 512).readLine(soon(1000)), { kind: "error", detail: "Connection reset by peer (error 104)" });
  });
  it("closed with nothing pending: closed, not an empty line", () => {
    const sock = fakeSocket([{ close: true }]);
    assert.deepStrictEqual(socketConnection(sock, 512).readLine(soon(1000)), { kind: "closed" });
  });
  it("closed in the middle of skipping an over-long line: closed, nothing of it", () => {
    const sock = fakeSocket(["x".repeat(30), { close: true }]);
    const c = socketConnection(sock, 8);
    assert.deepStrictEqual(c.readLine(soon(1000)), { kind: "line", line: { text: "xxxxxxxx", truncated: true } });
    assert.deepStrictEqual(c.readLine(soon(1000)), { kind: "closed" });
  });
});
