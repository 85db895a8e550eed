import { run, Environment } from "./core/app";
import { EXIT_FAILED } from "./core/exitStatus";
import { VERSION } from "../shared/version";
import { synchronetOutput } from "./host/output";
import { readNameSections, readSettingsFile } from "./host/settingsFile";
import { localIpv4Toward, localIpv6Addresses, synchronetNetwork } from "./host/network";
import { isGuardRun, runGuard } from "../shared/host/tlsGuard";
import { httpRequest } from "../shared/host/https";
import { currentRecords, publish } from "../shared/host/dnsServer";
import { HttpRequest } from "../shared/core/http/request";
import { isIpv4 } from "../shared/core/ipv4";
import { now } from "../shared/host/clock";
import { readWholeFile, writeWhole } from "../shared/host/files";

/** Only a `server` object says we run inside the BBS (a timed event); `this.server` would not. */
function interfaceAddress(): string | null {
  return typeof server !== "undefined" && server && server.interface_ip_address
    ? String(server.interface_ip_address) : null;
}

function argumentList(): string[] {
  var list: string[] = [];
  for (var i = 0; i < argc; i++) list.push(String(argv[i]));
  return list;
}

/** resolve_ip: getaddrinfo with AI_ADDRCONFIG, every address when asked for an array; null when it does not resolve. */
function resolveAll(name: string): string[] | null {
  var addresses = resolve_ip(name, true);
  return addresses ? addresses.slice(0) : null;
}

function main(): number {
  var out = synchronetOutput();
  var env: Environment = {
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
    readFile: function (path: string) { return readWholeFile(path, "rb"); },
    writeWhole: writeWhole,
    resolveAll: resolveAll,
    offsetMinutes: function (ms: number): number { return -new Date(ms).getTimezoneOffset(); },
    names: {
      sections: readNameSections,
      // HTTPS through Synchronet's own TLS; the handshake guard is this very script (docs/https-from-synchronet.md).
      http: function (request: HttpRequest, untilMs: number) { return httpRequest(request, untilMs, { guardScript: js.exec_path }); },
      currentRecords: currentRecords,
      publish: publish,
      now: now,
      userAgent: "Synchronet - dyndns.js - " + VERSION,
      interfaceAddress: function (toward: string): string | null {
        var bbs = interfaceAddress();
        return bbs !== null && isIpv4(bbs) && bbs !== "0.0.0.0" ? bbs : localIpv4Toward(toward);
      },
    },
  };
  try {
    return run(env);
  } catch (e) {
    out.error("internal error: " + e + " (please report it)");
    return EXIT_FAILED;
  }
}

// Loaded again in the background by itself, this script is the TLS handshake guard, and only that.
if (isGuardRun()) runGuard();
else exit(main());
