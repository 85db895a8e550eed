// Type tests for the system, server and js host objects.
// Lines after `// @ts-expect-error` must fail to type-check; everything else must compile.

function hostObjectTypeTests(): void {
    // --- system ---------------------------------------------------------------------------
    var name: string = system.name + system.operator + system.qwk_id + system.location;
    var addr: string = system.inet_addr + system.inetaddr + system.host_name + system.local_host_name;
    var dirs: string = system.ctrl_dir + system.data_dir + system.exec_dir + system.mods_dir + system.text_dir + system.temp_dir + system.logs_dir + system.node_dir;
    var ver: string = system.version + system.revision + system.full_version + system.platform + system.js_version;
    var vnum: number = system.version_num + system.version_hex + system.timer + system.uptime;
    var ns: string[] = system.name_servers;
    var logons: number = system.stats.total_logons;
    var taken: boolean = system.check_name("Sysop") && system.check_pid(1);
    var ts: string = system.timestr() + system.timestr(time()) + system.datestr() + system.zonestr() + system.secondstr(90);
    var parsed: number = system.datestr("01/02/25");
    var rc: number = system.exec("true");
    var out: string[] = system.popen("ls");
    var txt: string | null = system.text(1);
    system.settings = system.settings | 1;
    // @ts-expect-error system.name is read-only
    system.name = "x";
    // @ts-expect-error system.version is read-only
    system.version = "3.99";
    // @ts-expect-error ctrl_dir is read-only
    system.ctrl_dir = "/tmp/";
    // @ts-expect-error the system binding itself is read-only
    system = system;
    // @ts-expect-error typo in property name
    system.ctrldir;
    // @ts-expect-error timestr(undefined) throws in the host
    system.timestr(undefined);
    // @ts-expect-error version_num is a number
    var vs: string = system.version_num;

    // --- server (absent under jsexec) ---------------------------------------------------------
    // @ts-expect-error server may be absent: narrow with typeof first
    server.interface_ip_address;
    if (typeof server !== "undefined") {
        var iface: string = server.interface_ip_address;
        var ifaces: readonly string[] = server.interface_ip_addr_list;
        var sopts: number | undefined = server.options;
        var sver: string = server.version;
        // @ts-expect-error interface_ip_address is read-only
        server.interface_ip_address = "0.0.0.0";
        // @ts-expect-error the address list is frozen
        server.interface_ip_addr_list.push("::");
    }
    var probe: unknown = js.global.server;
    // @ts-expect-error the global server is read-only (js_server.cpp js_CreateServerObject: JSPROP_READONLY)
    server = undefined;

    // --- xtrn_area.event: the configured timed events ------------------------------------------
    var tev: Synchronet.TimedEvent | undefined = xtrn_area.event["dyndns"];
    if (tev) {
        var evCmd: string = tev.cmd;
        var evBits: number = tev.settings | tev.freq | tev.days | tev.error_level | tev.next_run;
        // @ts-expect-error an event's properties are read-only
        tev.cmd = "?x";
    }
    // @ts-expect-error a code may be missing: narrow before use
    xtrn_area.event["nope"].cmd;
    // @ts-expect-error the event list is read-only
    xtrn_area.event = {};

    // --- js ----------------------------------------------------------------------------------
    var engine: string = js.version;
    js.auto_terminate = false;
    // 3.22 only (3.30a has none, and never stops a script on a disconnect): maybe absent when read, settable
    // @ts-expect-error terminate_on_disconnect may be absent (3.30a)
    var tod: boolean = js.terminate_on_disconnect;
    js.terminate_on_disconnect = false;
    if (js.terminated) { exit(0); }
    var dir: string = js.exec_dir + js.exec_file + js.exec_path + js.startup_dir;
    var scope: Synchronet.Scope = js.scope;
    var g: Synchronet.Scope = js.global;
    var paths: string[] = js.load_path_list;
    js.on_exit("log('bye')");
    js.gc();
    js.gc(false);
    var ev: unknown = js.eval("1+1");
    var tid: number = js.setTimeout(function () { }, 100);
    js.clearTimeout(tid);
    js.report_error("oops");
    js.time_limit = 0;
    var ran: unknown = js.exec("other.js", {}, "arg");
    // @ts-expect-error js.version is read-only
    js.version = "x";
    // @ts-expect-error exec_dir is read-only
    js.exec_dir = "/";
    // @ts-expect-error the js binding itself is read-only
    js = js;
    // @ts-expect-error gc_counter is not built into the stock engine bindings
    js.gc_counter;
    // @ts-expect-error on_exit takes source text, not a function
    js.on_exit(function () { });
}
