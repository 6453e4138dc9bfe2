/* Resolves the references of a formula (scripts/mpwr-formula.js) against a
 * workbook: A1 references on the formula's sheet, defined names and Excel
 * Table structured references, into the 2-D values the add-in would receive.
 * Used by the model workbook generator and its test, each with its own view of
 * the cells (the layout being written; the file read back). */
"use strict";
const { decodeRange, FormulaSyntaxError } = require("../mpwr-formula");

/**
 * @param {object} wb
 *   cell(sheet, row, col) → value (1-based row/col; null when empty),
 *   names: Map name → { sheet, top, left, bottom, right } (1-based),
 *   tables: Map name → { sheet, top, left, bottom, right, columns: string[] } (top = header row),
 * @param {string} sheet the formula's sheet
 * @param {number} row the formula's row (for this-row references), 1-based
 */
function makeResolver(wb, sheet, row) {
  const grid = (s, a) => {
    const out = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const line = [];
      for (let c = a.left; c <= a.right; c++) line.push(wb.cell(s, r, c));
      out.push(line);
    }
    return out;
  };
  const lower = (s) => s.trim().toLowerCase();
  return (ref) => {
    const structured = /^([A-Za-z_][A-Za-z0-9_.]*)(\[.*\])?$/.exec(ref);
    if (structured && wb.tables.has(structured[1])) {
      const t = wb.tables.get(structured[1]);
      const spec = parseSpecifier(structured[2] || "", ref);
      if (spec.all) return grid(t.sheet, { top: t.top, bottom: t.bottom, left: t.left, right: t.right });
      const col = (name) => {
        const i = t.columns.findIndex((c) => lower(c) === lower(name));
        if (i < 0) throw new FormulaSyntaxError(`${ref}: no column ${name} in ${structured[1]} (${t.columns.join(", ")})`);
        return t.left + i;
      };
      const left = spec.columns.length ? col(spec.columns[0]) : t.left;
      const right = spec.columns.length ? col(spec.columns[spec.columns.length - 1]) : t.right;
      if (spec.thisRow) {
        if (row <= t.top || row > t.bottom) throw new FormulaSyntaxError(`${ref}: row ${row} is not a data row of ${structured[1]}`);
        return grid(t.sheet, { top: row, bottom: row, left, right });
      }
      return grid(t.sheet, { top: t.top + 1, bottom: t.bottom, left, right });
    }
    if (wb.names.has(ref)) {
      const n = wb.names.get(ref);
      return grid(n.sheet, n);
    }
    return grid(sheet, decodeRange(ref));
  };
}

/** "[Col]", "[[A]:[B]]", "[[#This Row],[Col]]", "[@[Col]]", "[@Col]" → { thisRow, columns }; "[#All]" → { all }. */
function parseSpecifier(text, ref) {
  if (text === "") return { thisRow: false, columns: [] };
  if (/^\[#All\]$/i.test(text)) return { all: true, thisRow: false, columns: [] };
  let inner = text.slice(1, -1);
  let thisRow = false;
  if (inner.startsWith("@")) {
    thisRow = true;
    inner = inner.slice(1);
  } else if (/^\[#This Row\],/i.test(inner)) {
    thisRow = true;
    inner = inner.replace(/^\[#This Row\],/i, "");
  }
  if (!inner.startsWith("[")) return { thisRow, columns: [inner] };
  const parts = inner.split(/\]:\[/);
  if (parts.length > 2 || /#/.test(inner)) throw new FormulaSyntaxError(`unsupported structured reference ${ref}`);
  return { thisRow, columns: parts.map((x) => x.replace(/^\[|\]$/g, "")) };
}

module.exports = { makeResolver, parseSpecifier };
