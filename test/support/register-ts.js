// Lets unit tests require the TypeScript core directly (src/*/core/*.ts), compiled
// on the fly to CommonJS. The built file is tested elsewhere, as Synchronet runs it.
"use strict";
const fs = require("fs");
const ts = require("typescript");

require.extensions[".ts"] = function (module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const out = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.CommonJS, sourceMap: false },
  });
  module._compile(out.outputText, filename);
};

global.__VERSION__ = require("../../package.json").version;
