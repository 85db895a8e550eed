/**
 * The dyndns2 protocol (Dyn's and No-IP's update API, docs/PROTOCOL.md): the words a
 * server answers with, one line per host name (`badauth` and `badagent` once for the
 * whole request), and the limits and paths every client knows.
 */

/** The update was made: `good <address>`. */
export var GOOD = "good";
/** Nothing to change: `nochg <address>`. Clients that keep sending these are abusing the server. */
export var NOCHG = "nochg";
/** The user name and password do not name an account that may update names. */
export var BADAUTH = "badauth";
/** The client sent no User-Agent (or one that is blocked). */
export var BADAGENT = "badagent";
/** The host name is not a fully qualified domain name. */
export var NOTFQDN = "notfqdn";
/** The host name is not one this account may update. */
export var NOHOST = "nohost";
/** Too many host names in one request. */
export var NUMHOST = "numhost";
/** The host is blocked for a while: the client updates too often, or keeps sending what is already there. */
export var ABUSE = "abuse";
/** A DNS error on the server's side (or an address it cannot publish). */
export var DNSERR = "dnserr";
/** A problem on the server's side: try again later (No-IP: wait 30 minutes). */
export var SERVER_ERROR = "911";

/** Host names in one request, at most (Dyn's limit). */
export var MAX_HOSTNAMES = 20;

/** The path every client has built in, and where routers and clients learn their public address. */
export var UPDATE_PATH = "/nic/update";
export var CHECKIP_PATH = "/nic/checkip";
/** What clients search a checkip page for, as checkip.dyndns.org writes it: "Current IP Address: 203.0.113.7". */
export var CHECKIP_LABEL = "Current IP Address: ";
