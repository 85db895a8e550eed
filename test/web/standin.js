"use strict";
// A stand-in for the hub's dyndns2 endpoint (sbbs/standin.ssjs), served by the real web server:
// it answers what the test tells it and records every request it gets. It is a lab instrument for
// learning what real clients send and how they take each answer, not the endpoint.
//
//   const web = await startStandIn({ version: "3.22a" });     // startWebServer() with the stand-in
//   setAnswers(web, { "/update": { body: "nochg 203.0.113.7\n" } });
//   ... run a client against web.http.url("/nic/update") ...
//   requests(web)   // [{ method, request (path and query), http_ver, path_info, query: { hostname: [...] },
//                   //    headers: { "user-agent": ... }, authorization: { scheme, user }, user: { number, alias } }]
//   clearRequests(web)
const fs = require("node:fs");
const path = require("node:path");
const { startWebServer } = require("./webServer");

const STANDIN = fs.readFileSync(path.join(__dirname, "sbbs/standin.ssjs"), "latin1");

/** startWebServer() with the stand-in as nic/index.ssjs (more options as startWebServer takes them). */
function startStandIn(options = {}) {
  return startWebServer(Object.assign({}, options, {
    files: Object.assign({ "nic/index.ssjs": STANDIN }, options.files || {}),
    rootFiles: Object.assign({ "data/standin/requests.jsonl": "", "data/standin/answers.json": "{}" }, options.rootFiles || {}),
  }));
}

/**
 * What the stand-in answers, by path_info ("/update", "/checkip", or "*" for any other):
 * { status: "401 Unauthorized" (the HTTP status line's code and text), headers: {...}, body: "..." },
 * or for /checkip { ip } (the address its page shows; default the client's). {} resets to the defaults.
 */
function setAnswers(web, answers) {
  web.root.write("data/standin/answers.json", JSON.stringify(answers));
}

/** Every request the stand-in got since the start (or the last clearRequests), oldest first. */
function requests(web) {
  return web.root.read("data/standin/requests.jsonl").split("\n").filter((l) => l !== "").map((l) => JSON.parse(l));
}

function clearRequests(web) {
  web.root.write("data/standin/requests.jsonl", "");
}

module.exports = { STANDIN, startStandIn, setAnswers, requests, clearRequests };
