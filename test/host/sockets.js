'use strict';
// Host side of the emulated Synchronet `Socket` (src/sbbs3/js_socket.cpp semantics), on real
// TCP inside this machine. Names resolve only through the run's name table; IP literals other
// than loopback and this machine's own addresses fail at once (ENETUNREACH; EINVAL from a socket
// bound to loopback, as Linux refuses that route), so nothing ever leaves this machine.

const net = require('node:net');
const os = require('node:os');

const E = {
  EPERM: 1, EBADF: 9, EAGAIN: 11, EACCES: 13, EINVAL: 22, EPIPE: 32, EAFNOSUPPORT: 97, EADDRINUSE: 98,
  ENOPROTOOPT: 92, EADDRNOTAVAIL: 99, ENETUNREACH: 101, ECONNABORTED: 103, ECONNRESET: 104, EISCONN: 106, ENOTCONN: 107,
  ETIMEDOUT: 110, ECONNREFUSED: 111, EHOSTUNREACH: 113, EALREADY: 114, EINPROGRESS: 115,
};
const STRERROR = {
  0: 'Success', 1: 'Operation not permitted', 9: 'Bad file descriptor', 11: 'Resource temporarily unavailable',
  13: 'Permission denied', 22: 'Invalid argument', 32: 'Broken pipe', 92: 'Protocol not available',
  97: 'Address family not supported by protocol',
  98: 'Address already in use', 99: 'Cannot assign requested address', 101: 'Network is unreachable',
  103: 'Software caused connection abort', 104: 'Connection reset by peer',
  106: 'Transport endpoint is already connected', 107: 'Transport endpoint is not connected',
  110: 'Connection timed out', 111: 'Connection refused', 113: 'No route to host',
  114: 'Operation already in progress', 115: 'Operation now in progress',
  '-2': 'Name or service not known', '-3': 'Temporary failure in name resolution',
  '-4': 'Non-recoverable failure in name resolution',
  '-5': 'No address associated with hostname', '-9': 'Address family for hostname not supported',
  // Windows (gai_strerror of the WSA codes getaddrinfo returns there); for a name table entry {error: 11001}
  11001: 'No such host is known. ', 11002: 'This is usually a temporary error during hostname resolution and means that the local server did not receive a response from an authoritative server. ',
  11003: 'A non-recoverable error occurred during a database lookup. ', 11004: 'The requested name is valid, but no data of the requested type was found. ',
};
const strerror = (n) => STRERROR[n] || `Unknown error ${n}`;
const NODE_ERRNO = {
  ECONNREFUSED: E.ECONNREFUSED, ECONNRESET: E.ECONNRESET, EPIPE: E.EPIPE, ETIMEDOUT: E.ETIMEDOUT,
  EHOSTUNREACH: E.EHOSTUNREACH, ENETUNREACH: E.ENETUNREACH, EADDRNOTAVAIL: E.EADDRNOTAVAIL,
  EADDRINUSE: E.EADDRINUSE, EACCES: E.EACCES, EINVAL: E.EINVAL, ECONNABORTED: E.ECONNABORTED,
};

const HIGH_WATER = 256 * 1024; // emulated kernel receive buffer: stop reading from the peer beyond this

function isLoopback(ip) {
  if (net.isIPv4(ip)) return ip.split('.')[0] === '127';
  if (net.isIPv6(ip)) return ip === '::1' || /^0*:0*:0*:0*:0*:0*:0*:0*1$/.test(ip);
  return false;
}

function parseEndpoint(s) {
  s = String(s);
  let m = /^\[([^\]]+)\]:(\d+)$/.exec(s);
  if (m) return { ip: m[1], port: +m[2] };
  m = /^([^:]+):(\d+)$/.exec(s);
  if (m) return { ip: m[1], port: +m[2] };
  if (net.isIP(s)) return { ip: s, port: null };
  throw new Error(`bad names-table endpoint "${s}" (want "127.0.0.1:port" or "[::1]:port")`);
}

/** Addresses bind() accepts: this machine's (`real`, usable for real) and the run's `interfaces`. */
function localAddresses(extra) {
  const v4 = new Set(['0.0.0.0']);
  const v6 = new Set(['::', '::1']);
  const real = new Set();
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list || []) {
      const ip = a.address.replace(/%.*$/, '');
      (a.family === 'IPv4' || a.family === 4 ? v4 : v6).add(ip);
      real.add(ip);
    }
  }
  for (const a of extra || []) (net.isIPv4(a) ? v4 : v6).add(a);
  return { v4, v6, real };
}

// The socket options getSocketOptionByName() of xpdev/sockwrap.c knows (Linux).
const SOCKET_OPTIONS = [
  'TYPE', 'ERROR', 'DEBUG', 'LINGER', 'SNDBUF', 'RCVBUF', 'SNDLOWAT', 'RCVLOWAT', 'SNDTIMEO', 'RCVTIMEO', 'REUSEADDR',
  'REUSEPORT', 'KEEPALIVE', 'DONTROUTE', 'BROADCAST', 'OOBINLINE', 'ACCEPTCONN', 'PRIORITY', 'NO_CHECK', 'TCP_NODELAY',
  'TCP_MAXSEG', 'TCP_CORK', 'TCP_KEEPIDLE', 'TCP_KEEPINTVL', 'TCP_KEEPCNT', 'TCP_SYNCNT', 'TCP_LINGER2',
  'TCP_DEFER_ACCEPT', 'TCP_WINDOW_CLAMP', 'TCP_QUICKACK', 'IPV6_V6ONLY',
];

/**
 * Closes a connection that still has bytes coming, as Linux's close() does: with a reset.
 * libuv refuses to reset a handle once its write side was ended (our FIN, or Node's own end()
 * when the peer's FIN came), and Node then leaks the handle, which keeps the process from ever
 * exiting; a plain destroy() closes it, and the kernel resets the peer itself.
 */
function abort(sock) {
  if (!sock.writableEnded && typeof sock.resetAndDestroy === 'function') sock.resetAndDestroy();
  else sock.destroy();
}

/** A sleep that destroyAll() cuts short, so that no timer of a run outlives it. */
function cancellableSleep(table, ms) {
  return new Promise((resolve) => {
    const entry = { resolve: () => { clearTimeout(entry.timer); table.sleeps.delete(entry); resolve(); } };
    entry.timer = setTimeout(entry.resolve, ms);
    table.sleeps.add(entry);
  });
}
const nowSec = () => Math.floor(Date.now() / 1000);

class EmuSocket {
  constructor(table, id, type, family, proto) {
    this.table = table;
    this.id = id;
    this.type = type; // 1 TCP, 2 UDP
    this.family = family; // 2 or 10
    this.proto = proto;
    this.fd = 1000 + id;
    this.closed = false;
    this.lastError = 0;
    this.lastErrorStr = '';
    this.bound = null; // {ip, port, real}
    this.isConnected = false; // p->is_connected
    this.connectFailed = null; // null | {timedOut, error}
    this.local = null; // {ip, port} after connect
    this.remote = null;
    this.sock = null;
    this.rq = [];
    this.rqLen = 0;
    this.eof = false;
    this.errored = null; // errno of an async socket error (RST...)
    this.waiters = [];
    this.paused = false;
    this.nonblocking = false;
    this.debug = false;
    this.writeShut = false;
    this.options = {};
  }

  /** store_socket_error(): the socket's error, from a failed call (which also leaves errno set) */
  setError(n, str) {
    this.lastError = n;
    this.lastErrorStr = str !== undefined ? str : strerror(n);
    if (n > 0) this.table.errno = n;
  }

  /** poll(), setoption(), ioctl() and close() store errno even when they succeed: whatever a failed call left there */
  storeErrno() {
    this.lastError = this.table.errno;
    this.lastErrorStr = strerror(this.table.errno);
  }

  wake() { const w = this.waiters; this.waiters = []; for (const f of w) f(); }

  readableNow() { return this.rqLen > 0 || this.eof || this.errored !== null; }

  /** wait until data/EOF/error or ms elapse (ms < 0: no limit; the run's killAfterMs is the safety net) */
  waitReadable(ms) {
    if (this.readableNow() || ms === 0) return Promise.resolve(this.readableNow());
    return new Promise((resolve) => {
      let timer = null;
      const done = () => { if (timer) clearTimeout(timer); resolve(this.readableNow()); };
      this.waiters.push(done);
      if (ms > 0) timer = setTimeout(() => { this.waiters = this.waiters.filter((f) => f !== done); resolve(this.readableNow()); }, ms);
    });
  }

  attach(sock) {
    this.sock = sock;
    sock.on('data', (d) => {
      // Linux: bytes arriving for a socket the script has closed get a reset, not a reader
      if (this.closed) { abort(sock); return; }
      this.rq.push(d);
      this.rqLen += d.length;
      if (this.rqLen > HIGH_WATER && !this.paused) { this.paused = true; sock.pause(); }
      this.wake();
    });
    sock.on('end', () => { this.eof = true; this.wake(); });
    sock.on('error', (e) => {
      if (this.errored === null) this.errored = NODE_ERRNO[e.code] || E.ECONNRESET;
      this.wake();
    });
    sock.on('close', () => { this.eof = true; this.wake(); });
  }

  take(n, peek) {
    const parts = [];
    let need = n;
    let i = 0;
    while (need > 0 && i < this.rq.length) {
      const b = this.rq[i];
      if (b.length <= need) { parts.push(b); need -= b.length; i++; } else { parts.push(b.subarray(0, need)); need = 0; }
    }
    const out = Buffer.concat(parts);
    if (!peek) {
      let rem = out.length;
      while (rem > 0) {
        const b = this.rq[0];
        if (b.length <= rem) { rem -= b.length; this.rq.shift(); } else { this.rq[0] = b.subarray(rem); rem = 0; }
      }
      this.rqLen -= out.length;
      if (this.paused && this.rqLen < HIGH_WATER / 2 && this.sock) { this.paused = false; this.sock.resume(); }
    }
    return out;
  }

  takeByte() {
    const b = this.rq[0];
    const c = b[0];
    if (b.length === 1) this.rq.shift(); else this.rq[0] = b.subarray(1);
    this.rqLen--;
    if (this.paused && this.rqLen < HIGH_WATER / 2 && this.sock) { this.paused = false; this.sock.resume(); }
    return c;
  }

  /** socket_check(sock, &rd, NULL, 0): {ok, rd} */
  check() {
    if (this.closed) return { ok: false, rd: false };
    if (this.type !== 1) return { ok: true, rd: false };
    if (!this.sock) return { ok: false, rd: false }; // unconnected TCP: POLLHUP
    if (this.errored !== null) return { ok: false, rd: false };
    if (this.rqLen > 0) return { ok: true, rd: true };
    if (this.eof) return { ok: false, rd: false };
    return { ok: true, rd: false };
  }
}

class SocketTable {
  constructor(opts, record) {
    this.opts = opts;
    this.record = record;
    this.sockets = new Map();
    this.nextId = 1;
    this.names = {};
    for (const [k, v] of Object.entries(opts.names || {})) this.names[k.toLowerCase().replace(/\.$/, '')] = v;
    this.addrs = localAddresses(opts.interfaces);
    this.errno = 0; // the thread's errno, as far as socket calls set it
    this.sleeps = new Set();
  }

  /** mswait() and UDP waits: cut short when the run ends. */
  sleep(ms) { return cancellableSleep(this, ms); }

  get(id) { return this.sockets.get(id); }

  create(type, family, proto, args) {
    const id = this.nextId++;
    const s = new EmuSocket(this, id, type, family, proto);
    this.sockets.set(id, s);
    this.record({ socket: id, op: 'new', args, type, family, proto });
    return s;
  }

  /**
   * A connection the (emulated) services server accepted: a TCP socket already connected,
   * whose local end is the service's, as `client.socket` wraps it.
   */
  adopt(nodeSocket) {
    const id = this.nextId++;
    const family = net.isIPv6(nodeSocket.localAddress) && !/^::ffff:/.test(nodeSocket.localAddress) ? 10 : 2;
    const s = new EmuSocket(this, id, 1, family, null);
    this.sockets.set(id, s);
    s.isConnected = true;
    s.local = { ip: nodeSocket.localAddress.replace(/^::ffff:/, ''), port: nodeSocket.localPort };
    s.remote = { ip: nodeSocket.remoteAddress.replace(/^::ffff:/, ''), port: nodeSocket.remotePort };
    s.attach(nodeSocket);
    this.record({ socket: id, op: 'adopt', local: `${s.local.ip}:${s.local.port}`, remote: `${s.remote.ip}:${s.remote.port}` });
    return s;
  }

  /** getaddrinfo() through the name table: {error} or {addrs:[{ip, port|null, family}]} */
  resolve(host) {
    const h = String(host);
    const key = h.toLowerCase().replace(/\.$/, '');
    if (Object.prototype.hasOwnProperty.call(this.names, key)) {
      let v = this.names[key];
      if (v && typeof v === 'object' && Array.isArray(v.rotate)) {
        // DNS round robin: each lookup gets the next endpoint
        v.turn = v.turn || 0;
        v = v.rotate[v.turn++ % v.rotate.length];
      }
      if (v && typeof v === 'object' && !Array.isArray(v) && v.error !== undefined) return { error: v.error, listed: true };
      if (!Array.isArray(v)) v = [v];
      return {
        listed: true,
        addrs: v.map((e) => { const p = parseEndpoint(e); return { ip: p.ip, port: p.port, family: net.isIPv6(p.ip) ? 10 : 2 }; }),
      };
    }
    if (net.isIPv4(h)) return { addrs: [{ ip: h, port: null, family: 2 }] };
    if (net.isIPv6(h)) return { addrs: [{ ip: h, port: null, family: 10 }] };
    if (key === 'localhost') return { addrs: [{ ip: '127.0.0.1', port: null, family: 2 }, { ip: '::1', port: null, family: 10 }] };
    return { error: -2 };
  }

  /**
   * resolve_ip(name, all) of js_global.cpp: getaddrinfo() (here: the name table, as for connect())
   * -> the first address, or all of them with `all`; null when the name is empty (after trailing
   * white space is cut) or does not resolve.
   */
  resolveIp(name, all) {
    if (name === null || name === undefined) return null;
    const host = String(name).replace(/[ \t\r\n\v\f\xff]+$/, '');
    if (host === '') return null;
    const r = this.resolve(host);
    this.record({ op: 'resolve_ip', host, all: !!all, result: r.error !== undefined ? null : r.addrs.map((a) => a.ip) });
    if (r.error !== undefined) return null;
    const ips = r.addrs.map((a) => a.ip);
    return all ? ips : ips[0];
  }

  bind(s, port, addr) {
    const rec = { socket: s.id, op: 'bind', port, address: addr };
    const fail = (n, str) => { s.setError(n, str); rec.result = false; rec.error = n; this.record(rec); return false; };
    if (s.closed) return fail(E.EBADF);
    if (s.bound || s.isConnected) return fail(E.EINVAL);
    let ip = addr;
    if (ip === null || ip === undefined) ip = s.family === 10 ? '::' : '0.0.0.0';
    ip = String(ip);
    if (!net.isIP(ip)) return fail(-2, strerror(-2));
    const fam = net.isIPv6(ip) ? 10 : 2;
    if (fam !== s.family) return fail(s.family === 2 ? E.EAFNOSUPPORT : E.EINVAL);
    let ok;
    let special = false;
    if (fam === 2) {
      const first = +ip.split('.')[0];
      special = ip === '255.255.255.255' || (first >= 224 && first <= 239);
      ok = this.addrs.v4.has(ip) || isLoopback(ip) || special;
    } else {
      ok = this.addrs.v6.has(ip);
    }
    if (!ok) return fail(E.EADDRNOTAVAIL);
    // loopback and this machine's own addresses are bound for real (the peer sees them); a
    // broadcast or multicast address binds, but Linux then routes from an ordinary source
    // (inet_bind() keeps no source address for them), so connect() works as if unbound
    s.bound = { ip, port: port & 0xffff, special, real: isLoopback(ip) || this.addrs.real.has(ip), loopback: isLoopback(ip) };
    rec.result = true;
    this.record(rec);
    return true;
  }

  async connect(s, host, port, timeoutMs, timeoutArg) {
    const rec = {
      socket: s.id, op: 'connect', host: String(host), port, timeout: timeoutArg.v, timeoutType: timeoutArg.type,
      timeoutMs, t: Date.now() - this.opts.t0,
    };
    this.record(rec);
    const t0 = Date.now();
    const finish = (ok, n, str) => {
      rec.result = ok;
      rec.elapsedMs = Date.now() - t0;
      if (!ok) { s.setError(n, str); rec.error = n; }
      return ok;
    };
    if (s.closed) return finish(false, E.EBADF);
    if (s.isConnected && s.type === 1) { s.storeErrno(); rec.result = true; return true; } // EISCONN counts as connected
    if (s.connectFailed) {
      if (s.connectFailed.timedOut) return finish(false, E.EALREADY);
      return finish(false, s.connectFailed.error === E.ECONNREFUSED ? E.ECONNABORTED : s.connectFailed.error);
    }
    const r = this.resolve(host);
    if (r.error !== undefined) {
      rec.resolveError = r.error;
      return finish(false, r.error, strerror(r.error));
    }
    rec.addresses = r.addrs.map((a) => a.ip);

    if (s.type === 2) return finish(...this.udpConnect(s, r, port, rec));

    let result = E.ETIMEDOUT;
    let timedOut = false;
    for (const a of r.addrs) {
      const realPort = a.port !== null ? a.port : port;
      if (timedOut) { result = E.EALREADY; continue; }
      if (a.family !== s.family) { result = s.family === 2 ? E.EAFNOSUPPORT : E.EINVAL; continue; }
      if (!isLoopback(a.ip) && !this.addrs.real.has(a.ip)) {
        // Linux: a loopback source cannot be routed to another host; anything else would leave this machine
        result = s.bound && s.bound.loopback ? E.EINVAL : E.ENETUNREACH;
        this.errno = result;
        continue;
      }
      if (realPort === 0) { result = E.ECONNREFUSED; continue; }
      this.errno = E.EINPROGRESS; // the non-blocking connect()
      if (timeoutMs === 0) { result = E.ETIMEDOUT; timedOut = true; continue; } // a 0 s poll never sees a remote host's SYN-ACK
      const out = await this.tcpAttempt(s, a.ip, realPort, timeoutMs);
      if (out.ok) {
        s.isConnected = true;
        s.remote = { ip: a.ip, port };
        rec.endpoint = `${a.ip}:${realPort}`;
        rec.local = `${s.local.ip}:${s.local.port}`;
        return finish(true);
      }
      result = out.error;
      if (out.timedOut) timedOut = true;
    }
    s.connectFailed = { timedOut, error: result };
    return finish(false, result);
  }

  udpConnect(s, r, port, rec) {
    const a = r.addrs[0];
    if (s.family === 10) {
      const v6 = this.opts.ipv6Local;
      if (a && a.family === 10 && isLoopback(a.ip)) { s.local = { ip: '::1', port: 40000 + s.id }; }
      else if (v6 && (r.listed || (a && a.family === 10))) s.local = { ip: String(v6), port: 40000 + s.id };
      else return [false, a && a.family !== 10 && !r.listed ? E.EINVAL : E.ENETUNREACH];
    } else {
      const v4 = this.opts.ipv4Local;
      if (a && a.family === 2 && isLoopback(a.ip)) s.local = { ip: '127.0.0.1', port: 40000 + s.id };
      else if (v4 && (r.listed || (a && a.family === 2))) s.local = { ip: String(v4), port: 40000 + s.id };
      else return [false, a && a.family !== 2 && !r.listed ? E.EAFNOSUPPORT : E.ENETUNREACH];
    }
    s.isConnected = true;
    s.remote = { ip: a ? a.ip : '', port };
    rec.local = s.local.ip;
    return [true];
  }

  tcpAttempt(s, ip, port, timeoutMs) {
    return new Promise((resolve) => {
      const o = { host: ip, port, allowHalfOpen: true, family: net.isIPv6(ip) ? 6 : 4 };
      if (s.bound && s.bound.real && s.bound.ip !== '0.0.0.0' && s.bound.ip !== '::') o.localAddress = s.bound.ip;
      if (s.bound && s.bound.port) o.localPort = s.bound.port;
      let settled = false;
      let timer = null;
      const sock = net.connect(o);
      s.pending = sock;
      const done = (v) => {
        if (settled) return;
        settled = true;
        if (timer) clearTimeout(timer);
        s.pending = null;
        resolve(v);
      };
      sock.once('connect', () => {
        s.local = { ip: sock.localAddress.replace(/^::ffff:/, ''), port: sock.localPort };
        sock.removeAllListeners('error');
        s.attach(sock);
        done({ ok: true });
      });
      sock.once('error', (e) => { sock.destroy(); done({ ok: false, error: NODE_ERRNO[e.code] || E.ECONNREFUSED }); });
      // destroyed while connecting (the run ended, e.g. killed): settle, so the timer goes too
      sock.once('close', () => done({ ok: false, error: E.ECONNABORTED }));
      if (timeoutMs >= 0) {
        timer = setTimeout(() => { sock.destroy(); done({ ok: false, error: E.ETIMEDOUT, timedOut: true }); }, timeoutMs);
      }
    });
  }

  send(s, data) {
    const rec = { socket: s.id, op: 'send', data, t: Date.now() - this.opts.t0 };
    this.record(rec);
    if (s.closed) { s.setError(E.EBADF); rec.error = E.EBADF; return null; }
    if (s.type === 2) {
      if (!s.isConnected) { s.setError(E.ENOTCONN); rec.error = E.ENOTCONN; return null; }
      return Buffer.from(data, 'latin1').length;
    }
    if (!s.sock) { s.setError(E.EPIPE); rec.error = E.EPIPE; return null; }
    if (s.errored !== null || s.sock.destroyed || s.writeShut) {
      const n = s.errored === E.ECONNRESET && !s.resetReported ? E.ECONNRESET : E.EPIPE;
      s.resetReported = true;
      s.setError(n);
      rec.error = n;
      return null;
    }
    const b = Buffer.from(data, 'latin1');
    // the run's sendFaults (index.js): the Nth TCP send fails, or every one takes only a few bytes
    const faults = this.opts.sendFaults || {};
    this.tcpSends = (this.tcpSends || 0) + 1;
    if (faults.failAt === this.tcpSends) {
      const n = faults.failError || E.EPIPE;
      s.setError(n);
      rec.error = n;
      rec.fault = 'fail';
      return null;
    }
    if (faults.shortBytes > 0 && b.length > faults.shortBytes) {
      s.sock.write(b.subarray(0, faults.shortBytes));
      rec.fault = 'short';
      rec.sent = faults.shortBytes;
      return faults.shortBytes;
    }
    s.sock.write(b);
    return b.length;
  }

  /** recvline per js_recvline(): byte by byte to LF; timeout only checked while no byte waits */
  async recvline(s, maxlen, timeout) {
    const start = nowSec();
    const bytes = [];
    const rec = { socket: s.id, op: 'recvline', maxlen, timeout, t: Date.now() - this.opts.t0 };
    this.record(rec);
    let len = maxlen;
    let i = 0;
    while (i < len) {
      // js_sock_read_check(): socket_check(..., 1000 ms)
      let c = s.check();
      if (c.ok && !c.rd && !s.closed && s.sock) {
        await s.waitReadable(1000);
        c = s.check();
      } else if (c.ok && !c.rd) {
        await this.sleep(1000); // UDP etc.: nothing ever arrives
        c = s.check();
      }
      let status;
      if (!c.ok) { status = 2; if (s.closed) s.setError(E.EBADF); else if (s.errored !== null) s.setError(s.errored); }
      else if (!c.rd) status = nowSec() - start > timeout ? 1 : 3;
      else status = 0;
      if (status === 3) continue;
      if (status === 1 || status === 2) {
        if (i) { len = 0; continue; }
        rec.result = null;
        rec.reason = status === 1 ? 'timeout' : 'closed';
        return null;
      }
      const ch = s.takeByte();
      if (ch === 0x0a) break;
      bytes.push(ch);
      i++;
    }
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes.pop();
    let str = Buffer.from(bytes).toString('latin1');
    const nul = str.indexOf('\0');
    if (nul >= 0) str = str.slice(0, nul); // JS_NewStringCopyZ
    rec.result = str;
    return str;
  }

  /** recv(): wait up to timeout s for readability, then what one recv() gives */
  async recv(s, maxlen, timeout, peek) {
    const rec = { socket: s.id, op: peek ? 'peek' : 'recv', maxlen, timeout, t: Date.now() - this.opts.t0 };
    this.record(rec);
    if (s.closed) { s.setError(E.EBADF); rec.result = null; return null; }
    if (maxlen <= 0) { rec.result = ''; return ''; }
    if (!s.sock) {
      if (s.type === 2 && s.isConnected) { await this.sleep(Math.max(0, timeout) * 1000); rec.result = ''; return ''; }
      s.setError(E.ENOTCONN); rec.result = null; return null;
    }
    await s.waitReadable(timeout < 0 ? -1 : timeout * 1000);
    if (s.rqLen > 0) {
      const b = s.take(maxlen, peek);
      rec.result = b.toString('latin1');
      return rec.result;
    }
    if (s.errored !== null) { s.setError(s.errored); rec.result = null; return null; }
    rec.result = '';
    return ''; // timeout or orderly close
  }

  async poll(s, ms, forWrite) {
    if (s.closed) return -1;
    s.storeErrno();
    if (forWrite) return 1;
    if (!s.sock) return 1; // unconnected TCP socket: POLLHUP
    if (s.readableNow()) return 1;
    await s.waitReadable(ms < 0 ? -1 : ms);
    return s.readableNow() ? 1 : 0;
  }

  /** getoption(name): the value set, else 0 for a known option; -1 for an unknown name */
  getOption(s, name) {
    if (s.closed) return -1;
    const key = String(name).toUpperCase();
    if (!SOCKET_OPTIONS.includes(key)) return -1;
    return s.options[key] || 0;
  }

  /** setoption(name, value): true for a known option; error is errno either way (ENOPROTOOPT for an unknown one) */
  setOption(s, name, value) {
    if (s.closed) return undefined;
    const key = String(name).toUpperCase();
    if (!SOCKET_OPTIONS.includes(key)) { this.errno = E.ENOPROTOOPT; s.storeErrno(); return false; }
    s.options[key] = value;
    s.storeErrno();
    return true;
  }

  /** ioctl(cmd, arg): the argument back (no command is modelled); error is errno */
  ioctl(s, cmd, arg) {
    s.storeErrno();
    return s.closed ? -1 : arg;
  }

  close(s) {
    const rec = { socket: s.id, op: 'close', t: Date.now() - this.opts.t0 };
    this.record(rec);
    if (s.closed) { rec.noop = true; return; }
    // close_socket(): shutdown(SHUT_RDWR) (ENOTCONN unless connected) then close(), then errno is stored
    const connectedTcp = s.type === 1 && s.sock && s.errored === null;
    if (s.type === 1 && !connectedTcp) this.errno = E.ENOTCONN;
    s.storeErrno();
    rec.errorAfter = s.lastError;
    rec.unread = s.rqLen;
    if (s.sock) {
      const sock = s.sock;
      // unread data (ours, or held back in the kernel while reading was paused): RST
      if (s.rqLen > 0 || s.paused) abort(sock);
      else {
        sock.end(() => sock.destroy());
        setTimeout(() => sock.destroy(), 2000).unref();
      }
    }
    if (s.pending) { s.pending.destroy(); s.pending = null; }
    s.closed = true;
    s.isConnected = false;
    s.sock = null;
    s.rq = [];
    s.rqLen = 0;
    s.fd = -1;
    s.wake();
  }

  prop(s, name) {
    switch (name) {
      case 'error': case 'last_error': return s.lastError;
      case 'error_str': return s.lastErrorStr;
      case 'is_connected': {
        if (!s.isConnected) return false;
        if (s.type !== 1) return true;
        return s.check().ok;
      }
      case 'is_writeable': case 'is_writable':
        if (s.closed) return false;
        return !(s.sock && (s.writeShut || s.errored !== null)) && true;
      case 'data_waiting': return s.check().rd;
      case 'nread': return s.closed ? 0 : s.rqLen;
      case 'debug': return s.debug;
      case 'descriptor': return s.fd;
      case 'nonblocking': return s.nonblocking;
      case 'local_ip_address':
        if (s.closed) return undefined;
        if (s.local) return s.local.ip;
        if (s.bound) return s.bound.ip;
        return s.family === 10 ? '::' : '0.0.0.0';
      case 'local_port':
        if (s.closed) return undefined;
        if (s.local) return s.local.port;
        if (s.bound) return s.bound.port;
        return 0;
      case 'remote_ip_address': return s.isConnected && s.remote ? s.remote.ip : undefined;
      case 'remote_port': return s.isConnected && s.remote ? s.remote.port : undefined;
      case 'type': return s.type;
      case 'family': return s.closed ? undefined : s.family;
      case 'network_byte_order': return true;
      default: return undefined;
    }
  }

  setProp(s, name, v) {
    switch (name) {
      case 'nonblocking': s.nonblocking = !!v; break;
      case 'debug': s.debug = !!v; break;
      case 'is_writeable': case 'is_writable':
        if (!v && s.sock) { s.writeShut = true; s.sock.end(); }
        break;
      default: break;
    }
  }

  destroyAll() {
    for (const entry of [...this.sleeps]) entry.resolve();
    for (const s of this.sockets.values()) {
      if (s.sock) s.sock.destroy();
      if (s.pending) s.pending.destroy();
      s.closed = true;
      s.wake();
    }
  }
}

module.exports = { SocketTable, E, strerror, isLoopback };
