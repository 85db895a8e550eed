var FILE_NAME = "dyndns-service.log";

/** The audit log: one JSON line per session, appended to <logs_dir>dyndns-service.log. */
export function auditLogPath(): string {
  return system.logs_dir + FILE_NAME;
}

export function appendAuditLine(line: string): string | null {
  var path = auditLogPath();
  var file = new File(path);
  if (!file.open("a") && !(mkpath(system.logs_dir) && file.open("a"))) return "cannot open " + path + " (error " + file.error + ")";
  var wrote = file.write(line + "\n");
  file.close();
  return wrote ? null : "could not write to " + path;
}
