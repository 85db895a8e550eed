/* index.ssjs: the web pages of the Synchronet DynDNS service, version 1.0.0
 * A member (QWKnet account) logged in sees their own name: what DNS publishes, the last update, the last sessions and what to do;
 * the sysop sees every member's name (/dyndns/hub). The [dyndns_service] settings of ctrl/modopts.ini, the hub's audit log.
 * usage: copy this directory (index.ssjs, webctrl.ini) into the web server's root as dyndns/ (docs/hub.md)
 * Generated from src/ by build.mjs: edit the TypeScript, not this file.
 */
(function() {
  // src:shared/core/hostname.ts
  var LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
  function isDnsLabel(text) {
    return LABEL.test(text);
  }
  function isHostName(text) {
    var name2 = text.charAt(text.length - 1) === "." ? text.slice(0, -1) : text;
    if (name2.length === 0 || name2.length > 253)
      return false;
    var labels = name2.split(".");
    for (var i = 0; i < labels.length; i++) {
      if (!isDnsLabel(labels[i]))
        return false;
    }
    return !/^[0-9]+$/.test(labels[labels.length - 1]);
  }

  // src:hub/core/audit.ts
  var RESULTS = ["updated", "unchanged", "refused", "failed"];
  var FRONTS = ["8467", "dyndns2"];
  var ISO_TIME = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,3}))?Z$/;
  function auditTime(time) {
    var m = ISO_TIME.exec(time);
    if (!m)
      return null;
    var ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], m[7] ? +(m[7] + "00").slice(0, 3) : 0);
    return new Date(ms).toISOString().slice(0, 19) === time.slice(0, 19) ? ms : null;
  }
  function stringOrNull(value) {
    return value === null || typeof value === "string";
  }
  var VIEW_KEY = /^(\*\.)?[A-Z]{1,10}$/;
  function viewOrNull(value) {
    if (value === null || typeof value !== "object" || value instanceof Array)
      return null;
    var source = value;
    var view = {};
    for (var key in source) {
      if (!source.hasOwnProperty(key) || !VIEW_KEY.test(key))
        continue;
      var set = source[key];
      if (!set || typeof set.ttl !== "number" || !(set.data instanceof Array))
        continue;
      var data = [];
      for (var i = 0; i < set.data.length; i++)
        if (typeof set.data[i] === "string")
          data.push(set.data[i]);
      view[key] = { ttl: set.ttl, data: data };
    }
    return view;
  }
  function parseAuditLine(line) {
    var parsed;
    try {
      parsed = JSON.parse(line);
    } catch (e) {
      return null;
    }
    if (parsed === null || typeof parsed !== "object" || parsed instanceof Array)
      return null;
    var o = parsed;
    var result = o.result;
    var front = o.front;
    if (typeof o.time !== "string" || auditTime(o.time) === null || FRONTS.indexOf(front) < 0 || RESULTS.indexOf(result) < 0 || !stringOrNull(o.id) || typeof o.address !== "string" || !stringOrNull(o.reason))
      return null;
    return {
      time: o.time,
      front: front,
      id: o.id,
      address: o.address,
      result: result,
      reason: o.reason,
      old: viewOrNull(o.old),
      new: viewOrNull(o["new"])
    };
  }

  // src:shared/core/text.ts
  function hex2(code) {
    return (code < 16 ? "0" : "") + code.toString(16).toUpperCase();
  }
  function escapeControl(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      if (code === 13)
        out += "\\r";
      else if (code === 10)
        out += "\\n";
      else if (code === 9)
        out += "\\t";
      else if (code < 32 || code >= 127 && code < 160 || code > 255)
        out += "\\x" + hex2(code & 255);
      else
        out += text.charAt(i);
    }
    return out;
  }
  var MASK = "********";
  function quote(value) {
    return "'" + escapeControl(value) + "'";
  }
  function seconds(ms) {
    return String(Math.round(ms / 100) / 10);
  }
  function countOf(n, word2) {
    return n + " " + word2 + (n === 1 ? "" : "s");
  }

  // src:hub/core/authorize.ts
  var UFLAG_Q = 1 << 16;
  var SYSOP_NUMBER = 1;
  function sysopProblem(account) {
    var sysop = account.number === SYSOP_NUMBER ? "is the sysop's account" : account.isSysop ? "has a sysop's security level (90 or above)" : null;
    return sysop ? { log: "user #" + account.number + " " + account.alias + " " + sysop + ": never a QWKnet account" } : null;
  }
  function qwkProblem(account) {
    var who = "user #" + account.number + " " + account.alias;
    if ((account.restrictions & UFLAG_Q) === 0)
      return { log: who + " has no QWK restriction (Q): not a QWKnet account", noPassword: false };
    return account.hasPassword ? null : { log: who + " has no password", noPassword: true };
  }
  function aliasProblem(accounts, account, id) {
    var who = "id " + quote(id) + " logged in as user #" + account.number + " " + quote(account.alias);
    if (account.alias.toLowerCase() !== id.toLowerCase())
      return who + ", whose alias is not the id";
    var named = accounts.matchAlias(id);
    return named === account.number ? null : who + ", but the alias names user #" + named;
  }

  // src:shared/core/ipv4.ts
  var OCTET = /^(0|[1-9][0-9]{0,2})$/;
  function isIpv4(text) {
    var parts = text.split(".");
    if (parts.length !== 4)
      return false;
    for (var i = 0; i < 4; i++) {
      if (!OCTET.test(parts[i]) || parseInt(parts[i], 10) > 255)
        return false;
    }
    return true;
  }

  // src:shared/core/ipv6.ts
  var GROUP = /^[0-9A-Fa-f]{1,4}$/;
  function parseGroups(text, maxGroups) {
    if (text === "")
      return [];
    var parts = text.split(":");
    var groups = [];
    for (var i = 0; i < parts.length; i++) {
      var last = i === parts.length - 1;
      if (last && parts[i].indexOf(".") >= 0) {
        if (!isIpv4(parts[i]))
          return null;
        var octets = parts[i].split(".");
        groups.push(parseInt(octets[0], 10) * 256 + parseInt(octets[1], 10));
        groups.push(parseInt(octets[2], 10) * 256 + parseInt(octets[3], 10));
      } else {
        if (!GROUP.test(parts[i]))
          return null;
        groups.push(parseInt(parts[i], 16));
      }
    }
    return groups.length <= maxGroups ? groups : null;
  }
  function parseIpv6(text) {
    if (text.indexOf("%") >= 0)
      return null;
    var gap = text.indexOf("::");
    if (gap < 0) {
      var all = parseGroups(text, 8);
      return all && all.length === 8 ? all : null;
    }
    if (text.indexOf("::", gap + 1) >= 0)
      return null;
    var head = parseGroups(text.slice(0, gap), 7);
    var tail = parseGroups(text.slice(gap + 2), 7);
    if (!head || !tail || head.length + tail.length > 7)
      return null;
    var zeros = [];
    for (var i = head.length + tail.length; i < 8; i++)
      zeros.push(0);
    return head.concat(zeros, tail);
  }
  function isIpv6(text) {
    return parseIpv6(text) !== null;
  }
  function formatIpv6(groups) {
    var bestAt = -1;
    var bestLength = 1;
    for (var i = 0; i < 8; i++) {
      var length = 0;
      while (i + length < 8 && groups[i + length] === 0)
        length++;
      if (length > bestLength) {
        bestAt = i;
        bestLength = length;
      }
    }
    var text = [];
    for (i = 0; i < 8; i++)
      text.push(groups[i].toString(16));
    if (bestAt < 0)
      return text.join(":");
    return text.slice(0, bestAt).join(":") + "::" + text.slice(bestAt + bestLength).join(":");
  }

  // src:shared/core/dns/bytes.ts
  function u16(n) {
    return String.fromCharCode(n >>> 8 & 255, n & 255);
  }
  function u32(n) {
    return String.fromCharCode(n >>> 24 & 255, n >>> 16 & 255, n >>> 8 & 255, n & 255);
  }
  function u48(n) {
    return u16(Math.floor(n / 4294967296)) + u32(n % 4294967296);
  }
  function readU16(data, at) {
    return data.charCodeAt(at) << 8 | data.charCodeAt(at + 1);
  }
  function readU32(data, at) {
    return (data.charCodeAt(at) << 24 | data.charCodeAt(at + 1) << 16 | data.charCodeAt(at + 2) << 8 | data.charCodeAt(at + 3)) >>> 0;
  }
  function readU48(data, at) {
    return readU16(data, at) * 4294967296 + readU32(data, at + 2);
  }
  function isByteString(text) {
    return !/[^\x00-\xff]/.test(text);
  }
  function toHex(data) {
    var out = "";
    for (var i = 0; i < data.length; i++) {
      var code = data.charCodeAt(i);
      out += (code < 16 ? "0" : "") + code.toString(16);
    }
    return out;
  }

  // src:shared/core/dns/codes.ts
  var TYPE = { A: 1, NS: 2, CNAME: 5, SOA: 6, MX: 15, TXT: 16, AAAA: 28, LOC: 29, TSIG: 250, ANY: 255 };
  var CLASS = { IN: 1, NONE: 254, ANY: 255 };
  var OPCODE = { QUERY: 0, UPDATE: 5 };
  var PUBLISHED_TYPES = ["A", "AAAA", "MX", "TXT", "LOC", "CNAME"];
  var RCODES = ["NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED", "YXDOMAIN", "YXRRSET", "NXRRSET", "NOTAUTH", "NOTZONE"];
  var TSIG_ERRORS = { 16: "BADSIG", 17: "BADKEY", 18: "BADTIME", 22: "BADTRUNC" };
  var RCODE = { NOERROR: 0, NXDOMAIN: 3, YXRRSET: 7, NXRRSET: 8, NOTAUTH: 9 };
  function rcodeName(code) {
    return RCODES[code] || "RCODE " + code;
  }
  function tsigErrorName(code) {
    return TSIG_ERRORS[code] || rcodeName(code);
  }
  function typeName(code) {
    for (var name2 in TYPE) {
      if (TYPE.hasOwnProperty(name2) && TYPE[name2] === code)
        return name2;
    }
    return "TYPE" + code;
  }

  // src:shared/core/dns/names.ts
  var MAX_NAME_BYTES = 255;
  function normalName(name2) {
    return name2.replace(/\.$/, "").toLowerCase();
  }
  function nameProblem(name2) {
    var text = name2.replace(/\.$/, "");
    if (text === "")
      return null;
    if (!isByteString(text))
      return "'" + name2 + "' is not plain bytes";
    var labels = text.split(".");
    var bytes = 1;
    for (var i = 0; i < labels.length; i++) {
      if (labels[i].length === 0)
        return "'" + name2 + "' has an empty label";
      if (labels[i].length > 63)
        return "'" + name2 + "' has a label longer than 63 bytes";
      bytes += labels[i].length + 1;
    }
    return bytes > MAX_NAME_BYTES ? "'" + name2 + "' is longer than 255 bytes" : null;
  }
  function encodeName(name2) {
    var text = name2.replace(/\.$/, "");
    if (text === "")
      return "\0";
    var labels = text.split(".");
    var out = "";
    for (var i = 0; i < labels.length; i++)
      out += String.fromCharCode(labels[i].length) + labels[i];
    return out + "\0";
  }
  function canonicalName(name2) {
    return encodeName(name2.toLowerCase());
  }
  function formatError(message2) {
    return { dnsFormatError: message2 };
  }
  function isFormatError(e) {
    return typeof e === "object" && e !== null && typeof e.dnsFormatError === "string";
  }
  function presentLabel(label) {
    var out = "";
    for (var i = 0; i < label.length; i++) {
      var code = label.charCodeAt(i);
      var c = label.charAt(i);
      if (c === "." || c === "\\")
        out += "\\" + c;
      else if (code <= 32 || code >= 127)
        out += "\\" + (code < 100 ? code < 10 ? "00" : "0" : "") + code;
      else
        out += c;
    }
    return out;
  }
  function readName(message2, at) {
    var labels = [];
    var next = -1;
    var bytes = 1;
    var start = at;
    for (; ; ) {
      if (at >= message2.length)
        throw formatError("a name runs past the end of the message");
      var length = message2.charCodeAt(at);
      if (length === 0) {
        at++;
        break;
      }
      if ((length & 192) === 192) {
        if (at + 1 >= message2.length)
          throw formatError("a compression pointer runs past the end of the message");
        var target = (length & 63) << 8 | message2.charCodeAt(at + 1);
        if (target >= start)
          throw formatError("a compression pointer does not point backwards");
        if (next < 0)
          next = at + 2;
        at = start = target;
        continue;
      }
      if (length > 63)
        throw formatError("a label has the reserved length bits " + (length >> 6));
      if (at + 1 + length > message2.length)
        throw formatError("a label runs past the end of the message");
      bytes += length + 1;
      if (bytes > MAX_NAME_BYTES)
        throw formatError("a name is longer than 255 bytes");
      labels.push(presentLabel(message2.substr(at + 1, length)));
      at += 1 + length;
    }
    return { name: labels.join("."), next: next >= 0 ? next : at };
  }

  // src:shared/core/dns/rdata.ts
  var POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
  var EQUATOR = 2147483648;
  var ALTITUDE_BASE_CM = 1e7;
  function decodeLocAngle(raw, hemispheres) {
    var value = raw - EQUATOR;
    var hemisphere = value >= 0 ? hemispheres.charAt(0) : hemispheres.charAt(1);
    value = Math.abs(value);
    var degrees = Math.floor(value / 36e5);
    var minutes = Math.floor(value % 36e5 / 6e4);
    var seconds2 = value % 6e4 / 1e3;
    return degrees + " " + minutes + " " + seconds2.toFixed(3) + " " + hemisphere;
  }
  function decodePrecision(byte) {
    var cm = (byte >> 4) * POWERS_OF_TEN[Math.min(9, byte & 15)];
    return (cm >= 100 && cm % 100 === 0 ? String(cm / 100) : (cm / 100).toFixed(2)) + "m";
  }
  function decodeLoc(data, at, length) {
    if (length !== 16)
      throw formatError("a LOC record of " + length + " bytes (16 expected)");
    if (data.charCodeAt(at) !== 0)
      throw formatError("a LOC record of version " + data.charCodeAt(at));
    return decodeLocAngle(readU32(data, at + 4), "NS") + " " + decodeLocAngle(readU32(data, at + 8), "EW") + " " + ((readU32(data, at + 12) - ALTITUDE_BASE_CM) / 100).toFixed(2) + "m " + decodePrecision(data.charCodeAt(at + 1)) + " " + decodePrecision(data.charCodeAt(at + 2)) + " " + decodePrecision(data.charCodeAt(at + 3));
  }
  function decodeTxt(data, at, end) {
    var text = "";
    while (at < end) {
      var length = data.charCodeAt(at);
      if (at + 1 + length > end)
        throw formatError("a TXT string runs past its record");
      text += data.substr(at + 1, length);
      at += 1 + length;
    }
    return text;
  }
  function rdataName(data, at, end) {
    var read = readName(data, at);
    if (read.next > end)
      throw formatError("a name runs past its record");
    return { name: read.name.toLowerCase(), next: read.next };
  }
  function expectLength(type, length, expected) {
    if (length !== expected)
      throw formatError("a " + typeName(type) + " record of " + length + " bytes (" + expected + " expected)");
  }
  function decodeRdata(type, data, at, length) {
    var end = at + length;
    if (end > data.length)
      throw formatError("a record runs past the end of the message");
    switch (type) {
      case TYPE.A:
        expectLength(type, length, 4);
        return [0, 1, 2, 3].map(function(i2) {
          return data.charCodeAt(at + i2);
        }).join(".");
      case TYPE.AAAA: {
        expectLength(type, length, 16);
        var groups = [];
        for (var i = 0; i < 8; i++)
          groups.push(readU16(data, at + 2 * i));
        return formatIpv6(groups);
      }
      case TYPE.MX: {
        if (length < 3)
          throw formatError("an MX record of " + length + " bytes");
        var exchange = rdataName(data, at + 2, end);
        if (exchange.next !== end)
          throw formatError("an MX record with bytes after its name");
        return readU16(data, at) + " " + exchange.name;
      }
      case TYPE.TXT:
        return decodeTxt(data, at, end);
      case TYPE.LOC:
        return decodeLoc(data, at, length);
      case TYPE.CNAME: {
        var target = rdataName(data, at, end);
        if (target.next !== end)
          throw formatError("a CNAME record with bytes after its name");
        return target.name;
      }
      case TYPE.SOA: {
        var primary = rdataName(data, at, end);
        var mailbox = rdataName(data, primary.next, end);
        expectLength(type, end - mailbox.next, 20);
        var numbers = [];
        for (var k = 0; k < 5; k++)
          numbers.push(readU32(data, mailbox.next + 4 * k));
        return primary.name + " " + mailbox.name + " " + numbers.join(" ");
      }
    }
    return "\\# " + length + (length ? " " + toHex(data.substr(at, length)) : "");
  }

  // src:shared/core/yesNo.ts
  var YES = ["true", "yes", "on", "1"];
  var NO = ["false", "no", "off", "0"];
  function yesNo(text) {
    var word2 = text.trim().toLowerCase();
    if (YES.indexOf(word2) >= 0)
      return true;
    return NO.indexOf(word2) >= 0 ? false : null;
  }
  var YES_NO_WORDS = "true, false, yes, no, on, off, 1 or 0";

  // src:hub/core/records.ts
  function ownerOf(id, zone) {
    return id.toLowerCase() + "." + zone;
  }

  // src:shared/core/dns/base64.ts
  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  function decodeBase64(text) {
    var body = text.replace(/=+$/, "");
    if (text.length - body.length > 2 || body.length % 4 === 1 || !/^[A-Za-z0-9+\/]*$/.test(body))
      return null;
    if (text.length !== body.length && text.length % 4 !== 0)
      return null;
    var out = "";
    var bits = 0;
    var count2 = 0;
    for (var i = 0; i < body.length; i++) {
      bits = bits << 6 | ALPHABET.indexOf(body.charAt(i));
      count2 += 6;
      if (count2 >= 8) {
        count2 -= 8;
        out += String.fromCharCode(bits >>> count2 & 255);
      }
    }
    return out;
  }

  // src:shared/core/knownKeys.ts
  function knownValues(keys, known, read) {
    var result = { values: {}, unknown: [] };
    var seen = [];
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i].toLowerCase();
      if (known.indexOf(key) < 0) {
        result.unknown.push(keys[i]);
      } else if (seen.indexOf(key) < 0) {
        seen.push(key);
        var value = String(read(i));
        if (!/^\s*$/.test(value))
          result.values[key] = value;
      }
    }
    return result;
  }

  // src:hub/core/settings.ts
  var SECTION = "dyndns_service";
  var SETTING_KEYS = [
    "zone",
    "dns_server",
    "dns_port",
    "dns_transport",
    "dns_timeout",
    "tsig_key",
    "tsig_algorithm",
    "tsig_secret",
    "ttl",
    "ttl_min",
    "ttl_max",
    "mx_preference",
    "min_interval",
    "hourly_cap",
    "nochg_limit",
    "allow_private",
    "answer_timeout",
    "reserved",
    "stale_days"
  ];
  var DEFAULTS = {
    dns_server: "127.0.0.1",
    dns_port: "53",
    dns_transport: "tcp",
    dns_timeout: "5",
    tsig_algorithm: "hmac-sha256",
    ttl: "300",
    ttl_min: "60",
    ttl_max: "86400",
    mx_preference: "10",
    min_interval: "60",
    hourly_cap: "10",
    nochg_limit: "48",
    allow_private: "false",
    answer_timeout: "10",
    reserved: "ns, ns1, ns2, ns3, www, mail, dyndns",
    stale_days: "7"
  };
  var MAX_DNS_TIMEOUT = 8;
  var CLIENT_WAITS = "this dyndns.js waits at most 10 s for the outcome, Synchronet's stock one 30 s";
  var MAX_TTL = 2147483647;
  var MIN_SECRET_BYTES = 16;
  function wholeNumber(read, key, min, max, unit, note) {
    var text = read.text(key).trim();
    var n = /^[0-9]{1,10}$/.test(text) ? parseInt(text, 10) : NaN;
    if (n >= min && n <= max)
      return n;
    return read.problem(key, "a whole number" + (unit ? " of " + unit : "") + " from " + min + " to " + max + (note ? " (" + note + ")" : ""));
  }
  function required(read, key, valid, expected) {
    var text = read.text(key).trim();
    return valid(text) ? text : read.problem(key, expected);
  }
  function choice(read, key, words) {
    var word2 = read.text(key).trim().toLowerCase();
    return words.indexOf(word2) >= 0 ? word2 : read.problem(key, words.join(" or "));
  }
  function flag(read, key) {
    var word2 = yesNo(read.text(key));
    return word2 !== null ? word2 : read.problem(key, YES_NO_WORDS);
  }
  function secret(read) {
    var bytes = decodeBase64(read.text("tsig_secret").trim());
    return bytes !== null && bytes.length >= MIN_SECRET_BYTES ? bytes : read.problem("tsig_secret", "the key's secret in base64 (as keymgr or tsig-keygen print it), at least " + MIN_SECRET_BYTES + " bytes");
  }
  function reservedIds(read) {
    var list = read.text("reserved").split(",");
    var ids = [];
    for (var i = 0; i < list.length; i++) {
      var id = list[i].trim().toLowerCase();
      if (id === "")
        continue;
      if (!isDnsLabel(id))
        return read.problem("reserved", "a comma-separated list of ids (DNS labels); " + quote(id) + " is not one");
      ids.push(id);
    }
    return ids;
  }
  function validateServiceSettings(raw) {
    var problems = [];
    var warnings = [];
    if (raw.missing !== null)
      return { ok: false, problems: [raw.missing], warnings: warnings };
    for (var u = 0; u < raw.unknown.length; u++) {
      warnings.push(raw.source + ": unknown key '" + raw.unknown[u] + "' ignored (known: " + SETTING_KEYS.join(", ") + ")");
    }
    var read = {
      text: function(key) {
        return raw.values.hasOwnProperty(key) ? raw.values[key] : DEFAULTS[key] || "";
      },
      problem: function(key, expected) {
        var given = raw.values.hasOwnProperty(key);
        var shown = !given ? "missing" : "= " + (key === "tsig_secret" ? MASK : quote(raw.values[key]));
        problems.push(raw.source + " " + key + " " + shown + ": expected " + expected);
        return null;
      }
    };
    var zone = required(read, "zone", isHostName, "the DNS zone the names are published in, like bbs.example.net");
    var server = required(read, "dns_server", function(t) {
      return isIpv4(t) || isIpv6(t) || isHostName(t);
    }, "the address or host name of the zone's primary DNS server");
    var port = wholeNumber(read, "dns_port", 1, 65535, "");
    var transport = choice(read, "dns_transport", ["tcp", "udp"]);
    var timeout = wholeNumber(read, "dns_timeout", 1, MAX_DNS_TIMEOUT, "seconds", CLIENT_WAITS);
    var keyName = required(read, "tsig_key", isHostName, "the TSIG key's name as the DNS server knows it, like dyndns-service.key");
    var algorithm = choice(read, "tsig_algorithm", ["hmac-sha256"]);
    var keySecret = secret(read);
    var ttl = wholeNumber(read, "ttl", 1, MAX_TTL, "seconds");
    var ttlMin = wholeNumber(read, "ttl_min", 1, MAX_TTL, "seconds");
    var ttlMax = wholeNumber(read, "ttl_max", 1, MAX_TTL, "seconds");
    var mxPreference = wholeNumber(read, "mx_preference", 0, 65535, "");
    var minInterval = wholeNumber(read, "min_interval", 0, 86400, "seconds", "0: none");
    var hourlyCap = wholeNumber(read, "hourly_cap", 0, 3600, "", "0: no cap");
    var nochgLimit = wholeNumber(read, "nochg_limit", 0, 1e5, "", "0: no limit");
    var allowPrivate = flag(read, "allow_private");
    var answerTimeout = wholeNumber(read, "answer_timeout", 1, 300, "seconds");
    var reserved = reservedIds(read);
    var staleDays = wholeNumber(read, "stale_days", 1, 3650, "days");
    if (ttl !== null && ttlMin !== null && ttlMax !== null && !(ttlMin <= ttl && ttl <= ttlMax)) {
      problems.push(raw.source + " ttl_min " + ttlMin + ", ttl " + ttl + ", ttl_max " + ttlMax + ": expected ttl_min <= ttl <= ttl_max");
    }
    if (problems.length || zone === null || server === null || port === null || transport === null || timeout === null || keyName === null || algorithm === null || keySecret === null || ttl === null || ttlMin === null || ttlMax === null || mxPreference === null || minInterval === null || hourlyCap === null || nochgLimit === null || allowPrivate === null || answerTimeout === null || reserved === null || staleDays === null) {
      return { ok: false, problems: problems, warnings: warnings };
    }
    var zoneName = normalName(zone);
    return {
      ok: true,
      warnings: warnings,
      settings: {
        zone: zoneName,
        dns: {
          server: server,
          port: port,
          transport: transport === "udp" ? "udp" : "tcp",
          zone: zoneName,
          timeoutSeconds: timeout,
          key: { name: normalName(keyName), algorithm: "hmac-sha256", secret: keySecret }
        },
        ttl: ttl,
        ttlMin: ttlMin,
        ttlMax: ttlMax,
        mxPreference: mxPreference,
        minInterval: minInterval,
        hourlyCap: hourlyCap,
        nochgLimit: nochgLimit,
        allowPrivate: allowPrivate,
        answerTimeout: answerTimeout,
        reserved: reserved,
        staleDays: staleDays
      }
    };
  }
  function collectSettings(source, keys, read) {
    var sorted = knownValues(keys, SETTING_KEYS, function(index) {
      return read(keys[index]);
    });
    return { source: source, missing: null, values: sorted.values, unknown: sorted.unknown };
  }

  // src:hub/core/reasons.ts
  var PATTERNS = [
    { kind: "password", pattern: /^login failed for / },
    { kind: "credentials", pattern: /^no user name and password/ },
    { kind: "no-password", pattern: / has no password$/ },
    { kind: "account", pattern: / is the sysop's account: | has a sysop's security level | has no QWK restriction \(Q\)/ },
    { kind: "other-account", pattern: /, whose alias is not the id$|, but the alias names user #\d+$/ },
    {
      kind: "name",
      pattern: /^id '.*' is not a DNS label$|^id .* is reserved$|^the name \S+ is reserved$|^no hostname$|^\d+ host names in one request|^hostname '.*' is not a fully qualified domain name$|^\S+ is not <id>\./
    },
    {
      kind: "value",
      pattern: /^(ip|ip6|mx|txt|loc|wc|ttl) '.*': expected |^ip is blank and |^myip '.*' is not an IPv4 or IPv6 address$|^more than one address of a kind |^the address \S+ is |^no address given and |^mx '.*' is not a host name$/
    },
    { kind: "too-often", pattern: /: \d+ s short of the minimum interval of \d+ s$|: reached the cap of \d+ updates? an hour$/ },
    { kind: "abuse", pattern: /: reached the limit of \d+ unchanged updates? a day$/ },
    { kind: "busy", pattern: /^busy$/ },
    { kind: "client", pattern: /^no User-Agent$| at (id|pw|ip|ip6|mx|txt|loc|wc|ttl)\?$/ },
    { kind: "hub", pattern: /^the service's settings are not valid$|^reading the current records: |^the update(, made again)?: / }
  ];
  function reasonKind(result, reason) {
    if (result === "updated" || result === "unchanged")
      return result;
    if (reason !== null) {
      for (var i = 0; i < PATTERNS.length; i++)
        if (PATTERNS[i].pattern.test(reason))
          return PATTERNS[i].kind;
    }
    return "unknown";
  }
  function isAbuse(kind) {
    return kind === "too-often" || kind === "abuse";
  }
  var ADVICE = {
    updated: { words: "Updated: the records changed.", todo: "Nothing.", member: true },
    unchanged: { words: "No change needed: DNS already had these records.", todo: "Nothing.", member: true },
    password: {
      words: "Wrong id or password (or no account of that name).",
      todo: "Check the password your client sends: it is the password of your QWKnet account on this BBS (the id is your QWK-ID).",
      member: true
    },
    credentials: {
      words: "The request carried no user name and password.",
      todo: "Set the user name (your QWK-ID) and the password in your router or client.",
      member: true
    },
    "no-password": {
      words: "The account has no password, so anyone could update the name.",
      todo: "Ask this BBS's sysop to set a password on your QWKnet account.",
      member: true
    },
    account: {
      words: "This account may not update a name here (not a QWKnet account, or one with sysop rights).",
      todo: "Ask this BBS's sysop: a member's account needs the Q restriction, a password, and a level below 90.",
      member: true
    },
    "other-account": {
      words: "Another account asked for this name.",
      todo: "Each account updates only <its own alias>.<zone>: check the user name and host name set in the client.",
      member: true
    },
    name: {
      words: "The host name asked for is not one this hub gives out.",
      todo: "Use <your QWK-ID>.<the hub's zone> as the host name, with your QWK-ID as user name.",
      member: true
    },
    value: {
      words: "An address or record value was refused.",
      todo: "Send a public address (or none: the hub then takes the address the update came from), and valid MX, TXT, LOC and TTL values.",
      member: true
    },
    "too-often": {
      words: "Updated too often: refused by the hub's limits (a minimum interval, a cap an hour).",
      todo: "Update less often: when the address changes, or every few hours (the client's event every 720 minutes is plenty).",
      member: true
    },
    abuse: {
      words: "Too many updates that changed nothing: refused as abuse for up to a day.",
      todo: "Update only when the address changes; the refusal lifts once the oldest of those updates is a day old.",
      member: true
    },
    client: {
      words: "The client did not finish the update (it stopped answering, hung up, or sent no User-Agent).",
      todo: "Check the network between your BBS and the hub, and use a current dyndns.js or a dyndns2 client that names itself.",
      member: true
    },
    busy: {
      words: "Another update of this name was under way.",
      todo: "Nothing: the next update goes through.",
      member: false
    },
    hub: {
      words: "A problem on the hub's side (its DNS server or its settings).",
      todo: "Nothing on your side: the hub's sysop has been told. The next update after it is fixed goes through.",
      member: false
    },
    unknown: {
      words: "Refused or failed for a reason this page does not know.",
      todo: "Read the reason the hub recorded; ask the hub's sysop when it is not clear.",
      member: false
    }
  };

  // src:pages/core/logLines.ts
  var CHUNK_BYTES = 256 * 1024;
  var MAX_LINE_BYTES = 64 * 1024;
  function eachLine(source, start, visit, more) {
    var position = start;
    var pending = "";
    var pendingAt = start;
    var skipping = false;
    while (position < source.size && more()) {
      var data = source.read(position, Math.min(CHUNK_BYTES, source.size - position));
      if (data === null || data === "")
        break;
      position += data.length;
      var text = pending + data;
      var start = 0;
      for (var end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
        if (!skipping)
          visit(text.charAt(end - 1) === "\r" ? text.slice(start, end - 1) : text.slice(start, end), pendingAt + start);
        skipping = false;
        start = end + 1;
      }
      pendingAt += start;
      pending = text.slice(start);
      if (pending.length > MAX_LINE_BYTES) {
        skipping = true;
        pendingAt += pending.length;
        pending = "";
      }
    }
    return skipping ? position : pendingAt;
  }
  function lineAt(source, offset) {
    var text = "";
    while (text.length <= MAX_LINE_BYTES && offset + text.length < source.size) {
      var data = source.read(offset + text.length, Math.min(4096, source.size - offset - text.length));
      if (data === null || data === "")
        return null;
      var end = data.indexOf("\n");
      if (end >= 0) {
        text += data.slice(0, end);
        return text.charAt(text.length - 1) === "\r" ? text.slice(0, -1) : text;
      }
      text += data;
    }
    return null;
  }

  // src:pages/core/auditIndex.ts
  var INDEX_FORMAT = 1;
  var RECENT = 20;
  var HOUR_MS = 3600 * 1e3;
  var DAY_MS = 24 * HOUR_MS;
  var WEEK_DAYS = 7;
  var HEAD_BYTES = 64;
  var MAX_IDS = 5e3;
  var MAX_REASON = 300;
  function idKey(id) {
    return "=" + id.toLowerCase();
  }
  function emptyIndex() {
    return { format: INDEX_FORMAT, head: "", size: 0, latest: 0, ids: {}, hours: {} };
  }
  function parseIndex(text) {
    if (text === null)
      return null;
    try {
      var parsed = JSON.parse(text);
      if (!parsed || parsed.format !== INDEX_FORMAT || typeof parsed.head !== "string" || typeof parsed.size !== "number" || typeof parsed.latest !== "number" || !parsed.ids || typeof parsed.ids !== "object" || !parsed.hours || typeof parsed.hours !== "object")
        return null;
      return parsed;
    } catch (e) {
      return null;
    }
  }
  function bump(counts, key) {
    counts[key] = (counts[key] || 0) + 1;
  }
  function dropBefore(counts, first) {
    for (var key in counts)
      if (counts.hasOwnProperty(key) && +key < first)
        delete counts[key];
  }
  function foldSession(index, record, offset) {
    var time = auditTime(record.time);
    index.latest = Math.max(index.latest, time);
    var hour = Math.floor(time / HOUR_MS);
    var counts = index.hours[hour] || (index.hours[hour] = [0, 0, 0]);
    counts[record.result === "updated" ? 0 : record.result === "unchanged" ? 1 : 2]++;
    if (record.id === null)
      return;
    var key = idKey(record.id);
    var session = { time: time, front: record.front, address: record.address, result: record.result };
    var s = index.ids.hasOwnProperty(key) ? index.ids[key] : index.ids[key] = {
      id: record.id,
      recent: [],
      sessions: 0,
      last: session,
      lastOk: null,
      lastChange: null,
      streak: 0,
      streakSince: null,
      lastReason: null,
      failDays: {},
      abuseDays: {}
    };
    s.id = record.id;
    s.sessions++;
    s.last = session;
    s.recent.push(offset);
    if (s.recent.length > RECENT)
      s.recent.shift();
    var kind = reasonKind(record.result, record.reason);
    if (kind === "updated" || kind === "unchanged") {
      s.lastOk = session;
      if (kind === "updated")
        s.lastChange = time;
      s.streak = 0;
      s.streakSince = null;
      return;
    }
    if (kind === "other-account")
      return;
    s.streak++;
    if (s.streak === 1)
      s.streakSince = time;
    var reason = record.reason === null ? null : record.reason.length > MAX_REASON ? record.reason.slice(0, MAX_REASON) + "..." : record.reason;
    s.lastReason = reason;
    var day = Math.floor(time / DAY_MS);
    bump(s.failDays, day);
    if (isAbuse(kind))
      bump(s.abuseDays, day);
    dropBefore(s.failDays, day - WEEK_DAYS + 1);
    dropBefore(s.abuseDays, day - WEEK_DAYS + 1);
  }
  function prune(index) {
    dropBefore(index.hours, Math.floor(index.latest / HOUR_MS) - WEEK_DAYS * 24 + 1);
    var keys = [];
    for (var key in index.ids)
      if (index.ids.hasOwnProperty(key))
        keys.push(key);
    if (keys.length <= MAX_IDS)
      return;
    keys.sort(function(a, b) {
      var x = index.ids[a];
      var y = index.ids[b];
      return (x.lastOk ? 1 : 0) - (y.lastOk ? 1 : 0) || x.last.time - y.last.time;
    });
    for (var i = 0; i < keys.length - MAX_IDS; i++)
      delete index.ids[keys[i]];
  }
  function refreshIndex(index, log2, now2, budgetMs) {
    var head = log2.size > 0 ? log2.read(0, Math.min(HEAD_BYTES, log2.size)) || "" : "";
    var rebuilt = !index || index.size > log2.size || head.slice(0, index.head.length) !== index.head;
    var current = rebuilt || !index ? emptyIndex() : index;
    var start = current.size;
    var until = now2() + budgetMs;
    var stopped = false;
    current.size = eachLine(log2, start, function(line, offset) {
      var record = parseAuditLine(line);
      if (record)
        foldSession(current, record, offset);
    }, function() {
      stopped = now2() >= until;
      return !stopped;
    });
    current.head = head.slice(0, Math.min(HEAD_BYTES, current.size));
    prune(current);
    return { index: current, bytesRead: current.size - start, rebuilt: rebuilt, complete: !stopped };
  }

  // src:shared/core/html.ts
  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }

  // src:shared/core/time.ts
  var MINUTE = 60 * 1e3;
  var HOUR = 60 * MINUTE;
  var DAY = 24 * HOUR;
  function count(n, unit) {
    return n + " " + unit + (n === 1 ? "" : "s");
  }
  function ago(thenMs, nowMs) {
    var elapsed = nowMs - thenMs;
    if (elapsed < 0)
      return "in the future by this machine's clock";
    if (elapsed < MINUTE)
      return "just now";
    if (elapsed < HOUR)
      return count(Math.floor(elapsed / MINUTE), "minute") + " ago";
    if (elapsed < 2 * DAY)
      return count(Math.floor(elapsed / HOUR), "hour") + " ago";
    return count(Math.floor(elapsed / DAY), "day") + " ago";
  }
  function two(n) {
    return (n < 10 ? "0" : "") + n;
  }
  function timestamp(ms, offsetMinutes) {
    var d = new Date(ms + offsetMinutes * MINUTE);
    return d.getUTCFullYear() + "-" + two(d.getUTCMonth() + 1) + "-" + two(d.getUTCDate()) + " " + two(d.getUTCHours()) + ":" + two(d.getUTCMinutes());
  }

  // src:pages/core/html.ts
  function h(text) {
    return escapeHtml(escapeControl(text)).replace(/[\u0080-\uffff]/g, function(c) {
      return "&#" + c.charCodeAt(0) + ";";
    });
  }
  function when(ms, now2) {
    return '<time datetime="' + new Date(ms).toISOString() + '">' + timestamp(ms, 0) + " UTC</time>, " + ago(ms, now2);
  }
  function link(href, text, current) {
    return '<a href="' + h(href) + '"' + (current ? ' aria-current="page"' : "") + ">" + text + "</a>";
  }
  function table(caption, headers, rows, className) {
    var out = '<div class="wide"><table' + (className ? ' class="' + className + '"' : "") + "><caption>" + caption + "</caption><thead><tr>";
    for (var i = 0; i < headers.length; i++)
      out += '<th scope="col">' + headers[i] + "</th>";
    out += "</tr></thead><tbody>";
    for (var r = 0; r < rows.length; r++) {
      out += "<tr>";
      for (var c = 0; c < rows[r].length; c++)
        out += '<td data-label="' + headers[c] + '">' + rows[r][c] + "</td>";
      out += "</tr>";
    }
    return out + "</tbody></table></div>";
  }
  function definitions(pairs) {
    var out = "<dl>";
    for (var i = 0; i < pairs.length; i++)
      out += "<dt>" + pairs[i][0] + "</dt><dd>" + pairs[i][1] + "</dd>";
    return out + "</dl>";
  }
  var STYLE = [
    "body{font-family:system-ui,sans-serif;line-height:1.45;margin:0 auto;max-width:64em;padding:0 1em 2em;color:#1a1a1a;background:#fff}",
    "header{border-bottom:2px solid #2a5d8f;margin-bottom:1em}header p{margin:.3em 0;color:#444}",
    "h1{font-size:1.5em;margin:.6em 0 .2em;overflow-wrap:break-word}h2{font-size:1.2em;margin-top:1.6em}",
    "table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:bold;padding:.3em 0}",
    "th,td{text-align:left;vertical-align:top;padding:.35em .5em;border-bottom:1px solid #ccc;overflow-wrap:break-word}",
    "tbody tr:nth-child(odd){background:#f4f6f8}.wide{overflow-x:auto}",
    "code{font-size:.9em;background:#eef1f4;padding:0 .2em;overflow-wrap:break-word}small{color:#444}",
    ".state{white-space:nowrap;display:inline-block;padding:0 .4em;border-radius:.3em;font-size:.9em;margin:0 .2em .2em 0;border:1px solid #888}",
    ".updating{background:#e3f3e5}.stale,.never{background:#fff4d6}.failing,.abuse{background:#fde2e0}",
    ".notice{border-left:4px solid #b3261e;padding:.3em .8em;background:#fdf0ef}",
    "nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4em}nav a{display:inline-block;padding:.2em .6em;border:1px solid #2a5d8f;border-radius:.3em}",
    "nav a[aria-current]{background:#2a5d8f;color:#fff}figure{margin:0}svg{width:100%;height:auto;max-width:48em}",
    ".key span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 .8em;vertical-align:middle}",
    "dt{font-weight:bold;margin-top:.6em}dd{margin-left:1em}",
    "@media (max-width:40em){table.cards thead{position:absolute;left:-10000px}table.cards tr{display:block;border-bottom:2px solid #999}",
    'table.cards td{display:block;border:0;padding:.15em .3em}table.cards td::before{content:attr(data-label) ": ";font-weight:bold}}'
  ].join("");
  function htmlPage(title, heading, intro, body) {
    return '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>' + h(title) + "</title><style>" + STYLE + "</style></head><body><header><h1>" + heading + "</h1>" + intro + "</header><main>" + body + "</main></body></html>\n";
  }

  // src:pages/core/chart.ts
  var HOURS = WEEK_DAYS * 24;
  var SLOT = 4;
  var BAR = 3;
  var PLOT = 120;
  var LEFT = 36;
  var TOP = 8;
  var BOTTOM = 22;
  var WIDTH = LEFT + HOURS * SLOT + 4;
  var HEIGHT = TOP + PLOT + BOTTOM;
  var SERIES = [
    { colour: "#2a5d8f", words: "changed the records" },
    { colour: "#9dbbd8", words: "changed nothing" },
    { colour: "#c0392b", words: "refused or failed" }
  ];
  var WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  function rect(x, y, w, height, fill) {
    return '<rect x="' + x + '" y="' + y + '" width="' + w + '" height="' + height + '" fill="' + fill + '"/>';
  }
  function hourlyChart(hours, now2) {
    var last = Math.floor(now2 / HOUR_MS);
    var first = last - HOURS + 1;
    var totals = [0, 0, 0];
    var max = 0;
    var busiest = -1;
    for (var i = 0; i < HOURS; i++) {
      var counts = hours[first + i];
      if (!counts)
        continue;
      var sum = counts[0] + counts[1] + counts[2];
      for (var k = 0; k < 3; k++)
        totals[k] += counts[k];
      if (sum > max) {
        max = sum;
        busiest = first + i;
      }
    }
    var scale = PLOT / Math.max(max, 1);
    var bars = "";
    for (var j = 0; j < HOURS; j++) {
      var c = hours[first + j];
      if (!c)
        continue;
      var base = TOP + PLOT;
      for (var s = 0; s < 3; s++) {
        var height = Math.round(c[s] * scale * 10) / 10;
        if (height <= 0)
          continue;
        base -= height;
        bars += rect(LEFT + j * SLOT, Math.round(base * 10) / 10, BAR, height, SERIES[s].colour);
      }
    }
    var grid = "";
    for (var d = 0; d < HOURS; d++) {
      var hour = first + d;
      if (hour % 24 !== 0)
        continue;
      var x = LEFT + d * SLOT;
      var day = new Date(hour * HOUR_MS);
      grid += '<line x1="' + x + '" y1="' + TOP + '" x2="' + x + '" y2="' + (TOP + PLOT) + '" stroke="#bbb"/><text x="' + (x + 2) + '" y="' + (HEIGHT - 6) + '" font-size="11">' + WEEKDAYS[day.getUTCDay()] + " " + day.getUTCDate() + "</text>";
    }
    var axis = '<line x1="' + LEFT + '" y1="' + (TOP + PLOT) + '" x2="' + (WIDTH - 4) + '" y2="' + (TOP + PLOT) + '" stroke="#444"/><text x="' + (LEFT - 4) + '" y="' + (TOP + 10) + '" font-size="11" text-anchor="end">' + max + '</text><text x="' + (LEFT - 4) + '" y="' + (TOP + PLOT) + '" font-size="11" text-anchor="end">0</text>';
    var words = "In the last " + WEEK_DAYS + " days: " + countOf(totals[0], "update") + " that " + SERIES[0].words + ", " + totals[1] + " that " + SERIES[1].words + ", " + totals[2] + " " + SERIES[2].words + "." + (busiest >= 0 ? " The busiest hour: " + timestamp(busiest * HOUR_MS, 0) + " UTC, with " + countOf(max, "session") + "." : "");
    var key = [];
    for (var t = 0; t < 3; t++)
      key.push('<span style="background:' + SERIES[t].colour + '"></span>' + SERIES[t].words);
    return '<figure><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ' + WIDTH + " " + HEIGHT + '" role="img" aria-labelledby="chart-title chart-words"><title id="chart-title">Sessions per hour, last ' + WEEK_DAYS + " days (UTC)</title>" + grid + bars + axis + '</svg><figcaption><p class="key">Sessions per hour (UTC): ' + key.join(", ") + '</p><p id="chart-words">' + words + "</p></figcaption></figure>";
  }

  // src:pages/core/nameState.ts
  var STATES = [
    { state: "updating", label: "updating" },
    { state: "stale", label: "stale" },
    { state: "never", label: "never updated" },
    { state: "failing", label: "failing" },
    { state: "abuse", label: "flagged for abuse" }
  ];
  function lastWeek(days, now2) {
    var first = Math.floor(now2 / DAY_MS) - WEEK_DAYS + 1;
    var sum = 0;
    for (var day in days)
      if (days.hasOwnProperty(day) && +day >= first)
        sum += days[day];
    return sum;
  }
  function nameStates(summary, now2, staleDays) {
    var states = [];
    if (!summary || !summary.lastOk)
      states.push("never");
    else if (now2 - summary.lastOk.time > staleDays * DAY_MS)
      states.push("stale");
    if (summary && summary.streak > 0)
      states.push("failing");
    if (summary && lastWeek(summary.abuseDays, now2) > 0)
      states.push("abuse");
    return states.length ? states : ["updating"];
  }
  function badges(states) {
    var out = [];
    for (var i = 0; i < STATES.length; i++) {
      if (states.indexOf(STATES[i].state) >= 0)
        out.push('<span class="state ' + STATES[i].state + '">' + STATES[i].label + "</span>");
    }
    return out.join(" ");
  }

  // src:pages/core/namePage.ts
  var FRONT_WORDS = {
    "8467": "dyndns.js (port 8467)",
    dyndns2: "a dyndns2 client (/nic/update)"
  };
  function frontWords(front) {
    return FRONT_WORDS[front];
  }
  var RESULT_WORDS = { updated: "updated", unchanged: "no change", refused: "refused", failed: "failed" };
  var TYPE_ORDER = ["A", "AAAA", "MX", "TXT", "LOC", "CNAME"];
  function published(owner, rrsets) {
    var sorted = rrsets.slice().sort(function(a, b) {
      return (a.name === owner ? 0 : 1) - (b.name === owner ? 0 : 1) || TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type);
    });
    if (sorted.length === 0)
      return "<p>The DNS server publishes nothing for this name now.</p>";
    var rows = [];
    for (var i = 0; i < sorted.length; i++) {
      var r = sorted[i];
      var values = [];
      for (var v = 0; v < r.rdata.length; v++)
        values.push("<code>" + h(r.rdata[v]) + "</code>");
      rows.push([r.name === owner ? r.type : r.type + " of <code>" + h(r.name) + "</code>", values.join("<br>"), r.ttl + " s"]);
    }
    return table("Published now, as the DNS server answers", ["Record", "Value", "TTL"], rows);
  }
  function standing(facts) {
    var s = facts.summary;
    var states = nameStates(s, facts.now, facts.staleDays);
    var out = [];
    if (!s || !s.lastOk)
      out.push("No update of this name has gone through yet.");
    else if (states.indexOf("stale") >= 0) {
      out.push("Stale: the last update that went through was " + when(s.lastOk.time, facts.now) + " (a name is stale after " + countOf(facts.staleDays, "day") + " without one).");
    } else if (states.indexOf("updating") >= 0)
      out.push("Updating: the last update went through " + when(s.lastOk.time, facts.now) + ".");
    else
      out.push("The last update that went through: " + when(s.lastOk.time, facts.now) + ".");
    if (s && s.streak > 0 && s.streakSince !== null) {
      var advice = ADVICE[reasonKind(s.last.result, s.lastReason)];
      out.push("Failing: " + (s.streak === 1 ? "the latest update was" : "the last " + s.streak + " updates were") + " refused or failed, since " + when(s.streakSince, facts.now) + ". The latest: " + h(advice.words) + " What to do: " + h(advice.todo));
    }
    var abuse = s ? lastWeek(s.abuseDays, facts.now) : 0;
    if (abuse > 0)
      out.push("Flagged for abuse: " + countOf(abuse, "update") + " refused in the last 7 days as too often or changing nothing.");
    return "<p>" + badges(states) + "</p><p>" + out.join("</p><p>") + "</p>";
  }
  function lastUpdate(s, now2) {
    if (!s || !s.lastOk)
      return "";
    var ok = s.lastOk;
    return "<h2>Last update</h2>" + definitions([
      ["When", when(ok.time, now2)],
      ["Through", h(frontWords(ok.front))],
      ["From", "<code>" + h(ok.address) + "</code>"],
      ["Result", ok.result === "updated" ? "the records changed" : "nothing to change: DNS already had these records"],
      ["Records last changed", s.lastChange === null ? "not in the log" : when(s.lastChange, now2)]
    ]);
  }
  function sessionsTable(facts) {
    if (facts.sessions.length === 0)
      return "<p>The hub's log has no session of this name.</p>";
    var rows = [];
    for (var i = 0; i < facts.sessions.length; i++) {
      var r = facts.sessions[i];
      var kind = reasonKind(r.result, r.reason);
      var advice = ADVICE[kind];
      var hidden = kind === "other-account" && facts.viewer === "member";
      var recorded = r.reason === null || hidden ? "" : "<br><small>The hub recorded: <code>" + h(r.reason) + "</code></small>";
      rows.push([
        when(auditTime(r.time), facts.now),
        h(frontWords(r.front)),
        hidden ? "(another account's)" : "<code>" + h(r.address) + "</code>",
        RESULT_WORDS[r.result],
        h(advice.words) + recorded,
        h(advice.todo)
      ]);
    }
    return table("The last " + countOf(facts.sessions.length, "session") + " of this name, latest first", ["When", "Through", "From", "Result", "What happened", "What to do"], rows, "cards");
  }
  function adviceList() {
    var pairs = [];
    for (var kind in ADVICE) {
      if (!ADVICE.hasOwnProperty(kind) || kind === "updated" || kind === "unchanged")
        continue;
      pairs.push([h(ADVICE[kind].words), h(ADVICE[kind].todo)]);
    }
    return "<h2>What to do when an update fails</h2>" + definitions(pairs);
  }
  function namePage(facts) {
    var dns = facts.dns.ok ? published(facts.owner, facts.dns.rrsets) : '<p class="notice">The DNS server could not be read just now' + (facts.viewer === "sysop" ? ": <code>" + h(facts.dns.reason) + "</code>" : "") + ". This is on the hub's side; its sysop can see why in the log.</p>";
    return "<section><h2>State</h2>" + standing(facts) + "</section><section><h2>What DNS publishes now</h2>" + dns + "</section><section>" + lastUpdate(facts.summary, facts.now) + "</section><section><h2>Sessions</h2>" + sessionsTable(facts) + "</section><section>" + adviceList() + "</section>";
  }

  // src:pages/core/hubPage.ts
  var PAGE_ROWS = 50;
  var OTHERS_SHOWN = 20;
  function filterOf(words) {
    var word2 = words.length ? words[words.length - 1] : "";
    for (var i = 0; i < STATES.length; i++)
      if (STATES[i].state === word2)
        return STATES[i].state;
    return "all";
  }
  function pageOf(words) {
    var word2 = words.length ? words[words.length - 1] : "";
    return /^[1-9][0-9]{0,5}$/.test(word2) ? parseInt(word2, 10) : 1;
  }
  function summaryOf(index, id) {
    var key = idKey(id);
    return index.ids.hasOwnProperty(key) ? index.ids[key] : null;
  }
  function addresses(dns, owner) {
    if (!dns.ok)
      return "?";
    var out = [];
    var types = ["A", "AAAA"];
    for (var t = 0; t < types.length; t++) {
      for (var i = 0; i < dns.rrsets.length; i++) {
        var r = dns.rrsets[i];
        if (r.name === owner && r.type === types[t])
          for (var v = 0; v < r.rdata.length; v++)
            out.push("<code>" + h(r.rdata[v]) + "</code>");
      }
    }
    return out.length ? out.join("<br>") : "none";
  }
  function failures(s, now2) {
    var week = s ? lastWeek(s.failDays, now2) : 0;
    var streak = s ? s.streak : 0;
    return week + (streak > 1 ? " (the last " + streak + " in a row)" : streak === 1 ? " (the latest)" : "");
  }
  function problem(s) {
    if (!s || s.streak === 0)
      return "";
    return h(ADVICE[reasonKind(s.last.result, s.lastReason)].words) + (s.lastReason === null ? "" : "<br><small><code>" + h(s.lastReason) + "</code></small>");
  }
  function lastOk(s, now2) {
    return s && s.lastOk ? when(s.lastOk.time, now2) + "<br><small>" + h(frontWords(s.lastOk.front)) + " from <code>" + h(s.lastOk.address) + "</code></small>" : "never";
  }
  function hubLink(base, filter, page) {
    var query = (filter === "all" ? "" : "state=" + filter) + (page > 1 ? (filter === "all" ? "" : "&") + "page=" + page : "");
    return base + "/hub" + (query ? "?" + query : "");
  }
  function hubPage(facts) {
    var counts = {};
    var listed = [];
    var members = {};
    for (var m = 0; m < facts.members.length; m++) {
      var id = facts.members[m];
      members[idKey(id)] = true;
      var s = summaryOf(facts.index, id);
      var states = nameStates(s, facts.now, facts.staleDays);
      for (var k = 0; k < states.length; k++)
        counts[states[k]] = (counts[states[k]] || 0) + 1;
      if (facts.filter === "all" || states.indexOf(facts.filter) >= 0)
        listed.push({ id: id, summary: s, states: states });
    }
    var pages = Math.max(1, Math.ceil(listed.length / PAGE_ROWS));
    var page = Math.min(facts.page, pages);
    var shownRows = listed.slice((page - 1) * PAGE_ROWS, page * PAGE_ROWS);
    var owners = [];
    for (var o = 0; o < shownRows.length; o++)
      owners.push(ownerOf(shownRows[o].id, facts.zone));
    var dns = owners.length ? facts.readDns(owners) : { ok: true, rrsets: [] };
    var rows = [];
    for (var r = 0; r < shownRows.length; r++) {
      var row = shownRows[r];
      var sum = row.summary;
      rows.push([
        link(facts.base + "/name/" + row.id.toLowerCase(), h(owners[r])),
        badges(row.states),
        addresses(dns, owners[r]),
        sum && sum.lastChange !== null ? when(sum.lastChange, facts.now) : "not in the log",
        lastOk(sum, facts.now),
        failures(sum, facts.now),
        problem(sum)
      ]);
    }
    var nav = '<nav aria-label="Filter by state"><ul><li>' + link(hubLink(facts.base, "all", 1), "all (" + facts.members.length + ")", facts.filter === "all") + "</li>";
    for (var i = 0; i < STATES.length; i++) {
      var state = STATES[i];
      nav += "<li>" + link(hubLink(facts.base, state.state, 1), state.label + " (" + (counts[state.state] || 0) + ")", facts.filter === state.state) + "</li>";
    }
    nav += "</ul></nav>";
    var shown = facts.filter === "all" ? "All members" : "Members " + (facts.filter === "never" ? "never updated" : facts.filter === "abuse" ? "flagged for abuse" : facts.filter);
    var range = listed.length > PAGE_ROWS ? ", " + ((page - 1) * PAGE_ROWS + 1) + " to " + ((page - 1) * PAGE_ROWS + shownRows.length) : "";
    var dnsNote = dns.ok ? "" : '<p class="notice">The DNS server could not be read: <code>' + h(dns.reason) + "</code>. The addresses show ?.</p>";
    var membersTable = rows.length ? table(shown + " (" + listed.length + range + "), A and AAAA as the DNS server publishes them now", ["Name", "State", "A and AAAA", "Records last changed", "Last update that went through", "Failures, last 7 days", "Latest problem"], rows, "cards") : "<p>" + shown + ": none.</p>";
    return "<p>" + countOf(facts.members.length, "member") + " (QWKnet accounts of this BBS) with names <code>&lt;id&gt;." + h(facts.zone) + "</code>: " + (counts.updating || 0) + " updating, " + (counts.stale || 0) + " stale (no update went through for " + countOf(facts.staleDays, "day") + "), " + (counts.never || 0) + " never updated, " + (counts.failing || 0) + " failing, " + (counts.abuse || 0) + " flagged for abuse.</p><section><h2>Sessions per hour</h2>" + hourlyChart(facts.index.hours, facts.now) + "</section><section><h2>Members</h2>" + nav + dnsNote + membersTable + pager(facts, page, pages) + "</section><section><h2>Other ids that keep failing</h2>" + others(facts, members) + "</section>";
  }
  function pager(facts, page, pages) {
    if (pages === 1)
      return "";
    var items = [];
    for (var p = 1; p <= pages; p++)
      items.push("<li>" + link(hubLink(facts.base, facts.filter, p), "page " + p, p === page) + "</li>");
    return '<nav aria-label="Pages of the table"><ul>' + items.join("") + "</ul></nav>";
  }
  function others(facts, members) {
    var list = [];
    for (var key in facts.index.ids) {
      if (!facts.index.ids.hasOwnProperty(key) || members.hasOwnProperty(key))
        continue;
      var week = lastWeek(facts.index.ids[key].failDays, facts.now);
      if (week > 0)
        list.push({ key: key, week: week });
    }
    if (list.length === 0)
      return "<p>None in the last 7 days.</p>";
    list.sort(function(a, b) {
      return b.week - a.week || (a.key < b.key ? -1 : 1);
    });
    var rows = [];
    for (var i = 0; i < list.length && i < OTHERS_SHOWN; i++) {
      var s = facts.index.ids[list[i].key];
      rows.push(["<code>" + h(s.id) + "</code>", String(list[i].week), when(s.last.time, facts.now) + "<br><small>" + h(frontWords(s.last.front)) + " from <code>" + h(s.last.address) + "</code></small>", problem(s)]);
    }
    return table("Ids that are no member's, with failures in the last 7 days" + (list.length > OTHERS_SHOWN ? " (the " + OTHERS_SHOWN + " with most of " + list.length + ")" : ""), ["Id as sent", "Failures, last 7 days", "Latest", "Latest problem"], rows, "cards");
  }

  // src:pages/core/app.ts
  var PAGE_DNS_TIMEOUT = 2;
  function pageDns(settings) {
    var dns = settings.dns;
    return { server: dns.server, port: dns.port, transport: dns.transport, key: dns.key, zone: dns.zone, timeoutSeconds: Math.min(dns.timeoutSeconds, PAGE_DNS_TIMEOUT) };
  }
  var REALM = "DynDNS";
  var HEADERS = {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer"
  };
  function reply(status, title, heading, intro, body) {
    var headers = {};
    for (var name2 in HEADERS)
      if (HEADERS.hasOwnProperty(name2))
        headers[name2] = HEADERS[name2];
    return { status: status, headers: headers, body: htmlPage(title, heading, intro, body) };
  }
  function message(status, heading, text) {
    return reply(status, "DynDNS: " + heading, h(heading), "", "<p>" + text + "</p>");
  }
  function basePath(scriptPath) {
    return scriptPath.slice(0, scriptPath.lastIndexOf("/"));
  }
  function route(pathInfo) {
    var path = pathInfo.replace(/\/+$/, "");
    if (path === "")
      return { page: "own" };
    if (path === "/hub")
      return { page: "hub" };
    var name2 = /^\/name\/([^\/]+)$/.exec(path);
    return name2 ? { page: "name", id: name2[1] } : { page: "none" };
  }
  function servePage(env) {
    var account = env.account;
    if (!account) {
      var challenge = message("401 Unauthorized", "Log in", "Log in with your user name on this BBS (a member: your QWK-ID) and your password.");
      challenge.headers["WWW-Authenticate"] = 'Basic realm="' + REALM + '"';
      return challenge;
    }
    var where = route(env.pathInfo);
    if (where.page === "none")
      return message("404 Not Found", "Not found", "This directory has the page of your name and, for the sysop, the hub's page.");
    var sysop = sysopProblem(account) !== null;
    if (!sysop) {
      var notMember = qwkProblem(account);
      if (notMember) {
        return message("403 Forbidden", "Not a member", "These pages are for the QWKnet members of this BBS: the account " + h(account.alias) + " is not one (" + (notMember.noPassword ? "it has no password" : "it has no QWK restriction") + "). Its sysop can change that.");
      }
      if (where.page === "hub")
        return message("403 Forbidden", "For the sysop only", "The hub's page is for this BBS's sysop. Yours is " + link(env.base + "/", "here") + ".");
      if (where.page === "name" && where.id.toLowerCase() !== account.alias.toLowerCase()) {
        return message("403 Forbidden", "Not your name", "You can see the page of your own name only: " + link(env.base + "/", "here") + ".");
      }
    } else if (where.page === "own") {
      var moved = message("303 See Other", "The hub's page", "You are this BBS's sysop: " + link(env.base + "/hub", "the hub's page") + ".");
      moved.headers.Location = env.base + "/hub";
      return moved;
    }
    var checked = validateServiceSettings(env.readSettings());
    if (!checked.ok) {
      for (var p = 0; p < checked.problems.length; p++)
        env.log.error(checked.problems[p]);
      var problems = sysop ? ": <code>" + h(checked.problems.join("; ")) + "</code>" : "; its sysop has been told";
      return message("503 Service Unavailable", "Not set up", "The hub's settings are not valid" + problems + ".");
    }
    var settings = checked.settings;
    var log2 = env.openLog();
    try {
      var indexed = currentIndex(env, log2);
      var index = indexed.index;
      if (where.page === "hub")
        return hub(env, settings, account, index, indexed.notice);
      var id = where.page === "name" ? where.id : account.alias;
      var bad = !isDnsLabel(id) ? "is not a DNS label" : settings.reserved.indexOf(id.toLowerCase()) >= 0 ? "is reserved" : null;
      if (bad)
        return message(where.page === "name" ? "404 Not Found" : "200 OK", "No such name", "<code>" + h(id) + "</code> " + bad + ": it is no name of this hub.");
      if (!sysop && aliasProblem(env.accounts, account, id)) {
        return message("403 Forbidden", "Not your name", "The account " + h(account.alias) + " is not the only one of that alias here; ask the sysop.");
      }
      return name(env, settings, account, sysop ? "sysop" : "member", id, index, log2, indexed.notice);
    } finally {
      if (log2)
        log2.close();
    }
  }
  var INDEX_BUDGET_MS = 500;
  function currentIndex(env, log2) {
    if (!log2)
      return { index: emptyIndex(), notice: "" };
    var refreshed;
    try {
      refreshed = refreshIndex(parseIndex(env.index.read()), log2, env.now, INDEX_BUDGET_MS);
    } catch (e) {
      env.log.warn("the pages' index of the audit log could not be used (" + e + "): it is built again");
      refreshed = refreshIndex(null, log2, env.now, INDEX_BUDGET_MS);
    }
    if (refreshed.bytesRead > 0 || refreshed.rebuilt) {
      var problem2 = env.index.write(JSON.stringify(refreshed.index));
      if (problem2)
        env.log.warn("the pages' index of the audit log: " + problem2);
    }
    var index = refreshed.index;
    var notice = refreshed.complete ? "" : '<p class="notice">These pages are still reading the hub\'s log: ' + megabytes(index.size) + " of " + megabytes(log2.size) + " MB so far" + (index.latest ? ", up to " + when(index.latest, env.now()) : "") + ". Reload in a moment for the rest.</p>";
    return { index: index, notice: notice };
  }
  function megabytes(bytes) {
    return String(Math.round(bytes / 104857.6) / 10);
  }
  function sessionsOf(log2, summary) {
    var out = [];
    if (!log2 || !summary)
      return out;
    for (var i = summary.recent.length - 1; i >= 0; i--) {
      var line = lineAt(log2, summary.recent[i]);
      var record = line === null ? null : parseAuditLine(line);
      if (record && record.id !== null && idKey(record.id) === idKey(summary.id))
        out.push(record);
    }
    return out;
  }
  function name(env, settings, account, viewer, id, index, log2, notice) {
    var owner = ownerOf(id, settings.zone);
    var key = idKey(id);
    var summary = index.ids.hasOwnProperty(key) ? index.ids[key] : null;
    var body = namePage({
      owner: owner,
      summary: summary,
      sessions: sessionsOf(log2, summary),
      dns: env.dns.currentRecords(pageDns(settings), [owner, "*." + owner]),
      now: env.now(),
      staleDays: settings.staleDays,
      viewer: viewer
    });
    var intro = viewer === "member" ? "<p>Your host name on this hub, as " + h(account.alias) + ".</p>" : "<p>A member's name, seen by the sysop " + h(account.alias) + ". " + link(env.base + "/hub", "Back to the hub's page") + ".</p>";
    return reply("200 OK", "DynDNS: " + owner, h(owner), intro, notice + body);
  }
  function hub(env, settings, account, index, notice) {
    var all = env.members();
    var ids = [];
    for (var i = 0; i < all.length; i++) {
      var a = all[i];
      if (sysopProblem(a) || qwkProblem(a) || !isDnsLabel(a.alias) || settings.reserved.indexOf(a.alias.toLowerCase()) >= 0)
        continue;
      ids.push(a.alias);
    }
    ids.sort(function(x, y) {
      return x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0;
    });
    var body = hubPage({
      zone: settings.zone,
      members: ids,
      index: index,
      readDns: function(names) {
        return env.dns.currentRecords(pageDns(settings), names, ["A", "AAAA"]);
      },
      now: env.now(),
      staleDays: settings.staleDays,
      filter: filterOf(env.query.state || []),
      page: pageOf(env.query.page || []),
      base: env.base
    });
    return reply("200 OK", "DynDNS hub: " + settings.zone, "DynDNS hub: " + h(settings.zone), "<p>Logged in as " + h(account.alias) + ", this BBS's sysop. A name is stale after " + settings.staleDays + " days without an update that went through (<code>stale_days</code>).</p>", notice + body);
  }

  // src:hub/host/auditLog.ts
  var FILE_NAME = "dyndns-service.log";
  function auditLogPath() {
    return system.logs_dir + FILE_NAME;
  }

  // src:pages/host/auditFile.ts
  function openAuditLog() {
    var path = auditLogPath();
    if (!file_exists(path))
      return null;
    var file = new File(path);
    if (!file.open("rb", true))
      return null;
    return {
      size: file.length,
      read: function(offset, length) {
        file.position = offset;
        return file.read(length);
      },
      close: function() {
        file.close();
      }
    };
  }

  // src:hub/host/accounts.ts
  function accountOf(record) {
    return {
      number: record.number,
      alias: String(record.alias),
      restrictions: record.security.restrictions,
      hasPassword: String(record.security.password) !== "",
      // Synchronet's own test of sysop rights (a security level of 90 or above), in every version since 3.15.
      isSysop: record.is_sysop === true
    };
  }
  function loggedInAccount() {
    return accountOf(user);
  }
  function synchronetAccounts() {
    return {
      login: function(name2, password) {
        if (typeof login === "undefined" || !login(name2, password, false))
          return null;
        return loggedInAccount();
      },
      logout: function() {
        if (typeof logout !== "undefined")
          logout();
      },
      matchAlias: function(name2) {
        return system.matchuser(name2, false);
      }
    };
  }

  // src:pages/host/members.ts
  var USER_DELETED = 1 << 0;
  var USER_INACTIVE = 1 << 6;
  function activeAccounts() {
    var out = [];
    var last = system.lastuser;
    for (var n = 1; n <= last; n++) {
      var record;
      try {
        record = new User(n);
      } catch (e) {
        continue;
      }
      if ((record.settings & (USER_DELETED | USER_INACTIVE)) !== 0)
        continue;
      out.push(accountOf(record));
    }
    return out;
  }

  // src:web/host/exchange.ts
  function webRequest() {
    var request = http_request;
    var agent = request.header["user-agent"];
    return {
      queryString: request.query_string === void 0 ? "" : String(request.query_string),
      userAgent: agent === void 0 ? "" : String(agent),
      sourceAddress: String(request.remote_ip),
      pathInfo: String(request.path_info || ""),
      scriptPath: String(request.virtual_path)
    };
  }
  function sendReply(reply2) {
    var out = http_reply;
    out.status = reply2.status;
    for (var name2 in reply2.headers)
      if (reply2.headers.hasOwnProperty(name2))
        out.header[name2] = reply2.headers[name2];
    write(reply2.body);
  }

  // src:web/core/request.ts
  function decode(text) {
    return text.replace(/\+/g, " ").replace(/%([0-9A-Fa-f]{2})/g, function(_match, hex) {
      return String.fromCharCode(parseInt(hex, 16));
    });
  }
  function parseQueryString(text) {
    var parameters = [];
    var parts = text.split("&");
    for (var i = 0; i < parts.length; i++) {
      if (parts[i] === "")
        continue;
      var eq = parts[i].indexOf("=");
      parameters.push(eq < 0 ? { name: decode(parts[i]), value: "" } : { name: decode(parts[i].slice(0, eq)), value: decode(parts[i].slice(eq + 1)) });
    }
    return parameters;
  }
  function queryOf(parameters) {
    var query = {};
    for (var i = 0; i < parameters.length; i++) {
      var name2 = parameters[i].name;
      if (!Object.prototype.hasOwnProperty.call(query, name2))
        query[name2] = [];
      query[name2].push(parameters[i].value);
    }
    return query;
  }

  // src:hub/host/log.ts
  function synchronetLog() {
    return {
      error: function(text) {
        log(LOG_ERR, text);
      },
      warn: function(text) {
        log(LOG_WARNING, text);
      },
      notice: function(text) {
        log(LOG_NOTICE, text);
      },
      info: function(text) {
        log(LOG_INFO, text);
      },
      debug: function(text) {
        log(LOG_DEBUG, text);
      }
    };
  }

  // src:hub/host/settingsFile.ts
  function readServiceSettings() {
    var path = file_cfgname(system.ctrl_dir, "modopts.ini");
    var source = path + " [" + SECTION + "]";
    var none = function(why) {
      return { source: source, missing: why, values: {}, unknown: [] };
    };
    if (!file_exists(path))
      return none(path + ": not found (expected a [" + SECTION + "] section in it)");
    var file = new File(path);
    if (!file.open("r", true))
      return none(path + ": cannot be opened for reading (error " + file.error + ")");
    var keys = file.iniGetKeys(SECTION);
    var raw = keys === null || keys.length === 0 ? none(path + ": no [" + SECTION + "] section (expected zone, tsig_key and tsig_secret in it at least)") : collectSettings(source, keys, function(key) {
      return file.iniGetValue(SECTION, key, "");
    });
    file.close();
    return raw;
  }

  // src:shared/host/files.ts
  function readWholeFile(path, mode) {
    if (!file_exists(path))
      return { kind: "missing" };
    var file = new File(path);
    if (!file.open(mode, true))
      return { kind: "unreadable" };
    var text = file.read();
    file.close();
    return text === null ? { kind: "unreadable" } : { kind: "text", text: text };
  }
  function writeWhole(path, text) {
    var temporary = path + ".new";
    var file = new File(temporary);
    if (!file.open("wb"))
      return "cannot create " + temporary;
    var wrote = file.write(text);
    file.close();
    if (!wrote || file_size(temporary) !== text.length) {
      file_remove(temporary);
      return "could not write all of " + temporary;
    }
    if (file_rename(temporary, path))
      return null;
    if (file_exists(path) && file_remove(path) && file_rename(temporary, path))
      return null;
    file_remove(temporary);
    return "could not rename " + temporary + " to " + path;
  }

  // src:hub/host/stateFiles.ts
  var DIRECTORY = "dyndns-service/";
  var LOCK_MAX_AGE = 300;
  function stateFiles() {
    var dir = system.data_dir + DIRECTORY;
    var ready = false;
    function path(id, ext) {
      if (!ready)
        ready = mkpath(dir);
      return dir + id + ext;
    }
    return {
      lock: function(id) {
        return file_mutex(path(id, ".lock"), "dyndns-service", LOCK_MAX_AGE);
      },
      unlock: function(id) {
        file_remove(path(id, ".lock"));
      },
      read: function(id) {
        var found = readWholeFile(path(id, ".json"), "rb");
        return found.kind === "text" ? found.text : null;
      },
      write: function(id, text) {
        return writeWhole(path(id, ".json"), text);
      }
    };
  }

  // src:shared/core/dns/message.ts
  var HEADER_BYTES = 12;
  var QR = 32768;
  var TC = 512;
  function opcodeOf(flags) {
    return flags >> 11 & 15;
  }
  function isResponse(flags) {
    return (flags & QR) !== 0;
  }
  function isTruncated(flags) {
    return (flags & TC) !== 0;
  }
  function rcodeOf(flags) {
    return flags & 15;
  }
  function encodeRecord(record) {
    return encodeName(record.name) + u16(record.type) + u16(record.klass) + u32(record.ttl) + u16(record.rdata.length) + record.rdata;
  }
  function encodeMessage(message2) {
    var out = u16(message2.id) + u16(message2.flags) + u16(message2.questions.length) + u16(message2.answers.length) + u16(message2.authority.length) + u16(message2.additional.length);
    for (var i = 0; i < message2.questions.length; i++) {
      var q = message2.questions[i];
      out += encodeName(q.name) + u16(q.type) + u16(q.klass);
    }
    var sections = [message2.answers, message2.authority, message2.additional];
    for (var s = 0; s < 3; s++) {
      for (var r = 0; r < sections[s].length; r++)
        out += encodeRecord(sections[s][r]);
    }
    return out;
  }
  function parseMessage(data) {
    try {
      return parse(data);
    } catch (e) {
      if (isFormatError(e))
        return { ok: false, reason: e.dnsFormatError };
      throw e;
    }
  }
  function parse(data) {
    if (data.length < HEADER_BYTES)
      throw formatError("a message of " + data.length + " bytes, shorter than a header");
    var counts = [readU16(data, 4), readU16(data, 6), readU16(data, 8), readU16(data, 10)];
    var at = HEADER_BYTES;
    var questions = [];
    for (var i = 0; i < counts[0]; i++) {
      var qname = readName(data, at);
      if (qname.next + 4 > data.length)
        throw formatError("a question runs past the end of the message");
      questions.push({ name: qname.name, type: readU16(data, qname.next), klass: readU16(data, qname.next + 2) });
      at = qname.next + 4;
    }
    var sections = [[], [], []];
    var lastAdditionalAt = -1;
    for (var s = 0; s < 3; s++) {
      for (var r = 0; r < counts[s + 1]; r++) {
        if (s === 2)
          lastAdditionalAt = at;
        var owner = readName(data, at);
        var fixed = owner.next;
        if (fixed + 10 > data.length)
          throw formatError("a record runs past the end of the message");
        var length = readU16(data, fixed + 8);
        if (fixed + 10 + length > data.length)
          throw formatError("a record's data runs past the end of the message");
        sections[s].push({
          name: owner.name,
          type: readU16(data, fixed),
          klass: readU16(data, fixed + 2),
          ttl: readU32(data, fixed + 4),
          rdata: data.substr(fixed + 10, length),
          rdataAt: fixed + 10
        });
        at = fixed + 10 + length;
      }
    }
    if (at !== data.length)
      throw formatError(data.length - at + " bytes after the last record");
    return {
      ok: true,
      message: {
        id: readU16(data, 0),
        flags: readU16(data, 2),
        questions: questions,
        answers: sections[0],
        authority: sections[1],
        additional: sections[2]
      },
      lastAdditionalAt: lastAdditionalAt
    };
  }

  // src:shared/core/dns/sha256.ts
  var K = [
    1116352408,
    1899447441,
    3049323471,
    3921009573,
    961987163,
    1508970993,
    2453635748,
    2870763221,
    3624381080,
    310598401,
    607225278,
    1426881987,
    1925078388,
    2162078206,
    2614888103,
    3248222580,
    3835390401,
    4022224774,
    264347078,
    604807628,
    770255983,
    1249150122,
    1555081692,
    1996064986,
    2554220882,
    2821834349,
    2952996808,
    3210313671,
    3336571891,
    3584528711,
    113926993,
    338241895,
    666307205,
    773529912,
    1294757372,
    1396182291,
    1695183700,
    1986661051,
    2177026350,
    2456956037,
    2730485921,
    2820302411,
    3259730800,
    3345764771,
    3516065817,
    3600352804,
    4094571909,
    275423344,
    430227734,
    506948616,
    659060556,
    883997877,
    958139571,
    1322822218,
    1537002063,
    1747873779,
    1955562222,
    2024104815,
    2227730452,
    2361852424,
    2428436474,
    2756734187,
    3204031479,
    3329325298
  ];
  function compress(H, W, data, at) {
    var t;
    for (t = 0; t < 16; t++) {
      var i = at + t * 4;
      W[t] = data.charCodeAt(i) << 24 | data.charCodeAt(i + 1) << 16 | data.charCodeAt(i + 2) << 8 | data.charCodeAt(i + 3);
    }
    for (t = 16; t < 64; t++) {
      var w15 = W[t - 15];
      var w2 = W[t - 2];
      var s0 = (w15 >>> 7 | w15 << 25) ^ (w15 >>> 18 | w15 << 14) ^ w15 >>> 3;
      var s1 = (w2 >>> 17 | w2 << 15) ^ (w2 >>> 19 | w2 << 13) ^ w2 >>> 10;
      W[t] = W[t - 16] + s0 + W[t - 7] + s1 | 0;
    }
    var a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h2 = H[7];
    for (t = 0; t < 64; t++) {
      var S1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
      var T1 = h2 + S1 + (e & f ^ ~e & g) + K[t] + W[t] | 0;
      var S0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10);
      var T2 = S0 + (a & b ^ a & c ^ b & c) | 0;
      h2 = g;
      g = f;
      f = e;
      e = d + T1 | 0;
      d = c;
      c = b;
      b = a;
      a = T1 + T2 | 0;
    }
    H[0] = H[0] + a | 0;
    H[1] = H[1] + b | 0;
    H[2] = H[2] + c | 0;
    H[3] = H[3] + d | 0;
    H[4] = H[4] + e | 0;
    H[5] = H[5] + f | 0;
    H[6] = H[6] + g | 0;
    H[7] = H[7] + h2 | 0;
  }
  function word(n) {
    return String.fromCharCode(n >>> 24 & 255, n >>> 16 & 255, n >>> 8 & 255, n & 255);
  }
  function sha256(message2) {
    var H = [1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225];
    var W = [];
    var length = message2.length;
    var whole = length - length % 64;
    for (var at = 0; at < whole; at += 64)
      compress(H, W, message2, at);
    var tail = message2.slice(whole) + "\x80";
    while (tail.length % 64 !== 56)
      tail += "\0";
    tail += word(Math.floor(length / 536870912)) + word(length * 8);
    for (at = 0; at < tail.length; at += 64)
      compress(H, W, tail, at);
    var out = "";
    for (var i = 0; i < 8; i++)
      out += word(H[i]);
    return out;
  }
  function xorPad(key, pad) {
    var out = "";
    for (var i = 0; i < 64; i++)
      out += String.fromCharCode((i < key.length ? key.charCodeAt(i) : 0) ^ pad);
    return out;
  }
  function hmacSha256(key, message2) {
    var k = key.length > 64 ? sha256(key) : key;
    return sha256(xorPad(k, 92) + sha256(xorPad(k, 54) + message2));
  }

  // src:shared/core/dns/tsig.ts
  var ALGORITHM = "hmac-sha256";
  var FUDGE = 300;
  var MAC_BYTES = 32;
  function variables(key, timeSigned, fudge, error, other) {
    return canonicalName(key.name) + u16(CLASS.ANY) + u32(0) + canonicalName(ALGORITHM) + u48(timeSigned) + u16(fudge) + u16(error) + u16(other.length) + other;
  }
  function signRequest(message2, key, timeSigned) {
    var id = readU16(message2, 0);
    var mac = hmacSha256(key.secret, message2 + variables(key, timeSigned, FUDGE, 0, ""));
    var rdata = encodeName(ALGORITHM) + u48(timeSigned) + u16(FUDGE) + u16(mac.length) + mac + u16(id) + u16(0) + u16(0);
    var record = encodeRecord({ name: key.name.toLowerCase(), type: TYPE.TSIG, klass: CLASS.ANY, ttl: 0, rdata: rdata });
    var additional = readU16(message2, 10) + 1;
    return { wire: message2.slice(0, 10) + u16(additional) + message2.slice(12) + record, id: id, mac: mac };
  }
  function sameBytes(a, b) {
    if (a.length !== b.length)
      return false;
    var diff = 0;
    for (var i = 0; i < a.length; i++)
      diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
    return diff === 0;
  }
  function verifyAnswer(answer2, parsed, request, key, now2) {
    var additional = parsed.message.additional;
    var tsig = additional.length ? additional[additional.length - 1] : null;
    if (!tsig || tsig.type !== TYPE.TSIG)
      return { kind: "unsigned" };
    try {
      return verifyRecord(answer2, parsed.lastAdditionalAt, tsig.name, tsig.rdataAt, tsig.rdata.length, request, key, now2);
    } catch (e) {
      if (isFormatError(e))
        return { kind: "invalid", reason: "its TSIG record is malformed: " + e.dnsFormatError };
      throw e;
    }
  }
  function verifyRecord(answer2, tsigAt, owner, at, length, request, key, now2) {
    var end = at + length;
    var algorithm = readName(answer2, at);
    if (algorithm.next + 10 > end)
      throw formatError("too short");
    var timeSigned = readU48(answer2, algorithm.next);
    var fudge = readU16(answer2, algorithm.next + 6);
    var macLength = readU16(answer2, algorithm.next + 8);
    var macAt = algorithm.next + 10;
    if (macAt + macLength + 6 > end)
      throw formatError("its MAC runs past the record");
    var mac = answer2.substr(macAt, macLength);
    var originalId = readU16(answer2, macAt + macLength);
    var error = readU16(answer2, macAt + macLength + 2);
    var otherLength = readU16(answer2, macAt + macLength + 4);
    if (macAt + macLength + 6 + otherLength !== end)
      throw formatError("its other data does not fill the record");
    var other = answer2.substr(macAt + macLength + 6, otherLength);
    if (normalName(owner) !== normalName(key.name))
      return { kind: "invalid", reason: "it is signed with another key, '" + owner + "'" };
    if (normalName(algorithm.name) !== ALGORITHM)
      return { kind: "invalid", reason: "it is signed with another algorithm, '" + algorithm.name + "'" };
    if (error !== 0)
      return { kind: "error", error: tsigErrorName(error) };
    if (macLength !== MAC_BYTES)
      return { kind: "invalid", reason: "its MAC is " + macLength + " bytes (" + MAC_BYTES + " expected)" };
    if (originalId !== request.id)
      return { kind: "invalid", reason: "its TSIG names another request (id " + originalId + ")" };
    var unsigned = u16(originalId) + answer2.slice(2, 10) + u16(readU16(answer2, 10) - 1) + answer2.slice(12, tsigAt);
    var expected = hmacSha256(key.secret, u16(request.mac.length) + request.mac + unsigned + variables(key, timeSigned, fudge, error, other));
    if (!sameBytes(mac, expected))
      return { kind: "invalid", reason: "its TSIG MAC does not match (wrong secret, or the answer was altered)" };
    if (Math.abs(now2 - timeSigned) > fudge) {
      return { kind: "invalid", reason: "its TSIG time is " + (timeSigned - now2) + " s from ours (fudge " + fudge + " s): check the clocks" };
    }
    return { kind: "verified" };
  }

  // src:shared/core/dns/answer.ts
  var MEANINGS = {
    FORMERR: "the server could not read the request",
    SERVFAIL: "the server failed to process the request",
    NOTIMP: "the server does not support this request",
    REFUSED: "the server's policy does not allow this request",
    NOTAUTH: "the server does not accept this key here, or is not authoritative for the zone",
    NOTZONE: "a name is not in the zone",
    YXRRSET: "a record set exists that the update expected absent (it changed since it was read)",
    NXRRSET: "a record set differs from what the update expected (it changed since it was read)",
    "TSIG BADKEY": "the server does not know the key, or does not let it change these names",
    "TSIG BADSIG": "the key's secret does not match the server's",
    "TSIG BADTIME": "our clock and the server's differ by more than the allowed fudge"
  };
  function rcodeReason(rcode, tsigError) {
    var code = rcodeName(rcode);
    var meaning = tsigError && MEANINGS["TSIG " + tsigError] || MEANINGS[code];
    return code + (tsigError ? " (TSIG " + tsigError + ")" : "") + (meaning ? ": " + meaning : "");
  }
  function readAnswer(data, request, opcode, key, now2, accepted) {
    var parsed = parseMessage(data);
    if (!parsed.ok)
      return { ok: false, reason: "the answer is not a DNS message: " + parsed.reason };
    var message2 = parsed.message;
    if (!isResponse(message2.flags) || message2.id !== request.id || opcodeOf(message2.flags) !== opcode) {
      return { ok: false, reason: "the answer does not match the request" };
    }
    var rcode = rcodeOf(message2.flags);
    var verdict = verifyAnswer(data, parsed, request, key, now2);
    if (verdict.kind === "error")
      return { ok: false, reason: rcodeReason(rcode, verdict.error) };
    if (verdict.kind === "invalid")
      return { ok: false, reason: "the answer fails TSIG verification: " + verdict.reason };
    if (accepted.indexOf(rcode) < 0)
      return { ok: false, reason: rcodeReason(rcode, null), rcode: rcode };
    if (verdict.kind === "unsigned")
      return { ok: false, reason: "the answer is not signed (a TSIG record was expected)" };
    return { ok: true, data: data, parsed: parsed, rcode: rcode };
  }
  var UPDATE_ACCEPTS = [RCODE.NOERROR];
  var STALE_RCODES = [RCODE.YXRRSET, RCODE.NXRRSET];
  var QUERY_ACCEPTS = [RCODE.NOERROR, RCODE.NXDOMAIN];
  var UPDATE = OPCODE.UPDATE;
  var QUERY = OPCODE.QUERY;

  // src:shared/core/dns/query.ts
  function encodeQuery(name2, type, id) {
    var message2 = {
      id: id,
      flags: OPCODE.QUERY << 11,
      questions: [{ name: normalName(name2), type: TYPE[type], klass: CLASS.IN }],
      answers: [],
      authority: [],
      additional: []
    };
    return encodeMessage(message2);
  }
  function rrsetIn(message2, answer2, name2, type) {
    var wanted = normalName(name2);
    var rrset = null;
    for (var i = 0; i < answer2.answers.length; i++) {
      var record = answer2.answers[i];
      if (record.type !== TYPE[type] || record.klass !== CLASS.IN || normalName(record.name) !== wanted)
        continue;
      var text = decodeRdata(record.type, message2, record.rdataAt, record.rdata.length);
      if (!rrset)
        rrset = { name: wanted, type: type, ttl: record.ttl, rdata: [] };
      rrset.ttl = Math.min(rrset.ttl, record.ttl);
      rrset.rdata.push(text);
    }
    return rrset;
  }

  // src:shared/core/hostPort.ts
  function shownHost(host) {
    return isIpv6(host) ? "[" + host + "]" : host;
  }
  function hostPort(host, port) {
    return shownHost(host) + ":" + port;
  }

  // src:shared/host/clock.ts
  function now() {
    return (/* @__PURE__ */ new Date()).getTime();
  }

  // src:shared/host/socketConnection.ts
  function describeSocketError(sock) {
    return sock.error_str + " (error " + sock.error + ")";
  }

  // src:shared/host/dnsServer.ts
  var SOCK_STREAM = 1;
  var SOCK_DGRAM = 2;
  var UDP_LIMIT = 512;
  var POLL_SLICE_MS = 1e3;
  var UDP_RESEND_MS = 2e3;
  function startExchange(settings) {
    var at = now();
    var where = hostPort(settings.server, settings.port);
    return { settings: settings, where: where, startedAt: at, until: at + settings.timeoutSeconds * 1e3, tcp: null, udp: null };
  }
  function noAnswer(exchange) {
    return "no answer from " + exchange.where + " within " + seconds(exchange.until - exchange.startedAt) + " s";
  }
  function endExchange(exchange) {
    if (exchange.tcp)
      exchange.tcp.close();
    if (exchange.udp)
      exchange.udp.close();
    exchange.tcp = exchange.udp = null;
  }
  function connect(exchange, type) {
    var settings = exchange.settings;
    var sock;
    try {
      sock = new Socket(type, isIpv6(settings.server));
    } catch (e) {
      return { ok: false, reason: "could not get a socket: " + e };
    }
    var left = exchange.until - now();
    if (left > 0 && sock.connect(settings.server, settings.port, Number(left / 1e3)))
      return { ok: true, sock: sock };
    var error = sock.error;
    var reason = left <= 0 ? noAnswer(exchange) : error === ETIMEDOUT ? "no connection to " + exchange.where + " within " + seconds(exchange.until - exchange.startedAt) + " s" : error === ECONNREFUSED ? exchange.where + " refused the connection" : error < 0 ? settings.server + " could not be resolved: " + describeSocketError(sock) : "could not connect to " + exchange.where + ": " + describeSocketError(sock);
    sock.close();
    return { ok: false, reason: reason };
  }
  function waitReadable(sock, until) {
    for (; ; ) {
      var left = until - now();
      if (left <= 0)
        return 0;
      var ready = sock.poll(Math.min(left, POLL_SLICE_MS) / 1e3);
      if (ready !== 0)
        return ready;
    }
  }
  function sendAll(sock, data) {
    while (data.length > 0) {
      var sent = sock.send(data);
      if (sent === void 0 || sent <= 0)
        return false;
      data = data.slice(sent);
    }
    return true;
  }
  function receiveExactly(exchange, sock, count2) {
    var data = "";
    while (data.length < count2) {
      var ready = waitReadable(sock, exchange.until);
      if (ready === 0)
        return { ok: false, reason: noAnswer(exchange) };
      var chunk = ready < 0 ? null : sock.recv(count2 - data.length, 0);
      if (chunk === null)
        return { ok: false, reason: "lost the connection to " + exchange.where + ": " + describeSocketError(sock) };
      if (chunk === "")
        return { ok: false, reason: exchange.where + " closed the connection before answering" };
      data += chunk;
    }
    return { ok: true, data: data };
  }
  function socketOf(exchange, type) {
    var open = type === SOCK_STREAM ? exchange.tcp : exchange.udp;
    if (open)
      return { ok: true, sock: open };
    var connected = connect(exchange, type);
    if (connected.ok && type === SOCK_STREAM)
      exchange.tcp = connected.sock;
    else if (connected.ok)
      exchange.udp = connected.sock;
    return connected;
  }
  function answering(requests, message2) {
    if (message2.length < HEADER_BYTES)
      return -1;
    var id = readU16(message2, 0);
    for (var i = 0; i < requests.length; i++)
      if (requests[i].id === id)
        return i;
    return -1;
  }
  function askTcp(exchange, requests) {
    var socket = socketOf(exchange, SOCK_STREAM);
    if (!socket.ok)
      return socket;
    var sock = socket.sock;
    var wire = "";
    for (var i = 0; i < requests.length; i++)
      wire += u16(requests[i].wire.length) + requests[i].wire;
    if (!sendAll(sock, wire))
      return { ok: false, reason: "could not send to " + exchange.where + ": " + describeSocketError(sock) };
    var data = [];
    for (var missing = requests.length; missing > 0; ) {
      var prefix = receiveExactly(exchange, sock, 2);
      if (!prefix.ok)
        return prefix;
      var message2 = receiveExactly(exchange, sock, readU16(prefix.data, 0));
      if (!message2.ok)
        return message2;
      var at = answering(requests, message2.data);
      if (at >= 0 && data[at] === void 0) {
        data[at] = message2.data;
        missing--;
      }
    }
    return { ok: true, data: data };
  }
  function askUdp(exchange, requests) {
    var socket = socketOf(exchange, SOCK_DGRAM);
    if (!socket.ok)
      return socket;
    var sock = socket.sock;
    var data = [];
    var missing = requests.length;
    var resendAt = 0;
    while (missing > 0) {
      if (now() >= resendAt) {
        for (var i = 0; i < requests.length; i++) {
          if (data[i] !== void 0)
            continue;
          if (sock.send(requests[i].wire) !== requests[i].wire.length) {
            return { ok: false, reason: "could not send to " + exchange.where + ": " + describeSocketError(sock) };
          }
        }
        resendAt = now() + UDP_RESEND_MS;
      }
      var ready = waitReadable(sock, Math.min(exchange.until, resendAt));
      if (ready === 0) {
        if (now() >= exchange.until)
          return { ok: false, reason: noAnswer(exchange) };
        continue;
      }
      var datagram = ready < 0 ? null : sock.recv(65535, 0);
      if (datagram === null) {
        var refused = sock.error === ECONNREFUSED;
        return { ok: false, reason: refused ? exchange.where + " refused the request (nothing listens on that UDP port)" : "lost the UDP exchange with " + exchange.where + ": " + describeSocketError(sock) };
      }
      var at = answering(requests, datagram);
      if (at < 0 || data[at] !== void 0)
        continue;
      data[at] = isTruncated(readU16(datagram, 2)) ? null : datagram;
      missing--;
    }
    return { ok: true, data: data };
  }
  function askAll(exchange, requests, opcode, accepted) {
    var data = [];
    var small = [];
    if (exchange.settings.transport === "udp") {
      for (var i = 0; i < requests.length; i++)
        if (requests[i].wire.length <= UDP_LIMIT)
          small.push(i);
    }
    if (small.length) {
      var udp = askUdp(exchange, pick(requests, small));
      if (!udp.ok)
        return udp;
      for (var u = 0; u < small.length; u++)
        data[small[u]] = udp.data[u];
    }
    var rest = [];
    for (var r = 0; r < requests.length; r++)
      if (!data[r])
        rest.push(r);
    if (rest.length) {
      var tcp = askTcp(exchange, pick(requests, rest));
      if (!tcp.ok)
        return tcp;
      for (var k = 0; k < rest.length; k++)
        data[rest[k]] = tcp.data[k];
    }
    var answers = [];
    for (var a = 0; a < requests.length; a++) {
      var answer2 = readAnswer(data[a], requests[a], opcode, exchange.settings.key, unixSeconds(), accepted);
      if (!answer2.ok)
        return answer2;
      answers.push(answer2);
    }
    return { ok: true, answers: answers };
  }
  function pick(requests, indexes) {
    var out = [];
    for (var i = 0; i < indexes.length; i++)
      out.push(requests[indexes[i]]);
    return out;
  }
  function unixSeconds() {
    return Math.floor(now() / 1e3);
  }
  function messageId() {
    return Math.floor(Math.random() * 65536);
  }
  function settingsProblem(settings) {
    if (!(settings.timeoutSeconds > 0))
      return "the DNS timeout is " + settings.timeoutSeconds + " (expected seconds above 0)";
    if (!(settings.port >= 1 && settings.port <= 65535 && settings.port === Math.floor(settings.port))) {
      return "the DNS port is " + settings.port + " (expected 1 to 65535)";
    }
    if (settings.key.algorithm !== "hmac-sha256")
      return "the TSIG algorithm is '" + settings.key.algorithm + "' (expected hmac-sha256)";
    if (!settings.key.secret)
      return "the TSIG secret is empty";
    var keyNameProblem = nameProblem(settings.key.name);
    return keyNameProblem === null ? null : "the TSIG key name " + keyNameProblem;
  }
  function currentRecords(settings, names, types) {
    var asking = types || PUBLISHED_TYPES;
    var problem2 = settingsProblem(settings);
    for (var n = 0; problem2 === null && n < names.length; n++)
      problem2 = nameProblem(names[n]);
    if (problem2 !== null)
      return { ok: false, reason: problem2 };
    var exchange = startExchange(settings);
    var rrsets = [];
    var asked = [];
    var requests = [];
    var first = messageId();
    for (var i = 0; i < names.length; i++) {
      for (var t = 0; t < asking.length; t++) {
        asked.push({ name: names[i], type: asking[t] });
        var id = (first + requests.length) % 65536;
        requests.push(signRequest(encodeQuery(names[i], asking[t], id), settings.key, unixSeconds()));
      }
    }
    try {
      var answered = askAll(exchange, requests, QUERY, QUERY_ACCEPTS);
      if (!answered.ok)
        return { ok: false, reason: answered.reason };
      for (var q = 0; q < asked.length; q++) {
        var answer2 = answered.answers[q];
        var rrset = rrsetIn(answer2.data, answer2.parsed.message, asked[q].name, asked[q].type);
        if (rrset)
          rrsets.push(rrset);
      }
    } catch (e) {
      if (isFormatError(e))
        return { ok: false, reason: "bad answer from " + exchange.where + ": " + e.dnsFormatError };
      throw e;
    } finally {
      endExchange(exchange);
    }
    return { ok: true, rrsets: rrsets };
  }

  // src:pages/main.ts
  var INDEX_NAME = "_audit-index";
  function answer() {
    var request = webRequest();
    var log2 = synchronetLog();
    var state = stateFiles();
    try {
      return servePage({
        now: now,
        readSettings: readServiceSettings,
        // The web server logged the request's Basic auth in before the script ran (user #0: no credentials).
        account: user.number > 0 ? loggedInAccount() : null,
        accounts: synchronetAccounts(),
        members: activeAccounts,
        dns: { currentRecords: currentRecords },
        openLog: openAuditLog,
        index: {
          read: function() {
            return state.read(INDEX_NAME);
          },
          write: function(text) {
            return state.write(INDEX_NAME, text);
          }
        },
        log: log2,
        pathInfo: request.pathInfo,
        base: basePath(request.scriptPath),
        query: queryOf(parseQueryString(request.queryString))
      });
    } catch (e) {
      log2.error("DynDNS pages: internal error: " + e + " (please report it)");
      return { status: "500 Internal Server Error", headers: { "Content-Type": "text/plain" }, body: "internal error: the sysop can see it in the log\n" };
    }
  }
  sendReply(answer());
})();
