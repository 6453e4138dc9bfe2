/* Webpack loader of decimal.js (decimal.mjs): removes the methods the add-in never calls, so that
 * dist/functions.js (loaded in every workbook) does not carry them. decimal.js defines its methods on
 * one prototype object, which a minifier cannot drop method by method; this loader deletes their
 * definitions, and the minifier then drops the helpers (Taylor series, pi, base conversion) that only
 * they used. The arithmetic that remains is decimal.js's own, unchanged.
 *
 * Removed: trigonometric and hyperbolic functions and their inverses, cube root, hypot, random,
 * clampedTo, toNearest, truncated, toFraction, toBinary/toHexadecimal/toOctal, sign, log2, log10.
 * test/dist/functionsBundle.test.ts checks that no source calls one of them (DECIMAL_REMOVED below).
 * The build fails if a definition is not found (another decimal.js version): then update the list. */
"use strict";

/** Prototype methods, by their long names (each also removes its short alias on the same line). */
const PROTOTYPE = [
  "clampedTo",
  "cosine",
  "cubeRoot",
  "hyperbolicCosine",
  "hyperbolicSine",
  "hyperbolicTangent",
  "inverseCosine",
  "inverseHyperbolicCosine",
  "inverseHyperbolicSine",
  "inverseHyperbolicTangent",
  "inverseSine",
  "inverseTangent",
  "sine",
  "tangent",
  "toBinary",
  "toFraction",
  "toHexadecimal",
  "toNearest",
  "toOctal",
  "truncated",
];
/** Static methods of the constructor. */
const STATIC = [
  "acos",
  "acosh",
  "asin",
  "asinh",
  "atan",
  "atanh",
  "atan2",
  "cbrt",
  "clamp",
  "cos",
  "cosh",
  "hypot",
  "log10",
  "log2",
  "random",
  "sign",
  "sin",
  "sinh",
  "tan",
  "tanh",
  "trunc",
];
/** Every name a caller could use for a removed method (long and short names). */
const DECIMAL_REMOVED = [
  ...PROTOTYPE,
  ...STATIC,
  "clamp",
  "cos",
  "cbrt",
  "cosh",
  "sinh",
  "tanh",
  "acos",
  "acosh",
  "asinh",
  "atanh",
  "asin",
  "atan",
  "sin",
  "tan",
  "toHex",
  "trunc",
];

function trimDecimal(source) {
  let out = source;
  for (const name of PROTOTYPE) {
    // `P.name = P.alias = function (…) {` … up to the first `};` at the start of a line (decimal.mjs has CRLF line ends).
    const re = new RegExp(`\\nP\\.${name} = (?:P\\.[A-Za-z]+ = )?function \\([^)]*\\) \\{\\r?\\n[\\s\\S]*?\\n\\};\\r?\\n`);
    if (!re.test(out)) throw new Error(`decimal-trim-loader: no definition of P.${name} in decimal.js; update scripts/decimal-trim-loader.js`);
    out = out.replace(re, "\n");
  }
  for (const name of STATIC) {
    const re = new RegExp(`\\n  Decimal\\.${name} = ${name};[^\\n]*\\n`);
    if (!re.test(out)) throw new Error(`decimal-trim-loader: no Decimal.${name} in decimal.js; update scripts/decimal-trim-loader.js`);
    out = out.replace(re, "\n");
  }
  // pi is only used by the trigonometric functions: no constant built from its 1,025 digits at load.
  const pi = /\nPI = new Decimal\(PI\);\r?\n/;
  if (!pi.test(out)) throw new Error("decimal-trim-loader: no `PI = new Decimal(PI);` in decimal.js; update scripts/decimal-trim-loader.js");
  out = out.replace(pi, "\n");
  return out;
}

module.exports = function decimalTrimLoader(source) {
  this.cacheable(true);
  return trimDecimal(source);
};
module.exports.trimDecimal = trimDecimal;
module.exports.DECIMAL_REMOVED = [...new Set(DECIMAL_REMOVED)];
