/* dyndns.js: Synchronet Dynamic DNS client, version 1.0.0
 * Publishes <qwk-id>.synchro.net through the DynDNS service on Vertrauen.
 * usage: ?dyndns [password] [ipv4] [-q] [-n] [-mx [host]] [-hn name] [-ip6 [address]] [-help]
 *        (timed event) or: jsexec dyndns.js ... (settings: [dyndns] in ctrl/modopts.ini)
 * Generated from src/ by build.mjs: edit the TypeScript, not this file.
 */
(function() {
  // src:client/core/parseArgs.ts
  var NO_VALUE = "";
  var HELP = ["-help", "--help", "-?", "-h", "/?"];
  function isOption(word) {
    return word !== void 0 && word.length > 1 && word.charAt(0) === "-";
  }
  function parseArgs(argv2) {
    var cmd = { plain: [], quiet: false, dryRun: false, help: false };
    for (var i = 0; i < argv2.length; i++) {
      var word = argv2[i];
      var option = word.toLowerCase();
      var next = argv2[i + 1];
      if (HELP.indexOf(option) >= 0) {
        cmd.help = true;
      } else if (option === "-q") {
        cmd.quiet = true;
      } else if (option === "-n") {
        cmd.dryRun = true;
      } else if (option === "-mx") {
        cmd.mx = next !== void 0 && !isOption(next) ? argv2[++i] : NO_VALUE;
      } else if (option === "-ip6" || option === "-ipv6") {
        cmd.ip6 = next !== void 0 && !isOption(next) && next.indexOf(":") >= 0 ? argv2[++i] : NO_VALUE;
      } else if (option === "-hn") {
        if (next === void 0 || isOption(next))
          return { ok: false, error: "option -hn: expected a host name after it" };
        cmd.hn = argv2[++i];
      } else if (isOption(word)) {
        return { ok: false, error: "option " + word + ": unknown (expected -q, -n, -mx, -hn, -ip6 or -help)" };
      } else {
        cmd.plain.push(word);
      }
    }
    if (cmd.plain.length > 2 && !cmd.help) {
      return { ok: false, error: "argument '" + cmd.plain[2] + "': unexpected (expected at most a password and an IPv4 address)" };
    }
    return { ok: true, cmd: cmd };
  }

  // src:client/core/settings.ts
  var LOOKS_LIKE_IPV4 = /^[0-9]+(\.[0-9]+)+$/;
  function put(raw, key, value, origin) {
    if (value === void 0)
      return;
    raw.values[key] = value;
    raw.origins[key] = origin;
  }
  function placePlainWords(raw, plain, modoptsHasPassword) {
    if (plain.length >= 2) {
      put(raw, "password", plain[0], "the password argument");
      put(raw, "ip", plain[1], "the IPv4 argument");
    } else if (plain.length === 1) {
      if (modoptsHasPassword && LOOKS_LIKE_IPV4.test(plain[0]))
        put(raw, "ip", plain[0], "the IPv4 argument");
      else
        put(raw, "password", plain[0], "the password argument");
    }
  }
  function mergeSettings(cmd, modopts) {
    var raw = { values: {}, origins: {} };
    for (var key in modopts.values) {
      if (modopts.values.hasOwnProperty(key))
        put(raw, key, modopts.values[key], "modopts key " + key + " (" + modopts.source + ")");
    }
    placePlainWords(raw, cmd.plain, modopts.values.hasOwnProperty("password"));
    put(raw, "mx", cmd.mx, "option -mx");
    put(raw, "ip6", cmd.ip6, "option -ip6");
    put(raw, "hn", cmd.hn, "option -hn");
    return raw;
  }

  // src:shared/core/hostname.ts
  var LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
  function isDnsLabel(text) {
    return LABEL.test(text);
  }
  function isHostName(text) {
    var name = text.charAt(text.length - 1) === "." ? text.slice(0, -1) : text;
    if (name.length === 0 || name.length > 253)
      return false;
    var labels = name.split(".");
    for (var i = 0; i < labels.length; i++) {
      if (!isDnsLabel(labels[i]))
        return false;
    }
    return !/^[0-9]+$/.test(labels[labels.length - 1]);
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
  function isSpecificIpv4(text) {
    return isIpv4(text) && text !== "0.0.0.0" && text !== "255.255.255.255";
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
  function redact(text, secret) {
    if (!secret)
      return text;
    return text.split(secret).join(MASK);
  }
  function quote(value) {
    return "'" + escapeControl(value) + "'";
  }
  function padRight(text, width) {
    while (text.length < width)
      text += " ";
    return text;
  }
  function seconds(ms) {
    return String(Math.round(ms / 100) / 10);
  }

  // src:shared/core/protocol.ts
  var PROMPTS = ["id?", "pw?", "ip?", "ip6?", "mx?", "txt?", "loc?", "wc?", "ttl?"];
  var OK = "ok";
  var DEFAULT_PORT = 8467;

  // src:shared/core/yesNo.ts
  var YES = ["true", "yes", "on", "1"];
  var NO = ["false", "no", "off", "0"];
  function yesNo(text) {
    var word = text.trim().toLowerCase();
    if (YES.indexOf(word) >= 0)
      return true;
    return NO.indexOf(word) >= 0 ? false : null;
  }
  var YES_NO_WORDS = "true, false, yes, no, on, off, 1 or 0";

  // src:client/core/defaults.ts
  var DEFAULT_HOSTS = ["dyndns.synchro.net", "rob.synchro.net", "bbs.synchro.net", "cvs.synchro.net"];
  var DOMAIN = "synchro.net";
  var DEFAULT_TIMEOUT = 60;
  var MIN_TIMEOUT = 2;
  var MAX_TIMEOUT = 600;
  var MAX_WAIT = 10;
  var WAIT_SHARE = 4;
  var MAX_LINES = 32;
  var MAX_LINE_LENGTH = 512;
  var MIN_TTL = 30;
  var MAX_TTL = 604800;
  var MAX_HOSTS = 16;

  // src:client/core/validate.ts
  function pass(value) {
    return { ok: true, value: value };
  }
  function fail(raw, key, expected, shown) {
    return { ok: false, error: raw.origins[key] + " " + (shown || quote(raw.values[key])) + ": expected " + expected };
  }
  function wholeNumber(raw, key, fallback, min, max, expected) {
    if (!raw.values.hasOwnProperty(key))
      return pass(fallback);
    var text = raw.values[key].trim();
    var n = /^[0-9]{1,9}$/.test(text) ? parseInt(text, 10) : NaN;
    return n >= min && n <= max ? pass(n) : fail(raw, key, expected);
  }
  function checkPassword(raw) {
    var password = raw.values.password;
    if (!password) {
      return { ok: false, error: "password: missing (expected it as the first argument or as password in the [dyndns] section of ctrl/modopts.ini)" };
    }
    return hasControl(password) ? fail(raw, "password", "no control characters", MASK) : pass(password);
  }
  function checkId(raw, system2) {
    if (raw.values.hasOwnProperty("hn")) {
      return isDnsLabel(raw.values.hn) ? pass(raw.values.hn) : fail(raw, "hn", "one DNS label: letters, digits and inner hyphens, at most 63");
    }
    if (!system2.qwkId)
      return { ok: false, error: "system.qwk_id: empty (expected a QWK-ID set in SCFG, or -hn name)" };
    return isDnsLabel(system2.qwkId) ? pass(system2.qwkId) : { ok: false, error: "system.qwk_id " + quote(system2.qwkId) + ": expected a QWK-ID usable as a DNS label (or -hn name)" };
  }
  function optional(raw, key, valid, expected) {
    if (!raw.values.hasOwnProperty(key))
      return pass("");
    var text = raw.values[key];
    return !hasControl(text) && valid(text) ? pass(text) : fail(raw, key, expected);
  }
  function checkMx(raw, id) {
    if (raw.values.mx === NO_VALUE)
      return pass(id.toLowerCase() + "." + DOMAIN);
    return optional(raw, "mx", isHostName, "a host name, like mail.example.com");
  }
  function checkTxt(raw, system2) {
    var fits = function(text) {
      return text.length <= 255;
    };
    if (raw.values.hasOwnProperty("txt"))
      return optional(raw, "txt", fits, "at most 255 characters of text on one line");
    var name = system2.bbsName;
    return fits(name) && !hasControl(name) ? pass(name) : { ok: false, error: "system.name (the default TXT) " + quote(name) + ": expected at most 255 characters on one line (or set txt in modopts)" };
  }
  function checkWildcard(raw) {
    if (!raw.values.hasOwnProperty("wildcard"))
      return pass(false);
    var word = yesNo(raw.values.wildcard);
    return word !== null ? pass(word) : fail(raw, "wildcard", YES_NO_WORDS);
  }
  function checkHosts(raw) {
    if (!raw.values.hasOwnProperty("hosts"))
      return pass(DEFAULT_HOSTS);
    var hosts = raw.values.hosts.split(",");
    for (var i = 0; i < hosts.length; i++) {
      hosts[i] = hosts[i].trim();
      if (!(isHostName(hosts[i]) || isIpv4(hosts[i]) || isIpv6(hosts[i]))) {
        return fail(raw, "hosts", "a comma-separated list of host names or addresses (" + quote(hosts[i]) + " is not one)");
      }
    }
    return hosts.length <= MAX_HOSTS ? pass(hosts) : fail(raw, "hosts", "at most " + MAX_HOSTS + " hosts");
  }
  function validateSettings(raw, system2) {
    var password = checkPassword(raw);
    if (!password.ok)
      return password;
    var id = checkId(raw, system2);
    if (!id.ok)
      return id;
    var ip = optional(raw, "ip", isIpv4, "an IPv4 address in dotted-quad form, like 203.0.113.7");
    if (!ip.ok)
      return ip;
    var ip6Auto = raw.values.ip6 === NO_VALUE;
    var ip6 = ip6Auto ? pass("") : optional(raw, "ip6", isIpv6, "an IPv6 address, like 2607:f8b0:4007:801::200e");
    if (!ip6.ok)
      return ip6;
    var mx = checkMx(raw, id.value);
    if (!mx.ok)
      return mx;
    var txt = checkTxt(raw, system2);
    if (!txt.ok)
      return txt;
    var loc = optional(raw, "loc", isLoc, "an RFC 1876 location, like 52 22 23.000 N 4 53 32.000 E -2.00m 0.00m 10000m 10m");
    if (!loc.ok)
      return loc;
    var wildcard = checkWildcard(raw);
    if (!wildcard.ok)
      return wildcard;
    var ttl = wholeNumber(raw, "ttl", 0, MIN_TTL, MAX_TTL, "whole seconds from " + MIN_TTL + " to " + MAX_TTL);
    if (!ttl.ok)
      return ttl;
    var hosts = checkHosts(raw);
    if (!hosts.ok)
      return hosts;
    var port = wholeNumber(raw, "port", DEFAULT_PORT, 1, 65535, "a whole number from 1 to 65535");
    if (!port.ok)
      return port;
    var timeout = wholeNumber(raw, "timeout", DEFAULT_TIMEOUT, MIN_TIMEOUT, MAX_TIMEOUT, "whole seconds from " + MIN_TIMEOUT + " to " + MAX_TIMEOUT);
    if (!timeout.ok)
      return timeout;
    return {
      ok: true,
      settings: {
        password: password.value,
        id: id.value,
        ip: ip.value,
        ip6: ip6.value,
        ip6Auto: ip6Auto,
        mx: mx.value,
        txt: txt.value,
        loc: loc.value,
        wildcard: wildcard.value,
        ttl: raw.values.hasOwnProperty("ttl") ? String(ttl.value) : "",
        hosts: hosts.value,
        port: port.value,
        timeout: timeout.value
      }
    };
  }

  // src:client/core/answers.ts
  function buildAnswers(settings, ip6) {
    return {
      "id?": settings.id,
      "pw?": settings.password,
      "ip?": settings.ip,
      "ip6?": ip6,
      "mx?": settings.mx,
      "txt?": settings.txt,
      "loc?": settings.loc,
      "wc?": settings.wildcard ? "true" : "",
      "ttl?": settings.ttl
    };
  }
  function answerPrompt(line, answers) {
    var word = line.trim().toLowerCase();
    if (word === OK)
      return { kind: "ok" };
    if (answers.hasOwnProperty(word))
      return { kind: "prompt", prompt: word, answer: answers[word] };
    return { kind: "message", text: line };
  }
  function shownAnswer(prompt, answer) {
    return prompt === "pw?" ? MASK : answer;
  }

  // src:client/core/dryRun.ts
  var EMPTY_MEANS = {
    "ip?": "the server uses the address the update comes from",
    "ip6?": "no AAAA record",
    "mx?": "no MX record",
    "loc?": "no LOC record",
    "wc?": "no wildcard",
    "ttl?": "the server's default"
  };
  function describeDryRun(settings, answers, source, bind) {
    var lines = [
      "dry run: nothing is sent",
      "  settings from " + source + " and the command line",
      "  servers  " + settings.hosts.join(", ") + " port " + settings.port,
      "  timeout  " + settings.timeout + " s for the whole run",
      "  bind     " + (bind || "(none)")
    ];
    for (var i = 0; i < PROMPTS.length; i++) {
      var prompt = PROMPTS[i];
      var answer = shownAnswer(prompt, answers[prompt]);
      if (prompt === "ip6?" && settings.ip6Auto)
        answer = "(this machine's global IPv6 address, found at run time)";
      else if (answer === "")
        answer = "(empty: " + (EMPTY_MEANS[prompt] || "nothing") + ")";
      lines.push("  " + padRight(prompt, 5) + " -> " + answer);
    }
    return lines;
  }

  // src:client/core/bind.ts
  function bindAddressFor(interfaceAddress2) {
    return interfaceAddress2 !== null && isSpecificIpv4(interfaceAddress2) ? interfaceAddress2 : null;
  }

  // src:client/core/output.ts
  function guardOutput(out, password, quiet) {
    function clean(text) {
      return redact(text, password);
    }
    function nothing() {
    }
    return {
      print: function(text) {
        out.print(clean(text));
      },
      info: quiet ? nothing : function(text) {
        out.info(clean(text));
      },
      debug: quiet ? nothing : function(text) {
        out.debug(clean(text));
      },
      warn: function(text) {
        out.warn(clean(text));
      },
      error: function(text) {
        out.error(clean(text));
      }
    };
  }

  // src:client/core/conversation.ts
  function endedBeforeOk(messages, reason) {
    return messages.length ? { kind: "rejected", messages: messages } : { kind: "failed", reason: reason };
  }
  function converse(conn, answers, now2, limits, out) {
    var messages = [];
    for (var count = 0; count < MAX_LINES; count++) {
      var until = Math.min(now2() + limits.waitMs, limits.deadline);
      var read = conn.readLine(until);
      if (read.kind === "closed")
        return endedBeforeOk(messages, "closed the connection before ok");
      if (read.kind === "error")
        return endedBeforeOk(messages, "failed while reading: " + read.detail);
      if (read.kind === "timeout") {
        if (now2() >= limits.deadline && !messages.length)
          return { kind: "out-of-time" };
        return endedBeforeOk(messages, "sent no line for " + seconds(limits.waitMs) + " s");
      }
      var line = answerPrompt(read.line.text, answers);
      var answer = line.kind === "prompt" ? line.answer : "";
      var sent = line.kind === "ok" || !/[\r\n]/.test(answer) && conn.sendLine(answer);
      var text = escapeControl(read.line.text) + (read.line.truncated ? "... (line cut at its limit)" : "");
      out.info("received: " + text);
      if (line.kind === "ok")
        return { kind: "updated" };
      if (line.kind === "prompt") {
        out.debug("sent: " + shownAnswer(line.prompt, answer) + " (for " + line.prompt + ")");
      } else {
        messages.push(text);
        out.debug("sent an empty line (the server's line is not a known prompt)");
      }
      if (!sent)
        return endedBeforeOk(messages, "could not send an answer");
    }
    return { kind: "failed", reason: "sent more than " + MAX_LINES + " lines without ok" };
  }

  // src:client/core/failover.ts
  function triesNextHost(outcome) {
    return outcome.kind === "failed";
  }
  function hostPort(host, port) {
    return (isIpv6(host) ? "[" + host + "]" : host) + ":" + port;
  }
  function waitSeconds(timeout, remainingMs, maxWait, share) {
    var wait = Math.min(maxWait, timeout / share, remainingMs / 1e3);
    return Math.max(0, Math.round(wait * 1e3) / 1e3);
  }
  function summarize(attempts, notTried) {
    var parts = [];
    for (var i = 0; i < attempts.length; i++) {
      parts.push(hostPort(attempts[i].host, attempts[i].port) + " " + attempts[i].result);
    }
    if (notTried.length)
      parts.push("not tried for lack of time: " + notTried.join(", "));
    return "update failed: " + parts.join("; ");
  }

  // src:client/core/exitStatus.ts
  var EXIT_OK = 0;
  var EXIT_FAILED = 1;
  var EXIT_USAGE = 2;

  // src:client/core/update.ts
  function runUpdate(settings, answers, net, out, startedAt) {
    var deadline = startedAt + settings.timeout * 1e3;
    var attempts = [];
    var hosts = settings.hosts;
    for (var i = 0; i < hosts.length; i++) {
      var remaining = deadline - net.now();
      var wait = waitSeconds(settings.timeout, remaining, MAX_WAIT, WAIT_SHARE);
      if (wait <= 0) {
        out.error(summarize(attempts, hosts.slice(i)));
        return EXIT_FAILED;
      }
      out.info("connecting to " + hosts[i] + " port " + settings.port);
      var connected = net.connect(hosts[i], settings.port, wait);
      if (!connected.ok) {
        attempts.push({ host: hosts[i], port: settings.port, result: connected.reason });
        out.warn(hostPort(hosts[i], settings.port) + " " + connected.reason);
        continue;
      }
      var outcome = converse(connected.connection, answers, net.now, { waitMs: wait * 1e3, deadline: deadline }, out);
      connected.connection.close();
      if (outcome.kind === "updated") {
        out.print(settings.id + "." + DOMAIN + " updated through " + hosts[i]);
        return EXIT_OK;
      }
      if (outcome.kind === "rejected") {
        out.error(hosts[i] + " rejected the update: " + outcome.messages.join(" / "));
        return EXIT_FAILED;
      }
      var result = outcome.kind === "failed" ? outcome.reason : "ran out of time";
      attempts.push({ host: hosts[i], port: settings.port, result: result });
      if (!triesNextHost(outcome)) {
        out.error(summarize(attempts, hosts.slice(i + 1)));
        return EXIT_FAILED;
      }
      out.warn(hostPort(hosts[i], settings.port) + " " + result);
    }
    out.error(summarize(attempts, []));
    return EXIT_FAILED;
  }

  // src:client/core/usage.ts
  function usage() {
    return [
      "usage: ?dyndns [password] [ipv4] [options]       (timed event)",
      "       jsexec dyndns.js [password] [ipv4] [options]",
      "",
      "  password      your QWKnet account password on Vertrauen (better: password in modopts)",
      "  ipv4          publish this IPv4 address instead of the one the update comes from",
      "  -mx [host]    publish an MX record for host (alone: your own <id>.synchro.net)",
      "  -hn name      update name.synchro.net instead of your QWK-ID",
      "  -ip6 [addr]   publish an AAAA record (alone: this machine's global IPv6 address)",
      "  -q            quiet: do not log what is sent and received",
      "  -n            dry run: show the settings and answers, connect to nothing",
      "  -help         this text",
      "",
      "ctrl/modopts.ini [dyndns] (or ctrl/modopts/dyndns.ini) keys, overridden by the command line:",
      "  password mx ip ip6 txt loc wildcard ttl",
      "  hosts (comma list), port (" + DEFAULT_PORT + "), timeout (whole run, " + DEFAULT_TIMEOUT + " s; each wait at most " + MAX_WAIT + " s)",
      "exit status: 0 updated, 1 update failed, 2 bad command line or settings (nothing sent)"
    ];
  }

  // src:client/core/app.ts
  function findIpv6(env, settings, out) {
    var wait = waitSeconds(settings.timeout, settings.timeout * 1e3, MAX_WAIT, WAIT_SHARE);
    var candidates = env.localIpv6Addresses(settings.hosts, settings.port, wait);
    for (var i = 0; i < candidates.length; i++) {
      if (isGlobalUnicastIpv6(candidates[i])) {
        out.info("this machine's global IPv6 address: " + candidates[i]);
        return candidates[i];
      }
    }
    out.warn("-ip6: this machine has no global IPv6 address toward the service" + (candidates.length ? " (found only " + candidates.join(", ") + ")" : "") + "; updating without an AAAA record");
    return "";
  }
  function run(env) {
    var startedAt = env.now();
    env.out.print(env.banner);
    var parsed = parseArgs(env.argv);
    if (parsed.ok && parsed.cmd.help) {
      var lines = usage();
      for (var i = 0; i < lines.length; i++)
        env.out.print(lines[i]);
      return EXIT_OK;
    }
    if (!parsed.ok) {
      env.out.error(parsed.error);
      return EXIT_USAGE;
    }
    var modopts = env.readModopts();
    for (var u = 0; u < modopts.unknown.length; u++) {
      env.out.warn(modopts.source + ": unknown key '" + modopts.unknown[u] + "' ignored");
    }
    var raw = mergeSettings(parsed.cmd, modopts);
    var out = guardOutput(env.out, raw.values.password || "", parsed.cmd.quiet);
    var validated = validateSettings(raw, env.system);
    if (!validated.ok) {
      out.error(validated.error);
      return EXIT_USAGE;
    }
    var settings = validated.settings;
    var bind = bindAddressFor(env.interfaceAddress);
    if (parsed.cmd.dryRun) {
      var described = describeDryRun(settings, buildAnswers(settings, settings.ip6), modopts.source, bind);
      for (var d = 0; d < described.length; d++)
        out.print(described[d]);
      return EXIT_OK;
    }
    var ip6 = settings.ip6Auto ? findIpv6(env, settings, out) : settings.ip6;
    return runUpdate(settings, buildAnswers(settings, ip6), env.network(bind, out), out, startedAt);
  }

  // src:shared/version.ts
  var VERSION = "1.0.0";

  // src:client/host/output.ts
  function synchronetOutput() {
    return {
      print: function(text) {
        print(text);
      },
      info: function(text) {
        log(LOG_INFO, text);
      },
      debug: function(text) {
        log(LOG_DEBUG, text);
      },
      warn: function(text) {
        log(LOG_WARNING, text);
      },
      error: function(text) {
        log(LOG_ERR, text);
      }
    };
  }

  // src:client/core/modopts.ts
  var MODOPTS_KEYS = ["password", "mx", "ip", "ip6", "txt", "loc", "wildcard", "ttl", "hosts", "port", "timeout"];
  function collectModopts(source, keys, read) {
    var result = { source: source, values: {}, unknown: [] };
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i].toLowerCase();
      if (MODOPTS_KEYS.indexOf(key) < 0) {
        result.unknown.push(keys[i]);
      } else if (!result.values.hasOwnProperty(key)) {
        var value = String(read(keys[i]));
        if (!/^\s*$/.test(value))
          result.values[key] = value;
      }
    }
    return result;
  }
  function emptyModopts(source) {
    return { source: source, values: {}, unknown: [] };
  }

  // src:client/host/modopts.ts
  var SECTION = "dyndns";
  function openForReading(path) {
    if (!file_exists(path))
      return null;
    var file = new File(path);
    return file.open("r", true) ? file : null;
  }
  function collectFrom(file, section, source) {
    var keys = file.iniGetKeys(section) || [];
    var result = collectModopts(source, keys, function(key) {
      return file.iniGetValue(section, key, "");
    });
    file.close();
    return result;
  }
  function readModopts() {
    var perModule = system.ctrl_dir + "modopts/" + SECTION + ".ini";
    var file = openForReading(perModule);
    if (file)
      return collectFrom(file, null, perModule);
    var shared = file_cfgname(system.ctrl_dir, "modopts.ini");
    file = openForReading(shared);
    if (!file)
      return emptyModopts("defaults (no " + shared + ")");
    return collectFrom(file, SECTION, shared + " [" + SECTION + "]");
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

  // src:client/host/network.ts
  var SOCK_STREAM = 1;
  var SOCK_DGRAM = 2;
  var SOCKOPTS_SECTION = "dyndns";
  function connectFailure(sock, timeoutSeconds) {
    var error = sock.error;
    if (error === ETIMEDOUT)
      return "did not accept the connection within " + timeoutSeconds + " s";
    if (error === ECONNREFUSED)
      return "refused the connection";
    if (error < 0)
      return "could not be resolved: " + describeSocketError(sock);
    return "could not be connected: " + describeSocketError(sock);
  }
  function synchronetNetwork(bind, out) {
    var bindTo = bind;
    function connect(host, port, timeoutSeconds) {
      var ipv6 = isIpv6(host);
      var sock;
      try {
        sock = new Socket(SOCK_STREAM, SOCKOPTS_SECTION, ipv6);
      } catch (e) {
        return { ok: false, reason: "could not get a socket: " + e };
      }
      if (bindTo !== null && !ipv6 && !sock.bind(0, bindTo)) {
        out.warn("could not bind to the BBS interface " + bindTo + ": " + describeSocketError(sock) + "; updating from the system's default address");
        bindTo = null;
      }
      if (!sock.connect(host, port, Number(timeoutSeconds))) {
        var reason = connectFailure(sock, timeoutSeconds);
        sock.close();
        return { ok: false, reason: reason };
      }
      return { ok: true, connection: socketConnection(sock, MAX_LINE_LENGTH) };
    }
    return { now: now, connect: connect };
  }
  function localIpv6Addresses(hosts, port, timeoutSeconds) {
    for (var i = 0; i < hosts.length; i++) {
      try {
        var sock = new Socket(SOCK_DGRAM, SOCKOPTS_SECTION, true);
        var address = sock.connect(hosts[i], port, Number(timeoutSeconds)) ? sock.local_ip_address : void 0;
        sock.close();
        if (address)
          return [String(address)];
      } catch (e) {
        return [];
      }
    }
    return [];
  }

  // src:client/main.ts
  function interfaceAddress() {
    return typeof server !== "undefined" && server && server.interface_ip_address ? String(server.interface_ip_address) : null;
  }
  function argumentList() {
    var list = [];
    for (var i = 0; i < argc; i++)
      list.push(String(argv[i]));
    return list;
  }
  function main() {
    var out = synchronetOutput();
    var env = {
      argv: argumentList(),
      system: { qwkId: String(system.qwk_id || ""), bbsName: String(system.name || "") },
      interfaceAddress: interfaceAddress(),
      out: out,
      now: now,
      readModopts: readModopts,
      network: synchronetNetwork,
      localIpv6Addresses: localIpv6Addresses,
      banner: "Synchronet DynDNS client v" + VERSION
    };
    try {
      return run(env);
    } catch (e) {
      out.error("internal error: " + e + " (please report it)");
      return EXIT_FAILED;
    }
  }
  exit(main());
})();
