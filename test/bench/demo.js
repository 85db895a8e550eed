"use strict";
// npm start: runs the freshly built dist/dyndns.js, unmodified, in the Synchronet
// emulator (as `jsexec dyndns.js -mx`) against a fake DynDNS service on loopback,
// then shows the conversation and the records the service would publish.
const path = require("path");
const { runScript, makeCtrlDir } = require("../host");
const { startFakeService } = require("../fake/service");

const MODOPTS = [
  "[dyndns]",
  "password = s3cret",
  "txt = Vertrauen BBS, since 1994",
  "loc = 33 47 20.000 N 118 10 37.000 W 10.00m",
  "wildcard = true",
  "",
].join("\n");

function records(id, session) {
  const a = {};
  for (const x of session.answers) a[x.prompt] = x.answer;
  const name = id.toLowerCase() + ".synchro.net";
  const out = [[name, "A", a["ip?"] || session.remoteAddress + "  (the address the update came from)"]];
  if (a["ip6?"]) out.push([name, "AAAA", a["ip6?"]]);
  if (a["mx?"]) out.push([name, "MX", "10 " + a["mx?"]]);
  if (a["txt?"]) out.push([name, "TXT", JSON.stringify(a["txt?"])]);
  if (a["loc?"]) out.push([name, "LOC", a["loc?"]]);
  if (a["wc?"] === "true") out.push(["*." + name, "CNAME", name]);
  return out;
}

async function main() {
  const svc = await startFakeService({});
  const ctrlDir = makeCtrlDir({ "modopts.ini": MODOPTS });
  const argv = ["-mx"];
  console.log("ctrl/modopts.ini:\n  " + MODOPTS.trim().split("\n").join("\n  "));
  console.log("\n$ jsexec dyndns.js " + argv.join(" ") + "      (dyndns.synchro.net -> fake service on 127.0.0.1:" + svc.port + ")\n");
  const run = await runScript({
    engine: "vm", script: path.join(__dirname, "../../dist/dyndns.js"), context: "jsexec", argv, ctrlDir,
    system: { qwk_id: "VERT", name: "Vertrauen" }, names: { "dyndns.synchro.net": "127.0.0.1:" + svc.port }, stdinTty: true,
  });
  process.stdout.write(run.stdout.replace(/^/gm, "  stdout| ").replace(/  stdout\| $/, ""));
  process.stdout.write(run.stderr.replace(/^/gm, "  stderr| ").replace(/  stderr\| $/, ""));
  console.log("\nexit status " + run.exitCode + " after " + run.elapsedMs.toFixed(0) + " ms\n");
  const session = svc.sessions[0];
  if (session) {
    console.log("the conversation, as the service saw it:");
    for (const x of session.answers) {
      const shown = x.prompt === "pw?" ? "(the password)" : JSON.stringify(x.answer);
      console.log("  " + (x.prompt + "    ").slice(0, 6) + "-> " + shown + "   " + x.latencyMs.toFixed(2) + " ms");
    }
    console.log("\nthe records the service would publish:");
    for (const [name, type, value] of records("VERT", session)) console.log("  " + (name + "                    ").slice(0, 22) + (type + "      ").slice(0, 7) + value);
  }
  await svc.close();
  process.exitCode = run.exitCode;
}

main().catch((e) => { console.error(e); process.exit(1); });
