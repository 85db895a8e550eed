'use strict';
// Host side of the emulated `File` class, `file_exists` and `file_cfgname`, on real files.
// Relative paths resolve against the run's ctrl dir (the cwd Synchronet would have).

const fs = require('node:fs');
const path = require('node:path');
const { glob, hasMagic } = require('./glob');
const ini = require('./ini');

function isDir(p) { try { return fs.statSync(p).isDirectory(); } catch { return false; } }

class FileTable {
  constructor({ cwd, hostName, versionNum, record }) {
    this.cwd = cwd;
    this.hostName = hostName;
    this.versionNum = versionNum;
    this.record = record || (() => {});
    this.files = new Map();
    this.nextId = 1;
  }

  resolve(p) { return path.resolve(this.cwd, String(p)); }

  fileExists(p) {
    p = String(p);
    if (hasMagic(p)) return glob(p, this.cwd, { mark: true }).some((m) => !m.endsWith('/'));
    try { return !fs.statSync(this.resolve(p)).isDirectory(); } catch { return false; }
  }

  /** fexistcase(): exists with any case of the last component -> the path with the real case, else null */
  existCase(p) {
    const abs = this.resolve(p);
    if (fs.existsSync(abs)) return p;
    const dir = path.dirname(abs);
    const base = path.basename(abs).toLowerCase();
    let entries;
    try { entries = fs.readdirSync(dir); } catch { return null; }
    const hit = entries.find((e) => e.toLowerCase() === base);
    if (!hit) return null;
    return p.slice(0, p.length - path.basename(p).length) + hit;
  }

  /**
   * getfilecase(path, false) of xpdev/dirwrap.c, behind File.exists: the path with its file name in
   * the case found on disk (the first match, sorted), or null; directories do not count.
   */
  fileCase(p) {
    p = String(p);
    const abs = this.resolve(p);
    if (!hasMagic(p) && fs.existsSync(abs) && !isDir(abs)) return p;
    const dir = path.dirname(abs);
    const base = path.basename(abs).toLowerCase();
    let entries;
    try { entries = fs.readdirSync(dir).sort(); } catch { return null; }
    const hit = entries.find((e) => e.toLowerCase() === base && !isDir(path.join(dir, e)));
    return hit === undefined ? null : p.slice(0, p.length - path.basename(p).length) + hit;
  }

  /** iniFileName(): name.<host.domain>.ext, name.<host>.ext, name.Linux.ext, name.local.ext (3.22), name.ext */
  cfgName(dir, name) {
    dir = String(dir);
    if (dir !== '' && !dir.endsWith('/')) dir += '/';
    name = String(name);
    const slash = name.lastIndexOf('/');
    const dot = name.lastIndexOf('.');
    let fname = name;
    let ext = '';
    if (dot > slash) { fname = name.slice(0, dot); ext = name.slice(dot); }
    const cands = [];
    const host = this.hostName || '';
    if (host) {
      cands.push(`${dir}${fname}.${host}${ext}`);
      if (host.includes('.')) cands.push(`${dir}${fname}.${host.slice(0, host.indexOf('.'))}${ext}`);
    }
    cands.push(`${dir}${fname}.Linux${ext}`);
    if (this.versionNum >= 32200) cands.push(`${dir}${fname}.local${ext}`);
    for (const c of cands) {
      const hit = this.existCase(c);
      if (hit !== null) return hit;
    }
    const plain = `${dir}${fname}${ext}`;
    return this.existCase(plain) || plain;
  }

  /** C remove(): a file, or an empty directory */
  remove(p) {
    const abs = this.resolve(p);
    try {
      if (isDir(abs)) fs.rmdirSync(abs); else fs.unlinkSync(abs);
      return true;
    } catch { return false; }
  }

  /**
   * C rename(): POSIX replaces an existing target at once; the Windows C runtime refuses
   * (EEXIST/EACCES) when the target exists, so a run with system.platform Win32/Win64 gets that.
   */
  rename(from, to, platform) {
    const a = this.resolve(from);
    const b = this.resolve(to);
    if (/^Win/.test(String(platform || '')) && fs.existsSync(b)) return false;
    try { fs.renameSync(a, b); return true; } catch { return false; }
  }

  /** flength(): stat() size, -1 when missing */
  sizeOf(p) {
    try { return fs.statSync(this.resolve(p)).size; } catch { return -1; }
  }

  /** directory(): glob() of the pattern from the cwd; GLOB_MARK (2) marks directories with '/' */
  directory(pattern, flags) {
    return glob(String(pattern), this.cwd, { mark: (flags & 2) !== 0 });
  }

  open(p, mode, shareable, extra = {}) {
    const rec = { op: 'open', path: String(p), abs: this.resolve(p), mode: String(mode), shareable: !!shareable, ...extra };
    this.record(rec);
    const m = String(mode).replace(/[bte]/g, '');
    const excl = m.includes('x');
    const base = m.replace(/x/g, '');
    const table = { r: 'r', 'r+': 'r+', w: 'w', 'w+': 'w+', a: 'a', 'a+': 'a+' };
    let flags = table[base];
    if (!flags) { rec.result = false; return { ok: false }; }
    if (excl) {
      if (base[0] !== 'w') flags = null;
      else flags = base === 'w' ? 'wx' : 'wx+';
    }
    if (!flags) { rec.result = false; return { ok: false }; }
    const abs = this.resolve(p);
    let fd;
    if (rec.existed === undefined) rec.existed = fs.existsSync(abs);
    if (rec.existed && (flags[0] === 'w')) rec.truncated = !excl;
    try { fd = fs.openSync(abs, flags); } catch (e) { rec.result = false; rec.error = e.code; delete rec.truncated; return { ok: false, errno: e.errno }; }
    rec.result = true;
    const id = this.nextId++;
    this.files.set(id, { fd, abs, mode: String(mode), append: base[0] === 'a', pos: 0 });
    return { ok: true, id };
  }

  get(id) { return this.files.get(id) || null; }

  close(id) {
    const f = this.get(id);
    if (!f) return;
    try { fs.closeSync(f.fd); } catch { /* ignore */ }
    this.files.delete(id);
  }

  closeAll() { for (const id of [...this.files.keys()]) this.close(id); }

  size(f) { return fs.fstatSync(f.fd).size; }

  readBytes(f, n) {
    const buf = Buffer.alloc(Math.max(0, n));
    let got = 0;
    while (got < n) {
      const r = fs.readSync(f.fd, buf, got, n - got, f.pos + got);
      if (r <= 0) break;
      got += r;
    }
    return buf.subarray(0, got);
  }

  read(id, len) {
    const f = this.get(id);
    if (!f) return null;
    if (len === null || len === undefined) len = Math.max(0, this.size(f) - f.pos);
    if (len < 0) len = 512;
    const b = this.readBytes(f, len);
    f.pos += b.length;
    return b.toString('latin1');
  }

  /** fgets(buf, len+1): up to len bytes or through LF; trailing CR/LF stripped; null at EOF; NUL truncates */
  readln(id, len) {
    const f = this.get(id);
    if (!f) return null;
    if (len === null || len === undefined) len = 512;
    if (len <= 0) return null;
    const b = this.readBytes(f, len);
    if (b.length === 0) return null;
    let n = b.indexOf(0x0a);
    n = n < 0 ? b.length : n + 1;
    f.pos += n;
    let s = b.subarray(0, n).toString('latin1');
    const nul = s.indexOf('\0');
    if (nul >= 0) s = s.slice(0, nul);
    return s.replace(/[\r\n]+$/, '');
  }

  readAll(id, len) {
    const out = [];
    for (let i = 0; i < 1e6; i++) {
      const l = this.readln(id, len);
      if (l === null) break;
      out.push(l);
    }
    return out;
  }

  write(id, str) {
    const f = this.get(id);
    if (!f) return false;
    const b = Buffer.from(String(str), 'latin1');
    try {
      if (f.append) {
        fs.writeSync(f.fd, b, 0, b.length, null);
        f.pos = this.size(f);
      } else {
        fs.writeSync(f.fd, b, 0, b.length, f.pos);
        f.pos += b.length;
      }
      return true;
    } catch { return false; }
  }

  info(id) {
    const f = this.get(id);
    if (!f) return null;
    return { length: this.size(f), position: f.pos };
  }

  setPosition(id, pos) { const f = this.get(id); if (f) f.pos = Math.max(0, pos | 0); }

  truncate(id, len) {
    const f = this.get(id);
    if (!f) return false;
    try { fs.ftruncateSync(f.fd, len); return true; } catch { return false; }
  }

  /** the whole open file as ini lines, re-read from disk each call, with !include expanded */
  iniLines(id) {
    const f = this.get(id);
    if (!f) return null;
    const size = this.size(f);
    const b = Buffer.alloc(size);
    let got = 0;
    while (got < size) {
      const r = fs.readSync(f.fd, b, got, size - got, got);
      if (r <= 0) break;
      got += r;
    }
    return ini.readIniLines(b.subarray(0, got).toString('latin1'), this.cwd);
  }

  ini(id, method, a) {
    const list = this.iniLines(id);
    // iniReadFiles() rewinds and reads the open file to its end, and leaves it there.
    const f = this.get(id);
    if (f) f.pos = this.size(f);
    switch (method) {
      case 'iniGetValue':
        if (list === null) return a[2] && a[2].t !== 'u' ? null : ini.UNDEF; // caller substitutes the default
        return ini.iniGetValue(list, a[0], a[1], a[2]);
      case 'iniGetObject':
        if (list === null) return null;
        return ini.iniGetObject(list, a[0], a[1], a[2]);
      case 'iniGetSections':
        if (list === null) return null;
        return ini.sectionList(list, a[0]);
      case 'iniGetKeys':
        if (list === null) return null;
        return ini.iniGetKeys(list, a[0]);
      case 'iniGetAllObjects':
        if (list === null) return null;
        return ini.iniGetAllObjects(list, a[0], a[1], a[2], a[3]);
      default:
        throw new Error('unknown ini method ' + method);
    }
  }
}

module.exports = { FileTable, isDir };
