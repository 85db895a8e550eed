// Type tests for what a per-connection script of the services server gets
// (services.cpp js_initcx, js_client.cpp, js_user.cpp).
// Lines after `// @ts-expect-error` must fail to type-check; everything else must compile.

function servicesTypeTests(): void {
    // --- client: absent outside the services server ------------------------------------------
    // @ts-expect-error client may be absent (jsexec, events): narrow with typeof first
    client.ip_address;
    if (typeof client !== "undefined") {
        var address: string = client.ip_address;
        var host: string = client.host_name;
        var port: number = client.port + client.connect_time + client.user_number;
        var names: string = client.protocol + client.user_name;
        var sock: Socket = client.socket;
        var line: string | null = client.socket.recvline(512, 10);
        var sent: number | undefined = client.socket.send("ok\r\n");
        client.socket.close();
        // @ts-expect-error client properties are read-only
        client.ip_address = "127.0.0.1";
        // @ts-expect-error client.port is a number
        var portText: string = client.port;
        // @ts-expect-error the socket cannot be replaced
        client.socket = new Socket();
        // @ts-expect-error typo
        client.ip_addr;
    }

    // --- login / logout / logged_in ---------------------------------------------------------
    // @ts-expect-error login may be absent (jsexec, events)
    login("TESTBBS", "pass");
    if (typeof login !== "undefined" && typeof logout !== "undefined") {
        var ok: boolean = login("TESTBBS", "pass");
        ok = login("TESTBBS", "pass", false);
        ok = login("TESTBBS");
        // @ts-expect-error the name is a string
        login(1, "pass");
        // @ts-expect-error the third argument is a boolean
        login("TESTBBS", "pass", 1);
        var out: boolean = logout();
    }
    var state: boolean | undefined = logged_in;
    var packet: string | undefined = datagram;

    // --- user -------------------------------------------------------------------------------
    var number: number = user.number;
    var alias: string = user.alias + user.name + user.handle;
    var restrictions: number = user.security.restrictions;
    var isQwk: boolean = (user.security.restrictions & (1 << 16)) !== 0;
    var password: string = user.security.password;
    var level: number = user.security.level;
    var sysop: boolean = user.is_sysop;
    user.alias = "NEWNAME";
    user.security.restrictions = user.security.restrictions | (1 << 16);
    // @ts-expect-error the user binding itself is read-only
    user = user;
    // @ts-expect-error is_sysop is computed from the level
    user.is_sysop = true;
    // @ts-expect-error security cannot be replaced, only its properties
    user.security = user.security;
    // @ts-expect-error restrictions is a number
    var restrictionText: string = user.security.restrictions;

    // --- new User(number): any user's record ---------------------------------------------------
    var other: Synchronet.User = new User(2);
    var blank: Synchronet.User = new User();
    var slots: number = system.lastuser;
    var gone: boolean = (other.settings & 1) !== 0 || blank.number === 0 || slots > 0;
    // @ts-expect-error the number is a number
    new User("TESTBBS");
}
