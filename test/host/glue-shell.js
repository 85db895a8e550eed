/*
 * Glue for the SpiderMonkey shells (js185 = 1.8.5, js78, js102): implements the prelude's RPC
 * __sbbs_host(op, args) as one request line on stdout (print) and one reply line on stdin
 * (readline). The wire is ASCII-only: every char above 0x7E is sent as \uXXXX both ways, so
 * byte strings (chars 0-255) survive whatever the shell does with non-ASCII output.
 * Shell-only globals (print, readline, quit, load, os, console, ...) are removed from the
 * global object afterwards, so the module sees only what Synchronet would give it.
 * xpcshell (firefox-esr) reads at most 4095 chars per readline() and ends the script at the
 * end of input: there (__sbbs_chunked) a reply is lines of '+' chunk ending with a '=' chunk.
 */
(function (G) {
  var P = G.print;
  var R = G.readline;
  var Q = G.quit;
  var stringify = JSON.stringify;
  var parse = JSON.parse;
  var chunked = G.__sbbs_chunked === true;
  var readReply = function () {
    var line = R();
    if (line === null) Q(98);
    if (!chunked) return line;
    var whole = '';
    while (line.charAt(0) === '+') {
      whole += line.substring(1);
      line = R();
      if (line === null) Q(98);
    }
    return whole + line.substring(1);
  };
  var esc = function (c) {
    var h = c.charCodeAt(0).toString(16);
    return '\\u' + '0000'.substr(h.length) + h;
  };
  G.__sbbs_host = function (op, args) {
    P('\u0001H' + stringify([op, args]).replace(/[\u007f-\uffff]/g, esc));
    return parse(readReply());
  };
  G.__sbbs_exit = function (code) { Q(code); };
  G.__sbbs_engine = typeof G.__sbbs_engine_name === 'string' ? G.__sbbs_engine_name
    : typeof G.version === 'function' ? 'js' + G.version() : 'js';

  var keep = ' Array ArrayBuffer Boolean Date Error EvalError Float32Array Float64Array Function Infinity' +
    ' Int16Array Int32Array Int8Array InternalError Iterator JSON Math NaN Namespace Number Object QName' +
    ' RangeError ReferenceError RegExp StopIteration String SyntaxError TypeError URIError Uint16Array' +
    ' Uint32Array Uint8Array Uint8ClampedArray XML XMLList decodeURI decodeURIComponent encodeURI' +
    ' encodeURIComponent escape eval isFinite isNaN parseFloat parseInt undefined unescape uneval' +
    ' AggregateError Atomics BigInt BigInt64Array BigUint64Array DataView FinalizationRegistry Intl Map' +
    ' Promise Proxy Reflect Set SharedArrayBuffer Symbol WeakMap WeakRef WeakSet WebAssembly globalThis' +
    ' __sbbs_host __sbbs_exit __sbbs_engine ';
  var names = Object.getOwnPropertyNames(G);
  for (var i = 0; i < names.length; i++) {
    if (keep.indexOf(' ' + names[i] + ' ') >= 0) continue;
    try { delete G[names[i]]; } catch (e) { /* ignore */ }
    try { if (names[i] in G) G[names[i]] = undefined; } catch (e2) { /* ignore */ }
  }
})(this);
