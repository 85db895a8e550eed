// Type tests for File and its .ini helpers.
// Lines after `// @ts-expect-error` must fail to type-check; everything else must compile.

function fileTypeTests(): void {
    var f = new File(file_cfgname(system.ctrl_dir, "modopts.ini"));
    // @ts-expect-error the constructor needs a path
    new File();

    // --- open / close ---------------------------------------------------------
    var opened: boolean = f.open("r");
    opened = f.open();
    opened = f.open("r+", true);
    opened = f.open("r", true, 4096);
    opened = f.open("rb", 0);
    opened = f.open(f.exists ? "r+" : "w+");
    // @ts-expect-error mode must be a string
    f.open(1, "r");
    // @ts-expect-error typo in method name
    f.opne("r");
    var nothing: void = f.close();
    // @ts-expect-error there is no delete(); the method is remove()
    f.delete();
    // @ts-expect-error there is no rename() method (use the global file_rename)
    f.rename("x");
    var removed: boolean = f.remove();
    var flushed: boolean = f.flush();
    var cleared: boolean = f.clear_error() && f.clearError();
    var rew: boolean = f.rewind();
    var tr: boolean = f.truncate();
    var lk: boolean = f.lock(0, 10) && f.unlock();
    var po: boolean = f.popen("r");

    // --- reading / writing ----------------------------------------------------
    var text = f.read();
    // @ts-expect-error read() returns null when the file is not open
    text.length;
    var ln = f.readln(1024);
    // @ts-expect-error readln() returns null at end of file
    var lnStr: string = ln;
    while ((ln = f.readln()) !== null) { print(ln.toUpperCase()); }
    var all = f.readAll();
    if (all) { var first: string = all[0]; }
    var one: number = f.readBin();
    var two: number = f.readBin(2, 1);
    var many = f.readBin(4, 3);
    var raw: string | null = f.raw_read(10);
    var polled: boolean | undefined = f.raw_pollin(100);
    var wrote: boolean = f.write("abc") && f.write("abc", 10) && f.writeln("line") && f.writeln();
    wrote = f.writeBin(7, 2) && f.writeBin([1, 2, 3]) && f.writeAll(["a", "b"]) && f.raw_write("z");
    var printed: number | false = f.printf("%s=%d\n", "k", 1);
    // @ts-expect-error write() takes a string
    f.write(12);
    // @ts-expect-error writeBin sizes are 1, 2, 4 or 8
    f.writeBin(1, 3);

    // --- properties -------------------------------------------------------------
    var name: string = f.name;
    var mode: string = f.mode;
    var exists: boolean = f.exists;
    var isOpen: boolean = f.is_open;
    var atEof: boolean = f.eof;
    var ferr: number = f.error;
    var desc: number = f.descriptor;
    f.position = 0;
    f.date = time();
    f.length = 0;
    f.etx = 3;
    f.debug = true;
    f.rot13 = false; f.uue = false; f.yenc = false; f.base64 = false; f.network_byte_order = true;
    var crc: number = f.crc32 + f.crc16 + f.chksum;
    var md5 = f.md5_hex;
    // @ts-expect-error digests are undefined when the file is not open
    var md5s: string = md5;
    var sha = f.sha1_hex || f.sha256_base64 || f.md5_base64 || f.sha1_base64 || f.sha256_hex;
    // 3.30a has no sha256_hex: it may be absent even on an open file
    // @ts-expect-error a digest is undefined when closed, and sha256_hex is 3.22's only
    var sha256: string = f.sha256_hex;
    f.ini_key_len = 20;
    f.ini_value_separator = " = ";
    f.ini_key_prefix = null;
    var sep: string | null = f.ini_section_separator;
    f.ini_bit_separator = " | ";
    f.ini_literal_separator = undefined;
    // @ts-expect-error name is read-only
    f.name = "x";
    // @ts-expect-error exists is read-only
    f.exists = true;
    // @ts-expect-error is_open is read-only
    f.is_open = false;
    // @ts-expect-error crc32 is read-only
    f.crc32 = 0;
    // @ts-expect-error there is no path property (name holds the path)
    f.path;
    // @ts-expect-error the property is eof, not is_eof
    f.is_eof;

    // --- ini getters --------------------------------------------------------------
    var sv: string = f.iniGetValue("dyndns", "password", "");
    var nv: number = f.iniGetValue("dyndns", "port", 8467);
    var bv: boolean = f.iniGetValue(null, "enabled", false);
    var dv: Date = f.iniGetValue("x", "when", new Date());
    var lv: string[] = f.iniGetValue("x", "list", []);
    var lv2: string[] = f.iniGetValue("x", "list", null);
    var cv = f.iniGetValue("x", "anything");
    // @ts-expect-error without a default the value is coerced (string | number | boolean | undefined)
    var cvs: string = f.iniGetValue("x", "anything");
    if (typeof cv === "string") { var cv2: string = cv; }
    var uv: Synchronet.IniValue = f.iniGetValue(undefined, "k", undefined);
    // @ts-expect-error a string default gives a string, not a number
    var wrong: number = f.iniGetValue("x", "k", "1");
    // @ts-expect-error key is required
    f.iniGetValue("x");

    var sec = f.iniGetObject("dyndns");
    // @ts-expect-error iniGetObject() returns null for a missing section
    sec.password;
    if (sec) { var pw: Synchronet.IniValue = sec["password"]; }
    var root = f.iniGetObject();
    root = f.iniGetObject(null);
    root = f.iniGetObject("dyndns", true, true);
    root = f.iniGetObject(false, true);
    // @ts-expect-error a null section is not consumed, so the flags after it would be ignored
    f.iniGetObject(null, true);
    var objs = f.iniGetAllObjects();
    objs = f.iniGetAllObjects("name", "event:", true);
    objs = f.iniGetAllObjects("name", true);
    objs = f.iniGetAllObjects(true, true);
    if (objs) { var first2: Synchronet.IniSection = objs[0]; }
    // @ts-expect-error name_property cannot be skipped with undefined
    f.iniGetAllObjects(undefined, "prefix");
    var secs = f.iniGetSections();
    secs = f.iniGetSections("event:");
    // @ts-expect-error an explicit null prefix would be taken as the text "null"
    f.iniGetSections(null);
    // @ts-expect-error iniGetSections() returns null when not open
    var secs2: string[] = f.iniGetSections();
    var keys: string[] | null = f.iniGetKeys();
    keys = f.iniGetKeys(null);
    keys = f.iniGetKeys("dyndns");
    var lines: string[] | null = f.iniReadAll();

    // --- ini setters --------------------------------------------------------------
    var setv: boolean | undefined = f.iniSetValue("dyndns", "port", 8467);
    setv = f.iniSetValue(null, "k", "v");
    setv = f.iniSetValue("s", "k");
    setv = f.iniSetValue("s", "when", new Date());
    setv = f.iniSetValue("s", "list", ["a", "b"]);
    // @ts-expect-error iniSetValue() returns undefined when the file is not open
    var setb: boolean = f.iniSetValue("s", "k", true);
    var so: boolean = f.iniSetObject("dyndns", { password: "x", port: 1 });
    so = f.iniSetObject(null, {});
    so = f.iniSetAllObjects([{ name: "a", v: 1 }], "name");
    var rk: boolean = f.iniRemoveKey("s", "k") && f.iniRemoveSection("s") && f.iniRemoveSections("event:") && f.iniRemoveSections();
    // @ts-expect-error iniRemoveKey needs a key
    f.iniRemoveKey("s");
    // @ts-expect-error iniWriteAll does not exist
    f.iniWriteAll([]);
}
