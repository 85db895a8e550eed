'use strict';
// A small POSIX glob(3) for the emulator: * ? [...] in any path component, no leading-dot
// matches by wildcards, results sorted in byte order, relative patterns resolved against cwd
// (results keep the pattern's relative form), GLOB_MARK appends '/' to directories.

const fs = require('node:fs');
const path = require('node:path');

const hasMagic = (s) => /[*?[]/.test(s);

function compToRegExp(comp) {
  let re = '^';
  for (let i = 0; i < comp.length; i++) {
    const c = comp[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const close = comp.indexOf(']', i + 2);
      if (close < 0) { re += '\\['; continue; }
      let body = comp.slice(i + 1, close);
      if (body[0] === '!') body = '^' + body.slice(1);
      re += '[' + body.replace(/\\/g, '\\\\') + ']';
      i = close;
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(re + '$', 's');
}

function isDir(p) { try { return fs.statSync(p).isDirectory(); } catch { return false; } }
function exists(p) { try { fs.statSync(p); return true; } catch { return false; } }

/** glob(pattern, cwd, {mark}) -> array of matched paths (relative patterns give relative results) */
function glob(pattern, cwd, opts = {}) {
  const abs = pattern.startsWith('/');
  const comps = pattern.split('/').filter((c, i) => c !== '' || i === 0);
  let results = [abs ? '/' : ''];
  const start = abs ? 1 : 0;
  for (let i = start; i < comps.length; i++) {
    const comp = comps[i];
    const last = i === comps.length - 1;
    const next = [];
    for (const base of results) {
      const baseAbs = path.resolve(cwd, base || '.');
      if (!hasMagic(comp)) {
        const cand = base + comp;
        if (exists(path.resolve(cwd, cand)) && (last || isDir(path.resolve(cwd, cand)))) next.push(last ? cand : cand + '/');
        continue;
      }
      let entries;
      try { entries = fs.readdirSync(baseAbs); } catch { continue; }
      const re = compToRegExp(comp);
      for (const e of entries) {
        if (e[0] === '.' && comp[0] !== '.') continue;
        if (!re.test(e)) continue;
        const cand = base + e;
        if (!last && !isDir(path.resolve(cwd, cand))) continue;
        next.push(last ? cand : cand + '/');
      }
    }
    results = next;
  }
  results = results.filter((r) => r !== '' && r !== '/');
  results.sort((a, b) => (Buffer.compare(Buffer.from(a, 'latin1'), Buffer.from(b, 'latin1'))));
  if (opts.mark) results = results.map((r) => (isDir(path.resolve(cwd, r)) && !r.endsWith('/') ? r + '/' : r));
  return results;
}

module.exports = { glob, hasMagic };
