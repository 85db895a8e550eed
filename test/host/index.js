'use strict';
/*
 * Synchronet host emulator for the test bench.
 *
 *   const { runScript, makeCtrlDir } = require('./test/host');
 *   const r = await runScript({ engine: 'vm'|'js185'|'js102'|'js78', script, context: 'jsexec'|'event'|'service',
 *                               argv, ctrlDir, system, server, names, ipv6Local, stdinTty, killAfterMs });
 *
 * The 'service' context is a per-connection script of the services server (services.cpp): pass
 * clientSocket (a net.Socket your listener accepted; it becomes client.socket), users (the user
 * database: [{number, alias, password, restrictions, level, deleted}]), loginAttemptDelay (ms,
 * default 5000 as Synchronet's), loginByNumber, protocol (default 'DynDNS'). The script gets
 * client (ip_address, host_name '<no name>', port, connect_time, protocol, user_name,
 * user_number, socket), server, login(), logout(), logged_in, datagram; write/writeln go to the
 * client's socket. Its log() lines and the server's own (login failures...) are in eventLog.
 * Every context has system.matchuser() over `users` and file_mutex/file_remove/file_rename/mkpath.
 * Not modelled in the service context: LoginRequirements (ARS), logins by real name, the
 * per-address failed-login count and what follows from it (throttled connects, hack log, bans),
 * the user record's update at login; print() there throws (Synchronet's fails: Socket has no print).
 *
 * One ES5 prelude (prelude.js) implements the Synchronet globals on top of one synchronous RPC,
 * __sbbs_host(op, args); the ops are answered here (session.js, sockets.js, files.js, ini.js) with
 * real loopback TCP and real files, the same for every engine:
 *   vm     node:vm realm in a worker thread (stripped of ES2015+ library features, source gated
 *          by acorn ecmaVersion 5), RPC = postMessage + Atomics.wait + receiveMessageOnPort
 *   js185  SpiderMonkey 1.8.5 shell (Synchronet 3.19-3.22's engine): $SBBS_JS185, else
 *          ../shared/engines/js185/js beside the repo, else /work/shared/engines/js185/js
 *   js102 / js78  Debian's shells ($SBBS_JS102/$SBBS_JS78, else $PATH, else /usr/bin)
 *   firefox-esr   Debian 12's firefox-esr run as a plain script shell (xpcshell; its newest
 *          SpiderMonkey, nearest to Synchronet 3.30's SM128): $SBBS_FIREFOX_ESR, else
 *          /usr/lib/firefox-esr/firefox-esr
 *          shells' RPC = one JSON line out via print(), one back via readline(), ASCII-only;
 *          xpcshell's readline() returns at most 4095 chars a call, so its replies come in
 *          chunks of one line each (see glue-shell.js)
 *
 * Options beyond the basic ones: hostName (gethostname() for file_cfgname; default system.local_host_name),
 * interfaces (extra addresses bind() accepts), ipv4Local (UDP IPv4 connect), logLevel/errorLevel
 * (jsexec, default 6/4), env/user/js (merged into those objects), startupDir, console:false (event),
 * extraGlobals ({name: value} defined before the module runs, e.g. {ENETUNREACH: 101}),
 * es5Check:false (vm), shell (path of the shell binary; SBBS_JS185/SBBS_JS102/SBBS_JS78 env vars too),
 * sendFaults (what real send() does under pressure, on demand; TCP sockets, sends counted from 1
 * across the run): { shortBytes: n } every send() takes at most n bytes and returns n, the rest is
 * not sent (a full socket buffer); { failAt: k, failError: errno } the k-th send() sends nothing,
 * returns undefined and sets error (default EPIPE 32, as after a reset peer). Their records have
 * `fault: 'short'|'fail'`.
 * Result extras: exitCalled, uncaughtLine, files (File.open records), notes, lateOps, engine,
 * engineStdout/engineStderr/engineStatus (shells), engineError (vm).
 * Socket records (r.sockets, in call order): {socket, op: 'new'|'bind'|'connect'|'send'|'recvline'|
 * 'recv'|'peek'|'close', ...}; bind has port/address/result/error; connect has host, port (asked),
 * timeout (the argument as passed), timeoutType ('missing' when absent), timeoutMs, result, error,
 * endpoint, elapsedMs; resolve_ip() calls are recorded as {op: 'resolve_ip', host, all, result}.
 * The ctrl dir from makeCtrlDir() is <root>/ctrl beside <root>/data (system.data_dir).
 *
 * Known differences from real Synchronet (3.22, Linux). test/host/agreement.test.js runs probes of
 * the host on this emulator and on the real jsexec of the 3.22a and 3.30a packs and fails where they
 * disagree; a difference below marked [probe] has a probe there that shows it; [env] depends on
 * this machine's network and resolver, so no test can assert the real side of it. The emulator
 * is 3.22a; what 3.30a does otherwise is listed at the end.
 *  - Names resolve only through the run's `names` table (case-insensitive), for connect() and
 *    resolve_ip(); unlisted names fail with EAI_NONAME (-2). "localhost" is 127.0.0.1 then ::1
 *    (a real host follows /etc/hosts). An entry { rotate: [endpoints] } answers each lookup with
 *    the next one (DNS round robin). A listed name goes to its endpoint whatever port was asked;
 *    remote_port reports the asked port. AI_ADDRCONFIG is not modelled. The errno a failed lookup
 *    leaves behind (glibc: 92) is not modelled. [env] A table entry {error: N} is the value
 *    Socket.error gets: -2.. for glibc on 3.20+, the stale errno 3.19 keeps there (any value, e.g.
 *    92 or 111), or Windows' 11001..11004 (error_str has their texts too).
 *  - file_rename() is C rename(): it replaces an existing target, except with system.platform
 *    Win32/Win64, where (as the Windows C runtime does) it fails when the target exists.
 *    directory() honours only GLOB_MARK among glob flags. (test/host/additions.test.js compares
 *    these, resolve_ip() and system.data_dir with the real jsexec.) [probe]
 *  - Loopback and this machine's own addresses are connected for real; any other IP fails at once
 *    with ENETUNREACH, or EINVAL from a socket bound to loopback, as Linux answers that [probe].
 *    Real Synchronet would try the route (a timeout, a refusal or a connection). [env]
 *  - connect() with a 0 ms timeout (e.g. an `undefined` 3rd argument) always fails with
 *    ETIMEDOUT without connecting: the emulator stands for a remote server, which a 0 s poll
 *    never sees answer; real loopback connects within the connect() call itself. [probe]
 *  - bind() checks the address (socket family, numeric, 127/8 or this machine's interfaces or
 *    the run's `interfaces`; 255.255.255.255 and multicast bind, and connect() then routes from
 *    an ordinary source, as Linux does); loopback and this machine's addresses are then bound for
 *    real (the peer sees them). It does not reserve the port: local_port after bind(0) stays 0
 *    until connect. [probe]
 *  - errno: poll(), setoption(), ioctl() and close() store the thread's errno even when they
 *    succeed; the emulator keeps that errno as the socket calls leave it (EINPROGRESS from every
 *    connect, the error of a failed bind/connect/send, ENOTCONN from closing an unconnected
 *    socket, ENOPROTOOPT from an unknown option), not as every libc call would. [probe]
 *  - getoption()/setoption() know Synchronet's option names and keep the values set; they do not
 *    reach the kernel (getoption of an option never set is 0). ioctl() returns its argument.
 *  - The receive queue is Node's: data the kernel has but Node has not yet read is invisible to
 *    nread/data_waiting; reading pauses at 256 KiB unread (the emulated receive buffer).
 *  - send() sends short or fails only when the run's sendFaults asks it to; errors of the peer
 *    (EPIPE/ECONNRESET) show up on the send after Node saw them.
 *  - UDP: connect() sends nothing (true for loopback, for IPv6 sockets per `ipv6Local`, for IPv4
 *    per `ipv4Local`); recv()/recvline() on UDP only time out. No listen/accept/sendto/recvfrom,
 *    no TLS, no connect callbacks, no ConnectedSocket/ListeningSocket.
 *  - `new Socket(true, x)` (boolean first with 2+ args: the wrap-a-descriptor form) throws; real
 *    Synchronet wraps descriptor 0. [probe]
 *  - Errno globals are exactly js_global.cpp's list: EHOSTUNREACH, ENETUNREACH and EALREADY are
 *    NOT globals in Synchronet (a module using them gets a ReferenceError there, and here; the
 *    extraGlobals option can add them). socket.error still takes those values.
 *  - vm: Number is a wrapper function (same prototype) because V8's Number.EPSILON and
 *    MAX/MIN_SAFE_INTEGER cannot be deleted; Date.prototype and RegExp.prototype keep V8's extras.
 *    JSON.stringify is wrapped to escape control characters as 1.8.5 does (\u0009, not \t).
 *  - File: no locking/sharing, no etx/rot13/uue/base64/yenc, no date/crc/md5 methods, no
 *    ini writers [probe]; stdio buffering is not modelled (writes go straight to the file).
 *    iniGetValue with a Date default parses only Unix seconds and ISO-like dates.
 *  - Ini numbers wrap at 2^32 as on SpiderMonkey 1.8.5 for every engine.
 *  - Output: jsexec's stdout/stderr views follow default LogLevel 6 / ErrorLevel 4 (options
 *    logLevel/errorLevel) and stdinTty; jsexec's own banner and timing lines are not produced.
 *    The event view (eventLog) keeps every level (filter by level yourself) and has no event-code
 *    prefix. console.* output (event) goes to `output` only.
 *  - Uncaught errors are reported as "!JavaScript  <script> line N: <Name>: <message>" (two
 *    spaces, as Synchronet's "%s%s%s" leaves them); the message text is the engine's own (V8
 *    says "Cannot read properties of null", 1.8.5 "o is null") [probe]; line numbers are
 *    best-effort per engine.
 *  - In the event context the module runs inside a function called with the scope object as
 *    `this` (argv/argc are its parameters): `var` at top level lands in that function, not on
 *    the scope object; `js.scope.exit_code` and a global `exit_code` are both honoured.
 *  - load() throws "not supported" [probe]; no require(), js.on_exit, stdin/stdout/stderr
 *    objects, msg_area/file_area/xtrn_area, or the many string helpers of js_global.cpp (a few are
 *    there: format, truncsp, backslash, file_getname, file_isdir, ascii, resolve_ip).
 *  - js.version is the 1.8.5 string on every engine; js78/js102 keep their ES2015+ library
 *    (they stand for newer SpiderMonkey, e.g. Synchronet's SM128 branch).
 *  - js has no terminate_on_disconnect (3.22a's jsexec has one; it matters only in the servers). [probe]
 *
 * What Synchronet 3.30a (next-js, SpiderMonkey 128) does otherwise than 3.22a, and so otherwise
 * than this emulator. The scenarios of test/e2e, which compare each version with the emulator
 * line by line, see none of it in what dist/dyndns.js prints or sends:
 *  - system.version "3.30", version_num 33000, full_version "3.30a"; js.version "JavaScript-C128.14.0". [probe]
 *  - An uncaught error is "!JavaScript exception: <Name>: <message>", without file and line. [probe]
 *  - Ini numbers of 2^32 and more do not wrap (12345678901 stays 12345678901). [probe]
 *  - JSON.stringify writes a tab as \t (not \u0009) and DEL as it is (1.8.5 escapes it). [probe]
 *  - file_cfgname() has no name.local.ext step (next-js branched before 3.22 added it). [probe]
 *  - load(scope, file) returns the scope object, not the file's completion value. [probe]
 *  - js.terminate_on_disconnect does not exist: the services and web servers never stop a script
 *    when its client hangs up. [probe]
 *  - A timed event runs in the global itself (this === js.global === js.scope, this.server is
 *    set); 3.22a runs it in a scope of its own below the global (test/real/sbbs.test.js).
 *  - jsexec's status stream says "JavaScript: Initializing engine: N bytes max" where 3.22a says
 *    "Creating runtime" (test/e2e/harness.js drops both as jsexec's own lines).
 */

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { Worker, MessageChannel } = require('node:worker_threads');
const { HostSession } = require('./session');

const HERE = __dirname;
const REPO = path.resolve(HERE, '../..');

/** candidate paths of each shell: $SBBS_JS185 etc., then ../shared beside the repo (CI), /work/shared, $PATH */
function shellCandidates(engine) {
  const envVar = { js185: 'SBBS_JS185', js102: 'SBBS_JS102', js78: 'SBBS_JS78', 'firefox-esr': 'SBBS_FIREFOX_ESR' }[engine];
  const c = [];
  if (process.env[envVar]) c.push(process.env[envVar]);
  if (engine === 'firefox-esr') {
    c.push('/usr/lib/firefox-esr/firefox-esr');
  } else if (engine === 'js185') {
    c.push(path.resolve(REPO, '../shared/engines/js185/js'), '/work/shared/engines/js185/js');
  } else {
    for (const dir of (process.env.PATH || '').split(':').filter(Boolean)) c.push(path.join(dir, engine));
    c.push(`/usr/bin/${engine}`);
  }
  return [...new Set(c)];
}
function isExecutable(p) {
  try { fs.accessSync(p, fs.constants.X_OK); return fs.statSync(p).isFile(); } catch { return false; }
}
const SHELLS = {};
for (const e of ['js185', 'js102', 'js78', 'firefox-esr']) {
  const cands = shellCandidates(e);
  SHELLS[e] = cands.find(isExecutable) || cands[0];
}
const ENGINES = ['vm', 'js185', 'js102', 'js78', 'firefox-esr'];

/**
 * temp ctrl dir with the given files ({relativePath: content}); returns its path (no trailing slash).
 * It is <root>/ctrl of a fresh root that also has data/ (system.data_dir), as a Synchronet install does.
 */
let ctrlRoot = null;
function makeCtrlDir(files = {}) {
  if (!ctrlRoot) {
    ctrlRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'sbbs-ctrl-'));
    process.on('exit', () => fs.rmSync(ctrlRoot, { recursive: true, force: true }));
  }
  const root = fs.mkdtempSync(path.join(ctrlRoot, 'root-'));
  const dir = path.join(root, 'ctrl');
  fs.mkdirSync(dir);
  fs.mkdirSync(path.join(root, 'data'));
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, typeof content === 'string' ? Buffer.from(content, 'latin1') : content);
  }
  return dir;
}

function shellPath(engine, override) {
  const p = override || SHELLS[engine];
  if (!isExecutable(p)) {
    const tried = override ? [override] : shellCandidates(engine);
    const hint = { js185: 'it needs libnspr4', 'firefox-esr': 'apt-get install -y --no-install-recommends firefox-esr' }[engine]
      || 'apt-get install -y libmozjs-102-dev libmozjs-78-dev';
    throw new Error(`engine ${engine}: SpiderMonkey shell not found or not executable (tried ${tried.join(', ')}; ${hint})`);
  }
  return p;
}

// The verdict per source text: the bench and the tests run the same file hundreds of times.
const es5Verdicts = new Map();
function checkEs5(source) {
  if (es5Verdicts.has(source)) return es5Verdicts.get(source);
  let acorn;
  try { acorn = require('acorn'); } catch { return null; }
  let verdict = null;
  try {
    acorn.parse(source, { ecmaVersion: 5, sourceType: 'script', allowReturnOutsideFunction: false, allowHashBang: false });
  } catch (e) {
    verdict = e;
  }
  es5Verdicts.set(source, verdict);
  return verdict;
}

/** One RPC from the prelude, a JSON `[op, args]`, answered by the session (any engine). */
async function answerRequest(session, request) {
  try {
    const [op, args] = JSON.parse(request);
    return await session.dispatch(op, args);
  } catch (e) {
    return { x: `emulator: bad request: ${e.message}` };
  }
}

function normalize(opts) {
  if (!opts || !opts.script) throw new Error('runScript: options.script is required');
  const o = { ...opts };
  o.engine = o.engine || 'vm';
  if (!ENGINES.includes(o.engine)) throw new Error(`runScript: unknown engine "${o.engine}"`);
  o.context = o.context || 'jsexec';
  if (!['jsexec', 'event', 'service'].includes(o.context)) throw new Error(`runScript: unknown context "${o.context}"`);
  if (o.context === 'service' && !o.clientSocket) throw new Error('runScript: the service context needs clientSocket (an accepted net.Socket)');
  o.argv = o.argv || [];
  if (!o.ctrlDir) o.ctrlDir = makeCtrlDir({});
  o.killAfterMs = o.killAfterMs === undefined ? 20000 : o.killAfterMs;
  return o;
}

async function runScript(options) {
  const o = normalize(options);
  if (o.engine !== 'vm') shellPath(o.engine, o.shell); // reject early: a missing shell must fail the test
  const session = new HostSession(o);
  session.source = fs.readFileSync(o.script).toString('latin1');
  if (o.engine === 'vm' && o.es5Check !== false) {
    const err = checkEs5(session.source);
    if (err) {
      session.uncaught = `SyntaxError: ${err.message} (not ES5; SpiderMonkey 1.8.5 would reject or misparse this)`;
      session.uncaughtLine = err.loc ? err.loc.line : null;
      session.hostLog(3, `!JavaScript  ${o.script}${session.uncaughtLine ? ` line ${session.uncaughtLine}` : ''}: ${session.uncaught}`);
      session.exitCode = o.context === 'event' ? -1 : 1;
      session.finishOutput();
      return session.result({ engine: o.engine });
    }
  }
  const extra = o.engine === 'vm' ? await runVm(session, o) : await runShell(session, o);
  session.cleanup();
  if (extra.killed) {
    // a hang says so in the result, whoever looks at it (the uncaught line is what tests print)
    session.uncaught = `emulator: killed after ${o.killAfterMs} ms (killAfterMs): the script did not end`;
  }
  return session.result({ engine: o.engine, ...extra });
}

function runVm(session, o) {
  return new Promise((resolve) => {
    const sab = new SharedArrayBuffer(4);
    const flag = new Int32Array(sab);
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(path.join(HERE, 'vm-worker.js'), {
      workerData: { sab, port: port2 },
      transferList: [port2],
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    let killed = false;
    let engineError = null;
    let wStderr = '';
    worker.stderr.on('data', (d) => { wStderr += d; });
    worker.stdout.on('data', () => {});
    const timer = setTimeout(() => { killed = true; worker.terminate(); }, o.killAfterMs);
    worker.on('message', async (req) => {
      port1.postMessage(JSON.stringify(await answerRequest(session, req)));
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    });
    worker.on('error', (e) => { engineError = e; });
    worker.on('exit', () => {
      clearTimeout(timer);
      port1.close();
      if (!killed && !session.exitCalled && !session.finished) {
        session.uncaught = `emulator: vm worker died: ${engineError ? engineError.stack || engineError.message : 'no result'}`;
        session.exitCode = o.context === 'event' ? -1 : 1;
      }
      resolve({ killed, engineStderr: wStderr, engineError: engineError ? String(engineError.stack || engineError) : null });
    });
  });
}

function encodeAscii(s) {
  return s.replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** xpcshell's readline() returns a long line 4095 chars at a time: lines of '+' chunk, then '=' last chunk. */
const CHUNK = 4000;
function chunkLines(line) {
  const out = [];
  for (let i = 0; i + CHUNK < line.length; i += CHUNK) out.push('+' + line.slice(i, i + CHUNK));
  out.push('=' + line.slice(Math.floor(Math.max(line.length - 1, 0) / CHUNK) * CHUNK));
  return out.join('\n');
}

/** How each shell is started: [binary, arguments before the -f files, reply line encoder]. */
function shellCommand(engine, bin) {
  if (engine === 'firefox-esr') {
    return { args: ['-xpcshell', '-g', path.dirname(bin), '-e', "var __sbbs_chunked = true, __sbbs_engine_name = 'firefox-esr';"], line: chunkLines };
  }
  return { args: [], line: (l) => l };
}

function runShell(session, o) {
  return new Promise((resolve, reject) => {
    const bin = shellPath(o.engine, o.shell);
    const files = ['glue-shell.js', 'prelude.js', 'runner.js'].map((f) => path.join(HERE, f));
    const command = shellCommand(o.engine, bin);
    const args = command.args.slice();
    for (const f of files) args.push('-f', f);
    let child;
    try {
      child = spawn(bin, args, { cwd: session.ctrl, stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (e) {
      reject(new Error(`engine ${o.engine}: cannot start ${bin}: ${e.message}`));
      return;
    }
    let killed = false;
    let buf = '';
    let engineStdout = '';
    let engineStderr = '';
    const queue = [];
    let busy = false;
    const timer = setTimeout(() => { killed = true; child.kill('SIGKILL'); }, o.killAfterMs);
    const pump = async () => {
      if (busy) return;
      busy = true;
      while (queue.length) {
        const reply = await answerRequest(session, queue.shift());
        if (child.stdin.writable) child.stdin.write(command.line(encodeAscii(JSON.stringify(reply))) + '\n');
      }
      busy = false;
    };
    child.stdout.setEncoding('latin1');
    child.stdout.on('data', (d) => {
      buf += d;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        if (line.startsWith('\u0001H')) queue.push(line.slice(2));
        else engineStdout += line + '\n';
      }
      pump();
    });
    child.stderr.setEncoding('latin1');
    child.stderr.on('data', (d) => { engineStderr += d; });
    child.stdin.on('error', () => {});
    child.on('error', (e) => { clearTimeout(timer); reject(new Error(`engine ${o.engine}: ${e.message}`)); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (!killed && !session.exitCalled && !session.finished) {
        const why = code === 3 ? 'uncaught exception in the shell' : `shell exited with status ${code}${signal ? ` (${signal})` : ''}`;
        session.uncaught = `emulator: ${why}: ${engineStderr.trim() || '(no stderr)'}`;
        session.exitCode = o.context === 'event' ? -1 : 1;
      }
      resolve({ killed, engineStatus: code, engineSignal: signal, engineStdout, engineStderr });
    });
  });
}

module.exports = { runScript, makeCtrlDir, ENGINES, SHELLS };
