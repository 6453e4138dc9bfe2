/* The data behind the function reference, shared by docs/functions.md
 * (scripts/gen-docs.js) and dist/help.html (scripts/help-page.js):
 * functions.json (description, parameters, result shape) + the adapters'
 * @returns JSDoc + the hand-kept catalogue (scripts/function-catalogue.js:
 * example formula, clauses) + the example values, computed by calling the
 * built functions (scripts/mpwr-formula.js). Values are never typed by hand. */
"use strict";
const fs = require("fs");
const path = require("path");
const { evaluateFormula, decodeRange, isoFromSerial } = require("./mpwr-formula");

const ROOT = path.resolve(__dirname, "..");
const FUNCTION_DIRS = ["src/functions/seriesC", "src/functions/optionExchange"];

/** id → { type, text } of each adapter's `@returns {type} text` JSDoc line. */
function readReturns(root = ROOT) {
  const out = new Map();
  for (const dir of FUNCTION_DIRS) {
    const abs = path.join(root, dir);
    for (const file of fs.readdirSync(abs).filter((f) => f.endsWith(".ts")).sort()) {
      const src = fs.readFileSync(path.join(abs, file), "utf8");
      for (const m of src.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
        const body = m[1].replace(/^\s*\* ?/gm, "");
        const id = /@customfunction\s+([A-Z0-9_.]+)/.exec(body);
        const ret = /@returns?\s+\{([^}]*)\}\s*([\s\S]*?)(?=\n\s*@|$)/.exec(body);
        if (id && ret) out.set(id[1], { type: ret[1].trim(), text: ret[2].replace(/\s+/g, " ").trim() });
      }
    }
  }
  return out;
}

/** `=MPWR.ID(a, [b])` from the metadata's parameters. */
function syntaxOf(f) {
  const params = (f.parameters || []).map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=MPWR.${f.id}(${params.join(", ")})`;
}

/** Cell reference resolver over a { "A2:B3": rows } map (cells outside every block are empty). */
function cellResolver(cells = {}) {
  const blocks = Object.entries(cells).map(([ref, rows]) => ({ ...decodeRange(ref), rows }));
  return (ref) => {
    const r = decodeRange(ref);
    const out = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line = [];
      for (let col = r.left; col <= r.right; col++) {
        const b = blocks.find((x) => row >= x.top && row <= x.bottom && col >= x.left && col <= x.right);
        const v = b ? b.rows[row - b.top][col - b.left] : undefined;
        line.push(v === undefined ? null : v);
      }
      out.push(line);
    }
    return out;
  };
}

const money = (v) => `$${v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Text of one returned value: numbers as JS prints them (unrounded), booleans as Excel shows them. */
function formatValue(v, format) {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v === "" || v === null || v === undefined) return "";
  if (typeof v === "number") {
    if (format === "date") return `${isoFromSerial(v)} (serial ${v})`;
    if (format === "money") return `${v} (${money(v)})`;
    return String(v);
  }
  return String(v);
}

/** A computed result as { kind: "value", text } | { kind: "error", text } | { kind: "spill", rows, header }. */
function describeResult(result, spec) {
  if (result.error) return { kind: "error", text: `${result.error.code} (${result.error.message})` };
  const v = result.value;
  if (!Array.isArray(v)) return { kind: "value", text: formatValue(v, spec.format) };
  const header = spec.header !== false;
  const dateCols = new Set(((spec.dates && spec.dates.columns) || []).map((name) => (header ? v[0].indexOf(name) : -1)).filter((i) => i >= 0));
  const dateRows = new Set((spec.dates && spec.dates.rows) || []);
  const rows = v.map((row, i) =>
    row.map((cell, j) => {
      if (header && i === 0) return formatValue(cell);
      const isDate = typeof cell === "number" && (dateCols.has(j) || (j > 0 && dateRows.has(row[0])));
      return isDate ? isoFromSerial(cell) : formatValue(cell);
    }),
  );
  return { kind: "spill", header, rows, hasDates: dateCols.size > 0 || dateRows.size > 0 };
}

/** Input blocks of an example as { ref, rows } with cells as text. */
function describeCells(cells = {}) {
  return Object.entries(cells).map(([ref, rows]) => ({ ref, rows: rows.map((r) => r.map((c) => formatValue(c))) }));
}

function normalizeExample(e) {
  return typeof e === "string" ? { formula: e } : e;
}

function runExample(spec, functions, metadata) {
  const e = normalizeExample(spec);
  if (!functions) return { formula: e.formula, cells: describeCells(e.cells), result: { kind: "none" } }; // bundle not loadable: no values
  let result;
  try {
    result = evaluateFormula(e.formula, functions, metadata, cellResolver(e.cells));
  } catch (err) {
    result = { error: { code: "example failed", message: err.message } };
    return { formula: e.formula, cells: describeCells(e.cells), result: describeResult(result, e), failed: err.message };
  }
  return { formula: e.formula, cells: describeCells(e.cells), result: describeResult(result, e), raw: result };
}

/**
 * The reference: { groups: [{ title, entries }], missing, unknown, failures }.
 * entries: { id, description, syntax, helpUrl, params, returns, details, example, more, note, clauses }.
 * `missing`: ids in functions.json without a catalogue entry (rendered last, no example);
 * `unknown`: catalogue ids not in functions.json; `failures`: examples that could not run.
 * `functions` null: examples are listed without values (result kind "none").
 */
function buildReference({ metadata, functions, catalogue = require("./function-catalogue"), returns = readReturns() }) {
  const byId = new Map(metadata.functions.map((f) => [f.id, f]));
  const failures = [];
  const entry = (f, cat) => {
    const ret = returns.get(f.id);
    const spill = f.result && f.result.dimensionality === "matrix";
    const e = {
      id: f.id,
      description: f.description || "",
      helpUrl: f.helpUrl,
      syntax: syntaxOf(f),
      params: (f.parameters || []).map((p) => ({ name: p.name, optional: !!p.optional, range: p.dimensionality === "matrix", description: p.description || "" })),
      returns: { spill, text: ret ? ret.text : "" },
      clauses: cat ? cat.clauses : "",
      note: cat && cat.note ? cat.note : "",
      details: (cat && cat.details) || [],
      example: null,
      more: [],
    };
    if (cat && cat.example) {
      e.example = runExample(cat.example, functions, metadata);
      e.more = (cat.more || []).map((m) => runExample(m, functions, metadata));
      for (const x of functions ? [e.example, ...e.more] : []) {
        if (x.failed) failures.push(`${f.id}: ${x.formula}: ${x.failed}`);
        else if (x.raw && x.raw.id !== f.id) failures.push(`${f.id}: example calls ${x.raw.id}`);
      }
      if (functions && e.example.result.kind === "error") failures.push(`${f.id}: the main example gives ${e.example.result.text}`);
    }
    return e;
  };
  const groups = [];
  for (const [id, cat] of Object.entries(catalogue)) {
    const f = byId.get(id);
    if (!f) continue;
    let g = groups.find((x) => x.title === cat.group);
    if (!g) groups.push((g = { title: cat.group, entries: [] }));
    g.entries.push(entry(f, cat));
  }
  const missing = metadata.functions.map((f) => f.id).filter((id) => !(id in catalogue));
  if (missing.length) groups.push({ title: "Not yet catalogued", entries: missing.map((id) => entry(byId.get(id), null)) });
  const unknown = Object.keys(catalogue).filter((id) => !byId.has(id));
  return { groups, missing, unknown, failures };
}

module.exports = { buildReference, readReturns, syntaxOf, cellResolver, formatValue, describeResult };
