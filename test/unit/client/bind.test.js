"use strict";
// Where a bind can work: a loopback source reaches only loopback servers.
const assert = require("assert");
const { bindToward, isLoopbackIpv4 } = require("../../../src/client/core/bind");

describe("bindToward", () => {
  const noResolve = () => { throw new Error("resolved without need"); };

  it("no interface: no bind, nothing resolved", () => {
    assert.strictEqual(bindToward(null, "dyndns.synchro.net", noResolve), null);
  });

  it("a non-loopback interface binds toward any server, loopback ones too, without resolving", () => {
    assert.strictEqual(bindToward("192.0.2.7", "dyndns.synchro.net", noResolve), "192.0.2.7");
    assert.strictEqual(bindToward("192.0.2.7", "127.0.0.2", noResolve), "192.0.2.7");
  });

  it("a loopback interface binds only toward a loopback server", () => {
    assert.strictEqual(bindToward("127.0.0.1", "127.0.0.2", noResolve), "127.0.0.1");
    assert.strictEqual(bindToward("127.0.0.1", "203.0.113.9", noResolve), null);
    assert.strictEqual(bindToward("127.0.0.1", "localhost", () => "127.0.0.1"), "127.0.0.1");
    assert.strictEqual(bindToward("127.0.0.1", "dyndns.synchro.net", () => "71.95.196.34"), null);
  });

  it("a loopback interface and a name that does not resolve: no bind", () => {
    assert.strictEqual(bindToward("127.0.0.1", "nowhere.invalid", () => null), null);
  });

  it("isLoopbackIpv4 is 127/8 and only dotted quads", () => {
    assert.deepStrictEqual(["127.0.0.1", "127.255.1.2", "128.0.0.1", "::1", "127.1", "localhost"].map(isLoopbackIpv4),
      [true, true, false, false, false, false]);
  });
});
