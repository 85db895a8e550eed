/** Seconds the whole run may take (modopts `timeout`). */
export var DEFAULT_TIMEOUT = 60;
export var MIN_TIMEOUT = 2;
export var MAX_TIMEOUT = 600;

export var MIN_TTL = 30;
export var MAX_TTL = 604800;
export var MAX_HOSTS = 16;
