"use strict";
// parseHttpUrl, hostHeader, origin (src/shared/core/http/url.ts).
const assert = require("assert");
const { parseHttpUrl, hostHeader, origin } = require("../../../../src/shared/core/http/url");

const target = (url) => {
  const r = parseHttpUrl(url);
  assert.ok(r.ok, url + ": " + r.reason);
  return r.target;
};
const reason = (url) => {
  const r = parseHttpUrl(url);
  assert.strictEqual(r.ok, false, url);
  return r.reason;
};

describe("http URLs: parseHttpUrl", () => {
  it("https and http, with the scheme's port, any letter case", () => {
    assert.deepStrictEqual(target("https://api.example.com/client/v4/zones?name=example.com"),
      { tls: true, host: "api.example.com", port: 443, path: "/client/v4/zones?name=example.com" });
    assert.deepStrictEqual(target("HTTP://Dyn.Example.COM/nic/update"), { tls: false, host: "dyn.example.com", port: 80, path: "/nic/update" });
  });

  it("an explicit port, from 1 to 65535", () => {
    assert.strictEqual(target("https://h.example:8443/x").port, 8443);
    assert.strictEqual(target("http://h.example:1/").port, 1);
    assert.strictEqual(target("http://h.example:65535/").port, 65535);
    for (const p of ["0", "65536", "99999", "", "x1", "-1", "443 ", "123456"]) {
      assert.strictEqual(reason("https://h.example:" + p + "/"), "the URL's port is not a number from 1 to 65535", p);
    }
  });

  it("no path is /, a query without a path gets one, a fragment is dropped", () => {
    assert.strictEqual(target("https://h.example").path, "/");
    assert.strictEqual(target("https://h.example?a=1").path, "/?a=1");
    assert.strictEqual(target("https://h.example/p?a=1#frag").path, "/p?a=1");
    assert.strictEqual(target("https://h.example#frag").path, "/");
  });

  it("IPv4 and bracketed IPv6 hosts", () => {
    assert.deepStrictEqual(target("http://127.0.0.1:8080/a"), { tls: false, host: "127.0.0.1", port: 8080, path: "/a" });
    assert.deepStrictEqual(target("https://[2001:DB8::1]:8443/a"), { tls: true, host: "2001:db8::1", port: 8443, path: "/a" });
    assert.deepStrictEqual(target("https://[::1]/"), { tls: true, host: "::1", port: 443, path: "/" });
    assert.strictEqual(reason("https://[nope]/"), "the URL's host [nope] is not an IPv6 address");
    assert.strictEqual(reason("https://[::1]x/"), "the URL's port is not a number from 1 to 65535");
    assert.strictEqual(reason("https://[::1]x80/"), "the URL's port is not a number from 1 to 65535", "a port only after a colon");
    assert.strictEqual(reason("https://x[::1]/"), "the URL's host 'x[' is not a host name or an IPv4 address");
    assert.strictEqual(reason("https://[::1]\n/"), "the URL's host '[' is not a host name or an IPv4 address");
  });

  it("refuses what is not an http(s) URL of a host", () => {
    for (const url of ["ftp://h.example/", "h.example/nic/update", "https:/h.example", "", " https://h.example/"]) {
      assert.strictEqual(reason(url), "the URL does not start with http:// or https://", url);
    }
    assert.strictEqual(reason("https:///path"), "the URL's host '' is not a host name or an IPv4 address");
    assert.strictEqual(reason("https://:80/path"), "the URL's host '' is not a host name or an IPv4 address");
    assert.strictEqual(reason("https://bad_name.example/"), "the URL's host 'bad_name.example' is not a host name or an IPv4 address");
    assert.strictEqual(reason("https://1.2.3/"), "the URL's host '1.2.3' is not a host name or an IPv4 address");
  });

  it("refuses credentials in the URL, without repeating them", () => {
    const r = reason("https://sysop:s3cret@h.example/nic/update");
    assert.strictEqual(r, "the URL carries credentials (user:password@): give them as basic auth instead");
    assert.ok(!r.includes("s3cret"));
    assert.strictEqual(reason("https://@h.example/"), r, "even an empty one");
  });

  it("refuses a path with bytes that must be percent-encoded, without quoting it (a query may hold a token)", () => {
    for (const p of ["/a b", "/a\tb", "/\u00e9", "/a\r\nX: y", "/\x7f", "/?token=abc def"]) {
      const r = reason("https://h.example" + p);
      assert.strictEqual(r, "the URL's path or query holds spaces or other bytes that must be percent-encoded", JSON.stringify(p));
    }
    assert.strictEqual(target("https://h.example/a%20b?x=%C3%A9&y=~!*'()").path, "/a%20b?x=%C3%A9&y=~!*'()");
  });
});

describe("http URLs: hostHeader and origin", () => {
  it("the port only when it is not the scheme's own; IPv6 in brackets", () => {
    assert.strictEqual(hostHeader(target("https://h.example/")), "h.example");
    assert.strictEqual(hostHeader(target("https://h.example:80/")), "h.example:80");
    assert.strictEqual(hostHeader(target("http://h.example:80/")), "h.example");
    assert.strictEqual(hostHeader(target("http://h.example:443/")), "h.example:443");
    assert.strictEqual(hostHeader(target("https://[2001:db8::1]:8443/")), "[2001:db8::1]:8443");
    assert.strictEqual(hostHeader(target("https://[2001:db8::1]/")), "[2001:db8::1]");
  });

  it("origin names scheme, host and port, never the path or query", () => {
    assert.strictEqual(origin(target("https://www.duckdns.org/update?domains=x&token=secret")), "https://www.duckdns.org");
    assert.strictEqual(origin(target("http://127.0.0.1:8245/nic/update")), "http://127.0.0.1:8245");
  });
});
