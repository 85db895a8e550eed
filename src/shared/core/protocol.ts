/**
 * The DynDNS update protocol both halves speak (docs/PROTOCOL.md): the service sends
 * these prompts one line each, the client answers each with one line, and the
 * service ends with `ok` or one line of error text.
 */
export var PROMPTS = ["id?", "pw?", "ip?", "ip6?", "mx?", "txt?", "loc?", "wc?", "ttl?"];
export var OK = "ok";

/** The answer to each prompt, keyed by the prompt ("id?" ...). */
export interface Answers {
  [prompt: string]: string;
}

/**
 * The longest TXT answer either half takes: one DNS <character-string> (RFC 1035 3.3),
 * which is what the service publishes the text as.
 */
export var MAX_TXT = 255;

/**
 * Bytes of one line that either half reads: the client keeps that much of a server
 * line and drops the rest of it; the service refuses a longer answer (the longest
 * valid one, TXT, is MAX_TXT).
 */
export var MAX_LINE_LENGTH = 512;

/** The service's TCP port. */
export var DEFAULT_PORT = 8467;
/** The DynDNS service on Vertrauen: every name is the same host. */
export var DEFAULT_HOSTS = ["dyndns.synchro.net", "rob.synchro.net", "bbs.synchro.net", "cvs.synchro.net"];
/** Where Vertrauen publishes the names: `<qwk-id>.synchro.net`. */
export var DEFAULT_DOMAIN = "synchro.net";
