// Type tests for global functions, properties and constants.
// Lines after `// @ts-expect-error` must fail to type-check; everything else must compile.

function globalTypeTests(): void {
    // --- arguments ----------------------------------------------------------------
    var first: string | undefined = argv[0];
    var count: number = argc;
    var copy: string[] = argv.slice(1);
    // @ts-expect-error argv is a read-only binding
    argv = [];
    // @ts-expect-error argv's elements cannot be assigned through the typings
    argv[0] = "x";
    // @ts-expect-error argc is read-only
    argc = 2;

    // --- output and logging -----------------------------------------------------------
    var logged: string = log("plain");
    logged = log(LOG_DEBUG, "a", "b", 3);
    print("x", 1, true);
    writeln("x");
    write("no newline");
    write_raw("\x1b[0m");
    var pf: string = printf("%s %d\n", "n", 5);
    alert("warning");
    // @ts-expect-error alert() needs a value
    alert();
    var fmt: string = format("%-10s|%5.2f", "a", 1.5);
    // @ts-expect-error format() needs a format string
    format();
    // @ts-expect-error typo in function name
    logg("x");
    // @ts-expect-error log() returns the logged text, a string
    var lb: boolean = log("x");

    // --- questions (jsexec: stdin; BBS: the terminal) ------------------------------------------
    var line: string | null = prompt("Password");
    line = prompt("Name", "default", 0);
    line = prompt();
    // @ts-expect-error prompt() gives null at the end of input (jsexec) or for an empty answer (BBS)
    var sure: string = prompt("x");
    var yes: boolean | Function = confirm("Continue");
    var no: boolean | Function = deny("Continue");
    // @ts-expect-error confirm() gives the function itself at the end of input (jsexec js_confirm): not only a boolean
    var strictYes: boolean = confirm("x");
    // @ts-expect-error deny() needs the question
    deny();

    // --- time ---------------------------------------------------------------------------
    var elapsed: number = mswait(100);
    elapsed = mswait();
    elapsed = sleep(5);
    // @ts-expect-error an explicit undefined throws in the host
    mswait(undefined);
    // @ts-expect-error the delay is a number
    sleep("1000");
    var now: number = time();
    var stamp: string = strftime("%Y-%m-%d %H:%M:%S", now);
    stamp = strftime("%H:%M");
    var rnd: number = random(10) + random();

    // --- load ---------------------------------------------------------------------------
    var opts = load("modopts.js", "dyndns");
    // @ts-expect-error load() returns unknown: check before use
    opts.password;
    var scoped: unknown = load({}, "sbbsdefs.js");
    var queue: Queue = load(true, "background.js", 1);
    var written: boolean = queue.write("done");
    var reply: unknown = queue.read(250);
    var waiting: boolean | string = queue.poll();
    // @ts-expect-error a queue's read() takes a timeout in ms or a value's name, nothing else
    queue.read(true);
    // @ts-expect-error load() needs a file name
    load();
    // @ts-expect-error require is not declared (Synchronet's differs from Node's)
    require("x");

    // --- string helpers ----------------------------------------------------------------
    var t1: string = truncsp("a  ");
    var t2: null = truncsp(null);
    var t3: string = skipsp(" a") + truncstr("a;b", ";") + strip_ctrl("\x01Ha") + strip_ansi("") + strip_exascii("") + lfexpand("a\n");
    var code: number = ascii("A");
    var chr: string = ascii(65);
    var c: string = ctrl("C") + ctrl(3);
    // @ts-expect-error truncsp() of a string is a string, not a number
    var tn: number = truncsp("x");

    // --- file helpers -----------------------------------------------------------------
    var cfg: string = file_cfgname(system.ctrl_dir, "modopts.ini");
    // @ts-expect-error both arguments are required
    file_cfgname("modopts.ini");
    var ex: boolean = file_exists(cfg) && file_exists(null);
    var bs: string = backslash(system.ctrl_dir) + fullpath(".") + file_getname("/a/b.txt");
    var ext = file_getext("b.txt");
    // @ts-expect-error file_getext() returns undefined when there is no extension
    var extLen: number = ext.length;
    var fc = file_getcase("/tmp/X");
    // @ts-expect-error file_getcase() returns undefined when the file does not exist
    var fcs: string = fc;
    var ok: boolean = file_remove("x") || file_rename("a", "b") || file_copy("a", "b") || file_isdir("/") || file_touch("t") || file_mutex("m", "me", 60);
    var sz: number = file_size("x") + file_date("x");
    var list: string[] = directory("/tmp/*");
    ok = mkdir("d") && mkpath("d/e") && rmdir("d/e");

    // --- encoding / network helpers ---------------------------------------------------
    var b64 = base64_encode("x");
    // @ts-expect-error base64_encode() returns null on error
    var b64s: string = b64;
    var digest: string = md5_calc("x", true) + sha1_calc("x");
    // sha256_calc() is 3.22's only (3.30a has none): check before calling
    if (typeof sha256_calc === "function") digest += sha256_calc("x", true);
    // @ts-expect-error 3.30a has no sha256_calc()
    sha256_calc("x");
    var crcs: number = crc16_calc("x") + crc32_calc("x");
    var ip = resolve_ip("example.com");
    var ips = resolve_ip("example.com", true);
    if (ips) { var ip0: string = ips[0]; }
    // @ts-expect-error the array form may be null
    var ipsLen: number = resolve_ip("example.com", true).length;
    var ipsFirst: string[] | null = resolve_ip(true, "example.com");
    // @ts-expect-error a name that does not resolve gives null
    var ipSure: string = resolve_ip("example.com");
    // @ts-expect-error resolve_ip(null) throws in the host
    resolve_ip(null);
    // @ts-expect-error resolve_ip() needs a name
    resolve_ip();
    // @ts-expect-error file_rename() needs both paths
    file_rename("a");
    // @ts-expect-error file_rename(null, ...) throws in the host
    file_rename(null, "b");
    // @ts-expect-error file_remove(undefined) throws in the host
    file_remove(undefined);
    var missingSize: number = file_size(null);
    var dataDir: string = system.data_dir + "dyndns.json";
    var platform: string = system.platform;
    // @ts-expect-error system.data_dir is read-only
    system.data_dir = "/tmp/";
    // @ts-expect-error directory() returns an array, never null
    var noMatches: null = directory("*.none");
    var host: string | null = resolve_host("192.0.2.1") || gethostbyaddr("192.0.2.1");
    ip = gethostbyname("example.com");
    var es: string = socket_strerror(ETIMEDOUT) + strerror(ENOENT);
    var en: number = errno + socket_errno;
    var ens: string = errno_str + socket_errno_str;
    // @ts-expect-error errno is read-only
    errno = 0;

    // --- constants ----------------------------------------------------------------------
    var levels: number[] = [LOG_EMERG, LOG_ALERT, LOG_CRIT, LOG_ERR, LOG_ERROR, LOG_WARNING, LOG_NOTICE, LOG_INFO, LOG_DEBUG];
    var three: 3 = LOG_ERROR;
    // @ts-expect-error LOG_WARNING is 4, not 3
    var notThree: 3 = LOG_WARNING;
    // @ts-expect-error constants are read-only
    LOG_INFO = 7;
    var errs: number[] = [EINTR, EAGAIN, EWOULDBLOCK, EINPROGRESS, ETIMEDOUT, ECONNREFUSED, ECONNRESET, ENOTCONN, EADDRINUSE, EPIPE];
    var bad: number = INVALID_SOCKET;
    // @ts-expect-error LOG_WARN is not a constant
    LOG_WARN;
}

// exit() returns never, so its tests live in their own functions (code after it is unreachable).
function exitTypeTests(): void {
    function fail(msg: string): never {
        alert(msg);
        exit(1);
    }
    // @ts-expect-error exit_code is not declared: never name or rely on it from TypeScript
    exit_code = 1;
    if (argc === 0) fail("usage");
    var n: number = argc;
    if (n > 5) exit();
    // @ts-expect-error exit() takes a number
    exit("1");
}
