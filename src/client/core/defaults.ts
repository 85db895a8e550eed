/** Seconds the whole run may take (modopts `timeout`). */
export var DEFAULT_TIMEOUT = 60;
export var MIN_TIMEOUT = 2;
export var MAX_TIMEOUT = 600;

/** No single connect or wait for a server line takes more than this many seconds... */
export var MAX_WAIT = 10;
/** ...nor more than this share of the run, so that a dead host leaves time for the next. */
export var WAIT_SHARE = 4;

/** A full session is 9 prompts and `ok`: this leaves room for new prompts and messages. */
export var MAX_LINES = 32;

export var MIN_TTL = 30;
export var MAX_TTL = 604800;
export var MAX_HOSTS = 16;
