/*
 * Synchronet host prelude: the globals a Synchronet JS module sees (system, js, Socket, File,
 * log/print/exit, ...), written in ES5 so the same file runs on SpiderMonkey 1.8.5, js78, js102
 * and a stripped node:vm realm. Everything host-side goes through one synchronous RPC that the
 * engine glue provides before this file runs:
 *   __sbbs_host(op, argsArray) -> {r: value} | {u: 1} (undefined) | {x: "message"} (throw)
 *   __sbbs_exit(code)          -> never returns (ends the engine, uncatchable)
 * Semantics follow Synchronet's C++ bindings (SynchronetBBS/sbbs src/sbbs3/js_*.cpp); see
 * test/host/index.js for known differences.
 */
(function (G) {
  var rawHost = G.__sbbs_host;
  var rawExit = G.__sbbs_exit;
  var engine = G.__sbbs_engine;
  delete G.__sbbs_host;
  delete G.__sbbs_exit;
  delete G.__sbbs_engine;

  var hasOwn = Object.prototype.hasOwnProperty;
  var defProp = Object.defineProperty;
  var toStr = Object.prototype.toString;
  var PRELUDE_FILE = (function () { try { throw new Error('x'); } catch (e) { return e.fileName || ''; } })();

  function host(op, args) {
    var rep = rawHost(op, args || []);
    if (rep === null || typeof rep !== 'object') throw new Error('emulator: bad host reply to ' + op);
    if (hasOwn.call(rep, 'x')) throw new Error(rep.x);
    if (hasOwn.call(rep, 'u')) return undefined;
    return rep.r;
  }

  function safeString(v) {
    try { return String(v); } catch (e) { return '[unprintable]'; }
  }

  function describe(v) {
    var t = v === null ? 'null' : typeof v;
    if (t === 'number') return { type: t, v: isFinite(v) ? v : String(v) };
    if (t === 'string' || t === 'boolean') return { type: t, v: v };
    if (t === 'undefined') return { type: t };
    return { type: t, v: safeString(v) };
  }

  /* JS_ValueToInt32 of SpiderMonkey 1.8.5: rounds; NaN/out of range throws */
  function toInt32(v) {
    var d = Number(v);
    if (d !== d || d === Infinity || d === -Infinity || d > 2147483647.5 || d < -2147483648.5) {
      throw new Error("can't convert " + safeString(v) + ' to an integer');
    }
    return Math.floor(d + 0.5);
  }

  function roProp(obj, name, value) {
    defProp(obj, name, { value: value, enumerable: true, writable: false, configurable: false });
  }
  function rwProp(obj, name, value) {
    defProp(obj, name, { value: value, enumerable: true, writable: true, configurable: true });
  }
  function hidden(obj, name, value) {
    defProp(obj, name, { value: value, enumerable: false, writable: false, configurable: false });
  }
  function getter(obj, name, get, set) {
    var d = { get: get, enumerable: true, configurable: true };
    if (set) d.set = set;
    defProp(obj, name, d);
  }

  var cfg = host('init', [engine]);
  var isEvent = cfg.context === 'event';

  /* ---------------------------------------------------------------- output */
  function out(via, level, text) { host('out', [via, level, text]); }

  function writeArgs(via, args) {
    var i;
    if (isEvent) {
      for (i = 0; i < args.length; i++) out(via, 6, String(args[i])); // one log line per argument
      return;
    }
    var s = '';
    for (i = 0; i < args.length; i++) s += String(args[i]);
    out(via, null, s);
  }

  function pad(s, width, left, zero) {
    while (s.length < width) s = left ? s + ' ' : (zero ? '0' + s : ' ' + s);
    return s;
  }

  /* C-style sprintf as js_sprintf() does it: %s %d %i %u %x %X %o %c %e %f %g %% with flags/width/precision */
  function sprintf(args) {
    if (!args.length) return '';
    var fmt = String(args[0]);
    var ai = 1;
    var re = /%([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d*))?(hh|h|ll|l|L|q|j|z|t)?([diouxXeEfFgGcsp%])/g;
    var outS = '';
    var last = 0;
    var m;
    while ((m = re.exec(fmt)) !== null) {
      outS += fmt.slice(last, m.index);
      last = re.lastIndex;
      var flags = m[1] || '';
      var conv = m[5];
      if (conv === '%') { outS += '%'; continue; }
      var width = m[2] === '*' ? toInt32(args[ai++]) : (m[2] ? parseInt(m[2], 10) : 0);
      var prec = m[3] === undefined ? null : (m[3] === '*' ? toInt32(args[ai++]) : parseInt(m[3] || '0', 10));
      var left = flags.indexOf('-') >= 0;
      var zero = flags.indexOf('0') >= 0 && !left;
      var arg = args[ai++];
      var s;
      var n;
      var sign = '';
      switch (conv) {
        case 's':
          s = arg === undefined ? (ai - 1 < args.length ? 'undefined' : '(null)') : String(arg);
          if (prec !== null) s = s.substr(0, prec);
          zero = false;
          break;
        case 'c':
          s = typeof arg === 'number' ? String.fromCharCode(arg & 0xff) : String(arg).charAt(0);
          zero = false;
          break;
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'p':
          n = Number(arg);
          if (n !== n) n = 0;
          n = n < 0 ? Math.ceil(n) : Math.floor(n);
          if (conv === 'd' || conv === 'i') {
            n = n | 0;
            if (n < 0) { sign = '-'; n = -n; } else if (flags.indexOf('+') >= 0) sign = '+'; else if (flags.indexOf(' ') >= 0) sign = ' ';
            s = String(n);
          } else {
            n = n >>> 0;
            s = n.toString(conv === 'o' ? 8 : (conv === 'u' ? 10 : 16));
            if (conv === 'X') s = s.toUpperCase();
            if (flags.indexOf('#') >= 0 && n !== 0) s = (conv === 'o' ? '0' : (conv === 'X' ? '0X' : (conv === 'u' ? '' : '0x'))) + s;
          }
          if (prec !== null) { zero = false; while (s.length < prec) s = '0' + s; }
          break;
        default: // e E f F g G
          n = Number(arg);
          if (prec === null) prec = 6;
          if (n < 0 || (n === 0 && 1 / n < 0)) { sign = '-'; n = -n; } else if (flags.indexOf('+') >= 0) sign = '+'; else if (flags.indexOf(' ') >= 0) sign = ' ';
          if (n !== n) s = 'nan';
          else if (n === Infinity) s = 'inf';
          else if (conv === 'f' || conv === 'F') s = n.toFixed(prec);
          else if (conv === 'e' || conv === 'E') s = expo(n, prec);
          else {
            var p = prec === 0 ? 1 : prec;
            var ex = n === 0 ? 0 : Math.floor(Math.log(n) / Math.LN10);
            if (n !== 0 && Number(n.toExponential(p - 1).split('e')[1]) !== ex) ex = Number(n.toExponential(p - 1).split('e')[1]);
            if (ex < -4 || ex >= p) s = expo(n, p - 1); else s = n.toFixed(Math.max(0, p - 1 - ex));
            if (flags.indexOf('#') < 0) {
              s = s.replace(/(\.\d*?)0+(e|$)/, '$1$2').replace(/\.(e|$)/, '$1');
            }
          }
          if (conv === 'E' || conv === 'G' || conv === 'F') s = s.toUpperCase();
          break;
      }
      if (zero && !left) s = sign + pad(s, width - sign.length, false, true);
      else s = pad(sign + s, width, left, false);
      outS += s;
    }
    return outS + fmt.slice(last);
  }
  function expo(n, prec) {
    var s = n.toExponential(prec);
    return s.replace(/e([+-])(\d)$/, 'e$10$2');
  }

  /* ---------------------------------------------------------------- constants */
  var consts = {
    EPERM: 1, ENOENT: 2, ESRCH: 3, EIO: 5, ENXIO: 6, E2BIG: 7, ENOEXEC: 8, EBADF: 9, ECHILD: 10, EAGAIN: 11,
    ENOMEM: 12, EACCES: 13, EFAULT: 14, EBUSY: 16, EEXIST: 17, EXDEV: 18, ENODEV: 19, ENOTDIR: 20, EISDIR: 21,
    EINVAL: 22, ENFILE: 23, EMFILE: 24, ENOTTY: 25, EFBIG: 27, ENOSPC: 28, ESPIPE: 29, EROFS: 30, EMLINK: 31,
    EPIPE: 32, EDOM: 33, ERANGE: 34, EDEADLOCK: 35, ENAMETOOLONG: 36, ENOTEMPTY: 39,
    EINTR: 4, ENOTSOCK: 88, EMSGSIZE: 90, EWOULDBLOCK: 11, EPROTOTYPE: 91, ENOPROTOOPT: 92, EPROTONOSUPPORT: 93,
    ESOCKTNOSUPPORT: 94, EOPNOTSUPP: 95, EPFNOSUPPORT: 96, EAFNOSUPPORT: 97, EADDRINUSE: 98, EADDRNOTAVAIL: 99,
    ECONNABORTED: 103, ECONNRESET: 104, ENOBUFS: 105, EISCONN: 106, ENOTCONN: 107, ESHUTDOWN: 108,
    ETIMEDOUT: 110, ECONNREFUSED: 111, EINPROGRESS: 115,
    LOG_EMERG: 0, LOG_ALERT: 1, LOG_CRIT: 2, LOG_ERR: 3, LOG_ERROR: 3, LOG_WARNING: 4, LOG_NOTICE: 5,
    LOG_INFO: 6, LOG_DEBUG: 7,
    INVALID_SOCKET: -1
  };
  var k;
  for (k in consts) if (hasOwn.call(consts, k)) roProp(G, k, consts[k]);
  var extra = cfg.extraGlobals || {};
  for (k in extra) if (hasOwn.call(extra, k)) rwProp(G, k, extra[k]);

  /* ---------------------------------------------------------------- global functions */
  var exiting = false;

  rwProp(G, 'print', function () { writeArgs('print', arguments); });
  rwProp(G, 'writeln', function () { writeArgs('writeln', arguments); });
  rwProp(G, 'write', function () { writeArgs('write', arguments); });
  rwProp(G, 'printf', function () {
    var s = sprintf(arguments);
    if (arguments.length) out('printf', isEvent ? 6 : null, s);
    return s;
  });
  rwProp(G, 'format', function () { return sprintf(arguments); });
  rwProp(G, 'alert', function (x) {
    if (arguments.length < 1) throw new Error('alert: insufficient arguments');
    out('alert', isEvent ? 4 : null, String(x));
  });
  rwProp(G, 'log', function () {
    if (arguments.length < 1) throw new Error('log: insufficient arguments');
    var i = 0;
    var level = 6;
    var last;
    if (arguments.length > 1 && typeof arguments[0] === 'number') { level = toInt32(arguments[0]); i = 1; }
    for (; i < arguments.length; i++) { last = String(arguments[i]); out('log', level, last); }
    return last;
  });
  rwProp(G, 'exit', function (code) {
    var c = arguments.length && typeof code === 'number' ? (code | 0) : 0;
    exiting = true;
    host('exit', [c, describe(code)]);
    rawExit(c);
    throw new Error('emulator: exit() returned'); // never reached
  });
  rwProp(G, 'mswait', function (ms) {
    var v = 1;
    if (arguments.length) {
      if (ms === undefined || ms === null) throw new Error('mswait: invalid (null or undefined) argument');
      v = toInt32(ms);
    }
    return host('mswait', [v]);
  });
  rwProp(G, 'sleep', G.mswait);
  rwProp(G, 'time', function () { return Math.floor(new Date().getTime() / 1000); });
  rwProp(G, 'file_exists', function (p) { return host('file_exists', [String(p)]); });
  rwProp(G, 'file_isdir', function (p) { return host('file_isdir', [String(p)]); });
  rwProp(G, 'file_cfgname', function (dir, name) { return host('file_cfgname', [String(dir), String(name)]); });
  /* js_argcIsInsufficient() and js_argvIsNullOrVoid() of js_global.cpp */
  function needArgs(args, min) {
    if (args.length < min) throw new Error('Insufficient Arguments (' + args.length + ' provided, a minimum of ' + min + ' expected)');
  }
  function notNullArg(args, i) {
    if (args[i] === null || args[i] === undefined) throw new Error('Argument #' + (i + 1) + " is an unexpected 'null' or 'undefined' value");
  }
  rwProp(G, 'file_remove', function (p) {
    needArgs(arguments, 1); notNullArg(arguments, 0);
    return host('file_remove', [String(p)]);
  });
  rwProp(G, 'file_rename', function (from, to) {
    needArgs(arguments, 2); notNullArg(arguments, 0); notNullArg(arguments, 1);
    return host('file_rename', [String(from), String(to)]);
  });
  rwProp(G, 'file_size', function (p) {
    needArgs(arguments, 1);
    if (p === null || p === undefined) return -1;
    return host('file_size', [String(p)]);
  });
  rwProp(G, 'directory', function (pattern, flags) {
    needArgs(arguments, 1); notNullArg(arguments, 0);
    return host('directory', [String(pattern), arguments.length > 1 ? toInt32(flags) : 2 /* GLOB_MARK */]);
  });
  /* resolve_ip(): arguments by type (a boolean asks for an array, the last string is the name) */
  rwProp(G, 'resolve_ip', function () {
    needArgs(arguments, 1); notNullArg(arguments, 0);
    var name = null;
    var all = false;
    for (var i = 0; i < arguments.length; i++) {
      if (typeof arguments[i] === 'boolean') all = arguments[i];
      else if (typeof arguments[i] === 'string') name = arguments[i];
    }
    return host('resolve_ip', [name, all]);
  });
  rwProp(G, 'gethostbyname', G.resolve_ip);
  rwProp(G, 'file_mutex', function (p, text, maxAge) {
    return host('file_mutex', [String(p), typeof text === 'string' ? text : 'sbbs-test', typeof maxAge === 'number' ? toInt32(maxAge) : (typeof text === 'number' ? toInt32(text) : 0)]);
  });
  rwProp(G, 'mkpath', function (p) { return host('mkpath', [String(p)]); });
  rwProp(G, 'file_getname', function (p) { p = String(p); return p.slice(p.lastIndexOf('/') + 1); });
  rwProp(G, 'backslash', function (p) { p = String(p); return p.length && p.charAt(p.length - 1) !== '/' ? p + '/' : p; });
  rwProp(G, 'truncsp', function (s) { return String(s).replace(/[ \t\r\n\v\f]+$/, ''); });
  rwProp(G, 'ascii', function (x) { return typeof x === 'number' ? String.fromCharCode(x & 0xff) : String(x).charCodeAt(0); });
  rwProp(G, 'load', function () {
    host('note', ['load', describe(arguments[0]), describe(arguments[1])]);
    throw new Error('emulator: load() is not supported (the module must not need it)');
  });

  /* ---------------------------------------------------------------- js, system, user, server ... */
  var scope = isEvent ? {} : G;
  var jsObj = {};
  var j = cfg.js;
  for (k in j) if (hasOwn.call(j, k)) roProp(jsObj, k, j[k]);
  rwProp(jsObj, 'terminated', false);
  rwProp(jsObj, 'auto_terminate', true);
  roProp(jsObj, 'global', G);
  roProp(jsObj, 'scope', scope);
  rwProp(jsObj, 'gc', function () {});
  rwProp(G, 'js', jsObj);

  function plainObject(src) {
    var o = {};
    for (var key in src) if (hasOwn.call(src, key)) rwProp(o, key, src[key]);
    return o;
  }
  var sysObj = plainObject(cfg.system);
  /* userdat.c matchuser(): exact alias match ignoring case and non-alphanumerics; sysop_alias (default true) maps SYSOP etc. to #1 */
  rwProp(sysObj, 'matchuser', function (name, sysopAlias) {
    return host('matchuser', [String(name), arguments.length > 1 ? !!sysopAlias : true]);
  });
  rwProp(G, 'system', sysObj);
  var userObj = plainObject(cfg.user);
  /* js_user.cpp is_sysop (3.15+, read-only): userdat.c user_is_sysop(), level >= SYSOP_LEVEL (90) */
  getter(userObj, 'is_sysop', function () { return !!userObj.security && userObj.security.level >= 90; });
  rwProp(G, 'user', userObj);
  if (cfg.server) {
    var srv = plainObject(cfg.server);
    if (srv.interface_ip_addr_list) Object.freeze(srv.interface_ip_addr_list);
    rwProp(G, 'server', srv);
  }
  if (cfg.console) {
    var con = {};
    var conOut = function (via) {
      return function () { for (var i = 0; i < arguments.length; i++) out(via, 6, String(arguments[i])); };
    };
    rwProp(con, 'print', conOut('console.print'));
    rwProp(con, 'write', conOut('console.write'));
    rwProp(con, 'writeln', conOut('console.writeln'));
    rwProp(con, 'putmsg', conOut('console.putmsg'));
    rwProp(con, 'crlf', function () {});
    rwProp(con, 'pause', function () { return true; });
    rwProp(G, 'console', con);
    rwProp(G, 'bbs', plainObject(cfg.bbs || { online: 0, sys_status: 0, node_num: 0 }));
  }
  if (cfg.env) rwProp(G, 'env', plainObject(cfg.env));

  /* ---------------------------------------------------------------- Socket */
  var SERVICES = { ftp: 21, ssh: 22, telnet: 23, smtp: 25, domain: 53, http: 80, pop3: 110, nntp: 119, imap: 143, https: 443 };

  function portArg(v) {
    if (typeof v === 'number') return toInt32(v) & 0xffff;
    if (typeof v === 'string') {
      var s = v.substr(0, 15);
      if (/^[0-9]/.test(s)) {
        var m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(s);
        var n = m[1].charAt(0) === '0' && m[1].length > 1 ? (/^0[xX]/.test(m[1]) ? parseInt(m[1].slice(2), 16) : parseInt(m[1], 8)) : parseInt(m[1], 10);
        return n & 0xffff;
      }
      return hasOwn.call(SERVICES, s) ? SERVICES[s] : 0;
    }
    return 0;
  }

  /* js_polltimeout(): int -> *1000, double -> (int)(d*1000) (x86: overflow/NaN -> INT_MIN = forever), else 0 */
  function pollTimeoutMs(v) {
    if (typeof v !== 'number') return 0;
    var ms = v * 1000;
    if (ms !== ms || ms >= 2147483648 || ms <= -2147483649) return -2147483648;
    return ms < 0 ? Math.ceil(ms) : Math.floor(ms);
  }

  function sockId(s) {
    if (!s || !hasOwn.call(s, '__sbbs_sock')) throw new TypeError('Socket method called on incompatible object');
    return s.__sbbs_sock;
  }

  var SOCK_RO = ['error', 'last_error', 'error_str', 'is_connected', 'data_waiting', 'nread', 'local_ip_address',
    'local_port', 'remote_ip_address', 'remote_port', 'type', 'family', 'network_byte_order', 'descriptor'];
  var SOCK_RW = ['is_writeable', 'is_writable', 'debug', 'nonblocking'];

  function Socket() {
    var a = arguments;
    var desc = [];
    var i;
    for (i = 0; i < a.length; i++) desc.push(describe(a[i]));
    var start = 0;
    if (a.length > 1 && typeof a[0] === 'boolean') {
      if (a[0]) {
        host('note', ['socket-descriptor-trap', desc]);
        throw new Error('emulator: new Socket(true, ...) with 2+ arguments wraps an existing descriptor ' +
          '(Synchronet takes a boolean first argument as "from descriptor"); pass the type first');
      }
      start = 1;
    }
    var type = 1;
    var family = 2;
    var proto = null;
    for (i = start; i < a.length; i++) {
      if (typeof a[i] === 'number') type = toInt32(a[i]);
      else if (typeof a[i] === 'boolean') { if (a[i]) family = 10; }
      else if (typeof a[i] === 'string') { if (proto === null) proto = a[i]; }
    }
    if (type !== 1 && type !== 2) {
      host('note', ['socket-open-failed', desc]);
      throw new Error('open_socket failed with error ' + (type === 3 ? 1 : 94));
    }
    var self = this instanceof Socket ? this : Object.create(Socket.prototype);
    return bindSocket(self, host('s_new', [type, family, proto, desc]));
  }
  /* a Socket object for the host socket `id` (a new one, or one the server accepted: client.socket) */
  function bindSocket(self, id) {
    hidden(self, '__sbbs_sock', id);
    var mk = function (name) { return function () { return host('s_prop', [id, name]); }; };
    var mkSet = function (name) { return function (v) { host('s_setprop', [id, name, v === undefined ? null : v]); }; };
    var i;
    for (i = 0; i < SOCK_RO.length; i++) getter(self, SOCK_RO[i], mk(SOCK_RO[i]));
    for (i = 0; i < SOCK_RW.length; i++) getter(self, SOCK_RW[i], mk(SOCK_RW[i]), mkSet(SOCK_RW[i]));
    return self;
  }
  roProp(Socket, 'AF_INET', 2);
  roProp(Socket, 'AF_INET6', 10);
  roProp(Socket, 'IPPROTO_IP', 0);
  roProp(Socket, 'PF_INET', 2);
  roProp(Socket, 'PF_INET6', 10);
  roProp(Socket, 'PF_UNSPEC', 0);
  roProp(Socket, 'SOCK_DGRAM', 1); /* sic: Synchronet defines SOCK_DGRAM with SOCK_STREAM's value */
  roProp(Socket, 'SOCK_STREAM', 1);
  var SP = Socket.prototype;

  rwProp(SP, 'bind', function (port, addr) {
    var id = sockId(this);
    var p = arguments.length ? portArg(port) : 0;
    var ad = arguments.length > 1 && addr !== undefined ? String(addr) : null;
    return host('s_bind', [id, p, ad]);
  });
  rwProp(SP, 'connect', function (hostname, port, timeout) {
    var id = sockId(this);
    var n = arguments.length;
    if (n > 2 && typeof timeout === 'function') throw new Error('emulator: connect() with a callback is not supported');
    var ms = n > 2 ? pollTimeoutMs(timeout) : 10000;
    var targ = n > 2 ? describe(timeout) : { type: 'missing' };
    return host('s_connect', [id, String(hostname), portArg(port), ms, targ, describe(port)]);
  });
  rwProp(SP, 'send', function (data) {
    var r = host('s_send', [sockId(this), String(data)]);
    return r === null ? undefined : r;
  });
  rwProp(SP, 'write', SP.send);
  rwProp(SP, 'sendline', function (data) {
    return host('s_sendline', [sockId(this), String(data)]); // sendline() sends "undefined\r\n", as Synchronet does
  });
  rwProp(SP, 'writeln', SP.sendline);
  rwProp(SP, 'recvline', function (maxlen, timeout) {
    var id = sockId(this);
    var len = arguments.length && maxlen !== undefined ? toInt32(maxlen) : 512;
    var to = arguments.length > 1 && timeout !== undefined ? toInt32(timeout) : 30;
    return host('s_recvline', [id, len, to]);
  });
  rwProp(SP, 'readline', SP.recvline);
  rwProp(SP, 'readln', SP.recvline);
  rwProp(SP, 'recv', function (maxlen, timeout) {
    var id = sockId(this);
    var len = 512;
    var to = 120;
    if (arguments.length && maxlen !== undefined) {
      len = toInt32(maxlen);
      if (arguments.length > 1 && timeout !== undefined) to = toInt32(timeout);
    }
    return host('s_recv', [id, len, to]);
  });
  rwProp(SP, 'read', SP.recv);
  rwProp(SP, 'peek', function (maxlen) {
    var len = arguments.length && maxlen !== undefined ? toInt32(maxlen) : 512;
    return host('s_peek', [sockId(this), len]);
  });
  rwProp(SP, 'poll', function () {
    var id = sockId(this);
    var forWrite = false;
    var ms = 0;
    for (var i = 0; i < arguments.length; i++) {
      if (typeof arguments[i] === 'boolean') forWrite = arguments[i];
      else if (typeof arguments[i] === 'number') ms = pollTimeoutMs(arguments[i]);
    }
    return host('s_poll', [id, ms, forWrite]);
  });
  rwProp(SP, 'close', function () { host('s_close', [sockId(this)]); return undefined; });
  rwProp(SP, 'setoption', function (opt, val) {
    var v = val === undefined ? 1 : toInt32(val);
    return host('s_setoption', [sockId(this), String(opt), v]);
  });
  rwProp(SP, 'getoption', function (opt) { return host('s_getoption', [sockId(this), String(opt)]); });
  rwProp(SP, 'ioctl', function (cmd, arg) {
    return host('s_ioctl', [sockId(this), cmd === undefined ? 0 : toInt32(cmd), arg === undefined ? 0 : toInt32(arg)]);
  });
  rwProp(G, 'Socket', Socket);

  /* ---------------------------------------------------------------- services server (services.cpp js_initcx) */
  if (cfg.client) {
    var clientObj = {};
    for (k in cfg.client) if (hasOwn.call(cfg.client, k)) roProp(clientObj, k, cfg.client[k]);
    var clientSock = bindSocket(Object.create(Socket.prototype), cfg.clientSocket);
    roProp(clientObj, 'socket', clientSock);
    roProp(G, 'client', clientObj);
    rwProp(G, 'logged_in', false);
    rwProp(G, 'datagram', undefined);
    var setUser = function (view) {
      G.user.number = view.number;
      G.user.alias = view.alias;
      G.user.name = view.name;
      G.user.handle = view.handle;
      for (var key in view.security) if (hasOwn.call(view.security, key)) G.user.security[key] = view.security[key];
    };
    rwProp(G, 'login', function (name, password, incLogons) {
      var r = host('login', [String(name), arguments.length > 1 ? String(password) : null, !!incLogons]);
      setUser(r.user);
      if (r.ok) G.logged_in = true;
      return r.ok;
    });
    rwProp(G, 'logout', function () {
      if (!G.user.number) return false;
      host('logout', []);
      setUser({ number: 0, alias: '', name: '', handle: '', security: { password: '', level: 0, restrictions: 0, exemptions: 0 } });
      G.logged_in = false;
      return true;
    });
    /* print/write/writeln go to the client's socket (SOCKET_WRAPPER); Socket has no print method */
    rwProp(G, 'write', function (s) { return clientSock.send(String(s)); });
    rwProp(G, 'writeln', function (s) { return clientSock.sendline(arguments.length ? String(s) : ''); });
    rwProp(G, 'print', function () { throw new Error('emulator: print() in a service calls client.socket.print, which Synchronet does not have'); });
  }

  /* ---------------------------------------------------------------- File */
  function fstate(f) {
    if (!f || !hasOwn.call(f, '__sbbs_file')) throw new TypeError('File method called on incompatible object');
    return f.__sbbs_file;
  }
  function File(name) {
    var self = this instanceof File ? this : Object.create(File.prototype);
    var st = { name: String(name), id: 0, mode: '' };
    hidden(self, '__sbbs_file', st);
    getter(self, 'name', function () { return st.name; });
    getter(self, 'exists', function () {
      if (st.id) return true;
      var found = host('f_existcase', [st.name]); // fexistcase(): any case of the name; it corrects `name`
      if (found === null) return false;
      st.name = found;
      return true;
    });
    getter(self, 'is_open', function () { return st.id !== 0; });
    getter(self, 'mode', function () { return st.mode; });
    getter(self, 'length', function () { return host('f_length', [st.id, st.name]); });
    getter(self, 'position', function () { return st.id ? host('f_info', [st.id]).position : -1; },
      function (v) { if (st.id) host('f_setpos', [st.id, toInt32(v)]); });
    getter(self, 'eof', function () {
      if (!st.id) return true;
      var inf = host('f_info', [st.id]);
      return inf.position >= inf.length;
    });
    return self;
  }
  var FP = File.prototype;
  rwProp(FP, 'open', function () {
    var st = fstate(this);
    if (st.id) return false;
    var mode = 'w+';
    var modeGiven = false;
    var shareable = false;
    for (var i = 0; i < arguments.length; i++) {
      if (typeof arguments[i] === 'string') { mode = arguments[i]; modeGiven = true; }
      else if (typeof arguments[i] === 'boolean') shareable = arguments[i];
    }
    var r = host('f_open', [st.name, mode, shareable, modeGiven]);
    if (!r) return false;
    st.id = r;
    st.mode = mode;
    return true;
  });
  rwProp(FP, 'close', function () {
    var st = fstate(this);
    if (st.id) host('f_close', [st.id]);
    st.id = 0;
    return undefined;
  });
  rwProp(FP, 'read', function (len) {
    var st = fstate(this);
    if (!st.id) return null;
    return host('f_read', [st.id, arguments.length && len !== undefined && len !== null ? toInt32(len) : null]);
  });
  rwProp(FP, 'readln', function (len) {
    var st = fstate(this);
    if (!st.id) return null;
    return host('f_readln', [st.id, arguments.length && len !== undefined && len !== null ? toInt32(len) : 512]);
  });
  rwProp(FP, 'readAll', function (len) {
    var st = fstate(this);
    if (!st.id) return null;
    return host('f_readAll', [st.id, arguments.length && len !== undefined && len !== null ? toInt32(len) : 512]);
  });
  rwProp(FP, 'write', function (s) {
    var st = fstate(this);
    if (!st.id) return false;
    return host('f_write', [st.id, String(s)]);
  });
  rwProp(FP, 'writeln', function (s) {
    var st = fstate(this);
    if (!st.id) return false;
    return host('f_write', [st.id, (arguments.length && s !== undefined ? String(s) : '') + '\n']);
  });
  rwProp(FP, 'writeAll', function (arr) {
    var st = fstate(this);
    if (!st.id) return false;
    for (var i = 0; i < arr.length; i++) if (!host('f_write', [st.id, String(arr[i]) + '\n'])) return false;
    return true;
  });
  rwProp(FP, 'flush', function () { return fstate(this).id !== 0; });
  rwProp(FP, 'rewind', function () { var st = fstate(this); if (st.id) host('f_setpos', [st.id, 0]); return st.id !== 0; });
  rwProp(FP, 'truncate', function (len) {
    var st = fstate(this);
    if (!st.id) return false;
    return host('f_truncate', [st.id, arguments.length ? toInt32(len) : 0]);
  });

  function decodeIni(v) {
    if (v !== null && typeof v === 'object' && !(v instanceof Array)) {
      if (hasOwn.call(v, 'u')) return undefined;
      if (hasOwn.call(v, 'date')) return new Date(v.date);
    }
    return v;
  }
  function buildObject(pairs) {
    var o = {};
    for (var i = 0; i < pairs.length; i++) {
      defProp(o, String(pairs[i][0]), { value: decodeIni(pairs[i][1]), enumerable: true, writable: true, configurable: true });
    }
    return o;
  }
  function describeDefault(d) {
    if (d === undefined) return { t: 'u' };
    if (d === null) return { t: 'n' };
    if (typeof d === 'boolean') return { t: 'b', v: d };
    if (typeof d === 'number') {
      return { t: d === Math.floor(d) && d >= -2147483648 && d <= 2147483647 && !(d === 0 && 1 / d < 0) ? 'i' : 'd', v: isFinite(d) ? d : 0 };
    }
    if (typeof d === 'string') return { t: 's', v: d };
    if (toStr.call(d) === '[object Date]') return { t: 'date', v: d.getTime() };
    return { t: 'o', v: safeString(d) };
  }

  rwProp(FP, 'iniGetValue', function (section, key, dflt) {
    var st = fstate(this);
    var sec = arguments.length && section !== undefined && section !== null ? String(section) : null;
    if (key === undefined || key === null) throw new Error('Invalid NULL key specified');
    var d = arguments.length < 3 ? { t: 'u' } : describeDefault(dflt);
    return decodeIni(host('f_ini', [st.id, 'iniGetValue', [sec, String(key), d]]));
  });
  rwProp(FP, 'iniGetObject', function () {
    var st = fstate(this);
    if (!st.id) return null;
    var a = arguments;
    var n = 0;
    var sec = null;
    var lower = false;
    var blanks = false;
    if (a.length > n && typeof a[n] !== 'boolean' && a[n] !== null && a[n] !== undefined) { sec = String(a[n]); n++; }
    if (a.length > n && typeof a[n] === 'boolean') { lower = a[n]; n++; }
    if (a.length > n && typeof a[n] === 'boolean') { blanks = a[n]; n++; }
    var pairs = host('f_ini', [st.id, 'iniGetObject', [sec, lower, blanks]]);
    return pairs === null ? null : buildObject(pairs);
  });
  rwProp(FP, 'iniGetSections', function (prefix) {
    var st = fstate(this);
    if (!st.id) return null;
    var p = arguments.length && prefix !== undefined && prefix !== null ? String(prefix) : null;
    return host('f_ini', [st.id, 'iniGetSections', [p]]);
  });
  rwProp(FP, 'iniGetKeys', function (section) {
    var st = fstate(this);
    if (!st.id) return null;
    var sec = arguments.length && section !== undefined && section !== null ? String(section) : null;
    return host('f_ini', [st.id, 'iniGetKeys', [sec]]);
  });
  rwProp(FP, 'iniGetAllObjects', function () {
    var st = fstate(this);
    if (!st.id) return null;
    var a = arguments;
    var n = 0;
    var nameProp = 'name';
    var prefix = null;
    var lower = false;
    var blanks = false;
    if (a.length > n && typeof a[n] === 'string') { nameProp = a[n]; n++; }
    if (a.length > n && typeof a[n] === 'string') { prefix = a[n]; n++; }
    if (a.length > n && typeof a[n] === 'boolean') { lower = a[n]; n++; }
    if (a.length > n && typeof a[n] === 'boolean') { blanks = a[n]; n++; }
    var list = host('f_ini', [st.id, 'iniGetAllObjects', [nameProp, prefix, lower, blanks]]);
    if (list === null) return null;
    var res = [];
    for (var i = 0; i < list.length; i++) res.push(buildObject(list[i]));
    return res;
  });
  rwProp(G, 'File', File);

  /* ---------------------------------------------------------------- argv, exit_code */
  var argvArr = [];
  for (var ai = 0; ai < cfg.argv.length; ai++) argvArr.push(String(cfg.argv[ai]));
  if (isEvent) {
    roProp(scope, 'argv', argvArr);
    roProp(scope, 'argc', argvArr.length);
    defProp(scope, 'exit_code', { value: undefined, enumerable: true, writable: true, configurable: false });
  } else {
    roProp(G, 'argv', argvArr);
    roProp(G, 'argc', argvArr.length);
    defProp(G, 'exit_code', { value: undefined, enumerable: true, writable: true, configurable: false });
  }

  /* ---------------------------------------------------------------- the runner */
  function scriptLine(e, base) {
    if (!e || typeof e !== 'object') return 0;
    var st = String(e.stack || '');
    var m = /<anonymous>:(\d+):\d+/.exec(st); // V8: eval'd code
    if (m) return Number(m[1]);
    var ln = Number(e.lineNumber) || 0;
    var fn = String(e.fileName || '');
    if (fn.indexOf('> eval') >= 0 || fn.indexOf('> Function') >= 0) return ln; // SM 60+: relative to the eval
    if (fn === PRELUDE_FILE && ln >= base) return ln - base + 1; // SM 1.8.5: offset from the eval's line
    return ln;
  }

  function run() {
    var src = cfg.source;
    var base = 0;
    var err = null;
    var threw = false;
    try {
      if (isEvent) {
        base = (new Error('l')).lineNumber; var f = Function('argv', 'argc', 'eval(arguments[2]);'); // one line (SM 1.8.5 base)
        f.call(scope, argvArr, argvArr.length, src);
      } else {
        base = (new Error('l')).lineNumber; (0, eval)(src); // keep on one line: the base of SM 1.8.5 error lines
      }
    } catch (e) {
      threw = true;
      err = e;
    }
    var code = scope.exit_code;
    if (typeof code !== 'number' && !isEvent) code = G.exit_code;
    if (typeof code !== 'number' && isEvent && typeof G.exit_code === 'number') code = G.exit_code;
    if (threw) {
      var isErr = err !== null && typeof err === 'object' && typeof err.message === 'string';
      var msg = isErr ? (err.name ? err.name + ': ' : '') + err.message : 'uncaught exception: ' + safeString(err);
      host('uncaught', [msg, scriptLine(err, base), isErr ? String(err.stack || '') : '', typeof code === 'number' ? code : null]);
    } else {
      host('done', [typeof code === 'number' ? code : null]);
    }
    rawExit(0);
  }
  defProp(G, '__sbbs_run', { value: run, enumerable: false, writable: true, configurable: true });
})(this);
