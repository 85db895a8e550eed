"use strict";
// The fake DynDNS service in a process of its own, for the latency figures: in the
// same process it would share an event loop with the emulator's host side, and
// every log line the module writes would delay the service's timestamps.
const { startFakeService } = require("../fake/service");

startFakeService({}).then((svc) => {
  process.send({ port: svc.port });
  process.on("message", async (m) => {
    if (m.count) process.send({ count: svc.sessions.length });
    if (m.sessions) {
      process.send({ sessions: svc.sessions.map((s) => ({ answers: s.answers.map((a) => ({ prompt: a.prompt, answer: a.answer, latencyMs: a.latencyMs })) })) });
    }
    if (m.quit) { await svc.close(); process.exit(0); }
  });
});
