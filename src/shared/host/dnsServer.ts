// The edge between the DNS core and the primary DNS server: Synchronet's Socket,
// TCP with the 2-byte length prefix (RFC 1035 4.2.2), or UDP for messages of at
// most 512 bytes when the settings ask for it, falling back to TCP when the
// answer comes back truncated. One deadline bounds the whole exchange.
import { Answer, QUERY, QUERY_ACCEPTS, STALE_RCODES, UPDATE, UPDATE_ACCEPTS, readAnswer } from "../core/dns/answer";
import { readU16, u16 } from "../core/dns/bytes";
import { PUBLISHED_TYPES } from "../core/dns/codes";
import { isTruncated, HEADER_BYTES, Parsed } from "../core/dns/message";
import { isFormatError, nameProblem, normalName } from "../core/dns/names";
import { encodeQuery, rrsetIn } from "../core/dns/query";
import { SignedRequest, signRequest } from "../core/dns/tsig";
import { DnsOutcome, DnsServerSettings, RRset, RRType, UpdatePlan } from "../core/dns/types";
import { encodeUpdate, planProblem } from "../core/dns/update";
import { isIpv6 } from "../core/ipv6";
import { hostPort } from "../core/hostPort";
import { describeSocketError } from "./socketConnection";
import { now } from "./clock";
import { seconds } from "../core/text";

// Not globals in Synchronet (sockdefs.js defines them), so ours.
var SOCK_STREAM = 1;
var SOCK_DGRAM = 2;
/** Largest DNS message over UDP without EDNS (RFC 1035 4.2.1). */
var UDP_LIMIT = 512;
/** Longest single wait, so that Synchronet can stop the script between waits. */
var POLL_SLICE_MS = 1000;
/** A UDP request with no answer yet is sent again this often (UPDATE replaces whole sets: repeating it is harmless). */
var UDP_RESEND_MS = 2000;

type Reply = { ok: true; data: string } | { ok: false; reason: string };

/** One exchange with the server: its deadline, and the sockets opened so far (reused for later requests). */
interface Exchange {
  settings: DnsServerSettings;
  where: string;
  startedAt: number;
  until: number;
  tcp: Socket | null;
  udp: Socket | null;
}

function startExchange(settings: DnsServerSettings): Exchange {
  var at = now();
  var where = hostPort(settings.server, settings.port);
  return { settings: settings, where: where, startedAt: at, until: at + settings.timeoutSeconds * 1000, tcp: null, udp: null };
}

function noAnswer(exchange: Exchange): string {
  return "no answer from " + exchange.where + " within " + seconds(exchange.until - exchange.startedAt) + " s";
}

function endExchange(exchange: Exchange): void {
  if (exchange.tcp) exchange.tcp.close();
  if (exchange.udp) exchange.udp.close();
  exchange.tcp = exchange.udp = null;
}

/** A connected socket, or why there is none (read from sock.error before close(), which overwrites it). */
function connect(exchange: Exchange, type: number): { ok: true; sock: Socket } | { ok: false; reason: string } {
  var settings = exchange.settings;
  var sock: Socket;
  try {
    sock = new Socket(type, isIpv6(settings.server));
  } catch (e) {
    return { ok: false, reason: "could not get a socket: " + e };
  }
  var left = exchange.until - now();
  // The timeout must be a number: Synchronet takes anything else as 0 seconds.
  if (left > 0 && sock.connect(settings.server, settings.port, Number(left / 1000))) return { ok: true, sock: sock };
  var error = sock.error;
  var reason = left <= 0 ? noAnswer(exchange)
    : error === ETIMEDOUT ? "no connection to " + exchange.where + " within " + seconds(exchange.until - exchange.startedAt) + " s"
    : error === ECONNREFUSED ? exchange.where + " refused the connection"
    : error < 0 ? settings.server + " could not be resolved: " + describeSocketError(sock)
    : "could not connect to " + exchange.where + ": " + describeSocketError(sock);
  sock.close();
  return { ok: false, reason: reason };
}

/** Waits for the socket to be readable: 1, 0 when the deadline passed, -1 on error. */
function waitReadable(sock: Socket, until: number): number {
  for (;;) {
    var left = until - now();
    if (left <= 0) return 0;
    var ready = sock.poll(Math.min(left, POLL_SLICE_MS) / 1000);
    if (ready !== 0) return ready;
  }
}

function sendAll(sock: Socket, data: string): boolean {
  while (data.length > 0) {
    var sent = sock.send(data);
    if (sent === undefined || sent <= 0) return false;
    data = data.slice(sent);
  }
  return true;
}

/** Exactly `count` bytes from a TCP socket: recv() returns after one read, so it loops. */
function receiveExactly(exchange: Exchange, sock: Socket, count: number): Reply {
  var data = "";
  while (data.length < count) {
    var ready = waitReadable(sock, exchange.until);
    if (ready === 0) return { ok: false, reason: noAnswer(exchange) };
    var chunk = ready < 0 ? null : sock.recv(count - data.length, 0);
    if (chunk === null) return { ok: false, reason: "lost the connection to " + exchange.where + ": " + describeSocketError(sock) };
    if (chunk === "") return { ok: false, reason: exchange.where + " closed the connection before answering" };
    data += chunk;
  }
  return { ok: true, data: data };
}

/** The exchange's socket of this type: connected at its first use, then kept for the next requests. */
function socketOf(exchange: Exchange, type: number): { ok: true; sock: Socket } | { ok: false; reason: string } {
  var open = type === SOCK_STREAM ? exchange.tcp : exchange.udp;
  if (open) return { ok: true, sock: open };
  var connected = connect(exchange, type);
  if (connected.ok && type === SOCK_STREAM) exchange.tcp = connected.sock;
  else if (connected.ok) exchange.udp = connected.sock;
  return connected;
}

/** The answer to each request, by index; null where a UDP answer came back truncated (TCP must ask again). */
type Replies = { ok: true; data: (string | null)[] } | { ok: false; reason: string };

/** Which request a message answers (by its id), or -1. */
function answering(requests: SignedRequest[], message: string): number {
  if (message.length < HEADER_BYTES) return -1;
  var id = readU16(message, 0);
  for (var i = 0; i < requests.length; i++) if (requests[i].id === id) return i;
  return -1;
}

/**
 * Every request on the exchange's TCP connection at once, then one answer to each, matched by
 * id (pipelining, RFC 7766 6.2.1: the server may answer in any order): one round trip for all.
 */
function askTcp(exchange: Exchange, requests: SignedRequest[]): Replies {
  var socket = socketOf(exchange, SOCK_STREAM);
  if (!socket.ok) return socket;
  var sock = socket.sock;
  var wire = "";
  for (var i = 0; i < requests.length; i++) wire += u16(requests[i].wire.length) + requests[i].wire;
  if (!sendAll(sock, wire)) return { ok: false, reason: "could not send to " + exchange.where + ": " + describeSocketError(sock) };
  var data: (string | null)[] = [];
  for (var missing = requests.length; missing > 0;) {
    var prefix = receiveExactly(exchange, sock, 2);
    if (!prefix.ok) return prefix;
    var message = receiveExactly(exchange, sock, readU16(prefix.data, 0));
    if (!message.ok) return message;
    var at = answering(requests, message.data);
    // A message that answers none of ours (or one already answered) is left aside.
    if (at >= 0 && data[at] === undefined) {
      data[at] = message.data;
      missing--;
    }
  }
  return { ok: true, data: data };
}

/**
 * One datagram per request, all sent at once; those still unanswered are sent again every
 * UDP_RESEND_MS until the deadline. Datagrams that answer none of them are ignored.
 */
function askUdp(exchange: Exchange, requests: SignedRequest[]): Replies {
  var socket = socketOf(exchange, SOCK_DGRAM);
  if (!socket.ok) return socket;
  var sock = socket.sock;
  var data: (string | null)[] = [];
  var missing = requests.length;
  var resendAt = 0;
  while (missing > 0) {
    if (now() >= resendAt) {
      for (var i = 0; i < requests.length; i++) {
        if (data[i] !== undefined) continue;
        if (sock.send(requests[i].wire) !== requests[i].wire.length) {
          return { ok: false, reason: "could not send to " + exchange.where + ": " + describeSocketError(sock) };
        }
      }
      resendAt = now() + UDP_RESEND_MS;
    }
    var ready = waitReadable(sock, Math.min(exchange.until, resendAt));
    if (ready === 0) {
      if (now() >= exchange.until) return { ok: false, reason: noAnswer(exchange) };
      continue;
    }
    var datagram = ready < 0 ? null : sock.recv(65535, 0);
    if (datagram === null) {
      // A refused UDP port shows as ECONNREFUSED (ICMP port unreachable) on the connected socket.
      var refused = sock.error === ECONNREFUSED;
      return { ok: false, reason: refused ? exchange.where + " refused the request (nothing listens on that UDP port)"
        : "lost the UDP exchange with " + exchange.where + ": " + describeSocketError(sock) };
    }
    var at = answering(requests, datagram);
    if (at < 0 || data[at] !== undefined) continue;
    data[at] = isTruncated(readU16(datagram, 2)) ? null : datagram;
    missing--;
  }
  return { ok: true, data: data };
}

/**
 * The server's answers to the requests, each read and verified, in the requests' order: over
 * UDP first when the settings allow and a request fits, over TCP for the rest and for answers
 * that came back truncated. On a failure, the first in order.
 */
function askAll(exchange: Exchange, requests: SignedRequest[], opcode: number, accepted: number[]):
  { ok: true; answers: Answer[] } | { ok: false; reason: string; rcode?: number } {
  var data: (string | null)[] = [];
  var small: number[] = [];
  if (exchange.settings.transport === "udp") {
    for (var i = 0; i < requests.length; i++) if (requests[i].wire.length <= UDP_LIMIT) small.push(i);
  }
  if (small.length) {
    var udp = askUdp(exchange, pick(requests, small));
    if (!udp.ok) return udp;
    for (var u = 0; u < small.length; u++) data[small[u]] = udp.data[u];
  }
  var rest: number[] = [];
  for (var r = 0; r < requests.length; r++) if (!data[r]) rest.push(r);
  if (rest.length) {
    var tcp = askTcp(exchange, pick(requests, rest));
    if (!tcp.ok) return tcp;
    for (var k = 0; k < rest.length; k++) data[rest[k]] = tcp.data[k];
  }
  var answers: Answer[] = [];
  for (var a = 0; a < requests.length; a++) {
    var answer = readAnswer(data[a] as string, requests[a], opcode, exchange.settings.key, unixSeconds(), accepted);
    if (!answer.ok) return answer;
    answers.push(answer);
  }
  return { ok: true, answers: answers };
}

function pick(requests: SignedRequest[], indexes: number[]): SignedRequest[] {
  var out: SignedRequest[] = [];
  for (var i = 0; i < indexes.length; i++) out.push(requests[indexes[i]]);
  return out;
}

function unixSeconds(): number {
  return Math.floor(now() / 1000);
}

function messageId(): number {
  return Math.floor(Math.random() * 65536);
}

/** Why the settings cannot be used, or null. */
function settingsProblem(settings: DnsServerSettings): string | null {
  if (!(settings.timeoutSeconds > 0)) return "the DNS timeout is " + settings.timeoutSeconds + " (expected seconds above 0)";
  if (!(settings.port >= 1 && settings.port <= 65535 && settings.port === Math.floor(settings.port))) {
    return "the DNS port is " + settings.port + " (expected 1 to 65535)";
  }
  if (settings.key.algorithm !== "hmac-sha256") return "the TSIG algorithm is '" + settings.key.algorithm + "' (expected hmac-sha256)";
  if (!settings.key.secret) return "the TSIG secret is empty";
  var keyNameProblem = nameProblem(settings.key.name);
  return keyNameProblem === null ? null : "the TSIG key name " + keyNameProblem;
}

/**
 * The current record sets of these names, read from the primary: of `types`, by default every
 * type the service publishes (A, AAAA, MX, TXT, LOC, CNAME).
 */
export function currentRecords(settings: DnsServerSettings, names: string[], types?: RRType[]):
  { ok: true; rrsets: RRset[] } | { ok: false; reason: string } {
  var asking = types || PUBLISHED_TYPES;
  var problem = settingsProblem(settings);
  for (var n = 0; problem === null && n < names.length; n++) problem = nameProblem(names[n]);
  if (problem !== null) return { ok: false, reason: problem };
  var exchange = startExchange(settings);
  var rrsets: RRset[] = [];
  var asked: { name: string; type: RRType }[] = [];
  var requests: SignedRequest[] = [];
  var first = messageId();
  for (var i = 0; i < names.length; i++) {
    for (var t = 0; t < asking.length; t++) {
      asked.push({ name: names[i], type: asking[t] });
      // Ids of their own within the exchange, so that each answer finds its query.
      var id = (first + requests.length) % 65536;
      requests.push(signRequest(encodeQuery(names[i], asking[t], id), settings.key, unixSeconds()));
    }
  }
  try {
    // All the queries at once: one round trip, two with the TCP handshake.
    var answered = askAll(exchange, requests, QUERY, QUERY_ACCEPTS);
    if (!answered.ok) return { ok: false, reason: answered.reason };
    for (var q = 0; q < asked.length; q++) {
      var answer = answered.answers[q] as { data: string; parsed: Parsed };
      var rrset = rrsetIn(answer.data, answer.parsed.message, asked[q].name, asked[q].type);
      if (rrset) rrsets.push(rrset);
    }
  } catch (e) {
    if (isFormatError(e)) return { ok: false, reason: "bad answer from " + exchange.where + ": " + e.dnsFormatError };
    throw e;
  } finally {
    endExchange(exchange);
  }
  return { ok: true, rrsets: rrsets };
}

/** Sends one atomic, TSIG-signed UPDATE with the plan; the server's answer decides. A plan without changes sends nothing. */
export function publish(settings: DnsServerSettings, plan: UpdatePlan): DnsOutcome {
  var problem = settingsProblem(settings) || planProblem(plan);
  if (problem === null && normalName(plan.zone) !== normalName(settings.zone)) {
    problem = "the update is for the zone " + normalName(plan.zone) + ", the settings name " + normalName(settings.zone);
  }
  if (problem !== null) return { ok: false, reason: problem, stale: false };
  if (plan.changes.length === 0) return { ok: true };
  var exchange = startExchange(settings);
  try {
    var request = signRequest(encodeUpdate(plan, messageId()), settings.key, unixSeconds());
    var answered = askAll(exchange, [request], UPDATE, UPDATE_ACCEPTS);
    if (answered.ok) return { ok: true };
    return { ok: false, reason: answered.reason, stale: answered.rcode !== undefined && STALE_RCODES.indexOf(answered.rcode) >= 0 };
  } finally {
    endExchange(exchange);
  }
}
