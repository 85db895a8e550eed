// Byte strings: one char per byte (codes 0-255), what Synchronet's Socket sends
// and receives. Big-endian (network order) integers in and out of them.

export function u8(n: number): string {
  return String.fromCharCode(n & 0xff);
}

export function u16(n: number): string {
  return String.fromCharCode((n >>> 8) & 0xff, n & 0xff);
}

/** n from 0 to 2^32 - 1 (or any int32: its 32 bits are written). */
export function u32(n: number): string {
  return String.fromCharCode((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
}

/** n from 0 to 2^48 - 1, as TSIG writes its time. */
export function u48(n: number): string {
  return u16(Math.floor(n / 4294967296)) + u32(n % 4294967296);
}

export function readU16(data: string, at: number): number {
  return (data.charCodeAt(at) << 8) | data.charCodeAt(at + 1);
}

export function readU32(data: string, at: number): number {
  return ((data.charCodeAt(at) << 24) | (data.charCodeAt(at + 1) << 16) | (data.charCodeAt(at + 2) << 8) | data.charCodeAt(at + 3)) >>> 0;
}

export function readU48(data: string, at: number): number {
  return readU16(data, at) * 4294967296 + readU32(data, at + 2);
}

/** True when every char is a byte (code 0-255). */
export function isByteString(text: string): boolean {
  return !/[^\x00-\xff]/.test(text);
}

export function toHex(data: string): string {
  var out = "";
  for (var i = 0; i < data.length; i++) {
    var code = data.charCodeAt(i);
    out += (code < 16 ? "0" : "") + code.toString(16);
  }
  return out;
}

export function fromHex(hex: string): string {
  var out = "";
  for (var i = 0; i + 1 < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.substr(i, 2), 16));
  return out;
}
