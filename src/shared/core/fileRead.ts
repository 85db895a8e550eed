/** A file as the host found it: absent, there but not readable, or its text (bytes as chars). */
export type FileRead = { kind: "missing" } | { kind: "unreadable" } | { kind: "text"; text: string };
