'use strict';
// Worker thread of the `vm` engine: one node:vm realm, stripped of ES2015+ library features,
// running the ES5 prelude and the module. The realm's RPC blocks this thread with Atomics.wait
// until the main thread (which owns sockets, files and timers) answers.

const { workerData, parentPort, receiveMessageOnPort } = require('node:worker_threads');
const vm = require('node:vm');
const fs = require('node:fs');
const path = require('node:path');

const flag = new Int32Array(workerData.sab);
const port = workerData.port;

function rawHost(req) {
  Atomics.store(flag, 0, 0);
  parentPort.postMessage(req);
  for (;;) {
    const m = receiveMessageOnPort(port);
    if (m) return m.message;
    Atomics.wait(flag, 0, 0, 100);
  }
}

function rawExit() {
  process.exit(0); // ends this worker at once: no catch/finally of the module runs
}

const ctx = vm.createContext({}, { name: 'sbbs', codeGeneration: { strings: true, wasm: false } });
ctx.__sbbs_raw = rawHost;
ctx.__sbbs_rawexit = rawExit;
const dir = __dirname;
const run = (file) => new vm.Script(fs.readFileSync(path.join(dir, file), 'utf8'), { filename: path.join(dir, file) }).runInContext(ctx);

run('strip-es2015.js');
vm.runInContext(`(function (G) {
  var raw = G.__sbbs_raw, rawExit = G.__sbbs_rawexit, parse = JSON.parse, stringify = JSON.stringify;
  delete G.__sbbs_raw; delete G.__sbbs_rawexit;
  G.__sbbs_host = function (op, args) { return parse(raw(stringify([op, args]))); };
  G.__sbbs_exit = function (code) { rawExit(code); };
  G.__sbbs_engine = 'vm';
})(this);`, ctx, { filename: 'sbbs-glue-vm.js' });
run('prelude.js');
run('runner.js');
process.exit(0);
