/** The module's exit statuses, as the README lists them. */
export var EXIT_OK = 0;
/** Rejected by the service, or no server could be used in time. */
export var EXIT_FAILED = 1;
/** Bad command line or settings: nothing was sent. */
export var EXIT_USAGE = 2;
