"use strict";
// The HTML pieces every page is made of (src/pages/core/html.ts): tables with and without a
// class, lists of definitions, and the whole page with its one inline style.
const assert = require("assert");
const { table, definitions, htmlPage } = require("../../../src/pages/core/html");

/** The page's style, word for word: readable on a phone, nothing loaded from elsewhere. */
const STYLE = "body{font-family:system-ui,sans-serif;line-height:1.45;margin:0 auto;max-width:64em;padding:0 1em 2em;color:#1a1a1a;background:#fff}"
  + "header{border-bottom:2px solid #2a5d8f;margin-bottom:1em}header p{margin:.3em 0;color:#444}"
  + "h1{font-size:1.5em;margin:.6em 0 .2em;overflow-wrap:break-word}h2{font-size:1.2em;margin-top:1.6em}"
  + "table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:bold;padding:.3em 0}"
  + "th,td{text-align:left;vertical-align:top;padding:.35em .5em;border-bottom:1px solid #ccc;overflow-wrap:break-word}"
  + "tbody tr:nth-child(odd){background:#f4f6f8}.wide{overflow-x:auto}"
  + "code{font-size:.9em;background:#eef1f4;padding:0 .2em;overflow-wrap:break-word}small{color:#444}"
  + ".state{white-space:nowrap;display:inline-block;padding:0 .4em;border-radius:.3em;font-size:.9em;margin:0 .2em .2em 0;border:1px solid #888}"
  + ".updating{background:#e3f3e5}.stale,.never{background:#fff4d6}.failing,.abuse{background:#fde2e0}"
  + ".notice{border-left:4px solid #b3261e;padding:.3em .8em;background:#fdf0ef}"
  + "nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4em}nav a{display:inline-block;padding:.2em .6em;border:1px solid #2a5d8f;border-radius:.3em}"
  + "nav a[aria-current]{background:#2a5d8f;color:#fff}figure{margin:0}svg{width:100%;height:auto;max-width:48em}"
  + ".key span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 .8em;vertical-align:middle}"
  + "dt{font-weight:bold;margin-top:.6em}dd{margin-left:1em}"
  + "@media (max-width:40em){table.cards thead{position:absolute;left:-10000px}table.cards tr{display:block;border-bottom:2px solid #999}"
  + "table.cards td{display:block;border:0;padding:.15em .3em}table.cards td::before{content:attr(data-label) \": \";font-weight:bold}}";

describe("html: tables, definitions and the whole page", () => {
  it("table with a class: the class attribute quoted, then the caption, headers and cells", () => {
    assert.strictEqual(table("Cap", ["H1"], [["c1"], ["c2"]], "cards"),
      '<div class="wide"><table class="cards"><caption>Cap</caption><thead><tr><th scope="col">H1</th></tr></thead>'
      + '<tbody><tr><td data-label="H1">c1</td></tr><tr><td data-label="H1">c2</td></tr></tbody></table></div>');
  });

  it("table without a class: no class attribute at all", () => {
    assert.strictEqual(table("Cap", ["A", "B"], [["1", "2"]]),
      '<div class="wide"><table><caption>Cap</caption><thead><tr><th scope="col">A</th><th scope="col">B</th></tr></thead>'
      + '<tbody><tr><td data-label="A">1</td><td data-label="B">2</td></tr></tbody></table></div>');
  });

  it("definitions: each pair a term and its description in one dl", () => {
    assert.strictEqual(definitions([["Name", "<code>x</code>"], ["From", "here"]]),
      "<dl><dt>Name</dt><dd><code>x</code></dd><dt>From</dt><dd>here</dd></dl>");
    assert.strictEqual(definitions([]), "<dl></dl>");
  });

  it("htmlPage: doctype, language, charset, viewport, the title escaped, the style inline, header and main", () => {
    assert.strictEqual(htmlPage("A & <B> caf\u00e9", "<em>Heading</em>", "<p>Intro</p>", "<p>Body</p>"),
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>A &amp; &lt;B&gt; caf&#233;</title>"
      + "<style>" + STYLE + "</style></head><body><header><h1><em>Heading</em></h1><p>Intro</p></header><main><p>Body</p></main></body></html>\n");
  });
});
