"use strict";
// The pages' HTML pieces (src/pages/core/html.ts) read back exactly: a table without a class,
// definitions, the page around them and the one style, rule by rule with what each is for.
const assert = require("assert");
const { table, definitions, htmlPage } = require("../../../src/pages/core/html");

describe("html pieces, exactly", () => {
  it("a table without a class has none", () => {
    assert.strictEqual(table("T", ["A"], [], undefined), '<div class="wide"><table><caption>T</caption><thead><tr><th scope="col">A</th></tr></thead><tbody></tbody></table></div>');
  });

  it("definitions: a term and its description each, in a list; none is an empty list", () => {
    assert.strictEqual(definitions([["a", "<b>1</b>"], ["c", "2"]]), "<dl><dt>a</dt><dd><b>1</b></dd><dt>c</dt><dd>2</dd></dl>");
    assert.strictEqual(definitions([]), "<dl></dl>");
  });

  const page = htmlPage("A < B", "<em>H</em>", "<p>intro</p>", "<p>body</p>");
  it("the page: ASCII, English, a phone's width, the title as text, the heading and intro in the header, the body in main", () => {
    assert.ok(page.startsWith('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A &lt; B</title><style>'), page.slice(0, 300));
    assert.ok(page.endsWith("</style></head><body><header><h1><em>H</em></h1><p>intro</p></header><main><p>body</p></main></body></html>\n"), page.slice(-200));
  });

  it("the style: one line of rules, each piece there for its reason", () => {
    const style = /<style>([\s\S]*)<\/style>/.exec(page)[1];
    const rules = [
      // readable: one column of a comfortable width, a system font
      "body{font-family:system-ui,sans-serif;line-height:1.45;margin:0 auto;max-width:64em;padding:0 1em 2em;color:#1a1a1a;background:#fff}",
      "header{border-bottom:2px solid #2a5d8f;margin-bottom:1em}header p{margin:.3em 0;color:#444}",
      // a long host name breaks instead of widening the page
      "h1{font-size:1.5em;margin:.6em 0 .2em;overflow-wrap:break-word}h2{font-size:1.2em;margin-top:1.6em}",
      "table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:bold;padding:.3em 0}",
      "th,td{text-align:left;vertical-align:top;padding:.35em .5em;border-bottom:1px solid #ccc;overflow-wrap:break-word}",
      "tbody tr:nth-child(odd){background:#f4f6f8}.wide{overflow-x:auto}",
      "code{font-size:.9em;background:#eef1f4;padding:0 .2em;overflow-wrap:break-word}small{color:#444}",
      // the states of a name as badges, coloured by how bad
      ".state{white-space:nowrap;display:inline-block;padding:0 .4em;border-radius:.3em;font-size:.9em;margin:0 .2em .2em 0;border:1px solid #888}",
      ".updating{background:#e3f3e5}.stale,.never{background:#fff4d6}.failing,.abuse{background:#fde2e0}",
      ".notice{border-left:4px solid #b3261e;padding:.3em .8em;background:#fdf0ef}",
      // the filters as a row of buttons, the current one filled
      "nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4em}nav a{display:inline-block;padding:.2em .6em;border:1px solid #2a5d8f;border-radius:.3em}",
      "nav a[aria-current]{background:#2a5d8f;color:#fff}figure{margin:0}svg{width:100%;height:auto;max-width:48em}",
      ".key span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 .8em;vertical-align:middle}",
      "dt{font-weight:bold;margin-top:.6em}dd{margin-left:1em}",
      // on a phone, a table is one card per row, each cell named after its column
      "@media (max-width:40em){table.cards thead{position:absolute;left:-10000px}table.cards tr{display:block;border-bottom:2px solid #999}",
      "table.cards td{display:block;border:0;padding:.15em .3em}table.cards td::before{content:attr(data-label) \": \";font-weight:bold}}",
    ];
    assert.strictEqual(style, rules.join(""));
  });
});
