/* Webpack loader of decimal.js (decimal.mjs): removes the methods the add-in never calls, so that
 * dist/functions.js (loaded in every workbook) does not carry them. decimal.js defines its methods on
 * one prototype object, which a minifier cannot drop method by method; this loader deletes their
 * definitions, and the minifier then drops the helpers (Taylor series, pi, base conversion) that only
 * they used. The arithmetic that remains is decimal.js's own, unchanged.
 *
 * Removed: trigonometric and hyperbolic functions and their inverses, square and cube roots, hypot,
 * random, modulo, ceil, round, precision (sd), isPositive, clampedTo, toNearest, truncated,
 * toFraction, toBinary/toHexadecimal/toOctal, sign, log2, log10; and the static forms of kept methods
 * (Decimal.add, Decimal.max, …: STATIC_ONLY below), the prototype methods staying.
 * test/dist/functionsBundle.test.ts checks that no source calls one of them (DECIMAL_REMOVED and
 * DECIMAL_STATIC_REMOVED below). Also cut: ln 10's constant to its first 300 digits (LN10_DIGITS below).
 * The build fails if a definition is not found (another decimal.js version): then update the list. */
"use strict";

/** Prototype methods, by their long names (each also removes its short alias on the same line). */
const PROTOTYPE = [
  "ceil",
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
  "isPositive",
  "modulo",
  "precision",
  "round",
  "sine",
  "squareRoot",
  "tangent",
  "toBinary",
  "toFraction",
  "toHexadecimal",
  "toNearest",
  "toOctal",
  "truncated",
];
/** Static methods of the constructor whose names no kept method has. */
const STATIC = [
  "acos",
  "acosh",
  "asin",
  "asinh",
  "atan",
  "atanh",
  "atan2",
  "cbrt",
  "ceil",
  "clamp",
  "cos",
  "cosh",
  "hypot",
  "log10",
  "log2",
  "mod",
  "random",
  "round",
  "sign",
  "sin",
  "sinh",
  "sqrt",
  "tan",
  "tanh",
  "trunc",
];
/**
 * Static methods of the constructor that repeat a kept prototype method (`Dec.add(x, y)` for `x.plus(y)`):
 * removed, the prototype method kept. Decimal.min stays: the pane calls it (src/taskpane/charts/model/payoff.ts).
 */
const STATIC_ONLY = ["abs", "add", "div", "exp", "floor", "ln", "log", "max", "mul", "pow", "sub", "sum"];
/** Every name a caller could use for a removed method (long and short names). */
const DECIMAL_REMOVED = [
  ...PROTOTYPE,
  ...STATIC,
  // The short names of the prototype methods above (checked below against decimal.js's definitions).
  ...[
    "acos",
    "acosh",
    "asin",
    "asinh",
    "atan",
    "atanh",
    "cbrt",
    "clamp",
    "cos",
    "cosh",
    "isPos",
    "mod",
    "sd",
    "sin",
    "sinh",
    "sqrt",
    "tan",
    "tanh",
    "toHex",
    "trunc",
  ],
];

/** The digits of ln 10 kept (decimal.js has 1,025), for logarithms at any precision up to about 280 digits. */
const LN10_DIGITS = 300;

function trimDecimal(source) {
  let out = source;
  for (const name of PROTOTYPE) {
    // `P.name = P.alias = function (…) {` … up to the first `};` at the start of a line (decimal.mjs has CRLF line ends).
    const re = new RegExp(`\\nP\\.${name} = (?:P\\.([A-Za-z]+) = )?function \\([^)]*\\) \\{\\r?\\n[\\s\\S]*?\\n\\};\\r?\\n`);
    const found = re.exec(out);
    if (!found) throw new Error(`decimal-trim-loader: no definition of P.${name} in decimal.js; update scripts/decimal-trim-loader.js`);
    if (found[1] && !DECIMAL_REMOVED.includes(found[1]))
      throw new Error(`decimal-trim-loader: P.${name} is also P.${found[1]}; add "${found[1]}" to DECIMAL_REMOVED in scripts/decimal-trim-loader.js`);
    out = out.replace(re, "\n");
  }
  for (const name of [...STATIC, ...STATIC_ONLY]) {
    const re = new RegExp(`\\n  Decimal\\.${name} = ${name};[^\\n]*\\n`);
    if (!re.test(out)) throw new Error(`decimal-trim-loader: no Decimal.${name} in decimal.js; update scripts/decimal-trim-loader.js`);
    out = out.replace(re, "\n");
  }
  // ln 10 is read only by base-10 logarithms (to the working precision + 15 digits, 10 more per rounding retry) and by natural
  // logarithms of numbers beyond 1e1500000000000000 (to the precision + 12); the add-in takes logarithms at Dec's 40 digits
  // (functions/shared/results.ts): its first LN10_DIGITS digits serve any precision up to about 280, as the 1,025 did.
  const ln10 = /\n {2}LN10 = '(2\.\d+)',\r?\n/.exec(out);
  if (!ln10 || ln10[1].length <= LN10_DIGITS + 2)
    throw new Error("decimal-trim-loader: no `LN10 = '2.30…'` constant in decimal.js; update scripts/decimal-trim-loader.js");
  out = out.replace(ln10[1], ln10[1].slice(0, LN10_DIGITS + 1)); // "2." and LN10_DIGITS - 1 decimals: LN10_PRECISION = LN10_DIGITS
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
module.exports.DECIMAL_STATIC_REMOVED = STATIC_ONLY;
