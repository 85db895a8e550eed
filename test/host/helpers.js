'use strict';
// Helpers for the emulator self-tests: temp ES5 scripts, a concurrency-limited runner, result parsing.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'sbbs-selftest-'));
process.on('exit', () => fs.rmSync(tmpRoot, { recursive: true, force: true }));
let n = 0;

/** write an ES5 test script to a temp file; returns its path */
function scriptFile(source, name) {
  n += 1;
  const p = path.join(tmpRoot, `${name || 'trap'}-${n}.js`);
  fs.writeFileSync(p, source, 'latin1');
  return p;
}

/** the last JSON object the script printed/logged (print(JSON.stringify(...))) */
function lastJson(r) {
  for (let i = r.output.length - 1; i >= 0; i--) {
    const t = r.output[i].text;
    if (typeof t === 'string' && t.charAt(0) === '{') {
      try { return JSON.parse(t); } catch { /* keep looking */ }
    }
  }
  throw new Error(`no JSON result in output; uncaught=${r.uncaught} exit=${r.exitCode} stdout=${JSON.stringify(r.stdout)} engineStderr=${r.engineStderr || ''}`);
}

/** run async thunks with at most `limit` at a time; returns their settled results in order */
async function pool(thunks, limit) {
  const results = new Array(thunks.length);
  let next = 0;
  async function worker() {
    while (next < thunks.length) {
      const i = next++;
      try { results[i] = { ok: true, value: await thunks[i]() }; } catch (e) { results[i] = { ok: false, error: e }; }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, thunks.length) }, worker));
  return results;
}

module.exports = { scriptFile, lastJson, pool, tmpRoot };
