// One HTTP/1.1 request over TCP or TLS through Synchronet's Socket, bounded by a
// deadline from the connect to the last byte (the name lookup inside connect() is
// the system resolver's, which no script can cut short). What Synchronet's TLS does
// and does not do (certificates, SNI, timeouts) is in docs/https-from-synchronet.md.
import { HttpTarget, origin, parseHttpUrl } from "../core/http/url";
import { HttpRequest, hideSecrets, requestSecrets, requestText } from "../core/http/request";
import { HttpResponse, ResponseParser, ResponseProgress, createResponseParser } from "../core/http/response";
import { isIpv6 } from "../core/ipv6";
import { seconds } from "../core/text";
import { now } from "./clock";
import { describeSocketError } from "./socketConnection";
import { connectFailure } from "./connectFailure";
import { startGuard } from "./tlsGuard";

var SOCK_STREAM = 1;
var SOCKOPTS_SECTION = "dyndns";
/** Longest single poll, so that Synchronet can stop the module between polls. */
var POLL_SLICE_MS = 1000;
var RECV_BYTES = 16384;
/** The first version with Socket.tls_nameverify and tls_enhanced_certcheck (3.21b). */
var FIRST_NAMEVERIFY_VERSION = 32101;
/**
 * After a failed handshake cryptlib sleeps a random 0 to 3 s before it returns
 * (it dithers error timing): a handshake must end that long before the deadline.
 */
export var TLS_FAILURE_DELAY_MS = 3000;
export var DEFAULT_MAX_RESPONSE_BYTES = 65536;

export interface HttpOptions {
  /**
   * TLS only: the script Synchronet runs in a background thread to bound the
   * handshake (see tlsGuard.ts): the module itself, js.exec_path.
   */
  guardScript: string;
  /** TLS only: have cryptlib compare the host name with the certificate's names (3.21b+). */
  checkName?: boolean;
  /** The most bytes taken from the server (headers and body); default 64 KiB. */
  maxResponseBytes?: number;
}

export type HttpResult = { ok: true; response: HttpResponse } | { ok: false; reason: string };

type Connected = { ok: true; sock: Socket } | { ok: false; reason: string };

function base64(bytes: string): string {
  return base64_encode(bytes) || "";
}

/** A socket connected to the target: IPv6 for an IPv6 address, else IPv4 (as the client's own connections). */
function connect(target: HttpTarget, untilMs: number): Connected {
  var sock: Socket;
  try {
    sock = new Socket(SOCK_STREAM, SOCKOPTS_SECTION, isIpv6(target.host));
  } catch (e) {
    return { ok: false, reason: "could not get a socket: " + e };
  }
  // The timeout must be a number: Synchronet takes anything else as 0 seconds.
  var timeoutSeconds = Math.max(0.001, (untilMs - now()) / 1000);
  if (!sock.connect(target.host, target.port, Number(timeoutSeconds))) {
    var reason = connectFailure(sock, target.host, Math.round(timeoutSeconds * 10) / 10); // before close(), which overwrites sock.error
    sock.close();
    return { ok: false, reason: reason };
  }
  return { ok: true, sock: sock };
}

/** Sends all of `text` by the deadline; a reason when it could not. */
function sendAll(sock: Socket, text: string, untilMs: number): string | null {
  while (text.length > 0) {
    var left = untilMs - now();
    if (left <= 0) return "could not send the request before the deadline";
    var ready = sock.poll(Math.min(left, POLL_SLICE_MS) / 1000, true);
    if (ready < 0) return "could not send the request: " + describeSocketError(sock);
    if (ready === 0) continue;
    var sent = sock.send(text);
    if (sent === undefined || sent <= 0) return "could not send the request: " + describeSocketError(sock);
    text = text.slice(sent);
  }
  return null;
}

/**
 * Starts TLS on the connected socket and sends the request, both under a guard
 * that shuts the socket down when the deadline (less cryptlib's failure delay) comes.
 */
function secureSend(sock: Socket, target: HttpTarget, text: string, untilMs: number, options: HttpOptions): string | null {
  var budget = untilMs - TLS_FAILURE_DELAY_MS - now();
  if (budget <= 0) {
    return "no time left for a TLS handshake (it needs up to " + seconds(TLS_FAILURE_DELAY_MS) + " s before the deadline, the time cryptlib may wait after a failure)";
  }
  if (options.checkName) {
    if (system.version_num < FIRST_NAMEVERIFY_VERSION) return "checking the certificate's name needs Synchronet 3.21b or later";
    sock.tls_nameverify = true;
    // Without it cryptlib reads only the certificate's common name, not its subjectAltName list.
    sock.tls_enhanced_certcheck = true;
  }
  var guard = startGuard(options.guardScript, sock, budget);
  if (typeof guard === "string") return guard;
  var secured = false;
  var reason: string | null = null;
  try {
    sock.ssl_session = true;
    secured = sock.ssl_session;
    if (secured) reason = sendAll(sock, text, untilMs - TLS_FAILURE_DELAY_MS);
  } finally {
    // Whatever happened, the guard must end before the socket does: it holds its descriptor.
    var fired = !guard.release();
  }
  if (!secured) {
    if (fired) return "no TLS handshake within " + seconds(budget) + " s";
    return "the TLS handshake failed" + (options.checkName ? " (or the certificate does not name " + target.host + ")" : "");
  }
  if (fired) return "the TLS connection was shut down at the deadline";
  return reason;
}

/**
 * Reads the answer by the deadline. poll() sees only the socket, not what cryptlib
 * has already decrypted (Synchronet before 2026-07, 3.30a among them), so each turn
 * first takes what recv() gives at once and polls only when it gave nothing.
 */
function receive(sock: Socket, tls: boolean, parser: ResponseParser, untilMs: number): ResponseProgress {
  var readable = false;
  for (;;) {
    var left = untilMs - now();
    if (left <= 0) return { kind: "more" };
    var progress: ResponseProgress;
    var chunk = sock.recv(RECV_BYTES, 0);
    if (chunk === null) {
      // TLS: the session ended (close_notify, or the connection went). Plain TCP: an error.
      if (!tls) return { kind: "bad", reason: "the connection failed: " + describeSocketError(sock) };
      progress = parser.end();
    } else if (chunk !== "") {
      progress = parser.push(chunk);
    } else if (readable && !tls) {
      progress = parser.end(); // readable with nothing to read: the server closed
    } else {
      // A negative poll() timeout would wait forever: left is positive here.
      var ready = sock.poll(Math.min(left, POLL_SLICE_MS) / 1000);
      if (ready < 0 && !tls) return { kind: "bad", reason: "the connection failed: " + describeSocketError(sock) };
      if (ready >= 0) {
        readable = ready > 0;
        continue;
      }
      progress = parser.end(); // cryptlib closed the socket when the session failed
    }
    readable = false;
    if (progress.kind !== "more") return progress;
  }
}

/**
 * Sends the request and reads the whole answer, by `untilMs` (a now() value) from
 * the connect to the last byte, or says in one line why not. The line names the
 * server (scheme, host, port: never the path, which may carry a token) and holds
 * none of the request's secrets.
 */
export function httpRequest(request: HttpRequest, untilMs: number, options: HttpOptions): HttpResult {
  var secrets = requestSecrets(request, base64);
  function failure(where: string, reason: string): HttpResult {
    return { ok: false, reason: hideSecrets(where + reason, secrets) };
  }
  var started = now();
  var parsed = parseHttpUrl(request.url);
  if (!parsed.ok) return failure("", parsed.reason);
  var target = parsed.target;
  var where = origin(target) + ": ";
  var text = requestText(request, target, base64);
  if (!text.ok) return failure(where, text.reason);
  var connected = connect(target, untilMs);
  if (!connected.ok) return failure(where, connected.reason);
  var sock = connected.sock;
  try {
    var sent = target.tls ? secureSend(sock, target, text.text, untilMs, options) : sendAll(sock, text.text, untilMs);
    if (sent !== null) return failure(where, sent);
    var parser = createResponseParser(options.maxResponseBytes || DEFAULT_MAX_RESPONSE_BYTES, request.method === "HEAD");
    var progress = receive(sock, target.tls, parser, untilMs);
    if (progress.kind === "done") return { ok: true, response: progress.response };
    if (progress.kind === "bad") return failure(where, progress.reason);
    return failure(where, "no complete answer within " + seconds(now() - started) + " s (" + parser.received() + " bytes came)");
  } finally {
    sock.close();
  }
}
