// Type tests for Socket, ConnectedSocket and ListeningSocket.
// Lines after `// @ts-expect-error` must fail to type-check; everything else must compile.

function socketTypeTests(): void {
    // --- constructors -------------------------------------------------------
    var tcp: Socket = new Socket();
    var udp6 = new Socket(2, "dyndns", true);
    var udp = new Socket(2);
    var named = new Socket("dyndns");
    var v6 = new Socket(true);
    var wrapped = new Socket(true, 5);
    var v6udp = new Socket(2, true);
    // @ts-expect-error boolean first plus a second argument wraps a descriptor, not IPv6
    new Socket(true, "dyndns");
    // @ts-expect-error the family is never given as a number
    new Socket(Socket.AF_INET6, 1, "x", true);

    // --- statics (3.20d+) ---------------------------------------------------
    var fam: number = Socket.AF_INET6;
    var stream: 1 = Socket.SOCK_STREAM;
    var inet: 2 = Socket.AF_INET;
    // @ts-expect-error SOCK_DGRAM really is 1 (same as SOCK_STREAM), so this comparison can never be true
    if (Socket.SOCK_DGRAM === 2) { log("never"); }
    // @ts-expect-error statics are read-only
    Socket.AF_INET = 3;
    // @ts-expect-error SOCK_STREAM is not a global
    var bad1 = SOCK_STREAM;
    // @ts-expect-error SOCK_DGRAM is not a global either
    var bad2 = SOCK_DGRAM;
    // @ts-expect-error AF_INET is only a static of Socket
    var bad3 = AF_INET;

    // --- connect / bind -----------------------------------------------------
    var ok: boolean = tcp.connect("example.com", 80);
    ok = tcp.connect("example.com", "http", 2.5);
    ok = tcp.connect("::1", 53, function (this: Socket) { this.close(); });
    // @ts-expect-error an explicit undefined timeout means 0 seconds: rejected
    tcp.connect("example.com", 80, undefined);
    // @ts-expect-error timeout must be a number
    tcp.connect("example.com", 80, "10");
    // @ts-expect-error port is required
    tcp.connect("example.com");
    // @ts-expect-error typo in method name
    tcp.conect("example.com", 80);
    ok = udp.bind();
    ok = udp.bind(0, "0.0.0.0");
    ok = tcp.listen();
    var conn = tcp.accept();
    // @ts-expect-error accept() can return undefined
    conn.close();
    if (conn) conn.close();

    // --- send ---------------------------------------------------------------
    var sent = tcp.send("hello");
    // @ts-expect-error send() returns undefined on error
    var sentCount: number = tcp.send("hello");
    if (sent !== undefined && sent < 5) log(LOG_WARNING, "short send");
    var w: number | undefined = tcp.write("x");
    ok = tcp.sendline("HELLO");
    ok = tcp.writeln("HELLO");
    ok = udp.sendto("ping", "192.0.2.1", 7);
    ok = tcp.sendfile("/tmp/x");
    ok = tcp.sendBin(1, 2);
    ok = tcp.writeBin(1);
    // @ts-expect-error only 1, 2 or 4 byte integers
    tcp.sendBin(1, 3);
    // @ts-expect-error sendline() takes a string
    tcp.sendline(42);

    // --- receive ------------------------------------------------------------
    var line = tcp.recvline(512, 10);
    // @ts-expect-error recvline() returns null on timeout/close
    var len1: number = line.length;
    if (line !== null) { var len2: number = line.length; }
    // @ts-expect-error result is string | null, not string
    var s1: string = tcp.readln();
    var s2: string | null = tcp.readline();
    var chunk = tcp.recv();
    // @ts-expect-error recv() returns null on error
    chunk.charAt(0);
    var r2: string | null = tcp.read(100, 5);
    var pk: string | null = tcp.peek(1);
    var dg = udp.recvfrom(1500);
    if (dg) { var from: string = dg.ip_address; var fromPort: string = dg.port; var text: string = dg.data; }
    // @ts-expect-error recvfrom() port is a string
    if (dg) { var p: number = dg.port; }
    var bin = udp.recvfrom(true, 4);
    if (bin) { var n: number = bin.data; }
    var rb: number = tcp.recvBin(2);
    rb = tcp.readBin();
    // @ts-expect-error recv timeout must be a number
    tcp.recv(512, "30");

    // --- poll / options / events -------------------------------------------
    var ready: number = tcp.poll(0.5);
    ready = tcp.poll(1, true);
    var opt: number = tcp.getoption("SO_RCVBUF");
    var set: boolean | undefined = tcp.setoption("TCP_NODELAY", 1);
    var io: number = tcp.ioctl(0x541B);
    var id: number = tcp.on("read", function (this: Socket) { this.recvline(); });
    id = tcp.once("write", function () { });
    tcp.clearOn("read", id);
    tcp.clearOnce("write", id);
    // @ts-expect-error only "read" and "write" events exist
    tcp.on("data", function () { });

    // --- properties -----------------------------------------------------------
    var err: number = tcp.error;
    err = tcp.last_error;
    var estr: string = tcp.error_str;
    // @ts-expect-error error is read-only
    tcp.error = 0;
    // @ts-expect-error is_connected is read-only
    tcp.is_connected = true;
    // @ts-expect-error error_str is read-only
    tcp.error_str = "";
    // @ts-expect-error data_waiting is read-only
    tcp.data_waiting = false;
    var addr = tcp.local_ip_address;
    // @ts-expect-error local_ip_address is undefined after close()
    var addrLen: number = addr.length;
    if (addr !== undefined) { var a2: string = addr; }
    // @ts-expect-error local_port is undefined after close()
    var lp: number = tcp.local_port;
    // @ts-expect-error local_port is read-only
    tcp.local_port = 1;
    // @ts-expect-error remote_ip_address may be undefined
    var rip: string = tcp.remote_ip_address;
    var fam2: number | undefined = tcp.family;
    var typ: number = tcp.type;
    tcp.nonblocking = true;
    tcp.network_byte_order = false;
    tcp.debug = true;
    var dbg: number = tcp.debug;
    tcp.is_writeable = false;
    tcp.is_writable = false;
    var fd: number = tcp.descriptor;
    var waiting: boolean = tcp.data_waiting;
    var nread: number = tcp.nread;
    tcp.tls_minver = 102;
    tcp.tls_psk = { me: "secret" };
    tcp.ssl_session = true;
    var tlsUp: boolean = tcp.ssl_session;
    // @ts-expect-error tls_psk_id is read-only
    tcp.tls_psk_id = "x";
    var names: string[] = tcp.option_list;
    // @ts-expect-error typo in property name
    tcp.is_conected;
    // @ts-expect-error close() returns nothing
    var closed: boolean = tcp.close();

    // --- ConnectedSocket / ListeningSocket ---------------------------------------
    var cs: Socket = new ConnectedSocket("example.com", 80, { timeout: 5, domain: Socket.PF_INET6, bindaddrs: ["::"] });
    // @ts-expect-error unknown option
    new ConnectedSocket("example.com", 80, { timout: 5 });
    // @ts-expect-error host and port are both required
    new ConnectedSocket("example.com");
    var ls: Socket = new ListeningSocket(["0.0.0.0", "::"], 8080, "test", { retry_count: 2 });
    // @ts-expect-error protocol argument is required
    new ListeningSocket("0.0.0.0", 8080);

    // --- error constants ----------------------------------------------------------
    if (tcp.error === ETIMEDOUT || tcp.error === ECONNREFUSED || tcp.error === EINPROGRESS
        || tcp.error === EWOULDBLOCK || tcp.error === ECONNRESET || tcp.error === ENOTCONN) {
        log(LOG_ERR, "socket error " + tcp.error_str);
    }
    var inv: number = INVALID_SOCKET;
    // @ts-expect-error EHOSTUNREACH is not defined by the host
    var hu = EHOSTUNREACH;
    // @ts-expect-error ENETUNREACH is not defined by the host
    var nu = ENETUNREACH;
}
