/* dyndns-service.js: Synchronet Dynamic DNS service, version 1.0.0
 * Publishes <qwk-id>.<zone> for the QWKnet accounts of this BBS through RFC 2136 updates (TSIG) to a DNS server.
 * usage: a section of ctrl/services.ini (settings: [dyndns_service] in ctrl/modopts.ini):
 *          [DynDNS]
 *          Port = 8467
 *          Command = dyndns-service.js
 *          Options = NO_HOST_LOOKUP
 *        check the settings and the DNS server from a console: jsexec dyndns-service.js
 * Generated from src/ by build.mjs: edit the TypeScript, not this file.
 */
(function() {
  // src:shared/core/protocol.ts
  var PROMPTS = ["id?", "pw?", "ip?", "ip6?", "mx?", "txt?", "loc?", "wc?", "ttl?"];
  var OK = "ok";
  var MAX_TXT = 255;
  var MAX_LINE_LENGTH = 512;

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
  function hasControl(text) {
    return /[\x00-\x1f\x7f]/.test(text);
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

  // src:service/core/session.ts
  function askPrompts(conn, now2, timeoutMs) {
    var answers = {};
    for (var i = 0; i < PROMPTS.length; i++) {
      var prompt = PROMPTS[i];
      if (!conn.sendLine(prompt))
        return { ok: false, prompt: prompt, why: "closed", detail: "could not send the prompt", answers: answers };
      var read = conn.readLine(now2() + timeoutMs);
      if (read.kind === "timeout")
        return { ok: false, prompt: prompt, why: "timeout", detail: "no answer", answers: answers };
      if (read.kind === "closed")
        return { ok: false, prompt: prompt, why: "closed", detail: "closed the connection", answers: answers };
      if (read.kind === "error")
        return { ok: false, prompt: prompt, why: "error", detail: read.detail, answers: answers };
      if (read.line.truncated) {
        return { ok: false, prompt: prompt, why: "too-long", detail: "a line longer than " + MAX_LINE_LENGTH + " bytes", answers: answers };
      }
      answers[prompt] = read.line.text;
    }
    return { ok: true, answers: answers };
  }

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

  // src:hub/core/authorize.ts
  var UFLAG_Q = 1 << 16;
  var SYSOP_NUMBER = 1;
  function refuse(reply, log2) {
    return { ok: false, reply: "refused: " + reply, log: log2 };
  }
  function idProblem(id, reserved) {
    if (!isDnsLabel(id)) {
      return refuse("id " + quote(id) + " is not a DNS label (letters, digits and inner hyphens, at most 63)", "id " + quote(id) + " is not a DNS label");
    }
    if (reserved.indexOf(id.toLowerCase()) >= 0)
      return refuse("the name " + id.toLowerCase() + " is reserved", "id " + id + " is reserved");
    return null;
  }
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
  function authorize(accounts, id, password) {
    var account = accounts.login(id, password);
    if (!account)
      return refuse("wrong id or password", "login failed for " + quote(id));
    var notQwk = "refused: " + id + " is not a QWKnet account on this BBS";
    var sysop = sysopProblem(account);
    var name2 = sysop ? null : aliasProblem(accounts, account, id);
    var qwk = sysop || name2 ? null : qwkProblem(account);
    var decision = sysop ? { ok: false, reply: notQwk, log: sysop.log } : name2 ? { ok: false, reply: notQwk, log: name2 } : qwk && qwk.noPassword ? refuse("the account " + id + " has no password", qwk.log) : qwk ? { ok: false, reply: notQwk, log: qwk.log } : null;
    if (decision) {
      accounts.logout();
      return decision;
    }
    return { ok: true, account: account };
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
  var NOT_PUBLIC = [
    [0, 8],
    // "this network"
    [167772160, 8],
    // private
    [1681915904, 10],
    // shared address space (carrier-grade NAT)
    [2130706432, 8],
    // loopback
    [2851995648, 16],
    // link-local
    [2886729728, 12],
    // private
    [3221225472, 24],
    // IETF protocol assignments
    [3221225984, 24],
    // documentation (TEST-NET-1)
    [3232235520, 16],
    // private
    [3323068416, 15],
    // benchmarking
    [3325256704, 24],
    // documentation (TEST-NET-2)
    [3405803776, 24],
    // documentation (TEST-NET-3)
    [3758096384, 4],
    // multicast
    [4026531840, 4]
    // reserved, and the broadcast address
  ];
  function ipv4Number(text) {
    var parts = text.split(".");
    return ((parseInt(parts[0], 10) * 256 + parseInt(parts[1], 10)) * 256 + parseInt(parts[2], 10)) * 256 + parseInt(parts[3], 10);
  }
  function inBlock(address, block) {
    var size = Math.pow(2, 32 - block[1]);
    return address >= block[0] && address < block[0] + size;
  }
  function isPublicIpv4(text) {
    if (!isIpv4(text))
      return false;
    var address = ipv4Number(text);
    for (var i = 0; i < NOT_PUBLIC.length; i++) {
      if (inBlock(address, NOT_PUBLIC[i]))
        return false;
    }
    return true;
  }
  function isUnicastIpv4(text) {
    if (!isIpv4(text))
      return false;
    var first = parseInt(text.split(".")[0], 10);
    return first !== 0 && first < 224;
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
  function isGlobalUnicastIpv6(text) {
    var groups = parseIpv6(text);
    if (!groups)
      return false;
    var first = groups[0];
    if ((first & 57344) !== 8192)
      return false;
    return !(first === 8193 && groups[1] === 3512);
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
  function isUnicastIpv6(text) {
    var groups = parseIpv6(text);
    if (!groups)
      return false;
    var zero = true;
    for (var i = 0; i < 8; i++)
      if (groups[i] !== 0)
        zero = false;
    return !zero && (groups[0] & 65280) !== 65280;
  }

  // src:shared/core/loc.ts
  var DEGREES = /^[0-9]{1,3}$/;
  var MINUTES = /^[0-9]{1,2}$/;
  var SECONDS = /^[0-9]{1,2}(\.[0-9]{1,3})?$/;
  var ALTITUDE = /^-?[0-9]{1,8}(\.[0-9]{1,2})?m?$/;
  var PRECISION = /^[0-9]{1,8}(\.[0-9]{1,2})?m?$/;
  var DEFAULT_PRECISIONS = [100, 1e6, 1e3];
  function number(text) {
    return parseFloat(text.replace(/m$/, ""));
  }
  function centimetres(text) {
    return Math.round(number(text) * 100);
  }
  function readAngle(tokens, at, maxDegrees, hemispheres) {
    var parts = [];
    while (at < tokens.length && hemispheres.indexOf(tokens[at].toUpperCase()) < 0 && parts.length < 3) {
      parts.push(tokens[at++]);
    }
    if (at >= tokens.length || tokens[at].length !== 1 || hemispheres.indexOf(tokens[at].toUpperCase()) < 0)
      return null;
    if (parts.length === 0 || !DEGREES.test(parts[0]))
      return null;
    var degrees = number(parts[0]);
    var minutes = 0;
    var seconds2 = 0;
    if (parts.length > 1) {
      if (!MINUTES.test(parts[1]) || number(parts[1]) > 59)
        return null;
      minutes = number(parts[1]);
    }
    if (parts.length > 2) {
      if (!SECONDS.test(parts[2]) || number(parts[2]) >= 60)
        return null;
      seconds2 = number(parts[2]);
    }
    if (degrees > maxDegrees || degrees === maxDegrees && minutes + seconds2 > 0)
      return null;
    var value = Math.round(((degrees * 60 + minutes) * 60 + seconds2) * 1e3);
    return { next: at + 1, value: tokens[at].toUpperCase() === hemispheres.charAt(0) ? value : -value };
  }
  function parseLoc(text) {
    var tokens = text.trim().split(/\s+/);
    var latitude = readAngle(tokens, 0, 90, "NS");
    if (!latitude)
      return null;
    var longitude = readAngle(tokens, latitude.next, 180, "EW");
    if (!longitude)
      return null;
    var at = longitude.next;
    if (at >= tokens.length || !ALTITUDE.test(tokens[at]))
      return null;
    var altitude = number(tokens[at]);
    if (altitude < -1e5 || altitude > 4284967295e-2)
      return null;
    var extras = tokens.slice(at + 1);
    if (extras.length > 3)
      return null;
    var precisions = DEFAULT_PRECISIONS.slice();
    for (var i = 0; i < extras.length; i++) {
      if (!PRECISION.test(extras[i]) || number(extras[i]) > 9e7)
        return null;
      precisions[i] = centimetres(extras[i]);
    }
    return {
      latitude: latitude.value,
      longitude: longitude.value,
      altitude: centimetres(tokens[at]),
      size: precisions[0],
      horizontal: precisions[1],
      vertical: precisions[2]
    };
  }
  function isLoc(text) {
    return parseLoc(text) !== null;
  }

  // src:shared/core/dns/bytes.ts
  function u8(n) {
    return String.fromCharCode(n & 255);
  }
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
  function formatError(message) {
    return { dnsFormatError: message };
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
  function readName(message, at) {
    var labels = [];
    var next = -1;
    var bytes = 1;
    var start = at;
    for (; ; ) {
      if (at >= message.length)
        throw formatError("a name runs past the end of the message");
      var length = message.charCodeAt(at);
      if (length === 0) {
        at++;
        break;
      }
      if ((length & 192) === 192) {
        if (at + 1 >= message.length)
          throw formatError("a compression pointer runs past the end of the message");
        var target = (length & 63) << 8 | message.charCodeAt(at + 1);
        if (target >= start)
          throw formatError("a compression pointer does not point backwards");
        if (next < 0)
          next = at + 2;
        at = start = target;
        continue;
      }
      if (length > 63)
        throw formatError("a label has the reserved length bits " + (length >> 6));
      if (at + 1 + length > message.length)
        throw formatError("a label runs past the end of the message");
      bytes += length + 1;
      if (bytes > MAX_NAME_BYTES)
        throw formatError("a name is longer than 255 bytes");
      labels.push(presentLabel(message.substr(at + 1, length)));
      at += 1 + length;
    }
    return { name: labels.join("."), next: next >= 0 ? next : at };
  }

  // src:shared/core/dns/rdata.ts
  var EXPECTED = {
    A: "an IPv4 address",
    AAAA: "an IPv6 address",
    MX: "'<preference 0-65535> <host name>'",
    TXT: "text of at most 255 bytes",
    LOC: "RFC 1876 text such as '52 22 23.000 N 4 53 32.000 E -2.00m'",
    CNAME: "a host name",
    SOA: "'<primary> <mailbox> <serial> <refresh> <retry> <expire> <minimum>'"
  };
  var POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
  var EQUATOR = 2147483648;
  var ALTITUDE_BASE_CM = 1e7;
  function precisionByte(cm) {
    var exponent = 0;
    while (exponent < 9 && cm >= POWERS_OF_TEN[exponent + 1])
      exponent++;
    return Math.min(9, Math.floor(cm / POWERS_OF_TEN[exponent])) << 4 | exponent;
  }
  function encodeLoc(loc) {
    return u8(0) + u8(precisionByte(loc.size)) + u8(precisionByte(loc.horizontal)) + u8(precisionByte(loc.vertical)) + u32(EQUATOR + loc.latitude) + u32(EQUATOR + loc.longitude) + u32(ALTITUDE_BASE_CM + loc.altitude);
  }
  function integer(text, max) {
    if (!/^[0-9]{1,10}$/.test(text))
      return null;
    var n = parseInt(text, 10);
    return n <= max ? n : null;
  }
  function name(text) {
    return nameProblem(text) === null ? encodeName(text) : null;
  }
  function encodeRdata(type, text) {
    var fields = text.trim().split(/\s+/);
    switch (type) {
      case "A":
        if (!isIpv4(text))
          return null;
        return String.fromCharCode.apply(null, text.split(".").map(function(octet) {
          return parseInt(octet, 10);
        }));
      case "AAAA": {
        var groups = parseIpv6(text);
        return groups ? groups.map(u16).join("") : null;
      }
      case "MX": {
        var preference = fields.length === 2 ? integer(fields[0], 65535) : null;
        var exchange = fields.length === 2 && fields[1] !== "" ? name(fields[1]) : null;
        return preference !== null && exchange !== null ? u16(preference) + exchange : null;
      }
      case "TXT":
        return text.length <= 255 && isByteString(text) ? u8(text.length) + text : null;
      case "LOC": {
        var loc = parseLoc(text);
        return loc ? encodeLoc(loc) : null;
      }
      case "CNAME":
        return text !== "" ? name(text) : null;
      case "SOA": {
        if (fields.length !== 7)
          return null;
        var out = "";
        for (var i = 0; i < 7; i++) {
          var part = i < 2 ? name(fields[i]) : integer(fields[i], 4294967295);
          if (part === null)
            return null;
          out += typeof part === "string" ? part : u32(part);
        }
        return out;
      }
    }
    return null;
  }
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
        var numbers2 = [];
        for (var k = 0; k < 5; k++)
          numbers2.push(readU32(data, mailbox.next + 4 * k));
        return primary.name + " " + mailbox.name + " " + numbers2.join(" ");
      }
    }
    return "\\# " + length + (length ? " " + toHex(data.substr(at, length)) : "");
  }
  function canonicalRdata(type, text) {
    var wire = encodeRdata(type, text);
    return wire === null ? null : decodeRdata(TYPE[type], wire, 0, wire.length);
  }

  // src:hub/core/addresses.ts
  function addressProblem(address, allowPrivate) {
    var v4 = isIpv4(address);
    if (allowPrivate) {
      return (v4 ? isUnicastIpv4(address) : isUnicastIpv6(address)) ? null : "not unicast";
    }
    if (v4 ? isPublicIpv4(address) : isGlobalUnicastIpv6(address))
      return null;
    return "not public";
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
  function refused(field, value, expected) {
    return { ok: false, reply: "refused: " + field + " " + quote(value) + ": expected " + expected };
  }
  function ownerOf(id, zone) {
    return id.toLowerCase() + "." + zone;
  }
  function wantedSet(name2, type, rdata, ttl) {
    if (rdata.length === 0)
      return { name: name2, type: type, rrset: null };
    var canonical = [];
    for (var i = 0; i < rdata.length; i++)
      canonical.push(canonicalRdata(type, rdata[i]) || rdata[i]);
    return { name: name2, type: type, rrset: { name: name2, type: type, ttl: ttl, rdata: canonical } };
  }
  function sourceIpv4(sourceAddress) {
    var address = sourceAddress.replace(/^::ffff:/i, "");
    return isIpv4(address) ? address : null;
  }
  function recordsFrom(id, answers, sourceAddress, settings) {
    var owner = ownerOf(id, settings.zone);
    var wanted = [];
    function set(name2, type, rdata, ttl2) {
      wanted.push(wantedSet(name2, type, rdata === null ? [] : [rdata], ttl2));
    }
    var ttlText = answers["ttl?"].trim();
    if (ttlText !== "" && !/^[0-9]{1,10}$/.test(ttlText))
      return refused("ttl", ttlText, "whole seconds, or nothing for " + settings.ttl);
    var ttl = ttlText === "" ? settings.ttl : Math.min(settings.ttlMax, Math.max(settings.ttlMin, parseInt(ttlText, 10)));
    var ip = answers["ip?"].trim();
    if (ip === "") {
      var source = sourceIpv4(sourceAddress);
      if (source === null) {
        return { ok: false, reply: "refused: ip is blank and this connection came from " + sourceAddress + ", not an IPv4 address: answer ip? with one" };
      }
      var sourceProblem = addressProblem(source, settings.allowPrivate);
      if (sourceProblem)
        return { ok: false, reply: "refused: ip is blank and the address this update came from, " + source + ", is " + sourceProblem };
      ip = source;
    } else {
      if (!isIpv4(ip))
        return refused("ip", ip, "an IPv4 address like 203.0.113.7, or nothing for the address the update comes from");
      var ipProblem = addressProblem(ip, settings.allowPrivate);
      if (ipProblem)
        return refused("ip", ip, "a public unicast address (this one is " + ipProblem + ")");
    }
    set(owner, "A", ip, ttl);
    var ip6 = answers["ip6?"].trim();
    if (ip6 !== "") {
      if (!isIpv6(ip6))
        return refused("ip6", ip6, "an IPv6 address like 2607:f8b0:4007:801::200e, or nothing");
      var ip6Problem = addressProblem(ip6, settings.allowPrivate);
      if (ip6Problem)
        return refused("ip6", ip6, "a public unicast address (this one is " + ip6Problem + ")");
    }
    set(owner, "AAAA", ip6 === "" ? null : ip6, ttl);
    var mx = answers["mx?"].trim();
    if (mx !== "" && (hasControl(mx) || !isHostName(mx)))
      return refused("mx", mx, "a host name like mail.example.com, or nothing");
    set(owner, "MX", mx === "" ? null : settings.mxPreference + " " + normalName(mx), ttl);
    var txt = answers["txt?"];
    if (hasControl(txt) || txt.length > MAX_TXT)
      return refused("txt", txt, "at most " + MAX_TXT + " characters of text, or nothing");
    set(owner, "TXT", txt.trim() === "" ? null : txt, ttl);
    var loc = answers["loc?"].trim().replace(/\s+/g, " ");
    if (loc !== "" && !isLoc(loc))
      return refused("loc", loc, "an RFC 1876 location like 52 22 23.000 N 4 53 32.000 E -2.00m, or nothing");
    set(owner, "LOC", loc === "" ? null : loc, ttl);
    var wildcard = answers["wc?"].trim() === "" ? false : yesNo(answers["wc?"]);
    if (wildcard === null)
      return refused("wc", answers["wc?"], YES_NO_WORDS + ", or nothing");
    set("*." + owner, "CNAME", wildcard ? owner : null, ttl);
    return { ok: true, owner: owner, wanted: wanted };
  }

  // src:shared/core/dns/rrset.ts
  function canonicalSet(rrset) {
    var seen = {};
    var out = [];
    for (var i = 0; i < rrset.rdata.length; i++) {
      var text = canonicalRdata(rrset.type, rrset.rdata[i]);
      if (text === null)
        return null;
      if (!seen[text])
        out.push(text);
      seen[text] = true;
    }
    return out.sort();
  }
  function sameRRset(current2, wanted) {
    if (!current2 || !wanted)
      return current2 === wanted;
    if (normalName(current2.name) !== normalName(wanted.name) || current2.type !== wanted.type || current2.ttl !== wanted.ttl)
      return false;
    var a = canonicalSet(current2);
    var b = canonicalSet(wanted);
    return a !== null && b !== null && a.join("\n") === b.join("\n");
  }

  // src:hub/core/changes.ts
  function current(rrsets, name2, type) {
    for (var i = 0; i < rrsets.length; i++) {
      if (rrsets[i].name === name2 && rrsets[i].type === type)
        return rrsets[i];
    }
    return null;
  }
  function planChanges(zone, wanted, rrsets) {
    var plan = { zone: zone, changes: [] };
    for (var i = 0; i < wanted.length; i++) {
      var w = wanted[i];
      var was = current(rrsets, w.name, w.type);
      if (!sameRRset(was, w.rrset))
        plan.changes.push({ name: w.name, type: w.type, rrset: w.rrset, was: was });
    }
    return plan;
  }
  function viewKey(owner, name2, type) {
    return name2.slice(0, name2.length - owner.length) + type;
  }
  function viewOf(owner, rrsets) {
    var view = {};
    for (var i = 0; i < rrsets.length; i++) {
      var r = rrsets[i];
      view[viewKey(owner, r.name, r.type)] = { ttl: r.ttl, data: r.rdata.slice() };
    }
    return view;
  }
  function wantedSets(wanted) {
    var out = [];
    for (var i = 0; i < wanted.length; i++) {
      var rrset = wanted[i].rrset;
      if (rrset)
        out.push(rrset);
    }
    return out;
  }
  function describePlan(owner, plan) {
    var parts = [];
    for (var i = 0; i < plan.changes.length; i++) {
      var change = plan.changes[i];
      var type = viewKey(owner, change.name, change.type);
      parts.push(change.rrset ? type + " " + escapeControl(change.rrset.rdata.join(" | ")) + " (ttl " + change.rrset.ttl + ")" : "no " + type);
    }
    return parts.join(", ");
  }

  // src:hub/core/rateLimit.ts
  var HOUR_MS = 3600 * 1e3;
  var UNCHANGED_WINDOW_MS = 24 * HOUR_MS;
  function numbers(list) {
    var out = [];
    if (list instanceof Array) {
      for (var i = 0; i < list.length; i++)
        if (typeof list[i] === "number")
          out.push(list[i]);
    }
    return out;
  }
  function parseRateState(text) {
    if (text === null)
      return { writes: [], unchanged: [] };
    try {
      var parsed = JSON.parse(text);
      return { writes: numbers(parsed && parsed.writes), unchanged: numbers(parsed && parsed.unchanged) };
    } catch (e) {
      return { writes: [], unchanged: [] };
    }
  }
  function within(stamps, now2, windowMs) {
    var kept = [];
    for (var i = 0; i < stamps.length; i++) {
      var at = Math.min(stamps[i], now2);
      if (at > now2 - windowMs)
        kept.push(at);
    }
    return kept.sort(function(a, b) {
      return a - b;
    });
  }
  function restampedList(stamps, now2) {
    var future = false;
    var out = [];
    for (var i = 0; i < stamps.length; i++) {
      future = future || stamps[i] > now2;
      out.push(Math.min(stamps[i], now2));
    }
    return { stamps: out, future: future };
  }
  function restamped(state, now2) {
    var writes = restampedList(state.writes, now2);
    var unchanged2 = restampedList(state.unchanged, now2);
    return writes.future || unchanged2.future ? { writes: writes.stamps, unchanged: unchanged2.stamps } : null;
  }
  function inSeconds(ms) {
    return Math.max(1, Math.ceil(ms / 1e3));
  }
  function decideRate(name2, state, now2, minInterval, hourlyCap) {
    var writes = within(state.writes, now2, HOUR_MS);
    var last = writes.length ? writes[writes.length - 1] : null;
    if (minInterval > 0 && last !== null && now2 - last < minInterval * 1e3) {
      var wait = inSeconds(last + minInterval * 1e3 - now2);
      return {
        ok: false,
        reply: "refused: " + name2 + " was updated " + Math.floor((now2 - last) / 1e3) + " s ago; try again in " + wait + " s",
        log: name2 + ": " + wait + " s short of the minimum interval of " + minInterval + " s"
      };
    }
    if (hourlyCap > 0 && writes.length >= hourlyCap) {
      var free = inSeconds(writes[writes.length - hourlyCap] + HOUR_MS - now2);
      return {
        ok: false,
        reply: "refused: " + name2 + " was updated " + countOf(writes.length, "time") + " in the last hour; try again in " + free + " s",
        log: name2 + ": reached the cap of " + countOf(hourlyCap, "update") + " an hour"
      };
    }
    return { ok: true };
  }
  function decideUnchanged(name2, state, now2, limit) {
    var unchanged2 = within(state.unchanged, now2, UNCHANGED_WINDOW_MS);
    if (limit <= 0 || unchanged2.length < limit)
      return { ok: true };
    var free = inSeconds(unchanged2[unchanged2.length - limit] + UNCHANGED_WINDOW_MS - now2);
    return {
      ok: false,
      reply: "refused: " + name2 + " was sent " + countOf(unchanged2.length, "update") + " that changed nothing in the last 24 hours; update only when the address changes (try again in " + free + " s)",
      log: name2 + ": reached the limit of " + countOf(limit, "unchanged update") + " a day"
    };
  }
  function recordWrite(state, now2) {
    return { writes: within(state.writes, now2, HOUR_MS).concat([now2]), unchanged: within(state.unchanged, now2, UNCHANGED_WINDOW_MS) };
  }
  function recordUnchanged(state, now2) {
    return { writes: within(state.writes, now2, HOUR_MS), unchanged: within(state.unchanged, now2, UNCHANGED_WINDOW_MS).concat([now2]) };
  }

  // src:hub/core/publish.ts
  function publishWanted(hub, settings, id, owner, wanted) {
    if (!hub.state.lock(id)) {
      return { result: "refused", old: null, limit: "busy", reply: "refused: another update of " + id + " is under way; try again in a minute", log: "busy" };
    }
    try {
      return readAndWrite(hub, settings, id, owner, wanted);
    } finally {
      hub.state.unlock(id);
    }
  }
  function readAndWrite(hub, settings, id, owner, wanted) {
    var rateState = parseRateState(hub.state.read(id));
    var settled = restamped(rateState, hub.now());
    if (settled) {
      rateState = settled;
      hub.log.warn("rate-limit state of " + id + ": writes stamped after now (the clock was set back) are counted as made now");
      keepRateState(hub, id, rateState);
    }
    var abuse = decideUnchanged(owner, rateState, hub.now(), settings.nochgLimit);
    if (!abuse.ok)
      return { result: "refused", old: null, limit: "unchanged", reply: abuse.reply, log: abuse.log };
    var startedAt = hub.now();
    var current2 = hub.dns.currentRecords(settings.dns, [owner, "*." + owner]);
    if (!current2.ok)
      return { result: "failed", old: null, reason: "reading the current records: " + current2.reason };
    var old = current2.rrsets;
    var plan = planChanges(settings.zone, wanted, old);
    if (plan.changes.length === 0)
      return unchanged(hub, id, rateState, old);
    var rate = decideRate(owner, rateState, hub.now(), settings.minInterval, settings.hourlyCap);
    if (!rate.ok)
      return { result: "refused", old: old, limit: "rate", reply: rate.reply, log: rate.log };
    var written = write(hub, settings, plan, startedAt);
    var retried = written.stale;
    if (written.stale) {
      var rest = timeLeft(settings, startedAt, hub.now());
      var again = rest ? hub.dns.currentRecords(rest, [owner, "*." + owner]) : { ok: false, reason: "no time left in dns_timeout" };
      if (!again.ok)
        return { result: "failed", old: old, reason: "the update: " + written.reason + "; reading the records again: " + again.reason };
      old = again.rrsets;
      plan = planChanges(settings.zone, wanted, old);
      if (plan.changes.length === 0)
        return unchanged(hub, id, rateState, old);
      written = write(hub, settings, plan, startedAt);
      if (written.stale)
        return { result: "failed", old: old, reason: "the update, made again: " + written.reason + "; another writer keeps changing these records" };
    }
    if (!written.ok)
      return { result: "failed", old: old, reason: "the update: " + written.reason };
    keepRateState(hub, id, recordWrite(rateState, hub.now()));
    return { result: "updated", old: old, detail: describePlan(owner, plan) + " (DNS " + (hub.now() - startedAt) + " ms" + (retried ? "; made again: another writer had changed the records since they were read" : "") + ")" };
  }
  function timeLeft(settings, startedAt, now2) {
    var left = Math.floor((settings.dns.timeoutSeconds * 1e3 - (now2 - startedAt)) / 100) / 10;
    if (left <= 0)
      return null;
    return {
      server: settings.dns.server,
      port: settings.dns.port,
      transport: settings.dns.transport,
      key: settings.dns.key,
      zone: settings.dns.zone,
      timeoutSeconds: left
    };
  }
  function write(hub, settings, plan, startedAt) {
    var spent = hub.now() - startedAt;
    var dns2 = timeLeft(settings, startedAt, hub.now());
    if (!dns2) {
      return { ok: false, stale: false, reason: "not started, the DNS work took " + spent + " ms of dns_timeout (" + settings.dns.timeoutSeconds + " s)" };
    }
    var outcome = hub.dns.publish(dns2, plan);
    return outcome.ok ? { ok: true, stale: false, reason: "" } : { ok: false, stale: outcome.stale, reason: outcome.reason };
  }
  function unchanged(hub, id, rateState, old) {
    keepRateState(hub, id, recordUnchanged(rateState, hub.now()));
    return { result: "unchanged", old: old };
  }
  function keepRateState(hub, id, state) {
    var problem = hub.state.write(id, JSON.stringify(state));
    if (problem)
      hub.log.warn("rate-limit state of " + id + ": " + problem);
  }

  // src:hub/core/audit.ts
  var MAX_ID = 64;
  function auditLine(record) {
    var id = record.id === null ? null : record.id.length > MAX_ID ? record.id.slice(0, MAX_ID) + "..." : record.id;
    var shown = {
      time: record.time,
      front: record.front,
      id: id,
      address: record.address,
      result: record.result,
      reason: record.reason,
      old: record.old,
      new: record.new
    };
    return JSON.stringify(shown).replace(/[\u007f-\uffff]/g, function(c) {
      return "\\u" + ("0000" + c.charCodeAt(0).toString(16)).slice(-4);
    });
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
    var count = 0;
    for (var i = 0; i < body.length; i++) {
      bits = bits << 6 | ALPHABET.indexOf(body.charAt(i));
      count += 6;
      if (count >= 8) {
        count -= 8;
        out += String.fromCharCode(bits >>> count & 255);
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

  // src:service/core/app.ts
  var MISCONFIGURED = "error: this DynDNS service is not set up correctly; its sysop has been told";
  var DNS_UNAVAILABLE = "error: the DNS server could not be reached or refused the service; its sysop has been told";
  function serve(env) {
    var conn = env.connection;
    var record = {
      time: new Date(env.now()).toISOString(),
      front: "8467",
      id: null,
      address: env.sourceAddress,
      result: "failed",
      reason: null,
      old: null,
      new: null
    };
    function finish(result, reply, reason, log2, detail) {
      record.result = result;
      record.reason = reason;
      var problem = env.audit(auditLine(record));
      if (problem)
        env.log.error("audit log: " + problem);
      var who = (record.id === null ? "(no id)" : quote(record.id)) + " from " + env.sourceAddress;
      log2(who + ": " + result + (reason ? ": " + escapeControl(reason) : "") + (detail ? ": " + detail : ""));
      if (reply !== null)
        conn.sendLine(reply);
      conn.close();
      return result;
    }
    var checked = validateServiceSettings(env.readSettings());
    for (var w = 0; w < checked.warnings.length; w++)
      env.log.warn(checked.warnings[w]);
    if (!checked.ok) {
      for (var p = 0; p < checked.problems.length; p++)
        env.log.error(checked.problems[p]);
      return finish("failed", MISCONFIGURED, "the service's settings are not valid", env.log.error);
    }
    var settings = checked.settings;
    var asked = askPrompts(conn, env.now, settings.answerTimeout * 1e3);
    if (!asked.ok) {
      if (asked.answers.hasOwnProperty("id?"))
        record.id = asked.answers["id?"];
      var what = asked.detail + " at " + asked.prompt;
      if (asked.why === "timeout") {
        return finish("failed", "error: no answer to " + asked.prompt + " within " + settings.answerTimeout + " s", what, env.log.notice);
      }
      if (asked.why === "too-long")
        return finish("refused", "refused: the answer to " + asked.prompt + " is too long", what, env.log.notice);
      return finish("failed", null, what, env.log.notice);
    }
    var answers = asked.answers;
    var id = answers["id?"].trim();
    record.id = id;
    var bad = idProblem(id, settings.reserved);
    if (bad && !bad.ok)
      return finish("refused", bad.reply, bad.log, env.log.notice);
    var decision = authorize(env.accounts, id, answers["pw?"]);
    if (!decision.ok)
      return finish("refused", decision.reply, decision.log, env.log.notice);
    var records = recordsFrom(id, answers, env.sourceAddress, settings);
    if (!records.ok)
      return finish("refused", records.reply, records.reply.replace(/^refused: /, ""), env.log.notice);
    record.new = viewOf(records.owner, wantedSets(records.wanted));
    var published = publishWanted(env, settings, id.toLowerCase(), records.owner, records.wanted);
    if (published.old)
      record.old = viewOf(records.owner, published.old);
    if (published.result === "updated")
      return finish("updated", OK, null, env.log.info, published.detail);
    if (published.result === "unchanged")
      return finish("unchanged", OK, null, env.log.info);
    if (published.result === "refused")
      return finish("refused", published.reply, published.log, env.log.notice);
    return finish("failed", DNS_UNAVAILABLE, published.reason, env.log.error);
  }

  // src:shared/core/hostPort.ts
  function shownHost(host) {
    return isIpv6(host) ? "[" + host + "]" : host;
  }
  function hostPort(host, port) {
    return shownHost(host) + ":" + port;
  }

  // src:hub/core/check.ts
  var CHECK_OK = 0;
  var CHECK_DNS_FAILED = 1;
  var CHECK_BAD_SETTINGS = 2;
  function checkSetup(raw, dns2, out) {
    var checked = validateServiceSettings(raw);
    for (var w = 0; w < checked.warnings.length; w++)
      out.error(checked.warnings[w]);
    if (!checked.ok) {
      for (var p = 0; p < checked.problems.length; p++)
        out.error(checked.problems[p]);
      return CHECK_BAD_SETTINGS;
    }
    var s = checked.settings;
    var server = hostPort(s.dns.server, s.dns.port);
    var lines = [
      "settings from " + raw.source + ": valid",
      "  names          <id>." + s.zone + " and *.<id>." + s.zone + " (ids reserved: " + (s.reserved.join(", ") || "none") + ")",
      "  DNS server     " + server + " over " + s.dns.transport + ", TSIG key " + s.dns.key.name + " (hmac-sha256), " + s.dns.timeoutSeconds + " s",
      "  TTL            " + s.ttl + " s when the client sends none, else from " + s.ttlMin + " to " + s.ttlMax + " s",
      "  MX preference  " + s.mxPreference,
      "  limits         " + (s.minInterval ? s.minInterval + " s between updates" : "no minimum interval") + ", " + (s.hourlyCap ? countOf(s.hourlyCap, "update") + " an hour" : "no hourly cap") + ", " + (s.nochgLimit ? countOf(s.nochgLimit, "unchanged update") + " a day" : "no limit on unchanged updates") + " per id",
      "  addresses      " + (s.allowPrivate ? "any unicast address (allow_private)" : "public unicast only"),
      "  answers        " + s.answerTimeout + " s for each"
    ];
    for (var i = 0; i < lines.length; i++)
      out.print(lines[i]);
    var answer = dns2.currentRecords(s.dns, [s.zone]);
    if (!answer.ok) {
      out.error("DNS server " + server + ": " + answer.reason);
      return CHECK_DNS_FAILED;
    }
    out.print("DNS server " + server + " answered a query signed with " + s.dns.key.name + " for " + s.zone + ": ready");
    return CHECK_OK;
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

  // src:shared/core/lineReader.ts
  function withoutCr(text, truncated) {
    return { text: text.charAt(text.length - 1) === "\r" ? text.slice(0, -1) : text, truncated: truncated };
  }
  function createLineReader(maxLength) {
    var buffer = "";
    var skipping = false;
    var done = [];
    return {
      push: function(chunk) {
        buffer += chunk;
        for (; ; ) {
          var lf = buffer.indexOf("\n");
          if (skipping) {
            if (lf < 0) {
              buffer = "";
              return;
            }
            skipping = false;
            buffer = buffer.slice(lf + 1);
          } else if (lf >= 0 && lf <= maxLength) {
            done.push(withoutCr(buffer.slice(0, lf), false));
            buffer = buffer.slice(lf + 1);
          } else if (buffer.length > maxLength) {
            done.push(withoutCr(buffer.slice(0, maxLength), true));
            buffer = buffer.slice(maxLength);
            skipping = true;
          } else {
            return;
          }
        }
      },
      next: function() {
        return done.length ? done.shift() : null;
      },
      end: function() {
        var rest = skipping ? "" : buffer;
        buffer = "";
        skipping = false;
        return rest.length ? withoutCr(rest, false) : null;
      },
      held: function() {
        var total = buffer.length;
        for (var i = 0; i < done.length; i++)
          total += done[i].text.length;
        return total;
      }
    };
  }

  // src:shared/host/clock.ts
  function now() {
    return (/* @__PURE__ */ new Date()).getTime();
  }

  // src:shared/host/socketConnection.ts
  var POLL_SLICE_MS = 1e3;
  function describeSocketError(sock) {
    return sock.error_str + " (error " + sock.error + ")";
  }
  function socketConnection(sock, maxLength) {
    var reader = createLineReader(maxLength);
    var ended = false;
    function readLine(until) {
      for (; ; ) {
        var line = reader.next();
        if (line)
          return { kind: "line", line: line };
        if (ended)
          return { kind: "closed" };
        var left = until - now();
        if (left <= 0)
          return { kind: "timeout" };
        var ready = sock.poll(Math.min(left, POLL_SLICE_MS) / 1e3);
        if (ready < 0)
          return { kind: "error", detail: describeSocketError(sock) };
        if (ready === 0)
          continue;
        var chunk = sock.recv(maxLength, 0);
        if (chunk === null)
          return { kind: "error", detail: describeSocketError(sock) };
        if (chunk === "") {
          ended = true;
          var last = reader.end();
          if (last)
            return { kind: "line", line: last };
          return { kind: "closed" };
        }
        reader.push(chunk);
      }
    }
    function sendLine(text) {
      var data = text + "\r\n";
      while (data.length > 0) {
        var sent = sock.send(data);
        if (sent === void 0 || sent <= 0)
          return false;
        data = data.slice(sent);
      }
      return true;
    }
    return {
      sendLine: sendLine,
      readLine: readLine,
      close: function() {
        sock.close();
      }
    };
  }

  // src:service/host/clientConnection.ts
  var LINGER_MS = 1e3;
  var LINGER_BYTES = 65536;
  function closeGently(sock) {
    sock.is_writeable = false;
    var until = now() + LINGER_MS;
    var dropped = 0;
    for (; ; ) {
      var left = until - now();
      if (left <= 0)
        break;
      if (dropped >= LINGER_BYTES) {
        mswait(Math.ceil(left));
        break;
      }
      if (sock.poll(left / 1e3) <= 0)
        break;
      var chunk = sock.recv(4096, 0);
      if (chunk === null || chunk === "")
        break;
      dropped += chunk.length;
    }
    sock.close();
  }
  function clientConnection(sock) {
    var lines = socketConnection(sock, MAX_LINE_LENGTH);
    return {
      sendLine: lines.sendLine,
      readLine: lines.readLine,
      close: function() {
        closeGently(sock);
      }
    };
  }

  // src:hub/host/auditLog.ts
  var FILE_NAME = "dyndns-service.log";
  function auditLogPath() {
    return system.logs_dir + FILE_NAME;
  }
  function appendAuditLine(line) {
    var path = auditLogPath();
    var file = new File(path);
    if (!file.open("a") && !(mkpath(system.logs_dir) && file.open("a")))
      return "cannot open " + path + " (error " + file.error + ")";
    var wrote = file.write(line + "\n");
    file.close();
    return wrote ? null : "could not write to " + path;
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
  function encodeMessage(message) {
    var out = u16(message.id) + u16(message.flags) + u16(message.questions.length) + u16(message.answers.length) + u16(message.authority.length) + u16(message.additional.length);
    for (var i = 0; i < message.questions.length; i++) {
      var q = message.questions[i];
      out += encodeName(q.name) + u16(q.type) + u16(q.klass);
    }
    var sections = [message.answers, message.authority, message.additional];
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
    var a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
    for (t = 0; t < 64; t++) {
      var S1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
      var T1 = h + S1 + (e & f ^ ~e & g) + K[t] + W[t] | 0;
      var S0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10);
      var T2 = S0 + (a & b ^ a & c ^ b & c) | 0;
      h = g;
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
    H[7] = H[7] + h | 0;
  }
  function word(n) {
    return String.fromCharCode(n >>> 24 & 255, n >>> 16 & 255, n >>> 8 & 255, n & 255);
  }
  function sha256(message) {
    var H = [1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225];
    var W = [];
    var length = message.length;
    var whole = length - length % 64;
    for (var at = 0; at < whole; at += 64)
      compress(H, W, message, at);
    var tail = message.slice(whole) + "\x80";
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
  function hmacSha256(key, message) {
    var k = key.length > 64 ? sha256(key) : key;
    return sha256(xorPad(k, 92) + sha256(xorPad(k, 54) + message));
  }

  // src:shared/core/dns/tsig.ts
  var ALGORITHM = "hmac-sha256";
  var FUDGE = 300;
  var MAC_BYTES = 32;
  function variables(key, timeSigned, fudge, error, other) {
    return canonicalName(key.name) + u16(CLASS.ANY) + u32(0) + canonicalName(ALGORITHM) + u48(timeSigned) + u16(fudge) + u16(error) + u16(other.length) + other;
  }
  function signRequest(message, key, timeSigned) {
    var id = readU16(message, 0);
    var mac = hmacSha256(key.secret, message + variables(key, timeSigned, FUDGE, 0, ""));
    var rdata = encodeName(ALGORITHM) + u48(timeSigned) + u16(FUDGE) + u16(mac.length) + mac + u16(id) + u16(0) + u16(0);
    var record = encodeRecord({ name: key.name.toLowerCase(), type: TYPE.TSIG, klass: CLASS.ANY, ttl: 0, rdata: rdata });
    var additional = readU16(message, 10) + 1;
    return { wire: message.slice(0, 10) + u16(additional) + message.slice(12) + record, id: id, mac: mac };
  }
  function sameBytes(a, b) {
    if (a.length !== b.length)
      return false;
    var diff = 0;
    for (var i = 0; i < a.length; i++)
      diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
    return diff === 0;
  }
  function verifyAnswer(answer, parsed, request, key, now2) {
    var additional = parsed.message.additional;
    var tsig = additional.length ? additional[additional.length - 1] : null;
    if (!tsig || tsig.type !== TYPE.TSIG)
      return { kind: "unsigned" };
    try {
      return verifyRecord(answer, parsed.lastAdditionalAt, tsig.name, tsig.rdataAt, tsig.rdata.length, request, key, now2);
    } catch (e) {
      if (isFormatError(e))
        return { kind: "invalid", reason: "its TSIG record is malformed: " + e.dnsFormatError };
      throw e;
    }
  }
  function verifyRecord(answer, tsigAt, owner, at, length, request, key, now2) {
    var end = at + length;
    var algorithm = readName(answer, at);
    if (algorithm.next + 10 > end)
      throw formatError("too short");
    var timeSigned = readU48(answer, algorithm.next);
    var fudge = readU16(answer, algorithm.next + 6);
    var macLength = readU16(answer, algorithm.next + 8);
    var macAt = algorithm.next + 10;
    if (macAt + macLength + 6 > end)
      throw formatError("its MAC runs past the record");
    var mac = answer.substr(macAt, macLength);
    var originalId = readU16(answer, macAt + macLength);
    var error = readU16(answer, macAt + macLength + 2);
    var otherLength = readU16(answer, macAt + macLength + 4);
    if (macAt + macLength + 6 + otherLength !== end)
      throw formatError("its other data does not fill the record");
    var other = answer.substr(macAt + macLength + 6, otherLength);
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
    var unsigned = u16(originalId) + answer.slice(2, 10) + u16(readU16(answer, 10) - 1) + answer.slice(12, tsigAt);
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
    var message = parsed.message;
    if (!isResponse(message.flags) || message.id !== request.id || opcodeOf(message.flags) !== opcode) {
      return { ok: false, reason: "the answer does not match the request" };
    }
    var rcode = rcodeOf(message.flags);
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
    var message = {
      id: id,
      flags: OPCODE.QUERY << 11,
      questions: [{ name: normalName(name2), type: TYPE[type], klass: CLASS.IN }],
      answers: [],
      authority: [],
      additional: []
    };
    return encodeMessage(message);
  }
  function rrsetIn(message, answer, name2, type) {
    var wanted = normalName(name2);
    var rrset = null;
    for (var i = 0; i < answer.answers.length; i++) {
      var record = answer.answers[i];
      if (record.type !== TYPE[type] || record.klass !== CLASS.IN || normalName(record.name) !== wanted)
        continue;
      var text = decodeRdata(record.type, message, record.rdataAt, record.rdata.length);
      if (!rrset)
        rrset = { name: wanted, type: type, ttl: record.ttl, rdata: [] };
      rrset.ttl = Math.min(rrset.ttl, record.ttl);
      rrset.rdata.push(text);
    }
    return rrset;
  }

  // src:shared/core/dns/update.ts
  var MAX_TTL2 = 2147483647;
  function isBelow(name2, zone) {
    var n = normalName(name2);
    var z = normalName(zone);
    return n.length > z.length + 1 && n.slice(-(z.length + 1)) === "." + z;
  }
  function rrsetProblem(name2, type, rrset) {
    var where = name2 + " " + type;
    if (normalName(rrset.name) !== normalName(name2) || rrset.type !== type) {
      return "the record set for " + where + " is named " + rrset.name + " " + rrset.type;
    }
    if (rrset.ttl !== Math.floor(rrset.ttl) || rrset.ttl < 0 || rrset.ttl > MAX_TTL2) {
      return "the TTL of " + where + " is " + rrset.ttl + " (expected a whole number of seconds, 0 to " + MAX_TTL2 + ")";
    }
    if (rrset.rdata.length === 0)
      return "the record set for " + where + " is empty (use null to delete it)";
    if (type === "CNAME" && rrset.rdata.length > 1)
      return "a CNAME set has one record; " + where + " has " + rrset.rdata.length;
    for (var i = 0; i < rrset.rdata.length; i++) {
      if (encodeRdata(rrset.type, rrset.rdata[i]) === null) {
        return where + " '" + rrset.rdata[i] + "' is not " + EXPECTED[type];
      }
    }
    return null;
  }
  function planProblem(plan) {
    var zoneProblem = nameProblem(plan.zone);
    if (zoneProblem !== null || normalName(plan.zone) === "")
      return "the zone " + (zoneProblem || "is the root");
    var seen = {};
    for (var i = 0; i < plan.changes.length; i++) {
      var change = plan.changes[i];
      var problem = nameProblem(change.name);
      if (problem !== null)
        return problem;
      if (!isBelow(change.name, plan.zone))
        return "'" + change.name + "' is not a name under the zone " + normalName(plan.zone);
      if (PUBLISHED_TYPES.indexOf(change.type) < 0)
        return "'" + change.type + "' is not a type the service publishes";
      var key = normalName(change.name) + " " + change.type;
      if (seen[key])
        return key + " is changed twice";
      seen[key] = true;
      if (change.rrset) {
        problem = rrsetProblem(change.name, change.type, change.rrset);
        if (problem !== null)
          return problem;
      }
      if (change.was === void 0)
        return key + " has no prerequisite (the set as read, or null when there was none)";
      if (change.was) {
        problem = rrsetProblem(change.name, change.type, change.was);
        if (problem !== null)
          return "as read: " + problem;
      }
    }
    return null;
  }
  function prerequisites(name2, type, was) {
    if (!was)
      return [{ name: name2, type: TYPE[type], klass: CLASS.NONE, ttl: 0, rdata: "" }];
    var out = [];
    for (var r = 0; r < was.rdata.length; r++) {
      out.push({ name: name2, type: TYPE[type], klass: CLASS.IN, ttl: 0, rdata: encodeRdata(type, was.rdata[r]) });
    }
    return out;
  }
  function encodeUpdate(plan, id) {
    var required2 = [];
    var updates = [];
    for (var i = 0; i < plan.changes.length; i++) {
      var change = plan.changes[i];
      var name2 = normalName(change.name);
      required2 = required2.concat(prerequisites(name2, change.type, change.was));
      updates.push({ name: name2, type: TYPE[change.type], klass: CLASS.ANY, ttl: 0, rdata: "" });
      var rrset = change.rrset;
      if (!rrset)
        continue;
      for (var r = 0; r < rrset.rdata.length; r++) {
        updates.push({ name: name2, type: TYPE[change.type], klass: CLASS.IN, ttl: rrset.ttl, rdata: encodeRdata(rrset.type, rrset.rdata[r]) });
      }
    }
    var message = {
      id: id,
      flags: OPCODE.UPDATE << 11,
      questions: [{ name: normalName(plan.zone), type: TYPE.SOA, klass: CLASS.IN }],
      answers: required2,
      authority: updates,
      additional: []
    };
    return encodeMessage(message);
  }

  // src:shared/host/dnsServer.ts
  var SOCK_STREAM = 1;
  var SOCK_DGRAM = 2;
  var UDP_LIMIT = 512;
  var POLL_SLICE_MS2 = 1e3;
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
      var ready = sock.poll(Math.min(left, POLL_SLICE_MS2) / 1e3);
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
  function receiveExactly(exchange, sock, count) {
    var data = "";
    while (data.length < count) {
      var ready = waitReadable(sock, exchange.until);
      if (ready === 0)
        return { ok: false, reason: noAnswer(exchange) };
      var chunk = ready < 0 ? null : sock.recv(count - data.length, 0);
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
  function answering(requests, message) {
    if (message.length < HEADER_BYTES)
      return -1;
    var id = readU16(message, 0);
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
      var message = receiveExactly(exchange, sock, readU16(prefix.data, 0));
      if (!message.ok)
        return message;
      var at = answering(requests, message.data);
      if (at >= 0 && data[at] === void 0) {
        data[at] = message.data;
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
        var refused2 = sock.error === ECONNREFUSED;
        return { ok: false, reason: refused2 ? exchange.where + " refused the request (nothing listens on that UDP port)" : "lost the UDP exchange with " + exchange.where + ": " + describeSocketError(sock) };
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
      var answer = readAnswer(data[a], requests[a], opcode, exchange.settings.key, unixSeconds(), accepted);
      if (!answer.ok)
        return answer;
      answers.push(answer);
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
    var problem = settingsProblem(settings);
    for (var n = 0; problem === null && n < names.length; n++)
      problem = nameProblem(names[n]);
    if (problem !== null)
      return { ok: false, reason: problem };
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
        var answer = answered.answers[q];
        var rrset = rrsetIn(answer.data, answer.parsed.message, asked[q].name, asked[q].type);
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
  function publish(settings, plan) {
    var problem = settingsProblem(settings) || planProblem(plan);
    if (problem === null && normalName(plan.zone) !== normalName(settings.zone)) {
      problem = "the update is for the zone " + normalName(plan.zone) + ", the settings name " + normalName(settings.zone);
    }
    if (problem !== null)
      return { ok: false, reason: problem, stale: false };
    if (plan.changes.length === 0)
      return { ok: true };
    var exchange = startExchange(settings);
    try {
      var request = signRequest(encodeUpdate(plan, messageId()), settings.key, unixSeconds());
      var answered = askAll(exchange, [request], UPDATE, UPDATE_ACCEPTS);
      if (answered.ok)
        return { ok: true };
      return { ok: false, reason: answered.reason, stale: answered.rcode !== void 0 && STALE_RCODES.indexOf(answered.rcode) >= 0 };
    } finally {
      endExchange(exchange);
    }
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

  // src:shared/version.ts
  var VERSION = "1.0.0";

  // src:service/main.ts
  var dns = { currentRecords: currentRecords, publish: publish };
  function serveClient(session) {
    js.terminate_on_disconnect = false;
    var out = synchronetLog();
    try {
      serve({
        now: now,
        readSettings: readServiceSettings,
        connection: clientConnection(session.socket),
        sourceAddress: String(session.ip_address),
        accounts: synchronetAccounts(),
        dns: dns,
        state: stateFiles(),
        audit: appendAuditLine,
        log: out
      });
    } catch (e) {
      out.error("internal error: " + e + " (please report it)");
    }
  }
  function checkFromConsole() {
    print("Synchronet DynDNS service v" + VERSION + ": checking its settings");
    return checkSetup(readServiceSettings(), dns, {
      print: function(text) {
        print(text);
      },
      error: function(text) {
        log(LOG_ERR, text);
      }
    });
  }
  if (typeof client !== "undefined" && client)
    serveClient(client);
  else
    exit(checkFromConsole());
})();
