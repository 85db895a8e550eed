/*
 * Runs first in the node:vm realm: removes every global and builtin method that SpiderMonkey
 * 1.8.5 (Synchronet 3.19-3.22) lacks, so a module using ES2015+ library features throws here
 * as it would under Synchronet. Whitelists are the own property names the js185 shell reports.
 * (Syntax is not stripped: index.js checks the source with acorn ecmaVersion 5 instead.)
 */
(function (G) {
  function keepOnly(obj, names) {
    if (!obj) return;
    var keep = ' ' + names + ' length name prototype constructor arguments caller ';
    var own = Object.getOwnPropertyNames(obj);
    for (var i = 0; i < own.length; i++) {
      if (keep.indexOf(' ' + own[i] + ' ') < 0) {
        try { delete obj[own[i]]; } catch (e) { /* ignore */ }
      }
    }
  }
  keepOnly(G, 'Array ArrayBuffer Boolean Date Error EvalError Float32Array Float64Array Function Infinity ' +
    'Int16Array Int32Array Int8Array JSON Math NaN Number Object RangeError ReferenceError RegExp String ' +
    'SyntaxError TypeError URIError Uint16Array Uint32Array Uint8Array Uint8ClampedArray decodeURI ' +
    'decodeURIComponent encodeURI encodeURIComponent escape eval isFinite isNaN parseFloat parseInt undefined ' +
    'unescape __sbbs_raw __sbbs_rawexit');
  keepOnly(Object, 'create defineProperties defineProperty freeze getOwnPropertyDescriptor getOwnPropertyNames ' +
    'getPrototypeOf isExtensible isFrozen isSealed keys preventExtensions seal');
  keepOnly(Object.prototype, '__defineGetter__ __defineSetter__ __lookupGetter__ __lookupSetter__ hasOwnProperty ' +
    'isPrototypeOf propertyIsEnumerable toLocaleString toString valueOf __proto__');
  keepOnly(Array, 'isArray');
  keepOnly(Array.prototype, 'concat every filter forEach indexOf join lastIndexOf map pop push reduce reduceRight ' +
    'reverse shift slice some sort splice unshift toLocaleString toString');
  keepOnly(String, 'fromCharCode');
  keepOnly(String.prototype, 'anchor big blink bold charAt charCodeAt concat fixed fontcolor fontsize indexOf ' +
    'italics lastIndexOf link localeCompare match replace search slice small split strike sub substr substring ' +
    'sup toLocaleLowerCase toLocaleUpperCase toLowerCase toUpperCase toString trim trimLeft trimRight valueOf');
  keepOnly(Number, 'MAX_VALUE MIN_VALUE NEGATIVE_INFINITY NaN POSITIVE_INFINITY');
  keepOnly(Number.prototype, 'toExponential toFixed toLocaleString toPrecision toString valueOf');
  keepOnly(Math, 'E LN10 LN2 LOG10E LOG2E PI SQRT1_2 SQRT2 abs acos asin atan atan2 ceil cos exp floor log max ' +
    'min pow random round sin sqrt tan');
  keepOnly(Date, 'UTC now parse');
  keepOnly(Function.prototype, 'apply bind call toString');
  keepOnly(JSON, 'parse stringify');
  keepOnly(Error, 'stackTraceLimit');
  keepOnly(Boolean.prototype, 'toString valueOf');
  // Number.EPSILON, MAX_SAFE_INTEGER and MIN_SAFE_INTEGER are non-configurable in V8, so the
  // global Number becomes a wrapper with only the ES5 statics (same prototype, same behaviour).
  (function () {
    var N = G.Number;
    var W = function Number(v) {
      var n = arguments.length ? N(v) : 0;
      if (this instanceof W) return new N(n);
      return n;
    };
    W.prototype = N.prototype;
    var statics = ['MAX_VALUE', 'MIN_VALUE', 'NEGATIVE_INFINITY', 'NaN', 'POSITIVE_INFINITY'];
    for (var i = 0; i < statics.length; i++) {
      Object.defineProperty(W, statics[i], { value: N[statics[i]], writable: false, enumerable: false, configurable: false });
    }
    Object.defineProperty(N.prototype, 'constructor', { value: W, writable: true, enumerable: false, configurable: true });
    Object.defineProperty(G, 'Number', { value: W, writable: true, enumerable: false, configurable: true });
  })();
  // SpiderMonkey 1.8.5's JSON.stringify writes every control character of a string (DEL too) as
  // \u00XX, where V8 writes \b \f \n \r \t and DEL as it is. Every backslash in JSON text starts
  // an escape, so scanning the escapes left to right is safe.
  (function () {
    var stringify = JSON.stringify;
    var LONG = { b: '\\u0008', f: '\\u000c', n: '\\u000a', r: '\\u000d', t: '\\u0009' };
    Object.defineProperty(JSON, 'stringify', {
      value: function stringify185() {
        var text = stringify.apply(JSON, arguments);
        if (typeof text !== 'string') return text;
        return text.replace(/\\(u[0-9a-fA-F]{4}|[\s\S])/g, function (m, c) { return LONG[c] || m; }).replace(/\x7f/g, '\\u007f');
      },
      writable: true, enumerable: false, configurable: true,
    });
  })();
  // Date.prototype / RegExp.prototype: V8's extras there are not ES2015 library features or are
  // used internally (RegExp flags getters), so they stay.
})(this);
