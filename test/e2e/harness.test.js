"use strict";
// The harness's own comparison: a difference between two engines must fail and be named.
const assert = require("assert");
const { firstDifference, moduleLines } = require("./harness");

function fake(engine, over) {
  return Object.assign({
    engine, exitCode: 0, port: 4242, ctrlDir: "/tmp/" + engine + "/ctrl",
    sessions: { "dyndns.synchro.net": [{ rawText: "VERT\r\ns3cret\r\n" }] },
    stdout: "Synchronet DynDNS client v1.0.0\nVERT.synchro.net updated through 127.0.0.2\n",
    stderr: "connecting to 127.0.0.2 port 4242\n",
  }, over);
}

describe("harness: emulator and real jsexec compared", function () {
  it("the same observations, port and ctrl dir aside, are no difference", () => {
    const b = fake("jsexec", { port: 5151, stderr: "\nJSexec v3.22a-Linux x\nconnecting to 127.0.0.2 port 5151\nUsing JavaScript exit_code: 0\n" });
    assert.strictEqual(firstDifference(fake("vm"), b), null);
  });

  it("names the first differing line of each", () => {
    const b = fake("jsexec", { sessions: { "dyndns.synchro.net": [{ rawText: "VERT\r\n123\r\n" }] } });
    assert.strictEqual(firstDifference(fake("vm"), b),
      'line 3:\n    vm: "dyndns.synchro.net session 1 received: s3cret"\n    jsexec: "dyndns.synchro.net session 1 received: 123"');
  });

  it("an exit status, a missing line or an extra stderr line is a difference", () => {
    assert.match(firstDifference(fake("vm"), fake("jsexec", { exitCode: 1 })), /exit status 0.*\n.*exit status 1/);
    assert.match(firstDifference(fake("vm"), fake("jsexec", { stdout: "Synchronet DynDNS client v1.0.0\n", stderr: "" })), /jsexec: \(nothing more\)/);
    assert.match(firstDifference(fake("vm"), fake("jsexec", { stderr: "connecting to 127.0.0.2 port 4242\nwarning\n" })), /jsexec: "stderr: warning"/);
  });

  it("jsexec's banner and timing lines are not the module's", () => {
    assert.deepStrictEqual(moduleLines("\nJSexec v3.22a-Linux master/9e7bbc3092 - Execute Synchronet JavaScript Module\nCompiled Aug 22 2026 05:08 with GCC 12.2.0\n"
      + "Loading configuration files from /x/ctrl\nJavaScript-C 1.8.5 2011-03-31\nJavaScript: Creating runtime: 167772160 bytes\nReading script from /d.js\n"
      + "/d.js compiled in 0.00 seconds\nmodule line\nUsing JavaScript exit_code: 1\n/d.js executed in 0.01 seconds\n!Module (/d.js) set exit_code: 1\n"
      + "JavaScript: Destroying context\nJavaScript: Destroying runtime\nReturning error code: 1\n"), ["module line", "!Module (/d.js) set exit_code: 1"]);
  });
});
