// Probe of the host functions dyndns.js uses for its status file and -status, run unchanged on
// the emulator and on the real jsexec: prints one line per fact. (ES5: Synchronet 1.8.5 runs it.)
var d = system.data_dir;
function show(label, value) { print(label + " = " + JSON.stringify(value)); }
function attempt(label, fn) {
  try { show(label, fn()); } catch (e) { show(label + " throws", String(e && e.message !== undefined ? e.message : e)); }
}
function write(path, text) { var f = new File(path); f.open("wb"); f.write(text); f.close(); }
function read(path) { var f = new File(path); if (!f.open("rb", true)) return null; var t = f.read(); f.close(); return t; }
function names(list) { var out = []; for (var i = 0; i < list.length; i++) out.push(list[i].slice(d.length)); return out; }

show("data_dir is a directory", file_isdir(d));
show("data_dir ends with a slash", d.charAt(d.length - 1) === "/");
attempt("resolve_ip literal", function () { return resolve_ip("127.0.0.1"); });
attempt("resolve_ip literal, all", function () { return resolve_ip("127.0.0.1", true); });
attempt("resolve_ip boolean first", function () { return resolve_ip(true, "127.0.0.1"); });
attempt("resolve_ip trailing space", function () { return resolve_ip("127.0.0.1  "); });
attempt("resolve_ip IPv6 literal", function () { return resolve_ip("::1"); });
attempt("resolve_ip empty", function () { return resolve_ip(""); });
attempt("resolve_ip unknown name", function () { return resolve_ip("no-such-host.invalid"); });
attempt("resolve_ip unknown name, all", function () { return resolve_ip("no-such-host.invalid", true); });
attempt("resolve_ip null", function () { return resolve_ip(null); });
attempt("resolve_ip no argument", function () { return resolve_ip(); });
attempt("gethostbyname is resolve_ip", function () { return gethostbyname("127.0.0.1"); });

write(d + "a.txt", "new text");
write(d + "b.txt", "old");
show("file_size", file_size(d + "a.txt"));
show("file_size missing", file_size(d + "none.txt"));
show("file_size null", file_size(null));
show("file_rename over an existing file", file_rename(d + "a.txt", d + "b.txt"));
show("source gone", file_exists(d + "a.txt"));
show("target has the new text", read(d + "b.txt"));
show("file_rename missing source", file_rename(d + "none.txt", d + "c.txt"));
show("file_rename relative to the ctrl dir", file_rename("../data/b.txt", "../data/c.txt"));
show("file_rename onto a directory", file_rename(d + "c.txt", d + "dir"));
attempt("file_rename null", function () { return file_rename(null, d + "x.txt"); });
show("file_remove", file_remove(d + "c.txt"));
show("file_remove again", file_remove(d + "c.txt"));
show("directory", names(directory(d + "dir/*")));
show("directory without GLOB_MARK", names(directory(d + "dir/*", 0)));
show("directory of nothing", directory(d + "nothing/*"));
show("directory relative", directory("../data/dir/*.ini"));
var bom = new File(d + "bom.ini");
bom.open("wb"); bom.write("\xEF\xBB\xBF[dyndns]\npassword = a\n[x]\n\xEF\xBB\xBFk = v\n"); bom.close();
bom = new File(d + "bom.ini");
bom.open("r", true);
show("BOM hides the first section", bom.iniGetSections());
show("BOM key", bom.iniGetKeys("x"));
show("ini methods leave the position at the end", bom.position === file_size(d + "bom.ini"));
bom.rewind();
show("read keeps the BOM", bom.read().slice(0, 3) === "\xEF\xBB\xBF");
bom.close();
