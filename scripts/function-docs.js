/* The data behind the function reference, shared by docs/functions.md and the README's list
 * (scripts/gen-docs.js) and dist/help.html (scripts/help-page.js): the function catalogue
 * (src/functions/catalogue.ts, read by scripts/function-catalogue.js: description, arguments,
 * result, example formula, clauses) + the example values, computed by calling the built
 * functions (scripts/mpwr-formula.js). Values are never typed by hand. */
"use strict";
const { evaluateFormula, decodeRange, isoFromSerial } = require("./mpwr-formula");
const { loadCatalogue } = require("./function-catalogue");

/** `ID(a, [b])` from a catalogue entry's arguments. */
function callOf(e) {
  return `${e.id}(${e.args.map((a) => (a.optional ? `[${a.name}]` : a.name)).join(", ")})`;
}

/** `=MPWR.ID(a, [b])`. */
function syntaxOf(e) {
  return `=MPWR.${callOf(e)}`;
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
 * entries: { id, description, syntax, params, returns, details, example, more, note, clauses }, one per
 * entry of the catalogue (`catalogue`: scripts/function-catalogue.js loadCatalogue() by default).
 * `metadata`: the functions.json the built `functions` go with (to evaluate the examples);
 * `missing`: its ids without a catalogue entry, `unknown`: catalogue ids it lacks (a stale build);
 * `failures`: examples that could not run. `functions` null: examples are listed without values
 * (result kind "none").
 */
function buildReference({ metadata, functions, catalogue = loadCatalogue() }) {
  const failures = [];
  const entry = (c) => {
    const e = {
      id: c.id,
      description: c.description,
      syntax: syntaxOf(c),
      params: c.args.map((a) => ({ name: a.name, optional: !!a.optional, range: a.type === "range", description: a.description })),
      returns: { spill: c.result.type === "spill", text: c.result.description },
      details: c.details || [],
      clauses: c.clauses,
      note: c.note || "",
      example: runExample(c.example, functions, metadata),
      more: (c.more || []).map((m) => runExample(m, functions, metadata)),
    };
    for (const x of functions ? [e.example, ...e.more] : []) {
      if (x.failed) failures.push(`${c.id}: ${x.formula}: ${x.failed}`);
      else if (x.raw && x.raw.id !== c.id) failures.push(`${c.id}: example calls ${x.raw.id}`);
    }
    if (functions && e.example.result.kind === "error") failures.push(`${c.id}: the main example gives ${e.example.result.text}`);
    return e;
  };
  const groups = [];
  for (const c of catalogue.entries) {
    let g = groups.find((x) => x.title === c.groupTitle);
    if (!g) groups.push((g = { title: c.groupTitle, entries: [] }));
    g.entries.push(entry(c));
  }
  const ids = new Set(catalogue.entries.map((c) => c.id));
  const built = new Set(metadata.functions.map((f) => f.id));
  const missing = [...built].filter((id) => !ids.has(id));
  const unknown = [...ids].filter((id) => !built.has(id));
  return { groups, missing, unknown, failures };
}

module.exports = { buildReference, callOf, syntaxOf, cellResolver, formatValue, describeResult };
