/* dyndns.js: Synchronet Dynamic DNS client, version 1.0.0
 * Publishes <qwk-id>.synchro.net (or <qwk-id>.<domain>) through the DynDNS service on Vertrauen.
 * usage: ?dyndns [password] [ipv4] [-q] [-n] [-status] [-mx [host]] [-hn name] [-ip6 [address]] [-help]
 *        (timed event) or: jsexec dyndns.js ... (settings: [dyndns] in ctrl/modopts.ini)
 * Generated from src/ by build.mjs: edit the TypeScript, not this file.
 */
(function() {
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
  function isFullyQualified(text) {
    return isHostName(text) && text.replace(/\.$/, "").indexOf(".") > 0;
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

  // src:client/core/settings/commandLine.ts
  var NO_VALUE = "";
  var HELP_WORDS = ["-help", "--help", "-h", "-?", "/?"];
  var IP6_WORDS = ["-ip6", "-ipv6"];
  function isOption(word) {
    return word !== void 0 && word.length > 1 && (word.charAt(0) === "-" || word === "/?");
  }
  function optionalValue(argv2, i, option, fits, what) {
    var next = argv2[i + 1];
    if (next === void 0 || isOption(next))
      return { value: NO_VALUE, took: false };
    if (fits(next))
      return { value: next, took: true };
    return { value: NO_VALUE, took: false, leftBy: "the word after " + option + ", which took none: it is not " + what };
  }
  function parseArgs(argv2) {
    var cmd = { plain: [], quiet: false, dryRun: false, help: false, status: false };
    var leftBy = {};
    for (var i = 0; i < argv2.length; i++) {
      var word = argv2[i];
      var option = word.toLowerCase();
      var taken = null;
      if (HELP_WORDS.indexOf(option) >= 0) {
        cmd.help = true;
      } else if (option === "-q") {
        cmd.quiet = true;
      } else if (option === "-n") {
        cmd.dryRun = true;
      } else if (option === "-status") {
        cmd.status = true;
      } else if (option === "-mx") {
        taken = optionalValue(argv2, i, word, isFullyQualified, "a host name with at least two labels");
        cmd.mx = taken.value;
      } else if (IP6_WORDS.indexOf(option) >= 0) {
        taken = optionalValue(argv2, i, word, isIpv6, "an IPv6 address");
        cmd.ip6 = taken.value;
      } else if (option === "-hn") {
        if (argv2[i + 1] === void 0 || isOption(argv2[i + 1])) {
          return { ok: false, error: "option -hn: expected a host name after it (one DNS label, like mybbs: letters, digits and inner hyphens, at most 63)" };
        }
        cmd.hn = argv2[++i];
      } else if (isOption(word)) {
        return { ok: false, error: "option " + word + ": unknown (expected -q, -n, -mx, -hn, -ip6, -status or -help)" };
      } else {
        cmd.plain.push(leftBy.hasOwnProperty(String(i)) ? { word: word, leftBy: leftBy[i] } : { word: word });
      }
      if (taken) {
        if (taken.took)
          i++;
        else if (taken.leftBy)
          leftBy[i + 1] = taken.leftBy;
      }
    }
    if (cmd.plain.length > 2 && !cmd.help) {
      return { ok: false, error: "argument '" + cmd.plain[2].word + "': unexpected (expected at most a password and an IPv4 address)" };
    }
    return { ok: true, cmd: cmd };
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

  // src:shared/core/iniText.ts
  var BOM = "\xEF\xBB\xBF";
  var SPACE = /^[ \t\n\v\f\r\xFF]*/;
  var TRAILING_SPACE = /[ \t\n\v\f\r\xFF]*$/;
  function skipSpace(text) {
    return text.replace(SPACE, "");
  }
  function trimEnd(text) {
    return text.replace(TRAILING_SPACE, "");
  }
  function parseIniLine(text) {
    var p = skipSpace(text);
    if (p.charAt(0) === ";")
      return { kind: "other" };
    if (p.charAt(0) === "[") {
      var close = p.lastIndexOf("]");
      if (close < 0)
        return { kind: "other" };
      return { kind: "section", name: trimEnd(skipSpace(p.slice(1, close))) };
    }
    var equal = p.indexOf("=");
    var colon = p.indexOf(":");
    var at = colon < 0 || equal >= 0 && equal < colon ? equal : colon;
    if (at < 0)
      return { kind: "other" };
    return { kind: "key", name: trimEnd(p.slice(0, at)), value: trimEnd(skipSpace(p.slice(at + 1))), separator: p.charAt(at) };
  }
  function sectionNamed(header, section, caseSensitive) {
    var names = header.split("|");
    for (var i = 0; i < names.length; i++) {
      var name = trimEnd(skipSpace(names[i]));
      if (caseSensitive ? name === section : name.toLowerCase() === section.toLowerCase())
        return true;
    }
    return false;
  }
  function isEofLine(text) {
    return text.charAt(0) === "!" && trimEnd(text).toLowerCase() === "!eof";
  }
  var INCLUDE = "!include ";
  var MAX_INCLUDES = 100;
  function splitLines(text) {
    var lines = text.split("\n");
    if (lines[lines.length - 1] === "")
      lines.pop();
    for (var i = 0; i < lines.length; i++)
      lines[i] = lines[i].replace(/[\r\n]+$/, "");
    return lines;
  }
  function expandIncludes(file, text, readMatches2) {
    var budget = { left: MAX_INCLUDES };
    return expand(file, text, readMatches2, budget);
  }
  function expand(file, text, readMatches2, budget) {
    var lines = splitLines(text);
    var out = [];
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i];
      if (line.slice(0, INCLUDE.length).toLowerCase() !== INCLUDE) {
        out.push({ file: file, line: i + 1, text: line });
        continue;
      }
      var matches = readMatches2(trimEnd(skipSpace(line.slice(INCLUDE.length))));
      for (var m = matches.length - 1; m >= 0; m--) {
        var match = matches[m];
        if (match.text === null || budget.left <= 0)
          continue;
        budget.left--;
        out = out.concat(expand(match.path, match.text, readMatches2, budget));
      }
    }
    return out;
  }
  function untilEof(lines) {
    for (var i = 0; i < lines.length; i++) {
      if (isEofLine(lines[i].text))
        return lines.slice(0, i);
    }
    return lines;
  }
  function whereLine(source) {
    return source.file + " line " + source.line;
  }

  // src:shared/core/nearest.ts
  function editDistance(a, b) {
    var rows = [];
    for (var i = 0; i <= a.length; i++) {
      rows.push([i]);
      for (var j = 1; j <= b.length; j++) {
        if (i === 0) {
          rows[0].push(j);
          continue;
        }
        var cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
        var best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) {
          best = Math.min(best, rows[i - 2][j - 2] + 1);
        }
        rows[i].push(best);
      }
    }
    return rows[a.length][b.length];
  }
  function nearestWord(word, known) {
    var typed = word.toLowerCase();
    var best = null;
    var bestDistance = Infinity;
    for (var i = 0; i < known.length; i++) {
      var d = editDistance(typed, known[i].toLowerCase());
      if (d < bestDistance) {
        best = known[i];
        bestDistance = d;
      }
    }
    if (best === null || bestDistance > 2)
      return null;
    return bestDistance * 2 < Math.max(typed.length, best.length) ? best : null;
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
  var WORD_CHAR = /[A-Za-z0-9]/;
  function maskSecret(text, secret) {
    if (!secret)
      return text;
    var haystack = text.toLowerCase();
    var needle = secret.toLowerCase();
    var out = "";
    var done = 0;
    for (var at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      var end = at + needle.length;
      if (at < done || WORD_CHAR.test(text.charAt(at - 1)) || WORD_CHAR.test(text.charAt(end)))
        continue;
      out += text.slice(done, at) + MASK;
      done = end;
    }
    return out + text.slice(done);
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

  // src:client/core/settings/settingsFile.ts
  function parseAll(lines) {
    var parsed = [];
    var usable = untilEof(lines);
    for (var i = 0; i < usable.length; i++) {
      var text = usable[i].text;
      var bom = text.indexOf(BOM) === 0;
      parsed.push({ source: usable[i], ini: parseIniLine(text), bom: bom });
    }
    return parsed;
  }
  function findSection(parsed, section) {
    var start = 0;
    var headers = [];
    var counted = null;
    if (section !== null) {
      var exact = null;
      for (var i = 0; i < parsed.length; i++) {
        var ini = parsed[i].ini;
        if (ini.kind !== "section" || !sectionNamed(ini.name, section, false))
          continue;
        headers.push(parsed[i]);
        if (exact === null && sectionNamed(ini.name, section, true))
          exact = parsed[i];
      }
      counted = exact || (headers.length ? headers[0] : null);
      if (counted === null)
        return { headers: headers, counted: null, body: [] };
      start = parsed.indexOf(counted) + 1;
    }
    var body = [];
    for (var j = start; j < parsed.length && !isSectionBreak(parsed[j]); j++)
      body.push(parsed[j]);
    return { headers: headers, counted: counted, body: body };
  }
  function isSectionBreak(line) {
    return /^[ \t\n\v\f\r\xFF]*\[/.test(line.source.text);
  }
  function duplicateSections(found, section) {
    if (found.headers.length < 2 || found.counted === null)
      return [];
    var ignored = [];
    for (var i = 0; i < found.headers.length; i++) {
      if (found.headers[i] !== found.counted)
        ignored.push(whereLine(found.headers[i].source));
    }
    return ["[" + section + "] appears " + found.headers.length + " times: Synchronet reads only the one at " + whereLine(found.counted.source) + " and ignores " + ignored.join(", ") + "; move those settings into that one"];
  }
  function bomWarnings(parsed, section, body) {
    var warnings = [];
    for (var i = 0; i < parsed.length; i++) {
      var line = parsed[i];
      if (!line.bom)
        continue;
      var hidden = parseIniLine(line.source.text.slice(BOM.length));
      if (section !== null && hidden.kind === "section" && sectionNamed(hidden.name, section, false)) {
        warnings.push(whereLine(line.source) + ": a UTF-8 byte order mark (BOM) before [" + hidden.name + "] hides that section from Synchronet; save the file without one (plain ASCII, or UTF-8 without BOM)");
      } else if (hidden.kind === "key" && body.indexOf(line) >= 0) {
        warnings.push(whereLine(line.source) + ": a UTF-8 byte order mark (BOM) before the key " + quote(hidden.name) + " makes it another name for Synchronet, so it is not read; save the file without one (plain ASCII, or UTF-8 without BOM)");
      }
    }
    return warnings;
  }
  var QUOTED = /^(["'])[\s\S]*\1$/;
  var INLINE_COMMENT = /\s([;#])/;
  function keyWarnings(line, key, known, firstAt) {
    var ini = line.ini;
    var where = whereLine(line.source);
    var name = key.toLowerCase();
    if (known.indexOf(name) < 0) {
      var near = nearestWord(key, known);
      return [where + ": unknown key " + quote(key) + " ignored" + (near ? " (did you mean " + near + "?)" : "")];
    }
    if (firstAt.hasOwnProperty(name)) {
      var first = firstAt[name].ini;
      return [where + ": " + name + " is set again; Synchronet uses only the first, at " + whereLine(firstAt[name].source) + (first.value === "" ? " (blank there)" : "")];
    }
    firstAt[name] = line;
    var warnings = [];
    if (ini.separator === "=" && ini.value.length >= 2 && QUOTED.test(ini.value)) {
      warnings.push(where + ": the value of " + name + " is in quotes, and Synchronet keeps them as part of it; remove them unless they belong to it");
    }
    var comment = INLINE_COMMENT.exec(ini.value);
    if (comment && !(ini.separator === ":" && ini.value.charAt(0) === '"')) {
      warnings.push(where + ": the value of " + name + " goes on after ' " + comment[1] + "', and Synchronet keeps that comment as part of the value; put comments on a line of their own");
    }
    return warnings;
  }
  function shadowWarning(file, shadowed) {
    if (shadowed.section === null)
      return [];
    var found = findSection(parseAll(shadowed.lines), shadowed.section);
    if (found.counted === null)
      return [];
    var set = [];
    for (var i = 0; i < found.body.length; i++) {
      var ini = found.body[i].ini;
      if (ini.kind === "key" && ini.value !== "" && set.indexOf(ini.name.toLowerCase()) < 0)
        set.push(ini.name.toLowerCase());
    }
    if (!set.length)
      return [];
    return [file.path + " is read, so the [" + shadowed.section + "] section of " + shadowed.path + " (" + whereLine(found.counted.source) + ") is ignored; move what it sets (" + set.join(", ") + ") into " + file.path];
  }
  function diagnoseSettingsFile(file, shadowed, known) {
    var parsed = parseAll(file.lines);
    var found = findSection(parsed, file.section);
    var warnings = shadowed ? shadowWarning(file, shadowed) : [];
    if (file.section !== null)
      warnings = warnings.concat(duplicateSections(found, file.section));
    warnings = warnings.concat(bomWarnings(parsed, file.section, found.body));
    var firstAt = {};
    for (var i = 0; i < found.body.length; i++) {
      var line = found.body[i];
      if (line.ini.kind !== "key" || line.bom)
        continue;
      warnings = warnings.concat(keyWarnings(line, line.ini.name, known, firstAt));
    }
    return warnings;
  }

  // src:client/core/settings/modopts.ts
  var MODOPTS_KEYS = ["password", "mx", "ip", "ip6", "txt", "loc", "wildcard", "ttl", "hosts", "port", "timeout", "domain"];
  var SECTION = "dyndns";
  function collectValues(entries) {
    var keys = [];
    for (var i = 0; i < entries.length; i++)
      keys.push(entries[i].key);
    return knownValues(keys, MODOPTS_KEYS, function(index) {
      return entries[index].value;
    }).values;
  }
  function loadModopts(file) {
    if (file.path === null) {
      return {
        source: "defaults (no " + file.sharedPath + ")",
        passwordPlace: "the [" + SECTION + "] section of " + file.sharedPath + ", which does not exist",
        values: {},
        warnings: []
      };
    }
    var place = file.section === null ? file.path : "the [" + file.section + "] section of " + file.path;
    return {
      source: file.path + (file.section === null ? "" : " [" + file.section + "]"),
      passwordPlace: place,
      values: collectValues(file.entries),
      warnings: diagnoseSettingsFile({ path: file.path, section: file.section, lines: file.lines }, file.shadowed ? { path: file.sharedPath, section: SECTION, lines: file.shadowed } : null, MODOPTS_KEYS)
    };
  }

  // src:client/core/settings/rawSettings.ts
  var LOOKS_LIKE_IPV4 = /^[0-9]+(\.[0-9]+)+$/;
  function modoptsOrigin(key, modopts) {
    return "modopts key " + key + " (" + modopts.source + ")";
  }
  function fromLine(raw, key, value, origin) {
    if (value === void 0)
      return;
    if (raw.values.hasOwnProperty(key))
      raw.replaced[key] = { value: raw.values[key], origin: raw.origins[key] };
    raw.values[key] = value;
    raw.origins[key] = origin;
    raw.fromCommandLine[key] = true;
  }
  function fromPlain(raw, key, name, plain) {
    fromLine(raw, key, plain.word, name + (plain.leftBy ? " (" + plain.leftBy + ")" : ""));
    if (plain.leftBy)
      raw.leftByOption[key] = true;
  }
  function placePlainWords(raw, plain, modoptsHasPassword) {
    if (plain.length >= 2) {
      fromPlain(raw, "password", "the password argument", plain[0]);
      fromPlain(raw, "ip", "the IPv4 argument", plain[1]);
    } else if (plain.length === 1) {
      var ip = modoptsHasPassword && LOOKS_LIKE_IPV4.test(plain[0].word);
      fromPlain(raw, ip ? "ip" : "password", ip ? "the IPv4 argument" : "the password argument", plain[0]);
    }
  }
  function mergeSettings(cmd, modopts) {
    var raw = { values: {}, origins: {}, replaced: {}, fromCommandLine: {}, leftByOption: {}, passwordPlace: modopts.passwordPlace };
    for (var key in modopts.values) {
      if (modopts.values.hasOwnProperty(key)) {
        raw.values[key] = modopts.values[key];
        raw.origins[key] = modoptsOrigin(key, modopts);
      }
    }
    placePlainWords(raw, cmd.plain, modopts.values.hasOwnProperty("password"));
    fromLine(raw, "mx", cmd.mx, "option -mx");
    fromLine(raw, "ip6", cmd.ip6, "option -ip6");
    fromLine(raw, "hn", cmd.hn, "option -hn");
    return raw;
  }

  // src:client/core/settings/settings.ts
  function ownName(id, domain) {
    return id + "." + domain;
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

  // src:shared/core/protocol.ts
  var PROMPTS = ["id?", "pw?", "ip?", "ip6?", "mx?", "txt?", "loc?", "wc?", "ttl?"];
  var OK = "ok";
  var MAX_TXT = 255;
  var MAX_LINE_LENGTH = 512;
  var DEFAULT_PORT = 8467;
  var DEFAULT_HOSTS = ["dyndns.synchro.net", "rob.synchro.net", "bbs.synchro.net", "cvs.synchro.net"];
  var DEFAULT_DOMAIN = "synchro.net";

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

  // src:client/core/settings/defaults.ts
  var DEFAULT_TIMEOUT = 60;
  var MIN_TIMEOUT = 2;
  var MAX_TIMEOUT = 600;
  var MIN_TTL = 30;
  var MAX_TTL = 604800;
  var MAX_HOSTS = 16;

  // src:client/core/settings/validate.ts
  function pass(value) {
    return { ok: true, value: value };
  }
  function fail(raw, key, expected) {
    var value = raw.values[key];
    var shown = key === "password" || value === raw.values.password ? MASK : quote(value);
    return { ok: false, error: raw.origins[key] + " " + shown + ": expected " + expected };
  }
  function wholeNumber(raw, key, fallback, min, max, expected) {
    if (!raw.values.hasOwnProperty(key))
      return pass(fallback);
    var text = raw.values[key].trim();
    var n = /^[0-9]{1,9}$/.test(text) ? parseInt(text, 10) : NaN;
    return n >= min && n <= max ? pass(n) : fail(raw, key, expected);
  }
  var PLACEHOLDER = /^yourpass$/i;
  function placeholder(raw) {
    var word = raw.values.password;
    if (raw.fromCommandLine.password) {
      return { ok: false, error: raw.origins.password + " is " + word + ", the placeholder of the DYNDNS timed event that Synchronet ships: in SCFG > External Programs > Timed Events > DYNDNS, change the Command Line from ?dyndns.js " + word + " to ?dyndns, and set password in " + raw.passwordPlace };
    }
    return { ok: false, error: raw.origins.password + " is " + word + ", a placeholder: set it to the password of your QWKnet account" };
  }
  function checkPassword(raw) {
    var password = raw.values.password;
    if (!password)
      return { ok: false, error: "password: missing (expected it as the first argument or as password in " + raw.passwordPlace + ")" };
    if (PLACEHOLDER.test(password))
      return placeholder(raw);
    var replaced = raw.replaced.password;
    if (raw.leftByOption.password && replaced && replaced.value !== password) {
      return { ok: false, error: raw.origins.password + " would replace " + replaced.origin + " (they differ), so nothing was sent; give the option the value it expects, or drop that word" };
    }
    return hasControl(password) ? fail(raw, "password", "no control characters") : pass(password);
  }
  function checkId(raw, system2) {
    if (raw.values.hasOwnProperty("hn")) {
      return isDnsLabel(raw.values.hn) ? pass(raw.values.hn) : fail(raw, "hn", "one DNS label (letters, digits and inner hyphens, at most 63)");
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
  function checkMx(raw, id, domain) {
    if (raw.values.mx === NO_VALUE)
      return pass(ownName(id, domain).toLowerCase());
    return optional(raw, "mx", isFullyQualified, "a fully qualified host name (at least two labels), like mail.example.com");
  }
  function checkDomain(raw) {
    if (!raw.values.hasOwnProperty("domain"))
      return pass(DEFAULT_DOMAIN);
    var domain = raw.values.domain.trim();
    return isHostName(domain) ? pass(domain.replace(/\.$/, "")) : fail(raw, "domain", "a host name, like synchro.net");
  }
  function checkTxt(raw, system2) {
    var fits = function(text) {
      return text.length <= MAX_TXT;
    };
    if (raw.values.hasOwnProperty("txt"))
      return optional(raw, "txt", fits, "at most " + MAX_TXT + " characters of text on one line");
    var name = system2.bbsName;
    return fits(name) && !hasControl(name) ? pass(name) : { ok: false, error: "system.name (the default TXT) " + quote(name) + ": expected at most " + MAX_TXT + " characters on one line (or set txt in modopts)" };
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
  function originsOf(raw) {
    var origins = {
      id: "system.qwk_id",
      txt: "default: system.name",
      ip: "default",
      ip6: "default",
      mx: "default",
      loc: "default",
      wildcard: "default",
      ttl: "default",
      hosts: "default",
      port: "default",
      timeout: "default",
      domain: "default"
    };
    for (var key in raw.origins) {
      if (raw.origins.hasOwnProperty(key))
        origins[key === "hn" ? "id" : key] = raw.origins[key];
    }
    if (raw.values.mx === NO_VALUE)
      origins.mx += " alone";
    if (raw.values.ip6 === NO_VALUE)
      origins.ip6 += " alone";
    return origins;
  }
  function validateName(raw, system2) {
    var id = checkId(raw, system2);
    if (!id.ok)
      return id;
    var domain = checkDomain(raw);
    if (!domain.ok)
      return domain;
    return { ok: true, id: id.value, domain: domain.value };
  }
  function validateSettings(raw, system2) {
    var password = checkPassword(raw);
    if (!password.ok)
      return password;
    var name = validateName(raw, system2);
    if (!name.ok)
      return name;
    var ip = optional(raw, "ip", isIpv4, "an IPv4 address in dotted-quad form, like 203.0.113.7");
    if (!ip.ok)
      return ip;
    var ip6Auto = raw.values.ip6 === NO_VALUE;
    var ip6 = ip6Auto ? pass("") : optional(raw, "ip6", isIpv6, "an IPv6 address, like 2607:f8b0:4007:801::200e");
    if (!ip6.ok)
      return ip6;
    var mx = checkMx(raw, name.id, name.domain);
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
        id: name.id,
        domain: name.domain,
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
        timeout: timeout.value,
        origins: originsOf(raw)
      }
    };
  }

  // src:client/core/settings/notices.ts
  function settingsNotices(raw, settings) {
    var notices = [];
    var replaced = raw.replaced;
    function shown(value) {
      return value === settings.password ? MASK : value;
    }
    if (replaced.password && replaced.password.value !== settings.password) {
      notices.push(raw.origins.password + " is used, not " + replaced.password.origin + ": the two differ and the command line comes first; keep the password in modopts only, since Synchronet logs the event's command line at every run");
    }
    if (replaced.mx && raw.values.mx === NO_VALUE) {
      notices.push("option -mx alone points the MX record at " + ownName(settings.id, settings.domain).toLowerCase() + ", not at " + shown(replaced.mx.value) + " from " + replaced.mx.origin + "; drop -mx to use that one");
    }
    if (replaced.ip6 && raw.values.ip6 === NO_VALUE) {
      notices.push("option -ip6 alone publishes this machine's global IPv6 address, not " + shown(replaced.ip6.value) + " from " + replaced.ip6.origin + "; drop -ip6 to publish that one");
    }
    if (settings.domain.toLowerCase() !== DEFAULT_DOMAIN && !raw.values.hasOwnProperty("hosts")) {
      notices.push(raw.origins.domain + " is " + settings.domain + " but hosts is not set, so the update goes to " + settings.hosts[0] + " and the other " + DEFAULT_DOMAIN + " servers; set hosts to your network's DynDNS service");
    }
    return notices;
  }

  // src:client/core/settings/load.ts
  function loadSettings(cmd, file, system2) {
    var modopts = loadModopts(file);
    var warnings = modopts.warnings;
    var raw = mergeSettings(cmd, modopts);
    if (cmd.status) {
      var named = validateName(raw, system2);
      if (!named.ok)
        return { ok: false, warnings: warnings, error: named.error };
      return { ok: true, warnings: warnings, status: true, name: ownName(named.id, named.domain) };
    }
    var validated = validateSettings(raw, system2);
    if (!validated.ok)
      return { ok: false, warnings: warnings, error: validated.error };
    var settings = validated.settings;
    return { ok: true, warnings: warnings.concat(settingsNotices(raw, settings)), status: false, settings: settings, source: modopts.source };
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
  var SETTING_OF = {
    "id?": "id",
    "pw?": "password",
    "ip?": "ip",
    "ip6?": "ip6",
    "mx?": "mx",
    "txt?": "txt",
    "loc?": "loc",
    "wc?": "wildcard",
    "ttl?": "ttl"
  };
  function describeDryRun(settings, answers, source, bind, statusPath) {
    var origin = settings.origins;
    var lines = [
      "dry run: nothing is sent",
      "  settings from " + source + " and the command line",
      "  name     " + ownName(settings.id, settings.domain) + "   (id: " + origin.id + "; domain: " + origin.domain + ")",
      "  servers  " + settings.hosts.join(", ") + " port " + settings.port + "   (hosts: " + origin.hosts + "; port: " + origin.port + ")",
      "  timeout  " + settings.timeout + " s for the whole run   (" + origin.timeout + ")",
      "  bind     " + (bind || "(none)"),
      "  status   " + statusPath + " (a run writes it; -n does not)"
    ];
    for (var i = 0; i < PROMPTS.length; i++) {
      var prompt = PROMPTS[i];
      var answer = shownAnswer(prompt, answers[prompt]);
      if (prompt === "ip6?" && settings.ip6Auto)
        answer = "(this machine's global IPv6 address, found at run time)";
      else if (answer === "")
        answer = "(empty: " + (EMPTY_MEANS[prompt] || "nothing") + ")";
      lines.push("  " + padRight(prompt, 5) + " -> " + answer + "   (" + origin[SETTING_OF[prompt]] + ")");
    }
    return lines;
  }

  // src:client/core/bind.ts
  function bindAddressFor(interfaceAddress2) {
    return interfaceAddress2 !== null && isSpecificIpv4(interfaceAddress2) ? interfaceAddress2 : null;
  }
  function isLoopbackIpv4(address) {
    return isIpv4(address) && address.split(".")[0] === "127";
  }
  function bindToward(bindAddress, host, resolve) {
    if (bindAddress === null || !isLoopbackIpv4(bindAddress))
      return bindAddress;
    var server2 = isIpv4(host) ? host : resolve(host);
    return server2 !== null && isLoopbackIpv4(server2) ? bindAddress : null;
  }

  // src:client/core/output.ts
  function quietOutput(out, quiet) {
    if (!quiet)
      return out;
    function nothing() {
    }
    return { print: out.print, info: nothing, debug: nothing, warn: out.warn, error: out.error };
  }

  // src:client/core/conversation.ts
  var MAX_LINES = 32;
  function endedBeforeOk(messages, reason) {
    return messages.length ? { kind: "rejected", messages: messages } : { kind: "failed", reason: reason };
  }
  function converse(conn, answers, now2, limits, out) {
    var messages = [];
    for (var count2 = 0; count2 < MAX_LINES; count2++) {
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
      var text = escapeControl(maskSecret(read.line.text, answers["pw?"] || "")) + (read.line.truncated ? "... (line cut at its limit)" : "");
      out.info("received: " + text);
      if (line.kind === "ok")
        return { kind: "updated" };
      if (line.kind === "message")
        messages.push(text);
      if (!sent)
        return endedBeforeOk(messages, "could not send an answer");
      out.debug(line.kind === "prompt" ? "sent: " + shownAnswer(line.prompt, answer) + " (for " + line.prompt + ")" : "sent an empty line (the server's line is not a known prompt)");
    }
    return { kind: "failed", reason: "sent more than " + MAX_LINES + " lines without ok" };
  }

  // src:shared/core/hostPort.ts
  function shownHost(host) {
    return isIpv6(host) ? "[" + host + "]" : host;
  }
  function hostPort(host, port) {
    return shownHost(host) + ":" + port;
  }

  // src:client/core/failover.ts
  function triesNextHost(outcome) {
    return outcome.kind === "failed";
  }
  var MAX_WAIT = 10;
  var WAIT_SHARE = 4;
  function waitSeconds(timeout, remainingMs, maxWait, share) {
    var wait = Math.min(maxWait, timeout / share, remainingMs / 1e3);
    return Math.max(0, Math.round(wait * 1e3) / 1e3);
  }
  function summarize(attempts, notTried) {
    var parts = [];
    for (var i = 0; i < attempts.length; i++) {
      parts.push(hostPort(attempts[i].host, attempts[i].port) + " " + attempts[i].result);
    }
    var skipped = [];
    for (var n = 0; n < notTried.length; n++)
      skipped.push(shownHost(notTried[n]));
    if (skipped.length)
      parts.push("not tried for lack of time: " + skipped.join(", "));
    return "update failed: " + parts.join("; ");
  }

  // src:client/core/exitStatus.ts
  var EXIT_OK = 0;
  var EXIT_FAILED = 1;
  var EXIT_USAGE = 2;

  // src:client/core/update.ts
  function ended(out, exit2, outcome, server2, attempts, message) {
    if (exit2 === EXIT_OK)
      out.print(message);
    else
      out.error(message);
    return { exit: exit2, outcome: outcome, server: server2, attempts: attempts, message: message };
  }
  function runUpdate(settings, answers, net, out, startedAt) {
    var deadline = startedAt + settings.timeout * 1e3;
    var attempts = [];
    var hosts = settings.hosts;
    for (var i = 0; i < hosts.length; i++) {
      var remaining = deadline - net.now();
      var wait = waitSeconds(settings.timeout, remaining, MAX_WAIT, WAIT_SHARE);
      if (wait <= 0)
        return ended(out, EXIT_FAILED, "failed", null, attempts, summarize(attempts, hosts.slice(i)));
      out.info("connecting to " + shownHost(hosts[i]) + " port " + settings.port);
      var connected = net.connect(hosts[i], settings.port, wait);
      if (!connected.ok) {
        attempts.push({ host: hosts[i], port: settings.port, result: connected.reason });
        out.warn(hostPort(hosts[i], settings.port) + " " + connected.reason);
        continue;
      }
      var outcome = converse(connected.connection, answers, net.now, { waitMs: wait * 1e3, deadline: deadline }, out);
      connected.connection.close();
      if (outcome.kind === "updated") {
        attempts.push({ host: hosts[i], port: settings.port, result: "ok" });
        return ended(out, EXIT_OK, "updated", hosts[i], attempts, ownName(settings.id, settings.domain) + " updated through " + shownHost(hosts[i]));
      }
      if (outcome.kind === "rejected") {
        var words = outcome.messages.join(" / ");
        attempts.push({ host: hosts[i], port: settings.port, result: "rejected the update: " + words });
        return ended(out, EXIT_FAILED, "rejected", hosts[i], attempts, shownHost(hosts[i]) + " rejected the update: " + words);
      }
      var result = outcome.kind === "failed" ? outcome.reason : "ran out of time";
      attempts.push({ host: hosts[i], port: settings.port, result: result });
      if (!triesNextHost(outcome))
        return ended(out, EXIT_FAILED, "failed", null, attempts, summarize(attempts, hosts.slice(i + 1)));
      out.warn(hostPort(hosts[i], settings.port) + " " + result);
    }
    return ended(out, EXIT_FAILED, "failed", null, attempts, summarize(attempts, []));
  }

  // src:client/core/usage.ts
  function usage() {
    return [
      "usage: ?dyndns [password] [ipv4] [options]       (timed event)",
      "       jsexec dyndns.js [password] [ipv4] [options]",
      "",
      "  password      your QWKnet account password (better: password in modopts)",
      "  ipv4          publish this IPv4 address instead of the one the update comes from",
      "  -mx [host]    publish an MX record for host (alone: your own <id>." + DEFAULT_DOMAIN + ");",
      "                it takes the next word only if that is a host name with at least two labels",
      "  -hn name      update name." + DEFAULT_DOMAIN + " instead of your QWK-ID",
      "  -ip6 [addr]   publish an AAAA record (alone: this machine's global IPv6 address);",
      "                also -ipv6; it takes the next word only if that is an IPv6 address",
      "  -status       show the last update, the last failure and what DNS says now; connect to nothing",
      "  -q            quiet: do not log what is sent and received",
      "  -n            dry run: show the settings, where each came from, and the answers; connect to nothing",
      "  -help         this text (also --help, -h, -? and /?)",
      "Options may come in any order and any case.",
      "",
      "ctrl/modopts/dyndns.ini (or [dyndns] in ctrl/modopts.ini) keys, overridden by the command line:",
      "  " + MODOPTS_KEYS.join(" "),
      "  hosts: comma list; port: " + DEFAULT_PORT + "; timeout: whole run, " + DEFAULT_TIMEOUT + " s, each wait at most " + MAX_WAIT + " s;",
      "  domain: the name updated is <id>.<domain> (" + DEFAULT_DOMAIN + ")",
      "exit status: 0 updated, 1 update failed, 2 bad command line or settings (nothing sent)"
    ];
  }

  // src:client/core/status.ts
  var STATUS_FORMAT = "dyndns.js status 1";
  function statusFileName(name) {
    return "dyndns-" + name.toLowerCase() + ".json";
  }
  function recordRun(settings, ip6, result, startedAt, endedAt) {
    var servers = [];
    for (var i = 0; i < result.attempts.length; i++) {
      servers.push({ server: hostPort(result.attempts[i].host, result.attempts[i].port), result: result.attempts[i].result });
    }
    return {
      time: Math.floor(startedAt / 1e3),
      duration_ms: Math.max(0, Math.round(endedAt - startedAt)),
      exit: result.exit,
      outcome: result.outcome,
      server: result.server,
      servers: servers,
      message: result.message,
      records: { ip: settings.ip, ip6: ip6, mx: settings.mx, txt: settings.txt, loc: settings.loc, wildcard: settings.wildcard, ttl: settings.ttl }
    };
  }
  function nextStatus(previous, settings, run2) {
    var name = ownName(settings.id, settings.domain);
    var keep = previous && previous.name.toLowerCase() === name.toLowerCase() ? previous : null;
    var succeeded = run2.outcome === "updated";
    return {
      format: STATUS_FORMAT,
      name: name,
      last: run2,
      last_success: succeeded ? run2 : keep ? keep.last_success : null,
      last_failure: succeeded ? keep ? keep.last_failure : null : run2
    };
  }
  function serializeStatus(status) {
    return JSON.stringify(status, null, 2) + "\n";
  }
  function isString(v) {
    return typeof v === "string";
  }
  function isNumber(v) {
    return typeof v === "number" && isFinite(v);
  }
  function isRecords(v) {
    if (!v || typeof v !== "object")
      return false;
    var r = v;
    return isString(r.ip) && isString(r.ip6) && isString(r.mx) && isString(r.txt) && isString(r.loc) && typeof r.wildcard === "boolean" && isString(r.ttl);
  }
  function isServers(v) {
    if (!(v instanceof Array))
      return false;
    for (var i = 0; i < v.length; i++) {
      if (!v[i] || !isString(v[i].server) || !isString(v[i].result))
        return false;
    }
    return true;
  }
  function isRun(v) {
    if (!v || typeof v !== "object")
      return false;
    var r = v;
    return isNumber(r.time) && isNumber(r.duration_ms) && isNumber(r.exit) && /^(updated|rejected|failed)$/.test(String(r.outcome)) && (r.server === null || isString(r.server)) && isServers(r.servers) && isString(r.message) && isRecords(r.records);
  }
  function parseStatus(text) {
    var data;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return { ok: false, reason: "not a status file of dyndns.js (not JSON)" };
    }
    var s = data;
    if (!s || typeof s !== "object" || s.format !== STATUS_FORMAT)
      return { ok: false, reason: "not a status file of dyndns.js" };
    if (!isString(s.name) || !isRun(s.last) || !(s.last_success === null || isRun(s.last_success)) || !(s.last_failure === null || isRun(s.last_failure))) {
      return { ok: false, reason: "a damaged status file of dyndns.js" };
    }
    return { ok: true, status: data };
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

  // src:client/core/statusReport.ts
  function when(run2, view) {
    var ms = run2.time * 1e3;
    return ago(ms, view.nowMs) + " (" + timestamp(ms, view.offsetMinutes(ms)) + ")";
  }
  function lastRun(run2, view) {
    var servers = [];
    for (var i = 0; i < run2.servers.length; i++)
      servers.push(run2.servers[i].server + " " + run2.servers[i].result);
    return "  last run " + when(run2, view) + ": exit status " + run2.exit + " after " + (run2.duration_ms / 1e3).toFixed(1) + " s" + (servers.length ? "; " + servers.join("; ") : "");
  }
  function published(records, name) {
    var rows = [
      ["A", records.ip || "the address the update came from"],
      ["AAAA", records.ip6 || "none"],
      ["MX", records.mx || "none"],
      ["TXT", records.txt],
      ["LOC", records.loc || "none"],
      ["CNAME", records.wildcard ? "*." + name + " (wildcard)" : "none (no wildcard)"],
      ["TTL", records.ttl ? records.ttl + " s" : "the server's default"]
    ];
    var lines = ["  published by the last update:"];
    for (var i = 0; i < rows.length; i++)
      lines.push("    " + padRight(rows[i][0], 6) + rows[i][1]);
    return lines;
  }
  function dnsNow(view) {
    if (view.dns === null || !view.dns.length)
      return "DNS now: " + view.name + " does not resolve";
    var line = "DNS now: " + view.name + " resolves to " + view.dns.join(", ");
    var success = view.status ? view.status.last_success : null;
    var missing = [];
    if (success && success.records.ip && view.dns.indexOf(success.records.ip) < 0)
      missing.push(success.records.ip);
    if (success && success.records.ip6 && view.dns.indexOf(success.records.ip6) < 0)
      missing.push(success.records.ip6);
    return line + (missing.length ? " (not yet " + missing.join(", ") + ", as last published: DNS may take a few minutes)" : "");
  }
  function describeStatus(view) {
    var status = view.status;
    if (!status)
      return ["no run of dyndns.js recorded for " + view.name + " in " + view.path, dnsNow(view)];
    var lines = ["status of " + view.name + " (" + view.path + ")"];
    var success = status.last_success;
    var failure = status.last_failure;
    lines.push(success ? "  last update " + when(success, view) + " through " + shownHost(String(success.server)) + ": ok" : "  last update: none recorded");
    lines.push(failure ? "  last failure " + when(failure, view) + ": " + failure.message : "  last failure: none recorded");
    lines.push(lastRun(status.last, view));
    if (success)
      lines = lines.concat(published(success.records, status.name));
    lines.push(dnsNow(view));
    return lines;
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
  function readStatus(env, out, path, replacing) {
    var found = env.readFile(path);
    if (found.kind === "missing")
      return null;
    var after = replacing ? "; this run replaces it" : "";
    if (found.kind === "unreadable") {
      out.warn("status file " + path + ": could not be read (ignored" + after + ")");
      return null;
    }
    var parsed = parseStatus(found.text);
    if (parsed.ok)
      return parsed.status;
    out.warn("status file " + path + ": " + parsed.reason + " (ignored" + after + ")");
    return null;
  }
  function saveStatus(env, out, path, settings, ip6, result, startedAt) {
    var previous = readStatus(env, out, path, true);
    var run2 = recordRun(settings, ip6, result, startedAt, env.now());
    var problem = env.writeWhole(path, serializeStatus(nextStatus(previous, settings, run2)));
    if (problem !== null)
      out.warn("could not write the status file " + path + " (" + problem + ")");
  }
  function printAll(out, lines) {
    for (var i = 0; i < lines.length; i++)
      out.print(lines[i]);
    return EXIT_OK;
  }
  function statusPathOf(env, name) {
    return env.dataDir + statusFileName(name);
  }
  function showStatus(env, name, out) {
    var path = statusPathOf(env, name);
    return printAll(out, describeStatus({
      name: name,
      path: path,
      status: readStatus(env, out, path, false),
      nowMs: env.now(),
      offsetMinutes: env.offsetMinutes,
      dns: env.resolveAll(name)
    }));
  }
  function dryRun(env, settings, source, out) {
    var path = statusPathOf(env, ownName(settings.id, settings.domain));
    return printAll(out, describeDryRun(settings, buildAnswers(settings, settings.ip6), source, bindAddressFor(env.interfaceAddress), path));
  }
  function update(env, settings, out, startedAt) {
    var path = statusPathOf(env, ownName(settings.id, settings.domain));
    var ip6 = settings.ip6Auto ? findIpv6(env, settings, out) : settings.ip6;
    var result = runUpdate(settings, buildAnswers(settings, ip6), env.network(bindAddressFor(env.interfaceAddress), out), out, startedAt);
    saveStatus(env, out, path, settings, ip6, result, startedAt);
    return result.exit;
  }
  function run(env) {
    var startedAt = env.now();
    env.out.print(env.banner);
    var parsed = parseArgs(env.argv);
    if (!parsed.ok) {
      env.out.error(parsed.error);
      return EXIT_USAGE;
    }
    var cmd = parsed.cmd;
    if (cmd.help)
      return printAll(env.out, usage());
    var out = quietOutput(env.out, cmd.quiet);
    var loaded = loadSettings(cmd, env.readSettingsFile(), env.system);
    for (var w = 0; w < loaded.warnings.length; w++)
      out.warn(loaded.warnings[w]);
    if (!loaded.ok) {
      out.error(loaded.error);
      return EXIT_USAGE;
    }
    if (loaded.status)
      return showStatus(env, loaded.name, out);
    if (cmd.dryRun)
      return dryRun(env, loaded.settings, loaded.source, out);
    return update(env, loaded.settings, out, startedAt);
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

  // src:client/host/settingsFile.ts
  function openForReading(path) {
    if (!file_exists(path))
      return null;
    var file = new File(path);
    return file.open("r", true) ? file : null;
  }
  function readMatches(pattern) {
    var matches = [];
    var paths = directory(pattern);
    for (var i = 0; i < paths.length; i++) {
      if (paths[i].charAt(paths[i].length - 1) === "/")
        continue;
      var found = readWholeFile(paths[i], "r");
      matches.push({ path: paths[i], text: found.kind === "text" ? found.text : null });
    }
    return matches;
  }
  function linesOf(path, text) {
    return text === null ? [] : expandIncludes(path, text, readMatches);
  }
  function readOpen(file, path, section, sharedPath, shadowed) {
    var text = file.read();
    var keys = file.iniGetKeys(section) || [];
    var entries = [];
    for (var i = 0; i < keys.length; i++) {
      entries.push({ key: keys[i], value: file.iniGetValue(section, keys[i], "") });
    }
    file.close();
    return { path: path, section: section, sharedPath: sharedPath, entries: entries, lines: linesOf(path, text), shadowed: shadowed };
  }
  function readSettingsFile() {
    var perModule = system.ctrl_dir + "modopts/" + SECTION + ".ini";
    var shared = file_cfgname(system.ctrl_dir, "modopts.ini");
    var file = openForReading(perModule);
    if (file) {
      var sharedText = readWholeFile(shared, "r");
      return readOpen(file, perModule, null, shared, sharedText.kind === "text" ? linesOf(shared, sharedText.text) : null);
    }
    file = openForReading(shared);
    if (file)
      return readOpen(file, shared, SECTION, shared, null);
    return { path: null, section: SECTION, sharedPath: shared, entries: [], lines: [], shadowed: null };
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
    var ended2 = false;
    function readLine(until) {
      for (; ; ) {
        var line = reader.next();
        if (line)
          return { kind: "line", line: line };
        if (ended2)
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
          ended2 = true;
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

  // src:shared/core/resolverError.ts
  var FIRST_GAI_CODE_VERSION = 32e3;
  var NO_SUCH_NAME = "DNS knows no such name";
  var NO_ANSWER = "DNS did not answer (a temporary failure: check this machine's DNS servers and network)";
  var DNS_FAILED = "DNS failed (a permanent error from this machine's DNS servers)";
  var NO_ADDRESS = "DNS has no address for this name";
  var NOT_RESOLVED = "DNS gives no address for it";
  var GLIBC = {
    "-2": NO_SUCH_NAME,
    "-3": NO_ANSWER,
    "-4": DNS_FAILED,
    "-5": NO_ADDRESS,
    "-9": "DNS has no address of a kind this machine uses",
    "-10": "the resolver ran out of memory",
    "-11": "the system's resolver failed"
  };
  var WINDOWS = {
    "11001": NO_SUCH_NAME,
    "11002": NO_ANSWER,
    "11003": DNS_FAILED,
    "11004": NO_ADDRESS
  };
  function isWindows(facts) {
    return /^Win/.test(facts.platform);
  }
  function codeIsTrustworthy(facts) {
    return facts.versionNum >= FIRST_GAI_CODE_VERSION && (facts.platform === "Linux" || isWindows(facts));
  }
  function lookupFailure(code, facts, hostIsName, resolves) {
    if (!hostIsName)
      return null;
    if (codeIsTrustworthy(facts)) {
      var table = isWindows(facts) ? WINDOWS : GLIBC;
      if (table.hasOwnProperty(String(code)))
        return table[String(code)];
      if (!isWindows(facts) && code < 0)
        return "the resolver failed (getaddrinfo error " + code + ")";
      return null;
    }
    return resolves() ? null : NOT_RESOLVED;
  }

  // src:shared/host/connectFailure.ts
  function connectFailure(sock, host, timeoutSeconds) {
    var error = sock.error;
    var lookup = lookupFailure(error, { versionNum: system.version_num, platform: system.platform }, !isIpv4(host) && !isIpv6(host), function() {
      return resolve_ip(host) !== null;
    });
    if (lookup !== null)
      return "could not be resolved: " + lookup;
    if (error === ETIMEDOUT)
      return "did not accept the connection within " + timeoutSeconds + " s";
    if (error === ECONNREFUSED)
      return "refused the connection";
    return "could not be connected: " + describeSocketError(sock);
  }

  // src:client/host/network.ts
  var SOCK_STREAM = 1;
  var SOCK_DGRAM = 2;
  var SOCKOPTS_SECTION = "dyndns";
  function firstIpv4(host) {
    var addresses = resolve_ip(host, true);
    for (var i = 0; addresses && i < addresses.length; i++) {
      if (isIpv4(String(addresses[i])))
        return String(addresses[i]);
    }
    return null;
  }
  function isAddressError(error) {
    return error === EINVAL || error === EADDRNOTAVAIL;
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
      var source = ipv6 ? null : bindToward(bindTo, host, firstIpv4);
      if (bindTo !== null && !ipv6 && source === null) {
        out.info("not binding to the BBS interface " + bindTo + " (loopback) toward " + host + ", which is not");
      }
      if (source !== null && !sock.bind(0, source)) {
        out.warn("could not bind to the BBS interface " + source + ": " + describeSocketError(sock) + "; updating from the system's default address");
        bindTo = source = null;
      }
      if (!sock.connect(host, port, Number(timeoutSeconds))) {
        if (source !== null && isAddressError(sock.error)) {
          out.warn("could not connect to " + host + " from the BBS interface " + source + ": " + describeSocketError(sock) + "; trying again from the system's default address");
          sock.close();
          bindTo = null;
          return connect(host, port, timeoutSeconds);
        }
        var reason = connectFailure(sock, host, timeoutSeconds);
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
  function resolveAll(name) {
    var addresses = resolve_ip(name, true);
    return addresses ? addresses.slice(0) : null;
  }
  function main() {
    var out = synchronetOutput();
    var env = {
      argv: argumentList(),
      system: { qwkId: String(system.qwk_id || ""), bbsName: String(system.name || "") },
      interfaceAddress: interfaceAddress(),
      out: out,
      now: now,
      readSettingsFile: readSettingsFile,
      network: synchronetNetwork,
      localIpv6Addresses: localIpv6Addresses,
      banner: "Synchronet DynDNS client v" + VERSION,
      dataDir: String(system.data_dir),
      readFile: function(path) {
        return readWholeFile(path, "rb");
      },
      writeWhole: writeWhole,
      resolveAll: resolveAll,
      offsetMinutes: function(ms) {
        return -new Date(ms).getTimezoneOffset();
      }
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
