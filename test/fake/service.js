'use strict';
/*
 * Fake Synchronet DynDNS service (see docs/PROTOCOL.md) on 127.0.0.1, ephemeral port
 * (options.host and options.port choose another address, e.g. 127.0.0.3, and a fixed port).
 *
 *   const svc = await startFakeService({ script, sessions, lineEnding, ... });
 *   // svc.port, svc.host, svc.sessions, await svc.waitForSessions(n), await svc.close()
 *
 * A script is a list of steps run in order for one connection:
 *   'id?'                                a prompt: send the line, wait for the client's answer line,
 *                                        record {prompt, answer, latencyMs}
 *   {send: 'text', close?, expectAnswer?} send a line
 *   (send, raw, longLine and trickle steps whose bytes end in LF await the client's answer line like
 *   a prompt when more steps follow and the step does not close; expectAnswer overrides that)
 *   {close: true}                        close now (FIN)
 *   {reset: true}                        close now with RST
 *   {silent: true}                       say nothing; stay open until the client closes or close()
 *   {trickle: 'id?\r\n', intervalMs: 1000, repeat?: false, expectAnswer?}
 *                                        one byte per interval (forever with repeat, bounded by
 *                                        maxSessionMs)
 *   {raw: Buffer|string, expectAnswer?}  bytes as they are (latin1 for strings)
 *   {longLine: n, char?: 'x', expectAnswer?} a line of n bytes (default 'x')
 *   {endless: true, line?: 'unexpected', maxLines?: 20000, maxBytes?: 4 MiB, everyMs?}
 *                                        unanswerable lines as fast as the client reads (or one
 *                                        every everyMs), then close
 *   {delayMs: n}                         pause
 *   {read: true}                         wait for one client line without prompting (recorded with prompt null)
 * Default script: id? pw? ip? ip6? mx? txt? loc? wc? ttl?, then `ok`. `ok` is appended after the
 * last step unless the script ends the conversation itself (a close/reset/silent/endless step, a
 * repeating trickle, or a last step that is a {send}); options.ok true/false forces it. After the script the service closes the connection.
 * options.closeDelayMs: after the script, wait up to this long for the client to close first.
 * options.sessions: one script per connection in order (connections beyond the list use the last).
 * Everything is bounded (answerTimeoutMs, maxSessionMs, endless limits) so the service stops by itself.
 */

const net = require('node:net');
const { Worker } = require('node:worker_threads');

require('../support/register-ts');
/** By default the service asks every prompt, in the order every client knows. */
const DEFAULT_SCRIPT = require('../../src/shared/core/protocol').PROMPTS.slice();
const hr = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** `ok` follows the script unless the script ends the conversation its own way */
function scriptWantsOk(steps) {
  if (!steps.length) return true;
  const ends = (s) => s && typeof s === 'object' && (s.close || s.reset || s.silent || s.endless || (s.trickle !== undefined && s.repeat));
  if (steps.some(ends)) return false;
  const last = steps[steps.length - 1];
  return !(last && typeof last === 'object' && last.send !== undefined);
}

class Session {
  constructor(svc, sock, index, script) {
    this.svc = svc;
    this.sock = sock;
    this.index = index;
    this.script = script;
    this.remoteAddress = sock.remoteAddress;
    this.remotePort = sock.remotePort;
    this.startedAt = Date.now();
    this.t0 = hr();
    this.endedAt = null;
    this.answers = []; // {prompt, answer, latencyMs, timedOut?}
    this.events = []; // {t, dir: 'tx'|'rx'|'note', data}
    this.received = [];
    this.clientClosed = false;
    this.clientClosedAt = null;
    this.clientClosedFirst = null;
    this.serverClosed = false;
    this.serverClosedAt = null;
    this.reset = false;
    this.error = null;
    this.bytesSent = 0;
    this.lineBuf = Buffer.alloc(0);
    this.lines = [];
    this.lineWaiter = null;
    this.finished = false;
    this.done = new Promise((r) => { this._resolveDone = r; });
    sock.on('data', (d) => this.onData(d));
    sock.on('end', () => {
      if (!this.clientClosed) {
        this.clientClosed = true;
        this.clientClosedAt = Date.now();
        if (this.clientClosedFirst === null) this.clientClosedFirst = !this.serverClosed;
        this.events.push({ t: hr() - this.t0, dir: 'note', data: 'client FIN' });
      }
      this.wakeLine();
    });
    sock.on('error', (e) => {
      this.error = e.code || e.message;
      if (e.code === 'ECONNRESET') {
        this.reset = true;
        if (this.clientClosedFirst === null) this.clientClosedFirst = !this.serverClosed;
        if (!this.clientClosed) { this.clientClosed = true; this.clientClosedAt = Date.now(); }
      }
      this.wakeLine();
    });
    sock.on('close', () => {
      if (!this.clientClosed && !this.serverClosed) {
        this.clientClosed = true;
        this.clientClosedAt = Date.now();
        if (this.clientClosedFirst === null) this.clientClosedFirst = true;
      }
      this.wakeLine();
      this.finish();
    });
    sock.on('drain', () => { if (this.drainWaiter) { const w = this.drainWaiter; this.drainWaiter = null; w(); } });
  }

  get rawReceived() { return Buffer.concat(this.received); }
  get rawText() { return this.rawReceived.toString('latin1'); }
  get durationMs() { return (this.endedAt || Date.now()) - this.startedAt; }

  onData(d) {
    this.received.push(d);
    this.events.push({ t: hr() - this.t0, dir: 'rx', data: d.toString('latin1') });
    this.lineBuf = Buffer.concat([this.lineBuf, d]);
    let nl;
    while ((nl = this.lineBuf.indexOf(0x0a)) >= 0) {
      let line = this.lineBuf.subarray(0, nl).toString('latin1');
      if (line.endsWith('\r')) line = line.slice(0, -1);
      this.lines.push({ line, at: hr() });
      this.lineBuf = this.lineBuf.subarray(nl + 1);
    }
    if (this.lineBuf.length > 1 << 20) this.lineBuf = this.lineBuf.subarray(this.lineBuf.length - (1 << 20));
    this.wakeLine();
  }

  wakeLine() { if (this.lineWaiter) { const w = this.lineWaiter; this.lineWaiter = null; w(); } }

  /** next client line: {line, at} or null (closed / timeout) */
  async nextLine(timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.lines.length) return this.lines.shift();
      if (this.clientClosed || this.sock.destroyed || this.svc.closing) return null;
      const left = deadline - Date.now();
      if (left <= 0) return null;
      await new Promise((r) => {
        const t = setTimeout(() => { this.lineWaiter = null; r(); }, left);
        this.lineWaiter = () => { clearTimeout(t); r(); };
      });
    }
  }

  alive() { return !this.sock.destroyed && !this.serverClosed && !this.svc.closing && !this.reset; }

  write(buf) {
    if (!this.alive()) return false;
    this.events.push({ t: hr() - this.t0, dir: 'tx', data: buf.toString('latin1') });
    this.bytesSent += buf.length;
    return this.sock.write(buf);
  }

  async drain() {
    if (!this.sock.writableNeedDrain) return;
    await new Promise((r) => {
      const t = setTimeout(r, 2000);
      this.drainWaiter = () => { clearTimeout(t); r(); };
    });
  }

  line(text) { return Buffer.from(text + this.svc.lineEnding, 'latin1'); }

  async prompt(text, sendFn) {
    const sentAt = hr();
    await sendFn();
    const ans = await this.nextLine(this.svc.opts.answerTimeoutMs);
    const rec = { prompt: text, answer: ans ? ans.line : null, latencyMs: ans ? ans.at - sentAt : null };
    if (!ans) rec.timedOut = !this.clientClosed;
    this.answers.push(rec);
    return !!ans;
  }

  closeServer(reset) {
    if (this.serverClosed || this.sock.destroyed) return;
    this.serverClosed = true;
    this.serverClosedAt = Date.now();
    if (this.clientClosedFirst === null) this.clientClosedFirst = false;
    this.events.push({ t: hr() - this.t0, dir: 'note', data: reset ? 'server RST' : 'server FIN' });
    if (reset && typeof this.sock.resetAndDestroy === 'function') this.sock.resetAndDestroy();
    else {
      this.sock.end();
      // give the client a bounded time to read and close its side
      const t = setTimeout(() => this.sock.destroy(), this.svc.opts.lingerMs);
      t.unref();
    }
  }

  async run() {
    const steps = this.script.slice();
    const o = this.svc.opts;
    let wantOk = o.ok;
    if (wantOk === undefined) wantOk = scriptWantsOk(steps);
    if (wantOk) steps.push({ send: 'ok' });
    const sessionDeadline = Date.now() + o.maxSessionMs;
    try {
      for (let si = 0; si < steps.length; si++) {
        const step = steps[si];
        // a line the client should answer: more steps follow and this one does not close
        const answerDefault = (text) => si < steps.length - 1 && !step.close && /\n$/.test(text);
        const expects = (text) => (step.expectAnswer !== undefined ? step.expectAnswer : answerDefault(text));
        if (!this.alive() || Date.now() > sessionDeadline) break;
        if (typeof step === 'string') {
          if (!(await this.prompt(step, () => this.write(this.line(step))))) break;
          continue;
        }
        if (step.delayMs !== undefined) { await sleep(step.delayMs); continue; }
        if (step.read) {
          const ans = await this.nextLine(o.answerTimeoutMs);
          this.answers.push({ prompt: null, answer: ans ? ans.line : null, latencyMs: null });
          if (!ans) break;
          continue;
        }
        if (step.send !== undefined) {
          if (expects('\n')) { if (!(await this.prompt(step.send, () => this.write(this.line(step.send))))) break; }
          else this.write(this.line(step.send));
          if (step.close) { this.closeServer(false); break; }
          continue;
        }
        if (step.raw !== undefined) {
          const b = Buffer.isBuffer(step.raw) ? step.raw : Buffer.from(String(step.raw), 'latin1');
          if (expects(b.toString('latin1'))) {
            if (!(await this.prompt(b.toString('latin1').replace(/\r?\n$/, ''), () => this.write(b)))) break;
          } else this.write(b);
          if (step.close) { this.closeServer(false); break; }
          continue;
        }
        if (step.longLine !== undefined) {
          const b = Buffer.concat([Buffer.alloc(step.longLine, step.char || 'x'), Buffer.from(this.svc.lineEnding)]);
          const send = async () => { this.write(b); };
          if (expects('\n')) { if (!(await this.prompt(`<longLine ${step.longLine}>`, send))) break; }
          else await send();
          continue;
        }
        if (step.trickle !== undefined) {
          const b = Buffer.isBuffer(step.trickle) ? step.trickle : Buffer.from(String(step.trickle), 'latin1');
          const interval = step.intervalMs === undefined ? 1000 : step.intervalMs;
          const dribble = async () => {
            let i = 0;
            for (;;) {
              if (!this.alive() || Date.now() > sessionDeadline) return;
              this.write(b.subarray(i, i + 1));
              i++;
              if (i >= b.length) { if (!step.repeat) return; i = 0; }
              await sleep(interval);
            }
          };
          const expect = !step.repeat && expects(b.toString('latin1'));
          if (expect) {
            const text = b.toString('latin1').replace(/\r?\n$/, '');
            if (!(await this.prompt(text, dribble))) break;
          } else await dribble();
          continue;
        }
        if (step.endless) {
          const maxLines = step.maxLines || 20000;
          const maxBytes = step.maxBytes || 4 * 1024 * 1024;
          const text = step.line || 'unexpected';
          let sent = 0;
          for (let n = 0; n < maxLines && this.bytesSent < maxBytes; n++) {
            if (!this.alive() || Date.now() > sessionDeadline) break;
            if (!this.write(this.line(`${text} ${n}`))) await this.drain();
            sent++;
            if (step.everyMs) await sleep(step.everyMs);
            // Let the event loop breathe: the emulator's host side may share it.
            else if (sent % 64 === 0) await new Promise((r) => setImmediate(r));
          }
          this.endlessSent = sent;
          this.closeServer(false);
          break;
        }
        if (step.close) { this.closeServer(false); break; }
        if (step.reset) { this.closeServer(true); break; }
        if (step.silent) {
          while (this.alive() && !this.clientClosed && Date.now() < sessionDeadline) {
            await new Promise((r) => {
              const t = setTimeout(r, 100);
              this.lineWaiter = () => { clearTimeout(t); r(); };
            });
            this.lines = [];
          }
          break;
        }
        throw new Error(`fake service: unknown step ${JSON.stringify(step)}`);
      }
    } catch (e) {
      this.error = this.error || e.message;
    }
    if (o.closeDelayMs && this.alive()) {
      // give the client the chance to close first (e.g. after `ok`)
      const until = Date.now() + o.closeDelayMs;
      while (this.alive() && !this.clientClosed && Date.now() < until) {
        // eslint-disable-next-line no-await-in-loop
        await new Promise((r) => {
          const t = setTimeout(r, Math.min(50, until - Date.now()));
          this.lineWaiter = () => { clearTimeout(t); r(); };
        });
      }
    }
    this.closeServer(false);
  }

  finish() {
    if (this.finished) return;
    this.finished = true;
    this.endedAt = Date.now();
    this._resolveDone(this);
    this.svc.sessionFinished(this);
  }

  /** a JSON-friendly summary */
  toJSON() {
    return {
      index: this.index, remoteAddress: this.remoteAddress, answers: this.answers, clientClosedFirst: this.clientClosedFirst,
      reset: this.reset, rawText: this.rawText, durationMs: this.durationMs, error: this.error,
    };
  }
}

async function startFakeService(options = {}) {
  const opts = {
    lineEnding: options.lf ? '\n' : (options.lineEnding || '\r\n'),
    answerTimeoutMs: 10000,
    maxSessionMs: 30000,
    lingerMs: 5000,
    ...options,
  };
  const scripts = opts.sessions || [opts.script || DEFAULT_SCRIPT];
  const sessions = [];
  const sockets = new Set();
  const finishedWaiters = [];
  const svc = {
    host: options.host || '127.0.0.1',
    port: 0,
    sessions,
    opts,
    lineEnding: opts.lineEnding,
    closing: false,
    sessionFinished() {
      for (const w of finishedWaiters.slice()) w();
    },
  };
  const server = net.createServer({ allowHalfOpen: true }, (sock) => {
    sockets.add(sock);
    sock.on('close', () => sockets.delete(sock));
    const idx = sessions.length;
    const script = scripts[Math.min(idx, scripts.length - 1)];
    const s = new Session(svc, sock, idx, script);
    sessions.push(s);
    s.run();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port || 0, host: svc.host }, resolve);
  });
  svc.port = server.address().port;
  svc.server = server;
  svc.address = svc.host.includes(':') ? `[${svc.host}]:${svc.port}` : `${svc.host}:${svc.port}`;
  svc.waitForSessions = (n, timeoutMs = 15000) => new Promise((resolve, reject) => {
    const check = () => {
      const done = sessions.filter((s) => s.finished);
      if (done.length >= n) {
        cleanup();
        resolve(sessions.slice(0, Math.max(n, sessions.length)));
        return true;
      }
      return false;
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`fake service: ${sessions.filter((s) => s.finished).length}/${n} sessions finished after ${timeoutMs} ms`));
    }, timeoutMs);
    const waiter = () => { check(); };
    const cleanup = () => { clearTimeout(timer); const i = finishedWaiters.indexOf(waiter); if (i >= 0) finishedWaiters.splice(i, 1); };
    finishedWaiters.push(waiter);
    check();
  });
  svc.close = async () => {
    svc.closing = true;
    for (const s of sessions) s.wakeLine();
    for (const sock of sockets) sock.destroy();
    await new Promise((r) => server.close(() => r()));
  };
  return svc;
}

/** a port on 127.0.0.1 with nothing listening (connect is refused) */
async function closedPort() {
  const srv = net.createServer();
  await new Promise((r) => srv.listen({ port: 0, host: '127.0.0.1' }, r));
  const { port } = srv.address();
  await new Promise((r) => srv.close(r));
  return port;
}

/**
 * A listener whose accept queue is full, so a new connect never completes (SYNs are dropped):
 * a worker thread listens with backlog 1 and blocks its event loop (never accepts); the queue
 * is pre-filled from here until a connect stops completing. Bounded by maxMs (default 60 s).
 * host/port: where it listens (default 127.0.0.1, an ephemeral port).
 */
async function hungListener({ maxMs = 60000, host = '127.0.0.1', port = 0 } = {}) {
  const sab = new SharedArrayBuffer(4);
  const flag = new Int32Array(sab);
  const worker = new Worker(`
    const { parentPort, workerData } = require('node:worker_threads');
    const net = require('node:net');
    const srv = net.createServer(() => {});
    srv.on('error', (e) => parentPort.postMessage({ error: e.code || e.message }));
    srv.listen({ port: workerData.port, host: workerData.host, backlog: 1 }, () => {
      parentPort.postMessage({ port: srv.address().port });
      Atomics.wait(new Int32Array(workerData.sab), 0, 0, workerData.maxMs);
      process.exit(0);
    });
  `, { eval: true, workerData: { sab, maxMs, host, port } });
  const listening = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  if (listening.error) {
    await worker.terminate();
    const e = new Error(`hung listener on ${host}:${port}: ${listening.error}`);
    e.code = listening.error;
    throw e;
  }
  const boundPort = listening.port;
  const fillers = [];
  let hung = false;
  for (let i = 0; i < 16 && !hung; i++) {
    const s = net.connect({ host, port: boundPort });
    s.on('error', () => {});
    fillers.push(s);
    // eslint-disable-next-line no-await-in-loop
    hung = !(await new Promise((r) => {
      const t = setTimeout(() => r(false), 300);
      s.once('connect', () => { clearTimeout(t); r(true); });
    }));
  }
  let closed = false;
  return {
    host,
    port: boundPort,
    address: `${host}:${boundPort}`,
    filled: fillers.length,
    async close() {
      if (closed) return;
      closed = true;
      for (const s of fillers) s.destroy();
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      await worker.terminate();
    },
  };
}

module.exports = { startFakeService, closedPort, hungListener, DEFAULT_SCRIPT };
