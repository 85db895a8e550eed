import { AuditResult } from "./audit";

/**
 * What kind of outcome a session of the audit log had, told from its result and the reason
 * the hub wrote (the log strings of authorize, records, rateLimit and publish, the 8467
 * session and the dyndns2 endpoint). One kind per thing a member (or the hub's sysop) does
 * about it.
 */
export type ReasonKind =
  | "updated" | "unchanged"
  | "password" | "credentials" | "account" | "no-password" | "other-account"
  | "name" | "value" | "too-often" | "abuse" | "client"
  | "busy" | "hub" | "unknown";

/** Each kind in plain words: what happened, and what to do about it; `member`: whether the member's side can fix it. */
export interface Advice {
  words: string;
  todo: string;
  member: boolean;
}

/**
 * The reasons by kind, in the order they are tried: each pattern matches the start or the
 * end of a reason the hub writes (test/unit/hub/reasons.test.js makes every one of them
 * with the hub's own functions and checks its kind).
 */
var PATTERNS: { kind: ReasonKind; pattern: RegExp }[] = [
  { kind: "password", pattern: /^login failed for / },
  { kind: "credentials", pattern: /^no user name and password/ },
  { kind: "no-password", pattern: / has no password$/ },
  { kind: "account", pattern: / is the sysop's account: | has a sysop's security level | has no QWK restriction \(Q\)/ },
  { kind: "other-account", pattern: /, whose alias is not the id$|, but the alias names user #\d+$/ },
  {
    kind: "name",
    pattern: /^id '.*' is not a DNS label$|^id .* is reserved$|^the name \S+ is reserved$|^no hostname$|^\d+ host names in one request|^hostname '.*' is not a fully qualified domain name$|^\S+ is not <id>\./,
  },
  {
    kind: "value",
    pattern: /^(ip|ip6|mx|txt|loc|wc|ttl) '.*': expected |^ip is blank and |^myip '.*' is not an IPv4 or IPv6 address$|^more than one address of a kind |^the address \S+ is |^no address given and |^mx '.*' is not a host name$/,
  },
  { kind: "too-often", pattern: /: \d+ s short of the minimum interval of \d+ s$|: reached the cap of \d+ updates? an hour$/ },
  { kind: "abuse", pattern: /: reached the limit of \d+ unchanged updates? a day$/ },
  { kind: "busy", pattern: /^busy$/ },
  { kind: "client", pattern: /^no User-Agent$| at (id|pw|ip|ip6|mx|txt|loc|wc|ttl)\?$/ },
  { kind: "hub", pattern: /^the service's settings are not valid$|^reading the current records: |^the update(, made again)?: / },
];

/** The kind of one session's outcome. */
export function reasonKind(result: AuditResult, reason: string | null): ReasonKind {
  if (result === "updated" || result === "unchanged") return result;
  if (reason !== null) {
    for (var i = 0; i < PATTERNS.length; i++) if (PATTERNS[i].pattern.test(reason)) return PATTERNS[i].kind;
  }
  return "unknown";
}

/** Kinds a hub's sysop counts as abuse: asking too often, or again and again for what DNS already has. */
export function isAbuse(kind: ReasonKind): boolean {
  return kind === "too-often" || kind === "abuse";
}

/** Plain words for each kind, in one place: the member's page and the hub's page both show these. */
export var ADVICE: { [kind: string]: Advice } = {
  updated: { words: "Updated: the records changed.", todo: "Nothing.", member: true },
  unchanged: { words: "No change needed: DNS already had these records.", todo: "Nothing.", member: true },
  password: {
    words: "Wrong id or password (or no account of that name).",
    todo: "Check the password your client sends: it is the password of your QWKnet account on this BBS (the id is your QWK-ID).",
    member: true,
  },
  credentials: {
    words: "The request carried no user name and password.",
    todo: "Set the user name (your QWK-ID) and the password in your router or client.",
    member: true,
  },
  "no-password": {
    words: "The account has no password, so anyone could update the name.",
    todo: "Ask this BBS's sysop to set a password on your QWKnet account.",
    member: true,
  },
  account: {
    words: "This account may not update a name here (not a QWKnet account, or one with sysop rights).",
    todo: "Ask this BBS's sysop: a member's account needs the Q restriction, a password, and a level below 90.",
    member: true,
  },
  "other-account": {
    words: "Another account asked for this name.",
    todo: "Each account updates only <its own alias>.<zone>: check the user name and host name set in the client.",
    member: true,
  },
  name: {
    words: "The host name asked for is not one this hub gives out.",
    todo: "Use <your QWK-ID>.<the hub's zone> as the host name, with your QWK-ID as user name.",
    member: true,
  },
  value: {
    words: "An address or record value was refused.",
    todo: "Send a public address (or none: the hub then takes the address the update came from), and valid MX, TXT, LOC and TTL values.",
    member: true,
  },
  "too-often": {
    words: "Updated too often: refused by the hub's limits (a minimum interval, a cap an hour).",
    todo: "Update less often: when the address changes, or every few hours (the client's event every 720 minutes is plenty).",
    member: true,
  },
  abuse: {
    words: "Too many updates that changed nothing: refused as abuse for up to a day.",
    todo: "Update only when the address changes; the refusal lifts once the oldest of those updates is a day old.",
    member: true,
  },
  client: {
    words: "The client did not finish the update (it stopped answering, hung up, or sent no User-Agent).",
    todo: "Check the network between your BBS and the hub, and use a current dyndns.js or a dyndns2 client that names itself.",
    member: true,
  },
  busy: {
    words: "Another update of this name was under way.",
    todo: "Nothing: the next update goes through.",
    member: false,
  },
  hub: {
    words: "A problem on the hub's side (its DNS server or its settings).",
    todo: "Nothing on your side: the hub's sysop has been told. The next update after it is fixed goes through.",
    member: false,
  },
  unknown: {
    words: "Refused or failed for a reason this page does not know.",
    todo: "Read the reason the hub recorded; ask the hub's sysop when it is not clear.",
    member: false,
  },
};
