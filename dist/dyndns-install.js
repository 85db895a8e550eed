/* dyndns-install.js: install steps of the Synchronet DynDNS client, version 1.0.0
 * Run by Synchronet's installer for install-xtrn.ini beside it: jsexec install-xtrn <this directory>.
 * usage: [pre-exec:dyndns-install.js event|password], [exec:dyndns-install.js service|web] (install-xtrn.ini)
 * Generated from src/ by build.mjs: edit the TypeScript, not this file.
 */
(function() {
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

  // src:install/core/existingEvent.ts
  var PLACEHOLDER = "YOURPASS";
  var RUNS_DYNDNS = /^\?dyndns(\.js)?$/i;
  function readExistingEvent(cmd, runsFromHere) {
    var words = cmd.replace(/^\s+|\s+$/g, "").split(/\s+/);
    if (!RUNS_DYNDNS.test(words[0]))
      return { replace: false, ours: false, reason: "it runs " + words[0] + ", not ?dyndns" };
    if (runsFromHere)
      return { replace: false, ours: true, reason: "it already runs this module from this directory" };
    var args = words.slice(1);
    if (args.length === 0)
      return { replace: true, password: null };
    var word = args[0];
    if (args.length === 1 && word.charAt(0) !== "-" && !isIpv4(word)) {
      return { replace: true, password: word === PLACEHOLDER ? null : word };
    }
    return { replace: false, ours: false, reason: "its command line has options of its own" };
  }

  // src:install/host/installer.ts
  function findEvent(code) {
    for (var key in xtrn_area.event) {
      if (key.toUpperCase() === code)
        return xtrn_area.event[key];
    }
    return void 0;
  }
  function replaceExistingEvents() {
    var options = js.global.options;
    if (!options || typeof options !== "object")
      return false;
    options.overwrite = true;
    return true;
  }
  function ask(question) {
    return prompt(question);
  }
  function askNo(question) {
    return deny(question) === false;
  }
  function installDir() {
    return backslash(fullpath(js.exec_dir));
  }
  function startsHere(event) {
    var dir = String(event.startup_dir);
    return dir !== "" && backslash(fullpath(dir)).toLowerCase() === installDir().toLowerCase();
  }
  function relativeToExec(dir) {
    var relpath = load({}, "relpath.js");
    return relpath.get(system.exec_dir, dir);
  }

  // src:install/host/event.ts
  function prepareEvent() {
    var event = findEvent("DYNDNS");
    if (!event)
      return;
    var existing = readExistingEvent(String(event.cmd), startsHere(event));
    if (existing.replace && replaceExistingEvents()) {
      print("The DYNDNS timed event that runs dyndns.js will be replaced by this module's (its password, if any, goes to ctrl/modopts.ini).");
    } else if (!existing.replace && existing.ours) {
      print("The DYNDNS timed event already runs this module from " + installDir() + ": kept as it is.");
    } else if (!existing.replace) {
      print("ctrl/xtrn.ini has a DYNDNS timed event of your own (" + existing.reason + "): the installer leaves it unless you say so. To run this module from it, set its command line to ?dyndns with your options and its startup directory to " + installDir());
    } else {
      alert("cannot replace the DYNDNS timed event (install-xtrn.js has no options object): run install-xtrn with -overwrite");
    }
  }

  // src:shared/core/text.ts
  function hasControl(text) {
    return /[\x00-\x1f\x7f]/.test(text);
  }

  // src:install/core/password.ts
  function passwordQuestion(qwkId, hasCurrent, fromEvent) {
    var question = "Password of the QWKnet account " + qwkId + " on Vertrauen";
    if (hasCurrent)
      return question + " (Enter keeps the current one)";
    if (fromEvent)
      return question + " (Enter moves the one on the DYNDNS event's command line)";
    return question;
  }
  function choosePassword(answer, hasCurrent, fromEvent) {
    var typed = answer === null ? "" : answer.replace(/^\s+|\s+$/g, "");
    if (hasControl(typed))
      return { error: "password: control characters are not allowed (nothing written)" };
    if (typed)
      return { write: typed };
    if (hasCurrent)
      return { keep: true };
    if (fromEvent)
      return { write: fromEvent };
    return { none: true };
  }

  // src:install/host/password.ts
  function currentPassword() {
    var value = load("modopts.js", "dyndns", "password", "");
    return value === void 0 || value === null ? "" : String(value);
  }
  function eventPassword() {
    var event = findEvent("DYNDNS");
    if (!event)
      return null;
    var existing = readExistingEvent(String(event.cmd), startsHere(event));
    return existing.replace ? existing.password : null;
  }
  function writePassword(password) {
    var perModule = system.ctrl_dir + "modopts/dyndns.ini";
    var own = file_exists(perModule);
    var file = new File(own ? perModule : file_cfgname(system.ctrl_dir, "modopts.ini"));
    var where = (own ? "" : "[dyndns] of ") + file.name;
    if (!file.open(file.exists ? "r+" : "w+")) {
      alert("password: cannot open " + file.name + " (error " + file.error + "); nothing written");
      return;
    }
    var written = file.iniSetValue(own ? null : "dyndns", "password", password) === true;
    file.close();
    if (!written)
      alert("password: could not write it to " + where);
    else if (!own && currentPassword() !== password)
      alert("password: written to " + where + ", but the module reads another [dyndns] first (in ctrl/modopts.d/): put it there");
    else
      print("Password written to " + where);
  }
  function setPassword() {
    var hasCurrent = currentPassword() !== "";
    var fromEvent = eventPassword();
    var choice = choosePassword(ask(passwordQuestion(String(system.qwk_id), hasCurrent, fromEvent)), hasCurrent, fromEvent);
    if ("write" in choice)
      writePassword(choice.write);
    else if ("error" in choice)
      alert(choice.error);
    else if ("none" in choice)
      alert("password: none set; the DYNDNS event fails until you set password in [dyndns] of ctrl/modopts.ini");
  }

  // src:shared/core/protocol.ts
  var DEFAULT_PORT = 8467;

  // src:install/core/service.ts
  var SERVICE_SECTION = "DynDNS";
  var SERVICE_SCRIPT = "dyndns-service.js";
  function serviceKeys(exists, enable, command) {
    if (!exists)
      return { Port: DEFAULT_PORT, Command: command, Options: "NO_HOST_LOOKUP", Enabled: enable };
    return enable ? { Enabled: true } : null;
  }

  // src:install/host/service.ts
  function installService() {
    var dir = installDir();
    var enable = askNo("Run the DynDNS service on port " + DEFAULT_PORT + " too (only for a BBS network's own name service; it needs [dyndns_service] in ctrl/modopts.ini)");
    var file = new File(file_cfgname(system.ctrl_dir, "services.ini"));
    if (!file.open(file.exists ? "r+" : "w+")) {
      alert("DynDNS service: cannot open " + file.name + " (error " + file.error + "); nothing written");
      return;
    }
    var keys = serviceKeys(file.iniGetObject(SERVICE_SECTION) !== null, enable, relativeToExec(dir) + SERVICE_SCRIPT);
    var written = true;
    for (var key in keys) {
      if (keys.hasOwnProperty(key))
        written = file.iniSetValue(SERVICE_SECTION, key, keys[key]) === true && written;
    }
    file.close();
    if (!written)
      alert("DynDNS service: could not write [" + SERVICE_SECTION + "] of " + file.name);
    else if (keys)
      print("[" + SERVICE_SECTION + "] of " + file.name + ": " + (keys.Enabled ? "enabled" : "disabled (set Enabled = true to run it)"));
    if (enable && !file_exists(dir + SERVICE_SCRIPT))
      alert("DynDNS service: " + dir + SERVICE_SCRIPT + " is missing: copy it there");
  }

  // src:shared/core/dyndns2.ts
  var UPDATE_PATH = "/nic/update";

  // src:install/core/web.ts
  var WEB_DIRECTORY = "nic/";
  var WEB_FILES = ["index.ssjs", "webctrl.ini"];
  var ENDPOINT_MARK = "dyndns2 endpoint of the Synchronet DynDNS service";
  var DEFAULT_WEB_ROOT = "../web/root";
  function webRoot(ctrlDir, rootDirectory) {
    var dir = rootDirectory.replace(/^\s+|\s+$/g, "") || DEFAULT_WEB_ROOT;
    return /^([A-Za-z]:)?[\\/]/.test(dir) ? dir : ctrlDir + dir;
  }
  function foreignFiles(existing) {
    var foreign = [];
    for (var i = 0; i < WEB_FILES.length; i++) {
      var text = existing[WEB_FILES[i]];
      if (text !== null && text !== void 0 && text.indexOf(ENDPOINT_MARK) < 0)
        foreign.push(WEB_FILES[i]);
    }
    return foreign;
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

  // src:install/host/web.ts
  function webRootDir() {
    var file = new File(file_cfgname(system.ctrl_dir, "sbbs.ini"));
    var rootDirectory = DEFAULT_WEB_ROOT;
    if (file.open("r", true)) {
      rootDirectory = String(file.iniGetValue("Web", "RootDirectory", DEFAULT_WEB_ROOT));
      file.close();
    }
    return backslash(fullpath(webRoot(system.ctrl_dir, rootDirectory)));
  }
  function installWeb() {
    var source = installDir() + WEB_DIRECTORY;
    if (!askNo("Serve the dyndns2 endpoint (" + UPDATE_PATH + ") from the web server too (only for a network's hub, for members' routers, ddclient and inadyn; it needs [dyndns_service] in ctrl/modopts.ini)"))
      return;
    var target = webRootDir() + WEB_DIRECTORY;
    var existing = {};
    for (var i = 0; i < WEB_FILES.length; i++) {
      if (!file_exists(source + WEB_FILES[i])) {
        alert("dyndns2 endpoint: " + source + WEB_FILES[i] + " is missing: copy dist/nic/ there as nic/; nothing installed");
        return;
      }
      var found = readWholeFile(target + WEB_FILES[i], "r");
      existing[WEB_FILES[i]] = found.kind === "text" ? found.text : found.kind === "missing" ? null : "";
    }
    var foreign = foreignFiles(existing);
    if (foreign.length) {
      alert("dyndns2 endpoint: " + target + foreign.join(" and " + target) + (foreign.length > 1 ? " are not" : " is not") + " this endpoint's: nothing installed (move it away, then run the installer again)");
      return;
    }
    if (!mkpath(target)) {
      alert("dyndns2 endpoint: cannot make " + target + "; nothing installed");
      return;
    }
    for (var f = 0; f < WEB_FILES.length; f++) {
      if (!file_copy(source + WEB_FILES[f], target + WEB_FILES[f])) {
        alert("dyndns2 endpoint: could not copy " + source + WEB_FILES[f] + " to " + target);
        return;
      }
    }
    print("dyndns2 endpoint installed in " + target + " (" + UPDATE_PATH + " and /nic/checkip of the web server)");
  }

  // src:install/main.ts
  var STEPS = { event: prepareEvent, password: setPassword, service: installService, web: installWeb };
  var step = argc > 0 ? String(argv[0]) : "";
  if (STEPS.hasOwnProperty(step))
    STEPS[step]();
  else {
    alert("dyndns-install.js: step '" + step + "': unknown (expected event, password, service or web; install-xtrn.js runs it from install-xtrn.ini)");
    exit(2);
  }
})();
