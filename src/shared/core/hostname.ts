var LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/** One DNS label (RFC 1123): what `-hn` names under synchro.net. */
export function isDnsLabel(text: string): boolean {
  return LABEL.test(text);
}

/** A fully written host name: labels separated by dots, one trailing dot allowed. */
export function isHostName(text: string): boolean {
  var name = text.charAt(text.length - 1) === "." ? text.slice(0, -1) : text;
  if (name.length === 0 || name.length > 253) return false;
  var labels = name.split(".");
  for (var i = 0; i < labels.length; i++) {
    if (!isDnsLabel(labels[i])) return false;
  }
  // An all-numeric last label would read as an IPv4 address, not a name.
  return !/^[0-9]+$/.test(labels[labels.length - 1]);
}

/** A host name of at least two labels (`mail.example.com`, not `mail`): what an MX must point at. */
export function isFullyQualified(text: string): boolean {
  return isHostName(text) && text.replace(/\.$/, "").indexOf(".") > 0;
}
