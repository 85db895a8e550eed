'use strict';
// Synchronet ini semantics (SynchronetBBS/sbbs src/xpdev/ini_file.c + src/sbbs3/js_file.cpp),
// re-implemented; test/host/agreement.test.js probes them against the real jsexec.
// All strings here are "byte strings" (latin1: one char per byte).

const fs = require('node:fs');
const path = require('node:path');
const { glob } = require('./glob');

const INI_MAX_LINE_LEN = 2048; // fgets buffer incl. NUL: longer lines are split
const INI_MAX_VALUE_LEN = 1024; // value buffer incl. NUL
const INI_INCLUDE_MAX = 10000;
const NEW_SECTION = { newSection: true };

// IS_WHITESPACE() of xpdev/gen_defs.h: C's white space plus byte 0xFF (CP437 no-break space, since 3.20).
const isWs = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f' || c === '\xff';
// isspace() in the C locale, as strtol()/atof() skip it.
const isCSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
function skipWs(s) { let i = 0; while (i < s.length && isWs(s[i])) i++; return s.slice(i); }
function truncsp(s) { let e = s.length; while (e > 0 && isWs(s[e - 1])) e--; return s.slice(0, e); }
function truncnl(s) { let e = s.length; while (e > 0 && (s[e - 1] === '\r' || s[e - 1] === '\n')) e--; return s.slice(0, e); }
const stricmp = (a, b) => a.toLowerCase() === b.toLowerCase();

/**
 * Split file bytes into lines the way strListReadFile(fp, NULL, INI_MAX_LINE_LEN) does: fgets()
 * pieces of at most 2047 bytes, each kept as a C string (a NUL byte ends it, newline and all).
 */
function splitLines(text) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    const nl = text.indexOf('\n', i);
    let end = nl < 0 ? text.length : nl + 1;
    if (end - i > INI_MAX_LINE_LEN - 1) end = i + INI_MAX_LINE_LEN - 1;
    const piece = text.slice(i, end);
    const nul = piece.indexOf('\0');
    out.push(nul < 0 ? piece : piece.slice(0, nul));
    i = end;
  }
  return out;
}

/**
 * iniReadFiles(fp, includes=true): lines of the file with `!include <glob>` (column 0, any case)
 * expanded in place (resolved against cwd, nested), newline chars trimmed. Each match of the
 * sorted glob is inserted right after the directive line, so the alphabetically last file
 * comes first (its sections shadow the others').
 */
function readIniLines(text, cwd) {
  const list = splitLines(text);
  let incCounter = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i].slice(0, 9).toLowerCase() !== '!include ') continue;
    const pattern = truncsp(skipWs(list[i].slice(9)));
    const matches = pattern ? glob(pattern, cwd, { mark: true }) : [];
    list[i] = `; ${truncnl(list[i])} - ${matches.length} matches found`;
    for (const m of matches) {
      // each match goes right after the directive, so the matches end up in reverse order
      let at = i + 1;
      if (m.endsWith('/')) continue; // directories skipped
      let content = null;
      let line;
      if (incCounter >= INI_INCLUDE_MAX) line = `; ${m} - MAXIMUM INCLUDES REACHED: ${INI_INCLUDE_MAX}`;
      else {
        try {
          content = fs.readFileSync(path.resolve(cwd, m)).toString('latin1');
          line = `; ${m}`;
        } catch (e) {
          line = `; ${m} - FAILURE: ${e.message}`;
        }
      }
      list.splice(at, 0, line);
      at++;
      if (content !== null) {
        const inc = splitLines(content);
        list.splice(at, 0, ...inc);
        at += inc.length;
        incCounter++;
      }
    }
  }
  return list.map(truncnl);
}

function isEof(line) { return line[0] === '!' && stricmp(truncsp(line), '!eof'); }

function sectionName(line) {
  let p = skipWs(line);
  if (p[0] !== '[') return null;
  p = skipWs(p.slice(1));
  const close = p.lastIndexOf(']');
  if (close < 0) return null;
  return truncsp(p.slice(0, close));
}

function sectionMatch(name, compare, caseSensitive) {
  const names = name.split('|').map((s) => skipWs(truncsp(s)));
  const comps = compare.split('|').map((s) => skipWs(truncsp(s)));
  for (const n of names) for (const c of comps) {
    if (caseSensitive ? n === c : stricmp(n, c)) return true;
  }
  return false;
}

/**
 * c_unescape_str() of xpdev/genwrap.c: \x with up to two hex digits (none: a NUL), \ with up to
 * three DECIMAL digits (\065 is "A"; the value wraps at 256), \e \a \b \f \n \r \t \v, any other
 * character as itself. The result is a C string: the first NUL, escaped or not, ends it.
 */
function cUnescape(s) {
  const map = { e: '\x1b', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
  let out = '';
  let i = 0;
  while (i < s.length) {
    let ch = s[i++];
    if (ch === '\\') {
      const m = /^x([0-9a-fA-F]{0,2})/.exec(s.slice(i)) || /^()([0-9]{1,3})/.exec(s.slice(i));
      if (m && m[0][0] === 'x') {
        ch = String.fromCharCode(m[1] ? parseInt(m[1], 16) : 0);
        i += m[0].length;
      } else if (m) {
        ch = String.fromCharCode(parseInt(m[2], 10) & 0xff);
        i += m[0].length;
      } else {
        const c = i < s.length ? s[i++] : '\0';
        ch = map[c] !== undefined ? map[c] : c;
      }
    }
    if (ch === '\0') break;
    out += ch;
  }
  return out;
}

/**
 * key_name(): returns null (comment / no separator), NEW_SECTION, or {name, value, rawOffset}
 * rawOffset: offset of the value in the original line (for iniGet{Integer,Bool,Float} which read it untrimmed)
 */
function keyName(line, literals) {
  let start = 0;
  while (start < line.length && isWs(line[start])) start++;
  const p = line.slice(start);
  if (p[0] === ';') return null;
  if (p[0] === '[') return NEW_SECTION;
  const eq = p.indexOf('=');
  const colon = p.indexOf(':');
  let sep;
  let isColon = false;
  if (colon < 0 || (eq >= 0 && eq < colon)) sep = eq;
  else { sep = colon; isColon = true; }
  if (sep < 0) return null;
  let name = truncsp(p.slice(0, sep));
  let vstart = sep + 1;
  while (vstart < p.length && isWs(p[vstart])) vstart++;
  const rawOffset = start + vstart;
  let value = p.slice(vstart);
  if (literals && isColon) {
    value = truncnl(value);
    if (value[0] === '"') {
      value = value.slice(1);
      const q = value.lastIndexOf('"');
      if (q >= 0) value = value.slice(0, q);
    }
    name = cUnescape(name);
    value = cUnescape(value);
  } else {
    value = truncsp(value);
  }
  return { name, value, rawOffset, raw: line.slice(rawOffset) };
}

/** find_section_index: index of the header line, or list.length */
function findSectionIndex(list, section) {
  for (const cs of [true, false]) {
    for (let i = 0; i < list.length; i++) {
      const line = list[i].slice(0, INI_MAX_VALUE_LEN - 1); // copied into a 1024-byte buffer first
      if (isEof(line)) return list.length;
      const n = sectionName(line);
      if (n !== null && sectionMatch(n, section, cs)) return i;
    }
  }
  return list.length;
}

function findSection(list, section) {
  if (section === null) return 0;
  const i = findSectionIndex(list, section);
  return i < list.length ? i + 1 : i;
}

function cleanValue(v) { const i = v.indexOf('\xff'); return i >= 0 ? v.slice(0, i) : v; }

/** get_value(): {value (trimmed, truncated), raw (untrimmed tail of the line)} or null if missing */
function getValue(list, section, key, literals) {
  if (!list) return null;
  for (let i = findSection(list, section); i < list.length; i++) {
    if (isEof(list[i])) break;
    const k = keyName(list[i], literals);
    if (k === null) continue;
    if (k === NEW_SECTION) break;
    if (!stricmp(k.name, key)) continue;
    return { value: cleanValue(k.value.slice(0, INI_MAX_VALUE_LEN - 1)), raw: k.raw };
  }
  return null;
}

function isTrue(v) {
  if (!/^[A-Za-z]/.test(v)) return false;
  const w = v.split(/[; \t]/)[0];
  return stricmp(w, 'true') || stricmp(w, 'yes') || stricmp(w, 'on');
}

/** C strtol/strtoul with base 0 (as long, 64-bit on Linux) -> a JS number (BigInt-safe parse) */
function strtol(s, base) {
  let i = 0;
  while (i < s.length && isCSpace(s[i])) i++;
  let neg = false;
  if (s[i] === '+' || s[i] === '-') { neg = s[i] === '-'; i++; }
  let b = base;
  if ((b === 0 || b === 16) && s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X') && /[0-9a-fA-F]/.test(s[i + 2] || '')) { b = 16; i += 2; }
  else if (b === 0 && s[i] === '0') b = 8;
  else if (b === 0) b = 10;
  let n = 0n;
  const B = BigInt(b);
  for (; i < s.length; i++) {
    const d = parseInt(s[i], 36);
    if (Number.isNaN(d) || d >= b) break;
    n = n * B + BigInt(d);
    if (n > 0x7fffffffffffffffn) { n = 0x7fffffffffffffffn; }
  }
  return neg ? -n : n;
}

function toInt32(big) { return Number(BigInt.asIntN(32, big)); }
function toUint32(big) { return Number(BigInt.asUintN(32, big)); }

/** atof */
function atof(s) {
  const m = /^[ \t\n\r\v\f]*([+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|inf(inity)?|nan))/i.exec(s);
  if (!m) return 0;
  const t = m[1].toLowerCase();
  if (/inf/.test(t)) return t[0] === '-' ? -Infinity : Infinity;
  if (/nan/.test(t)) return NaN;
  return parseFloat(m[1]);
}

/**
 * js_file.cpp get_value(): coercion used by iniGetObject/iniGetAllObjects/iniGetValue(no default).
 * Returns {u:1} for undefined, else the value.
 */
const UNDEF = { u: 1 };
function coerce(value, blanks) {
  if (value === null || value === undefined || (value === '' && !blanks)) return UNDEF;
  let f = false;
  let p = 0;
  for (; p < value.length; p++) {
    const c = value[p];
    if (c === '.' && !f) f = true;
    else if (!(c >= '0' && c <= '9')) break;
  }
  if (p !== 0 && p === value.length) {
    if (f) return atof(value);
    return toUint32(strtol(value, 10)); // UINT_TO_JSVAL(strtoul()) wraps at 2^32 on 1.8.5
  }
  if (value.startsWith('0x')) {
    if (/^[0-9a-fA-F]*$/.test(value.slice(2))) return toUint32(strtol(value, 0));
  }
  if (stricmp(value, 'true')) return true;
  if (stricmp(value, 'false')) return false;
  return value;
}

// ---- the File.ini* methods; `text` is the whole open file, cwd the process cwd ----

function namedStringList(list, section) {
  if (!list) return null;
  let i = findSection(list, section);
  if (section !== null && i >= list.length) return null;
  const out = [];
  for (; i < list.length; i++) {
    if (isEof(list[i])) break;
    const k = keyName(list[i], true);
    if (k === null) continue;
    if (k === NEW_SECTION) break;
    out.push([k.name, k.value]);
  }
  return out;
}

function sectionList(list, prefix) {
  const out = [];
  for (let i = 0; i < list.length; i++) {
    if (isEof(list[i])) break;
    const n = sectionName(list[i]);
    if (n === null) continue;
    if (prefix && n.slice(0, prefix.length).toLowerCase() !== prefix.toLowerCase()) continue;
    if (out.some((x) => stricmp(x, n))) continue;
    out.push(n);
  }
  return out;
}

/**
 * iniGetValue(section, key, dflt). dflt is a tagged description from the prelude:
 * {t:'u'} | {t:'b',v} | {t:'i',v} (int32 jsval) | {t:'d',v} (double jsval) | {t:'s',v} | {t:'date',v:ms} | {t:'o',v:String(obj)} | {t:'n'} (null)
 * Returns a JSON-able value; {u:1} = undefined, {date: ms}, arrays of strings.
 */
function iniGetValue(list, section, key, dflt) {
  if (!dflt || dflt.t === 'u') {
    const g = getValue(list, section, key, true);
    const v = g === null || g.value === '' ? null : g.value;
    return coerce(v, false);
  }
  const g = getValue(list, section, key, false);
  const blank = g === null || skipWs(g.raw) === '';
  switch (dflt.t) {
    case 'b':
      if (blank) return dflt.v;
      return isTrue(g.raw) ? true : toInt32(strtol(g.raw, 0)) !== 0;
    case 'i':
      if (blank) return dflt.v;
      return isTrue(g.raw) ? 1 : toInt32(strtol(g.raw, 0));
    case 'd':
      if (blank) return dflt.v;
      return atof(g.raw);
    case 'date': {
      if (blank) return { date: dflt.v };
      return { date: parseDateTime(g.value) * 1000 };
    }
    case 'n':
    case 'o': {
      const gl = getValue(list, section, key, true);
      let v = gl === null ? '' : gl.value;
      if (v === '') v = dflt.t === 'n' ? 'null' : String(dflt.v);
      // strtok_r(",") skips empty tokens; each token is then trimmed
      return v.split(',').filter((t) => t !== '').map((t) => truncsp(skipWs(t)));
    }
    default: { // string (and anything else converted to a string)
      const gs = getValue(list, section, key, true);
      if (gs === null || gs.raw === '') return String(dflt.v);
      return gs.value;
    }
  }
}

// parseDateTime (subset): Unix seconds, hex, ISO-8601-ish "YYYY-MM-DD[T ]HH:MM[:SS]", or Date.parse()able text
function parseDateTime(v) {
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) {
    const t = Date.parse(v.replace(' ', 'T'));
    if (!Number.isNaN(t)) return Math.floor(t / 1000);
  }
  if (/^\d{8}T\d{6}/.test(v)) { // isoDateTime YYYYMMDDThhmmss
    const t = Date.parse(`${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}T${v.slice(9, 11)}:${v.slice(11, 13)}:${v.slice(13, 15)}`);
    if (!Number.isNaN(t)) return Math.floor(t / 1000);
  }
  const n = toInt32(strtol(v, 0));
  if (n) return n;
  const t = Date.parse(v);
  return Number.isNaN(t) ? 0 : Math.floor(t / 1000);
}

function iniGetObject(list, section, lowercase, blanks) {
  const named = namedStringList(list, section);
  if (named === null) return null;
  return named.map(([k, v]) => [lowercase ? k.toLowerCase() : k, coerce(v, blanks)]);
}

function iniGetKeys(list, section) {
  const out = [];
  for (let i = findSection(list, section); i < list.length; i++) {
    if (isEof(list[i])) break;
    const k = keyName(list[i], false);
    if (k === null) continue;
    if (k === NEW_SECTION) break;
    out.push(k.name);
  }
  return out;
}

function iniGetAllObjects(list, nameProp, prefix, lowercase, blanks) {
  const secs = sectionList(list, prefix);
  return secs.map((s) => {
    let name = prefix ? s.slice(prefix.length) : s;
    if (lowercase) name = name.toLowerCase();
    // the parsed-sections lookup: first section whose full header name matches (case-insensitively)
    const named = [];
    let found = -1;
    for (let i = 0; i < list.length; i++) {
      if (isEof(list[i])) break;
      const n = sectionName(list[i]);
      if (n !== null && stricmp(n, s)) { found = i; break; }
    }
    if (found >= 0) {
      for (let i = found + 1; i < list.length; i++) {
        if (isEof(list[i])) break;
        const k = keyName(list[i], true);
        if (k === null) continue;
        if (k === NEW_SECTION) break;
        named.push([lowercase ? k.name.toLowerCase() : k.name, coerce(k.value, blanks)]);
      }
    }
    return [[nameProp, name]].concat(named);
  });
}

module.exports = {
  readIniLines, splitLines, keyName, sectionName, sectionMatch, findSection, getValue, coerce, strtol, atof,
  iniGetValue, iniGetObject, iniGetKeys, iniGetAllObjects, sectionList, namedStringList, UNDEF,
};
