"use strict";
// src/web/core/request.ts: the query string as the client sent it, its parameters, and the update
// they ask for; table-driven, row by row. Then the checkip page and the text reply.
const assert = require("assert");
const { parseQueryString, parseUpdate, queryOf } = require("../../../src/web/core/request");
const { UPDATE_PATH, CHECKIP_PATH } = require("../../../src/shared/core/dyndns2");
const { checkipPage } = require("../../../src/web/core/checkip");
const { textReply } = require("../../../src/web/core/reply");

const NOTHING = { hostnames: [], ipv4: [], ipv6: [], invalid: [], wildcard: null, mx: null, backmx: false, offline: false };
const p = (name, value) => ({ name, value });

describe("parseQueryString: the query string as sent, split and decoded once", () => {
  const rows = [
    ["", []],
    ["hostname=a.test&hostname=b.test&myip=1.2.3.4,2001:db8::1", [p("hostname", "a.test"), p("hostname", "b.test"), p("myip", "1.2.3.4,2001:db8::1")]],
    ["%68ostname=a%2Eb+c%2bd&x=%zz&y=%4&z=%", [p("hostname", "a.b c+d"), p("x", "%zz"), p("y", "%4"), p("z", "%")]],
    ["%252E=%252E", [p("%2E", "%2E")]],
    ["hostname&myip=1", [p("hostname", ""), p("myip", "1")]],
    ["&&&hostname=a&&", [p("hostname", "a")]],
    ["=x&a==1", [p("", "x"), p("a", "=1")]],
    ["a=1%00b&c%00d=2", [p("a", "1\u0000b"), p("c\u0000d", "2")]],
    ["a=%e9%E9\u00fd", [p("a", "\u00e9\u00e9\u00fd")]],
    ["hasOwnProperty=1&__proto__=2&constructor=3", [p("hasOwnProperty", "1"), p("__proto__", "2"), p("constructor", "3")]],
  ];
  for (const [text, parameters] of rows) it(JSON.stringify(text), () => assert.deepStrictEqual(parseQueryString(text), parameters));
});

// Each row: a query string, and the parts of the request it gives (the rest: nothing asked).
const ROWS = [
  ["nothing", "", {}],
  ["one name", "hostname=a.test", { hostnames: ["a.test"] }],
  ["comma lists split, blanks trimmed and dropped, repeats kept in order", "hostname=+a.test+,+b.test,,&hostname=&hostname=c.test&hostname=a.test", { hostnames: ["a.test", "b.test", "c.test", "a.test"] }],
  ["a parameter's name in any case, in request order", "HostName=a.test&hostname=b.test&HOSTNAME=c.test&hostname=d.test", { hostnames: ["a.test", "b.test", "c.test", "d.test"] }],
  ["a hostname without =: none", "hostname", {}],
  ["a hostname hidden behind &s is still found", "&&&hostname=a.test", { hostnames: ["a.test"] }],
  ["a name with an encoded NUL kept whole (refused later)", "hostname=a.test%00junk", { hostnames: ["a.test\u0000junk"] }],
  ["myip IPv4", "myip=203.0.113.7", { ipv4: ["203.0.113.7"] }],
  ["myip IPv6", "myip=2001:db8::7", { ipv6: ["2001:db8::7"] }],
  ["myip IPv6 URL-encoded (inadyn)", "myip=2001%3adb8%3a%3a7", { ipv6: ["2001:db8::7"] }],
  ["myip v4,v6", "myip=203.0.113.7,2001:db8::7", { ipv4: ["203.0.113.7"], ipv6: ["2001:db8::7"] }],
  ["myip v6,v4 with blanks", "myip=%202001:db8::7%20,%20203.0.113.7%20", { ipv4: ["203.0.113.7"], ipv6: ["2001:db8::7"] }],
  ["myipv6", "myipv6=2001:db8::7", { ipv6: ["2001:db8::7"] }],
  ["myip and myipv6 of one family: both kept", "myip=2001:db8::7&MyIPv6=2001:db8::8", { ipv6: ["2001:db8::7", "2001:db8::8"] }],
  ["an address given twice counts once", "myip=203.0.113.7,203.0.113.7&myip=203.0.113.7&myipv6=2001:db8::1&myipv6=2001:db8::1", { ipv4: ["203.0.113.7"], ipv6: ["2001:db8::1"] }],
  ["what is no address is kept aside, once", "myip=nonsense&myip=nonsense&myip=1.2.3&myipv6=203.0.113.7", { invalid: ["nonsense", "1.2.3"], ipv4: ["203.0.113.7"] }],
  ["an address with an encoded NUL is no address", "myip=203.0.113.7%00", { invalid: ["203.0.113.7\u0000"] }],
  ["empty myip: no address", "myip=&myipv6=+,+", {}],
  ["wildcard ON", "wildcard=ON", { wildcard: true }],
  ["wildcard on", "wildcard=on", { wildcard: true }],
  ["wildcard yes", "wildcard=yes", { wildcard: true }],
  ["wildcard OFF", "wildcard=OFF", { wildcard: false }],
  ["wildcard NO", "wildcard=NO", { wildcard: false }],
  ["wildcard NOCHG", "wildcard=NOCHG", {}],
  ["wildcard nochg with blanks", "wildcard=+nochg+", {}],
  ["wildcard of an unknown word", "wildcard=maybe", {}],
  ["wildcard empty", "wildcard=", {}],
  ["the last wildcard counts", "wildcard=OFF&wildcard=ON", { wildcard: true }],
  ["the last wildcard counts, even NOCHG", "wildcard=ON&wildcard=NOCHG", {}],
  ["WildCard in any case", "WildCard=+Off+", { wildcard: false }],
  ["mx", "mx=mail.example.com", { mx: "mail.example.com" }],
  ["mx trimmed", "mx=++mail.example.com++", { mx: "mail.example.com" }],
  ["mx as sent (checked later)", "mx=not_a_host", { mx: "not_a_host" }],
  ["mx empty", "mx=", {}],
  ["mx of blanks", "mx=+++", {}],
  ["mx NOCHG", "mx=NOCHG", {}],
  ["mx nochg", "mx=+nochg+", {}],
  ["the last mx counts", "mx=a.example.com&mx=b.example.com", { mx: "b.example.com" }],
  ["the last mx counts, even empty", "mx=a.example.com&mx=", {}],
  ["MX in any case", "MX=m.test", { mx: "m.test" }],
  ["backmx YES", "backmx=YES", { backmx: true }],
  ["backmx NO", "backmx=NO", {}],
  ["backmx NOCHG", "backmx=NOCHG", {}],
  ["BackMX yes, any case", "BackMX=yes", { backmx: true }],
  ["offline YES", "offline=YES", { offline: true }],
  ["offline NO", "offline=NO", {}],
  ["offline of an unknown word", "offline=later", {}],
  ["the last offline counts", "offline=YES&offline=NO", {}],
  ["unknown parameters ignored", "system=dyndns&static=NO&txt=x&ttl=5&hostnames=a.test&my_ip=1.2.3.4", {}],
];

describe("parseUpdate: what a query asks for", () => {
  for (const [desc, text, want] of ROWS) {
    it(desc + ": " + JSON.stringify(text), () => assert.deepStrictEqual(parseUpdate(parseQueryString(text)), Object.assign({}, NOTHING, want)));
  }
});

describe("checkip and the text reply", () => {
  it("the page clients search for 'Current IP Address: ', HTML, not cached, no Connection header (the web server sets it)", () => {
    const page = checkipPage("203.0.113.7");
    assert.deepStrictEqual(page, {
      status: "200 OK",
      headers: { "Content-Type": "text/html", "Cache-Control": "no-store" },
      body: "<html><head><title>Current IP Check</title></head><body>Current IP Address: 203.0.113.7</body></html>\n",
    });
  });
  it("an IPv4-mapped source shown as IPv4 (any case), IPv6 as it is", () => {
    assert.match(checkipPage("::ffff:203.0.113.7").body, /Current IP Address: 203\.0\.113\.7</);
    assert.match(checkipPage("::FFFF:203.0.113.7").body, /Current IP Address: 203\.0\.113\.7</);
    assert.match(checkipPage("2001:db8::ffff:1").body, /Current IP Address: 2001:db8::ffff:1</);
    assert.match(checkipPage("x::ffff:1").body, /Current IP Address: x::ffff:1</);
  });
  it("whatever the address, it shows as text", () => {
    assert.match(checkipPage("<x>&\"'").body, /Current IP Address: &lt;x&gt;&amp;&quot;&#39;</);
  });
  it("textReply: one line each, LF, plain text, no Connection header (the web server sets it)", () => {
    assert.deepStrictEqual(textReply("503 Service Unavailable", ["911", "nohost"]), {
      status: "503 Service Unavailable", headers: { "Content-Type": "text/plain" }, body: "911\nnohost\n",
    });
  });
});

describe("queryOf: the web pages' view of a query", () => {
  it("each name's values in request order; a name seen once has one value", () => {
    assert.deepStrictEqual(queryOf([p("a", "1"), p("b", "2"), p("a", "3"), p("a", "")]), { a: ["1", "3", ""], b: ["2"] });
  });
  it("no parameters: an empty query; a name like an Object property is a name like any other", () => {
    assert.deepStrictEqual(queryOf([]), {});
    assert.deepStrictEqual(queryOf([p("toString", "x"), p("toString", "y")]), { toString: ["x", "y"] });
  });
});

describe("the paths every dyndns2 client and router has built in", () => {
  it("/nic/update and /nic/checkip", () => assert.deepStrictEqual([UPDATE_PATH, CHECKIP_PATH], ["/nic/update", "/nic/checkip"]));
});
