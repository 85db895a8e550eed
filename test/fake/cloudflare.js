"use strict";
/*
 * Stand-in for Cloudflare's API v4 (api.cloudflare.com/client/v4), the DNS part, on loopback over
 * HTTPS with a certificate from the test CA (certs.js). No test reaches Cloudflare: this follows
 * Cloudflare's API documentation as the author knows it:
 *   GET    /client/v4/zones?name=example.com                  the zones the token may read, by name
 *   GET    /client/v4/zones/:zone_id/dns_records?type=A&name=bbs.example.com   (exact name)
 *   POST   /client/v4/zones/:zone_id/dns_records              {type, name, content, ttl, proxied, comment}
 *   GET | PUT | PATCH | DELETE /client/v4/zones/:zone_id/dns_records/:id   (PUT replaces, PATCH merges)
 * with Authorization: Bearer <API token>. Every answer is the JSON envelope
 * {success, errors: [{code, message}], messages, result} (lists also result_info). Errors:
 *   400 9106  no Authorization header                400 6003/6111  it is not "Bearer <token>"
 *   403 9109  Invalid access token                   403 10000  Authentication error (the token may not do this)
 *   400 6007  Malformed JSON in request body         400 9005/9006  content is not an IPv4/IPv6 address
 *   400 9021  Invalid TTL (1 = automatic, or 60 to 86400)
 *   400 1004  DNS Validation Error (a name outside the zone)
 *   400 81058 An identical record already exists     404 81044  Record does not exist
 *   404 7003  no such zone (Could not route to ...)  429 971  rate limited (with Retry-After)
 *
 *   const cf = await startCloudflare({
 *     tokens: { "tok-edit": { zones: ["example.test"], edit: true }, "tok-read": { zones: ["example.test"] } },
 *     zones: ["example.test"],
 *     records: [{ zone: "example.test", type: "A", name: "bbs.example.test", content: "203.0.113.1", ttl: 1 }],
 *   });
 *   cf.zoneId("example.test"), cf.records("example.test"), cf.requests
 *   cf.rateLimitAfter(n)     // the (n+1)th request from now on, and every later one, gets 429
 *   await cf.stop()
 */
const crypto = require("node:crypto");
const net = require("node:net");
const { startStandIn } = require("./httpsStandIn");

const BASE = "/client/v4";
const id = () => crypto.randomBytes(16).toString("hex");

function envelope(status, result, errors, extra) {
  return { status, body: Object.assign({ success: !errors, errors: errors || [], messages: [], result: errors ? null : result }, extra || {}) };
}

function error(status, code, message, chain) {
  const e = { code, message };
  if (chain) e.error_chain = chain;
  return envelope(status, null, [e]);
}

function list(items) {
  return envelope(200, items, null, { result_info: { page: 1, per_page: 100, count: items.length, total_count: items.length, total_pages: 1 } });
}

async function startCloudflare(options) {
  const zones = (options.zones || []).map((name) => ({ id: id(), name, status: "active" }));
  const records = [];
  let limitAfter = null;
  let counted = 0;

  function zoneByName(name) { return zones.find((z) => z.name === name); }
  function stamp() { return new Date().toISOString(); }
  function add(zone, r) {
    const record = {
      id: id(), zone_id: zone.id, zone_name: zone.name, name: r.name, type: r.type, content: r.content,
      proxiable: true, proxied: !!r.proxied, ttl: r.ttl || 1, settings: {}, meta: {}, comment: r.comment || null, tags: [],
      created_on: stamp(), modified_on: stamp(),
    };
    records.push(record);
    return record;
  }
  for (const r of options.records || []) add(zoneByName(r.zone), r);

  function invalid(zone, r) {
    if (r.type === "A" && !net.isIPv4(String(r.content))) return error(400, 9005, "Content for A record must be a valid IPv4 address.");
    if (r.type === "AAAA" && !net.isIPv6(String(r.content))) return error(400, 9006, "Content for AAAA record must be a valid IPv6 address.");
    if (r.ttl !== undefined && r.ttl !== 1 && !(r.ttl >= 60 && r.ttl <= 86400)) return error(400, 9021, "Invalid TTL. Must be between 60 and 86400 seconds, or 1 for Automatic.");
    if (typeof r.name !== "string" || (r.name !== zone.name && !r.name.endsWith("." + zone.name))) {
      return error(400, 1004, "DNS Validation Error", [{ code: 9000, message: "DNS name is invalid." }]);
    }
    return null;
  }

  function handle(req) {
    if (limitAfter !== null && ++counted > limitAfter) {
      return Object.assign(error(429, 971, "Please wait and consider throttling your request speed"), { headers: { "Retry-After": "60" } });
    }
    const auth = req.headers.authorization;
    if (auth === undefined) return error(400, 9106, "Missing X-Auth-Key, X-Auth-Email or Authorization headers");
    const m = /^Bearer ([A-Za-z0-9_-]+)$/.exec(auth);
    if (!m) return error(400, 6003, "Invalid request headers", [{ code: 6111, message: "Invalid format for Authorization header" }]);
    const token = Object.prototype.hasOwnProperty.call(options.tokens || {}, m[1]) ? options.tokens[m[1]] : null;
    if (!token) return error(403, 9109, "Invalid access token");
    if (!req.path.startsWith(BASE + "/")) return error(404, 7000, "No route for that URI");
    const parts = req.path.slice(BASE.length + 1).split("/");
    const may = (zone) => token.zones.includes(zone.name);

    if (parts[0] === "zones" && parts.length === 1 && req.method === "GET") {
      return list(zones.filter((z) => may(z) && (req.query.name === undefined || z.name === req.query.name)));
    }
    const zone = parts[0] === "zones" ? zones.find((z) => z.id === parts[1]) : null;
    if (!zone) return error(404, 7003, "Could not route to " + req.path + ", perhaps your object identifier is invalid?");
    if (!may(zone)) return error(403, 10000, "Authentication error");
    if (parts[2] !== "dns_records" || parts.length > 4) return error(404, 7000, "No route for that URI");
    const writing = req.method !== "GET";
    if (writing && !token.edit) return error(403, 10000, "Authentication error");
    let body = null;
    if (req.method === "POST" || req.method === "PUT" || req.method === "PATCH") {
      try { body = JSON.parse(req.body); } catch (e) { return error(400, 6007, "Malformed JSON in request body"); }
      if (!body || typeof body !== "object") return error(400, 6007, "Malformed JSON in request body");
    }
    const inZone = records.filter((r) => r.zone_id === zone.id);

    if (parts.length === 3) {
      if (req.method === "GET") {
        return list(inZone.filter((r) => (req.query.type === undefined || r.type === req.query.type)
          && (req.query.name === undefined || r.name === req.query.name)
          && (req.query.content === undefined || r.content === req.query.content)));
      }
      if (req.method !== "POST") return error(405, 10405, "Method not allowed");
      const bad = invalid(zone, body);
      if (bad) return bad;
      if (inZone.some((r) => r.type === body.type && r.name === body.name && r.content === body.content)) {
        return error(400, 81058, "An identical record already exists.");
      }
      return envelope(200, add(zone, body));
    }
    const record = inZone.find((r) => r.id === parts[3]);
    if (!record) return error(404, 81044, "Record does not exist.");
    if (req.method === "GET") return envelope(200, record);
    if (req.method === "DELETE") {
      records.splice(records.indexOf(record), 1);
      return envelope(200, { id: record.id });
    }
    const next = req.method === "PUT"
      ? { type: body.type, name: body.name, content: body.content, ttl: body.ttl || 1, proxied: !!body.proxied, comment: body.comment || null }
      : Object.assign({ type: record.type, name: record.name, content: record.content, ttl: record.ttl, proxied: record.proxied, comment: record.comment }, body);
    const bad = invalid(zone, next);
    if (bad) return bad;
    Object.assign(record, next, { modified_on: stamp() });
    return envelope(200, record);
  }

  const s = await startStandIn({ name: "Cloudflare", hosts: options.hosts || ["api.cloudflare.test"], handle, plain: options.plain });
  return Object.assign(s, {
    zoneId: (name) => zoneByName(name).id,
    /** The zone's records now, as the API would list them. */
    records: (name) => JSON.parse(JSON.stringify(records.filter((r) => r.zone_name === name))),
    rateLimitAfter(n) { limitAfter = n; counted = 0; },
  });
}

module.exports = { startCloudflare };
