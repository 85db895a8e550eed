"use strict";
// Debian's Chromium in headless mode, driven over the DevTools protocol on a pipe
// (--remote-debugging-pipe: JSON messages ended by NUL on fds 3 and 4), with nothing installed
// from npm. A page is loaded as a person loads it: when the server asks for a login (401 with a
// Basic challenge), the browser's own login dialog is answered with the credentials given
// (Fetch.authRequired), or cancelled when there are none, which shows the 401 page.
//
//   const browser = await launchBrowser();
//   const tab = await browser.newTab({ width: 390, height: 844, mobile: true, credentials: { username, password } });
//   const r = await tab.open(url);   // { status, error, url, title, text, challenges: [{ scheme, realm }], dialogs: [...] }
//   await tab.screenshot(file);      // PNG of the whole page
//   await tab.evaluate("document.querySelectorAll('script').length");
//   await browser.close();
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawn } = require("node:child_process");

const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
/** As the machine's note starts it: headless, no sandbox (root), nothing reaching out on its own. */
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--mute-audio", "--remote-debugging-pipe"];

async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(CHROMIUM + " is not installed: the pages' browser tests need Debian's chromium (apt-get install chromium)");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "dyndns-chromium-"));
  const child = spawn(CHROMIUM, FLAGS.concat(["--user-data-dir=" + profile, "about:blank"]), { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => { stderr = (stderr + d).slice(-4000); });
  const exited = new Promise((resolve) => child.on("close", resolve));
  let buffer = Buffer.alloc(0);
  let nextId = 0;
  const pending = new Map();
  const listeners = [];
  child.stdio[4].on("data", (data) => {
    buffer = Buffer.concat([buffer, data]);
    for (let end = buffer.indexOf(0); end >= 0; end = buffer.indexOf(0)) {
      const message = JSON.parse(buffer.subarray(0, end).toString("utf8"));
      buffer = buffer.subarray(end + 1);
      if (message.id !== undefined && pending.has(message.id)) {
        const { resolve, reject, method } = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) reject(new Error(method + ": " + message.error.message));
        else resolve(message.result);
      } else {
        for (const listener of listeners.slice()) listener(message);
      }
    }
  });
  exited.then(() => { for (const { reject, method } of pending.values()) reject(new Error(method + ": Chromium exited\n" + stderr)); pending.clear(); });

  function send(method, params = {}, sessionId) {
    return new Promise((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject, method });
      const message = { id, method, params };
      if (sessionId) message.sessionId = sessionId;
      child.stdio[3].write(JSON.stringify(message) + "\0");
    });
  }

  /** Resolves with the first event of `method` (of this session) that `match` takes, or rejects after ms. */
  function waitEvent(sessionId, method, match = () => true, ms = 20000) {
    return new Promise((resolve, reject) => {
      const listener = (m) => {
        if (m.method !== method || m.sessionId !== sessionId || !match(m.params)) return;
        clearTimeout(timer);
        listeners.splice(listeners.indexOf(listener), 1);
        resolve(m.params);
      };
      const timer = setTimeout(() => { listeners.splice(listeners.indexOf(listener), 1); reject(new Error("Chromium: no " + method + " within " + ms + " ms")); }, ms);
      listeners.push(listener);
    });
  }

  await send("Browser.getVersion");

  /**
   * A new tab, in a browser context of its own (its own logins and cookies). width, height (CSS pixels), mobile (a phone: touch, its viewport meta taken),
   * scale (device pixels per CSS pixel), credentials ({ username, password }: what the person
   * types into the login dialog; none: the dialog is cancelled).
   */
  async function newTab(options = {}) {
    // A context of its own, as a fresh browser profile: the logins a browser remembers for a site stay in their tab.
    const { browserContextId } = await send("Target.createBrowserContext", { disposeOnDetach: false });
    const { targetId } = await send("Target.createTarget", { url: "about:blank", browserContextId });
    const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
    const tab = { challenges: [], dialogs: [], documents: [] };
    listeners.push((m) => {
      if (m.sessionId !== sessionId) return;
      if (m.method === "Fetch.authRequired") {
        const c = m.params.authChallenge;
        tab.challenges.push({ scheme: c.scheme, realm: c.realm, source: c.source });
        // The person types the credentials once; asked again (they were wrong), they cancel.
        const answer = options.credentials && tab.challenges.length === 1
          ? { response: "ProvideCredentials", username: options.credentials.username, password: options.credentials.password }
          : { response: "CancelAuth" };
        send("Fetch.continueWithAuth", { requestId: m.params.requestId, authChallengeResponse: answer }, sessionId).catch(() => {});
      } else if (m.method === "Fetch.requestPaused") {
        send("Fetch.continueRequest", { requestId: m.params.requestId }, sessionId).catch(() => {});
      } else if (m.method === "Page.javascriptDialogOpening") {
        tab.dialogs.push(m.params.message);
        send("Page.handleJavaScriptDialog", { accept: false }, sessionId).catch(() => {});
      } else if (m.method === "Network.responseReceived" && m.params.type === "Document") {
        tab.documents.push({ url: m.params.response.url, status: m.params.response.status, headers: m.params.response.headers });
      }
    });
    await send("Page.enable", {}, sessionId);
    await send("Network.enable", {}, sessionId);
    await send("Fetch.enable", { handleAuthRequests: true, patterns: [{ urlPattern: "*" }] }, sessionId);
    await send("Emulation.setDeviceMetricsOverride", {
      width: options.width || 1200, height: options.height || 900, deviceScaleFactor: options.scale || 1, mobile: !!options.mobile,
    }, sessionId);
    if (options.mobile) await send("Emulation.setTouchEmulationEnabled", { enabled: true }, sessionId);

    async function evaluate(expression) {
      const r = await send("Runtime.evaluate", { expression, returnByValue: true }, sessionId);
      if (r.exceptionDetails) throw new Error("in the page: " + expression + ": " + r.exceptionDetails.text);
      return r.result.value;
    }

    return {
      /**
       * Loads url and waits for it; what a person sees: the last document's status (error: why Chromium showed its own
       * page instead), the final URL, the title, the text; the logins it was asked for and the dialogs the page opened.
       */
      async open(url) {
        tab.challenges.length = 0;
        tab.dialogs.length = 0;
        tab.documents.length = 0;
        const loaded = waitEvent(sessionId, "Page.loadEventFired");
        const nav = await send("Page.navigate", { url }, sessionId);
        // A page Chromium will not show (an error status with an empty body) is replaced by its own error page.
        await loaded;
        const last = tab.documents[tab.documents.length - 1] || {};
        return {
          status: last.status, error: nav.errorText || null, url: await evaluate("location.href"), title: await evaluate("document.title"),
          text: await evaluate("document.body.innerText"), headers: last.headers || {}, challenges: tab.challenges.slice(), dialogs: tab.dialogs.slice(),
        };
      },
      evaluate,
      /** A PNG of the whole page (not only the viewport). */
      async screenshot(file) {
        const size = await evaluate("JSON.stringify([document.documentElement.scrollWidth, document.documentElement.scrollHeight])");
        const [width, height] = JSON.parse(size);
        const shot = await send("Page.captureScreenshot", { format: "png", captureBeyondViewport: true, clip: { x: 0, y: 0, width, height, scale: 1 } }, sessionId);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, Buffer.from(shot.data, "base64"));
        return { file, width, height };
      },
      /** A PNG of what the window shows (its width and height). */
      async viewport(file) {
        const shot = await send("Page.captureScreenshot", { format: "png" }, sessionId);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, Buffer.from(shot.data, "base64"));
        return file;
      },
      async close() {
        await send("Target.closeTarget", { targetId });
        await send("Target.disposeBrowserContext", { browserContextId });
      },
    };
  }

  return {
    newTab,
    async close() {
      try { await Promise.race([send("Browser.close"), new Promise((r) => setTimeout(r, 3000))]); } catch (e) { /* already gone */ }
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
      for (const stream of [child.stderr, child.stdio[3], child.stdio[4]]) stream.destroy();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

module.exports = { launchBrowser, CHROMIUM };
