#!/usr/bin/env node
/* Generates examples/mpwr-model.xlsx from the model layout (src/layout): the
 * Series C model and the option exchange model, each a sheet with named
 * inputs, Excel Tables, validation lists, formats, print setup, frozen title
 * rows and =MPWR.… formulas (stored under Excel's `_xldudf_` names for
 * JavaScript custom functions, docs/workbook.md).
 *
 * Every formula cell caches the value the built dist/functions.js returns for
 * its inputs, read from the layout's own cells (names and structured
 * references resolved), so the workbook reads sensibly before the add-in
 * loads. Spills are dynamic arrays as Excel 365 writes them (cell metadata and
 * xl/metadata.xml, scripts/lib/xlsx-package.js), every spilled cell cached.
 * Deterministic: fixed document dates and zip entry dates.
 *
 *   npm run build && npm run workbook      (node scripts/make-workbook.js)
 *
 * test/examples/workbook.test.ts checks the committed file against this. */
"use strict";
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
require("./lib/ts-require");
const layout = require("../src/layout");
const { loadBuiltFunctions, readMetadata, evaluateFormula } = require("./mpwr-formula");
const { makeResolver } = require("./lib/workbook-refs");
const { finishPackage, FIXED_DATE } = require("./lib/xlsx-package");

const OUT = path.resolve(__dirname, "..", "examples", "mpwr-model.xlsx");
const AUTHOR = "MPWR (scripts/make-workbook.js)";
const TABLE_STYLE = "TableStyleLight1";

class PendingCell extends Error {}

/**
 * Computes every formula of a set of model sheets with the built functions:
 * Map "sheet!row,col" (1-based) → value, for constants, formula cells and
 * every spilled cell; spills → their computed 2-D values. `onError(where, error)`, when given,
 * caches a formula's Excel error (a model filled from data may hold rows the calc refuses)
 * instead of stopping; the example workbook is built without it, so none of its formulas fails.
 */
function computeModels(sheets, fns, metadata, onError) {
  const values = new Map();
  const key = (sheet, row, col) => `${sheet}!${row},${col}`;
  const names = new Map();
  const tables = new Map();
  const pending = new Set();
  const jobs = [];
  for (const s of sheets) {
    for (const c of s.cells) {
      if (c.formula) {
        pending.add(key(s.name, c.row + 1, c.col + 1));
        jobs.push({ sheet: s.name, row: c.row + 1, col: c.col + 1, formula: c.formula, spill: null });
      } else if (c.value !== undefined) values.set(key(s.name, c.row + 1, c.col + 1), c.value);
    }
    for (const t of s.tables) {
      tables.set(t.name, {
        sheet: s.name,
        top: t.top + 1,
        left: t.left + 1,
        bottom: t.top + t.rows.length + 1,
        right: t.left + t.columns.length,
        columns: t.columns.map((c) => c.header),
      });
    }
    for (const n of s.names) names.set(n.name, { sheet: s.name, top: n.cell.row + 1, left: n.cell.col + 1, bottom: n.cell.row + 1, right: n.cell.col + 1 });
    for (const sp of s.spills) {
      pending.add(key(s.name, sp.anchor.row + 1, sp.anchor.col + 1));
      jobs.push({ sheet: s.name, row: sp.anchor.row + 1, col: sp.anchor.col + 1, formula: sp.formula, spill: sp });
    }
  }
  const wb = {
    names,
    tables,
    cell(sheet, row, col) {
      const k = key(sheet, row, col);
      if (pending.has(k)) throw new PendingCell(k);
      const v = values.get(k);
      return v === undefined || v === "" ? null : v;
    },
  };
  const spills = new Map();
  let todo = jobs;
  while (todo.length) {
    const next = [];
    for (const job of todo) {
      const text = layout.formulaText(job.formula, "file");
      let r;
      try {
        r = evaluateFormula(text, fns, metadata, makeResolver(wb, job.sheet, job.row));
      } catch (e) {
        if (e instanceof PendingCell) {
          next.push(job);
          continue;
        }
        if (!onError) throw new Error(`make-workbook: ${job.sheet}!${layout.cellAddress({ row: job.row - 1, col: job.col - 1 })} ${text}: ${e.message}`);
        r = { error: { code: "#VALUE!", message: e.message } };
      }
      const where = `${job.sheet}!${layout.cellAddress({ row: job.row - 1, col: job.col - 1 })} =${text}`;
      if (r.error) {
        if (!onError) throw new Error(`make-workbook: ${where} gives ${r.error.code} ${r.error.message}`);
        onError(where, r.error);
        r = { value: job.spill ? [[{ error: r.error.code }]] : { error: r.error.code } };
      }
      pending.delete(key(job.sheet, job.row, job.col));
      if (job.spill) {
        if (!Array.isArray(r.value)) throw new Error(`make-workbook: ${where} does not spill`);
        const { rows, cols } = job.spill.reserve;
        if (r.value.length > rows || r.value[0].length > cols)
          throw new Error(`make-workbook: ${where} spills ${r.value.length}×${r.value[0].length}, more than the ${rows}×${cols} the layout keeps free`);
        r.value.forEach((line, i) => line.forEach((v, j) => values.set(key(job.sheet, job.row + i, job.col + j), v)));
        spills.set(job.spill, r.value);
      } else {
        if (Array.isArray(r.value)) throw new Error(`make-workbook: ${where} spills; the layout must declare it a spill`);
        values.set(key(job.sheet, job.row, job.col), r.value);
      }
    }
    if (next.length === todo.length)
      throw new Error(`make-workbook: circular or unresolved references in ${next.map((j) => layout.formulaText(j.formula, "ui")).join("; ")}`);
    todo = next;
  }
  return { value: (sheet, row, col) => values.get(key(sheet, row, col)), spills };
}

const argb = (rgb) => `FF${rgb}`;

function styleOf(role) {
  const st = layout.STYLES[role];
  const font =
    st.bold || st.italic || st.size || st.color
      ? {
          ...(st.bold ? { bold: true } : {}),
          ...(st.italic ? { italic: true } : {}),
          ...(st.size ? { size: st.size } : {}),
          ...(st.color ? { color: { argb: argb(st.color) } } : {}),
        }
      : undefined;
  const fill = st.fill ? { type: "pattern", pattern: "solid", fgColor: { argb: argb(st.fill) } } : undefined;
  return { font, fill };
}

function applyStyle(cell, role, format) {
  const { font, fill } = styleOf(role);
  if (font) cell.font = font;
  if (fill) cell.fill = fill;
  if (format && format !== layout.FORMATS.general) cell.numFmt = format;
}

/** Excel's height of a row of Calibri 11 text, in points. */
const LINE_HEIGHT = 15;

/** Lines a text takes when wrapped at word boundaries in a column `width` characters wide. */
function wrappedLines(text, width) {
  const room = Math.max(1, Math.floor(width) - 1);
  let lines = 1;
  let used = 0;
  for (const word of String(text).split(/\s+/)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= room) used = need;
    else {
      lines += Math.max(1, Math.ceil(word.length / room)) - (used === 0 ? 1 : 0);
      used = word.length % room || room;
    }
  }
  return lines;
}

/** Long text of a spill wraps in its columns; the spill's cells align to the top; rows grow to fit the cached text. */
function wrapSpill(ws, sheet, sp, result) {
  const { row, col } = sp.anchor;
  for (let i = 0; i < sp.reserve.rows; i++) {
    for (let j = 0; j < sp.reserve.cols; j++) {
      ws.getCell(row + 1 + i, col + 1 + j).alignment = sp.wrapColumns.includes(j) ? { vertical: "top", wrapText: true } : { vertical: "top" };
    }
  }
  result.forEach((line, i) => {
    const lines = Math.max(1, ...sp.wrapColumns.map((j) => (typeof line[j] === "string" ? wrappedLines(line[j], sheet.columnWidths[col + j]) : 1)));
    if (lines > 1) ws.getRow(row + 1 + i).height = lines * LINE_HEIGHT;
  });
}

/** An exceljs worksheet for a model sheet, with the computed values. */
function renderSheet(wb, sheet, computed) {
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: sheet.frozenRows, topLeftCell: `A${sheet.frozenRows + 1}`, activeCell: "A1" }] });
  ws.columns = sheet.columnWidths.map((width) => ({ width }));
  ws.pageSetup = {
    orientation: sheet.print.orientation,
    fitToPage: true,
    fitToWidth: sheet.print.fitToWidth,
    fitToHeight: sheet.print.fitToHeight,
    paperSize: 9,
  };
  const value = (row, col) => computed.value(sheet.name, row + 1, col + 1);
  const formulaCell = (f, row, col) => ({ formula: layout.formulaText(f, "file"), result: value(row, col) });

  for (const t of sheet.tables) {
    ws.addTable({
      name: t.name,
      ref: layout.cellAddress({ row: t.top, col: t.left }),
      headerRow: true,
      style: { theme: TABLE_STYLE, showRowStripes: false },
      columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: t.rows.map((r, i) => r.map((v, j) => (t.columns[j].formula ? formulaCell(t.columns[j].formula, t.top + 1 + i, t.left + j) : v))),
    });
  }
  for (const c of sheet.cells) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    if (c.formula) cell.value = formulaCell(c.formula, c.row, c.col);
    else if (c.value !== undefined) cell.value = c.value;
    applyStyle(cell, c.role, c.format);
  }
  for (const sp of sheet.spills) {
    const result = computed.spills.get(sp);
    const { row, col } = sp.anchor;
    // Formats cover the area the layout keeps free, so a longer spill is formatted too.
    for (let i = 0; i < sp.reserve.rows; i++) {
      for (let j = 0; j < sp.reserve.cols; j++) {
        const cell = ws.getCell(row + 1 + i, col + 1 + j);
        const own = sp.cellFormats && sp.cellFormats.find((f) => f.row === i && f.col === j);
        if (sp.header && i === 0) applyStyle(cell, "header");
        else if (own) cell.numFmt = own.format;
        else if (sp.columnFormats[j]) cell.numFmt = sp.columnFormats[j];
        if (i < result.length && j < result[0].length && (i > 0 || j > 0)) cell.value = result[i][j];
      }
    }
    if (sp.wrapColumns) wrapSpill(ws, sheet, sp, result);
    const ref = layout.areaAddress({ top: row, left: col, bottom: row + result.length - 1, right: col + result[0].length - 1 });
    ws.getCell(row + 1, col + 1).value = { formula: layout.formulaText(sp.formula, "file"), result: result[0][0], shareType: "array", ref };
  }
  for (const v of sheet.validations) {
    ws.dataValidations.add(layout.areaAddress(v.area), {
      type: "list",
      allowBlank: true,
      formulae: [`"${v.list.join(",")}"`],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "Not in the list",
      error: `Choose one of ${v.list.join(", ")}.`,
      showInputMessage: true,
      prompt: v.prompt,
    });
  }
  for (const n of sheet.names) wb.definedNames.add(`${layout.quoteSheet(sheet.name)}!${layout.cellAddress(n.cell, true)}`, n.name);
  return ws;
}

/** The workbook, built in memory from the layout and the built functions in dist/. */
function buildWorkbook({ fns = loadBuiltFunctions(), metadata = readMetadata(), sheets = layout.exampleModels(), onError } = {}) {
  const computed = computeModels(sheets, fns, metadata, onError);
  const wb = new ExcelJS.Workbook();
  wb.creator = AUTHOR;
  wb.lastModifiedBy = AUTHOR;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of sheets) renderSheet(wb, s, computed);
  return { wb, sheets, computed };
}

/** The .xlsx bytes: exceljs's package finished as Excel 365 writes it (scripts/lib/xlsx-package.js). */
async function workbookBuffer({ wb, sheets }) {
  return finishPackage(await wb.xlsx.writeBuffer(), sheets);
}

async function main() {
  const buf = await workbookBuffer(buildWorkbook());
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, buf);
  console.log(`make-workbook: wrote ${path.relative(process.cwd(), OUT)} (${buf.length} bytes)`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e.message);
    process.exit(1);
  });
}

module.exports = { buildWorkbook, workbookBuffer, computeModels, wrappedLines, LINE_HEIGHT, OUT };
