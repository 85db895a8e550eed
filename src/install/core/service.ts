import { DEFAULT_PORT } from "../../shared/core/protocol";

/** The services.ini section of the DynDNS service, as install-xtrn.ini installs it. */
export var SERVICE_SECTION = "DynDNS";
export var SERVICE_SCRIPT = "dyndns-service.js";

export interface ServiceKeys {
  [key: string]: string | number | boolean;
}

/**
 * The keys to write into services.ini, or null to leave it as it is. A new
 * section is enabled only when the sysop said yes; an existing one is only
 * ever switched on, never off or rewritten, so running the installer again
 * loses nothing.
 */
export function serviceKeys(exists: boolean, enable: boolean, command: string): ServiceKeys | null {
  if (!exists) return { Port: DEFAULT_PORT, Command: command, Options: "NO_HOST_LOOKUP", Enabled: enable };
  return enable ? { Enabled: true } : null;
}
