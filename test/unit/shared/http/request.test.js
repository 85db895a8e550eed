"use strict";
// requestText, requestSecrets, hideSecrets, jsonBody (src/shared/core/http/request.ts).
const assert = require("assert");
const { requestText, requestSecrets, hideSecrets, jsonBody } = require("../../../../src/shared/core/http/request");
const { parseHttpUrl } = require("../../../../src/shared/core/http/url");

const base64 = (s) => Buffer.from(s, "latin1").toString("base64");
const text = (request) => {
  const r = requestText(request, parseHttpUrl(request.url).target, base64);
  assert.ok(r.ok, r.reason);
  return r.text;
};
const refusal = (request) => {
  const r = requestText(request, parseHttpUrl(request.url).target, base64);
  assert.strictEqual(r.ok, false);
  return r.reason;
};

describe("http requests: requestText", () => {
  it("a GET: request line, Host, the caller's headers in order, Connection: close, no body", () => {
    assert.strictEqual(text({ method: "GET", url: "https://dynupdate.example/nic/update?hostname=a.example&myip=203.0.113.7",
      headers: [{ name: "User-Agent", value: "Synchronet-DynDNS/1.0 sysop@example.com" }, { name: "Accept", value: "text/plain" }] }),
    "GET /nic/update?hostname=a.example&myip=203.0.113.7 HTTP/1.1\r\nHost: dynupdate.example\r\n"
      + "User-Agent: Synchronet-DynDNS/1.0 sysop@example.com\r\nAccept: text/plain\r\nConnection: close\r\n\r\n");
  });

  it("basic auth as base64 of user:password, bearer as it is", () => {
    assert.strictEqual(text({ method: "GET", url: "http://h.example:8245/", auth: { basic: { user: "sysop", password: "pa:ss" } } }),
      "GET / HTTP/1.1\r\nHost: h.example:8245\r\nAuthorization: Basic " + base64("sysop:pa:ss") + "\r\nConnection: close\r\n\r\n");
    assert.strictEqual(text({ method: "DELETE", url: "https://api.example/x", auth: { bearer: "tok-123" } }),
      "DELETE /x HTTP/1.1\r\nHost: api.example\r\nAuthorization: Bearer tok-123\r\nConnection: close\r\n\r\n");
  });

  it("a body with its Content-Length; POST, PUT and PATCH always say their length, 0 when empty", () => {
    assert.strictEqual(text({ method: "POST", url: "https://h.example/a", headers: [{ name: "Content-Type", value: "application/json" }], body: '{"a":1}' }),
      'POST /a HTTP/1.1\r\nHost: h.example\r\nContent-Type: application/json\r\nContent-Length: 7\r\nConnection: close\r\n\r\n{"a":1}');
    for (const method of ["POST", "PUT", "PATCH"]) {
      assert.strictEqual(text({ method, url: "https://h.example/a" }), method + " /a HTTP/1.1\r\nHost: h.example\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    }
    assert.strictEqual(text({ method: "GET", url: "https://h.example/a", body: "" }), "GET /a HTTP/1.1\r\nHost: h.example\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    assert.strictEqual(text({ method: "HEAD", url: "https://h.example/a" }), "HEAD /a HTTP/1.1\r\nHost: h.example\r\nConnection: close\r\n\r\n");
  });

  it("the length is in bytes of the body as given (one char a byte)", () => {
    assert.match(text({ method: "PUT", url: "https://h.example/", body: "\u00e9\u00ff" }), /Content-Length: 2\r\n/);
  });

  it("refuses a method that is not an HTTP method in capitals", () => {
    for (const m of ["get", "GE T", "", "G1"]) assert.strictEqual(refusal({ method: m, url: "https://h.example/" }), "the method '" + m + "' is not an HTTP method in capitals");
  });

  it("refuses the headers the request sets itself, in any letter case", () => {
    for (const name of ["Host", "connection", "Content-Length", "TRANSFER-ENCODING", "Authorization"]) {
      assert.strictEqual(refusal({ method: "GET", url: "https://h.example/", headers: [{ name, value: "x" }] }),
        "the header " + name + " is the request's own: it sets it itself");
    }
  });

  it("refuses a header name that is not a token, or a value with a line break or NUL, naming the header and not the value", () => {
    assert.strictEqual(refusal({ method: "GET", url: "https://h.example/", headers: [{ name: "X Bad", value: "v" }] }), "the header name 'X Bad' is not an HTTP token");
    assert.strictEqual(refusal({ method: "GET", url: "https://h.example/", headers: [{ name: "", value: "v" }] }), "the header name '' is not an HTTP token");
    for (const value of ["s3cret\r\nX-Injected: 1", "a\nb", "a\rb", "a\u0000b"]) {
      const r = refusal({ method: "GET", url: "https://h.example/", headers: [{ name: "X-Api-Key", value }] });
      assert.strictEqual(r, "the value of the header X-Api-Key holds a line break or a NUL");
    }
    assert.strictEqual(text({ method: "GET", url: "https://h.example/", headers: [{ name: "X-Empty", value: "" }] }),
      "GET / HTTP/1.1\r\nHost: h.example\r\nX-Empty: \r\nConnection: close\r\n\r\n");
  });

  it("refuses credentials that would break the header", () => {
    assert.strictEqual(refusal({ method: "GET", url: "https://h.example/", auth: { bearer: "tok\r\nX: y" } }), "the credentials hold a line break or a NUL");
    assert.ok(requestText({ method: "GET", url: "https://h.example/", auth: { basic: { user: "a\nb", password: "c" } } },
      parseHttpUrl("https://h.example/").target, base64).ok, "base64 carries any byte");
  });
});

describe("http requests: secrets", () => {
  it("basic auth: the password and the base64 the header carries; bearer: the token", () => {
    assert.deepStrictEqual(requestSecrets({ method: "GET", url: "x", auth: { basic: { user: "sysop", password: "pw" } } }, base64),
      [encodeURIComponent(base64("sysop:pw")), base64("sysop:pw"), "pw"]);
    assert.deepStrictEqual(requestSecrets({ method: "GET", url: "x", auth: { bearer: "tok-1" } }, base64), ["tok-1"]);
    assert.deepStrictEqual(requestSecrets({ method: "GET", url: "x" }, base64), []);
    const mine = ["kept"];
    requestSecrets({ method: "GET", url: "x", secrets: mine, auth: { bearer: "tok" } }, base64);
    assert.deepStrictEqual(mine, ["kept"], "the caller's list is left as it was");
  });

  it("the caller's secrets, and each as a query carries it percent-encoded; longest first; empty ones dropped", () => {
    const all = requestSecrets({ method: "GET", url: "x", secrets: ["a b&c", "", "plain"], auth: { bearer: "t/k" } }, base64);
    assert.deepStrictEqual(all.slice().sort(), ["a b&c", "a%20b%26c", "plain", "t%2Fk", "t/k"]);
    assert.deepStrictEqual(all.map((s) => s.length), [9, 5, 5, 5, 3], "longest first (equal lengths in any order)");
    assert.deepStrictEqual(requestSecrets({ method: "GET", url: "x", secrets: ["\ud800"] }, base64), ["\ud800"], "a lone surrogate: only as it is");
  });

  it("hideSecrets masks every occurrence of each, the longer before a shorter one inside it", () => {
    const secrets = requestSecrets({ method: "GET", url: "x", secrets: ["ab", "xaby"] }, base64);
    assert.strictEqual(hideSecrets("xaby ab ab xab", secrets), "******** ******** ******** x********");
    assert.strictEqual(hideSecrets("nothing here", []), "nothing here");
  });
});

describe("http requests: jsonBody", () => {
  it("JSON with every character past ~ as a \\u escape: ASCII bytes meaning the same", () => {
    const value = { name: "bbs.example.com", content: "caf\u00e9 \u20ac \ud83d\ude00 \u007f", ttl: 1 };
    const body = jsonBody(value);
    assert.strictEqual(body, '{"name":"bbs.example.com","content":"caf\\u00e9 \\u20ac \\ud83d\\ude00 \\u007f","ttl":1}');
    assert.ok(/^[\x20-\x7e]*$/.test(body));
    assert.deepStrictEqual(JSON.parse(body), value);
    assert.strictEqual(jsonBody(["~"]), '["~"]');
  });
});
