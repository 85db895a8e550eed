import { Connected, Network } from "../../shared/core/connection";
import { Output } from "../core/output";
import { describeSocketError, socketConnection } from "../../shared/host/socketConnection";
import { now } from "../../shared/host/clock";
import { isIpv6 } from "../../shared/core/ipv6";
import { MAX_LINE_LENGTH } from "../../shared/core/protocol";
import { bindToward } from "../core/bind";
import { isIpv4 } from "../../shared/core/ipv4";
import { connectFailure } from "../../shared/host/connectFailure";

// Not globals in Synchronet (sockdefs.js defines them), so ours.
var SOCK_STREAM = 1;
var SOCK_DGRAM = 2;
var SOCKOPTS_SECTION = "dyndns";

/** The first IPv4 address of a name (an IPv4 socket uses no other), or null. */
function firstIpv4(host: string): string | null {
  var addresses = resolve_ip(host, true);
  for (var i = 0; addresses && i < addresses.length; i++) {
    if (isIpv4(String(addresses[i]))) return String(addresses[i]);
  }
  return null;
}

/** The errors connect() gives when the bound source address cannot be used toward the server. */
function isAddressError(error: number): boolean {
  return error === EINVAL || error === EADDRNOTAVAIL;
}

/** TCP over Synchronet's Socket: a new Socket for each attempt, as one serves one connect. */
export function synchronetNetwork(bind: string | null, out: Output): Network {
  var bindTo = bind;
  function connect(host: string, port: number, timeoutSeconds: number): Connected {
    // An IPv4 socket cannot reach an IPv6 literal; names keep the stock module's IPv4.
    var ipv6 = isIpv6(host);
    var sock: Socket;
    try {
      sock = new Socket(SOCK_STREAM, SOCKOPTS_SECTION, ipv6);
    } catch (e) {
      return { ok: false, reason: "could not get a socket: " + e };
    }
    var source = ipv6 ? null : bindToward(bindTo, host, firstIpv4);
    if (bindTo !== null && !ipv6 && source === null) {
      out.info("not binding to the BBS interface " + bindTo + " (loopback) toward " + host + ", which is not");
    }
    if (source !== null && !sock.bind(0, source)) {
      out.warn("could not bind to the BBS interface " + source + ": " + describeSocketError(sock)
        + "; updating from the system's default address");
      bindTo = source = null;
    }
    // The timeout must be a number: Synchronet takes anything else as 0 seconds.
    if (!sock.connect(host, port, Number(timeoutSeconds))) {
      if (source !== null && isAddressError(sock.error)) {
        out.warn("could not connect to " + host + " from the BBS interface " + source + ": " + describeSocketError(sock)
          + "; trying again from the system's default address");
        sock.close();
        bindTo = null;
        return connect(host, port, timeoutSeconds);
      }
      var reason = connectFailure(sock, host, timeoutSeconds); // before close(), which overwrites sock.error
      sock.close();
      return { ok: false, reason: reason };
    }
    return { ok: true, connection: socketConnection(sock, MAX_LINE_LENGTH) };
  }
  return { now: now, connect: connect };
}

/**
 * The local address of a UDP IPv6 socket "connected" to the service: the
 * address this machine would use toward it. A UDP connect sends no packet.
 */
export function localIpv6Addresses(hosts: string[], port: number, timeoutSeconds: number): string[] {
  for (var i = 0; i < hosts.length; i++) {
    try {
      var sock = new Socket(SOCK_DGRAM, SOCKOPTS_SECTION, true);
      var address = sock.connect(hosts[i], port, Number(timeoutSeconds)) ? sock.local_ip_address : undefined;
      sock.close();
      if (address) return [String(address)];
    } catch (e) {
      return [];
    }
  }
  return [];
}

/**
 * This machine's IPv4 address toward `host`: the local address of a UDP socket
 * "connected" to it (no packet is sent), or null.
 */
export function localIpv4Toward(host: string): string | null {
  try {
    var sock = new Socket(SOCK_DGRAM, SOCKOPTS_SECTION, false);
    var address = sock.connect(host, 53, 1) ? sock.local_ip_address : undefined;
    sock.close();
    return address && isIpv4(String(address)) ? String(address) : null;
  } catch (e) {
    return null;
  }
}
