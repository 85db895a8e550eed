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
 * Bytes of one line that either half reads: the client keeps that much of a server
 * line and drops the rest of it; the service refuses a longer answer (the longest
 * valid one, TXT, is 255).
 */
export var MAX_LINE_LENGTH = 512;

/** The service's TCP port. */
export var DEFAULT_PORT = 8467;
/** The DynDNS service on Vertrauen: every name is the same host. */
export var DEFAULT_HOSTS = ["dyndns.synchro.net", "rob.synchro.net", "bbs.synchro.net", "cvs.synchro.net"];
/** Where Vertrauen publishes the names: `<qwk-id>.synchro.net`. */
export var DEFAULT_DOMAIN = "synchro.net";
