// Type tests for the Socket calls of src/shared/host/dnsServer.ts (DNS over TCP and UDP).
// Lines after `// @ts-expect-error` must fail to type-check; everything else must compile.

function dnsSocketTypeTests(): void {
    var udp: Socket = new Socket(2, false);
    var udp6: Socket = new Socket(2, true);
    var connected: boolean = udp.connect("127.0.0.1", 53, 1.5);
    var sent = udp.send("\x12\x34");
    // @ts-expect-error send() returns undefined on error, so the count may be missing
    var count: number = udp.send("\x12\x34");
    if (sent !== undefined && sent === 2) log(LOG_DEBUG, "whole datagram sent");
    var ready: number = udp6.poll(0.25);
    var datagram: string | null = udp.recv(65535, 0);
    // @ts-expect-error recv() gives null on error
    var bytes: string = udp.recv(65535, 0);
    var prefix: number = udp.recvBin(2);
    // @ts-expect-error recvBin() has no timeout argument (it waits up to 120 s)
    udp.recvBin(2, 5);
    var error: number = udp.error;
    if (error === ECONNREFUSED || error === ETIMEDOUT) udp.close();
}
