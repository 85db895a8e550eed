"use strict";
// parseUpdate (src/web/core/request.ts): the query as the web server hands it to the script, the
// update it asks for. Table-driven: each row a query (each parameter's values in request order)
// and the parts of the request it gives; parts a row leaves out are the defaults (nothing asked).
const assert = require("assert");
const { parseUpdate } = require("../../../src/web/core/request");
const { checkipPage } = require("../../../src/web/core/checkip");
const { textReply } = require("../../../src/web/core/reply");
const { webQuery } = require("./harness");

const NOTHING = { hostnames: [], ipv4: [], ipv6: [], invalid: [], wildcard: null, mx: null, backmx: false, offline: false };

const ROWS = [
  ["nothing", {}, {}],
  ["one name", { hostname: ["a.test"] }, { hostnames: ["a.test"] }],
  ["comma lists split, blanks trimmed and dropped, repeats kept in order", { hostname: [" a.test , b.test,,", "", "c.test", "a.test"] }, { hostnames: ["a.test", "b.test", "c.test", "a.test"] }],
  ["a parameter's name in any case, each spelling's values in turn", { HostName: ["a.test"], hostname: ["b.test"], HOSTNAME: ["c.test"] }, { hostnames: ["a.test", "b.test", "c.test"] }],
  ["myip IPv4", { myip: ["203.0.113.7"] }, { ipv4: ["203.0.113.7"] }],
  ["myip IPv6", { myip: ["2001:db8::7"] }, { ipv6: ["2001:db8::7"] }],
  ["myip v4,v6", { myip: ["203.0.113.7,2001:db8::7"] }, { ipv4: ["203.0.113.7"], ipv6: ["2001:db8::7"] }],
  ["myip v6,v4 with blanks", { myip: [" 2001:db8::7 , 203.0.113.7 "] }, { ipv4: ["203.0.113.7"], ipv6: ["2001:db8::7"] }],
  ["myipv6", { myipv6: ["2001:db8::7"] }, { ipv6: ["2001:db8::7"] }],
  ["myip and myipv6 of one family: both kept", { myip: ["2001:db8::7"], MyIPv6: ["2001:db8::8"] }, { ipv6: ["2001:db8::7", "2001:db8::8"] }],
  ["an address given twice counts once", { myip: ["203.0.113.7,203.0.113.7", "203.0.113.7"], myipv6: ["2001:db8::1", "2001:db8::1"] }, { ipv4: ["203.0.113.7"], ipv6: ["2001:db8::1"] }],
  ["what is no address is kept aside, once", { myip: ["nonsense", "nonsense", "1.2.3"], myipv6: ["203.0.113.7"] }, { invalid: ["nonsense", "1.2.3"], ipv4: ["203.0.113.7"] }],
  ["empty myip: no address", { myip: [""], myipv6: [" , "] }, {}],
  ["wildcard ON", { wildcard: ["ON"] }, { wildcard: true }],
  ["wildcard on", { wildcard: ["on"] }, { wildcard: true }],
  ["wildcard yes", { wildcard: ["yes"] }, { wildcard: true }],
  ["wildcard OFF", { wildcard: ["OFF"] }, { wildcard: false }],
  ["wildcard NO", { wildcard: ["NO"] }, { wildcard: false }],
  ["wildcard NOCHG", { wildcard: ["NOCHG"] }, {}],
  ["wildcard nochg with blanks", { wildcard: [" nochg "] }, {}],
  ["wildcard of an unknown word", { wildcard: ["maybe"] }, {}],
  ["wildcard empty", { wildcard: [""] }, {}],
  ["the last wildcard counts", { wildcard: ["OFF", "ON"] }, { wildcard: true }],
  ["the last wildcard counts, even NOCHG", { wildcard: ["ON", "NOCHG"] }, {}],
  ["WildCard in any case", { WildCard: [" Off "] }, { wildcard: false }],
  ["mx", { mx: ["mail.example.com"] }, { mx: "mail.example.com" }],
  ["mx trimmed", { mx: ["  mail.example.com  "] }, { mx: "mail.example.com" }],
  ["mx as sent (checked later)", { mx: ["not_a_host"] }, { mx: "not_a_host" }],
  ["mx empty", { mx: [""] }, {}],
  ["mx of blanks", { mx: ["   "] }, {}],
  ["mx NOCHG", { mx: ["NOCHG"] }, {}],
  ["mx nochg", { mx: [" nochg "] }, {}],
  ["the last mx counts", { mx: ["a.example.com", "b.example.com"] }, { mx: "b.example.com" }],
  ["the last mx counts, even empty", { mx: ["a.example.com", ""] }, {}],
  ["MX in any case", { MX: ["m.test"] }, { mx: "m.test" }],
  ["backmx YES", { backmx: ["YES"] }, { backmx: true }],
  ["backmx NO", { backmx: ["NO"] }, {}],
  ["backmx NOCHG", { backmx: ["NOCHG"] }, {}],
  ["BackMX yes, any case", { BackMX: ["yes"] }, { backmx: true }],
  ["offline YES", { offline: ["YES"] }, { offline: true }],
  ["offline NO", { offline: ["NO"] }, {}],
  ["offline of an unknown word", { offline: ["later"] }, {}],
  ["the last offline counts", { offline: ["YES", "NO"] }, {}],
  ["unknown parameters ignored", { system: ["dyndns"], static: ["NO"], txt: ["x"], ttl: ["5"] }, {}],
];

describe("parseUpdate: what a query asks for", () => {
  for (const [desc, query, want] of ROWS) {
    it(desc + ": " + JSON.stringify(query), () => assert.deepStrictEqual(parseUpdate(query), Object.assign({}, NOTHING, want)));
  }
  it("only the query's own parameters count (not an inherited property)", () => {
    const query = Object.create({ hostname: ["inherited.test"], myip: ["203.0.113.9"] });
    query.hostname = ["a.test"];
    assert.deepStrictEqual(parseUpdate(query), Object.assign({}, NOTHING, { hostnames: ["a.test"] }));
  });
});

describe("the test's query splitter (as Synchronet's web server splits a query string)", () => {
  const rows = [
    ["hostname=a&hostname=b&myip=1.2.3.4,2001:db8::1", { hostname: ["a", "b"], myip: ["1.2.3.4,2001:db8::1"] }],
    ["hostname=a%2Eb+c&x=%zz", { hostname: ["a.b c"], x: ["%zz"] }],
    ["hostname&myip=1", { "hostname&myip": ["1"] }],
    ["&&&hostname=a", { "&&&hostname": ["a"] }],
    ["a=1%00b&c=2", { a: ["1"], c: ["2"] }],
    ["=x&a=1", {}],
    ["hostname", { hostname: [""] }],
  ];
  for (const [text, query] of rows) it(JSON.stringify(text), () => assert.deepStrictEqual(webQuery(text), query));
});

describe("checkip and the text reply", () => {
  it("the page clients search for 'Current IP Address: ', HTML, not cached, the connection closed", () => {
    const page = checkipPage("203.0.113.7");
    assert.deepStrictEqual(page, {
      status: "200 OK",
      headers: { "Content-Type": "text/html", "Cache-Control": "no-store", Connection: "close" },
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
  it("textReply: one line each, LF, plain text, the connection closed", () => {
    assert.deepStrictEqual(textReply("503 Service Unavailable", ["911", "nohost"]), {
      status: "503 Service Unavailable", headers: { "Content-Type": "text/plain", Connection: "close" }, body: "911\nnohost\n",
    });
  });
});
