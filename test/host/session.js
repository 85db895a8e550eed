'use strict';
// One emulated run: answers the prelude's RPC ops (the same for every engine) and collects
// what Synchronet would show: stdout/stderr (jsexec), the event log (timed event), the exit code.

const fs = require('node:fs');
const path = require('node:path');
const { SocketTable, strerror } = require('./sockets');
const { FileTable } = require('./files');
const ini = require('./ini');
const { ServiceHost, UserTable, fileOp } = require('./services');

const slash = (d) => (d.endsWith('/') ? d : d + '/');
const stripCtrl = (s) => String(s).replace(/[\x00-\x1f\x7f]/g, '');

class HostSession {
  constructor(opts) {
    this.opts = opts;
    this.t0 = Date.now();
    this.output = [];
    this.stdout = '';
    this.stderr = '';
    this.eventLog = [];
    this.sockets = [];
    this.files = [];
    this.notes = [];
    this.exitCode = null;
    this.exitCalled = false;
    this.finished = false;
    this.uncaught = null;
    this.ops = 0;
    this.lateOps = [];
    const ctrl = slash(path.resolve(opts.ctrlDir));
    this.ctrl = ctrl;
    const sys = {
      name: 'Test BBS',
      qwk_id: 'TESTBBS',
      inet_addr: 'bbs.test.invalid',
      local_host_name: 'sbbs-test',
      ctrl_dir: ctrl,
      exec_dir: slash(path.resolve(ctrl, '../exec')),
      mods_dir: slash(path.resolve(ctrl, '../mods')),
      data_dir: slash(path.resolve(ctrl, '../data')),
      logs_dir: slash(path.resolve(ctrl, '../data')), // the pack's main.ini: logs=../data/
      text_dir: slash(path.resolve(ctrl, '../text')),
      temp_dir: slash(path.resolve(ctrl, '../temp')),
      version: '3.22',
      revision: 'a',
      full_version: '3.22a',
      version_num: 32200,
      platform: 'Linux',
      architecture: 'x64',
      operator: 'SysOp',
      location: 'Nowhere',
      timezone: 0,
      ...(opts.system || {}),
    };
    const o = opts.system || {};
    if (o.inetaddr === undefined) sys.inetaddr = sys.inet_addr;
    if (o.inet_addr === undefined && o.inetaddr !== undefined) sys.inet_addr = o.inetaddr;
    if (o.host_name === undefined) sys.host_name = sys.inet_addr;
    this.system = sys;
    const record = (r) => { r.t = r.t !== undefined ? r.t : Date.now() - this.t0; this.sockets.push(r); };
    this.sock = new SocketTable({ ...opts, t0: this.t0 }, record);
    if (opts.context === 'service') {
      this.serviceHost = new ServiceHost({ ...opts, system: sys }, (level, text) => this.hostLog(level, text));
      this.clientSock = this.sock.adopt(opts.clientSocket);
    }
    this.users = this.serviceHost ? this.serviceHost.users : new UserTable(opts.users, sys.qwk_id);
    this.fileTable = new FileTable({
      cwd: ctrl,
      hostName: opts.hostName || sys.local_host_name,
      versionNum: sys.version_num,
      record: (r) => this.files.push(r),
    });
  }

  config(engine) {
    const o = this.opts;
    const scriptPath = path.resolve(o.script);
    const isEvent = o.context === 'event';
    const cfg = {
      context: isEvent ? 'event' : 'jsexec',
      argv: (o.argv || []).map(String),
      system: this.system,
      user: { number: 0, alias: '', name: '', handle: '', security: { level: 0 }, ...(o.user || {}) },
      js: {
        version: 'JavaScript-C 1.8.5 2011-03-31',
        exec_path: scriptPath,
        exec_dir: slash(path.dirname(scriptPath)),
        exec_file: path.basename(scriptPath),
        startup_dir: slash(o.startupDir ? path.resolve(o.startupDir) : this.ctrl),
        ...(o.js || {}),
      },
      source: this.source,
      scriptPath: o.script,
      engine: o.engine,
      engineReported: engine,
      extraGlobals: o.extraGlobals || null,
    };
    if (o.context === 'service') {
      // services.cpp js_initcx(): client (with socket), server, login/logout; argv from the Command line
      const c = this.clientSock;
      cfg.client = {
        ip_address: c.remote.ip, host_name: o.clientHostName || '<no name>', port: c.remote.port,
        connect_time: Math.floor(this.t0 / 1000), protocol: this.serviceHost.protocol, user_name: '<unknown user>', user_number: 0,
      };
      cfg.clientSocket = c.id;
      const iface = (o.server && o.server.interface_ip_address) || c.local.ip;
      cfg.server = { version: 'Synchronet Services 3.22a', interface_ip_address: iface, interface_ip_addr_list: [iface], ...(o.server || {}) };
    } else if (isEvent) {
      const srv = { interface_ip_address: '0.0.0.0', ...(o.server || {}) };
      if (!srv.interface_ip_addr_list) srv.interface_ip_addr_list = [srv.interface_ip_address];
      cfg.server = srv;
      if (o.console !== false) { cfg.console = true; cfg.bbs = o.bbs || null; }
    } else {
      cfg.env = { HOME: '/home/sbbs', PATH: '/usr/bin:/bin', SBBSCTRL: this.ctrl, ...(o.env || {}) };
    }
    return cfg;
  }

  emit(via, level, text) {
    const o = this.opts;
    this.output.push({ via, level, text });
    if (o.context === 'event' || o.context === 'service') {
      if (via.startsWith('console.')) return;
      this.eventLog.push({ level, text: stripCtrl(text) });
      return;
    }
    const logLevel = o.logLevel === undefined ? 6 : o.logLevel;
    const errLevel = o.errorLevel === undefined ? 4 : o.errorLevel;
    switch (via) {
      case 'print': case 'writeln': this.stdout += text + '\n'; break;
      case 'write': case 'printf': this.stdout += text; break;
      case 'alert': this.stdout += '!' + text + '\n'; break;
      case 'log':
        if (level > logLevel) break;
        if (level <= errLevel || o.stdinTty) this.stderr += text + '\n';
        break;
      default: break;
    }
  }

  /** lprintf(LOG_ERR, ...) from the host itself */
  hostLog(level, text) {
    if (this.opts.context === 'event' || this.opts.context === 'service') this.eventLog.push({ level, text: stripCtrl(text), host: true });
    else {
      const errLevel = this.opts.errorLevel === undefined ? 4 : this.opts.errorLevel;
      if (level <= errLevel || this.opts.stdinTty) this.stderr += text + '\n';
    }
  }

  /** reply envelope for an op: {r}|{u}|{x} */
  async dispatch(op, args) {
    this.ops++;
    if (this.exitCalled || this.finished) { this.lateOps.push(op); return { u: 1 }; }
    try {
      const v = await this.handle(op, args);
      return v === undefined ? { u: 1 } : { r: v };
    } catch (e) {
      return { x: `emulator: ${op}: ${e && e.message}` };
    }
  }

  async handle(op, a) {
    const S = () => {
      const s = this.sock.get(a[0]);
      if (!s) throw new Error('no such socket ' + a[0]);
      return s;
    };
    switch (op) {
      case 'init': return this.config(a[0]);
      case 'out': this.emit(a[0], a[1], a[2]); return undefined;
      case 'note': this.notes.push(a); return undefined;
      case 'exit':
        this.exitCalled = true;
        this.exitCode = a[0];
        this.exitArg = a[1];
        this.finishOutput();
        return undefined;
      case 'done':
        this.finished = true;
        this.exitCode = typeof a[0] === 'number' ? a[0] : 0;
        this.finishOutput();
        return undefined;
      case 'uncaught': {
        this.finished = true;
        const [msg, line] = a;
        this.uncaught = msg;
        this.uncaughtLine = line;
        this.uncaughtStack = a[2];
        this.hostLog(3, `!JavaScript  ${this.opts.script}${line ? ` line ${line}` : ''}: ${msg}`); // "%s%s%s": no warning, " file", " line N"
        this.exitCode = typeof a[3] === 'number' ? a[3] : (this.opts.context === 'event' ? -1 : 1);
        this.finishOutput();
        return undefined;
      }
      case 'mswait': {
        const t = process.hrtime.bigint();
        await this.sock.sleep(Math.max(0, a[0]));
        return Number(process.hrtime.bigint() - t) / 1e6;
      }
      case 'file_exists': return this.fileTable.fileExists(a[0]);
      case 'file_isdir': try { return fs.statSync(this.fileTable.resolve(a[0])).isDirectory(); } catch { return false; }
      case 'file_cfgname': return this.fileTable.cfgName(a[0], a[1]);
      case 'file_remove': return this.fileTable.remove(a[0]);
      case 'file_rename': return this.fileTable.rename(a[0], a[1], this.system.platform);
      case 'file_size': return this.fileTable.sizeOf(a[0]);
      case 'directory': return this.fileTable.directory(a[0], a[1]);
      case 'resolve_ip': return this.sock.resolveIp(a[0], a[1]);
      case 'f_open': {
        const r = this.fileTable.open(a[0], a[1], a[2], { modeGiven: !!a[3] });
        return r.ok ? r.id : 0;
      }
      case 'f_close': this.fileTable.close(a[0]); return undefined;
      case 'f_read': return this.fileTable.read(a[0], a[1]);
      case 'f_readln': return this.fileTable.readln(a[0], a[1]);
      case 'f_readAll': return this.fileTable.readAll(a[0], a[1]);
      case 'f_write': return this.fileTable.write(a[0], a[1]);
      case 'f_info': return this.fileTable.info(a[0]);
      case 'f_setpos': this.fileTable.setPosition(a[0], a[1]); return undefined;
      case 'f_truncate': return this.fileTable.truncate(a[0], a[1]);
      case 'f_length': {
        if (a[0]) return this.fileTable.info(a[0]).length;
        try { return fs.statSync(this.fileTable.resolve(a[1])).size; } catch { return -1; }
      }
      case 'f_ini': {
        if (!a[0]) {
          // not open: iniGetValue still answers (with the default); the others return null
          if (a[1] !== 'iniGetValue') return null;
          return ini.iniGetValue([], a[2][0], a[2][1], a[2][2]);
        }
        return this.fileTable.ini(a[0], a[1], a[2]);
      }
      case 'login': {
        if (!this.serviceHost) throw new Error('login() exists only in the services server');
        return this.serviceHost.login(a[0], a[1]);
      }
      case 'logout': return this.serviceHost ? this.serviceHost.logout() : false;
      case 'matchuser': return this.users.matchuser(a[0], a[1]);
      case 'file_mutex': case 'mkpath':
        return fileOp(op, a, (p) => this.fileTable.resolve(p));
      case 's_new': return this.sock.create(a[0], a[1], a[2], a[3]).id;
      case 's_bind': return this.sock.bind(S(), a[1], a[2]);
      case 's_connect': return this.sock.connect(S(), a[1], a[2], a[3], { type: a[4].type, v: a[4].v });
      case 's_send': return this.sock.send(S(), a[1]);
      case 's_sendline': {
        const s = S();
        const n = this.sock.send(s, a[1] + '\r\n');
        return n === Buffer.byteLength(a[1] + '\r\n', 'latin1');
      }
      case 's_recvline': return this.sock.recvline(S(), a[1], a[2]);
      case 's_recv': return this.sock.recv(S(), a[1], a[2], false);
      case 's_peek': return this.sock.recv(S(), a[1], 120, true);
      case 's_poll': return this.sock.poll(S(), a[1], a[2]);
      case 's_close': this.sock.close(S()); return undefined;
      case 's_getoption': return this.sock.getOption(S(), a[1]);
      case 's_setoption': return this.sock.setOption(S(), a[1], a[2]);
      case 's_ioctl': return this.sock.ioctl(S(), a[1], a[2]);
      case 'f_existcase': return this.fileTable.fileCase(a[0]);
      case 's_prop': return this.sock.prop(S(), a[1]);
      case 's_setprop': this.sock.setProp(S(), a[1], a[2]); return undefined;
      default: throw new Error('unknown op ' + op);
    }
  }

  finishOutput() {
    if (this.outputFinished) return;
    this.outputFinished = true;
    if (this.opts.context !== 'event' && this.exitCode) {
      this.hostLog(3, `!Module (${this.opts.script}) set exit_code: ${this.exitCode}`);
    }
  }

  cleanup() {
    this.sock.destroyAll();
    this.fileTable.closeAll();
  }

  result(extra) {
    return {
      exitCode: this.exitCode,
      killed: false,
      elapsedMs: Date.now() - this.t0,
      uncaught: this.uncaught,
      uncaughtLine: this.uncaughtLine || null,
      exitCalled: this.exitCalled,
      output: this.output,
      stdout: this.stdout,
      stderr: this.stderr,
      eventLog: this.eventLog,
      sockets: this.sockets,
      files: this.files,
      notes: this.notes,
      lateOps: this.lateOps,
      ...extra,
    };
  }
}

module.exports = { HostSession, strerror };
