/* The built custom functions, outside Excel: loads dist/functions.js in a vm
 * context whose only host object is a `CustomFunctions` stand-in (the approach
 * of test/support/dist.ts), and evaluates `=MPWR.ID(arg, …)` formulas by
 * parsing their arguments the way Excel passes them and calling the built
 * function. Used by the documentation generator (scripts/gen-docs.js), the
 * help page (scripts/help-page.js), the model workbook
 * (scripts/make-workbook.js) and their tests, so that every value they show is
 * the one the shipped bundle computes.
 *
 * Formulas understood: `=MPWR.ID(…)`, the form files store (`_xldudf_MPWR_ID(…)`)
 * and `INDEX(ref, row[, col])`. Arguments: numbers, "text" ("" escapes a quote),
 * TRUE and FALSE, DATE(y,m,d) with integer literals, array constants
 * {1,2;3,4}, INDEX(…), empty arguments, and references the caller resolves:
 * cells (A1, $B$2, A2:F3), defined names (SC_AsOf) and structured references
 * (SC_Events, SC_Events[Type], SC_Terms[[Name]:[Value]],
 * SC_Payoff[[#This Row],[Col]] or SC_Payoff[@[Col]]);
 * scripts/lib/workbook-refs.js resolves them against a workbook's cells,
 * names and Tables. */
"use strict";
const fs = require("fs");
const path = require("path");
const standIn = require("./lib/custom-functions-stand-in");
require("./lib/ts-require");
const { parseArea } = require("../src/layout/address");
const { CustomFunctionsError } = standIn;

// dist/, or the build MPWR_DIST names (the tests' own, test-output/dist: test/support/testDist.js).
const DIST = process.env.MPWR_DIST ? path.resolve(process.env.MPWR_DIST) : path.resolve(__dirname, "..", "dist");

/** Evaluates the bundle's source; returns Map id → function as registered by CustomFunctions.associate. */
function loadFunctionsFromSource(code, filename = "dist/functions.js") {
  return standIn.loadFunctionsFromSource(code, filename).registered;
}

function loadBuiltFunctions(dist = DIST) {
  return loadFunctionsFromSource(fs.readFileSync(path.join(dist, "functions.js"), "utf8"));
}

function readMetadata(dist = DIST) {
  return JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"));
}

// ---------------------------------------------------------------------------
// Dates

const DAY_MS = 86400000;
const EPOCH = Date.UTC(1899, 11, 30);

/** Excel serial (1900 system, from 1900-03-01 on) of a civil date; month/day overflow as Excel's DATE. */
function serialFromYmd(y, m, d) {
  return (Date.UTC(y, m - 1, d) - EPOCH) / DAY_MS;
}

/** "YYYY-MM-DD" of an Excel serial (integer part). */
function isoFromSerial(serial) {
  return new Date(EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** Serial of a JS Date read from a workbook (exceljs returns date-formatted cells as UTC Dates). */
function serialFromDate(date) {
  return (date.getTime() - EPOCH) / DAY_MS;
}

// ---------------------------------------------------------------------------
// Formula parsing

class FormulaSyntaxError extends Error {}

function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= text.length) throw new FormulaSyntaxError(`unterminated text in ${text}`);
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += text[i++];
      }
      tokens.push({ t: "str", v: s });
    } else if (/[0-9.]/.test(c) || (c === "-" && /[0-9.]/.test(text[i + 1] || ""))) {
      const m = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i));
      if (!m) throw new FormulaSyntaxError(`bad number at ${text.slice(i)}`);
      tokens.push({ t: "num", v: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_.$]*(?::\$?[A-Za-z]+\$?\d+)?/.exec(text.slice(i));
      let v = m[0];
      i += v.length;
      // A structured reference: Table[...] with nested brackets, taken whole.
      if (text[i] === "[") {
        let depth = 0;
        const start = i;
        do {
          if (i >= text.length) throw new FormulaSyntaxError(`unbalanced [ in ${text}`);
          if (text[i] === "[") depth++;
          else if (text[i] === "]") depth--;
          i++;
        } while (depth > 0);
        v += text.slice(start, i);
      }
      tokens.push({ t: "name", v });
    } else if ("(),;{}=".includes(c)) {
      tokens.push({ t: c });
      i++;
    } else {
      throw new FormulaSyntaxError(`unexpected ${JSON.stringify(c)} in ${text}`);
    }
  }
  return tokens;
}

const REF = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;

const MPWR_HEAD = /^(?:MPWR\.|_xldudf_MPWR_)([A-Z][A-Z0-9_]*)$/;

/**
 * Parses a formula into { id, args } (an MPWR call) or { builtin: "INDEX", args }.
 * Each arg is { kind: "empty" } | { kind: "value", value } | { kind: "array", rows }
 * | { kind: "ref", ref } | { kind: "index", of, row, col }.
 * DATE(y,m,d) becomes its serial number; references keep their text for the caller.
 */
function parseFormula(text) {
  const tokens = tokenize(String(text));
  let p = 0;
  const peek = () => tokens[p] || { t: "end" };
  const take = (t) => {
    const tok = peek();
    if (tok.t !== t) throw new FormulaSyntaxError(`expected ${t} in ${text}, got ${tok.t}${tok.v !== undefined ? ` ${tok.v}` : ""}`);
    p++;
    return tok;
  };
  if (peek().t === "=") p++;
  const constant = () => {
    const tok = peek();
    if (tok.t === "num" || tok.t === "str") {
      p++;
      return tok.v;
    }
    if (tok.t === "name" && /^(TRUE|FALSE)$/i.test(tok.v)) {
      p++;
      return tok.v.toUpperCase() === "TRUE";
    }
    throw new FormulaSyntaxError(`expected a constant in ${text}`);
  };
  const isCall = (name) => tokens[p + 1] && tokens[p + 1].t === "(" && peek().t === "name" && peek().v.toUpperCase() === name;
  const reference = () => {
    const tok = take("name");
    if (/^(TRUE|FALSE)$/i.test(tok.v)) throw new FormulaSyntaxError(`expected a reference in ${text}, got ${tok.v}`);
    return { kind: "ref", ref: REF.test(tok.v.toUpperCase()) ? tok.v.toUpperCase().replace(/\$/g, "") : tok.v };
  };
  const indexCall = () => {
    p++;
    take("(");
    const of = reference();
    take(",");
    const row = arg();
    let col;
    if (peek().t === ",") {
      p++;
      col = arg();
    }
    take(")");
    return { kind: "index", of: of.ref, row, col };
  };
  const arg = () => {
    const tok = peek();
    if (tok.t === "," || tok.t === ")") return { kind: "empty" };
    if (tok.t === "{") {
      p++;
      const rows = [[constant()]];
      while (peek().t === "," || peek().t === ";") {
        if (take(peek().t).t === ";") rows.push([]);
        rows[rows.length - 1].push(constant());
      }
      take("}");
      if (rows.some((r) => r.length !== rows[0].length)) throw new FormulaSyntaxError(`ragged array constant in ${text}`);
      return { kind: "array", rows };
    }
    if (isCall("DATE")) {
      p++;
      take("(");
      const y = take("num").v;
      take(",");
      const mo = take("num").v;
      take(",");
      const d = take("num").v;
      take(")");
      return { kind: "value", value: serialFromYmd(y, mo, d) };
    }
    if (isCall("INDEX")) return indexCall();
    if (tok.t === "name" && !/^(TRUE|FALSE)$/i.test(tok.v)) return reference();
    return { kind: "value", value: constant() };
  };
  let parsed;
  if (isCall("INDEX")) {
    const { of, row, col } = indexCall();
    parsed = { builtin: "INDEX", args: [{ kind: "ref", ref: of }, row, ...(col ? [col] : [])] };
  } else {
    const head = take("name").v;
    const m = MPWR_HEAD.exec(head);
    if (!m) throw new FormulaSyntaxError(`not an MPWR function call: ${text}`);
    take("(");
    const args = [];
    if (peek().t !== ")") {
      args.push(arg());
      while (peek().t === ",") {
        p++;
        args.push(arg());
      }
    }
    take(")");
    parsed = { id: m[1], args };
  }
  if (peek().t !== "end") throw new FormulaSyntaxError(`unexpected text after the call in ${text}`);
  return parsed;
}

/** "A2:F3" → { top, left, bottom, right } (1-based), read by src/layout/address.ts. */
function decodeRange(ref) {
  if (!REF.test(ref.toUpperCase())) throw new FormulaSyntaxError(`bad reference ${ref}`);
  const a = parseArea(ref);
  return { top: a.top + 1, left: a.left + 1, bottom: a.bottom + 1, right: a.right + 1 };
}

/**
 * The JS arguments Excel passes for a parsed formula: empty → null, omitted
 * trailing → undefined, a matrix parameter always gets a 2-D array (a scalar
 * becomes 1×1), a scalar parameter gets a value (a 1×1 range is unwrapped).
 * `resolve(ref)` returns the 2-D array of a cell reference's values.
 */
function callArguments(parsed, fnMeta, resolve) {
  const params = fnMeta.parameters || [];
  if (parsed.args.length > params.length) throw new FormulaSyntaxError(`${parsed.id} takes at most ${params.length} arguments`);
  return params.map((param, i) => {
    const a = parsed.args[i];
    if (a === undefined) return undefined;
    if (a.kind === "empty") return null;
    const grid = argGrid(a, resolve, parsed.id);
    if (param.dimensionality === "matrix") return grid.map((r) => r.slice());
    if (grid.length !== 1 || grid[0].length !== 1) throw new FormulaSyntaxError(`${parsed.id}: argument ${param.name} is a single value, not a range`);
    return grid[0][0];
  });
}

/** The 2-D values of an argument: a constant is 1×1, a reference is resolved, INDEX picks one cell. */
function argGrid(a, resolve, where) {
  if (a.kind === "array") return a.rows;
  if (a.kind === "value") return [[a.value]];
  if (a.kind === "empty") return [[null]];
  if (!resolve) throw new FormulaSyntaxError(`${where}: no cells to resolve ${a.ref || a.of}`);
  if (a.kind === "ref") return resolve(a.ref);
  const grid = resolve(a.of);
  const position = (x, what) => {
    const g = argGrid(x, resolve, where);
    const n = g.length === 1 && g[0].length === 1 ? g[0][0] : NaN;
    if (!Number.isInteger(n) || n < 1) throw new FormulaSyntaxError(`${where}: INDEX ${what} ${JSON.stringify(n)} is not a position`);
    return n;
  };
  const r = position(a.row, "row");
  const c = a.col ? position(a.col, "column") : 1;
  if (r > grid.length || c > grid[0].length) throw new FormulaSyntaxError(`${where}: INDEX(${a.of}, ${r}) is outside the range`);
  return [[grid[r - 1][c - 1]]];
}

/**
 * Evaluates a formula with the built functions: { value } or, when the
 * function raises a CustomFunctions.Error, { error: { code, message } }.
 */
function evaluateFormula(formula, functions, metadata, resolve) {
  const parsed = parseFormula(formula);
  if (parsed.builtin === "INDEX") {
    const [of, row, col] = parsed.args;
    return { id: "INDEX", args: [], value: argGrid({ kind: "index", of: of.ref, row, col }, resolve, "INDEX")[0][0] };
  }
  const meta = metadata.functions.find((f) => f.id === parsed.id);
  if (!meta) throw new FormulaSyntaxError(`${parsed.id} is not in functions.json`);
  const fn = functions.get(parsed.id);
  if (!fn) throw new FormulaSyntaxError(`${parsed.id} is not registered by functions.js`);
  const args = callArguments(parsed, meta, resolve);
  try {
    return { id: parsed.id, args, value: fn(...args) };
  } catch (e) {
    if (e instanceof CustomFunctionsError) return { id: parsed.id, args, error: { code: e.code, message: e.message } };
    throw e;
  }
}

module.exports = {
  DIST,
  CustomFunctionsError,
  loadFunctionsFromSource,
  loadBuiltFunctions,
  readMetadata,
  serialFromYmd,
  isoFromSerial,
  serialFromDate,
  parseFormula,
  decodeRange,
  callArguments,
  evaluateFormula,
  FormulaSyntaxError,
};
