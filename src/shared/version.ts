declare var __VERSION__: string;

/** Replaced by build.mjs from package.json. */
export var VERSION: string = __VERSION__;
