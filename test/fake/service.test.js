'use strict';
// Self-tests of the fake DynDNS service, driven by plain Node sockets.

const assert = require('node:assert/strict');
const net = require('node:net');
const { startFakeService, closedPort, hungListener, DEFAULT_SCRIPT } = require('./service');

/** a line-oriented raw client */
function client(port, host = '127.0.0.1') {
  const sock = net.connect({ host, port });
  const c = { sock, chunks: [], lines: [], ended: false, error: null, waiters: [] };
  let buf = Buffer.alloc(0);
  const wake = () => { const w = c.waiters; c.waiters = []; w.forEach((f) => f()); };
  sock.on('data', (d) => {
    c.chunks.push({ at: Date.now(), d });
    buf = Buffer.concat([buf, d]);
    let nl;
    while ((nl = buf.indexOf(0x0a)) >= 0) {
      c.lines.push(buf.subarray(0, nl + 1).toString('latin1'));
      buf = buf.subarray(nl + 1);
    }
    wake();
  });
  sock.on('end', () => { c.ended = true; wake(); });
  sock.on('error', (e) => { c.error = e; c.ended = true; wake(); });
  c.connected = new Promise((res, rej) => { sock.once('connect', res); sock.once('error', rej); });
  c.line = async (ms = 3000) => {
    const until = Date.now() + ms;
    while (!c.lines.length && !c.ended && Date.now() < until) {
      // eslint-disable-next-line no-await-in-loop
      await new Promise((r) => { const t = setTimeout(r, until - Date.now()); c.waiters.push(() => { clearTimeout(t); r(); }); });
    }
    return c.lines.length ? c.lines.shift() : null;
  };
  c.end = async (ms = 3000) => {
    const until = Date.now() + ms;
    while (!c.ended && Date.now() < until) {
      // eslint-disable-next-line no-await-in-loop
      await new Promise((r) => { const t = setTimeout(r, until - Date.now()); c.waiters.push(() => { clearTimeout(t); r(); }); });
    }
    return c.ended;
  };
  c.send = (s) => sock.write(Buffer.from(s, 'latin1'));
  c.raw = () => Buffer.concat(c.chunks.map((x) => x.d));
  return c;
}

describe('fake DynDNS service', function () {
  this.timeout(15000);
  const open = [];
  afterEach(async () => { while (open.length) await open.pop().close(); });
  const start = async (o) => { const s = await startFakeService(o); open.push(s); return s; };

  it('speaks the default script (id? ... ttl?), CRLF lines, then ok and closes; records answers and latency', async () => {
    const svc = await start();
    assert.equal(svc.host, '127.0.0.1');
    const c = client(svc.port);
    const answers = { 'id?': 'VERT', 'pw?': 'secret' };
    const prompts = [];
    for (;;) {
      const l = await c.line();
      assert.ok(l !== null, 'a line');
      assert.ok(l.endsWith('\r\n'));
      const p = l.slice(0, -2);
      prompts.push(p);
      if (p === 'ok') break;
      c.send(`${answers[p] || ''}\r\n`);
    }
    assert.deepEqual(prompts, [...DEFAULT_SCRIPT, 'ok']);
    assert.equal(await c.end(), true, 'the service closed after ok');
    c.sock.end();
    const [s] = await svc.waitForSessions(1);
    assert.deepEqual(s.answers.map((a) => [a.prompt, a.answer]), DEFAULT_SCRIPT.map((p) => [p, answers[p] || '']));
    for (const a of s.answers) assert.ok(typeof a.latencyMs === 'number' && a.latencyMs >= 0 && a.latencyMs < 1000);
    assert.equal(s.rawText, 'VERT\r\nsecret\r\n' + '\r\n'.repeat(7));
    assert.equal(s.clientClosedFirst, false);
    assert.ok(s.startedAt <= s.endedAt);
    assert.equal(s.remoteAddress, '127.0.0.1');
  });

  it('LF-only line endings on request; a client closing first is recorded', async () => {
    const svc = await start({ lf: true, script: ['id?', 'pw?'] });
    const c = client(svc.port);
    assert.equal(await c.line(), 'id?\n');
    c.send('X\n');
    assert.equal(await c.line(), 'pw?\n');
    c.sock.end();
    const [s] = await svc.waitForSessions(1);
    assert.equal(s.clientClosedFirst, true);
    assert.deepEqual(s.answers.map((a) => a.answer), ['X', null]);
  });

  it('closeDelayMs lets the client close first after ok', async () => {
    const svc = await start({ script: ['id?'], closeDelayMs: 2000 });
    const c = client(svc.port);
    await c.line();
    c.send('A\r\n');
    assert.equal(await c.line(), 'ok\r\n');
    c.sock.end();
    const [s] = await svc.waitForSessions(1);
    assert.equal(s.clientClosedFirst, true);
  });

  it('custom scripts: order, a rejection message and close, per-connection scripts', async () => {
    const svc = await start({ sessions: [['pw?', 'id?', { send: 'Invalid password', close: true }], ['id?', { close: true }]] });
    const c1 = client(svc.port);
    assert.equal(await c1.line(), 'pw?\r\n');
    c1.send('p\r\n');
    assert.equal(await c1.line(), 'id?\r\n');
    c1.send('i\r\n');
    assert.equal(await c1.line(), 'Invalid password\r\n');
    assert.equal(await c1.end(), true);
    const c2 = client(svc.port);
    assert.equal(await c2.line(), 'id?\r\n');
    c2.send('i\r\n');
    assert.equal(await c2.line(), null, 'closed before ok');
    assert.equal(c2.ended, true);
    const sessions = await svc.waitForSessions(2);
    assert.deepEqual(sessions[0].answers.map((a) => [a.prompt, a.answer]), [['pw?', 'p'], ['id?', 'i']]);
    assert.equal(sessions[0].clientClosedFirst, false);
    assert.deepEqual(sessions[1].answers.map((a) => a.answer), ['i']);
  });

  it('a message line in the middle awaits its answer like a prompt; {send:"ok"} ends the script', async () => {
    const svc = await start({ script: ['id?', { send: 'hello there' }, 'pw?', { send: 'ok' }] });
    const c = client(svc.port);
    const got = [];
    for (let i = 0; i < 4; i++) {
      const l = await c.line();
      got.push(l);
      if (l !== 'ok\r\n') c.send(`${i}\r\n`);
    }
    assert.deepEqual(got, ['id?\r\n', 'hello there\r\n', 'pw?\r\n', 'ok\r\n']);
    assert.equal(await c.line(500), null, 'no second ok');
  });

  it('trickles one byte per interval', async () => {
    const svc = await start({ script: [{ trickle: 'id?\r\n', intervalMs: 150 }] });
    const c = client(svc.port);
    const t0 = Date.now();
    assert.equal(await c.line(), 'id?\r\n');
    const ms = Date.now() - t0;
    assert.ok(ms >= 550 && ms < 2000, `5 bytes in ${ms} ms`);
    assert.ok(c.chunks.length >= 4, 'arrived in pieces');
    c.send('x\r\n');
    assert.equal(await c.line(), 'ok\r\n');
  });

  it('a repeating trickle goes on until the session limit', async () => {
    const svc = await start({ script: [{ trickle: 'ab', intervalMs: 50, repeat: true }], maxSessionMs: 700 });
    const c = client(svc.port);
    assert.equal(await c.end(3000), true, 'the service stopped by itself');
    const n = c.raw().length;
    assert.ok(n >= 8 && n <= 20, `${n} bytes`);
    assert.match(c.raw().toString(), /^(ab)+a?$/);
  });

  it('long lines, raw binary/NUL/control bytes', async () => {
    const svc = await start({ script: [{ longLine: 100000 }, { raw: Buffer.from([0, 1, 2, 0x1b, 0x7f, 0x9b, 0xff, 13, 10]) }, 'id?'] });
    const c = client(svc.port);
    const long = await c.line();
    assert.equal(long.length, 100002);
    assert.match(long, /^x+\r\n$/);
    c.send('\r\n');
    const bin = await c.line();
    assert.deepEqual([...Buffer.from(bin, 'latin1')], [0, 1, 2, 0x1b, 0x7f, 0x9b, 0xff, 13, 10]);
    c.send('\r\n');
    assert.equal(await c.line(), 'id?\r\n');
    c.send('V\r\n');
    assert.equal(await c.line(), 'ok\r\n');
    const [s] = await svc.waitForSessions(1);
    assert.deepEqual(s.answers.map((a) => a.prompt), ['<longLine 100000>', '\x00\x01\x02\x1b\x7f\x9b\xff', 'id?']);
  });

  it('endless unanswerable lines stop by themselves', async () => {
    const svc = await start({ script: [{ endless: true, maxLines: 3000 }] });
    const c = client(svc.port);
    assert.equal(await c.end(10000), true);
    const lines = c.raw().toString().split('\r\n').filter(Boolean);
    assert.equal(lines.length, 3000);
    assert.equal(lines[0], 'unexpected 0');
    const [s] = await svc.waitForSessions(1);
    assert.equal(s.endlessSent, 3000);
  });

  it('silent: says nothing and stays open until the client closes', async () => {
    const svc = await start({ script: [{ silent: true }] });
    const c = client(svc.port);
    await c.connected;
    assert.equal(await c.line(400), null);
    assert.equal(c.ended, false, 'still open');
    c.sock.end();
    const [s] = await svc.waitForSessions(1);
    assert.equal(s.clientClosedFirst, true);
    assert.equal(c.raw().length, 0);
  });

  it('close() ends a silent session and the listener', async () => {
    const svc = await startFakeService({ script: [{ silent: true }] });
    const c = client(svc.port);
    await c.connected;
    await new Promise((r) => setTimeout(r, 100));
    await svc.close();
    assert.equal(await c.end(2000), true);
    await assert.rejects(client(svc.port).connected, /ECONNREFUSED/);
  });

  it('an unanswered prompt is given up after answerTimeoutMs', async () => {
    const svc = await start({ script: ['id?'], answerTimeoutMs: 300 });
    const c = client(svc.port);
    assert.equal(await c.line(), 'id?\r\n');
    assert.equal(await c.end(2000), true);
    const [s] = await svc.waitForSessions(1);
    assert.deepEqual(s.answers, [{ prompt: 'id?', answer: null, latencyMs: null, timedOut: true }]);
  });

  it('closedPort() refuses connections', async () => {
    const port = await closedPort();
    await assert.rejects(client(port).connected, /ECONNREFUSED/);
  });

  it('hungListener(): a fresh connect does not complete within 1 s on this kernel', async () => {
    const hung = await hungListener({ maxMs: 10000 });
    try {
      const s = net.connect({ host: '127.0.0.1', port: hung.port });
      s.on('error', () => {});
      const connected = await new Promise((r) => {
        const t = setTimeout(() => r(false), 1000);
        s.once('connect', () => { clearTimeout(t); r(true); });
      });
      s.destroy();
      assert.equal(connected, false, `the accept queue (${hung.filled} pre-filled connects) should be full`);
    } finally {
      await hung.close();
    }
  });
});
