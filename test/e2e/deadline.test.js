"use strict";
// The run's deadline on real sockets, on the emulator and the real jsexec: hosts that talk for a
// while and then fail, so that the deadline (modopts timeout = 4: 1 s per connect or line wait)
// falls in the middle of a wait, a quarter to three quarters of a second before that wait would
// end on its own. The module's own measure of the run (duration_ms in its status file) must end
// on the deadline within DEADLINE_SLACK_MS, for every way a host can fail; a wait not cut to the
// time left overshoots by 250 ms or more. The process as a whole (startup and exit included)
// must end within PROCESS_SLACK_MS of it.
const assert = require("assert");
const { scenario } = require("./harness");

const TIMEOUT = 4;
const DEADLINE_MS = TIMEOUT * 1000;
const DEADLINE_SLACK_MS = 150;
const PROCESS_SLACK_MS = 1500;
const FILES = { "modopts.ini": "[dyndns]\npassword = s3cret\ntimeout = " + TIMEOUT + "\n" };
const STATUS = "dyndns-vert.synchro.net.json";

/** Answers three prompts over 0.75 s, then is silent: it costs 0.75 s + a 1 s wait = 1.75 s. */
const TALKER = ["id?", { delayMs: 300 }, "pw?", { delayMs: 450 }, "ip?", { silent: true }];
const SILENT = [{ silent: true }];

/**
 * Each kind of failing host after the talker, and what the hosts cost: the deadline (4 s)
 * comes 0.25 s into the third 1 s wait (hung, silent, trickling), or while the third host
 * waits for a line (closing), or during the endless stream.
 */
const KINDS = {
  "hung connect": ["hung", "hung", "hung", "hung"],
  "silent": [SILENT, SILENT, SILENT, SILENT],
  "trickling": Array(4).fill([{ trickle: "x".repeat(1000), intervalMs: 100, repeat: true }]),
  // a line every 150 ms: 32 lines would take 4.8 s
  "endless (paced)": [[{ endless: true, everyMs: 150 }]],
  // closes 0.9 s after its prompt: 1.75 -> 2.65 -> 3.55, and the third is cut at 4 s, 0.45 s before its close
  "closes mid-session": Array(4).fill(["id?", { delayMs: 900 }, { close: true }]),
  // refusals cost nothing: talker 1.75, silent 2.75, silent 3.75, the last silent is cut at 4 s
  "refused": ["refused", SILENT, "refused", SILENT, "refused", SILENT],
};

function hostsFor(kind) {
  const hosts = { "talker.synchro.net": TALKER };
  KINDS[kind].forEach((what, i) => { hosts["h" + (i + 1) + ".synchro.net"] = what; });
  return hosts;
}

describe("the run's deadline on real sockets: it ends on it, whatever each host does", function () {
  for (const kind of Object.keys(KINDS)) {
    // what each service got before the client hung up depends on timing for the streaming kinds
    const compare = kind === "endless (paced)" || kind === "trickling" ? { received: false } : true;
    scenario("talker then " + kind + ": the run ends at its 4 s deadline", { files: FILES, hosts: hostsFor(kind), stdinTty: false, compare }, (r) => {
      assert.strictEqual(r.exitCode, 1, r.all);
      const status = JSON.parse(r.readData(STATUS));
      const ms = status.last.duration_ms;
      assert.ok(ms >= DEADLINE_MS - 20 && ms <= DEADLINE_MS + DEADLINE_SLACK_MS,
        kind + ": the module ran " + ms + " ms; its deadline was " + DEADLINE_MS + " ms (slack " + DEADLINE_SLACK_MS + " ms)");
      assert.ok(r.elapsedMs < DEADLINE_MS + PROCESS_SLACK_MS, kind + ": the process took " + r.elapsedMs + " ms");
      assert.strictEqual(status.last.servers[0].result, "sent no line for 1 s", "the talker's wait");
      // a host that was still talking at the deadline said something: its words are the outcome
      assert.match(r.err[r.err.length - 1], kind === "endless (paced)" ? / rejected the update: unexpected 0 \/ unexpected 1 \/ / : /^update failed: /);
    });
  }
});
