"use strict";
// Root hooks (mocha `require`): nothing a test opens may outlive it. After each test, every
// timer, socket, server and child process it opened (it, or the background run of its own
// scenario) and that would keep Node alive must be gone within SETTLE_MS; what is left is
// recorded, unref'd (so that mocha still exits), and the run fails at its end with one line per
// leak, naming the test and what it left open. The same holds for what before/after hooks open:
// checked once everything has run.
//
// Attribution: an async hook notes, for each resource created, who owns it: the background job
// that runs it (owned(label, fn), used by the e2e harness for prefetched scenarios: their
// resources, and those their resources create, belong to their own test), else the test running
// at that moment, else the suite's hooks.
// SETTLE_MS: how long a closing socket or a finishing child may take to go, after its test.
const { AsyncLocalStorage, createHook } = require("node:async_hooks");

const SETTLE_MS = 1500;
const als = new AsyncLocalStorage();
const ownerOfId = new Map(); // asyncId -> owner, while the resource lives
const ownerOf = new WeakMap(); // resource (or the handle behind a socket) -> owner
const timers = new Map(); // asyncId -> Timeout, while it lives
let current = "a before/after hook"; // owner of what no job or trigger claims
const jobs = new Set(); // labels of background jobs
const leaks = [];

createHook({
  init(asyncId, type, triggerAsyncId, resource) {
    if (type === "PROMISE") return;
    const store = als.getStore();
    const triggered = ownerOfId.get(triggerAsyncId);
    // a background job's resources stay its own (a connection its server accepts too); the rest
    // belongs to the test running now, whatever mocha resource happened to trigger it
    const owner = store ? store.label : jobs.has(triggered) ? triggered : current;
    ownerOfId.set(asyncId, owner);
    try { ownerOf.set(resource, owner); } catch (e) { /* not an object */ }
    if (type === "Timeout") timers.set(asyncId, resource);
  },
  destroy(asyncId) {
    ownerOfId.delete(asyncId);
    timers.delete(asyncId);
  },
}).enable();

/** Runs fn (a background job) so that what it opens belongs to `label` (a test's title). */
function owned(label, fn) {
  jobs.add(label);
  return als.run({ label }, fn);
}

function isStdio(h) {
  return h === process.stdin || h === process.stdout || h === process.stderr;
}

function refd(h) {
  if (typeof h.hasRef === "function") return h.hasRef();
  if (h._handle && typeof h._handle.hasRef === "function") return h._handle.hasRef();
  return true;
}

/** Every live resource that keeps Node alive, with its owner: [{ owner, what, resource }]. */
function openResources() {
  const out = [];
  for (const t of timers.values()) {
    if (t._destroyed || !t.hasRef()) continue;
    out.push({ owner: ownerOf.get(t), what: describeTimer(t), resource: t });
  }
  for (const h of process._getActiveHandles()) {
    if (isStdio(h) || !refd(h)) continue;
    const owner = ownerOf.get(h) || (h._handle && ownerOf.get(h._handle));
    out.push({ owner, what: describeHandle(h), resource: h });
  }
  return out;
}

function describeTimer(t) {
  const fn = t._onTimeout ? String(t._onTimeout).replace(/\s+/g, " ").slice(0, 90) : "?";
  return "a timer of " + t._idleTimeout + " ms" + (t._repeat ? " (interval)" : "") + " running " + fn;
}

function describeHandle(h) {
  const name = h.constructor ? h.constructor.name : typeof h;
  try {
    if (name === "Socket" && h.remoteAddress) return "a socket " + h.localAddress + ":" + h.localPort + " -> " + h.remoteAddress + ":" + h.remotePort;
    if (name === "Socket" && h.connecting) return "a socket connecting" + (h._host ? " to " + h._host : "");
    if (name === "Server" && h.address()) return "a server listening on " + JSON.stringify(h.address());
    if (name === "ChildProcess") return "a child process " + [h.spawnfile].concat((h.spawnargs || []).slice(1)).join(" ").slice(0, 120) + " (pid " + h.pid + ")";
  } catch (e) { /* described by its name below */ }
  return "a " + name;
}

function mine(owners, hook) {
  // the hook's own timeout timer (mocha's) is not the test's
  const own = hook && typeof hook.runnable === "function" ? hook.runnable().timer : null;
  return openResources().filter((r) => owners.includes(r.owner) && r.resource !== own);
}

async function settle(owners, hook) {
  const until = Date.now() + SETTLE_MS;
  let left = mine(owners, hook);
  while (left.length && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 20).unref());
    left = mine(owners, hook);
  }
  return left;
}

/** Records the leaks and stops them from holding the process (closing them is the test's job). */
function record(where, left) {
  for (const r of left) {
    leaks.push(where + " left open " + r.what);
    if (typeof r.resource.unref === "function") r.resource.unref();
  }
}

exports.owned = owned;
exports.mochaHooks = {
  beforeEach() {
    current = this.currentTest.fullTitle();
  },
  async afterEach() {
    const test = this.currentTest;
    const owners = [test.fullTitle(), test.title];
    current = "a before/after hook";
    record("the test \"" + test.fullTitle() + "\"", await settle(owners, this));
  },
  async afterAll() {
    record("a before/after hook", await settle(["a before/after hook"], this));
    if (leaks.length) {
      const list = leaks.splice(0);
      throw new Error(list.length + " leak(s): a timer, socket, server or process outlived what opened it:\n  " + list.join("\n  "));
    }
  },
};
