"use strict";
/*
 * Certificates for the HTTPS stand-ins and the TLS tests, made by the real openssl(1) (nothing
 * here is a real provider's certificate): a throwaway test CA, and certificates it issues. Made
 * once per test process into a temporary directory, removed at exit.
 *
 *   const certs = testCertificates();
 *   certs.ca.cert                                  // PEM of the test CA ("DynDNS Test CA")
 *   const c = certs.issue({ names: ["api.cloudflare.test"] });  // {key, cert, chain}: cert + the CA
 *   certs.issue({ names: [...], cn: "other.test" })           // the common name apart from the names
 *   certs.issue({ names: [...], expired: true })              // valid 2020-01-01 to 2020-01-02 only
 *   certs.issue({ names: [...], selfSigned: true })           // not from the CA: its own issuer
 *   certs.issue({ names: [...], rsa: true })                  // RSA 2048 instead of ECDSA P-256
 *
 * `names` become the subjectAltName DNS entries; the common name is the first unless `cn` is given.
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

let made = null;

function openssl(dir, args) {
  try {
    return execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    if (e.code === "ENOENT") throw new Error("openssl(1) is not installed: the TLS tests make their certificates with it (apt-get install openssl)");
    throw new Error("openssl " + args.join(" ") + " failed: " + (e.stderr ? e.stderr.toString() : e.message));
  }
}

function keyArgs(rsa) {
  return rsa ? ["-newkey", "rsa:2048"] : ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"];
}

const CA_CONFIG = [
  "[ca]", "default_ca = test",
  "[test]", "dir = .", "database = index.txt", "new_certs_dir = .", "serial = serial", "default_md = sha256",
  "policy = any", "unique_subject = no", "copy_extensions = none",
  "[any]", "commonName = supplied",
  "",
].join("\n");

function testCertificates() {
  if (made) return made;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dyndns-certs-"));
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  openssl(dir, ["req", "-x509"].concat(keyArgs(false), ["-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "30",
    "-subj", "/CN=DynDNS Test CA", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"]));
  fs.writeFileSync(path.join(dir, "ca.cnf"), CA_CONFIG);
  fs.writeFileSync(path.join(dir, "index.txt"), "");
  fs.writeFileSync(path.join(dir, "serial"), "1000\n");
  const ca = { cert: fs.readFileSync(path.join(dir, "ca.crt"), "latin1") };
  let count = 0;

  function issue(options) {
    const names = options.names;
    const cn = options.cn || names[0];
    const base = "c" + (++count);
    const ext = base + ".ext";
    fs.writeFileSync(path.join(dir, ext), "subjectAltName = " + names.map((n) => "DNS:" + n).join(",")
      + "\nbasicConstraints = CA:FALSE\nkeyUsage = critical,digitalSignature,keyEncipherment\nextendedKeyUsage = serverAuth\n");
    if (options.selfSigned) {
      openssl(dir, ["req", "-x509"].concat(keyArgs(options.rsa), ["-nodes", "-keyout", base + ".key", "-out", base + ".crt", "-days", "30",
        "-subj", "/CN=" + cn, "-addext", "subjectAltName=" + names.map((n) => "DNS:" + n).join(",")]));
    } else {
      openssl(dir, ["req"].concat(keyArgs(options.rsa), ["-nodes", "-keyout", base + ".key", "-out", base + ".csr", "-subj", "/CN=" + cn]));
      const dates = options.expired ? ["-startdate", "20200101000000Z", "-enddate", "20200102000000Z"] : ["-days", "30"];
      openssl(dir, ["ca", "-batch", "-config", "ca.cnf", "-cert", "ca.crt", "-keyfile", "ca.key", "-in", base + ".csr",
        "-out", base + ".crt", "-notext", "-extfile", ext].concat(dates));
    }
    const key = fs.readFileSync(path.join(dir, base + ".key"), "latin1");
    const cert = fs.readFileSync(path.join(dir, base + ".crt"), "latin1");
    return { key, cert, chain: options.selfSigned ? cert : cert + ca.cert };
  }

  made = { dir, ca, issue };
  return made;
}

module.exports = { testCertificates };
