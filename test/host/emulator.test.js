'use strict';
// Self-tests of the Synchronet host emulator: each trap of Synchronet's that the emulator
// claims, proved by a small ES5 script on every engine where it applies. All runs start in one
// `before` (concurrently, so the 1-4 s timeout traps overlap); each `it` checks one (case, engine).

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { runScript, makeCtrlDir, ENGINES } = require('./index');
const { startFakeService, closedPort, hungListener } = require('../fake/service');
const { scriptFile, lastJson, pool } = require('./helpers');

const NOW = 'function now() { return new Date().getTime(); }\n';
const OUT = 'function out(o) { print(JSON.stringify(o)); }\n';

const cases = [];
function trap(name, def) { cases.push({ name, engines: ENGINES, ...def }); }

// ------------------------------------------------------------------ Socket: connect
trap('connect with an undefined timeout fails fast (0 s), a missing one is 10 s', {
  services: { dyn: {} },
  names: (s) => ({ 'dyndns.synchro.net': s.dyn.address }),
  script: `${NOW}${OUT}
    var s = new Socket(); var t0 = now();
    var ok = s.connect("dyndns.synchro.net", 8467, undefined);
    var res = { ok: ok, error: s.error, ms: now() - t0 };
    s.close();
    var s2 = new Socket(); res.ok2 = s2.connect("DynDNS.synchro.net", 8467); res.remote = s2.remote_port;
    res.connected = s2.is_connected; s2.close();
    out(res);`,
  check(r) {
    const j = lastJson(r);
    assert.equal(j.ok, false);
    assert.equal(j.error, 110, 'ETIMEDOUT');
    assert.ok(j.ms < 500, `took ${j.ms} ms`);
    assert.equal(j.ok2, true);
    assert.equal(j.remote, 8467, 'remote_port is the asked port');
    assert.equal(j.connected, true);
    const c = r.sockets.filter((x) => x.op === 'connect');
    assert.equal(c[0].timeoutType, 'undefined');
    assert.equal(c[0].timeoutMs, 0);
    assert.equal(c[0].port, 8467);
    assert.equal(c[1].timeoutType, 'missing');
    assert.equal(c[1].timeoutMs, 10000);
  },
});

trap('connect failures: refused, retry on the same Socket, unknown name, non-loopback; close() overwrites error', {
  services: { closed: 'closedPort' },
  names: (s) => ({ 'dyndns.synchro.net': `127.0.0.1:${s.closed}` }),
  script: `${NOW}${OUT}
    var s = new Socket(); var res = {};
    res.r1 = s.connect("dyndns.synchro.net", 8467, 2); res.e1 = s.error; res.es1 = s.error_str;
    res.r2 = s.connect("dyndns.synchro.net", 8467, 2); res.e2 = s.error;
    res.lipBefore = s.local_ip_address;
    s.close(); res.e3 = s.error; s.close(); res.e4 = s.error; res.lipAfter = typeof s.local_ip_address;
    res.famAfter = typeof s.family;
    var u = new Socket(); res.r3 = u.connect("no-such-host.invalid", 8467, 1); res.e5 = u.error; res.es5 = u.error_str; u.close();
    var v = new Socket(); var t0 = now(); res.r4 = v.connect("192.0.2.1", 8467, 5); res.e6 = v.error; res.ms6 = now() - t0; v.close();
    out(res);`,
  check(r) {
    const j = lastJson(r);
    assert.equal(j.r1, false);
    assert.equal(j.e1, 111, 'ECONNREFUSED');
    assert.equal(j.es1, 'Connection refused');
    assert.equal(j.r2, false, 'one Socket serves one connect attempt');
    assert.equal(j.lipBefore, '0.0.0.0');
    assert.equal(j.e3, 107, 'close() overwrote error with ENOTCONN');
    assert.equal(j.e4, 107);
    assert.equal(j.lipAfter, 'undefined');
    assert.equal(j.famAfter, 'undefined');
    assert.equal(j.r3, false);
    assert.equal(j.e5, -2);
    assert.equal(j.es5, 'Name or service not known');
    assert.equal(j.r4, false);
    assert.equal(j.e6, 101, 'ENETUNREACH: nothing leaves loopback');
    assert.ok(j.ms6 < 500);
  },
});

trap('connect to a listener that never accepts times out after the (fractional) timeout', {
  services: { hung: 'hungListener' },
  names: (s) => ({ 'dyndns.synchro.net': s.hung.address }),
  script: `${NOW}${OUT}
    var s = new Socket(); var t0 = now();
    var ok = s.connect("dyndns.synchro.net", 8467, 1.5);
    var res = { ok: ok, error: s.error, ms: now() - t0 };
    s.close(); out(res);`,
  check(r) {
    const j = lastJson(r);
    assert.equal(j.ok, false);
    assert.equal(j.error, 110);
    assert.ok(j.ms >= 1400 && j.ms < 3000, `took ${j.ms} ms`);
  },
});

// ------------------------------------------------------------------ Socket: recvline / recv
trap('recvline against a peer trickling one byte per 0.5 s outlasts its 1 s timeout', {
  services: { dyn: { script: [{ trickle: 'id?xyz\r\n', intervalMs: 500 }] } },
  names: (s) => ({ 'dyndns.synchro.net': s.dyn.address }),
  script: `${NOW}${OUT}
    var s = new Socket(); s.connect("dyndns.synchro.net", 8467, 2);
    var t0 = now(); var line = s.recvline(512, 1); var ms = now() - t0;
    s.sendline("VERT"); var ok = s.recvline(512, 2); s.close();
    out({ line: line, ms: ms, ok: ok });`,
  check(r, svc) {
    const j = lastJson(r);
    assert.equal(j.line, 'id?xyz');
    assert.ok(j.ms > 3000, `the line came after ${j.ms} ms, so the 1 s timeout (+2 s slack) never fired`);
    assert.equal(j.ok, 'ok');
    assert.equal(svc.dyn.sessions[0].answers[0].answer, 'VERT');
  },
});

trap('recvline on a silent peer returns null after the whole-second timeout; recv returns ""', {
  services: { dyn: { script: [{ silent: true }] } },
  names: (s) => ({ 'dyndns.synchro.net': s.dyn.address }),
  script: `${NOW}${OUT}
    var s = new Socket(); s.connect("dyndns.synchro.net", 8467, 2);
    var t0 = now(); var line = s.recvline(512, 1); var ms = now() - t0;
    t0 = now(); var data = s.recv(512, 1); var ms2 = now() - t0;
    var conn = s.is_connected; s.close();
    out({ line: line, ms: ms, data: data, ms2: ms2, conn: conn });`,
  check(r) {
    const j = lastJson(r);
    assert.equal(j.line, null);
    assert.ok(j.ms >= 1000 && j.ms < 3600, `recvline took ${j.ms} ms`);
    assert.equal(j.data, '');
    assert.ok(j.ms2 >= 900 && j.ms2 < 2000, `recv took ${j.ms2} ms`);
    assert.equal(j.conn, true);
  },
});

trap('recvline: CR/LF stripping, "" for an empty line, NUL truncation, maxlen, partial line at close, bytes', {
  services: {
    dyn: {
      script: [
        { raw: Buffer.concat([Buffer.from('abc\r\n\r\nde\0f\r\nlong-line\n'), Buffer.from([0x41, 0xe9, 0xff, 0x0d, 0x0a])]), expectAnswer: false },
        { read: true },
        { raw: 'tail' },
        { close: true },
      ],
    },
  },
  names: (s) => ({ 'dyndns.synchro.net': s.dyn.address }),
  script: `${OUT}
    var s = new Socket(); s.connect("dyndns.synchro.net", 8467, 2); var res = {};
    res.l1 = s.recvline(); res.l2 = s.recvline(); res.l3 = s.recvline(); res.l4 = s.recvline(4);
    res.l5 = s.readline(); var b = s.readln(); res.codes = [b.charCodeAt(0), b.charCodeAt(1), b.charCodeAt(2), b.length];
    res.sent = s.send("X\\u00e9\\u0141"); res.sl = s.sendline("");
    mswait(400);
    res.ic1 = s.is_connected; res.dw = s.data_waiting; res.nr = s.nread;
    res.l6 = s.recvline(512, 2); res.ic2 = s.is_connected; res.dw2 = s.data_waiting;
    res.l7 = s.recvline(512, 1); res.r = s.recv(512, 1); res.p = s.poll(0);
    s.close(); res.sendAfterClose = typeof s.send("x");
    out(res);`,
  check(r, svc) {
    const j = lastJson(r);
    assert.equal(j.l1, 'abc');
    assert.equal(j.l2, '', 'an empty line is ""');
    assert.equal(j.l3, 'de', 'a NUL byte ends the string');
    assert.equal(j.l4, 'long', 'maxlen returns what it has');
    assert.equal(j.l5, '-line');
    assert.deepEqual(j.codes, [0x41, 0xe9, 0xff, 3], 'received bytes are chars 0-255');
    assert.equal(j.sent, 3);
    assert.equal(j.sl, true);
    assert.equal(j.ic1, true, 'is_connected stays true while unread data remains after the peer closed');
    assert.equal(j.dw, true);
    assert.equal(j.nr, 4);
    assert.equal(j.l6, 'tail', 'a partial line at close comes back like a full one');
    assert.equal(j.ic2, false);
    assert.equal(j.dw2, false);
    assert.equal(j.l7, null);
    assert.equal(j.r, '');
    assert.equal(j.p, 1, 'poll: EOF is readable');
    assert.equal(j.sendAfterClose, 'undefined');
    const raw = svc.dyn.sessions[0].rawReceived;
    assert.deepEqual([...raw], [0x58, 0xe9, 0x41, 0x0d, 0x0a], 'chars above 0xFF lose their high byte');
  },
});

// ------------------------------------------------------------------ exit, globals, output
trap('exit() inside try/catch/finally exits with its code and skips catch and finally', {
  script: `
    function inner() { try { print("before"); exit(7); print("after-exit"); } catch (e) { print("caught " + e); } finally { print("finally"); } }
    try { inner(); } catch (e2) { print("outer caught"); } finally { print("outer finally"); }
    print("end");`,
  check(r) {
    assert.equal(r.exitCode, 7);
    assert.equal(r.exitCalled, true);
    assert.equal(r.stdout, 'before\n');
    assert.equal(r.uncaught, null);
    assert.deepEqual(r.lateOps, []);
  },
});

trap('exit() with a non-number is 0; exit_code set by the script is the status', {
  script: `exit_code = 4; print("x"); exit("3");`,
  check(r) { assert.equal(r.exitCode, 0); },
});

trap('exit_code without exit() is the status; an uncaught error exits 1 with !JavaScript on stderr', {
  contexts: ['jsexec'],
  script: `print("a");\nvar o = null;\no.boom();\n`,
  check(r) {
    assert.equal(r.exitCode, 1);
    assert.match(r.uncaught, /TypeError/);
    assert.match(r.stderr, /^!JavaScript .* line 3: TypeError/m);
    assert.match(r.stderr, /!Module \(.*\) set exit_code: 1/);
    assert.equal(r.stdout, 'a\n');
  },
});

trap('globals: no SOCK_STREAM/SOCK_DGRAM, Socket statics (SOCK_DGRAM bug), errno/LOG constants, system, js, load', {
  script: `${OUT}
    var res = { ss: typeof SOCK_STREAM, sd: typeof SOCK_DGRAM, SS: Socket.SOCK_STREAM, SD: Socket.SOCK_DGRAM,
      et: ETIMEDOUT, ecr: ECONNREFUSED, ein: EINPROGRESS, enc: ENOTCONN, ecrs: ECONNRESET,
      enu: typeof ENETUNREACH, ehu: typeof EHOSTUNREACH, le: LOG_ERROR, lerr: LOG_ERR, lw: LOG_WARNING, ld: LOG_DEBUG,
      inv: INVALID_SOCKET, ver: system.version, vn: system.version_num, qwk: system.qwk_id, cd: system.ctrl_dir,
      jv: js.version, t: typeof time(), fe: file_exists(system.ctrl_dir), fe2: file_exists("modopts.ini"),
      user: typeof user, server: typeof server, thisIsGlobal: this === js.global, gargv: js.global.argv.length,
      rl: typeof readline, q: typeof quit, con: typeof console, fmt: format("%-3s|%03d|%.1f|%x", "a", 7, 2.25, 255) };
    var t0 = new Date().getTime(); res.ms = mswait(50); res.wall = new Date().getTime() - t0;
    try { load("modopts.js", "dyndns"); res.load = "loaded"; } catch (e) { res.load = "threw"; }
    try { new Socket(true, "dyndns"); res.trap = "no"; } catch (e) { res.trap = "threw"; }
    var u6 = new Socket(true); res.fam6 = u6.family; u6.close();
    out(res);`,
  ctrl: { 'modopts.ini': '[dyndns]\n' },
  system: { qwk_id: 'VERT' },
  check(r) {
    const j = lastJson(r);
    assert.equal(j.ss, 'undefined');
    assert.equal(j.sd, 'undefined');
    assert.equal(j.SS, 1);
    assert.equal(j.SD, 1);
    assert.deepEqual([j.et, j.ecr, j.ein, j.enc, j.ecrs], [110, 111, 115, 107, 104]);
    assert.equal(j.enu, 'undefined', 'js_global.cpp defines no ENETUNREACH');
    assert.equal(j.ehu, 'undefined', 'js_global.cpp defines no EHOSTUNREACH');
    assert.deepEqual([j.le, j.lerr, j.lw, j.ld, j.inv], [3, 3, 4, 7, -1]);
    assert.equal(j.ver, '3.22');
    assert.equal(j.vn, 32200);
    assert.equal(j.qwk, 'VERT');
    assert.match(j.cd, /\/$/);
    assert.equal(j.jv, 'JavaScript-C 1.8.5 2011-03-31');
    assert.equal(j.t, 'number');
    assert.equal(j.fe, false, 'file_exists is false for a directory');
    assert.equal(j.fe2, true, 'relative paths resolve against the ctrl dir');
    assert.equal(j.user, 'object');
    assert.equal(j.server, 'undefined', 'jsexec has no server object');
    assert.equal(j.thisIsGlobal, true);
    assert.equal(j.gargv, 0);
    assert.equal(j.rl, 'undefined', 'shell globals are removed');
    assert.equal(j.q, 'undefined');
    assert.equal(j.con, 'undefined');
    assert.equal(j.fmt, 'a  |007|2.2|ff'.replace('2.2', (2.25).toFixed(1)));
    assert.ok(j.ms >= 49 && j.ms < 500, `mswait returned ${j.ms}`);
    assert.ok(j.wall >= 45);
    assert.equal(j.load, 'threw');
    assert.equal(j.trap, 'threw');
    assert.equal(j.fam6, 10);
  },
});

trap('jsexec output: print/write/alert to stdout, log <= WARNING to stderr, INFO only on a tty, DEBUG dropped', {
  script: `print("p1", 2); writeln("w"); write("no-nl"); printf("%s!", "pf"); alert("al");
    log(LOG_ERR, "err-line"); log(LOG_WARNING, "warn-a", "warn-b"); log("info-line"); log(LOG_NOTICE, "notice");
    log(LOG_DEBUG, "debug-line"); log(7);`,
  variants: [{ stdinTty: false }, { stdinTty: true }],
  check(r, svc, v) {
    assert.equal(r.stdout, 'p12\nw\nno-nlpf!!al\n');
    const base = 'err-line\nwarn-a\nwarn-b\n';
    if (v.stdinTty) assert.equal(r.stderr, `${base}info-line\nnotice\n7\n`);
    else assert.equal(r.stderr, base);
    assert.ok(!r.stderr.includes('debug-line'));
    assert.deepEqual(r.output.find((x) => x.text === 'notice'), { via: 'log', level: 5, text: 'notice' });
  },
});

trap('event context: `this` is a scope object (not the global), server exists, argv is not global, output goes to the event log', {
  contexts: ['event'],
  server: { interface_ip_address: '127.0.0.1' },
  script: `${OUT}
    print("hello", "world"); alert("al\\x01ert"); log(LOG_DEBUG, "dbg"); log(LOG_ERR, "bad");
    out({ thisIsGlobal: this === js.global, typeofServer: typeof server, thisServer: typeof this.server,
      globalServer: typeof js.global.server, gArgv: typeof js.global.argv, argv: argv.join("|"), argc: argc,
      thisArgv: this.argv && this.argv.length, iface: server.interface_ip_address, list: server.interface_ip_addr_list.length,
      env: typeof env, con: typeof console, scopeIsThis: js.scope === this });`,
  argv: ['pass word', '-mx'],
  check(r) {
    const j = lastJson(r);
    assert.equal(j.thisIsGlobal, false);
    assert.equal(j.typeofServer, 'object');
    assert.equal(j.thisServer, 'undefined', 'this.server is undefined in a timed event');
    assert.equal(j.globalServer, 'object');
    assert.equal(j.gArgv, 'undefined');
    assert.equal(j.argv, 'pass word|-mx');
    assert.equal(j.argc, 2);
    assert.equal(j.thisArgv, 2);
    assert.equal(j.iface, '127.0.0.1');
    assert.equal(j.list, 1);
    assert.equal(j.env, 'undefined');
    assert.equal(j.con, 'object');
    assert.equal(j.scopeIsThis, true);
    assert.deepEqual(r.eventLog.slice(0, 5), [
      { level: 6, text: 'hello' }, { level: 6, text: 'world' }, { level: 4, text: 'alert' },
      { level: 7, text: 'dbg' }, { level: 3, text: 'bad' },
    ]);
    assert.equal(r.stdout, '');
    assert.equal(r.exitCode, 0);
  },
});

trap('event context: an uncaught error returns -1 and is logged at LOG_ERR', {
  contexts: ['event'],
  script: 'undefinedFunction();\n',
  check(r) {
    assert.equal(r.exitCode, -1);
    assert.ok(r.eventLog.some((e) => e.level === 3 && /^!JavaScript .* line 1: ReferenceError/.test(e.text)), JSON.stringify(r.eventLog));
  },
});

// ------------------------------------------------------------------ File and ini
trap('File.open() with no mode is "w+" and truncates the real file; "r" on a missing file is false', {
  ctrl: { 'keep.txt': 'hello\n', 'data.txt': 'precious\n' },
  script: `${OUT}
    var f = new File("data.txt"); var o = f.open(); var isOpen = f.is_open; f.close();
    var k = new File(system.ctrl_dir + "keep.txt"); k.open("r"); var c = k.readln(); var eof = k.readln(); k.close();
    var m = new File("missing.ini"); var om = m.open("r");
    out({ o: o, isOpen: isOpen, c: c, eof: eof, om: om, ex: m.exists, again: f.open("r") && f.read() });`,
  check(r, svc, v, env) {
    const j = lastJson(r);
    assert.equal(j.o, true);
    assert.equal(j.isOpen, true);
    assert.equal(j.c, 'hello');
    assert.equal(j.eof, null);
    assert.equal(j.om, false);
    assert.equal(j.ex, false);
    assert.equal(j.again, '');
    assert.equal(fs.readFileSync(path.join(env.ctrlDir, 'data.txt'), 'latin1'), '', 'the file was truncated');
    assert.equal(r.files.find((x) => x.path === 'data.txt').truncated, true);
  },
});

const INI = [
  '; stock-like modopts.ini',
  'rootkey = rootval',
  '[dyndns]',
  'password = 0123',
  'mx = 007.50',
  'hex = 0x1F',
  'wc = TRUE',
  'empty =',
  'neg = -5',
  'big = 12345678901',
  'Password = second',
  'quoted : "a\\tb"',
  '  ; indented comment',
  'noseparator',
  '[DynDNS]',
  'password = shadowed',
  '[a|alias]',
  'k = v',
  '',
].join('\n');

trap('ini: iniGetObject coerces ("0123" -> 123, "007.50" -> 7.5, 0x1F, true, blank), iniGetValue(.., "") is verbatim', {
  ctrl: { 'modopts.ini': INI },
  script: `${OUT}
    var f = new File("modopts.ini"); f.open("r");
    var o = f.iniGetObject("dyndns"); var ob = f.iniGetObject("dyndns", false, true); var ol = f.iniGetObject("dyndns", true);
    var res = {
      pw: o.password, pwType: typeof o.password, mx: o.mx, hex: o.hex, wc: o.wc, hasEmpty: "empty" in o, emptyType: typeof o.empty,
      blank: ob.empty, neg: o.neg, big: o.big, Password: o.Password, lowerPw: ol.password, tab: o.quoted,
      keys: Object.keys(o).join(","),
      vs: f.iniGetValue("dyndns", "password", ""), vmx: f.iniGetValue("dyndns", "mx", ""), vn: f.iniGetValue("dyndns", "password", 0),
      vnone: f.iniGetValue("dyndns", "password"), vhex: f.iniGetValue("dyndns", "hex", 0), vabc: f.iniGetValue("dyndns", "neg", 0),
      vblank: f.iniGetValue("dyndns", "empty", "dflt"), vmiss: f.iniGetValue("dyndns", "missing", ""),
      vbool: f.iniGetValue("dyndns", "wc", false), vfloat: f.iniGetValue("dyndns", "mx", 0.5),
      vnull: f.iniGetValue("dyndns", "password", null), vnullMiss: f.iniGetValue("dyndns", "missing", null),
      vcase: f.iniGetValue("DYNDNS", "PASSWORD", ""), vexact: f.iniGetValue("DynDNS", "password", ""),
      vroot: f.iniGetValue(null, "rootkey", ""), root: f.iniGetObject(), nosec: f.iniGetObject("nosuch"),
      rootNullFlags: Object.keys(f.iniGetObject(null, true)).join(","),
      secs: f.iniGetSections().join(","), keysList: f.iniGetKeys("dyndns").join(","), alias: f.iniGetValue("alias", "k", ""),
      all: f.iniGetAllObjects().length
    };
    f.close(); res.closedValue = f.iniGetValue("dyndns", "password", "d"); res.closedObj = f.iniGetObject("dyndns");
    out(res);`,
  check(r) {
    const j = lastJson(r);
    assert.equal(j.pw, 123);
    assert.equal(j.pwType, 'number');
    assert.equal(j.mx, 7.5);
    assert.equal(j.hex, 31);
    assert.equal(j.wc, true);
    assert.equal(j.hasEmpty, true);
    assert.equal(j.emptyType, 'undefined');
    assert.equal(j.blank, '');
    assert.equal(j.neg, '-5');
    assert.equal(j.big, 3755744309, 'digits wrap at 2^32 as on 1.8.5');
    assert.equal(j.Password, 'second');
    assert.equal(j.lowerPw, 'second', 'lowercase: the later key overwrites');
    assert.equal(j.tab, 'a\tb', '"k : v" decodes C escapes');
    assert.equal(j.keys, 'password,mx,hex,wc,empty,neg,big,Password,quoted');
    assert.equal(j.vs, '0123', 'string default: verbatim');
    assert.equal(j.vmx, '007.50');
    assert.equal(j.vn, 83, 'number default: strtol base 0');
    assert.equal(j.vnone, 123, 'no default: coerced like iniGetObject');
    assert.equal(j.vhex, 31);
    assert.equal(j.vabc, -5);
    assert.equal(j.vblank, 'dflt', 'a blank value gives the default');
    assert.equal(j.vmiss, '');
    assert.equal(j.vbool, true);
    assert.equal(j.vfloat, 7.5);
    assert.deepEqual(j.vnull, ['0123']);
    assert.deepEqual(j.vnullMiss, ['null']);
    assert.equal(j.vcase, '0123', 'section: any case when no exact match; keys any case, first wins');
    assert.equal(j.vexact, 'shadowed', 'section: exact case first');
    assert.equal(j.vroot, 'rootval');
    assert.deepEqual(j.root, { rootkey: 'rootval' });
    assert.equal(j.nosec, null);
    assert.equal(j.rootNullFlags, 'rootkey');
    assert.equal(j.secs, 'dyndns,a|alias');
    assert.equal(j.keysList, 'password,mx,hex,wc,empty,neg,big,Password,quoted');
    assert.equal(j.alias, 'v');
    assert.equal(j.all, 2);
    assert.equal(j.closedValue, 'd');
    assert.equal(j.closedObj, null);
  },
});

trap('ini: !include <glob> at column 0 (cwd = ctrl dir), matches in reverse order, nested, no match = nothing, !eof', {
  ctrl: {
    'modopts.ini': '!include modopts.d/*.ini\n!include nothing/*.ini\n[other]\nx = 1\n !include modopts.d/b.ini\n!eof\n[late]\ny = 2\n',
    'modopts.d/b.ini': '[dyndns]\npassword = fromB\n!include nested/*.ini\n',
    'modopts.d/a.ini': '[dyndns]\npassword = fromA\nmx = mx.a\n',
    'modopts.d/sub.ini/keep': 'directory named like a match: skipped\n',
    'nested/c.ini': '[nested]\nv = 1\n',
  },
  script: `${OUT}
    var f = new File("modopts.ini"); f.open("r");
    out({ pw: f.iniGetValue("dyndns", "password", ""), mx: f.iniGetValue("dyndns", "mx", ""),
      nested: f.iniGetObject("nested"), other: f.iniGetObject("other"), late: f.iniGetObject("late"),
      secs: f.iniGetSections().join(",") });`,
  check(r) {
    const j = lastJson(r);
    assert.equal(j.pw, 'fromB', 'each match is inserted right after the directive: reverse order; the first section wins');
    assert.equal(j.mx, '', 'a.ini\'s [dyndns] comes second and is never read');
    assert.deepEqual(j.nested, { v: 1 }, 'nested include resolved against the ctrl dir');
    assert.deepEqual(j.other, { x: 1 }, 'an indented !include is not a directive');
    assert.equal(j.late, null, '!eof ends the file');
    assert.equal(j.secs, 'dyndns,nested,other');
  },
});

trap('file_cfgname: host.domain, host, Linux, local (3.22), then plain name', {
  ctrl: { 'a.ini': '', 'a.Linux.ini': '', 'b.ini': '', 'b.local.ini': '', 'c.bbs.ini': '', 'c.Linux.ini': '', 'd.bbs.example.com.ini': '', 'd.bbs.ini': '' },
  hostName: 'bbs.example.com',
  script: `${OUT}
    var d = system.ctrl_dir;
    out({ a: file_cfgname(d, "a.ini").slice(d.length), b: file_cfgname(d, "b.ini").slice(d.length), c: file_cfgname(d, "c.ini").slice(d.length),
      d: file_cfgname(d, "d.ini").slice(d.length), e: file_cfgname(d, "e.ini").slice(d.length), nd: file_cfgname(d.slice(0, -1), "e.ini").slice(d.length) });`,
  check(r) {
    assert.deepEqual(lastJson(r), { a: 'a.Linux.ini', b: 'b.local.ini', c: 'c.bbs.ini', d: 'd.bbs.example.com.ini', e: 'e.ini', nd: 'e.ini' });
  },
});

// ------------------------------------------------------------------ bind, UDP/IPv6
trap('bind: loopback aliases bind for real, foreign addresses fail, 255.255.255.255 binds and connects from an ordinary source', {
  contexts: ['event'],
  services: { dyn: { script: ['id?'] } },
  names: (s) => ({ 'dyndns.synchro.net': s.dyn.address }),
  server: { interface_ip_address: '127.0.0.2' },
  script: `${OUT}
    var res = {};
    var s = new Socket(); res.b = s.bind(0, server.interface_ip_address); res.lip = s.local_ip_address;
    res.c = s.connect("dyndns.synchro.net", 8467, 2); res.lip2 = s.local_ip_address; res.line = s.recvline(512, 2); s.sendline("X"); s.close();
    var f = new Socket(); res.fb = f.bind(0, "192.0.2.55"); res.fe = f.error; f.close();
    var g = new Socket(); res.gb = g.bind(0, "::1"); res.ge = g.error; g.close();
    var h = new Socket(); res.hb = h.bind(0, "255.255.255.255"); res.hc = h.connect("dyndns.synchro.net", 8467, 2); res.he = h.error; h.close();
    var n = new Socket(); res.nb = n.bind(0, "dyndns.synchro.net"); res.ne = n.error; n.close();
    out(res);`,
  check(r, svc) {
    const j = lastJson(r);
    assert.equal(j.b, true);
    assert.equal(j.lip, '127.0.0.2');
    assert.equal(j.c, true);
    assert.equal(j.lip2, '127.0.0.2');
    assert.equal(j.line, 'id?');
    assert.equal(svc.dyn.sessions[0].remoteAddress, '127.0.0.2', 'the service saw the bound source address');
    assert.equal(j.fb, false);
    assert.equal(j.fe, 99, 'EADDRNOTAVAIL');
    assert.equal(j.gb, false);
    assert.equal(j.ge, 97, 'IPv6 address on an IPv4 socket');
    assert.equal(j.hb, true);
    assert.equal(j.hc, true);
    assert.equal(j.nb, false);
    assert.equal(j.ne, -2, 'bind takes numeric addresses only');
  },
});

trap('UDP IPv6 self-detection: connect sends nothing; local_ip_address is ipv6Local when set', {
  variants: [{ ipv6Local: '2600:3c00::f03c:91ff:fe93:1' }, { ipv6Local: null }],
  names: () => ({ 'dyndns.synchro.net': '127.0.0.1:9' }),
  script: `${OUT}
    var s = new Socket(2, "dyndns", true); var res = { fam: s.family, type: s.type };
    res.c = s.connect("2001:4860:4860::8888", 53); res.e = s.error; res.lip = s.local_ip_address; s.close();
    var t = new Socket(2, "dyndns", true); res.c2 = t.connect("dyndns.synchro.net", 53); t.close();
    var u = new Socket(2, "dyndns", true); res.c3 = u.connect("192.0.2.1", 53); u.close();
    out(res);`,
  check(r, svc, v) {
    const j = lastJson(r);
    assert.equal(j.fam, 10);
    assert.equal(j.type, 2);
    if (v.ipv6Local) {
      assert.equal(j.c, true);
      assert.equal(j.lip, v.ipv6Local);
      assert.equal(j.c2, true);
    } else {
      assert.equal(j.c, false);
      assert.equal(j.e, 101);
      assert.equal(j.c2, false);
    }
    assert.equal(j.c3, false);
    const c = r.sockets.filter((x) => x.op === 'connect');
    assert.equal(c.length, 3, 'UDP connects are recorded');
    assert.deepEqual(r.sockets.find((x) => x.op === 'new').args, [{ type: 'number', v: 2 }, { type: 'string', v: 'dyndns' }, { type: 'boolean', v: true }]);
  },
});

// ------------------------------------------------------------------ engine-specific
trap('vm: the realm has no ES2015+ library (Map, Promise, includes, startsWith, Object.assign, ...)', {
  engines: ['vm'],
  script: `${OUT}
    var absent = ["Map", "Set", "WeakMap", "WeakSet", "Promise", "Symbol", "Proxy", "Reflect", "globalThis", "Intl", "BigInt"];
    var res = { present: [] }; var i;
    for (i = 0; i < absent.length; i++) { if (typeof eval("typeof " + absent[i] + " === 'undefined' ? undefined : " + absent[i]) !== "undefined") res.present.push(absent[i]); }
    var methods = { "Object.assign": Object.assign, "Object.entries": Object.entries, "Object.values": Object.values,
      "Object.is": Object.is, "Array.from": Array.from, "Array.of": Array.of,
      "includes": [].includes, "find": [].find, "findIndex": [].findIndex, "fill": [].fill, "flat": [].flat, "flatMap": [].flatMap,
      "entries": [].entries, "keys": [].keys, "values": [].values, "startsWith": "".startsWith, "endsWith": "".endsWith,
      "s.includes": "".includes, "repeat": "".repeat, "padStart": "".padStart, "padEnd": "".padEnd, "trimStart": "".trimStart,
      "trimEnd": "".trimEnd, "codePointAt": "".codePointAt, "normalize": "".normalize, "fromCodePoint": String.fromCodePoint,
      "Number.isInteger": Number.isInteger, "Number.isNaN": Number.isNaN, "Number.isFinite": Number.isFinite,
      "Number.parseInt": Number.parseInt, "Number.parseFloat": Number.parseFloat, "EPSILON": Number.EPSILON,
      "MAX_SAFE_INTEGER": Number.MAX_SAFE_INTEGER, "Object.getOwnPropertySymbols": Object.getOwnPropertySymbols,
      "Object.setPrototypeOf": Object.setPrototypeOf, "at": [].at, "s.at": "".at, "replaceAll": "".replaceAll,
      "matchAll": "".matchAll, "Error.captureStackTrace": Error.captureStackTrace,
      "trunc": Math.trunc, "sign": Math.sign, "log2": Math.log2, "log10": Math.log10, "hypot": Math.hypot, "cbrt": Math.cbrt };
    for (var k in methods) if (methods[k] !== undefined) res.present.push(k);
    res.es5 = [typeof JSON.parse, typeof Object.keys, typeof Array.isArray, typeof [].forEach, typeof "".trim,
      typeof Function.prototype.bind, typeof Date.now, typeof new Date().toISOString, typeof Object.create].join(",");
    try { [1].includes(1); res.threw = false; } catch (e) { res.threw = e instanceof TypeError; }
    res.num = [Number("12") === 12, Number() === 0, new Number(3) instanceof Number, (5).constructor === Number,
      typeof new Number(3), Number.MAX_VALUE > 1e300, (255).toString(16) === "ff", isNaN(Number("x"))].join(",");
    out(res);`,
  check(r) {
    const j = lastJson(r);
    assert.deepEqual(j.present, []);
    assert.equal(j.es5, Array(9).fill('function').join(','));
    assert.equal(j.threw, true);
    assert.equal(j.num, 'true,true,true,true,object,true,true,true');
  },
});

trap('ES2015 syntax is rejected (vm: acorn ES5 gate; js185: the engine itself)', {
  engines: ['vm', 'js185'],
  script: 'var f = (x) => x + 1;\nprint(f(1));\n',
  check(r) {
    assert.equal(r.exitCode, 1);
    assert.match(r.uncaught, /SyntaxError/);
    assert.equal(r.stdout, '');
  },
});

trap('killAfterMs kills a run that never ends', {
  engines: ['vm', 'js185'],
  killAfterMs: 600,
  script: 'print("start"); for (;;) {}',
  check(r) {
    assert.equal(r.killed, true);
    assert.equal(r.exitCode, null);
    assert.ok(r.elapsedMs < 3000);
    assert.equal(r.uncaught, 'emulator: killed after 600 ms (killAfterMs): the script did not end');
  },
});

// The root leak check (test/support/leaks.js) fails the run if the connect's timer or the
// mswait outlives it: a module that hangs must not hang mocha.
trap('killAfterMs: a run killed inside a connect() of 10^6 s or an mswait() of 10^9 ms leaves nothing running', {
  engines: ['vm', 'js185'],
  killAfterMs: 800,
  services: { hung: 'hungListener' },
  names: (s) => ({ 'dyndns.synchro.net': s.hung.address }),
  variants: [{ argv: ['connect'] }, { argv: ['mswait'] }],
  script: `var s = new Socket();
    if (argv[0] === 'connect') s.connect("dyndns.synchro.net", 8467, 1000000); else mswait(1000000000);
    print("never");`,
  check(r) {
    assert.equal(r.killed, true);
    assert.equal(r.stdout, '');
    assert.ok(r.elapsedMs < 3000, r.elapsedMs + ' ms');
  },
});

// ------------------------------------------------------------------ Socket: send faults on demand
trap('sendFaults: short sends take n bytes and return n; the k-th send fails with undefined and EPIPE', {
  engines: ['vm', 'js185'],
  sendFaults: { shortBytes: 2, failAt: 4 },
  services: { dyn: { script: [{ read: true }, { delayMs: 300 }] } },
  names: (s) => ({ 'dyndns.synchro.net': s.dyn.address }),
  script: `${OUT}
    var s = new Socket(); s.connect("dyndns.synchro.net", 8467, 2); var res = {};
    res.a = s.send("abcdef"); res.b = s.send("x"); res.c = s.send("yz\\n");
    res.d = typeof s.send("never"); res.e = s.error;
    res.f = s.send("\\n"); s.close();
    out(res);`,
  check(r, svc) {
    const j = lastJson(r);
    assert.deepEqual([j.a, j.b, j.c, j.d, j.e, j.f], [2, 1, 2, 'undefined', 32, 1]);
    assert.equal(svc.dyn.sessions[0].rawText, 'abxyz\n', 'only what each send took, nothing of the failed one');
    assert.deepEqual(r.sockets.filter((x) => x.op === 'send').map((x) => x.fault || null), ['short', null, 'short', 'fail', null]);
  },
});

// ------------------------------------------------------------------ the runs
const runs = [];
for (const c of cases) {
  for (const engine of c.engines) {
    for (const context of c.contexts || ['jsexec']) {
      for (const variant of c.variants || [{}]) {
        const label = [engine, context !== 'jsexec' ? context : null, Object.keys(variant).length ? JSON.stringify(variant) : null]
          .filter(Boolean).join(' ');
        runs.push({ c, engine, context, variant, label });
      }
    }
  }
}

async function makeServices(defs) {
  const svc = {};
  for (const [k, d] of Object.entries(defs || {})) {
    if (d === 'closedPort') svc[k] = await closedPort();
    else if (d === 'hungListener') svc[k] = await hungListener({ maxMs: 30000 });
    else svc[k] = await startFakeService({ maxSessionMs: 15000, answerTimeoutMs: 8000, lingerMs: 1000, ...d });
  }
  return svc;
}

async function closeServices(svc) {
  for (const v of Object.values(svc)) if (v && typeof v.close === 'function') await v.close();
}

describe('Synchronet host emulator traps', function () {
  this.timeout(60000);

  before(async function () {
    const files = new Map();
    for (const c of cases) files.set(c, scriptFile(c.script, 'trap'));
    const t0 = Date.now();
    const settled = await pool(runs.map((run) => async () => {
      const { c, engine, context, variant } = run;
      const svc = await makeServices(c.services);
      const ctrlDir = makeCtrlDir(c.ctrl || {});
      try {
        const r = await runScript({
          engine, context, script: files.get(c), ctrlDir, argv: c.argv || [],
          names: c.names ? c.names(svc) : {}, system: c.system, server: c.server, hostName: c.hostName,
          killAfterMs: c.killAfterMs || 20000, sendFaults: c.sendFaults, ...variant,
        });
        // let the fake service record the end of its session
        if (svc.dyn && svc.dyn.sessions) await Promise.race([Promise.all(svc.dyn.sessions.map((s) => s.done)), new Promise((res) => setTimeout(res, 1500).unref())]);
        return { r, svc, env: { ctrlDir } };
      } finally {
        await closeServices(svc);
      }
    }), 12);
    settled.forEach((s, i) => { runs[i].settled = s; });
    this.totalMs = Date.now() - t0;
  });

  for (const c of cases) {
    describe(c.name, function () {
      for (const run of runs.filter((x) => x.c === c)) {
        it(run.label, function () {
          const s = run.settled;
          if (!s.ok) throw s.error;
          const { r, svc, env } = s.value;
          try {
            c.check(r, svc, run.variant, env);
          } catch (e) {
            e.message += `\n  [${run.label}] exit=${r.exitCode} uncaught=${r.uncaught} stdout=${JSON.stringify(r.stdout).slice(0, 400)}` +
              ` engineStderr=${JSON.stringify(r.engineStderr || '').slice(0, 400)}`;
            throw e;
          }
        });
      }
    });
  }

  describe('engines', function () {
    it('a missing shell binary makes runScript reject (tests fail, not skip)', async function () {
      const p = scriptFile('print(1);', 'noshell');
      await assert.rejects(runScript({ engine: 'js185', script: p, shell: '/nonexistent/js185' }), /shell not found/);
    });
    it('every engine binary is present', function () {
      const { SHELLS } = require('./index');
      for (const e of ['js185', 'js102', 'js78', 'firefox-esr']) assert.ok(fs.existsSync(SHELLS[e]), `${e}: ${SHELLS[e]}`);
    });
  });
});
