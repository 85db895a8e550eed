// jsexec make-cert.js key <host name> <request file> | cert <certificate file (PEM)>
// The web server's key and certificate, made the way Synchronet's letsyncrypt.js makes them,
// with a test CA in place of Let's Encrypt: "key" makes a 2048-bit RSA key with cryptlib,
// keeps it in ctrl/ssl.cert (label "ssl_cert", under the system password, where the servers
// look) and writes a certificate request (DER) for <host name>; "cert" adds the certificate
// the CA signed to that keyset. A test aid of test/web/webServer.js, run by the pack's jsexec.
var main = new File(system.ctrl_dir + "main.ini");
if (!main.open("r")) throw new Error("cannot read " + main.name);
var syspass = main.iniGetValue(null, "password");
main.close();
var keyset = system.ctrl_dir + "ssl.cert";

function writeBinary(path, bytes) {
    var f = new File(path);
    if (!f.open("wb")) throw new Error("cannot write " + path);
    f.write(bytes);
    f.close();
}

function readText(path) {
    var f = new File(path);
    if (!f.open("r")) throw new Error("cannot read " + path);
    var text = f.read();
    f.close();
    return text;
}

if (argv[0] == "key") {
    var rsa = new CryptContext(CryptContext.ALGO.RSA);
    rsa.keysize = 256;
    rsa.label = "ssl_cert";
    rsa.generate_key();
    var request = new CryptCert(CryptCert.TYPE.CERTREQUEST);
    request.subjectpublickeyinfo = rsa;
    request.commonname = argv[1];
    request.sign(rsa);
    request.check();
    if (file_exists(keyset)) file_remove(keyset);
    var ks = new CryptKeyset(keyset, CryptKeyset.KEYOPT.CREATE);
    ks.add_private_key(rsa, syspass);
    ks.close();
    writeBinary(argv[2], request.export_cert(CryptCert.FORMAT.CERTIFICATE));
} else if (argv[0] == "cert") {
    var cert = new CryptCert(readText(argv[1]));
    var ks2 = new CryptKeyset(keyset, CryptKeyset.KEYOPT.NONE);
    ks2.add_public_key(cert);
    ks2.close();
} else {
    throw new Error("usage: make-cert.js key <host name> <request file> | cert <certificate file>");
}
print("make-cert " + argv[0] + " ok");
