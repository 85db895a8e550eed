// Builds the files in dist/ that Synchronet runs: TypeScript 5.9 lowers src/ to
// ES5 in memory, esbuild bundles each entry into one function scope (target es5,
// so it also refuses any syntax newer than ES5), then the gates below check what
// Synchronet will load.
//
//   node build.mjs           write every file of TARGETS and TEMPLATES
//   node build.mjs --check   build in memory, fail when a file in dist/ differs
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import * as esbuild from "esbuild";
import * as acorn from "acorn";

const root = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8"));

/** Each file Synchronet runs: its entry in src/ and the header a sysop sees first. */
export const TARGETS = [
  {
    entry: "src/client/main.ts",
    out: "dist/dyndns.js",
    header: [
      "dyndns.js: Synchronet Dynamic DNS client, version " + pkg.version,
      "Publishes <qwk-id>.synchro.net (or <qwk-id>.<domain>) through the DynDNS service on Vertrauen.",
      "usage: ?dyndns [password] [ipv4] [-q] [-n] [-status] [-mx [host]] [-hn name] [-ip6 [address]] [-help]",
      "       (timed event) or: jsexec dyndns.js ... (settings: [dyndns] in ctrl/modopts.ini)",
    ],
  },
  {
    entry: "src/service/main.ts",
    out: "dist/dyndns-service.js",
    header: [
      "dyndns-service.js: Synchronet Dynamic DNS service, version " + pkg.version,
      "Publishes <qwk-id>.<zone> for the QWKnet accounts of this BBS through RFC 2136 updates (TSIG) to a DNS server.",
      "usage: a section of ctrl/services.ini (settings: [dyndns_service] in ctrl/modopts.ini):",
      "         [DynDNS]",
      "         Port = 8467",
      "         Command = dyndns-service.js",
      "         Options = NO_HOST_LOOKUP",
      "       check the settings and the DNS server from a console: jsexec dyndns-service.js",
    ],
  },
  {
    entry: "src/web/main.ts",
    out: "dist/nic/index.ssjs",
    header: [
      "index.ssjs: the dyndns2 endpoint of the Synchronet DynDNS service, version " + pkg.version,
      "Answers GET /nic/update (hostname, myip, myipv6, wildcard, mx, backmx, offline; HTTP Basic auth) and /nic/checkip,",
      "for routers, ddclient, inadyn and other dyndns2 clients, with the [dyndns_service] settings of ctrl/modopts.ini.",
      "usage: copy this directory (index.ssjs, webctrl.ini) into the web server's root as nic/ (docs/hub.md)",
    ],
  },
  {
    entry: "src/pages/main.ts",
    out: "dist/dyndns/index.ssjs",
    header: [
      "index.ssjs: the web pages of the Synchronet DynDNS service, version " + pkg.version,
      "A member (QWKnet account) logged in sees their own name: what DNS publishes, the last update, the last sessions and what to do;",
      "the sysop sees every member's name (/dyndns/hub). The [dyndns_service] settings of ctrl/modopts.ini, the hub's audit log.",
      "usage: copy this directory (index.ssjs, webctrl.ini) into the web server's root as dyndns/ (docs/hub.md)",
    ],
  },
  {
    entry: "src/install/main.ts",
    out: "dist/dyndns-install.js",
    header: [
      "dyndns-install.js: install steps of the Synchronet DynDNS client, version " + pkg.version,
      "Run by Synchronet's installer for install-xtrn.ini beside it: jsexec install-xtrn <this directory>.",
      "usage: [pre-exec:dyndns-install.js event|password], [exec:dyndns-install.js service|web] (install-xtrn.ini)",
    ],
  },
];

/** Files that ship as written, from a template in src/ with package.json's version for @VERSION@: Synchronet's installer file (exec/install-xtrn.js), the web directory's webctrl.ini. */
export const TEMPLATES = [
  { template: "src/install/install-xtrn.ini", out: "dist/install-xtrn.ini" },
  { template: "src/web/webctrl.ini", out: "dist/nic/webctrl.ini" },
  { template: "src/pages/webctrl.ini", out: "dist/dyndns/webctrl.ini" },
];

function compileTypeScript() {
  const config = ts.getParsedCommandLineOfConfigFile(resolve(root, "tsconfig.json"), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n")); },
  });
  const program = ts.createProgram(config.fileNames, config.options);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => "\n" };
    throw new Error("TypeScript errors:\n" + ts.formatDiagnostics(diagnostics, host));
  }
  const emitted = new Map();
  program.emit(undefined, (fileName, text) => {
    if (fileName.endsWith(".js")) emitted.set(resolve(fileName), text);
  });
  return { emitted, outDir: resolve(config.options.outDir) };
}

// esbuild reads the ES5 modules tsc emitted, from memory. Paths are kept
// relative to src/ so the file is the same whichever folder it is built in.
function inMemory(emitted, outDir) {
  const byName = new Map();
  for (const [path, text] of emitted) byName.set(relative(outDir, path).split(sep).join("/").replace(/\.js$/, ".ts"), text);
  return {
    name: "tsc-output",
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        // A test-only entry outside src/ (see bundleEntry) is read from disk; what it imports comes from src/.
        if (args.kind === "entry-point" && !resolve(args.path).startsWith(resolve(root, "src") + sep)) return { path: resolve(args.path), namespace: "file" };
        const from = args.kind === "entry-point" ? "" : dirname(args.importer);
        let name = args.kind === "entry-point" ? relative(resolve(root, "src"), args.path)
          : args.namespace === "file" ? relative(resolve(root, "src"), resolve(from, args.path)) : join(from, args.path);
        name = name.split(sep).join("/").replace(/\.(js|ts)$/, "") + ".ts";
        if (!byName.has(name)) throw new Error("cannot resolve " + args.path + " from " + (args.importer || "the entry point"));
        return { path: name, namespace: "src" };
      });
      build.onLoad({ filter: /.*/, namespace: "src" }, (args) => ({ contents: byName.get(args.path), loader: "js" }));
    },
  };
}

function header(target) {
  const lines = target.header.concat(["Generated from src/ by build.mjs: edit the TypeScript, not this file."]);
  return "/* " + lines.join("\n * ") + "\n */";
}

/** Every target's code, in TARGETS order: [{target, code}]. */
export async function bundleAll() {
  const compiled = compileTypeScript();
  const built = [];
  for (const target of TARGETS) built.push({ target, code: await bundleOne(target, compiled) });
  return built;
}

/** The client, dist/dyndns.js (kept for the tests and benchmarks that build it alone). */
export async function bundle() {
  return (await bundleAll())[0].code;
}

/**
 * Bundles a test-only entry (a plain ES5 script outside src/ that imports src/
 * modules by relative path) exactly as the targets are bundled, for tests that
 * run a piece of src/ under the real jsexec. Never written to dist/.
 */
export async function bundleEntry(entry, headerLines) {
  return bundleOne({ entry, header: headerLines }, compileTypeScript());
}

async function bundleOne(target, { emitted, outDir }) {
  const result = await esbuild.build({
    entryPoints: [resolve(root, target.entry)],
    bundle: true,
    write: false,
    format: "iife",
    target: "es5",
    platform: "neutral",
    charset: "ascii",
    legalComments: "none",
    banner: { js: header(target) },
    define: { __VERSION__: JSON.stringify(pkg.version) },
    plugins: [inMemory(emitted, outDir)],
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

/** Every template file's text, in TEMPLATES order: [{target, text}]. */
export function buildTemplates() {
  return TEMPLATES.map((target) => ({
    target,
    text: readFileSync(resolve(root, target.template), "utf8").split("@VERSION@").join(pkg.version),
  }));
}

// What Synchronet needs of the file, beyond esbuild's es5 target.
export function gateProblems(code) {
  const problems = [];
  try {
    acorn.parse(code, { ecmaVersion: 5, sourceType: "script" });
  } catch (e) {
    problems.push("not ES5 (" + e.message + ")");
  }
  const body = code.replace(/^\/\*[\s\S]*?\*\/\n/, "");
  const forbidden = [
    [/\brequire\s*\(/, "require()"],
    [/\bimport\b/, "import"],
    [/\bexports\b/, "exports"],
    [/\bmodule\.exports\b/, "module.exports"],
    [/\bexit_code\b/, "the name exit_code (jsexec takes a global of that name as the exit status)"],
    [/\b__(extends|assign|spreadArray|read|values|rest|awaiter|generator|makeTemplateObject)\b/, "a TypeScript helper (write it without the construct that needs it)"],
  ];
  for (const [pattern, what] of forbidden) if (pattern.test(body)) problems.push("contains " + what);
  if (!/^\(function\(\) \{\n/m.test(body) || !/\n\}\)\(\);\n$/.test(body)) problems.push("is not one function scope");
  return problems;
}

async function main() {
  const started = process.hrtime.bigint();
  const built = await bundleAll();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  for (const { target, code } of built) {
    const problems = gateProblems(code);
    if (problems.length) throw new Error(target.out + " " + problems.join("; "));
  }
  const files = built.concat(buildTemplates().map((b) => ({ target: b.target, code: b.text })));
  for (const { target, code } of files) {
    const outFile = resolve(root, target.out);
    if (process.argv.includes("--check")) {
      let current = "";
      try { current = readFileSync(outFile, "utf8"); } catch (e) { /* missing counts as different */ }
      if (current !== code) throw new Error(target.out + " differs from a fresh build of src/: run `npm run build` and commit it");
      console.log(target.out + " matches src/ (" + code.length + " bytes)");
      continue;
    }
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, code);
    console.log("wrote " + target.out + " (" + code.length + " bytes)");
  }
  if (!process.argv.includes("--check")) console.log("built in " + ms.toFixed(0) + " ms");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => { console.error("build failed: " + e.message); process.exit(1); });
}
