'use strict';
// The emulator answers to the real thing: small ES5 probes of the host (ini reading, File,
// Socket, output routing, exit) run in the emulator ("vm") and under the real jsexec of each
// Synchronet version of the packs (3.22a and 3.30a: test/real/pack.js, docs/developer.md), and must
// print the same lines, exit the same way and write the same stderr. A probe marked `differs`
// shows a difference the emulator does not model, or one between the versions (listed in
// test/host/index.js's header): differs(vm, real, version) asserts what each side does, so that
// the day the emulator learns it, or Synchronet changes, the test says so.

const assert = require('node:assert/strict');
const { runScript, makeCtrlDir } = require('./index');
const { scriptFile, pool } = require('./helpers');
const { startFakeService, hungListener } = require('../fake/service');
const pack = require('../real/pack');
const { moduleLines } = require('../e2e/harness');

// What the pack's ctrl/main.ini says, so that `system` agrees.
const SYSTEM = { name: 'My BBS', qwk_id: 'MYBBS' };

const { nonLoopbackAddress } = pack;
const OUT = 'function out(o) { print(JSON.stringify(o)); }\n';

const probes = [];
function probe(name, def) { probes.push({ name, ...def }); }

/**
 * A `differs` for a probe that agrees on some versions: on each version named, the real lines are
 * the emulator's with these [from, to] replacements made (what that version does otherwise);
 * on the others they are the emulator's.
 */
function agreesBut(byVersion) {
  return (vm, real, version) => assert.deepEqual(real, agreed(vm, byVersion[version] || []));
}
/** Lines with [from, to] replacements made. */
function agreed(lines, replacements) {
  let out = lines;
  for (const [from, to] of replacements) out = out.map((l) => l.split(from).join(to));
  return out;
}

// ------------------------------------------------------------------ ini (xpdev/ini_file.c)
probe('ini: key = value trimming, notes and quotes kept, first section of a name, first key, case', {
  files: {
    'p.ini': [
      'root = r', '[dyndns]', 'a = one ; note', 'b = "quoted"', 'c =   spaced   ', 'A = second', 'd = # hash',
      '[DynDNS]', 'a = shadow', '[x|y]', 'k = alias', '[dyndns]', 'a = later', '',
    ].join('\n'),
  },
  script: `${OUT}
    var f = new File("p.ini"); f.open("r", true);
    out([f.iniGetValue("dyndns", "a", ""), f.iniGetValue("dyndns", "b", ""), f.iniGetValue("dyndns", "c", ""),
      f.iniGetValue("dyndns", "d", ""), f.iniGetValue("DYNDNS", "a", ""), f.iniGetValue("DynDNS", "a", ""),
      f.iniGetValue("y", "k", ""), f.iniGetValue(null, "root", ""), f.iniGetKeys("dyndns"), f.iniGetSections()]);
    f.close();`,
});

probe('ini: "key : value" literals: decimal escapes, \\x, quotes, trailing spaces kept', {
  files: { 'p.ini': '[s]\na : \\065\\066\\x43\\t|\nb : "  q  "  \nc : trail  \nd : \\999|\ne : \\x4g\nf : a\\qb\n' },
  script: `${OUT}
    var f = new File("p.ini"); f.open("r", true); var r = {}; var k = ["a", "b", "c", "d", "e", "f"];
    for (var i = 0; i < k.length; i++) { var v = f.iniGetValue("s", k[i], ""); var codes = []; for (var j = 0; j < v.length; j++) codes.push(v.charCodeAt(j)); r[k[i]] = codes; }
    out(r); f.close();`,
});

probe('ini: a NUL byte ends the line; byte 0xFF is white space (and ends a value)', {
  files: { 'p.ini': Buffer.from('[s]\na = before\u0000after\nb = \u00ffpadded\u00ff\n\u00ff[t]\nc = x\u00ffy\n[u] \u00ff\nd = 1\n', 'latin1') },
  script: `${OUT}
    var f = new File("p.ini"); f.open("r", true);
    out([f.iniGetValue("s", "a", ""), f.iniGetValue("s", "b", ""), f.iniGetValue("t", "c", "dflt"), f.iniGetSections(), f.iniGetValue("u", "d", "")]);
    f.close();`,
});

probe('ini: a UTF-8 BOM is not stripped (hides a first-line section, joins a first key)', {
  files: { 'a.ini': '\u00ef\u00bb\u00bf[dyndns]\npassword = a\n', 'b.ini': '\u00ef\u00bb\u00bfpassword = b\n' },
  script: `${OUT}
    var a = new File("a.ini"); a.open("r", true); var b = new File("b.ini"); b.open("r", true);
    out([a.iniGetValue("dyndns", "password", "none"), a.iniGetSections(), b.iniGetValue(null, "password", "none"), b.iniGetKeys(null)]);
    a.close(); b.close();`,
});

probe('ini: !include of several files by one glob: reverse order, nested, cwd is the ctrl dir', {
  files: {
    'p.ini': '!include inc/*.ini\n[dyndns]\npassword = own\n',
    'inc/a.ini': '[dyndns]\npassword = a\nmx = a.mx\n',
    'inc/b.ini': '[other]\nx = b\n!include nested/*.ini\n',
    'inc/c.ini': '[dyndns]\npassword = c\n',
    'nested/n.ini': '[nested]\ny = 1\n',
  },
  script: `${OUT}
    var f = new File(system.ctrl_dir + "p.ini"); f.open("r", true);
    out([f.iniGetValue("dyndns", "password", ""), f.iniGetValue("dyndns", "mx", "none"), f.iniGetSections(), f.iniGetObject("nested")]);
    f.close();`,
});

probe('ini: iniGetObject and iniGetValue coercions', {
  files: { 'p.ini': '[s]\nz = 0123\nf = 007.50\nh = 0x1F\nt = TRUE\ne =\nn = -5\nbig = 12345678901\nq : "a\\tb"\n' },
  script: `${OUT}
    var f = new File("p.ini"); f.open("r", true);
    out([f.iniGetObject("s"), f.iniGetObject("s", true, true), f.iniGetValue("s", "z"), f.iniGetValue("s", "z", 0),
      f.iniGetValue("s", "h", 0), f.iniGetValue("s", "t", false), f.iniGetValue("s", "f", 0.5), f.iniGetValue("s", "z", null),
      f.iniGetValue("s", "missing", null), f.iniGetValue("s", "e", "dflt"), f.iniGetValue("s", "n", 0)]);
    f.close(); out([f.iniGetValue("s", "z", "closed"), f.iniGetObject("s")]);`,
  // 3.30a: ini numbers no longer wrap at 2^32, and SpiderMonkey 128's JSON.stringify writes a tab as \t
  // (the two probes below show each alone)
  differs: agreesBut({ '3.30a': [['"big":3755744309', '"big":12345678901'], ['"q":"a\\u0009b"', '"q":"a\\tb"']] }),
});

probe('differs: an ini number of 2^32 or more wraps on 3.22a (and in the emulator), not on 3.30a', {
  files: { 'p.ini': '[s]\nbig = 12345678901\nmax = 4294967295\nwrap = 4294967296\n' },
  script: `${OUT}
    var f = new File("p.ini"); f.open("r", true); out([f.iniGetObject("s"), f.iniGetValue("s", "big")]); f.close();`,
  differs: agreesBut({ '3.30a': [['{"big":3755744309,"max":4294967295,"wrap":0},3755744309', '{"big":12345678901,"max":4294967295,"wrap":4294967296},12345678901']] }),
});

probe('differs: JSON.stringify writes a tab as \\u0009 and escapes DEL on 1.8.5 (and in the emulator); 3.30a writes \\t and DEL as it is', {
  script: `${OUT} out(["a\\tb\\nc\\u0001d\\u007fe\\u00ff"]);`,
  differs: agreesBut({ '3.30a': [['a\\u0009b\\u000ac\\u0001d\\u007fe', 'a\\tb\\nc\\u0001d\u007fe']] }),
});

probe('differs: file_cfgname() finds name.local.ini on 3.22a (and in the emulator), not on 3.30a', {
  files: { 'm.ini': '', 'm.local.ini': '' },
  script: `${OUT} out([file_cfgname(system.ctrl_dir, "m.ini").slice(system.ctrl_dir.length), file_cfgname(system.ctrl_dir, "none.ini").slice(system.ctrl_dir.length)]);`,
  differs: agreesBut({ '3.30a': [['"m.local.ini"', '"m.ini"']] }),
});

probe('ini: lines longer than 2047 bytes are split; values are cut at 1023', {
  files: { 'p.ini': '[s]\nlong = ' + 'v'.repeat(3000) + '\nnext = 1\n' },
  script: `${OUT}
    var f = new File("p.ini"); f.open("r", true);
    out([f.iniGetValue("s", "long", "").length, f.iniGetKeys("s").length, f.iniGetValue("s", "next", "")]);
    f.close();`,
});

// ------------------------------------------------------------------ File (js_file.cpp)
probe('File: exists is case-insensitive (and renames), file_exists is not; open("r") of a missing file is false', {
  files: { 'MixedCase.INI': 'x\n' },
  script: `${OUT}
    var f = new File(system.ctrl_dir + "mixedcase.ini");
    var r = [f.exists, f.name.slice(system.ctrl_dir.length), file_exists(system.ctrl_dir + "mixedcase.ini"), file_exists(system.ctrl_dir + "MixedCase.INI")];
    var m = new File("missing.ini"); r.push(m.open("r"), m.exists, file_exists(system.ctrl_dir));
    out(r);`,
});

// ------------------------------------------------------------------ Socket (js_socket.cpp)
probe('Socket: refused, a second connect on the same Socket, close() overwrites error, option methods', {
  argv: (svc) => ['127.0.1.9', String(svc.port)],
  service: { script: ['id?'] },
  script: `${OUT}
    var s = new Socket(); var r = {};
    r.c1 = s.connect(argv[0], Number(argv[1]), 2); r.e1 = s.error; r.es1 = s.error_str;
    r.c2 = s.connect(argv[0], Number(argv[1]), 2); r.e2 = s.error;
    s.close(); r.e3 = s.error; r.lip = typeof s.local_ip_address;
    r.methods = [typeof s.getoption, typeof s.setoption, typeof s.getsockopt, typeof s.setsockopt, typeof s.ioctl, typeof s.poll];
    out(r);`,
});

probe('Socket: poll() and setoption() overwrite error even when they succeed', {
  argv: (svc) => [svc.host, String(svc.port)],
  service: { script: ['id?'] },
  script: `${OUT}
    var s = new Socket(); var r = {};
    r.c = s.connect(argv[0], Number(argv[1]), 2); r.afterConnect = s.error;
    var u = new Socket(); u.connect("127.0.1.9", Number(argv[1]), 1); r.refused = u.error; u.close();
    r.p = s.poll(2); r.afterPoll = s.error;
    r.line = s.recvline(512, 2); s.sendline("X");
    out(r); s.close();`,
});

probe('Socket: error after connect, poll, a second connect, options, ioctl and close (errno is stored even on success)', {
  argv: (svc) => [svc.host, String(svc.port)],
  service: { script: [{ delayMs: 500 }, 'id?'] }, // nothing to read at the first poll
  script: `${OUT}
    var r = {};
    var b = new Socket(); r.b = b.connect(argv[0], Number(argv[1]), 2); r.eb = b.error; r.pb = b.poll(0); r.epb = b.error;
    r.b2 = b.connect(argv[0], Number(argv[1]), 2); r.eb2 = b.error;
    r.so = b.setoption("TCP_NODELAY", 1); r.eso = b.error; r.go = b.getoption("tcp_nodelay"); r.gx = b.getoption("NOPE");
    r.sx = b.setoption("NOPE", 1); r.esx = b.error; r.io = b.ioctl(0x541B, 0); r.eio = b.error;
    var f = new Socket(); r.ef = f.error; r.pf = f.poll(0); r.epf = f.error; f.close(); r.ecf = f.error; r.pc = f.poll(0);
    r.line = b.recvline(512, 2); b.sendline("X"); b.close(); r.ecb = b.error;
    out(r);`,
});

probe('Socket: a second connect after a timed-out one is EALREADY', {
  argv: (svc) => [svc.host, String(svc.port)],
  hung: true,
  script: `${OUT}
    var s = new Socket(); var r = {};
    r.c1 = s.connect(argv[0], Number(argv[1]), 0.5); r.e1 = s.error; r.c2 = s.connect(argv[0], Number(argv[1]), 0.5); r.e2 = s.error;
    s.close(); out(r);`,
});

probe('Socket: bound to one of this machine\'s non-loopback addresses, a loopback server sees that address', {
  argv: (svc) => [svc.host, String(svc.port), nonLoopbackAddress()],
  service: { script: ['id?'] },
  script: `${OUT}
    var s = new Socket(); var r = {};
    r.b = s.bind(0, argv[2]); r.c = s.connect(argv[0], Number(argv[1]), 2); r.same = s.local_ip_address === argv[2];
    r.line = s.recvline(512, 2); s.sendline("X"); s.close(); out(r);`,
  check(svc) { assert.equal(svc.sessions[0].remoteAddress, nonLoopbackAddress()); },
});

probe('Socket: bound to a broadcast or multicast address, connect() still works, from an ordinary source', {
  argv: (svc) => [svc.host, String(svc.port)],
  service: { script: ['id?'] },
  script: `${OUT}
    var r = {};
    var s = new Socket(); r.b = s.bind(0, "224.0.0.1"); r.c = s.connect(argv[0], Number(argv[1]), 2); r.lip = s.local_ip_address;
    r.line = s.recvline(512, 2); s.sendline("X"); s.close(); out(r);`,
  check(svc) { assert.equal(svc.sessions[0].remoteAddress, '127.0.0.1'); },
});

probe('Socket: bound to loopback, a non-loopback peer fails with EINVAL; a foreign address does not bind', {
  script: `${OUT}
    var s = new Socket(); var r = {};
    r.b = s.bind(0, "127.0.0.1"); r.c = s.connect("203.0.113.9", 9, 1); r.e = s.error; s.close();
    var f = new Socket(); r.fb = f.bind(0, "198.51.100.77"); r.fe = f.error; f.close();
    out(r);`,
});

// ------------------------------------------------------------------ known differences (index.js header)
probe('differs: a 0 s connect (undefined timeout) to a loopback listener: real connects, the emulator times out', {
  argv: (svc) => [svc.host, String(svc.port)],
  service: { script: [{ silent: true }] },
  script: `${OUT}
    var s = new Socket(); var r = { c: s.connect(argv[0], Number(argv[1]), undefined) }; r.e = s.error; s.close(); out(r);`,
  differs(vm, real) {
    assert.equal(real[1], 'stdout: {"c":true,"e":0}', 'loopback completes within the 0 s poll');
    assert.equal(vm[1], 'stdout: {"c":false,"e":110}', 'the emulator stands for a remote server: a 0 s wait never sees its answer');
  },
});

probe('differs: bind(0) picks a port at once for real; the emulator reports 0 until connect', {
  script: `${OUT}
    var s = new Socket(); s.bind(0, "127.0.0.1"); out({ port: s.local_port }); s.close();`,
  differs(vm, real) {
    assert.equal(vm[1], 'stdout: {"port":0}');
    assert.match(real[1], /^stdout: \{"port":[1-9]\d*\}$/);
  },
});

probe('differs: new Socket(true, name) wraps descriptor 0 for real; the emulator throws', {
  script: `${OUT}
    try { var w = new Socket(true, "x"); out({ fd: w.descriptor }); } catch (e) { out({ threw: true }); }`,
  differs(vm, real) {
    assert.equal(vm[1], 'stdout: {"threw":true}');
    assert.equal(real[1], 'stdout: {"fd":0}');
  },
});

probe('differs: load() and the File ini writers exist for real, not in the emulator', {
  script: `${OUT}
    var r = { set: typeof new File("x.ini").iniSetValue };
    try { load("sockdefs.js"); r.load = typeof SOCK_STREAM; } catch (e) { r.load = "threw"; }
    out(r);`,
  differs(vm, real) {
    assert.equal(vm[1], 'stdout: {"set":"undefined","load":"threw"}');
    assert.equal(real[1], 'stdout: {"set":"function","load":"number"}');
  },
});

// ------------------------------------------------------------------ jsexec output and exit
for (const stdinTty of [false, true]) {
  probe('jsexec output routing, stdin ' + (stdinTty ? 'a terminal' : 'not a terminal'), {
    stdinTty,
    script: `print("p1", 2); writeln("w"); write("no-nl"); printf("%s!\\n", "pf"); alert("al");
      log(LOG_ERR, "err-line"); log(LOG_WARNING, "warn-a", "warn-b"); log("info-line"); log(LOG_NOTICE, "notice");
      log(LOG_DEBUG, "debug-line"); log(7); exit(3);`,
  });
}

probe('exit() skips catch and finally; exit_code wins', {
  script: `function inner() { try { print("before"); exit(7); } catch (e) { print("caught"); } finally { print("finally"); } }
    try { inner(); } finally { print("outer finally"); }`,
});

probe('an uncaught error: !JavaScript line on stderr, exit 1 (the message text is the engine\'s; 3.30a names no file and line)', {
  script: `print("a");\nvar o = null;\no.boom();\n`,
  differs(vm, real, version) {
    const shape = (l) => l.replace(/TypeError: .*$/, 'TypeError: <engine message>');
    const where = version === '3.30a' ? [['!JavaScript  <script> line 3: ', '!JavaScript exception: ']] : [];
    assert.deepEqual(real.map(shape), agreed(vm.map(shape), where));
    assert.ok(real.includes(agreed(['stderr: !JavaScript  <script> line 3: TypeError: o is null'], where)[0]), real.join('\n'));
    assert.ok(!vm.includes('stderr: !JavaScript  <script> line 3: TypeError: o is null'), 'V8 words its messages its own way');
  },
});

probe('globals jsexec defines and does not', {
  script: `${OUT}
    out({ ss: typeof SOCK_STREAM, enu: typeof ENETUNREACH, ehu: typeof EHOSTUNREACH, eal: typeof EALREADY,
      einval: EINVAL, eaddr: EADDRNOTAVAIL, et: ETIMEDOUT, ecr: ECONNREFUSED, le: LOG_ERROR, server: typeof server,
      SS: Socket.SOCK_STREAM, SD: Socket.SOCK_DGRAM, v: system.version, vn: system.version_num, qwk: system.qwk_id,
      name: system.name, ri: typeof resolve_ip, thisGlobal: this === js.global });`,
  differs: agreesBut({ '3.30a': [['"v":"3.22","vn":32200', '"v":"3.30","vn":33000']] }),
});

probe('differs: the engine: js.version and system.full_version', {
  script: `${OUT} out([js.version, system.full_version, system.version + system.revision]);`,
  differs: agreesBut({ '3.30a': [['"JavaScript-C 1.8.5 2011-03-31","3.22a","3.22a"', '"JavaScript-C128.14.0","3.30a","3.30a"']] }),
});

probe('differs: js.terminate_on_disconnect is a property of 3.22a only (3.30a keeps what a script sets, to no effect)', {
  script: `${OUT} var before = typeof js.terminate_on_disconnect; js.terminate_on_disconnect = false;
    out([before, typeof js.terminate_on_disconnect, js.terminate_on_disconnect]);`,
  differs(vm, real, version) {
    assert.deepEqual(vm, ['exit status 0', 'stdout: ["undefined","boolean",false]'], 'the emulator has none either');
    assert.deepEqual(real, ['exit status 0', 'stdout: [' + (version === '3.30a' ? '"undefined"' : '"boolean"') + ',"boolean",false]']);
  },
});

probe('differs: what 3.22a has and 3.30a has not: sha256_calc(), File.sha256_hex and sha256_base64, the SQLite class', {
  files: { 'x.txt': 'x' },
  script: `${OUT} var f = new File(system.ctrl_dir + "x.txt"); f.open("r");
    out([typeof sha256_calc, typeof f.sha256_hex, typeof f.sha256_base64, typeof SQLite, typeof sha1_calc, typeof f.sha1_hex]); f.close();`,
  differs(vm, real, version) {
    assert.deepEqual(vm, ['exit status 0', 'stdout: ["undefined","undefined","undefined","undefined","undefined","undefined"]'], 'the emulator has none of them');
    assert.deepEqual(real, ['exit status 0', 'stdout: ' + (version === '3.30a' ? '["undefined","undefined","undefined","undefined","function","string"]'
      : '["function","string","string","function","function","string"]')]);
  },
});

probe('differs: load(scope, file) gives the file\'s completion value on 3.22a, the scope object on 3.30a; load(file) the value on both', {
  files: { 'value.js': 'var inside = 1;\n42;\n' },
  script: `${OUT} var r = {};
    try { var scoped = load({}, system.ctrl_dir + "value.js"); r.scoped = typeof scoped === "object" ? "scope with inside=" + scoped.inside : scoped;
      r.plain = load(system.ctrl_dir + "value.js"); } catch (e) { r.threw = true; }
    out(r);`,
  differs(vm, real, version) {
    assert.deepEqual(vm, ['exit status 0', 'stdout: {"threw":true}'], 'the emulator has no load()');
    assert.deepEqual(real, ['exit status 0', 'stdout: {"scoped":' + (version === '3.30a' ? '"scope with inside=1"' : '42') + ',"plain":42}']);
  },
});

// ------------------------------------------------------------------ the runs

// The emulator, then the real jsexec of each version ("jsexec-3.22a", "jsexec-3.30a").
const ENGINES = ['vm'].concat(pack.VERSIONS.map((v) => 'jsexec-' + v));

async function runOn(engine, p, file, svc) {
  const argv = typeof p.argv === 'function' ? p.argv(svc) : p.argv || [];
  if (engine === 'vm') {
    const ctrlDir = makeCtrlDir(p.files || {});
    const r = await runScript({ engine: 'vm', script: file, ctrlDir, argv, system: SYSTEM, stdinTty: !!p.stdinTty, killAfterMs: 20000 });
    return { engine, exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr, ctrlDir };
  }
  const files = {};
  for (const [rel, text] of Object.entries(p.files || {})) files['ctrl/' + rel] = text;
  const root = await pack.makeRoot({ files, version: engine.slice('jsexec-'.length) });
  try {
    const r = await pack.jsexec(root, [file].concat(argv), { stdinTty: !!p.stdinTty, killAfterMs: 20000 });
    return { engine, exitCode: r.killed ? null : r.status, stdout: r.stdout, stderr: r.stderr, ctrlDir: root.ctrl };
  } finally {
    root.remove();
  }
}

/** Comparable lines: exit status, stdout, stderr without jsexec's banner; ctrl dir and script path generalized. */
function seen(r, file) {
  const norm = (l) => l.split(r.ctrlDir + '/').join('<ctrl>/').split(file).join('<script>');
  const s = lines(r.stdout).map((l) => 'stdout: ' + norm(l));
  return ['exit status ' + r.exitCode].concat(s, moduleLines(r.stderr).map((l) => 'stderr: ' + norm(l)));
}

function lines(text) {
  const l = String(text).split('\n');
  if (l[l.length - 1] === '') l.pop();
  return l;
}

describe('the emulator answers to the real jsexec', function () {
  this.timeout(60000);
  const results = new Map();

  before(async function () {
    const settled = await pool(probes.map((p) => async () => {
      const file = scriptFile(p.script, 'agree');
      const runs = [];
      for (const engine of ENGINES) {
        // a fresh server for each engine, so that each can be checked
        let svc = null;
        if (p.service) svc = await startFakeService({ host: '127.0.0.2', maxSessionMs: 10000, answerTimeoutMs: 5000, lingerMs: 500, ...p.service });
        if (p.hung) svc = await hungListener({ host: '127.0.0.2', maxMs: 20000 });
        try {
          runs.push(await runOn(engine, p, file, svc));
          if (p.check) {
            await Promise.race([Promise.all(svc.sessions.map((x) => x.done)), new Promise((r) => setTimeout(r, 1000).unref())]);
            runs[runs.length - 1].checked = () => p.check(svc);
          }
        } finally {
          if (svc) await svc.close();
        }
      }
      return { runs, file };
    }), 4);
    probes.forEach((p, i) => results.set(p, settled[i]));
  });

  for (const p of probes) {
    it(p.name, function () {
      const s = results.get(p);
      if (!s.ok) throw s.error;
      for (const r of s.value.runs) {
        try { if (r.checked) r.checked(); } catch (e) { e.message = `[${r.engine}] ${e.message}`; throw e; }
      }
      const [vm, ...reals] = s.value.runs.map((r) => seen(r, s.value.file));
      reals.forEach((real, n) => {
        const version = pack.VERSIONS[n];
        if (p.differs) {
          try { p.differs(vm, real, version); } catch (e) { e.message = `[jsexec ${version}] ${e.message}`; throw e; }
          return;
        }
        for (let i = 0; i < Math.max(vm.length, real.length); i++) {
          if (vm[i] !== real[i]) {
            assert.fail(`"${p.name}": line ${i + 1} differs\n  vm:     ${JSON.stringify(vm[i])}\n  jsexec ${version}: ${JSON.stringify(real[i])}`
              + `\n--- vm\n${vm.join('\n')}\n--- jsexec ${version}\n${real.join('\n')}`);
          }
        }
      });
    });
  }
});

module.exports = { probes };
