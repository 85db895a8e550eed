"use strict";
// npm run mutate:planted [name...]: the bugs Stryker cannot plant. Stryker mutates src/ and runs
// the unit tests in-process; these bugs live where only the built files run (the edge code in
// host/ and main.ts, on the emulator, the shells, the real jsexec) or are the ones issues 8 and 18
// saw get through. Each is a source patch. For each: a copy of the tree, the patch, `node build.mjs`
// (so dist/ carries the bug), then the tests that should catch it (with `grep`, only the test
// whose title has it: one that must catch the bug on its own), under a watchdog. It is caught
// when mocha fails (and, where `expect` says, with that message) and exits by itself in time: a
// bug that hangs the module must fail its test in seconds, not hang the suite. First the same
// tests run on an unpatched copy, which must pass. Exit status 1 unless every bug is caught.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");

const ROOT = path.join(__dirname, "../..");
const SHARED = path.resolve(ROOT, "../shared");
/** A run of mocha that takes longer than this has hung (the slowest list here takes about 40 s). */
const WATCHDOG_MS = 240000;
/** The unpatched run takes every listed test file at once (the web lanes alone take minutes): its own, longer watchdog. */
const BASELINE_WATCHDOG_MS = 1200000;

const BUGS = [
  {
    name: "deadline: each wait from the whole timeout, not from the time left",
    file: "src/client/core/update.ts",
    find: "var wait = waitSeconds(settings.timeout, remaining, MAX_WAIT, WAIT_SHARE);",
    replace: "var wait = remaining > 0 ? waitSeconds(settings.timeout, settings.timeout * 1000, MAX_WAIT, WAIT_SHARE) : 0;",
    tests: ["test/e2e/deadline.test.js"],
  },
  {
    name: "deadline: a wait for a line not cut at the deadline",
    file: "src/client/core/conversation.ts",
    find: "var until = Math.min(now() + limits.waitMs, limits.deadline);",
    replace: "var until = now() + limits.waitMs;",
    tests: ["test/e2e/deadline.test.js"],
  },
  {
    name: "deadline: poll() not cut to the time left",
    file: "src/shared/host/socketConnection.ts",
    find: "var ready = sock.poll(Math.min(left, POLL_SLICE_MS) / 1000);",
    replace: "var ready = sock.poll(POLL_SLICE_MS / 1000);",
    tests: ["test/e2e/deadline.test.js"],
  },
  {
    name: "the connect timeout given in milliseconds (the module hangs on a hung host)",
    file: "src/client/host/network.ts",
    find: "if (!sock.connect(host, port, Number(timeoutSeconds))) {",
    replace: "if (!sock.connect(host, port, Number(timeoutSeconds) * 1000)) {",
    tests: ["test/e2e/failover.test.js"],
    expect: /the module did not end: killed after \d+ ms \(first host never completes the connect\)/,
  },
  {
    name: "a failed send() taken for a sent line",
    file: "src/shared/host/socketConnection.ts",
    find: "if (sent === undefined || sent <= 0) return false;",
    replace: "if (sent === 0) return false;",
    tests: ["test/e2e/failover.test.js"],
  },
  {
    name: "a short send() taken for the whole line",
    file: "src/shared/host/socketConnection.ts",
    find: "data = data.slice(sent);",
    replace: "data = \"\";",
    tests: ["test/e2e/failover.test.js"],
  },
  {
    name: "the server's close taken for silence",
    file: "src/shared/host/socketConnection.ts",
    find: "if (chunk === \"\") {",
    replace: "if (chunk === \"\" && ended) {",
    tests: ["test/e2e/failover.test.js"],
  },
  {
    name: "the connect error read after close() (which overwrites it)",
    file: "src/client/host/network.ts",
    find: "      var reason = connectFailure(sock, host, timeoutSeconds); // before close(), which overwrites sock.error\n      sock.close();",
    replace: "      sock.close();\n      var reason = connectFailure(sock, host, timeoutSeconds);",
    tests: ["test/e2e/failover.test.js"],
  },
  {
    name: "an IPv6 literal host on an IPv4 socket",
    file: "src/client/host/network.ts",
    find: "sock = new Socket(SOCK_STREAM, SOCKOPTS_SECTION, ipv6);",
    replace: "sock = new Socket(SOCK_STREAM, SOCKOPTS_SECTION, false);",
    tests: ["test/e2e/failover.test.js"],
  },
  {
    name: "the bind decision: a loopback interface bound toward any server",
    file: "src/client/core/bind.ts",
    find: "return server !== null && isLoopbackIpv4(server) ? bindAddress : null;",
    replace: "return server !== null || isLoopbackIpv4(bindAddress) ? bindAddress : null;",
    tests: ["test/e2e/context.test.js", "test/real/sbbs.test.js"],
  },
  {
    name: "the host cap gone (17 hosts taken)",
    file: "src/client/core/settings/validate.ts",
    find: "return hosts.length <= MAX_HOSTS ? pass(hosts)",
    replace: "return hosts.length <= MAX_HOSTS * 100 ? pass(hosts)",
    tests: ["test/e2e/conversation.test.js"],
  },
  {
    name: "the whole-number check takes decimals (ttl = 300.5)",
    file: "src/client/core/settings/validate.ts",
    find: "var n = /^[0-9]{1,9}$/.test(text) ? parseInt(text, 10) : NaN;",
    replace: "var n = /^[0-9]{1,9}(\\.[0-9]*)?$/.test(text) ? parseFloat(text) : NaN;",
    tests: ["test/e2e/conversation.test.js"],
  },
  {
    name: "the settings file opened without a mode (File.open() empties it)",
    file: "src/client/host/settingsFile.ts",
    find: "return file.open(\"r\", true) ? file : null;",
    replace: "return file.open() ? file : null;",
    tests: ["test/e2e/conversation.test.js"],
  },
  {
    name: "the exit status lost (main() not passed to exit())",
    file: "src/client/main.ts",
    find: "exit(main());",
    replace: "main();",
    tests: ["test/e2e/conversation.test.js"],
  },
  {
    name: "the CR/LF guard gone (an answer holding a line break is sent)",
    file: "src/client/core/conversation.ts",
    find: "var sent = line.kind === \"ok\" || (!/[\\r\\n]/.test(answer) && conn.sendLine(answer));",
    replace: "var sent = line.kind === \"ok\" || conn.sendLine(answer);",
    // validation refuses a line break in every value first (test/e2e/conversation.test.js proves it on
    // the built file), so only the unit tests can reach the guard itself
    tests: ["test/unit/client/conversation.test.js"],
  },
  {
    name: "the line reader keeps what it skips of an over-long line",
    file: "src/shared/core/lineReader.ts",
    find: "if (lf < 0) { buffer = \"\"; return; }",
    replace: "if (lf < 0) return;",
    // memory is not visible from outside the built file: the unit test measures what it holds
    tests: ["test/unit/shared/lineReader.test.js"],
  },
  {
    name: "DNS: a truncated UDP answer not asked again over TCP",
    file: "src/shared/host/dnsServer.ts",
    find: "data[at] = isTruncated(readU16(datagram, 2)) ? null : datagram;",
    replace: "data[at] = datagram;",
    extra: { find: "import { isTruncated, HEADER_BYTES, Parsed }", replace: "import { HEADER_BYTES, Parsed }" },
    tests: ["test/real/dns-jsexec.test.js"],
  },
  // The service (dist/dyndns-service.js): its host/ edge and main.ts, on the emulator and the real
  // services server; and what no mutant of the cores can be (a password written out, a state file
  // appended to).
  {
    name: "service: login()'s false taken for a login",
    file: "src/hub/host/accounts.ts",
    find: "if (typeof login === \"undefined\" || !login(name, password, false)) return null;",
    replace: "if (typeof login === \"undefined\") return null;\n      login(name, password, false);",
    tests: ["test/service/emulator.test.js", "test/service/real.test.js"],
  },
  {
    name: "service: the QWK restriction read from the exemptions",
    file: "src/hub/host/accounts.ts",
    find: "restrictions: record.security.restrictions,",
    replace: "restrictions: record.security.exemptions,",
    tests: ["test/service/real.test.js"],
  },
  {
    name: "service: the account's real name taken for its alias",
    file: "src/hub/host/accounts.ts",
    find: "alias: String(record.alias),",
    replace: "alias: String(record.name),",
    tests: ["test/service/emulator.test.js", "test/service/real.test.js"],
  },
  {
    name: "service: sysop rights from level 91, not 90 (Synchronet's user.is_sysop)",
    file: "src/hub/host/accounts.ts",
    find: "isSysop: record.is_sysop === true,",
    replace: "isSysop: record.security.level > 90,",
    tests: ["test/service/real.test.js"],
    grep: "another account with the sysop's level",
  },
  {
    name: "service: \"has a password\" taken for granted, not read from the user record",
    file: "src/hub/host/accounts.ts",
    find: "hasPassword: String(record.security.password) !== \"\",",
    replace: "hasPassword: true,",
    tests: ["test/service/real.test.js"],
  },
  {
    name: "service: answers capped at a 4 KiB buffer, not at 512 bytes",
    file: "src/service/host/clientConnection.ts",
    find: "var lines = socketConnection(sock, MAX_LINE_LENGTH);",
    replace: "var lines = socketConnection(sock, MAX_LINE_LENGTH * 8);",
    tests: ["test/service/emulator.test.js", "test/service/real.test.js"],
  },
  {
    name: "service: answers read with recvline() (a client trickling bytes never times out)",
    file: "src/service/host/clientConnection.ts",
    find: "    readLine: lines.readLine,",
    replace: "    readLine: function (until: number) {\n"
      + "      var text = sock.recvline(MAX_LINE_LENGTH, Math.max(1, Math.ceil((until - now()) / 1000)));\n"
      + "      return text === null ? { kind: \"timeout\" } : { kind: \"line\", line: { text: text, truncated: false } };\n"
      + "    },",
    tests: ["test/service/emulator.test.js", "test/service/real.test.js"],
    expect: /a byte every 200 ms and never a line end/,
  },
  {
    name: "service: the password in the log and audit line of a failed login",
    file: "src/hub/core/authorize.ts",
    find: "return refuse(\"wrong id or password\", \"login failed for \" + quote(id));",
    replace: "return refuse(\"wrong id or password\", \"login failed for \" + quote(id) + \" with \" + quote(password));",
    tests: ["test/service/real.test.js"],
    // alone: it once passed so, relying on the failed logins of the tests before it
    grep: "the password is in no log and no audit line",
  },
  {
    name: "service: a blank mx? keeps the old MX",
    file: "src/hub/core/records.ts",
    find: "set(owner, \"MX\", mx === \"\" ? null : settings.mxPreference + \" \" + normalName(mx), ttl);",
    replace: "if (mx !== \"\") set(owner, \"MX\", settings.mxPreference + \" \" + normalName(mx), ttl);",
    tests: ["test/service/real.test.js"],
    // alone: it once passed so, relying on records that the test before it published
    grep: "removes the records whose answers are blank",
  },
  {
    name: "service: the rate-limit state appended to its file, not written whole",
    file: "src/hub/host/stateFiles.ts",
    find: "write: function (id: string, text: string): string | null { return writeWhole(path(id, \".json\"), text); },",
    replace: "write: function (id: string, text: string): string | null {\n"
      + "      var file = new File(path(id, \".json\"));\n"
      + "      if (!file.open(\"a\")) return \"cannot open\";\n"
      + "      var wrote = file.write(text);\n"
      + "      file.close();\n"
      + "      return wrote ? null : \"cannot write\";\n"
      + "    },",
    extra: { find: "import { readWholeFile, writeWhole } from", replace: "import { readWholeFile } from" },
    tests: ["test/service/real.test.js"],
    expect: /past hourly_cap/,
  },
  {
    name: "service: unlock() removes the state file, not the lock",
    file: "src/hub/host/stateFiles.ts",
    find: "unlock: function (id: string): void { file_remove(path(id, \".lock\")); },",
    replace: "unlock: function (id: string): void { file_remove(path(id, \".json\")); },",
    tests: ["test/service/emulator.test.js", "test/service/real.test.js"],
  },
  {
    name: "service: the audit log rewritten by each session (opened \"w\", not \"a\")",
    file: "src/hub/host/auditLog.ts",
    find: "if (!file.open(\"a\") && !(mkpath(system.logs_dir) && file.open(\"a\")))",
    replace: "if (!file.open(\"w\") && !(mkpath(system.logs_dir) && file.open(\"w\")))",
    tests: ["test/service/real.test.js"],
    expect: /has one line per session/,
  },
  {
    name: "service: modopts.ini opened without a mode (File.open() empties it)",
    file: "src/hub/host/settingsFile.ts",
    find: "if (!file.open(\"r\", true)) return none(",
    replace: "if (!file.open()) return none(",
    tests: ["test/service/emulator.test.js"],
  },
  {
    name: "DNS: the TCP length prefix counting its own two bytes",
    file: "src/shared/host/dnsServer.ts",
    find: "wire += u16(requests[i].wire.length) + requests[i].wire;",
    replace: "wire += u16(requests[i].wire.length + 2) + requests[i].wire;",
    tests: ["test/real/dns-jsexec.test.js"],
  },
  {
    name: "DNS: each TCP read given the whole timeout, not the exchange's deadline",
    file: "src/shared/host/dnsServer.ts",
    find: "var ready = waitReadable(sock, exchange.until);",
    replace: "var ready = waitReadable(sock, now() + exchange.settings.timeoutSeconds * 1000);",
    tests: ["test/real/dns-jsexec.test.js"],
    expect: /drip \(tcp\)/,
  },
  {
    name: "service: the console check's exit status lost (checkFromConsole() not passed to exit())",
    file: "src/service/main.ts",
    find: "else exit(checkFromConsole());",
    replace: "else checkFromConsole();",
    tests: ["test/service/real.test.js"],
    expect: /bad settings: one line each on stderr, exit 2/,
  },
  {
    name: "https: the handshake guard's time not cut to the deadline (cryptlib's 30 s wait for a silent server)",
    file: "src/shared/host/https.ts",
    find: "var guard = startGuard(options.guardScript, sock, budget);",
    replace: "var guard = startGuard(options.guardScript, sock, budget + 60000);",
    tests: ["test/real/https-jsexec.test.js"],
    grep: "never speaks TLS",
  },
  {
    name: "https: poll() not cut to the time left",
    file: "src/shared/host/https.ts",
    find: "var ready = sock.poll(Math.min(left, POLL_SLICE_MS) / 1000);",
    replace: "var ready = sock.poll(POLL_SLICE_MS / 1000);",
    tests: ["test/real/https-jsexec.test.js"],
    grep: "a silent server and a trickling one",
  },
  {
    name: "https: a failed handshake not noticed (ssl_session not read back)",
    file: "src/shared/host/https.ts",
    find: "secured = sock.ssl_session;",
    replace: "secured = true;",
    tests: ["test/real/https-jsexec.test.js"],
    grep: "checkName refuses a certificate",
  },
  {
    name: "https: the end of a TLS session taken for an error",
    file: "src/shared/host/https.ts",
    find: "      if (!tls) return { kind: \"bad\", reason: \"the connection failed: \" + describeSocketError(sock) };\n      progress = parser.end();\n",
    replace: "      return { kind: \"bad\", reason: \"the connection failed: \" + describeSocketError(sock) };\n",
    tests: ["test/real/https-jsexec.test.js"],
    grep: "a server that closes at accept, too little time",
  },
  {
    name: "dyndns2: the query string not read (http_request.query_string)",
    file: "src/web/host/exchange.ts",
    find: "queryString: request.query_string === undefined ? \"\" : String(request.query_string),",
    replace: "queryString: \"\",",
    tests: ["test/web/endpoint.test.js"],
    grep: "good <ip>: the A published",
  },
  {
    name: "dyndns2: the User-Agent looked up as 'User-Agent' (the web server lower-cases header names)",
    file: "src/web/host/exchange.ts",
    find: "var agent = request.header[\"user-agent\"];",
    replace: "var agent = request.header[\"User-Agent\"];",
    tests: ["test/web/endpoint.test.js"],
    grep: "good <ip>: the A published",
  },
  {
    name: "dyndns2: the source address taken from remote_host, not remote_ip",
    file: "src/web/host/exchange.ts",
    find: "sourceAddress: String(request.remote_ip),",
    replace: "sourceAddress: String(request.remote_host),",
    tests: ["test/web/endpoint.test.js"],
    grep: "no address: the one the request came from",
  },
  {
    name: "dyndns2: the reply's headers not written (no text/plain, no Basic challenge)",
    file: "src/web/host/exchange.ts",
    find: "for (var name in reply.headers) if (reply.headers.hasOwnProperty(name)) out.header[name] = reply.headers[name];",
    replace: "",
    tests: ["test/web/endpoint.test.js"],
    grep: "badauth without credentials",
  },
  {
    name: "dyndns2: the reply's status not set (every answer 200)",
    file: "src/web/host/exchange.ts",
    find: "out.status = reply.status;",
    replace: "",
    tests: ["test/web/endpoint.test.js"],
    grep: "911 and 503",
  },
  {
    name: "dyndns2: the body written with writeln() (a line end more)",
    file: "src/web/host/exchange.ts",
    find: "write(reply.body);",
    replace: "writeln(reply.body);",
    tests: ["test/web/endpoint.test.js"],
    grep: "good <ip>: the A published",
  },
  {
    name: "dyndns2: user #0 (no credentials) taken for a logged-in account",
    file: "src/web/main.ts",
    find: "account: user.number > 0 ? loggedInAccount() : null,",
    replace: "account: loggedInAccount(),",
    tests: ["test/web/endpoint.test.js"],
    grep: "badauth without credentials",
  },
  {
    name: "dyndns2: /nic/update matched by its whole path, not by the path below the script",
    file: "src/web/main.ts",
    find: "if (request.pathInfo === below(UPDATE_PATH)) {",
    replace: "if (request.pathInfo === UPDATE_PATH) {",
    tests: ["test/web/endpoint.test.js"],
    grep: "good <ip>: the A published",
  },
  {
    name: "installer: sbbs.ini opened without a mode for the web root (File.open() empties it)",
    file: "src/install/host/web.ts",
    find: "if (file.open(\"r\", true)) {",
    replace: "if (file.open()) {",
    tests: ["test/real/installer.test.js"],
    grep: "the web root where sbbs.ini says",
  },
  {
    name: "installer: the dyndns2 endpoint copied into the web root whatever the sysop answers",
    file: "src/install/host/web.ts",
    find: "+ \" routers, ddclient and inadyn; it needs [dyndns_service] in ctrl/modopts.ini)\")) return;",
    replace: "+ \" routers, ddclient and inadyn; it needs [dyndns_service] in ctrl/modopts.ini)\") && false) return;",
    tests: ["test/real/installer.test.js"],
    grep: "stdin at the end: the defaults",
  },
  {
    name: "installer: a nic/ file that is not the endpoint's replaced",
    file: "src/install/host/web.ts",
    find: "if (foreign.length) {",
    replace: "if (foreign.length < 0) {",
    tests: ["test/real/installer.test.js"],
    grep: "the web root where sbbs.ini says",
  },
  {
    name: "the pages read the audit log on from where the file was last read, not at the offset asked",
    file: "src/pages/host/auditFile.ts",
    find: "      file.position = offset;\n      return file.read(length);",
    replace: "      if (offset === 0) file.position = 0;\n      return file.read(length);",
    tests: ["test/pages/pages.test.js"],
    grep: "a member sees their own name",
  },
  {
    name: "the pages keep no index of the log (every page would read it whole)",
    file: "src/pages/main.ts",
    find: "write: function (text: string): string | null { return state.write(INDEX_NAME, text); },",
    replace: "write: function (text: string): string | null { return text ? null : state.write(INDEX_NAME, text); },",
    tests: ["test/pages/pages.test.js"],
    grep: "a member sees their own name",
  },
  {
    name: "the pages take a request without credentials for user #0's (no login asked for)",
    file: "src/pages/main.ts",
    find: "account: user.number > 0 ? loggedInAccount() : null,",
    replace: "account: loggedInAccount(),",
    tests: ["test/pages/pages.test.js"],
    grep: "no login",
  },
  {
    name: "the pages' links made from the web root, not from their directory",
    file: "src/pages/main.ts",
    find: "base: basePath(request.scriptPath),",
    replace: "base: basePath(request.pathInfo),",
    tests: ["test/pages/pages.test.js"],
    grep: "the sysop is sent to the hub's page",
  },
  {
    name: "deleted and inactive user slots taken as the only members",
    file: "src/pages/host/members.ts",
    find: "if ((record.settings & (USER_DELETED | USER_INACTIVE)) !== 0) continue;",
    replace: "if ((record.settings & (USER_DELETED | USER_INACTIVE)) === 0) continue;",
    tests: ["test/pages/pages.test.js"],
    grep: "the sysop is sent to the hub's page",
  },
  {
    name: "names: the sections read from modopts.ini even when ctrl/modopts/dyndns.ini exists",
    file: "src/client/host/settingsFile.ts",
    find: "var path = file_exists(perModule) ? perModule : file_cfgname(system.ctrl_dir, \"modopts.ini\");",
    replace: "var path = perModule && file_cfgname(system.ctrl_dir, \"modopts.ini\");",
    tests: ["test/real/names.test.js"],
    grep: "ctrl/modopts/dyndns.ini, when it exists, holds the sections",
  },
  {
    name: "names: the interface source finds no address toward the server",
    file: "src/client/host/network.ts",
    find: "return address && isIpv4(String(address)) ? String(address) : null;",
    replace: "return address && false ? String(address) : null;",
    tests: ["test/real/names.test.js"],
    grep: "publishes the A record through the shared DNS core",
  },
  {
    name: "names: the module loaded as its own TLS handshake guard runs as the module",
    file: "src/client/main.ts",
    find: "if (isGuardRun()) runGuard();\nelse exit(main());",
    replace: "if (isGuardRun() && argc < 0) runGuard();\nelse exit(main());",
    tests: ["test/real/names.test.js"],
    grep: "good, then unchanged (not sent), then sent again",
  },
];

/** `grep`: only the tests whose title has it (the test that must catch the bug on its own). */
function mochaArgs(tests, grep) {
  const rc = JSON.parse(fs.readFileSync(path.join(ROOT, ".mocharc.json"), "utf8"));
  const args = [path.join("node_modules", "mocha", "bin", "mocha.js"), "--no-config", "--timeout", String(rc.timeout), "--reporter", rc.reporter];
  for (const r of rc.require) args.push("--require", r);
  if (grep) args.push("--fgrep", grep);
  return args.concat(tests);
}

/** A copy of the working tree (node_modules linked, ../shared beside it, as in CI). */
function copyTree() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "planted-"));
  const repo = path.join(dir, "repo");
  const skip = new Set(["node_modules", ".git", "build"].map((n) => path.join(ROOT, n)));
  fs.cpSync(ROOT, repo, { recursive: true, filter: (src) => !skip.has(src) });
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(repo, "node_modules"));
  if (fs.existsSync(SHARED)) fs.symlinkSync(SHARED, path.join(dir, "shared"));
  return { dir, repo, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The patch: `find` -> `replace` in `file` (and `extra`, a second one there, such as an import the bug leaves unused). */
function plant(repo, bug) {
  const file = path.join(repo, bug.file);
  let text = fs.readFileSync(file, "utf8");
  for (const patch of [bug, bug.extra].filter(Boolean)) {
    const at = text.indexOf(patch.find);
    if (at < 0 || text.indexOf(patch.find, at + 1) >= 0) {
      throw new Error("planted bug \"" + bug.name + "\": its text is " + (at < 0 ? "not in " : "more than once in ") + bug.file + " (update the list)");
    }
    text = text.slice(0, at) + patch.replace + text.slice(at + patch.find.length);
  }
  fs.writeFileSync(file, text);
}

/** Runs a command in the copy: { code, out, ms, hung }. */
function run(repo, args, watchdogMs) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, args, { cwd: repo, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let out = "";
    child.stdout.on("data", (d) => { out += d; });
    child.stderr.on("data", (d) => { out += d; });
    let hung = false;
    const timer = setTimeout(() => { hung = true; try { process.kill(-child.pid, "SIGKILL"); } catch (e) { /* gone */ } }, watchdogMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      // whatever the tests started in their own process group goes with them
      try { process.kill(-child.pid, "SIGKILL"); } catch (e) { /* gone */ }
      resolve({ code, out, ms: Date.now() - started, hung });
    });
  });
}

function firstFailure(out) {
  const m = /\n\s+1\) ([^\n]+)\n(?:\s+([^\n]+)\n)?/.exec(out);
  return m ? (m[1] + (m[2] ? " " + m[2] : "")).replace(/\s+/g, " ").slice(0, 160) : "";
}

async function main() {
  const only = process.argv.slice(2);
  const bugs = only.length ? BUGS.filter((b) => only.some((o) => b.name.includes(o))) : BUGS;
  if (!bugs.length) throw new Error("no planted bug matches " + only.join(", "));
  const started = Date.now();

  const base = copyTree();
  try {
    const tests = [...new Set(bugs.flatMap((b) => b.tests))];
    const r = await run(base.repo, mochaArgs(tests), BASELINE_WATCHDOG_MS);
    const closing = r.out.trim().split("\n").slice(-1)[0];
    if (r.code !== 0 || r.hung) {
      process.stdout.write(r.out.slice(-4000));
      throw new Error("the tests fail without any planted bug (" + (r.hung ? "hung" : "exit " + r.code) + "): fix that first");
    }
    console.log("unpatched: " + tests.length + " test files pass in " + (r.ms / 1000).toFixed(0) + " s (" + closing + ")");
  } finally {
    base.remove();
  }

  const results = [];
  for (const bug of bugs) {
    const copy = copyTree();
    try {
      plant(copy.repo, bug);
      const build = await run(copy.repo, ["build.mjs"], 120000);
      if (build.code !== 0) throw new Error("planted bug \"" + bug.name + "\" does not build:\n" + build.out.slice(-2000));
      const r = await run(copy.repo, mochaArgs(bug.tests, bug.grep), WATCHDOG_MS);
      const failed = (/^mocha: \d+ passed, (\d+) failed/m.exec(r.out) || [])[1];
      let verdict;
      if (r.hung) verdict = "NOT CAUGHT: mocha did not exit within " + WATCHDOG_MS / 1000 + " s";
      else if (r.code === 0) verdict = "NOT CAUGHT: every test passed";
      else if (bug.expect && !bug.expect.test(r.out)) verdict = "NOT CAUGHT as expected: no " + bug.expect + " in the output";
      else verdict = "caught (" + (failed || "?") + " failed: " + firstFailure(r.out) + ")";
      results.push({ bug, caught: verdict.startsWith("caught"), verdict, ms: r.ms });
      console.log((verdict.startsWith("caught") ? "ok      " : "MISSED  ") + bug.name + " [" + (r.ms / 1000).toFixed(0) + " s]\n        " + verdict);
    } finally {
      copy.remove();
    }
  }
  const missed = results.filter((r) => !r.caught);
  console.log("planted bugs: " + (results.length - missed.length) + " of " + results.length + " caught in " + ((Date.now() - started) / 1000).toFixed(0) + " s");
  if (missed.length) process.exitCode = 1;
}

main().catch((e) => { console.error("mutate:planted: " + e.message); process.exitCode = 1; });
