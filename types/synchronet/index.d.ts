// Ambient typings for the JavaScript host objects of Synchronet BBS: jsexec,
// the terminal server's timed events and modules, the services and web
// servers; v3.19 through v3.22 (SpiderMonkey 1.8.5) and 3.30a (the next-js
// branch at commit 4031252c3a, SpiderMonkey 128).
//
// Script-style declaration file: no top-level import/export, ES5 types only.
// Every declaration below was checked against the C++ bindings in the public
// SynchronetBBS/sbbs repository (src/sbbs3/js_*.cpp, jsexec.cpp, main.cpp);
// see README.md for the exact files and for what is deliberately left out.
//
// Conventions used in the comments:
//   "3.20d+"  the member first appears in that release, and 3.30a has it too.
//   "3.22 only"  in 3.22 (master) and not in 3.30a (next-js branched before it
//             came): typed as possibly absent, so code checks before use.
//   "3.30a:"  what 3.30a does otherwise (read from next-js's C++ and its
//             docs/sm185_to_sm128_incompatibilities.md, and run on it).
//   "trap"    behaviour that surprises people reading only the method name.
// 3.30a adds nothing to the members declared here; it lacks a few (below, and
// the SQLite class, which is not declared).
// Host integer arguments are converted with JS_ValueToInt32: pass plain
// integers (1.8.5 rounds and throws on NaN; 3.30a's SpiderMonkey 128
// truncates: src/sbbs3/js_shims.hpp).
// Strings cross into C one byte per UTF-16 unit and come back as Latin-1, so
// socket and file data are "byte strings".

/** Type-only helpers for the Synchronet host API (this namespace emits no code). */
declare namespace Synchronet {
    /**
     * A value as `File.iniGetObject()` / `iniGetAllObjects()` / `iniGetValue()`
     * without a default coerce it: all-digit text becomes an (unsigned) number,
     * digits with one `.` a float, `0x`-prefixed hex a number, `true`/`false`
     * (any case) a boolean, an empty value `undefined` (or `""` when `blanks`
     * is requested), everything else stays a string. `"0123"` reads as 123.
     * Numbers of 2^32 and more wrap on 1.8.5 (`"12345678901"` reads as
     * 3755744309); 3.30a: they do not.
     */
    type IniValue = string | number | boolean | undefined;

    /** One `.ini` section as an object of coerced values. */
    interface IniSection {
        [key: string]: IniValue;
    }

    /** A default accepted by `File.iniGetValue()` that yields a string list. */
    type IniListDefault = null | readonly unknown[] | { [key: string]: unknown };

    /** Something `File.iniSetValue()` can store. */
    type IniSettable = string | number | boolean | Date | readonly (string | number)[];

    /** Event names accepted by `Socket.on()` / `once()` / `clearOn()` / `clearOnce()`. */
    type SocketEvent = "read" | "write";

    /**
     * What `Socket.recvfrom()` returns on success. Note that `port` is a
     * **string** (the C++ formats it with `%u`), unlike `Socket.remote_port`.
     */
    interface RecvFromResult<T> {
        /** The datagram text, or the decoded integer in binary mode. */
        data: T;
        /** Sender's address, textual (IPv4 dotted quad or IPv6). */
        ip_address: string;
        /** Sender's port number as a decimal string. */
        port: string;
    }

    /** Options object (third argument) of `new ConnectedSocket()`. */
    interface ConnectedSocketOptions {
        /** Address family: 0 (`PF_UNSPEC`, default: try every family), `Socket.PF_INET` or `Socket.PF_INET6`. */
        domain?: number;
        /** Socket type: 1 = TCP (default), 2 = UDP. */
        type?: number;
        /** IP protocol number, default 0. */
        proto?: number;
        /** Seconds to wait for each address's connect attempt, default 10 (integer). */
        timeout?: number;
        /** `ctrl/sockopts.ini` section to apply (protocol/service name). */
        protocol?: string;
        /** Local source port (number or service name) to bind before connecting. */
        bindport?: number | string;
        /** Local source address(es); the first IPv4 and first IPv6 entry are used for their family. */
        bindaddrs?: string | readonly string[];
    }

    /** Options object (fourth argument) of `new ListeningSocket()`. */
    interface ListeningSocketOptions {
        /** Address family, default 0 (`PF_UNSPEC`). */
        domain?: number;
        /** Socket type: 1 = TCP (default), 2 = UDP. */
        type?: number;
        /** IP protocol number, default 0. */
        proto?: number;
        /** How many times to retry a failed bind, default 0. */
        retry_count?: number;
        /** Seconds between bind retries, default 15. */
        retry_delay?: number;
    }

    /**
     * `new ConnectedSocket(host, port [, options])` (3.17+): resolves `host`,
     * opens a fresh socket per candidate address (any family) and connects
     * with a per-address timeout. **Throws** (rather than returning false)
     * when no address connects or the port is invalid.
     *
     * The object it returns is a plain `Socket` (`instanceof ConnectedSocket`
     * is false), already connected.
     */
    interface ConnectedSocketConstructor {
        new (host: string, port: number | string, options?: ConnectedSocketOptions): Socket;
        readonly prototype: Socket;
    }

    /**
     * `new ListeningSocket(interfaces, port, protocol [, options])` (3.17+):
     * binds and listens on every listed interface (each may carry a `:port`
     * suffix; `port` is used otherwise). `protocol` names the
     * `ctrl/sockopts.ini` section and is used in log lines. Throws on failure.
     * The result is a plain `Socket` wrapping the whole set: use `poll()` and
     * `accept()`; `descriptor` is `INVALID_SOCKET` for it.
     */
    interface ListeningSocketConstructor {
        new (
            interfaces: string | readonly string[],
            port: number | string,
            protocol: string,
            options?: ListeningSocketOptions
        ): Socket;
        readonly prototype: Socket;
    }

    /** A scope object (the global object, `js.scope`, a `load()` scope). */
    interface Scope {
        [name: string]: unknown;
    }

    /** The `system.stats` object: cached system-wide counters (all read-only). */
    interface SystemStats {
        readonly total_logons: number;
        readonly logons_today: number;
        readonly total_timeon: number;
        readonly timeon_today: number;
        readonly total_files: number;
        readonly files_uploaded_today: number;
        readonly bytes_uploaded_today: number;
        readonly files_downloaded_today: number;
        readonly bytes_downloaded_today: number;
        readonly total_messages: number;
        readonly messages_posted_today: number;
        readonly total_email: number;
        readonly email_sent_today: number;
        readonly total_feedback: number;
        readonly feedback_sent_today: number;
        readonly total_users: number;
        readonly new_users_today: number;
        /** How many node records have been read through this object (3.17+). */
        readonly node_gets: number;
    }

    /**
     * The global `system` object (js_system.cpp): configuration and version
     * facts about the running BBS. Present in every context (jsexec, events,
     * servers). Directory properties end with a path separator.
     *
     * The version/build strings (`version`, `revision`, `full_version`,
     * `platform`, ...) and `host_name`, `socket_lib`, `uptime` are ordinary
     * data properties the engine would let you overwrite; they are typed
     * read-only here because overwriting them is always a mistake.
     */
    interface System {
        /** BBS name. */
        readonly name: string;
        /** Sysop (operator) name. */
        readonly operator: string;
        /** Whether the sysop is available for chat; writable (3.18+). */
        operator_available: boolean;
        /** Default Guru (AI) name (3.20+). */
        readonly guru: string;
        /** QWK packet ID of this system. */
        readonly qwk_id: string;
        /** `SYS_*` settings bit-flags (see sbbsdefs.js); writable. */
        settings: number;
        /** `LOGIN_*` login control bit-flags (3.20+); writable. */
        login_settings: number;
        /** Internet host or domain name configured for the BBS (SCFG). */
        readonly inet_addr: string;
        /** Older alias of `inet_addr` (not enumerated). */
        readonly inetaddr: string;
        /** City/state location string. */
        readonly location: string;
        /** Local time zone in SMB format (see `zonestr()`). */
        readonly timezone: number;
        /** Minutes east of UTC (negative = west) (3.20+). */
        readonly tz_offset: number;
        /** Date order: 0 month first, 1 day first, 2 year first (3.20+). */
        readonly date_format: number;
        /** Short-date field separator character (3.20+). */
        readonly date_separator: string;
        /** Month shown as a word in short dates (3.20+). */
        readonly date_verbal: boolean;
        /** Birth date format, e.g. "MM/DD/YYYY" (3.20+). */
        readonly birthdate_format: string;
        /** Birth date input template (3.20+). */
        readonly birthdate_template: string;
        /** Phone number input template (3.21+). */
        readonly phonenumber_template: string;
        /** Days between forced password changes (0 = never). */
        readonly pwdays: number;
        /** Minimum user password length (3.17+). */
        readonly min_password_length: number;
        /** Maximum user password length (3.17+). */
        readonly max_password_length: number;
        /** Days deleted user records are kept before reuse. */
        readonly deldays: number;
        /** Days of inactivity before automatic user deletion (0 = off) (3.17+). */
        readonly autodel: number;
        /** Highest user record number in use (includes deleted records). */
        readonly last_user: number;
        /** Alias of `last_user`. */
        readonly lastuser: number;
        /** Name of the last user to log off. */
        readonly last_useron: string;
        /** Alias of `last_useron`. */
        readonly lastuseron: string;
        /** Free space on the temp directory's disk, in bytes. */
        readonly freediskspace: number;
        /** Free space on the temp directory's disk, in KiB. */
        readonly freediskspacek: number;
        /** Number of terminal server nodes configured. */
        readonly nodes: number;
        /** Highest displayable node number. */
        readonly last_node: number;
        /** Alias of `last_node`. */
        readonly lastnode: number;
        /** Whether the MQTT broker connection is enabled (3.20+). */
        readonly mqtt_enabled: boolean;

        readonly newuser_password: string;
        readonly newuser_magic_word: string;
        readonly newuser_level: number;
        readonly newuser_flags1: number;
        readonly newuser_flags2: number;
        readonly newuser_flags3: number;
        readonly newuser_flags4: number;
        readonly newuser_restrictions: number;
        readonly newuser_exemptions: number;
        readonly newuser_credits: number;
        readonly newuser_minutes: number;
        /** Internal code of the default shell; `undefined` if misconfigured. */
        readonly newuser_command_shell: string | undefined;
        readonly newuser_editor: string;
        readonly newuser_settings: number;
        /** Default transfer protocol command key (one character). */
        readonly newuser_download_protocol: string;
        readonly newuser_expiration_days: number;
        readonly newuser_questions: number;
        readonly expired_level: number;
        readonly expired_flags1: number;
        readonly expired_flags2: number;
        readonly expired_flags3: number;
        readonly expired_flags4: number;
        readonly expired_restrictions: number;
        readonly expired_exemptions: number;

        /** Current node's directory (BBS contexts). */
        readonly node_dir: string;
        /** `ctrl/` directory (configuration files). */
        readonly ctrl_dir: string;
        /** `data/` directory, with its trailing slash (where modules keep state files). */
        readonly data_dir: string;
        /** `text/` directory. */
        readonly text_dir: string;
        /** Temporary file directory. */
        readonly temp_dir: string;
        /** `exec/` directory (stock scripts). */
        readonly exec_dir: string;
        /** `mods/` directory; may be `""` when not configured. */
        readonly mods_dir: string;
        /** Log file directory. */
        readonly logs_dir: string;
        /** The platform's null device (e.g. "/dev/null"). */
        readonly devnull: string;
        /** The platform's temporary directory (e.g. "/tmp/"). */
        readonly temp_path: string;
        /** The platform's command shell. */
        readonly cmd_shell: string;
        /** Elapsed clock ticks (milliseconds). */
        readonly clock_ticks: number;
        /** Always 1000. */
        readonly clock_ticks_per_second: number;
        /** High-resolution timer in (fractional) seconds; use differences only. */
        readonly timer: number;
        /** Cache lifetime of `stats` in seconds (3.21+); writable. */
        stats_interval: number;
        /** This machine's own host name (gethostname()). */
        readonly local_host_name: string;
        /** DNS servers in use, as address strings (3.18+). */
        readonly name_servers: string[];

        /**
         * Public host name: jsexec `-h` option, or the `[BBS]` host name from
         * sbbs.ini in the servers; otherwise the same as `inet_addr`.
         */
        readonly host_name: string;
        /** Socket library description. */
        readonly socket_lib: string;
        /** Time the host came up (Unix seconds). */
        readonly uptime: number;
        /** Version number text, e.g. "3.22"; "3.30" on 3.30a. */
        readonly version: string;
        /** Revision letter, e.g. "a". */
        readonly revision: string;
        /** Beta designation (may be empty). */
        readonly beta_version: string;
        /** Version + revision (+ beta, + " Debug" on debug builds), e.g. "3.22a", "3.30a". */
        readonly full_version: string;
        /** Version notice including platform. */
        readonly version_notice: string;
        /** Decimal version, e.g. 32200 for 3.22, 33000 for 3.30. */
        readonly version_num: number;
        /** Hexadecimal-coded version, e.g. 0x32200, 0x33000. */
        readonly version_hex: number;
        readonly git_branch: string;
        readonly git_hash: string;
        readonly git_date: string;
        /** Commit time, Unix seconds. */
        readonly git_time: number;
        /**
         * Platform name (xpdev's PLATFORM_DESC): "Linux", "Win32", "Win64", "FreeBSD", "OpenBSD",
         * "NetBSD", "MacOSX" or "macOS", "Solaris", "SunOS", "GNU/Hurd", "Haiku", "Unix"...
         */
        readonly platform: string;
        /** CPU architecture, e.g. "x86_64". */
        readonly architecture: string;
        readonly msgbase_lib: string;
        readonly compiled_with: string;
        readonly compiled_when: string;
        readonly copyright: string;
        /** JavaScript engine version string (same as `js.version`). */
        readonly js_version: string;
        readonly os_version: string;
        /** FidoNet addresses of this system, as text. */
        readonly fido_addr_list: string[];
        /** Cached system statistics. */
        readonly stats: SystemStats;

        /** Name of the user with the given record number, `""` if none. */
        username(user_number: number): string;
        /** Real user name for an alias listed in `ctrl/alias.cfg`. */
        alias(alias: string): string;
        /** Exact name/alias lookup; returns the user number or 0. `sysop_alias` defaults to true. */
        matchuser(name: string, sysop_alias?: boolean): number;
        /** True if `text` matches a pattern in `text/<basename>.can`. */
        trashcan(basename: string, text: string): boolean;
        /** True if `text` matches a pattern in the given `.can`-format file or pattern list. */
        findstr(path_or_patterns: string | readonly string[], text: string): boolean;
        /** Time zone as text; defaults to the system zone. Passing `null`/`undefined` explicitly throws. */
        zonestr(): string;
        zonestr(timezone: number): string;
        /** Formats a Unix time (default: now) as a time string. Explicit `null`/`undefined` throws. */
        timestr(): string;
        timestr(time: number): string;
        /**
         * Formats a Unix time (default: now) as a short date; given a date
         * **string** it parses it and returns Unix seconds instead.
         */
        datestr(): string;
        datestr(time: number): string;
        datestr(date: string): number;
        /** Formats a duration in seconds as `hh:mm:ss` (verbose by default). */
        secondstr(seconds: number, verbose?: boolean): string;
        /** Runs a native shell command line; returns its exit status (0 = success). */
        exec(command_line: string): number;
        /** Runs a shell command line and returns its output lines (Unix only). */
        popen(command_line: string): string[];
        /** True if `name` is acceptable (and, unless `unique` is false, unused) as a new user name (3.15+). */
        check_name(name: string, unique?: boolean): boolean;
        /** True if a process with this ID is running (3.15+). */
        check_pid(pid: number): boolean;
        /** Kills the process with this ID; true on success (3.15+). */
        terminate_pid(pid: number): boolean;
        /** A `ctrl/text.dat` string by 1-based index or by ID (IDs 3.20+); `null` if invalid. */
        text(index_or_id: number | string): string | null;
    }

    /**
     * The `server` object (js_server.cpp): facts about the hosting server.
     * Exists in the servers and in timed events run by the terminal server;
     * **absent under jsexec**.
     */
    interface Server {
        /** Server name and version. */
        readonly version: string;
        /** Detailed build information, if the server provides it. */
        readonly version_detail: string | undefined;
        /**
         * The first configured interface entry containing a `.`, cut at its
         * first `:` (js_server.cpp `js_server_get`: `strchr(ipv4, ':')`, the same
         * in tag sbbs319b): `"1.2.3.4:23"` gives `"1.2.3.4"`, but an IPv6 entry
         * with a dot (`"::ffff:1.2.3.4"`) gives `""`. `"255.255.255.255"` when
         * no entry has a dot; the default configuration yields `"0.0.0.0"`
         * (= any). Obsolete since 3.17: prefer `interface_ip_addr_list`.
         */
        readonly interface_ip_address: string;
        /**
         * Every configured interface address (ports and brackets removed),
         * frozen. Read-only in practice (3.17+).
         */
        readonly interface_ip_addr_list: readonly string[];
        /** Server-specific startup option bits; writable; `undefined` if the server has none. */
        options: number | undefined;
        /** Number of active clients, if the server tracks it. */
        readonly clients: number | undefined;
    }

    /**
     * The web server's request of a server-side script (`.ssjs`), `http_request`
     * (websrvr.cpp `js_setup_cx`, `js_add_request_prop`, `js_add_header`,
     * `js_add_queryval`), read-only. Strings as the request had them.
     */
    interface HttpRequest {
        /** "GET", "POST", "HEAD"... */
        readonly method: string;
        /** What follows the script's own path, URL-decoded (with PathInfoIndex: `/update` for `/nic/update`); "" when nothing does. */
        readonly path_info: string;
        /** The script's path below the web root: `/nic/index.ssjs`, also for `/nic/update` (PathInfoIndex). */
        readonly virtual_path: string;
        readonly real_path: string;
        /**
         * The request's URI, path and query as sent (websrvr.cpp `req.request_line`): `/nic/update?hostname=a`;
         * the index script's path (`/nic/index.ssjs`) when the request named the directory.
         */
        readonly request_string: string;
        /** The raw query string; absent when the request has none. */
        readonly query_string?: string;
        /** Each query parameter (decoded) mapped to its values in request order: `a=1&a=2` is `{ a: ["1", "2"] }`; a comma list stays one value. */
        readonly query: { readonly [name: string]: readonly string[] };
        /** Request headers by lower-case name. */
        readonly header: { readonly [lowerCaseName: string]: string };
        readonly host: string;
        readonly vhost: string;
        readonly http_ver: string;
        /** The address the request came from. */
        readonly remote_ip: string;
        readonly remote_host: string;
        readonly ars: string;
    }

    /** The reply of a server-side script, `http_reply` (websrvr.cpp `js_setup_cx`): sent when the script ends. */
    interface HttpReply {
        /** The status line's code and words, "200 OK" by default. */
        status: string;
        /** Reply headers by name; `Content-Type` is "text/html" by default. */
        header: { [name: string]: string };
    }

    /**
     * The `client` object of a per-connection service (js_client.cpp,
     * services.cpp `js_initcx`): the TCP session the services server accepted.
     * Every property is read-only.
     */
    interface Client {
        /** The client's IPv4 or IPv6 address, as text. */
        readonly ip_address: string;
        /** The client's host name, or `"<no name>"` when the service has `NO_HOST_LOOKUP` or the lookup found none. */
        readonly host_name: string;
        /** The client's TCP (or UDP) port. */
        readonly port: number;
        /** When the connection was accepted (Unix seconds). */
        readonly connect_time: number;
        /** The service's protocol name (its services.ini section, or its `Protocol` key). */
        readonly protocol: string;
        /** The logged-in user's alias; `"<unknown user>"` until `login()` succeeds. */
        readonly user_name: string;
        /** The logged-in user's number, 0 until `login()` succeeds (3.17+). */
        readonly user_number: number;
        /**
         * The accepted connection. Its `close()` only shuts the connection
         * down (the descriptor belongs to the server, which closes it when the
         * script ends).
         */
        readonly socket: Socket;
    }

    /** The `security` object of a `User` (js_user.cpp): every property is writable and saved to the user record. */
    interface UserSecurity {
        /** The password (Synchronet stores it upper-cased; comparisons ignore case). */
        password: string;
        /** When the password was last changed (Unix seconds). */
        password_date: number;
        /** Security level 0-99 (90 and above: sysop). */
        level: number;
        flags1: number;
        flags2: number;
        flags3: number;
        flags4: number;
        /** `UFLAG_*` exemption bits (userdefs.js). */
        exemptions: number;
        /** `UFLAG_*` restriction bits (userdefs.js); `UFLAG_Q` (1<<16) marks a QWK network node account. */
        restrictions: number;
        credits: number;
        free_credits: number;
        minutes: number;
        extra_time: number;
        /** Unix seconds, 0 = never. */
        expiration_date: number;
        /** Unix seconds (3.20+). */
        readonly deletion_date: number;
    }

    /**
     * A user record (js_user.cpp): the global `user`, or `new User(number)`.
     * Only the most used properties are declared here; writable ones are
     * saved to the user database when assigned.
     */
    interface User {
        /** User number (1-based; 0 = none). Assigning another number loads that record. */
        number: number;
        alias: string;
        name: string;
        handle: string;
        note: string;
        /** Address of the user's last connection. */
        ip_address: string;
        host_name: string;
        comment: string;
        location: string;
        /** `USER_*` settings bits. */
        settings: number;
        readonly security: UserSecurity;
        /** Security level 90 or above (3.15+). */
        readonly is_sysop: boolean;
        /** Guest account (3.21+). */
        readonly is_guest: boolean;
        /** Neither deleted nor inactive (3.21+). */
        readonly is_active: boolean;
    }

    /**
     * The `js` object (js_internal.cpp): control of the script engine and
     * information about the running script.
     */
    interface JsObject {
        /** Engine version string: "JavaScript-C 1.8.5 2011-03-31" on 1.8.5; 3.30a: "JavaScript-C128.14.0". */
        readonly version: string;
        /**
         * When true (default), a termination request (SIGINT/SIGTERM under
         * jsexec, server shutdown, client hang-up) stops the script at the
         * next engine callback. It is not checked inside blocking host calls
         * such as `Socket.connect()` or `recvline()`.
         */
        auto_terminate: boolean;
        /**
         * Stop the script when its client disconnects (servers only) (3.22 only). 3.30a: absent,
         * and its servers never stop a script for that; a script may still assign it (an
         * ordinary property then, to no effect).
         */
        terminate_on_disconnect?: boolean;
        /** True once termination has been requested: poll this in long loops. Writable. */
        terminated: boolean;
        /** Number of operation callbacks run so far (3.16+); writable. */
        counter: number;
        /** Older alias of `counter`. */
        branch_counter: number;
        /** Operation-callback budget used for infinite-loop detection (0 = none) (3.16+). */
        time_limit: number;
        /** Older alias of `time_limit`. */
        branch_limit: number;
        /** Callbacks between time-slice yields (0 = never). */
        yield_interval: number;
        /** Callbacks between garbage-collection attempts (0 = never). */
        gc_interval: number;
        /** Garbage collections attempted so far. */
        readonly gc_attempts: number;
        /**
         * The global object (3.14+). In the default event context of 3.19 to 3.22 the script's own
         * scope is a child of it (so `this.server` is undefined there although `server` resolves);
         * 3.30a: a timed event runs in the global itself (`this === js.global === js.scope`).
         */
        readonly global: Scope;
        /** Engine option flags (3.18+). */
        readonly options: number;
        /** Keep servicing timers/socket callbacks after the script body ends (3.19+). */
        do_callbacks: boolean;
        /** Full path of the script being run. */
        readonly exec_path: string;
        /** File name of the script being run. */
        readonly exec_file: string;
        /** Directory of the script being run, with a trailing separator. */
        readonly exec_dir: string;
        /** Configured startup directory, or `""`. */
        readonly startup_dir: string;
        /** The script's top-level scope (where `exit()` stores `exit_code`). */
        readonly scope: Scope;
        /** Sub-directories (of mods/ then exec/) that `load()` searches; writable list. */
        load_path_list: string[];

        /** Evaluates source text in a new, isolated context and returns the result (3.11+). */
        eval(script: string): unknown;
        /** Runs the garbage collector; `forced` defaults to true. */
        gc(forced?: boolean): void;
        /**
         * Queues source text to evaluate when the script ends, including via
         * `exit()` (last queued runs first).
         */
        on_exit(code: string): void;
        /** Reports an error message with file/line information; `fatal` true also stops the script. */
        report_error(error: unknown, fatal: true): never;
        report_error(error: unknown, fatal?: boolean): void;
        /** Flattens a concatenated string in memory (3.16+). */
        flatten_string(value: string): void;
        /**
         * Runs another script in `scope` (its own `exit()` does not stop the
         * caller). Returns the script's completion value, its `exit_code` if
         * it called `exit()`, or the exception it threw (3.17+).
         */
        exec(filename: string, scope: object, ...args: unknown[]): unknown;
        exec(filename: string, startup_dir: string, scope: object, ...args: unknown[]): unknown;
        /** Calls `callback` once after `ms` milliseconds; returns an id for `clearTimeout()` (3.19+). */
        setTimeout(callback: () => void, ms: number, thisObj?: object): number;
        /** Calls `callback` every `ms` milliseconds; returns an id for `clearInterval()` (3.19+). */
        setInterval(callback: () => void, ms: number, thisObj?: object): number;
        clearTimeout(id: number): void;
        clearInterval(id: number): void;
        /** Registers a listener for `dispatchEvent(name)`; returns its id (3.19+). */
        addEventListener(name: string, callback: () => void): number;
        /** Removes listeners by id or by event name (3.19+). */
        removeEventListener(id_or_name: number | string): void;
        /** Queues every listener of `name` (3.19+). */
        dispatchEvent(name: string, thisObj?: object): void;
        /** Queues `callback` to run after pending events (3.19+). */
        setImmediate(callback: () => void, thisObj?: object): void;
    }

    /**
     * One timed event of `xtrn_area.event` (js_xtrn_area.cpp, `js_event_properties`):
     * the configuration the host loaded at start, read-only.
     */
    interface TimedEvent {
        /** Command line, e.g. `"?dyndns.js YOURPASS"`. */
        readonly cmd: string;
        /** Startup directory (`""` = none). */
        readonly startup_dir: string;
        readonly node_num: number;
        /** Minutes after midnight (daily events). */
        readonly time: number;
        /** Minutes between runs; 0 = daily at `time`. */
        readonly freq: number;
        /** Days of the week, bit 0 = Sunday (255 = every day). */
        readonly days: number;
        readonly mdays: number;
        readonly months: number;
        /** Unix time of the last run (0 = never). */
        readonly last_run: number;
        /** Unix time of the next run (3.18b+). */
        readonly next_run: number;
        /** Log level of a non-zero result (3.18b+). */
        readonly error_level: number;
        /** `EVENT_*` bits (sbbsdefs.js): 4 = run after init, 8 = disabled. */
        readonly settings: number;
    }

    /** The `xtrn_area` object (js_xtrn_area.cpp); only `event` is declared here. */
    interface XtrnArea {
        /**
         * Every timed event by internal code. Trap: look codes up without regard
         * to case: 3.22a (xtrn.ini) gives `"dyndns"` for `[event:DYNDNS]`.
         */
        readonly event: { readonly [code: string]: TimedEvent | undefined };
    }
}

// ---------------------------------------------------------------------------
// Socket (js_socket.cpp)
// ---------------------------------------------------------------------------

/**
 * A BSD socket (TCP or UDP, IPv4 or IPv6), optionally TLS via `ssl_session`.
 *
 * Failure is reported through return values (`false`, `null`, `undefined`,
 * -1) plus the `error`/`error_str` properties; methods rarely throw.
 * `SOCK_STREAM`/`SOCK_DGRAM` are **not** globals: use 1/2, the
 * `Socket.SOCK_*` statics (3.20d+, beware `SOCK_DGRAM`) or `load("sockdefs.js")`.
 * The statics are defined in js_socket.cpp `js_CreateSocketClass`: `AF_INET`,
 * `AF_INET6`, `PF_INET`, `PF_INET6` since 3.18b (tag sbbs318b, so in every
 * 3.19+); `PF_UNSPEC`, `IPPROTO_IP`, `SOCK_STREAM`, `SOCK_DGRAM` since 3.20d
 * (in tag sbbs320d, not in sbbs320b).
 */
declare class Socket {
    /** New IPv4 TCP socket. Throws `open_socket failed with error N` on failure. */
    constructor();
    /**
     * New socket: `type` 1 = TCP (default) or 2 = UDP; `protocol` names the
     * `ctrl/sockopts.ini` section to apply; `ipv6` true selects IPv6 (the
     * address family is never given as a number). Arguments are recognised by
     * type, not position. Without a `ctrl/sockopts.ini`, IPv6 sockets are
     * V6ONLY. Throws on failure.
     */
    constructor(type?: number, protocol?: string, ipv6?: boolean);
    constructor(type: number, ipv6: boolean);
    constructor(protocol: string, ipv6?: boolean);
    /** `new Socket(true)` alone is an IPv6 TCP socket (`false` alone: IPv4). */
    constructor(ipv6: boolean);
    /**
     * Wraps an existing descriptor (not closed when the object is collected).
     * Trap: any call with a boolean first argument **and** a second argument
     * takes this path, so `new Socket(true, "name")` wraps descriptor 0 rather
     * than making an IPv6 socket; put the boolean last.
     */
    constructor(from_descriptor: true, descriptor: number);

    /** `AF_INET` (2) (3.18b+). */
    static readonly AF_INET: 2;
    /** `AF_INET6`: platform value (10 on Linux, 23 on Windows, 28 on FreeBSD) (3.18b+). */
    static readonly AF_INET6: number;
    /** `PF_INET` (2) (3.18b+). */
    static readonly PF_INET: 2;
    /** `PF_INET6`: same value as `AF_INET6` (3.18b+). */
    static readonly PF_INET6: number;
    /** `PF_UNSPEC` (0): any family (3.20d+). */
    static readonly PF_UNSPEC: 0;
    /** `IPPROTO_IP` (0) (3.20d+). */
    static readonly IPPROTO_IP: 0;
    /** TCP socket type, 1 (3.20d+). */
    static readonly SOCK_STREAM: 1;
    /**
     * Trap: defined with the value of SOCK_STREAM (1), not the UDP type (2),
     * in every release that has it (3.20d+, 3.30a included). Use the literal 2 for UDP.
     */
    static readonly SOCK_DGRAM: 1;

    /**
     * Error number of the last operation that stored one. After a name that does not resolve
     * (`connect()`, `bind()`), what it holds depends on the version and the platform:
     * - 3.20 and later: getaddrinfo()'s code, with `error_str` its gai_strerror() text:
     *   negative EAI_* values with glibc (Linux: -2 EAI_NONAME, -3 EAI_AGAIN, -4 EAI_FAIL,
     *   -5 EAI_NODATA...), Winsock's positive codes on Windows (11001 WSAHOST_NOT_FOUND,
     *   11002 WSATRY_AGAIN, 11003 WSANO_RECOVERY, 11004 WSANO_DATA), small positive EAI_*
     *   values on the BSDs and macOS (which are also errno numbers: EAI_NONAME is 8 on FreeBSD);
     * - 3.19: errno (`ERROR_VALUE`), which getaddrinfo() does not set: whatever an earlier call
     *   left there (glibc commonly leaves 92, ENOPROTOOPT; it can be ECONNREFUSED), with
     *   `error_str` its strerror() text.
     * So a failed lookup is told apart reliably only by the code on 3.20+ Linux or Windows;
     * elsewhere ask `resolve_ip()` whether the name resolves.
     * `poll()`, `setoption()`, `ioctl()` and `close()` overwrite it even when they
     * succeed (`store_socket_error()` runs unconditionally in js_socket.cpp).
     */
    readonly error: number;
    /** Alias of `error` (not enumerated). 3.30a lets a script overwrite it (3.22 ignores that). */
    readonly last_error: number;
    /** Text for the last error (3.18+). */
    readonly error_str: string;
    /**
     * False until connected (or accepted); then whether the socket still
     * looks connected. Stays true while unread data remains after the peer
     * has closed.
     */
    readonly is_connected: boolean;
    /** Whether a write would not block. Assigning false shuts down the sending side. */
    is_writeable: boolean;
    /** Alias of `is_writeable` (3.12+). */
    is_writable: boolean;
    /** True if at least one byte can be read now. */
    readonly data_waiting: boolean;
    /** Bytes readable now (TLS sockets report at most 1). */
    readonly nread: number;
    /** Debug logging of every socket operation; reads back as 0/1. */
    get debug(): number;
    set debug(value: boolean | number);
    /**
     * OS descriptor (`INVALID_SOCKET` after close). Assigning wraps another
     * descriptor and marks the object connected (advanced).
     */
    descriptor: number;
    /** Non-blocking mode (default false). */
    nonblocking: boolean;
    /**
     * Local address (`"0.0.0.0"` or `"::"` before bind/connect);
     * `undefined` after `close()`.
     */
    readonly local_ip_address: string | undefined;
    /** Local port (0 before use); `undefined` after `close()`. */
    readonly local_port: number | undefined;
    /** Peer address; `undefined` unless connected. */
    readonly remote_ip_address: string | undefined;
    /** Peer port; `undefined` unless connected. */
    readonly remote_port: number | undefined;
    /** Socket type: 1 = TCP, 2 = UDP. */
    readonly type: number;
    /** Address family of the descriptor (2 or the platform's AF_INET6); `undefined` after close (3.18+). */
    readonly family: number | undefined;
    /** `sendBin`/`recvBin` use big-endian order (default true). */
    network_byte_order: boolean;
    /**
     * Assign true to start TLS as a client (false to end it). A failed
     * handshake **closes the socket** without throwing: read the property
     * back to check (3.16+).
     */
    ssl_session: boolean;
    /** Assign true to start TLS as a server using the BBS certificate (3.16+). */
    ssl_server: boolean;
    /** Minimum TLS version: 100 = 1.0, 101 = 1.1, 102 = 1.2 (default); set before starting TLS (3.20+). */
    tls_minver: number;
    /** Pre-shared keys as `{ identity: key }`; set before starting TLS (3.20+). */
    tls_psk: { [identity: string]: string } | undefined;
    /** Which `tls_psk` identity the peer used, if PSK was used (3.20+). */
    readonly tls_psk_id: string | undefined;
    /**
     * Verify the server name (default false); set before starting TLS (3.21+). cryptlib
     * compares the name given to connect() with the certificate's common name only, and
     * with its subjectAltName names too when `tls_enhanced_certcheck` is set; never the
     * signature or the dates (docs/https-from-synchronet.md in this project).
     */
    tls_nameverify: boolean;
    /**
     * Verify the peer certificate (default true); set before starting TLS (3.21+). Trap:
     * cryptlib 3.4.8 verifies no certificate chain either way (the check it guards is
     * empty: session/tls_cert.c `checkTLSCertificateInfo()`), so it changes nothing.
     */
    tls_certverify: boolean;
    /** Request a client certificate; cannot change once TLS is active (throws) (3.21+). */
    tls_client_auth: boolean;
    /**
     * Full certificate compliance checking (default off) (3.21+). Reading it
     * currently returns the `tls_certverify` state.
     */
    tls_enhanced_certcheck: boolean;
    /** The peer's certificate (a CryptCert object) once TLS is up, when available. */
    readonly tls_remote_cert?: object;
    /** Socket option names usable with `getoption()`/`setoption()` on this platform. */
    option_list: string[];

    /**
     * Closes the socket (repeatable; always returns undefined). Trap: closing
     * overwrites `error`/`error_str` (often with ENOTCONN or a stale value):
     * read them **before** closing.
     */
    close(): void;
    /**
     * Binds to `port` (number or service name, default 0 = any) and,
     * optionally, a **numeric** local address of the socket's own family
     * (no DNS). False on failure, `error` set.
     */
    bind(port?: number | string, ip_address?: string): boolean;
    /**
     * Connects to `host` (name or address; every resolved address is tried
     * in order on this same descriptor) at `port` (number, service name, or
     * numeric string; `"010"` is read as octal 8). Default timeout 10 s,
     * fractions allowed, applied **per address**; negative = wait forever.
     * Trap: a third argument that is not a number (including `undefined`)
     * means a 0-second timeout. After a timed-out attempt the descriptor is
     * not reliably reusable: use a new Socket to fail over. False on failure,
     * `error` set (ETIMEDOUT on timeout).
     */
    connect(host: string, port: number | string): boolean;
    connect(host: string, port: number | string, timeout: number): boolean;
    /**
     * Asynchronous form: returns true at once and calls `callback`
     * (with `this` = the socket, no arguments) when the attempt finishes;
     * requires the event loop (`js.do_callbacks`).
     */
    connect(host: string, port: number | string, callback: (this: Socket) => void): boolean;
    /**
     * Starts listening. Note: the backlog argument is accepted but the C++
     * ends up using a backlog of 1 whenever one is passed (default also 1).
     */
    listen(backlog?: number): boolean;
    /** Waits for and returns the next incoming connection; `undefined` on failure (`error` set). */
    accept(): Socket | undefined;
    /**
     * Sends the string with one send() call; returns the number of bytes
     * sent (which may be fewer than requested) or `undefined` on error.
     * Before 3.17 it returned a boolean.
     */
    send(data: string): number | undefined;
    /** Alias of `send()`. */
    write(data: string): number | undefined;
    /** Sends `data` followed by CRLF; true only if everything was sent (3.17+). */
    sendline(data: string): boolean;
    /** Alias of `sendline()`. */
    writeln(data: string): boolean;
    /**
     * Sends a datagram to `port` at `address` (name or IP). Trap: it is sent
     * to **every** address the name resolves to; true if any send took it whole.
     */
    sendto(data: string, address: string, port: number | string): boolean;
    /** Sends a whole file; true if any bytes were sent. */
    sendfile(path: string): boolean;
    /** Sends an integer in 1, 2 or 4 bytes (default 4), honouring `network_byte_order`. */
    sendBin(value: number, bytes?: 1 | 2 | 4): boolean;
    /** Alias of `sendBin()`. */
    writeBin(value: number, bytes?: 1 | 2 | 4): boolean;
    /**
     * Receives up to `maxlen` bytes (default 512), waiting up to `timeout`
     * whole seconds (default 120). Returns `""` on timeout **or** orderly
     * close (indistinguishable), `null` on error.
     */
    recv(maxlen?: number, timeout?: number): string | null;
    /** Alias of `recv()`. */
    read(maxlen?: number, timeout?: number): string | null;
    /** Like `recv()` but leaves the data queued (TLS: at most one byte). `null` on error. */
    peek(maxlen?: number): string | null;
    /**
     * Reads up to a line feed (default `maxlen` 512, `timeout` 30 whole
     * seconds); the LF and one preceding CR are removed; `""` is an empty
     * line. Returns `null` when nothing arrived before the timeout or the
     * connection closed/failed with nothing read. Traps: a partial line cut
     * off by timeout or close is returned like a complete one; at `maxlen`
     * the bytes so far are returned; the timeout is only checked while no
     * byte is waiting, in 1-second polls, so a peer that keeps sending at
     * least a byte a second is never timed out (3.20+; 3.19 enforced a hard
     * deadline) and the real wait can exceed `timeout` by about 2 s.
     */
    recvline(maxlen?: number, timeout?: number): string | null;
    /** Alias of `recvline()`. */
    readline(maxlen?: number, timeout?: number): string | null;
    /** Alias of `recvline()`. */
    readln(maxlen?: number, timeout?: number): string | null;
    /**
     * Receives one datagram with the sender's address. Text mode: up to
     * `maxlen` bytes (default 512). Binary mode (`true`): one integer of
     * `int_size` bytes (default 4). `null` on error.
     */
    recvfrom(maxlen?: number): Synchronet.RecvFromResult<string> | null;
    recvfrom(binary: false, maxlen?: number): Synchronet.RecvFromResult<string> | null;
    recvfrom(binary: true, int_size?: 1 | 2 | 4): Synchronet.RecvFromResult<number> | null;
    /**
     * Receives an integer of 1, 2 or 4 bytes (default 4, honouring
     * `network_byte_order`); -1 on failure. Trap: there is no timeout
     * argument: it waits up to a fixed 120 s for the first byte, then for the
     * rest (MSG_WAITALL). Code with a deadline polls and uses `recv()`.
     */
    recvBin(bytes?: 1 | 2 | 4): number;
    /** Alias of `recvBin()`. */
    readBin(bytes?: 1 | 2 | 4): number;
    /**
     * Reads a socket option by name (see `option_list`, case-insensitive) or
     * numeric string; `SO_LINGER` reads as the linger seconds (0 = off).
     * -1 for an unknown name or on failure.
     */
    getoption(option: string | number): number;
    /**
     * Sets a socket option (value default 1; for `SO_LINGER` the seconds,
     * 0 = off). Returns `undefined` if the socket is closed.
     * Trap: overwrites `error`/`error_str` with the current errno even when it
     * succeeds (js_socket.cpp `js_setsockopt`: `store_socket_error(p, SOCKET_ERRNO, NULL)`
     * after the call, whatever its result; 3.19, js_socket.c: `p->last_error =
     * ERROR_VALUE`): read `error` only after a failure of the call that set it.
     */
    setoption(option: string | number, value?: number): boolean | undefined;
    /**
     * Raw ioctlsocket(); returns the resulting argument value or -1 (advanced).
     * Trap: overwrites `error`/`error_str` with the current errno even when it
     * succeeds (js_socket.cpp `js_ioctlsocket`: `store_socket_error(p, SOCKET_ERRNO, NULL)`
     * after the call, whatever its result; 3.19, js_socket.c: `p->last_error =
     * ERROR_VALUE`): read `error` only after a failure of the call that set it.
     */
    ioctl(command: number, argument?: number): number;
    /**
     * Waits up to `timeout` seconds (default 0, fractions allowed) for the
     * socket to become readable (or writable with `write` true). Returns 1
     * when ready (a count for listening sets), 0 on timeout, -1 on error or a
     * closed socket.
     * Trap: overwrites `error`/`error_str` with the current errno even when it
     * succeeds (js_socket.cpp `js_poll`: `store_socket_error(p, SOCKET_ERRNO, NULL)`
     * after the call, whatever its result; 3.19, js_socket.c: `p->last_error =
     * ERROR_VALUE`): read `error` only after a failure of the call that set it.
     */
    poll(timeout?: number, write?: boolean): number;
    /** Calls `callback` (this = socket) whenever readable/writable; returns an id for `clearOn()` (3.19+). */
    on(event: Synchronet.SocketEvent, callback: (this: Socket) => void): number;
    /** Like `on()` but fires once; returns an id for `clearOnce()` (3.19+). */
    once(event: Synchronet.SocketEvent, callback: (this: Socket) => void): number;
    /** Removes an `on()` handler (3.19+). */
    clearOn(event: Synchronet.SocketEvent, id: number): void;
    /** Removes a `once()` handler (3.19+). */
    clearOnce(event: Synchronet.SocketEvent, id: number): void;
}

// ---------------------------------------------------------------------------
// Queue (js_queue.cpp)
// ---------------------------------------------------------------------------

/**
 * A message queue between threads: what `load(true, ...)` returns to the
 * parent, and `parent_queue` in the background script (a global there only, so
 * not declared: read it as `js.global.parent_queue`). Two-way: each side reads
 * what the other wrote. Values cross as structured clones (strings, numbers,
 * booleans, plain objects and arrays); the background script's completion value
 * is written to the parent when it ends. Timeouts are in **milliseconds**.
 */
declare class Queue {
    /** A queue of its own, or the named queue shared with every thread that names it; `flags` default two-way. */
    constructor(name?: string, flags?: number);
    /** The queue's name, if it has one. */
    readonly name: string | undefined;
    /** True when a value waits to be read. */
    readonly data_waiting: boolean;
    /** Values waiting to be read. */
    readonly read_level: number;
    /** Values written and not yet read by the other side. */
    readonly write_level: number;
    /** Whether this side created the queue (3.16+). */
    readonly owner: boolean;
    /** Whether the other side has gone (3.17b+). */
    readonly orphan: boolean;
    /**
     * Waits up to `timeout` ms (default 0) for a value: `true`, or the name of
     * the waiting value when it has one, or `false` when none came.
     */
    poll(timeout?: number): boolean | string;
    /** The next value, waiting up to `timeout` ms (default 0); `undefined` when none came. */
    read(timeout?: number): unknown;
    /** The value written with this name, without waiting; `undefined` when there is none. */
    read(name: string): unknown;
    /** The next value without taking it, waiting up to `timeout` ms (default 0). */
    peek(timeout?: number): unknown;
    /** Writes a value (optionally named) for the other side; false on failure. */
    write(value: unknown, name?: string): boolean;
}

/** Outgoing-connection helper (3.17+); see `Synchronet.ConnectedSocketConstructor`. */
declare const ConnectedSocket: Synchronet.ConnectedSocketConstructor;

/** Multi-interface listener (3.17+); see `Synchronet.ListeningSocketConstructor`. */
declare const ListeningSocket: Synchronet.ListeningSocketConstructor;

// ---------------------------------------------------------------------------
// File (js_file.cpp)
// ---------------------------------------------------------------------------

/**
 * A local file (buffered stdio underneath), with line, binary and `.ini`
 * helpers. Relative names are resolved against the process's current
 * directory (normally the ctrl directory). Nothing is opened by the
 * constructor.
 */
declare class File {
    /** Associates the object with `path`; does not open or create it. Throws if no name is given. */
    constructor(path: string);

    /** The path given to the constructor. */
    readonly name: string;
    /** The mode string of the last `open()`/`popen()` (`""` before). */
    readonly mode: string;
    /** True if the file is open, or exists on disk (case-insensitive match). */
    readonly exists: boolean;
    /** True while open. */
    readonly is_open: boolean;
    /** End-of-file indicator; true when not open. */
    readonly eof: boolean;
    /** stdio error indicator while open (see `clear_error()`), otherwise the C `errno`. */
    readonly error: number;
    /** OS file descriptor, -1 when closed. */
    readonly descriptor: number;
    /** End-of-text character (0 = none) used by `read`, `readln` and `write` padding. */
    etx: number;
    /** Debug logging. */
    debug: boolean;
    /** Current offset; assign to seek (ignored when closed). -1 when closed. */
    position: number;
    /** Modification time in Unix seconds (-1 if missing); assign to change it. */
    date: number;
    /** Size in bytes (-1 if missing); assign while open to truncate or extend. */
    length: number;
    /** `st_mode` flags (-1 if missing); assign to chmod. */
    attributes: number;
    /** Binary reads/writes are big-endian. */
    network_byte_order: boolean;
    /** ROT13 text on read/write. */
    rot13: boolean;
    /** Uuencode on `read()`, decode on `write()`. */
    uue: boolean;
    /** yEnc encode on `read()`, decode on `write()`. */
    yenc: boolean;
    /** Base64 encode on `read()`, decode on `write()`. */
    base64: boolean;
    /** CRC-16 of the contents (0 when closed). */
    readonly crc16: number;
    /** CRC-32 of the contents (0 when closed). */
    readonly crc32: number;
    /** Byte-sum checksum of the contents (0 when closed). */
    readonly chksum: number;
    /** MD5 of the contents as hex; `undefined` when closed. */
    readonly md5_hex: string | undefined;
    /** MD5 of the contents as base64; `undefined` when closed. */
    readonly md5_base64: string | undefined;
    /** SHA-1 as hex; `undefined` when closed (3.19+). */
    readonly sha1_hex: string | undefined;
    /** SHA-1 as base64; `undefined` when closed (3.19+). */
    readonly sha1_base64: string | undefined;
    /** SHA-256 as hex; `undefined` when closed (3.22 only: 3.30a has no such property). */
    readonly sha256_hex?: string | undefined;
    /** SHA-256 as base64; `undefined` when closed (3.22 only: 3.30a has no such property). */
    readonly sha256_base64?: string | undefined;
    /** `.ini` writing: minimum key width (keys padded with spaces) (3.17+). */
    ini_key_len: number;
    /** `.ini` writing: text before each key; `null` = library default (3.17+). */
    get ini_key_prefix(): string | null;
    set ini_key_prefix(value: string | null | undefined);
    /** `.ini` writing: text before each section header; `null` = default (3.17+). */
    get ini_section_separator(): string | null;
    set ini_section_separator(value: string | null | undefined);
    /** `.ini` writing: text between key and value, e.g. `" = "`; `null` = default (3.17+). */
    get ini_value_separator(): string | null;
    set ini_value_separator(value: string | null | undefined);
    /** `.ini` writing: separator for bit-field values, e.g. `" | "`; `null` = default (3.17+). */
    get ini_bit_separator(): string | null;
    set ini_bit_separator(value: string | null | undefined);
    /** `.ini` writing: literal value separator; `null` = default (3.17+). */
    get ini_literal_separator(): string | null;
    set ini_literal_separator(value: string | null | undefined);

    /**
     * Opens the file. Arguments are recognised by type: a string is the
     * fopen mode, a boolean `shareable`, a number the buffer size (default
     * 2048, 0 = unbuffered). Trap: the default mode is `"w+"`, which
     * **creates or truncates**: use `"r"` to read, `"r+"` to update, or
     * `f.open(f.exists ? "r+" : "w+")`. Not shareable (default): the file is
     * locked and opening retries for a while. Returns false if it cannot be
     * opened or is already open.
     */
    open(mode?: string, shareable?: boolean, buffer_length?: number): boolean;
    open(mode: string, buffer_length: number): boolean;
    /** Runs `name` as a shell command with a pipe (Unix); mode default `"r+"` (3.15+). */
    popen(mode?: string, buffer_length?: number): boolean;
    /** Closes the file; does nothing if not open. */
    close(): void;
    /** Closes (if open) and deletes the file; true on success. */
    remove(): boolean;
    /** Clears the stdio error/EOF indicators; false if not open. */
    clear_error(): boolean;
    /** Alias of `clear_error()`. */
    clearError(): boolean;
    /** Flushes buffered output; false if not open or on failure. */
    flush(): boolean;
    /** Seeks to the start and clears error/EOF; false if not open. */
    rewind(): boolean;
    /** Sets the length (default 0) and moves to the new end (3.14+). */
    truncate(length?: number): boolean;
    /** Locks a byte range (default: all) of a file opened shareable. */
    lock(offset?: number, length?: number): boolean;
    /** Unlocks a byte range. */
    unlock(offset?: number, length?: number): boolean;
    /**
     * Reads up to `maxlen` bytes (default: the rest of the file), applying
     * etx/rot13/uue/yenc/base64. `null` when not open.
     */
    read(maxlen?: number): string | null;
    /** Reads one line (CR/LF stripped), default `maxlen` 512; `null` at end of file or when not open. */
    readln(maxlen?: number): string | null;
    /**
     * Reads an integer of 1, 2, 4 or 8 bytes (default 4); -1 on failure or
     * when not open. With a `count` other than 1 an array is returned
     * (possibly empty).
     */
    readBin(bytes?: 1 | 2 | 4 | 8, count?: 1): number;
    readBin(bytes: 1 | 2 | 4 | 8, count: number): number[] | number;
    /** Reads every remaining line; `null` when not open. */
    readAll(maxlen?: number): string[] | null;
    /** Reads straight from the descriptor (default 1 byte); `null` when not open (3.17+). */
    raw_read(maxlen?: number): string | null;
    /** Waits up to `timeout` ms (default forever) for `raw_read()` data; `undefined` when not open (3.17+). */
    raw_pollin(timeout?: number): boolean | undefined;
    /**
     * Writes `text`; with `length` greater than the text, pads with `etx`
     * (NUL by default). False when not open or on failure.
     */
    write(text: string, length?: number): boolean;
    /** Writes `text` (default empty) plus a newline. */
    writeln(text?: unknown): boolean;
    /** Writes one integer or an array of integers, 1/2/4/8 bytes each (default 4). */
    writeBin(value: number | readonly number[], bytes?: 1 | 2 | 4 | 8): boolean;
    /** Writes each string as a line; stops at the first failure. */
    writeAll(lines: readonly unknown[]): boolean;
    /** Writes straight to the descriptor (3.17+). */
    raw_write(text: string): boolean;
    /** Writes C-style formatted text; returns bytes written, or false when not open. */
    printf(format: string, ...args: unknown[]): number | false;

    /**
     * Reads one value from the open `.ini` file (re-reading it, with
     * `!include`s, on every call). `section` null/undefined = the root
     * section (lines before the first header); the first matching section
     * and first matching key win; keys match case-insensitively.
     *
     * The result type follows the default's type: a string default returns
     * the text verbatim (the only lossless way to read, e.g. numeric
     * passwords); a boolean default accepts true/yes/on or non-zero; a
     * number default parses with C base detection (trap: `"0123"` is octal
     * 83, `"abc"` is 0) or as a float when the default is fractional; a Date
     * default parses a date; any other object, an array or `null` returns
     * the comma-split list (trap: a `null` default yields `["null"]` when the
     * key is missing). Without a default the value is coerced like
     * `Synchronet.IniValue`. When the file is not open the default comes back.
     */
    iniGetValue(section: string | null | undefined, key: string): Synchronet.IniValue;
    iniGetValue(section: string | null | undefined, key: string, dflt: undefined): Synchronet.IniValue;
    iniGetValue(section: string | null | undefined, key: string, dflt: string): string;
    iniGetValue(section: string | null | undefined, key: string, dflt: number): number;
    iniGetValue(section: string | null | undefined, key: string, dflt: boolean): boolean;
    iniGetValue(section: string | null | undefined, key: string, dflt: Date): Date;
    iniGetValue(section: string | null | undefined, key: string, dflt: Synchronet.IniListDefault): string[];
    /**
     * Sets one key (rewriting the file; open it `"r+"`/`"w+"`). No value
     * writes an empty value; Dates are written as date-times. Returns false
     * on failure and `undefined` when the file is not open (3.12+).
     */
    iniSetValue(section: string | null | undefined, key: string, value?: Synchronet.IniSettable): boolean | undefined;
    /**
     * Returns a whole section as an object of coerced values (keys
     * lowercased with `lowercase`; empty values as `""` instead of
     * `undefined` with `blanks`). `null` when the section is missing or the
     * file is not open. For the root section with flags, pass the flags
     * alone: `iniGetObject(false, true)`. Trap: `iniGetObject(null, true)`
     * ignores the flags (a null section is not consumed), so that form is
     * rejected here.
     */
    iniGetObject(section?: string | null): Synchronet.IniSection | null;
    iniGetObject(section: string, lowercase?: boolean, blanks?: boolean): Synchronet.IniSection | null;
    iniGetObject(lowercase: boolean, blanks?: boolean): Synchronet.IniSection | null;
    /**
     * Writes every property of `object` into `section` (null = root);
     * existing keys not in the object are kept (3.12+).
     */
    iniSetObject(section: string | null, object: object): boolean;
    /**
     * Returns every (non-root) section as an object; its name goes in the
     * property `name_property` (default `"name"`), minus `prefix` if given
     * (only sections starting with `prefix` are included). Arguments are
     * recognised by type and order: the first string is the name property,
     * the second the prefix, then the booleans (so `undefined` cannot stand
     * in for a skipped argument: it would make every later one ignored).
     * `null` when not open.
     */
    iniGetAllObjects(): Synchronet.IniSection[] | null;
    iniGetAllObjects(name_property: string, prefix?: string, lowercase?: boolean, blanks?: boolean): Synchronet.IniSection[] | null;
    iniGetAllObjects(name_property: string, lowercase: boolean, blanks?: boolean): Synchronet.IniSection[] | null;
    iniGetAllObjects(lowercase: boolean, blanks?: boolean): Synchronet.IniSection[] | null;
    /** Writes each object as a section named by its `name_property` (default `"name"`) (3.12+). */
    iniSetAllObjects(objects: readonly object[], name_property?: string): boolean;
    /**
     * Section names, optionally only those starting with `prefix`; `null`
     * when not open. Trap: an explicit `null`/`undefined` prefix is taken as
     * the text "null"/"undefined", so it is rejected here: omit it.
     */
    iniGetSections(): string[] | null;
    iniGetSections(prefix: string): string[] | null;
    /** Key names of `section` (null/omitted = root); `null` when not open. */
    iniGetKeys(section?: string | null): string[] | null;
    /** Removes one key; true if found and the file was rewritten (3.14+). */
    iniRemoveKey(section: string | null, key: string): boolean;
    /** Removes a section (null = root); true if found and rewritten (3.14+). */
    iniRemoveSection(section: string | null): boolean;
    /** Removes every section, or those starting with `prefix` (3.20+). */
    iniRemoveSections(prefix?: string | null): boolean;
    /** All lines of the file with `!include`s expanded; `null` when not open (3.18+). */
    iniReadAll(): string[] | null;
}

// ---------------------------------------------------------------------------
// Host objects
// ---------------------------------------------------------------------------

/** System configuration and version facts (always present). */
declare const system: Synchronet.System;

/**
 * Server facts. Present in the servers and in timed events run by the
 * terminal server; **absent under jsexec**, where even reading the bare name
 * throws a ReferenceError. Probe with `typeof server !== "undefined"` (or
 * `js.global.server`); in the default event context `this.server` is
 * undefined although bare `server` resolves. Read-only: js_server.cpp
 * `js_CreateServerObject` defines it `JSPROP_READONLY` (also in tag sbbs319b).
 */
declare const server: Synchronet.Server | undefined;

/** Script engine control and information about the running script. */
declare const js: Synchronet.JsObject;

// ---------------------------------------------------------------------------
// Per-connection services (services.cpp js_initcx / js_global_functions)
// ---------------------------------------------------------------------------

/**
 * The user of this session (js_user.cpp `js_CreateUserObjects`): blank
 * (number 0) until a login, in every context (jsexec, events, servers). In
 * the services server `login()` fills this same object.
 */
declare const user: Synchronet.User;

/**
 * The User class (js_user.cpp `js_user_constructor`), in every context: `new User(number)`
 * reads that user's record once (`getuserdat()`) and throws "Error N reading user number N"
 * when it cannot; `new User()` is user #0, blank. Users run from 1 to `system.lastuser`;
 * a deleted or inactive slot is still a record (`settings` says which).
 */
declare var User: { new (number?: number): Synchronet.User };

/**
 * The accepted connection of a per-connection service (services server);
 * **absent** elsewhere (jsexec, timed events, static services), where reading
 * the bare name throws a ReferenceError: probe with `typeof client`.
 */
declare var client: Synchronet.Client | undefined;

/**
 * The web server's request and reply, in a server-side script (`.ssjs`) only; **absent**
 * elsewhere (jsexec, events, services): probe with `typeof http_request`. The web server logs
 * the request's Basic (or Digest) auth in before the script runs: `user` is then that account
 * (number 0 without credentials); a wrong password gets 401 from the server itself.
 */
declare var http_request: Synchronet.HttpRequest | undefined;
declare var http_reply: Synchronet.HttpReply | undefined;

/**
 * Services server: logs a user in (`find_login_id()`: an alias, or a number
 * or real name when the system allows those). Returns false for an unknown
 * name or a wrong password (compared ignoring case) after the server's
 * `LoginAttemptDelay` (default 5 s), counting a failed attempt for the
 * client's address (throttling, hack log, temporary ban); false at once for a
 * deleted or inactive user; false when the user fails the server's or the
 * service's `LoginRequirements`. A user without a password logs in with any
 * password. On success `user` is that user, `logged_in` is true and the
 * failed-attempt count of the address is cleared. `incrementLogons` (default
 * false) counts a logon. Absent outside the services (and web) servers.
 */
declare var login: ((name: string, password?: string, incrementLogons?: boolean) => boolean) | undefined;

/** Services server: logs the user out (`user` becomes blank); false when nobody was logged in. */
declare var logout: (() => boolean) | undefined;

/** Services server: true after a successful `login()`, false before and after `logout()`. */
declare var logged_in: boolean | undefined;

/** Services server, UDP services: the datagram that started the session; `undefined` for TCP. */
declare var datagram: string | undefined;

// ---------------------------------------------------------------------------
// Globals (js_global.cpp, plus jsexec.cpp / main.cpp for the output functions)
// ---------------------------------------------------------------------------

/**
 * Command-line (or `load()`) arguments, as strings. Read-only binding. In
 * the default event context it lives on the script's scope, not the global
 * object.
 */
declare const argv: readonly string[];
/** Number of entries in `argv`. */
declare const argc: number;

/**
 * Stops the script at once, storing `code` (default 0; non-numbers count as
 * 0; pass an integer) as the script's `exit_code`, which jsexec uses as its
 * process status and a timed event reports as its result. It is not an
 * exception: `catch` and `finally` blocks do not run; `js.on_exit` code does.
 */
declare function exit(code?: number): never;

/**
 * Logs each value as its own line. A leading number is taken as the level
 * (`LOG_*`, default `LOG_INFO`) only when more arguments follow, so
 * `log(LOG_ERR)` logs the text "3". jsexec: lines above its LogLevel are
 * dropped; levels 5–6 reach stderr only when stdin is a terminal. Events:
 * the event log, filtered by EventLogLevel. Returns the last text logged.
 */
declare function log(level: number, text: unknown, ...more: unknown[]): string;
declare function log(text: unknown, ...more: unknown[]): string;

/**
 * Prints the values followed by a newline (jsexec: stdout). In a timed
 * event each value becomes its own LOG_INFO line. Alias of `writeln()`.
 * In a per-connection service `print`, `write` and `writeln` send to the
 * client's socket instead (services.cpp): use `log()` for the log there.
 */
declare function print(...values: unknown[]): void;
/** Same as `print()`. */
declare function writeln(...values: unknown[]): void;
/** Prints the values without a newline (events: each value is a LOG_INFO line). */
declare function write(...values: unknown[]): void;
/** Sends the values as raw bytes to the connected client (BBS contexts); in jsexec an alias of `write()` (3.14+). */
declare function write_raw(...values: unknown[]): void;
/** Prints C-style formatted text (events: at LOG_INFO) and returns it; `""` with no arguments. */
declare function printf(format: string, ...args: unknown[]): string;
/** jsexec: prints `!` + text on stdout; events: logs it at LOG_WARNING. */
declare function alert(value: unknown): void;

/**
 * Asks a yes/no question whose default is Yes. jsexec prints `question (Y/n)? `
 * and reads a line from stdin: anything not starting with `n`/`N` is yes. The
 * BBS asks the user at the terminal. Trap (jsexec.cpp `js_confirm`): at the end
 * of input it returns the `confirm` function itself, truthy, so "yes".
 */
declare function confirm(question: string): boolean | Function;
/**
 * Asks a yes/no question whose default is No: jsexec prints `question (N/y)? `
 * and returns `true` ("no") unless the line starts with `y`/`Y`. Trap (jsexec.cpp
 * `js_deny`): at the end of input it returns the `deny` function itself, truthy,
 * so "no".
 */
declare function deny(question: string): boolean | Function;
/**
 * Reads a line of text. jsexec (`js_prompt`): prints `text: `, reads a line of up to
 * 254 bytes from stdin, drops the newline (spaces stay), ignores `value` and
 * `mode`; `null` at the end of input. BBS (main.cpp `js_prompt`): lets the user
 * edit `value` (`mode`: `K_*` bits, default `K_EDIT`), at most 127 characters;
 * `null` for an empty answer.
 */
declare function prompt(text?: string, value?: string, mode?: number): string | null;

/** External programs and timed events as configured (jsexec, the BBS); see `Synchronet.XtrnArea`. */
declare const xtrn_area: Synchronet.XtrnArea;

/** Returns C-style formatted text (`%s`, `%d`, `%x`, `%-10s`, ...). The format must not be null/undefined. */
declare function format(format: string, ...args: unknown[]): string;

/**
 * Loads and runs a script, returning its completion value. Relative names
 * are searched in `js.exec_dir`, `mods/<js.load_path_list>`, `mods/`,
 * `exec/<js.load_path_list>`, `exec/`; extra arguments become that script's
 * `argv`. With a scope object first, runs inside that object and returns
 * the completion value; 3.30a: returns the scope object instead (so a
 * library that ends with `this;` gives the same on both, a value-returning
 * script such as modopts.js needs the form without a scope). With `true`
 * first, runs in a background thread and returns a Queue object at once.
 * Compile or run errors propagate to the caller.
 */
declare function load(filename: string, ...args: unknown[]): unknown;
declare function load(scope: object | null, filename: string, ...args: unknown[]): unknown;
declare function load(background: true, filename: string, ...args: unknown[]): Queue;
declare function load(background: false, filename: string, ...args: unknown[]): unknown;

/**
 * Sleeps `ms` milliseconds (default 1) and returns the elapsed time in
 * **milliseconds** (as a fraction). Passing `null`/`undefined` throws.
 */
declare function mswait(): number;
declare function mswait(ms: number): number;
/** Alias of `mswait()`. */
declare function sleep(): number;
declare function sleep(ms: number): number;
/** Random integer from 0 to `max - 1` (default max 100). */
declare function random(max?: number): number;
/** Current time in Unix seconds (integer). */
declare function time(): number;
/** Formats a Unix time (default now, local time) with C strftime directives. */
declare function strftime(format: string, time?: number): string;

/** The control character for a letter or code, e.g. `ctrl("C")` is `"\x03"`. */
declare function ctrl(char: string | number): string;
/** Character code of the first character of a string, or the one-character string for a code. */
declare function ascii(char: string): number;
declare function ascii(code: number): string;
declare function ascii<T extends null | undefined>(value: T): T;
/** Removes trailing white-space (null/undefined pass through). */
declare function truncsp(text: string): string;
declare function truncsp<T extends null | undefined>(text: T): T;
/** Removes leading white-space (3.15+). */
declare function skipsp(text: string): string;
declare function skipsp<T extends null | undefined>(text: T): T;
/** Cuts `text` at the first character found in `charset`. */
declare function truncstr(text: string, charset: string): string;
/** Removes control characters and Ctrl-A attribute codes. */
declare function strip_ctrl(text: string): string;
declare function strip_ctrl<T extends null | undefined>(text: T): T;
/** Removes ANSI escape sequences (3.18+). */
declare function strip_ansi(text: string): string;
declare function strip_ansi<T extends null | undefined>(text: T): T;
/** Removes characters above 127. */
declare function strip_exascii(text: string): string;
declare function strip_exascii<T extends null | undefined>(text: T): T;
/** Turns lone LFs into CRLFs. */
declare function lfexpand(text: string): string;
declare function lfexpand<T extends null | undefined>(text: T): T;

/** Appends the platform path separator if missing. */
declare function backslash(path: string): string;
declare function backslash<T extends null | undefined>(path: T): T;
/** Absolute form of a path (3.15+). */
declare function fullpath(path: string): string;
/** File-name part of a path. */
declare function file_getname(path: string): string;
/** Extension including the dot, or `undefined` if there is none. */
declare function file_getext(path: string): string | undefined;
/** The path with the on-disk letter case, or `undefined` if no such file exists. */
declare function file_getcase(path: string): string | undefined;
/**
 * Picks the most specific existing variant of a config file in `dir`:
 * `name.<host>.<domain>.ext`, `name.<host>.ext`, `name.<platform>.ext`,
 * `name.local.ext` (3.22 only: not on 3.30a), falling back to `name.ext`.
 * Both arguments are required and must not be null/undefined.
 */
declare function file_cfgname(dir: string, name: string): string;
/** True if a file (not a directory) exists; wildcards allowed; false for null/undefined. */
declare function file_exists(path: string | null | undefined): boolean;
/**
 * C `remove()`: deletes a file (or an empty directory); true on success, false when it is
 * missing. Relative paths are from the process's directory (ctrl/ under jsexec). Throws on a
 * `null`/`undefined` argument.
 */
declare function file_remove(path: string): boolean;
/**
 * C `rename()`: renames/moves a file; true on success. An existing target file is replaced at
 * once on POSIX (atomic: readers see the old file or the new one, never a mix); on Windows
 * `rename()` fails when the target exists (remove it first). False when the source is missing
 * or the target is a directory. Relative paths are from the process's directory. Throws on a
 * `null`/`undefined` argument.
 */
declare function file_rename(old_path: string, new_path: string): boolean;
/** Copies a file; true on success. */
declare function file_copy(source: string, destination: string): boolean;
/** True if the path is a directory. */
declare function file_isdir(path: string): boolean;
/** Modification time in Unix seconds, -1 if missing. */
declare function file_date(path: string): number;
/** Size in bytes, -1 if missing. */
declare function file_size(path: string | null | undefined): number;
/** Updates the modification time, creating an empty file if needed. */
declare function file_touch(path: string): boolean;
/** Creates a lock file containing `text` (default: host name); stale after `max_age` seconds if non-zero. */
declare function file_mutex(path: string, text?: string, max_age?: number): boolean;
/**
 * glob(3) of the pattern, in glob's (sorted) order: paths matching it, relative when the pattern
 * is (from the process's directory). `flags` default GLOB_MARK: directories get a trailing `/`.
 * An empty array when nothing matches.
 */
declare function directory(pattern: string, flags?: number): string[];
/** Creates one directory. */
declare function mkdir(path: string): boolean;
/** Creates a directory and its parents; true if it already exists (3.15+). */
declare function mkpath(path: string): boolean;
/** Removes an empty directory. */
declare function rmdir(path: string): boolean;

/** Base64 of the text; `null` on error. */
declare function base64_encode(text: string): string | null;
/** Decoded base64 text; `null` on error. */
declare function base64_decode(text: string): string | null;
/** MD5 digest, base64 by default or hex with `hex` true. */
declare function md5_calc(text: string, hex?: boolean): string;
/** SHA-1 digest, base64 or hex (3.19+). */
declare function sha1_calc(text: string, hex?: boolean): string;
/** SHA-256 digest, base64 or hex (3.22 only: 3.30a has no such function, so check before calling). */
declare var sha256_calc: ((text: string, hex?: boolean) => string) | undefined;
/** CRC-16 of the text. */
declare function crc16_calc(text: string): number;
/** CRC-32 of the text. */
declare function crc32_calc(text: string): number;

/**
 * Resolves a host name with getaddrinfo() (blocking; any family, AI_ADDRCONFIG, the system's
 * resolver and hosts file) to its first address, or to all of them, in the resolver's order,
 * when a boolean argument is true. Arguments are taken by type: a boolean anywhere asks for
 * the array, the (last) string is the name. Trailing white space is cut; an empty name, a name
 * that does not resolve, or no string at all gives `null`. A literal address comes back as it
 * is. Throws when the first argument is `null`/`undefined` or there is none. (3.19 and later,
 * checked in js_global.cpp.)
 */
declare function resolve_ip(host: string): string | null;
declare function resolve_ip(host: string, all: false): string | null;
declare function resolve_ip(host: string, all: true): string[] | null;
declare function resolve_ip(all: true, host: string): string[] | null;
/** Alias of `resolve_ip()`. */
declare function gethostbyname(host: string): string | null;
declare function gethostbyname(host: string, all: false): string | null;
declare function gethostbyname(host: string, all: true): string[] | null;
declare function gethostbyname(all: true, host: string): string[] | null;
/** Reverse-resolves a numeric address to a host name; `null` on failure. */
declare function resolve_host(ip_address: string): string | null;
/** Alias of `resolve_host()`. */
declare function gethostbyaddr(ip_address: string): string | null;
/** Description of a socket error number (3.18+). */
declare function socket_strerror(error: number): string;
/** Description of a system error number (3.18+). */
declare function strerror(error: number): string;

/** The C `errno` of the host thread, read when accessed. */
declare const errno: number;
/** Text for `errno`. */
declare const errno_str: string;
/** Last socket error of the host thread. */
declare const socket_errno: number;
/** Text for `socket_errno` (3.18+). */
declare const socket_errno_str: string;

// Log levels (syslog values).
/** Log level 0. */
declare const LOG_EMERG: 0;
/** Log level 1. */
declare const LOG_ALERT: 1;
/** Log level 2. */
declare const LOG_CRIT: 2;
/** Log level 3. */
declare const LOG_ERR: 3;
/** Alias of `LOG_ERR` (3). */
declare const LOG_ERROR: 3;
/** Log level 4. */
declare const LOG_WARNING: 4;
/** Log level 5. */
declare const LOG_NOTICE: 5;
/** Log level 6: the default of `log()`. */
declare const LOG_INFO: 6;
/** Log level 7. */
declare const LOG_DEBUG: 7;

/** Value of an invalid descriptor (-1), e.g. `Socket.descriptor` after close. */
declare const INVALID_SOCKET: -1;

// errno names defined by js_global.cpp. Values are the host platform's, so
// only compare against these names, never against literal numbers.
// (EHOSTUNREACH and ENETUNREACH are NOT defined by the host.)
declare const EPERM: number;
declare const ENOENT: number;
declare const ESRCH: number;
declare const EIO: number;
declare const ENXIO: number;
declare const E2BIG: number;
declare const ENOEXEC: number;
declare const EBADF: number;
declare const ECHILD: number;
declare const EAGAIN: number;
declare const ENOMEM: number;
declare const EACCES: number;
declare const EFAULT: number;
declare const EBUSY: number;
declare const EEXIST: number;
declare const EXDEV: number;
declare const ENODEV: number;
declare const ENOTDIR: number;
declare const EISDIR: number;
declare const EINVAL: number;
declare const ENFILE: number;
declare const EMFILE: number;
declare const ENOTTY: number;
declare const EFBIG: number;
declare const ENOSPC: number;
declare const ESPIPE: number;
declare const EROFS: number;
declare const EMLINK: number;
declare const EPIPE: number;
declare const EDOM: number;
declare const ERANGE: number;
declare const EDEADLOCK: number;
declare const ENAMETOOLONG: number;
declare const ENOTEMPTY: number;
/** Interrupted call. */
declare const EINTR: number;
declare const ENOTSOCK: number;
declare const EMSGSIZE: number;
/** Operation would block (same value as EAGAIN on most platforms). */
declare const EWOULDBLOCK: number;
declare const EPROTOTYPE: number;
declare const ENOPROTOOPT: number;
declare const EPROTONOSUPPORT: number;
declare const ESOCKTNOSUPPORT: number;
declare const EOPNOTSUPP: number;
declare const EPFNOSUPPORT: number;
declare const EAFNOSUPPORT: number;
declare const EADDRINUSE: number;
declare const EADDRNOTAVAIL: number;
declare const ECONNABORTED: number;
/** Connection reset by peer. */
declare const ECONNRESET: number;
declare const ENOBUFS: number;
declare const EISCONN: number;
/** Not connected (often left in `Socket.error` by `close()`). */
declare const ENOTCONN: number;
declare const ESHUTDOWN: number;
/** Timed out (what `Socket.connect()` stores on timeout). */
declare const ETIMEDOUT: number;
/** Connection refused. */
declare const ECONNREFUSED: number;
declare const EINPROGRESS: number;
