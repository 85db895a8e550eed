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

  // src:client/core/settings/commandLine.ts
  var NO_VALUE = "";
  var HELP_WORDS = ["-help", "--help", "-h", "-?", "/?"];
  var IP6_WORDS = ["-ip6", "-ipv6"];
  function isOption(word2) {
    return word2 !== void 0 && word2.length > 1 && (word2.charAt(0) === "-" || word2 === "/?");
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
      var word2 = argv2[i];
      var option = word2.toLowerCase();
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
        taken = optionalValue(argv2, i, word2, isFullyQualified, "a host name with at least two labels");
        cmd.mx = taken.value;
      } else if (IP6_WORDS.indexOf(option) >= 0) {
        taken = optionalValue(argv2, i, word2, isIpv6, "an IPv6 address");
        cmd.ip6 = taken.value;
      } else if (option === "-hn") {
        if (argv2[i + 1] === void 0 || isOption(argv2[i + 1])) {
          return { ok: false, error: "option -hn: expected a host name after it (one DNS label, like mybbs: letters, digits and inner hyphens, at most 63)" };
        }
        cmd.hn = argv2[++i];
      } else if (isOption(word2)) {
        return { ok: false, error: "option " + word2 + ": unknown (expected -q, -n, -mx, -hn, -ip6, -status or -help)" };
      } else {
        cmd.plain.push(leftBy.hasOwnProperty(String(i)) ? { word: word2, leftBy: leftBy[i] } : { word: word2 });
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
    var result2 = { values: {}, unknown: [] };
    var seen = [];
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i].toLowerCase();
      if (known.indexOf(key) < 0) {
        result2.unknown.push(keys[i]);
      } else if (seen.indexOf(key) < 0) {
        seen.push(key);
        var value = String(read(i));
        if (!/^\s*$/.test(value))
          result2.values[key] = value;
      }
    }
    return result2;
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
      var name2 = trimEnd(skipSpace(names[i]));
      if (caseSensitive ? name2 === section : name2.toLowerCase() === section.toLowerCase())
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
  function nearestWord(word2, known) {
    var typed = word2.toLowerCase();
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
    var name2 = key.toLowerCase();
    if (known.indexOf(name2) < 0) {
      var near = nearestWord(key, known);
      return [where + ": unknown key " + quote(key) + " ignored" + (near ? " (did you mean " + near + "?)" : "")];
    }
    if (firstAt.hasOwnProperty(name2)) {
      var first = firstAt[name2].ini;
      return [where + ": " + name2 + " is set again; Synchronet uses only the first, at " + whereLine(firstAt[name2].source) + (first.value === "" ? " (blank there)" : "")];
    }
    firstAt[name2] = line;
    var warnings = [];
    if (ini.separator === "=" && ini.value.length >= 2 && QUOTED.test(ini.value)) {
      warnings.push(where + ": the value of " + name2 + " is in quotes, and Synchronet keeps them as part of it; remove them unless they belong to it");
    }
    var comment = INLINE_COMMENT.exec(ini.value);
    if (comment && !(ini.separator === ":" && ini.value.charAt(0) === '"')) {
      warnings.push(where + ": the value of " + name2 + " goes on after ' " + comment[1] + "', and Synchronet keeps that comment as part of the value; put comments on a line of their own");
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
  function fromLine(raw, key, value, origin2) {
    if (value === void 0)
      return;
    if (raw.values.hasOwnProperty(key))
      raw.replaced[key] = { value: raw.values[key], origin: raw.origins[key] };
    raw.values[key] = value;
    raw.origins[key] = origin2;
    raw.fromCommandLine[key] = true;
  }
  function fromPlain(raw, key, name2, plain) {
    fromLine(raw, key, plain.word, name2 + (plain.leftBy ? " (" + plain.leftBy + ")" : ""));
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
    var word2 = text.trim().toLowerCase();
    if (YES.indexOf(word2) >= 0)
      return true;
    return NO.indexOf(word2) >= 0 ? false : null;
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
    var word2 = raw.values.password;
    if (raw.fromCommandLine.password) {
      return { ok: false, error: raw.origins.password + " is " + word2 + ", the placeholder of the DYNDNS timed event that Synchronet ships: in SCFG > External Programs > Timed Events > DYNDNS, change the Command Line from ?dyndns.js " + word2 + " to ?dyndns, and set password in " + raw.passwordPlace };
    }
    return { ok: false, error: raw.origins.password + " is " + word2 + ", a placeholder: set it to the password of your QWKnet account" };
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
    var name2 = system2.bbsName;
    return fits(name2) && !hasControl(name2) ? pass(name2) : { ok: false, error: "system.name (the default TXT) " + quote(name2) + ": expected at most " + MAX_TXT + " characters on one line (or set txt in modopts)" };
  }
  function checkWildcard(raw) {
    if (!raw.values.hasOwnProperty("wildcard"))
      return pass(false);
    var word2 = yesNo(raw.values.wildcard);
    return word2 !== null ? pass(word2) : fail(raw, "wildcard", YES_NO_WORDS);
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
    var name2 = validateName(raw, system2);
    if (!name2.ok)
      return name2;
    var ip = optional(raw, "ip", isIpv4, "an IPv4 address in dotted-quad form, like 203.0.113.7");
    if (!ip.ok)
      return ip;
    var ip6Auto = raw.values.ip6 === NO_VALUE;
    var ip6 = ip6Auto ? pass("") : optional(raw, "ip6", isIpv6, "an IPv6 address, like 2607:f8b0:4007:801::200e");
    if (!ip6.ok)
      return ip6;
    var mx = checkMx(raw, name2.id, name2.domain);
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
        id: name2.id,
        domain: name2.domain,
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
        return { ok: false, warnings: warnings, error: named.error, noPassword: false };
      return { ok: true, warnings: warnings, status: true, name: ownName(named.id, named.domain) };
    }
    var validated = validateSettings(raw, system2);
    if (!validated.ok)
      return { ok: false, warnings: warnings, error: validated.error, noPassword: !raw.values.password };
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
    var word2 = line.trim().toLowerCase();
    if (word2 === OK)
      return { kind: "ok" };
    if (answers.hasOwnProperty(word2))
      return { kind: "prompt", prompt: word2, answer: answers[word2] };
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
  function describeDryRun(settings, answers, source, bind, statusPath2) {
    var origin2 = settings.origins;
    var lines = [
      "dry run: nothing is sent",
      "  settings from " + source + " and the command line",
      "  name     " + ownName(settings.id, settings.domain) + "   (id: " + origin2.id + "; domain: " + origin2.domain + ")",
      "  servers  " + settings.hosts.join(", ") + " port " + settings.port + "   (hosts: " + origin2.hosts + "; port: " + origin2.port + ")",
      "  timeout  " + settings.timeout + " s for the whole run   (" + origin2.timeout + ")",
      "  bind     " + (bind || "(none)"),
      "  status   " + statusPath2 + " (a run writes it; -n does not)"
    ];
    for (var i = 0; i < PROMPTS.length; i++) {
      var prompt = PROMPTS[i];
      var answer = shownAnswer(prompt, answers[prompt]);
      if (prompt === "ip6?" && settings.ip6Auto)
        answer = "(this machine's global IPv6 address, found at run time)";
      else if (answer === "")
        answer = "(empty: " + (EMPTY_MEANS[prompt] || "nothing") + ")";
      lines.push("  " + padRight(prompt, 5) + " -> " + answer + "   (" + origin2[SETTING_OF[prompt]] + ")");
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
      var result2 = outcome.kind === "failed" ? outcome.reason : "ran out of time";
      attempts.push({ host: hosts[i], port: settings.port, result: result2 });
      if (!triesNextHost(outcome))
        return ended(out, EXIT_FAILED, "failed", null, attempts, summarize(attempts, hosts.slice(i + 1)));
      out.warn(hostPort(hosts[i], settings.port) + " " + result2);
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
  function statusFileName(name2) {
    return "dyndns-" + name2.toLowerCase() + ".json";
  }
  function recordRun(settings, ip6, result2, startedAt, endedAt) {
    var servers = [];
    for (var i = 0; i < result2.attempts.length; i++) {
      servers.push({ server: hostPort(result2.attempts[i].host, result2.attempts[i].port), result: result2.attempts[i].result });
    }
    return {
      time: Math.floor(startedAt / 1e3),
      duration_ms: Math.max(0, Math.round(endedAt - startedAt)),
      exit: result2.exit,
      outcome: result2.outcome,
      server: result2.server,
      servers: servers,
      message: result2.message,
      records: { ip: settings.ip, ip6: ip6, mx: settings.mx, txt: settings.txt, loc: settings.loc, wildcard: settings.wildcard, ttl: settings.ttl }
    };
  }
  function nextStatus(previous, settings, run2) {
    var name2 = ownName(settings.id, settings.domain);
    var keep = previous && previous.name.toLowerCase() === name2.toLowerCase() ? previous : null;
    var succeeded = run2.outcome === "updated";
    return {
      format: STATUS_FORMAT,
      name: name2,
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
  function readStatusFile(readFile, out, path, after, parse2) {
    var found = readFile(path);
    if (found.kind === "missing")
      return null;
    if (found.kind === "unreadable") {
      out.warn("status file " + path + ": could not be read (ignored" + after + ")");
      return null;
    }
    var parsed = parse2(found.text);
    if (parsed.ok)
      return parsed.status;
    out.warn("status file " + path + ": " + parsed.reason + " (ignored" + after + ")");
    return null;
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
  function published(records, name2) {
    var rows = [
      ["A", records.ip || "the address the update came from"],
      ["AAAA", records.ip6 || "none"],
      ["MX", records.mx || "none"],
      ["TXT", records.txt],
      ["LOC", records.loc || "none"],
      ["CNAME", records.wildcard ? "*." + name2 + " (wildcard)" : "none (no wildcard)"],
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
    var missing2 = [];
    if (success && success.records.ip && view.dns.indexOf(success.records.ip) < 0)
      missing2.push(success.records.ip);
    if (success && success.records.ip6 && view.dns.indexOf(success.records.ip6) < 0)
      missing2.push(success.records.ip6);
    return line + (missing2.length ? " (not yet " + missing2.join(", ") + ", as last published: DNS may take a few minutes)" : "");
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

  // src:shared/core/http/url.ts
  var DEFAULT_PORT2 = { http: 80, https: 443 };
  var SCHEME = /^(https?):\/\/([^\/?#]*)([^#]*)/i;
  var PORT = /^[0-9]{1,5}$/;
  var TARGET = /^[\x21-\x7e]*$/;
  function bad(reason) {
    return { ok: false, reason: reason };
  }
  function parseHttpUrl(url) {
    var m = SCHEME.exec(url);
    if (!m)
      return bad("the URL does not start with http:// or https://");
    var tls = m[1].toLowerCase() === "https";
    var authority = m[2];
    if (authority.indexOf("@") >= 0)
      return bad("the URL carries credentials (user:password@): give them as basic auth instead");
    var host = authority;
    var port = tls ? DEFAULT_PORT2.https : DEFAULT_PORT2.http;
    var bracket = /^\[([^\]]*)\](.*)$/.exec(authority);
    var rest = "";
    if (bracket) {
      host = bracket[1];
      rest = bracket[2];
      if (!isIpv6(host))
        return bad("the URL's host [" + host + "] is not an IPv6 address");
    } else {
      var colon = authority.indexOf(":");
      if (colon >= 0) {
        host = authority.slice(0, colon);
        rest = authority.slice(colon);
      }
      if (!isIpv4(host) && !isHostName(host))
        return bad("the URL's host '" + host + "' is not a host name or an IPv4 address");
    }
    if (rest !== "") {
      var digits = rest.charAt(0) === ":" ? rest.slice(1) : "";
      if (!PORT.test(digits) || parseInt(digits, 10) < 1 || parseInt(digits, 10) > 65535) {
        return bad("the URL's port is not a number from 1 to 65535");
      }
      port = parseInt(digits, 10);
    }
    var path = m[3];
    if (!TARGET.test(path))
      return bad("the URL's path or query holds spaces or other bytes that must be percent-encoded");
    if (path.charAt(0) !== "/")
      path = "/" + path;
    return { ok: true, target: { tls: tls, host: host.toLowerCase(), port: port, path: path } };
  }
  function defaultPort(target) {
    return target.port === (target.tls ? DEFAULT_PORT2.https : DEFAULT_PORT2.http);
  }
  function hostHeader(target) {
    var host = isIpv6(target.host) ? "[" + target.host + "]" : target.host;
    return defaultPort(target) ? host : host + ":" + target.port;
  }
  function origin(target) {
    return (target.tls ? "https" : "http") + "://" + hostHeader(target);
  }

  // src:shared/core/http/request.ts
  var METHOD = /^[A-Z]+$/;
  var TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
  var VALUE = /^[^\r\n\0]*$/;
  var OWN_HEADERS = ["host", "connection", "content-length", "transfer-encoding", "authorization"];
  var WITH_BODY = ["POST", "PUT", "PATCH"];
  function authorization(auth, base642) {
    return "basic" in auth ? "Basic " + base642(auth.basic.user + ":" + auth.basic.password) : "Bearer " + auth.bearer;
  }
  function requestText(request, target, base642) {
    if (!METHOD.test(request.method))
      return { ok: false, reason: "the method '" + request.method + "' is not an HTTP method in capitals" };
    var lines = [request.method + " " + target.path + " HTTP/1.1", "Host: " + hostHeader(target)];
    if (request.auth) {
      var credentials = authorization(request.auth, base642);
      if (!VALUE.test(credentials))
        return { ok: false, reason: "the credentials hold a line break or a NUL" };
      lines.push("Authorization: " + credentials);
    }
    var headers = request.headers || [];
    for (var i = 0; i < headers.length; i++) {
      var name2 = headers[i].name;
      if (!TOKEN.test(name2))
        return { ok: false, reason: "the header name '" + name2 + "' is not an HTTP token" };
      if (OWN_HEADERS.indexOf(name2.toLowerCase()) >= 0)
        return { ok: false, reason: "the header " + name2 + " is the request's own: it sets it itself" };
      if (!VALUE.test(headers[i].value))
        return { ok: false, reason: "the value of the header " + name2 + " holds a line break or a NUL" };
      lines.push(name2 + ": " + headers[i].value);
    }
    var body = request.body;
    if (body === void 0 && WITH_BODY.indexOf(request.method) >= 0)
      body = "";
    if (body !== void 0)
      lines.push("Content-Length: " + body.length);
    lines.push("Connection: close");
    return { ok: true, text: lines.join("\r\n") + "\r\n\r\n" + (body || "") };
  }
  function percentEncoded(text) {
    try {
      return encodeURIComponent(text);
    } catch (e) {
      return text;
    }
  }
  function requestSecrets(request, base642) {
    var plain = (request.secrets || []).slice();
    if (request.auth && "basic" in request.auth) {
      plain.push(request.auth.basic.password, base642(request.auth.basic.user + ":" + request.auth.basic.password));
    } else if (request.auth) {
      plain.push(request.auth.bearer);
    }
    var all = [];
    for (var i = 0; i < plain.length; i++) {
      if (!plain[i])
        continue;
      all.push(plain[i]);
      var encoded = percentEncoded(plain[i]);
      if (encoded !== plain[i])
        all.push(encoded);
    }
    return all.sort(function(a, b) {
      return b.length - a.length;
    });
  }
  function hideSecrets(text, secrets) {
    for (var i = 0; i < secrets.length; i++)
      text = text.split(secrets[i]).join(MASK);
    return text;
  }
  function hex4(code) {
    var hex = code.toString(16);
    while (hex.length < 4)
      hex = "0" + hex;
    return hex;
  }
  function jsonBody(value) {
    return JSON.stringify(value).replace(/[\u007f-\uffff]/g, function(c) {
      return "\\u" + hex4(c.charCodeAt(0));
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

  // src:client/core/names/nameSettings.ts
  var NAME_SECTION_PREFIX = "dyndns:";
  var PROTOCOLS = ["dyndns2", "duckdns", "cloudflare", "rfc2136"];
  var DEFAULT_NAME_TIMEOUT = 30;
  var DEFAULT_REFRESH_DAYS = 25;
  var COMMON_KEYS = ["protocol", "address", "checkip", "timeout", "refresh"];
  var PROTOCOL_KEYS = {
    dyndns2: ["server", "user", "password"],
    duckdns: ["server", "token"],
    cloudflare: ["server", "token", "zone", "ttl", "proxied"],
    rfc2136: ["server", "port", "zone", "key", "secret", "ttl", "transport"]
  };
  var SECRET_KEYS = ["password", "token", "secret"];
  var DEFAULT_SERVERS = {
    duckdns: "https://www.duckdns.org",
    cloudflare: "https://api.cloudflare.com/client/v4"
  };
  var DEFAULT_ADDRESS = {
    dyndns2: "service, provider",
    duckdns: "service, provider",
    cloudflare: "service, checkip, interface",
    rfc2136: "service, checkip, interface"
  };
  var SOURCE_WORDS = ["provider", "service", "checkip", "interface"];
  function within(text, min, max) {
    if (!/^[0-9]{1,9}$/.test(text))
      return null;
    var n = parseInt(text, 10);
    return n >= min && n <= max ? n : null;
  }
  function fingerprintOf(entries) {
    var lines = [];
    for (var i = 0; i < entries.length; i++)
      lines.push(entries[i].key.toLowerCase() + "=" + entries[i].value);
    var digest = sha256(lines.sort().join("\n"));
    var hex = "";
    for (var j = 0; j < 8; j++)
      hex += (digest.charCodeAt(j) < 16 ? "0" : "") + digest.charCodeAt(j).toString(16);
    return hex;
  }
  function parseSources(text, protocol) {
    var words = text.split(",");
    var sources = [];
    var expected = "a comma list of " + (protocol === "dyndns2" || protocol === "duckdns" ? "provider, " : "") + "service, checkip, interface or IPv4 addresses";
    for (var i = 0; i < words.length; i++) {
      var word2 = words[i].trim();
      var lower = word2.toLowerCase();
      if (isIpv4(word2))
        sources.push({ kind: "literal", address: word2 });
      else if (SOURCE_WORDS.indexOf(lower) >= 0 && !(lower === "provider" && (protocol === "cloudflare" || protocol === "rfc2136"))) {
        sources.push({ kind: lower });
      } else
        return { ok: false, expected: expected + (lower === "provider" ? " (" + protocol + " needs an address: the provider finds none)" : "") };
    }
    return { ok: true, sources: sources };
  }
  function checkNameSection(found) {
    var label = found.section.slice(NAME_SECTION_PREFIX.length);
    var where = found.path + " [" + found.section + "]";
    var name2 = label.replace(/\.$/, "").toLowerCase();
    function bad3(key2, value2, expected) {
      if (value2 === null)
        return { ok: false, name: name2, error: where + " " + key2 + ": missing (expected " + expected + "); nothing is sent for " + name2 };
      var shown = SECRET_KEYS.indexOf(key2) >= 0 ? MASK : quote(value2);
      return { ok: false, name: name2, error: where + " " + key2 + " " + shown + ": expected " + expected + "; nothing is sent for " + name2 };
    }
    if (!isFullyQualified(label)) {
      return { ok: false, name: label, error: where + ": the name " + quote(label) + " is not a host name (expected one of at least two labels, like [dyndns:bbs.example.com]); nothing is sent for it" };
    }
    var values = {};
    var seen = {};
    for (var i = 0; i < found.entries.length; i++) {
      var key = found.entries[i].key.toLowerCase();
      if (seen[key])
        continue;
      seen[key] = true;
      var value = found.entries[i].value.trim();
      if (value !== "")
        values[key] = value;
    }
    if (!values.hasOwnProperty("protocol"))
      return bad3("protocol", null, PROTOCOLS.join(", "));
    var protocol = values.protocol.toLowerCase();
    if (PROTOCOLS.indexOf(protocol) < 0)
      return bad3("protocol", values.protocol, PROTOCOLS.join(", "));
    var known = COMMON_KEYS.concat(PROTOCOL_KEYS[protocol]);
    for (var k = 0; k < found.entries.length; k++) {
      var written = found.entries[k].key;
      if (known.indexOf(written.toLowerCase()) < 0) {
        return { ok: false, name: name2, error: where + " " + written + ": not a key of protocol " + protocol + " (expected " + known.join(", ") + "); nothing is sent for " + name2 };
      }
    }
    for (var v in values) {
      if (values.hasOwnProperty(v) && hasControl(values[v]))
        return bad3(v, values[v], "no control characters");
    }
    var addressText = values.address || DEFAULT_ADDRESS[protocol];
    var sources = parseSources(addressText, protocol);
    if (!sources.ok)
      return bad3("address", addressText, sources.expected);
    var checkip = values.checkip || "";
    if (checkip && !parseHttpUrl(checkip).ok)
      return bad3("checkip", checkip, "an http:// or https:// URL, like https://hub.example.net/nic/checkip");
    if (values.hasOwnProperty("address") && !checkip) {
      for (var s = 0; s < sources.sources.length; s++) {
        if (sources.sources[s].kind === "checkip")
          return bad3("address", addressText, "checkip only with a checkip URL set");
      }
    }
    var timeout = values.hasOwnProperty("timeout") ? within(values.timeout, 2, 600) : DEFAULT_NAME_TIMEOUT;
    if (timeout === null)
      return bad3("timeout", values.timeout, "whole seconds from 2 to 600");
    var refresh = values.hasOwnProperty("refresh") ? within(values.refresh, 1, 365) : DEFAULT_REFRESH_DAYS;
    if (refresh === null)
      return bad3("refresh", values.refresh, "whole days from 1 to 365");
    var own = checkProtocolKeys(protocol, name2, values, bad3);
    if (own !== null)
      return own;
    var secrets = [];
    for (var q = 0; q < SECRET_KEYS.length; q++)
      if (values[SECRET_KEYS[q]])
        secrets.push(values[SECRET_KEYS[q]]);
    return {
      ok: true,
      settings: {
        name: name2,
        section: found.section,
        path: found.path,
        protocol: protocol,
        address: sources.sources,
        addressText: addressText,
        addressOrigin: values.address ? "address" : "default for " + protocol,
        checkip: checkip,
        timeout: timeout,
        refreshDays: refresh,
        values: values,
        secrets: secrets,
        fingerprint: fingerprintOf(found.entries)
      }
    };
  }
  function missing(key, expected, values, bad3) {
    return values.hasOwnProperty(key) ? null : bad3(key, null, expected);
  }
  function checkUrl(values, bad3, example) {
    if (!values.hasOwnProperty("server"))
      return null;
    var parsed = parseHttpUrl(values.server);
    return parsed.ok ? null : bad3("server", values.server, "an http:// or https:// URL, like " + example);
  }
  function checkProtocolKeys(protocol, name2, values, bad3) {
    var problem = null;
    if (protocol === "dyndns2") {
      problem = missing("server", "the provider's update URL, like https://dynupdate.no-ip.com/nic/update", values, bad3) || checkUrl(values, bad3, "https://dynupdate.no-ip.com/nic/update") || missing("user", "the account's user name", values, bad3) || missing("password", "the account's password (or the host's update key)", values, bad3);
    } else if (protocol === "duckdns") {
      problem = missing("token", "the DuckDNS token of the account", values, bad3) || checkUrl(values, bad3, DEFAULT_SERVERS.duckdns);
      if (!problem && !/^[A-Za-z0-9-]+$/.test(values.token))
        problem = bad3("token", values.token, "the token DuckDNS shows (letters, digits and hyphens)");
      if (!problem && !/^[a-z0-9-]+\.duckdns\.org$/.test(name2))
        problem = bad3("name", name2, "a name under duckdns.org, like [dyndns:mybbs.duckdns.org]");
    } else if (protocol === "cloudflare") {
      problem = missing("token", "an API token that may edit the zone's DNS", values, bad3) || checkUrl(values, bad3, DEFAULT_SERVERS.cloudflare);
      if (!problem && !/^[A-Za-z0-9_-]+$/.test(values.token))
        problem = bad3("token", values.token, "an API token (letters, digits, _ and -)");
      if (!problem && values.hasOwnProperty("zone") && !isZoneOf(values.zone, name2))
        problem = bad3("zone", values.zone, "the zone " + name2 + " is in, like example.com");
      if (!problem && values.hasOwnProperty("ttl") && !(values.ttl === "1" || within(values.ttl, 60, 86400) !== null)) {
        problem = bad3("ttl", values.ttl, "1 (automatic) or whole seconds from 60 to 86400");
      }
      if (!problem && values.hasOwnProperty("proxied") && !/^(true|false|yes|no|on|off|1|0)$/i.test(values.proxied)) {
        problem = bad3("proxied", values.proxied, "true or false");
      }
    } else {
      problem = missing("server", "the address or host name of the zone's primary DNS server", values, bad3) || missing("key", "the name of the TSIG key the server knows", values, bad3) || missing("secret", "the TSIG key's secret, in base64 (hmac-sha256)", values, bad3);
      if (!problem && nameProblem(values.key) !== null)
        problem = bad3("key", values.key, "a key name, like bbs-update");
      if (!problem) {
        var secret = decodeBase64(values.secret);
        if (secret === null)
          problem = bad3("secret", values.secret, "a base64 secret, as tsig-keygen or keymgr prints it");
      }
      if (!problem && values.hasOwnProperty("port") && within(values.port, 1, 65535) === null)
        problem = bad3("port", values.port, "a whole number from 1 to 65535");
      if (!problem && values.hasOwnProperty("zone") && !isZoneOf(values.zone, name2))
        problem = bad3("zone", values.zone, "a zone above " + name2 + ", like example.com");
      if (!problem && !values.hasOwnProperty("zone") && name2.split(".").length < 3)
        problem = bad3("zone", null, "the zone above " + name2 + " (a name at a zone's apex is not updated)");
      if (!problem && values.hasOwnProperty("ttl") && within(values.ttl, 0, 604800) === null)
        problem = bad3("ttl", values.ttl, "whole seconds from 0 to 604800");
      if (!problem && values.hasOwnProperty("transport") && !/^(tcp|udp)$/i.test(values.transport))
        problem = bad3("transport", values.transport, "tcp or udp");
    }
    return problem;
  }
  function isZoneOf(zone, name2) {
    var z = "." + zone.replace(/\.$/, "").toLowerCase();
    return name2.slice(-z.length) === z;
  }
  function zoneOf(settings) {
    var zone = settings.values.zone;
    return zone ? zone.replace(/\.$/, "").toLowerCase() : settings.name.slice(settings.name.indexOf(".") + 1);
  }

  // src:client/core/names/nameStatus.ts
  var NAME_STATUS_FORMAT = "dyndns.js name status 1";
  function isObject(v) {
    return !!v && typeof v === "object";
  }
  function isRun2(v) {
    return isObject(v) && typeof v.time === "number" && typeof v.exit === "number" && typeof v.outcome === "string" && typeof v.address === "string" && typeof v.answer === "string" && typeof v.message === "string";
  }
  function parseNameStatus(text) {
    var data;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return { ok: false, reason: "not a status file of dyndns.js (not JSON)" };
    }
    if (!isObject(data) || data.format !== NAME_STATUS_FORMAT)
      return { ok: false, reason: "not a name status file of dyndns.js" };
    var stopped = data.stopped;
    if (typeof data.name !== "string" || typeof data.fingerprint !== "string" || !isRun2(data.last) || !(data.last_good === null || isRun2(data.last_good)) || !(data.last_failure === null || isRun2(data.last_failure)) || !(stopped === null || isObject(stopped) && typeof stopped.answer === "string" && typeof stopped.fingerprint === "string") || !(data.not_before === null || typeof data.not_before === "number") || typeof data.nochg_in_a_row !== "number") {
      return { ok: false, reason: "a damaged status file of dyndns.js" };
    }
    return { ok: true, status: data };
  }
  function serializeNameStatus(status) {
    return JSON.stringify(status, null, 2) + "\n";
  }
  var DAY_MS = 864e5;
  function decide(previous, fingerprint, address, nowMs, refreshDays, when3) {
    if (!previous)
      return { send: true };
    var same = previous.fingerprint === fingerprint;
    if (previous.stopped && previous.stopped.fingerprint === fingerprint) {
      return { send: false, exit: 1, outcome: "stopped", message: "not sent: the last answer was " + previous.stopped.answer + " (" + when3(previous.stopped.time) + "), which must not be retried; change the settings of the section to try again" };
    }
    if (same && previous.not_before !== null && nowMs < previous.not_before * 1e3) {
      return { send: false, exit: 1, outcome: "waiting", message: "not sent: the provider asked to wait (" + previous.last.answer + "); next try after " + when3(previous.not_before) };
    }
    var good = previous.last_good;
    if (same && good && good.address === address && previous.last.outcome !== "failed" && nowMs - good.time * 1e3 < refreshDays * DAY_MS) {
      return { send: false, exit: 0, outcome: "skipped", message: "unchanged: " + address + " was published " + when3(good.time) + "; sent again when it changes or after " + refreshDays + " days" };
    }
    return { send: true };
  }
  function nextNameStatus(previous, name2, protocol, fingerprint, run2, effect) {
    var keep = previous && previous.name === name2 ? previous : null;
    var good = run2.outcome === "updated" || run2.outcome === "unchanged";
    var kept = keep && keep.fingerprint === fingerprint;
    return {
      format: NAME_STATUS_FORMAT,
      name: name2,
      protocol: protocol,
      fingerprint: fingerprint,
      last: run2,
      last_good: good ? run2 : keep ? keep.last_good : null,
      // A run that obeyed a stop or a wait sent nothing: it is no new failure.
      last_failure: run2.exit !== 0 && (effect.stop || effect.waitUntil !== void 0 || run2.outcome !== "stopped" && run2.outcome !== "waiting") ? run2 : keep ? keep.last_failure : null,
      stopped: effect.stop ? { answer: run2.answer, time: run2.time, fingerprint: fingerprint } : run2.outcome === "stopped" && kept ? keep.stopped : null,
      not_before: effect.waitUntil !== void 0 ? effect.waitUntil : run2.outcome === "waiting" && kept ? keep.not_before : null,
      nochg_in_a_row: effect.nochg ? (keep ? keep.nochg_in_a_row : 0) + 1 : run2.outcome === "skipped" && keep ? keep.nochg_in_a_row : 0
    };
  }

  // src:shared/core/dyndns2.ts
  var GOOD = "good";
  var NOCHG = "nochg";
  var BADAUTH = "badauth";
  var BADAGENT = "badagent";
  var NOTFQDN = "notfqdn";
  var NOHOST = "nohost";
  var NUMHOST = "numhost";
  var ABUSE = "abuse";
  var DNSERR = "dnserr";
  var SERVER_ERROR = "911";
  var UPDATE_PATH = "/nic/update";
  var CHECKIP_LABEL = "Current IP Address: ";

  // src:client/core/names/address.ts
  function addressInPage(body) {
    var at = body.indexOf(CHECKIP_LABEL);
    var text = at >= 0 ? body.slice(at + CHECKIP_LABEL.length).split(/[^0-9.]/)[0] : body.trim();
    return isIpv4(text) ? text : null;
  }
  function sourceWord(source) {
    return source.kind === "literal" ? source.address : source.kind;
  }
  function findAddress(settings, toward, tools, untilMs) {
    var tried = [];
    for (var i = 0; i < settings.address.length; i++) {
      var source = settings.address[i];
      if (source.kind === "literal")
        return { ok: true, address: source.address, source: "address", tried: tried };
      if (source.kind === "provider")
        return { ok: true, address: null, source: "provider", tried: tried };
      if (source.kind === "service") {
        var seen = tools.serviceAddress();
        if (seen !== null)
          return { ok: true, address: seen, source: "service", tried: tried };
        tried.push("service: the synchro.net name was not updated in this run");
      } else if (source.kind === "checkip") {
        if (!settings.checkip)
          continue;
        var page = tools.http({ method: "GET", url: settings.checkip, headers: [{ name: "User-Agent", value: tools.userAgent }] }, untilMs);
        var found = page.ok && page.response.status === 200 ? addressInPage(page.response.body) : null;
        if (found !== null)
          return { ok: true, address: found, source: "checkip", tried: tried };
        tried.push("checkip: " + (!page.ok ? page.reason : page.response.status !== 200 ? "HTTP " + page.response.status : "no IPv4 address in the page"));
      } else {
        var local = tools.interfaceAddress(toward);
        if (local !== null)
          return { ok: true, address: local, source: "interface", tried: tried };
        tried.push("interface: no IPv4 address toward " + toward);
      }
    }
    return { ok: false, tried: tried };
  }

  // src:client/core/names/provider.ts
  var SERVER_TROUBLE_WAIT_MS = 30 * 60 * 1e3;
  function result(outcome, address, answer, message, more2) {
    var exit2 = outcome === "updated" || outcome === "unchanged" ? 0 : 1;
    var r = { outcome: outcome, exit: exit2, address: address, answer: answer, message: message };
    if (more2 && more2.stop)
      r.stop = true;
    if (more2 && more2.waitMs !== void 0)
      r.waitMs = more2.waitMs;
    if (more2 && more2.nochg)
      r.nochg = true;
    return r;
  }
  function shownText(text) {
    var line = text.replace(/^\s+/, "").split("\n")[0].replace(/\s+$/, "");
    return escapeControl(line.length > 120 ? line.slice(0, 120) + "..." : line);
  }
  function queryValue(text) {
    return encodeURIComponent(text);
  }
  function withPath(url, path) {
    return /^https?:\/\/[^\/?#]*$/i.test(url) ? url + path : url;
  }
  function joinQuery(url, query) {
    return url + (url.indexOf("?") >= 0 ? "&" : "?") + query;
  }

  // src:client/core/names/dyndns2.ts
  var STOP_ANSWERS = [BADAGENT, NOHOST, NOTFQDN, NUMHOST, ABUSE, "!donator", "!yours", "!active", "badsys", BADAUTH];
  var WAIT_ANSWERS = [SERVER_ERROR, DNSERR];
  function updateUrl(settings, address) {
    var query = "hostname=" + queryValue(settings.name) + (address !== null ? "&myip=" + queryValue(address) : "");
    return joinQuery(withPath(settings.values.server, UPDATE_PATH), query);
  }
  function dyndns2Request(settings, address, userAgent) {
    return {
      method: "GET",
      url: updateUrl(settings, address),
      headers: [{ name: "User-Agent", value: userAgent }],
      auth: { basic: { user: settings.values.user, password: settings.values.password } },
      secrets: [settings.values.password]
    };
  }
  function dyndns2Outcome(response, sent) {
    var line = shownText(response.body);
    var words = line.split(/\s+/);
    var code = words[0].toLowerCase();
    var address = words[1] || sent || "";
    var said = "answered " + (line || "nothing") + " (HTTP " + response.status + ")";
    if (code === GOOD)
      return result("updated", address, line, "updated to " + (address || "the address the request came from") + ": " + said);
    if (code === NOCHG)
      return result("unchanged", address, line, "already " + (address || "up to date") + ": " + said, { nochg: true });
    if (response.status === 401 || STOP_ANSWERS.indexOf(code) >= 0) {
      var stopCode = STOP_ANSWERS.indexOf(code) >= 0 ? code : BADAUTH;
      return result("stopped", "", stopCode, said + "; not sent again until the settings of the section change", { stop: true });
    }
    if (WAIT_ANSWERS.indexOf(code) >= 0 || response.status >= 500) {
      return result("waiting", "", code || "HTTP " + response.status, said + "; nothing is sent for " + SERVER_TROUBLE_WAIT_MS / 6e4 + " minutes", { waitMs: SERVER_TROUBLE_WAIT_MS });
    }
    return result("failed", "", code || "HTTP " + response.status, said + ": not a dyndns2 answer");
  }
  var dyndns2 = {
    describe: function(settings, address) {
      var shown = updateUrl(settings, address === "" ? null : address);
      return ["GET " + shown + "   (basic auth: user " + settings.values.user + ", password " + MASK + ")"];
    },
    update: function(job, tools) {
      var answer = tools.http(dyndns2Request(job.settings, job.address, tools.userAgent), job.untilMs);
      if (!answer.ok)
        return result("failed", "", "no answer", answer.reason);
      return dyndns2Outcome(answer.response, job.address);
    }
  };

  // src:client/core/names/duckdns.ts
  var SUFFIX = ".duckdns.org";
  function updateUrl2(settings, address, token) {
    var label = settings.name.slice(0, settings.name.length - SUFFIX.length);
    var query = "domains=" + queryValue(label) + "&token=" + token + (address !== null ? "&ip=" + queryValue(address) : "") + "&verbose=true";
    return joinQuery(withPath(settings.values.server || DEFAULT_SERVERS.duckdns, "/update"), query);
  }
  function duckdnsRequest(settings, address, userAgent) {
    var token = settings.values.token;
    return { method: "GET", url: updateUrl2(settings, address, queryValue(token)), headers: [{ name: "User-Agent", value: userAgent }], secrets: [token] };
  }
  function duckdnsOutcome(response, sent) {
    var lines = response.body.split("\n");
    for (var i = 0; i < lines.length; i++)
      lines[i] = lines[i].trim();
    var said = "answered " + (shownText(response.body) || "nothing") + " (HTTP " + response.status + ")";
    if (response.status !== 200 || lines[0] !== "OK" && lines[0] !== "KO")
      return result("failed", "", "HTTP " + response.status, said + ": not a DuckDNS answer");
    if (lines[0] === "KO") {
      return result("stopped", "", "KO", said + " (a wrong token, or a name the token does not own); not sent again until the settings of the section change", { stop: true });
    }
    var address = lines[1] ? shownText(lines[1]) : sent || "";
    var changed = lines[3] || "";
    if (changed === "NOCHANGE")
      return result("unchanged", address, "OK NOCHANGE", "already " + address + ": " + said + " NOCHANGE", { nochg: true });
    return result("updated", address, "OK" + (changed ? " " + changed : ""), "updated to " + (address || "the address the request came from") + ": " + said);
  }
  var duckdns = {
    describe: function(settings, address) {
      return ["GET " + updateUrl2(settings, address === "" ? null : address, MASK)];
    },
    update: function(job, tools) {
      var answer = tools.http(duckdnsRequest(job.settings, job.address, tools.userAgent), job.untilMs);
      if (!answer.ok)
        return result("failed", "", "no answer", answer.reason);
      return duckdnsOutcome(answer.response, job.address);
    }
  };

  // src:client/core/names/cloudflare.ts
  function base(settings) {
    return (settings.values.server || DEFAULT_SERVERS.cloudflare).replace(/\/+$/, "");
  }
  function call(method, url, settings, tools, body) {
    var request = {
      method: method,
      url: url,
      auth: { bearer: settings.values.token },
      headers: [{ name: "User-Agent", value: tools.userAgent }, { name: "Accept", value: "application/json" }]
    };
    if (body !== void 0) {
      request.body = jsonBody(body);
      request.headers.push({ name: "Content-Type", value: "application/json" });
    }
    return request;
  }
  function envelopeOf(response) {
    try {
      var data = JSON.parse(response.body);
      return data && typeof data === "object" && typeof data.success === "boolean" && data.errors instanceof Array ? data : null;
    } catch (e) {
      return null;
    }
  }
  function cloudflareFailure(response, what) {
    var envelope = envelopeOf(response);
    var first = envelope && envelope.errors.length ? envelope.errors[0] : null;
    var said = what + ": HTTP " + response.status + (first ? " " + first.code + " " + shownText(String(first.message)) : envelope ? "" : " " + shownText(response.body));
    var answer = "HTTP " + response.status + (first ? " " + first.code : "");
    if (response.status === 401 || response.status === 403 || response.status === 400 && first !== null && (first.code === 6003 || first.code === 9106)) {
      return result("stopped", "", answer, said + " (the token may not do this); not sent again until the settings of the section change", { stop: true });
    }
    if (response.status === 429) {
      var after = /^[0-9]{1,6}$/.test(response.headers["retry-after"] || "") ? parseInt(response.headers["retry-after"], 10) : 60;
      return result("waiting", "", answer, said + "; nothing is sent for " + after + " s", { waitMs: after * 1e3 });
    }
    return result("failed", "", answer, said);
  }
  function asked(tools, request, untilMs, what) {
    var answer = tools.http(request, untilMs);
    if (!answer.ok)
      return { ok: false, failure: result("failed", "", "no answer", answer.reason) };
    var envelope = envelopeOf(answer.response);
    if (answer.response.status >= 300 || !envelope || !envelope.success)
      return { ok: false, failure: cloudflareFailure(answer.response, what) };
    return { ok: true, result: envelope.result };
  }
  function recordBody(settings, address, create) {
    var body = create ? { type: "A", name: settings.name, content: address } : { content: address };
    if (settings.values.ttl || create)
      body.ttl = settings.values.ttl ? parseInt(settings.values.ttl, 10) : 1;
    if (settings.values.proxied || create)
      body.proxied = settings.values.proxied ? /^(true|yes|on|1)$/i.test(settings.values.proxied) : false;
    return body;
  }
  var cloudflare = {
    describe: function(settings, address) {
      var root = base(settings);
      var auth = "   (Authorization: Bearer " + MASK + ")";
      return [
        "GET " + root + "/zones?name=" + queryValue(zoneOf(settings)) + auth,
        "GET " + root + "/zones/<zone id>/dns_records?type=A&name=" + queryValue(settings.name),
        "PATCH " + root + "/zones/<zone id>/dns_records/<record id> " + JSON.stringify(recordBody(settings, address, false)) + " (when the A record is there and differs)",
        "POST " + root + "/zones/<zone id>/dns_records " + JSON.stringify(recordBody(settings, address, true)) + " (when there is none)"
      ];
    },
    update: function(job, tools) {
      var settings = job.settings;
      var address = job.address;
      var root = base(settings);
      var zone = zoneOf(settings);
      var zones = asked(tools, call("GET", root + "/zones?name=" + queryValue(zone), settings, tools), job.untilMs, "looking up the zone " + zone);
      if (!zones.ok)
        return zones.failure;
      var list = zones.result instanceof Array ? zones.result : [];
      if (!list.length || typeof list[0].id !== "string") {
        return result("stopped", "", "no zone", "the token sees no zone " + zone + "; not sent again until the settings of the section change", { stop: true });
      }
      var zoneUrl = root + "/zones/" + queryValue(list[0].id) + "/dns_records";
      var found = asked(tools, call("GET", zoneUrl + "?type=A&name=" + queryValue(settings.name), settings, tools), job.untilMs, "reading the A records of " + settings.name);
      if (!found.ok)
        return found.failure;
      var records = found.result instanceof Array ? found.result : [];
      if (records.length > 1) {
        return result("failed", "", "several A records", settings.name + " has " + records.length + " A records at Cloudflare; the module keeps one, so it changes none of them");
      }
      if (records.length === 1 && records[0].content === address) {
        return result("unchanged", address, "already there", "already " + address + " at Cloudflare: nothing written");
      }
      var wrote = records.length === 1 ? asked(tools, call("PATCH", zoneUrl + "/" + queryValue(records[0].id), settings, tools, recordBody(settings, address, false)), job.untilMs, "changing the A record") : asked(tools, call("POST", zoneUrl, settings, tools, recordBody(settings, address, true)), job.untilMs, "creating the A record");
      if (!wrote.ok)
        return wrote.failure;
      return result("updated", address, records.length === 1 ? "changed" : "created", (records.length === 1 ? "changed the A record to " : "created the A record ") + address + " at Cloudflare");
    }
  };

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
        var numbers = [];
        for (var k = 0; k < 5; k++)
          numbers.push(readU32(data, mailbox.next + 4 * k));
        return primary.name + " " + mailbox.name + " " + numbers.join(" ");
      }
    }
    return "\\# " + length + (length ? " " + toHex(data.substr(at, length)) : "");
  }
  function canonicalRdata(type, text) {
    var wire = encodeRdata(type, text);
    return wire === null ? null : decodeRdata(TYPE[type], wire, 0, wire.length);
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
  function sameRRset(current, wanted) {
    if (!current || !wanted)
      return current === wanted;
    if (normalName(current.name) !== normalName(wanted.name) || current.type !== wanted.type || current.ttl !== wanted.ttl)
      return false;
    var a = canonicalSet(current);
    var b = canonicalSet(wanted);
    return a !== null && b !== null && a.join("\n") === b.join("\n");
  }

  // src:client/core/names/rfc2136.ts
  var DEFAULT_DNS_PORT = 53;
  var DEFAULT_DNS_TTL = 300;
  function dnsSettings(settings, untilMs, nowMs) {
    var v = settings.values;
    return {
      server: v.server,
      port: v.port ? parseInt(v.port, 10) : DEFAULT_DNS_PORT,
      transport: v.transport && v.transport.toLowerCase() === "udp" ? "udp" : "tcp",
      key: { name: v.key, algorithm: "hmac-sha256", secret: decodeBase64(v.secret) },
      zone: zoneOf(settings),
      timeoutSeconds: Math.max(1e-3, (untilMs - nowMs) / 1e3)
    };
  }
  function ttlOf(settings) {
    return settings.values.ttl ? parseInt(settings.values.ttl, 10) : DEFAULT_DNS_TTL;
  }
  var STOP_REASON = /^(NOTAUTH|REFUSED|NOTZONE)\b/;
  var rfc2136 = {
    describe: function(settings, address) {
      var d = dnsSettings(settings, 1e3, 0);
      var to = d.server + " port " + d.port + " over " + d.transport.toUpperCase() + ", zone " + d.zone + ", TSIG key " + d.key.name + " (hmac-sha256, secret " + MASK + ")";
      return [
        "query " + settings.name + " (A, AAAA, MX, TXT, LOC, CNAME) at " + to,
        "UPDATE " + settings.name + " A " + address + " TTL " + ttlOf(settings) + ", on the prerequisite that the A set is still as read"
      ];
    },
    update: function(job, tools) {
      var settings = job.settings;
      var address = job.address;
      var dns = dnsSettings(settings, job.untilMs, tools.now());
      var read = tools.currentRecords(dns, [settings.name]);
      if (!read.ok)
        return result(STOP_REASON.test(read.reason) ? "stopped" : "failed", "", read.reason.split(":")[0], "reading " + settings.name + ": " + read.reason, { stop: STOP_REASON.test(read.reason) });
      var was = null;
      for (var i = 0; i < read.rrsets.length; i++)
        if (read.rrsets[i].type === "A")
          was = read.rrsets[i];
      var wanted = { name: settings.name, type: "A", ttl: ttlOf(settings), rdata: [address] };
      if (sameRRset(was, wanted))
        return result("unchanged", address, "already there", "already " + address + " at " + dns.server + ": nothing sent");
      if (was !== null && job.lastPublished !== null && !(was.rdata.length === 1 && was.rdata[0] === job.lastPublished)) {
        return result("stopped", "", "another writer", settings.name + " A is " + was.rdata.join(", ") + ", not " + job.lastPublished + " as this module published it: another tool keeps it, so it is not overwritten; not sent again until the settings of the section change", { stop: true });
      }
      dns.timeoutSeconds = Math.max(1e-3, (job.untilMs - tools.now()) / 1e3);
      var outcome = tools.publish(dns, { zone: dns.zone, changes: [{ name: settings.name, type: "A", rrset: wanted, was: was }] });
      if (outcome.ok)
        return result("updated", address, "NOERROR", "updated to " + address + " at " + dns.server);
      if (outcome.stale)
        return result("failed", "", outcome.reason.split(":")[0], "the A set changed while it was being updated (" + outcome.reason + "); it is read again next run");
      var stop = STOP_REASON.test(outcome.reason);
      return result(stop ? "stopped" : "failed", "", outcome.reason.split(":")[0], outcome.reason + (stop ? "; not sent again until the settings of the section change" : ""), { stop: stop });
    }
  };

  // src:client/core/names/runNames.ts
  var PROTOCOL_OF = { dyndns2: dyndns2, duckdns: duckdns, cloudflare: cloudflare, rfc2136: rfc2136 };
  function secretForms(secrets) {
    return requestSecrets({ method: "GET", url: "", secrets: secrets }, function() {
      return "";
    });
  }
  function nameOutput(out, prefix, secrets) {
    var forms = secretForms(secrets);
    function level(write) {
      return function(text) {
        write(hideSecrets(prefix + text, forms));
      };
    }
    return { print: level(out.print), info: level(out.info), debug: level(out.debug), warn: level(out.warn), error: level(out.error) };
  }
  function serverHost(settings) {
    if (settings.protocol === "rfc2136")
      return settings.values.server;
    var parsed = parseHttpUrl(settings.values.server || DEFAULT_SERVERS[settings.protocol]);
    return parsed.ok ? parsed.target.host : "";
  }
  function statusPath(env, name2) {
    return env.dataDir + statusFileName(name2);
  }
  function readNameStatus(env, out, path) {
    return readStatusFile(env.readFile, out, path, "", parseNameStatus);
  }
  function saveNameStatus(env, out, name2, status) {
    var path = statusPath(env, name2);
    var problem = env.writeWhole(path, serializeNameStatus(status));
    if (problem !== null)
      out.warn("could not write the status file " + path + " (" + problem + ")");
  }
  function when2(env, unixSeconds2) {
    var ms = unixSeconds2 * 1e3;
    return ago(ms, env.now()) + " (" + timestamp(ms, env.offsetMinutes(ms)) + ")";
  }
  var AT_RUN_TIME = "X0ADDRESS0X";
  function dryRunName(env, settings, out) {
    var sources = [];
    for (var i = 0; i < settings.address.length; i++)
      sources.push(sourceWord(settings.address[i]));
    var first = settings.address[0];
    var shown = first.kind === "literal" ? first.address : first.kind === "provider" ? "" : AT_RUN_TIME;
    var lines = [
      "dry run of [" + settings.section + "] (" + settings.path + "): " + settings.protocol + ", nothing is sent",
      "  address  " + sources.join(", ") + "   (" + settings.addressOrigin + "; the first that gives an IPv4 address" + (settings.checkip ? "; checkip " + settings.checkip : "") + ")",
      "  timeout  " + settings.timeout + " s for this name; sent again unchanged after " + settings.refreshDays + " days",
      "  status   " + statusPath(env, settings.name) + " (a run writes it; -n does not)"
    ];
    var requests = PROTOCOL_OF[settings.protocol].describe(settings, shown);
    for (var r = 0; r < requests.length; r++) {
      lines.push("  request  " + requests[r].split(AT_RUN_TIME).join("<address>") + (first.kind === "provider" ? "   (no address: the provider uses the one the request comes from)" : ""));
    }
    for (var l = 0; l < lines.length; l++)
      out.print(lines[l]);
    return EXIT_OK;
  }
  function statusName(env, settings, out) {
    var path = statusPath(env, settings.name);
    var status = readNameStatus(env, out, path);
    var lines = [];
    if (!status)
      lines.push("no run of dyndns.js recorded for " + settings.name + " in " + path);
    else {
      lines.push("status of " + settings.name + " (" + status.protocol + ", " + path + ")");
      var good = status.last_good;
      lines.push(good ? "  last update " + when2(env, good.time) + ": " + (good.address || "the address the request came from") + " (" + good.answer + ")" : "  last update: none recorded");
      lines.push(status.last_failure ? "  last failure " + when2(env, status.last_failure.time) + ": " + status.last_failure.message : "  last failure: none recorded");
      lines.push("  last run " + when2(env, status.last.time) + ": exit status " + status.last.exit + " after " + (status.last.duration_ms / 1e3).toFixed(1) + " s: " + status.last.message);
      if (status.stopped) {
        lines.push("  stopped after " + status.stopped.answer + " " + when2(env, status.stopped.time) + (status.stopped.fingerprint === settings.fingerprint ? ": nothing is sent until the settings of [" + settings.section + "] change" : "; the settings changed since, so the next run sends"));
      }
      if (status.not_before !== null && status.not_before * 1e3 > env.now())
        lines.push("  waiting: nothing is sent before " + timestamp(status.not_before * 1e3, env.offsetMinutes(status.not_before * 1e3)));
    }
    var dns = env.resolveAll(settings.name);
    lines.push(dns === null || !dns.length ? "DNS now: " + settings.name + " does not resolve" : "DNS now: " + settings.name + " resolves to " + dns.join(", "));
    for (var i = 0; i < lines.length; i++)
      out.print(lines[i]);
    return EXIT_OK;
  }
  function finish(env, out, settings, previous, startedAt, r, address) {
    var run2 = {
      time: Math.floor(startedAt / 1e3),
      duration_ms: Math.max(0, Math.round(env.now() - startedAt)),
      exit: r.exit,
      outcome: r.outcome,
      address: r.address || address,
      answer: r.answer,
      message: r.message
    };
    var effect = {};
    if (r.stop)
      effect.stop = true;
    if (r.waitMs !== void 0)
      effect.waitUntil = Math.ceil((env.now() + r.waitMs) / 1e3);
    if (r.nochg && address === "")
      effect.nochg = true;
    var next = nextNameStatus(previous, settings.name, settings.protocol, settings.fingerprint, run2, effect);
    if (r.exit === EXIT_OK)
      out.print(r.message);
    else
      out.error(r.message);
    if (next.nochg_in_a_row >= 2) {
      out.warn('the provider answered "no change" ' + next.nochg_in_a_row + " runs in a row for the address it found itself; providers take repeated no-change updates for abuse: set address to service or checkip, so that the module sends only when the address changes");
    }
    saveNameStatus(env, out, settings.name, next);
    return r.exit;
  }
  function updateName(env, settings, out) {
    var startedAt = env.now();
    var untilMs = startedAt + settings.timeout * 1e3;
    var previous = readNameStatus(env, out, statusPath(env, settings.name));
    var found = findAddress(settings, serverHost(settings), env, untilMs);
    for (var t = 0; t < found.tried.length; t++)
      out.info("address from " + found.tried[t]);
    if (!found.ok) {
      return finish(env, out, settings, previous, startedAt, {
        outcome: "failed",
        exit: 1,
        address: "",
        answer: "no address",
        message: "no address to publish: " + found.tried.join("; ")
      }, "");
    }
    var address = found.address;
    out.info("address " + (address === null ? "left to the provider" : address + " (from " + found.source + ")"));
    var decision = decide(previous, settings.fingerprint, address, env.now(), settings.refreshDays, function(s) {
      return when2(env, s);
    });
    if (!decision.send) {
      if (decision.exit === EXIT_OK)
        out.print(decision.message);
      else
        out.error(decision.message);
      var kept = nextNameStatus(previous, settings.name, settings.protocol, settings.fingerprint, {
        time: Math.floor(startedAt / 1e3),
        duration_ms: Math.max(0, Math.round(env.now() - startedAt)),
        exit: decision.exit,
        outcome: decision.outcome,
        address: address || "",
        answer: previous.last.answer,
        message: decision.message
      }, {});
      saveNameStatus(env, out, settings.name, kept);
      return decision.exit;
    }
    out.info("sending through " + settings.protocol);
    var lastPublished = previous && previous.fingerprint === settings.fingerprint && previous.last_good ? previous.last_good.address || null : null;
    var r = PROTOCOL_OF[settings.protocol].update({ settings: settings, address: address, untilMs: untilMs, lastPublished: lastPublished }, env);
    return finish(env, out, settings, previous, startedAt, r, address || "");
  }
  function runNames(sections, mode, env) {
    var worst = EXIT_OK;
    for (var i = 0; i < sections.length; i++) {
      var checked = checkNameSection(sections[i]);
      var exit2;
      if (!checked.ok) {
        env.out.error(checked.error);
        exit2 = EXIT_USAGE;
      } else {
        var settings = checked.settings;
        var out = nameOutput(env.out, settings.name + ": ", settings.secrets);
        if (mode === "dry")
          exit2 = dryRunName(env, settings, nameOutput(env.out, "", settings.secrets));
        else if (mode === "status")
          exit2 = statusName(env, settings, nameOutput(env.out, "", settings.secrets));
        else
          exit2 = updateName(env, settings, out);
      }
      if (exit2 > worst)
        worst = exit2;
    }
    return worst;
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
    return readStatusFile(env.readFile, out, path, replacing ? "; this run replaces it" : "", parseStatus);
  }
  function saveStatus(env, out, path, settings, ip6, result2, startedAt) {
    var previous = readStatus(env, out, path, true);
    var run2 = recordRun(settings, ip6, result2, startedAt, env.now());
    var problem = env.writeWhole(path, serializeStatus(nextStatus(previous, settings, run2)));
    if (problem !== null)
      out.warn("could not write the status file " + path + " (" + problem + ")");
  }
  function printAll(out, lines) {
    for (var i = 0; i < lines.length; i++)
      out.print(lines[i]);
    return EXIT_OK;
  }
  function statusPathOf(env, name2) {
    return env.dataDir + statusFileName(name2);
  }
  function showStatus(env, name2, out) {
    var path = statusPathOf(env, name2);
    return printAll(out, describeStatus({
      name: name2,
      path: path,
      status: readStatus(env, out, path, false),
      nowMs: env.now(),
      offsetMinutes: env.offsetMinutes,
      dns: env.resolveAll(name2)
    }));
  }
  function dryRun(env, settings, source, out) {
    var path = statusPathOf(env, ownName(settings.id, settings.domain));
    return printAll(out, describeDryRun(settings, buildAnswers(settings, settings.ip6), source, bindAddressFor(env.interfaceAddress), path));
  }
  function update(env, settings, out, startedAt) {
    var path = statusPathOf(env, ownName(settings.id, settings.domain));
    var ip6 = settings.ip6Auto ? findIpv6(env, settings, out) : settings.ip6;
    var result2 = runUpdate(settings, buildAnswers(settings, ip6), env.network(bindAddressFor(env.interfaceAddress), out), out, startedAt);
    saveStatus(env, out, path, settings, ip6, result2, startedAt);
    return result2;
  }
  function publishedAddress(env, settings, result2) {
    if (result2.outcome !== "updated")
      return null;
    if (settings.ip)
      return settings.ip;
    var all = env.resolveAll(ownName(settings.id, settings.domain)) || [];
    for (var i = 0; i < all.length; i++)
      if (isIpv4(all[i]))
        return all[i];
    return null;
  }
  function otherNames(env, host, sections, mode, out, first, service) {
    var worst = runNames(sections, mode, {
      out: out,
      dataDir: env.dataDir,
      readFile: env.readFile,
      writeWhole: env.writeWhole,
      resolveAll: env.resolveAll,
      offsetMinutes: env.offsetMinutes,
      now: env.now,
      http: host.http,
      currentRecords: host.currentRecords,
      publish: host.publish,
      userAgent: host.userAgent,
      interfaceAddress: host.interfaceAddress,
      serviceAddress: function() {
        return service;
      }
    });
    return Math.max(first, worst);
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
    var sections = env.names ? env.names.sections() : [];
    var mode = cmd.status ? "status" : cmd.dryRun ? "dry" : "update";
    var loaded = loadSettings(cmd, env.readSettingsFile(), env.system);
    for (var w = 0; w < loaded.warnings.length; w++)
      out.warn(loaded.warnings[w]);
    var exit2;
    var service = null;
    if (!loaded.ok) {
      if (sections.length && loaded.noPassword) {
        out.print("the " + (env.system.qwkId || "QWK-ID") + " name of the [dyndns] section is not updated: no password is set; the [dyndns:<name>] sections run without it");
        exit2 = EXIT_OK;
      } else {
        out.error(loaded.error);
        exit2 = EXIT_USAGE;
      }
    } else if (loaded.status)
      exit2 = showStatus(env, loaded.name, out);
    else if (cmd.dryRun)
      exit2 = dryRun(env, loaded.settings, loaded.source, out);
    else {
      var result2 = update(env, loaded.settings, out, startedAt);
      exit2 = result2.exit;
      service = publishedAddress(env, loaded.settings, result2);
    }
    if (!sections.length || !env.names)
      return exit2;
    return otherNames(env, env.names, sections, mode, out, exit2, service);
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
  function readNameSections() {
    var perModule = system.ctrl_dir + "modopts/" + SECTION + ".ini";
    var path = file_exists(perModule) ? perModule : file_cfgname(system.ctrl_dir, "modopts.ini");
    var file = openForReading(path);
    if (!file)
      return [];
    var found = [];
    var names = file.iniGetSections(NAME_SECTION_PREFIX) || [];
    for (var i = 0; i < names.length; i++) {
      var section = String(names[i]);
      var keys = file.iniGetKeys(section) || [];
      var entries = [];
      for (var k = 0; k < keys.length; k++)
        entries.push({ key: keys[k], value: file.iniGetValue(section, keys[k], "") });
      found.push({ section: section, entries: entries, path: path });
    }
    file.close();
    return found;
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
    function connect3(host, port, timeoutSeconds) {
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
          return connect3(host, port, timeoutSeconds);
        }
        var reason = connectFailure(sock, host, timeoutSeconds);
        sock.close();
        return { ok: false, reason: reason };
      }
      return { ok: true, connection: socketConnection(sock, MAX_LINE_LENGTH) };
    }
    return { now: now, connect: connect3 };
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
  function localIpv4Toward(host) {
    try {
      var sock = new Socket(SOCK_DGRAM, SOCKOPTS_SECTION, false);
      var address = sock.connect(host, 53, 1) ? sock.local_ip_address : void 0;
      sock.close();
      return address && isIpv4(String(address)) ? String(address) : null;
    } catch (e) {
      return null;
    }
  }

  // src:shared/host/tlsGuard.ts
  var GUARD_WORD = "--dyndns-tls-guard";
  var RELEASE = "release";
  var RELEASED = "released";
  var FIRED = "fired";
  var REPLY_WAIT_MS = 1e3;
  var MISMATCH = "mismatch";
  function parentQueue() {
    var queue = js.global.parent_queue;
    return queue && typeof queue.read === "function" ? queue : null;
  }
  function isGuardRun() {
    return argv.length === 4 && argv[0] === GUARD_WORD && parentQueue() !== null;
  }
  function identity(sock) {
    return sock.local_port + " " + sock.remote_ip_address + " " + sock.remote_port;
  }
  function runGuard() {
    var queue = parentQueue();
    if (!queue)
      return;
    var descriptor = parseInt(argv[1], 10);
    var waitMs = parseInt(argv[2], 10);
    if (queue.read(waitMs) === RELEASE) {
      queue.write(RELEASED);
      return;
    }
    var wrapped = new Socket(true, descriptor);
    if (identity(wrapped) !== argv[3]) {
      queue.write(MISMATCH);
      return;
    }
    wrapped.close();
    queue.write(FIRED);
  }
  function startGuard(script, sock, waitMs) {
    var queue;
    try {
      queue = load(true, script, GUARD_WORD, String(sock.descriptor), String(Math.max(1, Math.floor(waitMs))), identity(sock));
    } catch (e) {
      return "could not start the TLS handshake guard (" + script + "): " + e;
    }
    return {
      release: function() {
        queue.write(RELEASE);
        for (var until = now() + REPLY_WAIT_MS; now() < until; ) {
          var reply = queue.read(REPLY_WAIT_MS);
          if (reply === RELEASED)
            return true;
          if (reply === FIRED || reply === MISMATCH)
            return false;
        }
        return false;
      }
    };
  }

  // src:shared/core/http/response.ts
  var STATUS_LINE = /^HTTP\/1\.[0-9] ([1-9][0-9]{2})(?: (.*))?$/;
  var HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;
  var CHUNK_SIZE = /^([0-9A-Fa-f]{1,8})[ \t]*(;.*)?$/;
  var HEAD_END = /\r?\n\r?\n/;
  var MAX_LINE = 1024;
  function more() {
    return { kind: "more" };
  }
  function bad2(reason) {
    return { kind: "bad", reason: reason };
  }
  function parseHeaders(lines) {
    var headers = {};
    var last = "";
    for (var i = 0; i < lines.length; i++) {
      var line = lines[i];
      if (/^[ \t]/.test(line) && last) {
        headers[last] += " " + line.replace(/^[ \t]+|[ \t]+$/g, "");
        continue;
      }
      var m = HEADER_LINE.exec(line);
      if (!m)
        return null;
      last = m[1].toLowerCase();
      headers[last] = headers.hasOwnProperty(last) ? headers[last] + ", " + m[2] : m[2];
    }
    return headers;
  }
  function contentLength(value) {
    var values = value.split(",");
    var length = -1;
    for (var i = 0; i < values.length; i++) {
      var text = values[i].replace(/^[ \t]+|[ \t]+$/g, "");
      if (!/^[0-9]{1,15}$/.test(text))
        return -1;
      var n = parseInt(text, 10);
      if (length >= 0 && n !== length)
        return -1;
      length = n;
    }
    return length;
  }
  function firstLine(buffer) {
    var lf = buffer.indexOf("\n");
    if (lf < 0)
      return null;
    var line = buffer.slice(0, lf);
    return { line: line.charAt(line.length - 1) === "\r" ? line.slice(0, -1) : line, rest: buffer.slice(lf + 1) };
  }
  function createResponseParser(maxBytes, headRequest) {
    var buffer = "";
    var received = 0;
    var phase = "head";
    var left = 0;
    var status = 0;
    var statusText = "";
    var headers = {};
    var body = "";
    var outcome = null;
    function finish2(result2) {
      outcome = result2;
      return result2;
    }
    function done() {
      return finish2({ kind: "done", response: { status: status, statusText: statusText, headers: headers, body: body } });
    }
    function tooLarge() {
      return finish2(bad2("the answer is larger than " + maxBytes + " bytes"));
    }
    function startBody() {
      if (headRequest || status === 204 || status === 304)
        return done();
      var coding = headers["transfer-encoding"];
      if (coding !== void 0) {
        phase = /(^|,)[ \t]*chunked[ \t]*$/i.test(coding) ? "chunk-size" : "close";
        return null;
      }
      var length = headers["content-length"];
      if (length === void 0) {
        phase = "close";
        return null;
      }
      left = contentLength(length);
      if (left < 0)
        return finish2(bad2("the answer's Content-Length is not one number"));
      if (left > maxBytes)
        return tooLarge();
      phase = "length";
      return null;
    }
    function readHead() {
      var end = HEAD_END.exec(buffer);
      if (!end)
        return more();
      var lines = buffer.slice(0, end.index).split(/\r?\n/);
      buffer = buffer.slice(end.index + end[0].length);
      var m = STATUS_LINE.exec(lines[0]);
      if (!m)
        return finish2(bad2("the answer does not start with an HTTP/1.x status line"));
      status = parseInt(m[1], 10);
      statusText = m[2] || "";
      var parsed = parseHeaders(lines.slice(1));
      if (!parsed)
        return finish2(bad2("the answer has a header line that is not 'name: value'"));
      headers = parsed;
      if (status === 101)
        return finish2(bad2("the server switched protocols (101), which was not asked for"));
      if (status < 200)
        return null;
      return startBody();
    }
    function readChunkSize() {
      var next = firstLine(buffer);
      if (!next)
        return buffer.length > MAX_LINE ? finish2(bad2("a chunk size line is too long")) : more();
      var m = CHUNK_SIZE.exec(next.line);
      if (!m)
        return finish2(bad2("a chunk size is not a hexadecimal number"));
      buffer = next.rest;
      left = parseInt(m[1], 16);
      if (body.length + left > maxBytes)
        return tooLarge();
      phase = left === 0 ? "trailers" : "chunk-data";
      return null;
    }
    function readChunkEnd() {
      if (buffer === "" || buffer === "\r")
        return more();
      var end = buffer.slice(0, 2) === "\r\n" ? 2 : buffer.charAt(0) === "\n" ? 1 : 0;
      if (!end)
        return finish2(bad2("a chunk is not followed by a line break"));
      buffer = buffer.slice(end);
      phase = "chunk-size";
      return null;
    }
    function readTrailers() {
      var next = firstLine(buffer);
      if (!next)
        return buffer.length > MAX_LINE ? finish2(bad2("a trailer line is too long")) : more();
      buffer = next.rest;
      return next.line === "" ? done() : null;
    }
    function advance() {
      for (; ; ) {
        var step;
        if (phase === "head")
          step = readHead();
        else if (phase === "length") {
          if (buffer.length < left)
            return more();
          body = buffer.slice(0, left);
          return done();
        } else if (phase === "chunk-size")
          step = readChunkSize();
        else if (phase === "chunk-data") {
          var take = buffer.slice(0, left);
          body += take;
          left -= take.length;
          buffer = buffer.slice(take.length);
          if (left > 0)
            return more();
          phase = "chunk-end";
          step = null;
        } else if (phase === "chunk-end")
          step = readChunkEnd();
        else if (phase === "trailers")
          step = readTrailers();
        else {
          body += buffer;
          buffer = "";
          return more();
        }
        if (step)
          return step;
      }
    }
    function unfinished() {
      if (received === 0)
        return "the server closed the connection without answering";
      if (phase === "head")
        return "the server closed the connection in the middle of the answer's headers";
      if (phase === "length")
        return "the server closed the connection after " + buffer.length + " of the body's " + left + " bytes";
      return "the server closed the connection in the middle of the chunked body";
    }
    return {
      push: function(chunk) {
        if (outcome)
          return outcome;
        var taken = chunk.slice(0, maxBytes - received);
        received += taken.length;
        buffer += taken;
        var progress = advance();
        return progress.kind === "more" && taken.length < chunk.length ? tooLarge() : progress;
      },
      end: function() {
        if (outcome)
          return outcome;
        if (phase === "close")
          return done();
        return finish2(bad2(unfinished()));
      },
      received: function() {
        return received;
      }
    };
  }

  // src:shared/host/https.ts
  var SOCK_STREAM2 = 1;
  var SOCKOPTS_SECTION2 = "dyndns";
  var POLL_SLICE_MS2 = 1e3;
  var RECV_BYTES = 16384;
  var FIRST_NAMEVERIFY_VERSION = 32101;
  var TLS_FAILURE_DELAY_MS = 3e3;
  var DEFAULT_MAX_RESPONSE_BYTES = 65536;
  function base64(bytes) {
    return base64_encode(bytes) || "";
  }
  function connect(target, untilMs) {
    var sock;
    try {
      sock = new Socket(SOCK_STREAM2, SOCKOPTS_SECTION2, isIpv6(target.host));
    } catch (e) {
      return { ok: false, reason: "could not get a socket: " + e };
    }
    var timeoutSeconds = Math.max(1e-3, (untilMs - now()) / 1e3);
    if (!sock.connect(target.host, target.port, Number(timeoutSeconds))) {
      var reason = connectFailure(sock, target.host, Math.round(timeoutSeconds * 10) / 10);
      sock.close();
      return { ok: false, reason: reason };
    }
    return { ok: true, sock: sock };
  }
  function sendAll(sock, text, untilMs) {
    while (text.length > 0) {
      var left = untilMs - now();
      if (left <= 0)
        return "could not send the request before the deadline";
      var ready = sock.poll(Math.min(left, POLL_SLICE_MS2) / 1e3, true);
      if (ready < 0)
        return "could not send the request: " + describeSocketError(sock);
      if (ready === 0)
        continue;
      var sent = sock.send(text);
      if (sent === void 0 || sent <= 0)
        return "could not send the request: " + describeSocketError(sock);
      text = text.slice(sent);
    }
    return null;
  }
  function secureSend(sock, target, text, untilMs, options) {
    var budget = untilMs - TLS_FAILURE_DELAY_MS - now();
    if (budget <= 0) {
      return "no time left for a TLS handshake (it needs up to " + seconds(TLS_FAILURE_DELAY_MS) + " s before the deadline, the time cryptlib may wait after a failure)";
    }
    if (options.checkName) {
      if (system.version_num < FIRST_NAMEVERIFY_VERSION)
        return "checking the certificate's name needs Synchronet 3.21b or later";
      sock.tls_nameverify = true;
      sock.tls_enhanced_certcheck = true;
    }
    var guard = startGuard(options.guardScript, sock, budget);
    if (typeof guard === "string")
      return guard;
    var secured = false;
    var reason = null;
    try {
      sock.ssl_session = true;
      secured = sock.ssl_session;
      if (secured)
        reason = sendAll(sock, text, untilMs - TLS_FAILURE_DELAY_MS);
    } finally {
      var fired = !guard.release();
    }
    if (!secured) {
      if (fired)
        return "no TLS handshake within " + seconds(budget) + " s";
      return "the TLS handshake failed" + (options.checkName ? " (or the certificate does not name " + target.host + ")" : "");
    }
    if (fired)
      return "the TLS connection was shut down at the deadline";
    return reason;
  }
  function receive(sock, tls, parser, untilMs) {
    var readable = false;
    for (; ; ) {
      var left = untilMs - now();
      if (left <= 0)
        return { kind: "more" };
      var progress;
      var chunk = sock.recv(RECV_BYTES, 0);
      if (chunk === null) {
        if (!tls)
          return { kind: "bad", reason: "the connection failed: " + describeSocketError(sock) };
        progress = parser.end();
      } else if (chunk !== "") {
        progress = parser.push(chunk);
      } else if (readable && !tls) {
        progress = parser.end();
      } else {
        var ready = sock.poll(Math.min(left, POLL_SLICE_MS2) / 1e3);
        if (ready < 0 && !tls)
          return { kind: "bad", reason: "the connection failed: " + describeSocketError(sock) };
        if (ready >= 0) {
          readable = ready > 0;
          continue;
        }
        progress = parser.end();
      }
      readable = false;
      if (progress.kind !== "more")
        return progress;
    }
  }
  function httpRequest(request, untilMs, options) {
    var secrets = requestSecrets(request, base64);
    function failure(where2, reason) {
      return { ok: false, reason: hideSecrets(where2 + reason, secrets) };
    }
    var started = now();
    var parsed = parseHttpUrl(request.url);
    if (!parsed.ok)
      return failure("", parsed.reason);
    var target = parsed.target;
    var where = origin(target) + ": ";
    var text = requestText(request, target, base64);
    if (!text.ok)
      return failure(where, text.reason);
    var connected = connect(target, untilMs);
    if (!connected.ok)
      return failure(where, connected.reason);
    var sock = connected.sock;
    try {
      var sent = target.tls ? secureSend(sock, target, text.text, untilMs, options) : sendAll(sock, text.text, untilMs);
      if (sent !== null)
        return failure(where, sent);
      var parser = createResponseParser(options.maxResponseBytes || DEFAULT_MAX_RESPONSE_BYTES, request.method === "HEAD");
      var progress = receive(sock, target.tls, parser, untilMs);
      if (progress.kind === "done")
        return { ok: true, response: progress.response };
      if (progress.kind === "bad")
        return failure(where, progress.reason);
      return failure(where, "no complete answer within " + seconds(now() - started) + " s (" + parser.received() + " bytes came)");
    } finally {
      sock.close();
    }
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
    var required = [];
    var updates = [];
    for (var i = 0; i < plan.changes.length; i++) {
      var change = plan.changes[i];
      var name2 = normalName(change.name);
      required = required.concat(prerequisites(name2, change.type, change.was));
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
      answers: required,
      authority: updates,
      additional: []
    };
    return encodeMessage(message);
  }

  // src:shared/host/dnsServer.ts
  var SOCK_STREAM3 = 1;
  var SOCK_DGRAM2 = 2;
  var UDP_LIMIT = 512;
  var POLL_SLICE_MS3 = 1e3;
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
  function connect2(exchange, type) {
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
      var ready = sock.poll(Math.min(left, POLL_SLICE_MS3) / 1e3);
      if (ready !== 0)
        return ready;
    }
  }
  function sendAll2(sock, data) {
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
    var open = type === SOCK_STREAM3 ? exchange.tcp : exchange.udp;
    if (open)
      return { ok: true, sock: open };
    var connected = connect2(exchange, type);
    if (connected.ok && type === SOCK_STREAM3)
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
    var socket = socketOf(exchange, SOCK_STREAM3);
    if (!socket.ok)
      return socket;
    var sock = socket.sock;
    var wire = "";
    for (var i = 0; i < requests.length; i++)
      wire += u16(requests[i].wire.length) + requests[i].wire;
    if (!sendAll2(sock, wire))
      return { ok: false, reason: "could not send to " + exchange.where + ": " + describeSocketError(sock) };
    var data = [];
    for (var missing2 = requests.length; missing2 > 0; ) {
      var prefix = receiveExactly(exchange, sock, 2);
      if (!prefix.ok)
        return prefix;
      var message = receiveExactly(exchange, sock, readU16(prefix.data, 0));
      if (!message.ok)
        return message;
      var at = answering(requests, message.data);
      if (at >= 0 && data[at] === void 0) {
        data[at] = message.data;
        missing2--;
      }
    }
    return { ok: true, data: data };
  }
  function askUdp(exchange, requests) {
    var socket = socketOf(exchange, SOCK_DGRAM2);
    if (!socket.ok)
      return socket;
    var sock = socket.sock;
    var data = [];
    var missing2 = requests.length;
    var resendAt = 0;
    while (missing2 > 0) {
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
      missing2--;
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
    var asked2 = [];
    var requests = [];
    var first = messageId();
    for (var i = 0; i < names.length; i++) {
      for (var t = 0; t < asking.length; t++) {
        asked2.push({ name: names[i], type: asking[t] });
        var id = (first + requests.length) % 65536;
        requests.push(signRequest(encodeQuery(names[i], asking[t], id), settings.key, unixSeconds()));
      }
    }
    try {
      var answered = askAll(exchange, requests, QUERY, QUERY_ACCEPTS);
      if (!answered.ok)
        return { ok: false, reason: answered.reason };
      for (var q = 0; q < asked2.length; q++) {
        var answer = answered.answers[q];
        var rrset = rrsetIn(answer.data, answer.parsed.message, asked2[q].name, asked2[q].type);
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
  function resolveAll(name2) {
    var addresses = resolve_ip(name2, true);
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
      },
      names: {
        sections: readNameSections,
        // HTTPS through Synchronet's own TLS; the handshake guard is this very script (docs/https-from-synchronet.md).
        http: function(request, untilMs) {
          return httpRequest(request, untilMs, { guardScript: js.exec_path });
        },
        currentRecords: currentRecords,
        publish: publish,
        now: now,
        userAgent: "Synchronet - dyndns.js - " + VERSION,
        interfaceAddress: function(toward) {
          var bbs = interfaceAddress();
          return bbs !== null && isIpv4(bbs) && bbs !== "0.0.0.0" ? bbs : localIpv4Toward(toward);
        }
      }
    };
    try {
      return run(env);
    } catch (e) {
      out.error("internal error: " + e + " (please report it)");
      return EXIT_FAILED;
    }
  }
  if (isGuardRun())
    runGuard();
  else
    exit(main());
})();
