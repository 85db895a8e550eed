/**
 * The DynDNS update protocol both halves speak (PROTOCOL.md): the service sends
 * these prompts one line each, the client answers each with one line, and the
 * service ends with `ok` or one line of error text.
 */
export var PROMPTS = ["id?", "pw?", "ip?", "ip6?", "mx?", "txt?", "loc?", "wc?", "ttl?"];
export var OK = "ok";
/** The service's TCP port. */
export var DEFAULT_PORT = 8467;
