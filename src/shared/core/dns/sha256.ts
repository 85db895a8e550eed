// SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104) over byte strings. Our own:
// js-sha256 passes the ES5 gates but encodes strings as UTF-8 (so byte strings
// would need converting both ways) and its methods use `this.`, which our
// gates refuse. 32-bit arithmetic: `| 0` keeps sums in int32, `>>>` rotates.

var K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

/** Mixes the 64-byte block of `data` at `at` into the state H. W: scratch of 64 words. */
function compress(H: number[], W: number[], data: string, at: number): void {
  var t: number;
  for (t = 0; t < 16; t++) {
    var i = at + t * 4;
    W[t] = (data.charCodeAt(i) << 24) | (data.charCodeAt(i + 1) << 16) | (data.charCodeAt(i + 2) << 8) | data.charCodeAt(i + 3);
  }
  for (t = 16; t < 64; t++) {
    var w15 = W[t - 15];
    var w2 = W[t - 2];
    var s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    var s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    W[t] = (W[t - 16] + s0 + W[t - 7] + s1) | 0;
  }
  var a = H[0], b = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
  for (t = 0; t < 64; t++) {
    var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    var T1 = (h + S1 + ((e & f) ^ (~e & g)) + K[t] + W[t]) | 0;
    var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    var T2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g; g = f; f = e; e = (d + T1) | 0;
    d = c; c = b; b = a; a = (T1 + T2) | 0;
  }
  H[0] = (H[0] + a) | 0; H[1] = (H[1] + b) | 0; H[2] = (H[2] + c) | 0; H[3] = (H[3] + d) | 0;
  H[4] = (H[4] + e) | 0; H[5] = (H[5] + f) | 0; H[6] = (H[6] + g) | 0; H[7] = (H[7] + h) | 0;
}

function word(n: number): string {
  return String.fromCharCode((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
}

/** The 32-byte SHA-256 digest of a byte string. */
export function sha256(message: string): string {
  var H = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  var W: number[] = [];
  var length = message.length;
  var whole = length - (length % 64);
  for (var at = 0; at < whole; at += 64) compress(H, W, message, at);
  // The last block(s): the rest, 0x80, zeros, then the length in bits as 64 bits.
  var tail = message.slice(whole) + "\x80";
  while (tail.length % 64 !== 56) tail += "\x00";
  tail += word(Math.floor(length / 0x20000000)) + word(length * 8);
  for (at = 0; at < tail.length; at += 64) compress(H, W, tail, at);
  var out = "";
  for (var i = 0; i < 8; i++) out += word(H[i]);
  return out;
}

function xorPad(key: string, pad: number): string {
  var out = "";
  for (var i = 0; i < 64; i++) out += String.fromCharCode((i < key.length ? key.charCodeAt(i) : 0) ^ pad);
  return out;
}

/** HMAC-SHA256 (RFC 2104) of a byte string with a byte-string key: 32 bytes. */
export function hmacSha256(key: string, message: string): string {
  var k = key.length > 64 ? sha256(key) : key;
  return sha256(xorPad(k, 0x5c) + sha256(xorPad(k, 0x36) + message));
}
