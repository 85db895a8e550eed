"use strict";
// A mocha suite's web lab: the stand-in on one pack's web server for the whole describe()
// (started in before(), stopped in after()), its record cleared and its checkip page set to
// CHECKIP_IP before each test, and both real clients aimed at it over HTTP with a QWKnet
// account. Call it inside describe():
//
//   const lab = webLab("3.30a", ["a.bbs.test"]);
//   it("...", async () => { const r = await lab.ddclient({ password: "wrong" }); lab.updates() ... });
const { startStandIn, setAnswers, requests, clearRequests } = require("./standin");
const { ddclient, inadyn } = require("./clients");

/** The address the stand-in's checkip page shows by default (TEST-NET-3). */
const CHECKIP_IP = "203.0.113.7";

/** hosts: the names both clients update unless a call gives others. */
function webLab(version, hosts) {
  const lab = {
    web: null,
    env: null,
    /** The update requests the stand-in got in this test. */
    updates: () => requests(lab.web).filter((r) => r.path_info === "/update"),
    /** ddclient once over HTTP, use=web on the stand-in's checkip page; extra: more ddclient() options. */
    ddclient: (extra = {}) => ddclient(Object.assign({
      server: lab.web.http.server, login: "TESTBBS", password: "QwkPass7", hosts, web: lab.web.http.url("/nic/checkip"), env: lab.env,
    }, extra)),
    /** inadyn once over HTTP, checkip-server the stand-in; extra: more inadyn() options. */
    inadyn: (extra = {}) => inadyn(Object.assign({
      server: lab.web.http.server, username: "TESTBBS", password: "QwkPass7", hosts,
      checkip: { server: lab.web.http.server, path: "/nic/checkip" }, env: lab.env,
    }, extra)),
  };
  before(async function () {
    lab.web = await startStandIn({ version });
    lab.env = lab.web.clientEnv();
  });
  after(async function () {
    if (lab.web) await lab.web.stop();
  });
  beforeEach(function () {
    clearRequests(lab.web);
    setAnswers(lab.web, { "/checkip": { ip: CHECKIP_IP } });
  });
  return lab;
}

module.exports = { webLab, CHECKIP_IP };
