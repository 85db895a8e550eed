"use strict";
/*
 * Stand-in for No-IP's dyndns2 update server (dynupdate.no-ip.com), on loopback over HTTPS with a
 * certificate from the test CA (certs.js). No test reaches No-IP: this follows the update protocol
 * as No-IP documents it for integrators (its "Integrate with No-IP DDNS" request page), as the
 * author knows it:
 *   GET /nic/update?hostname=a.example.net[,b.example.net...]&myip=IPv4[&myipv6=IPv6]
 *   Authorization: Basic base64(username:password); a User-Agent is required.
 * Answers (text/plain), one line per host name in request order, or one line for the account:
 *   good <ip>   the host now has that address        nochg <ip>  it had it already
 *   nohost      not a host of this account           !donator    a feature of paid accounts
 *   badauth     wrong username or password (HTTP 401) badagent    no User-Agent, or a blocked one
 *   abuse       the account is blocked for abuse     911         trouble at No-IP: retry in 30 minutes
 * Without myip the address the request came from is used (127.0.0.1 here). The addresses are kept as
 * given: what No-IP answers to a malformed one is not documented, so the stand-in does not guess.
 *
 *   const noip = await startNoIp({ accounts: { user: { password: "pw", hosts: { "bbs.ddns.test": "203.0.113.1" } } } });
 *   noip.url("/nic/update?hostname=bbs.ddns.test&myip=203.0.113.9"), noip.requests, noip.hosts("user")
 *   noip.answerAll("911")              // every later request gets this one line (null: back to normal)
 *   noip.answerFor("bbs.ddns.test", "!donator")   // this host's line, whatever it asks
 *   await noip.stop()
 */
const { startStandIn } = require("./httpsStandIn");

const ACCOUNT_ANSWERS = ["badauth", "badagent", "abuse", "911"];
const HOST_ANSWERS = ["good", "nochg", "nohost", "!donator"];

function credentials(header) {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header || "");
  if (!m) return null;
  const text = Buffer.from(m[1], "base64").toString("latin1");
  const colon = text.indexOf(":");
  return colon < 0 ? null : { user: text.slice(0, colon), password: text.slice(colon + 1) };
}

async function startNoIp(options = {}) {
  const accounts = JSON.parse(JSON.stringify(options.accounts || {}));
  let forced = null;
  const forcedFor = {};

  function text(status, lines) {
    return { status, headers: status === 401 ? { "WWW-Authenticate": 'Basic realm="No-IP stand-in"' } : {}, body: lines.join("\n") + "\n" };
  }

  function handle(req) {
    if (req.path !== "/nic/update") return { status: 404, body: "not found" };
    if (!req.headers["user-agent"]) return text(200, ["badagent"]);
    const who = credentials(req.headers.authorization);
    const account = who && Object.prototype.hasOwnProperty.call(accounts, who.user) ? accounts[who.user] : null;
    if (!account || account.password !== who.password) return text(401, ["badauth"]);
    if (forced) return text(forced === "badauth" ? 401 : 200, [forced]);
    const names = (req.query.hostname || "").split(",").filter((n) => n);
    const ipv4 = req.query.myip !== undefined ? req.query.myip : "127.0.0.1";
    const ipv6 = req.query.myipv6;
    const lines = [];
    for (const name of names.length ? names : [""]) {
      if (forcedFor[name]) lines.push(/^(good|nochg)$/.test(forcedFor[name]) ? forcedFor[name] + " " + ipv4 : forcedFor[name]);
      else if (!Object.prototype.hasOwnProperty.call(account.hosts, name)) lines.push("nohost");
      else {
        const now = account.hosts[name];
        const wanted = ipv6 !== undefined ? ipv4 + "," + ipv6 : ipv4;
        lines.push((now === wanted ? "nochg " : "good ") + ipv4);
        account.hosts[name] = wanted;
      }
    }
    return text(200, lines);
  }

  const s = await startStandIn({ name: "No-IP", hosts: options.hosts || ["dynupdate.no-ip.test"], handle, plain: options.plain });
  return Object.assign(s, {
    /** The hosts of an account and their addresses now ("v4" or "v4,v6"). */
    hosts: (user) => Object.assign({}, accounts[user].hosts),
    answerAll(code) {
      if (code !== null && !ACCOUNT_ANSWERS.concat(HOST_ANSWERS).includes(code)) throw new Error("No-IP has no answer " + code);
      forced = code;
    },
    answerFor(host, code) {
      if (!HOST_ANSWERS.concat(ACCOUNT_ANSWERS).includes(code)) throw new Error("No-IP has no answer " + code);
      forcedFor[host] = code;
    },
  });
}

module.exports = { startNoIp, ACCOUNT_ANSWERS, HOST_ANSWERS };
