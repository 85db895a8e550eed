"use strict";
// SHA-256 against FIPS 180-4's examples (NIST CSRC "SHA256.pdf" and the SHA-2
// short/long messages), HMAC-SHA256 against RFC 4231, base64 against RFC 4648.
const assert = require("assert");
const crypto = require("crypto");
const { sha256, hmacSha256 } = require("../../../../src/shared/core/dns/sha256");
const { encodeBase64, decodeBase64 } = require("../../../../src/shared/core/dns/base64");
const { toHex, fromHex } = require("../../../../src/shared/core/dns/bytes");

describe("sha256 (FIPS 180-4)", () => {
  const vectors = [
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    ["abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"],
    ["abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"],
    ["a".repeat(1000000), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"],
  ];
  for (const [message, digest] of vectors) {
    it((message.length > 60 ? message.length + " bytes" : JSON.stringify(message)), () => assert.strictEqual(toHex(sha256(message)), digest));
  }
  it("every length around the block and padding edges, all byte values (checked against node's crypto)", () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = Buffer.from(Array.from({ length: n }, (_, i) => (i * 151 + n) & 255));
      assert.strictEqual(toHex(sha256(bytes.toString("latin1"))), crypto.createHash("sha256").update(bytes).digest("hex"), n + " bytes");
    }
  });
});

describe("hmacSha256 (RFC 4231)", () => {
  const cases = [
    ["1: 20-byte key", "0b".repeat(20), Buffer.from("Hi There").toString("hex"), "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"],
    ["2: short key", Buffer.from("Jefe").toString("hex"), Buffer.from("what do ya want for nothing?").toString("hex"),
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"],
    ["3: 50 bytes of 0xdd", "aa".repeat(20), "dd".repeat(50), "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"],
    ["4: 25-byte key", "0102030405060708090a0b0c0d0e0f10111213141516171819", "cd".repeat(50),
      "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"],
    ["5: output truncated to 128 bits", "0c".repeat(20), Buffer.from("Test With Truncation").toString("hex"), "a3b6167473100ee06e0c796c2955552b"],
    ["6: 131-byte key (hashed first)", "aa".repeat(131), Buffer.from("Test Using Larger Than Block-Size Key - Hash Key First").toString("hex"),
      "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"],
    ["7: 131-byte key, long data", "aa".repeat(131),
      Buffer.from("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.").toString("hex"),
      "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"],
  ];
  for (const [name, key, data, mac] of cases) {
    it("test case " + name, () => assert.strictEqual(toHex(hmacSha256(fromHex(key), fromHex(data))).slice(0, mac.length), mac));
  }
  it("keys of 0-130 bytes with bytes above 0x7f (checked against node's crypto)", () => {
    for (let n = 0; n <= 130; n += 5) {
      const key = Buffer.from(Array.from({ length: n }, (_, i) => 255 - i));
      const data = Buffer.from(Array.from({ length: 3 * n }, (_, i) => (i * 7) & 255));
      assert.strictEqual(toHex(hmacSha256(key.toString("latin1"), data.toString("latin1"))),
        crypto.createHmac("sha256", key).update(data).digest("hex"), n + "-byte key");
    }
  });
});

describe("base64 (RFC 4648)", () => {
  const vectors = [["", ""], ["f", "Zg=="], ["fo", "Zm8="], ["foo", "Zm9v"], ["foob", "Zm9vYg=="], ["fooba", "Zm9vYmE="], ["foobar", "Zm9vYmFy"]];
  for (const [plain, encoded] of vectors) {
    it(JSON.stringify(plain) + " <-> " + JSON.stringify(encoded), () => {
      assert.strictEqual(encodeBase64(plain), encoded);
      assert.strictEqual(decodeBase64(encoded), plain);
    });
  }
  it("all byte values, as node's Buffer does", () => {
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    assert.strictEqual(encodeBase64(bytes.toString("latin1")), bytes.toString("base64"));
    assert.strictEqual(decodeBase64(bytes.toString("base64")), bytes.toString("latin1"));
  });
  it("a key as keymgr and tsig-keygen write it", () =>
    assert.strictEqual(toHex(decodeBase64("AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=")), "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20"));
  it("padding may be left out", () => assert.strictEqual(decodeBase64("Zm9vYg"), "foob"));
  for (const bad of ["Zm9v!", "Z", "Zm9vY", "Zg===", "Zg=", "Zm 9v", "=Zm9", "Zm9v\n"]) {
    it("rejects " + JSON.stringify(bad), () => assert.strictEqual(decodeBase64(bad), null));
  }
});
