#!/usr/bin/env node
/* Generates examples/mpwr-model.xlsx, a model workbook for the add-in:
 *   "Series C"         terms (the SERIESC_TERMS defaults), events (the 3-for-2
 *                      split of 2000-08-29), payments, inputs, and =MPWR.…
 *                      formulas for accrual, conversion, liquidation,
 *                      redemption and an exit waterfall referencing those cells;
 *   "Option exchange"  a sample roster (the Offer's 1,000 / 1,525 / 525
 *                      examples) with new options, vesting, ISO split,
 *                      breakeven, and the offer's calendar.
 * Every formula cell caches the value the built dist/functions.js returns for
 * the formula's inputs (read from the cells it references), so the workbook
 * reads sensibly before the add-in loads. Spills are written as array
 * formulas over the result's range, with every cell's value cached.
 * Deterministic: fixed document dates and zip entry dates.
 *
 *   npm run build && npm run workbook      (node scripts/make-workbook.js)
 *
 * test/examples/workbook.test.ts checks the committed file against this. */
"use strict";
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const { loadBuiltFunctions, readMetadata, evaluateFormula, decodeRange, serialFromYmd } = require("./mpwr-formula");

const OUT = path.resolve(__dirname, "..", "examples", "mpwr-model.xlsx");
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

const FMT = { date: "yyyy-mm-dd", money: "0.00", rate: "0.000000", shares: "#,##0", number: "0.####", multiple: "0.0" };
const BOLD = { bold: true };
const TITLE = { bold: true, size: 14 };
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3F2F1" } };
const INPUT_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF8E1" } };

function columnLetters(n) {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
const address = (row, col) => `${columnLetters(col)}${row}`;
/** Formula text as stored in the file: no "=", no blanks after commas (the workbook's formulas have no text arguments with commas). */
const fileFormula = (formula) => formula.replace(/^=/, "").replace(/,\s+/g, ",");

/**
 * A sheet under construction: values are kept in `cells` (address → value as
 * the add-in receives it: serials for dates) so formulas can be evaluated
 * against them before the workbook is written.
 */
class SheetBuilder {
  constructor(ws, fns, metadata) {
    this.ws = ws;
    this.fns = fns;
    this.metadata = metadata;
    this.cells = new Map();
  }
  value(addr, v, numFmt, style = {}) {
    const c = this.ws.getCell(addr);
    c.value = v === "" ? null : v;
    if (numFmt) c.numFmt = numFmt;
    if (style.font) c.font = style.font;
    if (style.fill) c.fill = style.fill;
    this.cells.set(addr, v === "" ? null : v);
    return c;
  }
  label(addr, text, font) {
    return this.value(addr, text, undefined, font ? { font } : {});
  }
  header(row, col, names) {
    names.forEach((n, j) => this.value(address(row, col + j), n, undefined, { font: BOLD, fill: HEADER_FILL }));
  }
  input(addr, v, numFmt) {
    return this.value(addr, v, numFmt, { fill: INPUT_FILL });
  }
  /** Values of a range as the add-in receives them (empty cells null). */
  resolve(ref) {
    const r = decodeRange(ref);
    const out = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line = [];
      for (let col = r.left; col <= r.right; col++) {
        const v = this.cells.get(address(row, col));
        line.push(v === undefined ? null : v);
      }
      out.push(line);
    }
    return out;
  }
  evaluate(formula) {
    const r = evaluateFormula(formula, this.fns, this.metadata, (ref) => this.resolve(ref));
    if (r.error) throw new Error(`make-workbook: ${formula} gives ${r.error.code} ${r.error.message}`);
    return r.value;
  }
  /** A scalar formula with its computed value cached. */
  formula(addr, formula, numFmt) {
    const value = this.evaluate(formula);
    if (Array.isArray(value)) throw new Error(`make-workbook: ${formula} spills; use spill()`);
    const c = this.ws.getCell(addr);
    c.value = { formula: fileFormula(formula), result: value };
    if (numFmt) c.numFmt = numFmt;
    this.cells.set(addr, value);
    return value;
  }
  /** A spilling formula: an array formula over the result's range, every cell cached. numFmts per column. */
  spill(addr, formula, numFmts = [], headerRow = true) {
    const value = this.evaluate(formula);
    if (!Array.isArray(value)) throw new Error(`make-workbook: ${formula} does not spill`);
    const a = decodeRange(addr);
    const ref = `${addr}:${address(a.top + value.length - 1, a.left + value[0].length - 1)}`;
    this.ws.fillFormula(ref, fileFormula(formula), value, "array");
    value.forEach((row, i) =>
      row.forEach((v, j) => {
        const at = address(a.top + i, a.left + j);
        this.cells.set(at, v === "" ? null : v);
        const c = this.ws.getCell(at);
        if (headerRow && i === 0) c.font = BOLD;
        else if (numFmts[j]) c.numFmt = numFmts[j];
      }),
    );
    return value;
  }
}

function seriesCSheet(wb, fns, metadata) {
  const s = new SheetBuilder(wb.addWorksheet("Series C", { views: [{ state: "frozen", ySplit: 2 }] }), fns, metadata);
  s.ws.columns = [{ width: 46 }, { width: 16 }, { width: 3 }, { width: 44 }, { width: 14 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 3 }, { width: 12 }, { width: 12 }];
  s.label("A1", "MPWR model — Mpower Series C Convertible Preferred (Certificate of Designation)", TITLE);
  s.label("A2", "Formulas need the MPWR add-in (#NAME? without it). Values shown are cached from the add-in's calculation. Yellow cells are inputs.");

  // Terms: the SERIESC_TERMS defaults, passed as the terms argument of every formula.
  s.label("A4", "Terms (SERIESC_TERMS defaults; edit to model another certificate)", BOLD);
  const terms = fns.get("SERIESC_TERMS")();
  s.header(5, 1, terms[0]);
  terms.slice(1).forEach(([name, value], i) => {
    s.value(`A${6 + i}`, name);
    s.input(`B${6 + i}`, value, /Date$/.test(name) ? FMT.date : undefined);
  });
  const lastTerm = 5 + terms.length - 1;
  const TERMS = `A6:B${lastTerm}`;

  // Events (Cert §5(f)–(k)) and dividends paid (Cert §2): tables with room for more rows.
  s.label("D4", "Events (Cert §5(f)–(k)): date | type | a | b | c | d", BOLD);
  s.header(5, 4, ["date", "type", "a", "b", "c", "d"]);
  s.input("D6", serialFromYmd(2000, 8, 29), FMT.date);
  s.input("E6", "SPLIT");
  s.input("F6", 1.5);
  const EVENTS = "D6:I10";
  s.label("K4", "Dividends paid (Cert §2)", BOLD);
  s.header(5, 11, ["date", "per share"]);
  const PAYMENTS = "K6:L9";

  // Inputs.
  const inputsRow = lastTerm + 2;
  s.label(`A${inputsRow}`, "Inputs", BOLD);
  const inputs = [
    ["asOf", "As-of date (accrual, conversion, liquidation event)", serialFromYmd(2001, 6, 30), FMT.date],
    ["commonValue", "Common proceeds per share in the liquidation", 30, FMT.money],
    ["redemptionDate", "Redemption date", serialFromYmd(2002, 1, 1), FMT.date],
    ["fmv", "Common Fair Market Value on the redemption date", 5, FMT.money],
    ["trigger", "Redemption trigger (6A, SALE, 3D, 3E)", "3D"],
  ];
  const at = {};
  inputs.forEach(([key, label, value, fmt], i) => {
    const row = inputsRow + 1 + i;
    s.label(`A${row}`, label);
    s.input(`B${row}`, value, fmt);
    at[key] = `B${row}`;
  });

  // Results.
  const resultsRow = inputsRow + inputs.length + 2;
  s.label(`A${resultsRow}`, "Results (per Series C share)", BOLD);
  const results = [
    ["Accrued unpaid dividends (Cert §2)", `=MPWR.SERIESC_ACCRUED(${at.asOf}, ${PAYMENTS}, ${TERMS})`, FMT.rate],
    ["Minimum Dividend Amount left (Cert §12)", `=MPWR.SERIESC_MINDIV(${at.asOf}, ${PAYMENTS}, ${TERMS})`, FMT.money],
    ["Conversion price (Cert §5(f))", `=MPWR.SERIESC_CONVPRICE(${at.asOf}, ${EVENTS}, ${TERMS})`, FMT.rate],
    ["Conversion rate: common per Series C share (Cert §5(c))", `=MPWR.SERIESC_CONVRATE(${at.asOf}, ${EVENTS}, ${TERMS})`, FMT.rate],
    ["Liquidation preference (Cert §4(a))", `=MPWR.SERIESC_LIQPREF(${at.asOf}, ${at.commonValue}, ${EVENTS}, ${PAYMENTS}, ${TERMS})`, FMT.money],
    ["Redemption multiple for the redemption year (Cert §6(b))", `=MPWR.SERIESC_REDEMPTION_MULTIPLE(${at.redemptionDate}, ${TERMS})`, FMT.multiple],
    ["Redemption price (Cert §6)", `=MPWR.SERIESC_REDEMPTION(${at.redemptionDate}, ${at.fmv}, ${at.trigger}, , ${EVENTS}, ${PAYMENTS}, ${TERMS})`, FMT.money],
    ["Mandatory Conversion may start (Cert §5(b)(1))", `=MPWR.SERIESC_MANDATORY_DATE(, ${TERMS})`, FMT.date],
  ];
  results.forEach(([label, formula, fmt], i) => {
    const row = resultsRow + 1 + i;
    s.label(`A${row}`, label);
    s.formula(`B${row}`, formula, fmt);
  });

  // Spills.
  s.label(`D${inputsRow}`, "Liquidation worked out (SERIESC_LIQDETAIL)", BOLD);
  s.spill(`D${inputsRow + 1}`, `=MPWR.SERIESC_LIQDETAIL(${at.asOf}, ${at.commonValue}, ${EVENTS}, ${PAYMENTS}, ${TERMS})`, [undefined, FMT.money]);
  s.label(`D${resultsRow}`, "Key dates (SERIESC_KEYDATES)", BOLD);
  const keyDates = s.spill(`D${resultsRow + 1}`, `=MPWR.SERIESC_KEYDATES(${TERMS})`, [undefined, FMT.date]);

  // Exit waterfall (Cert §4): an illustrative capital table, liquidated on the as-of date.
  const exitRow = resultsRow + 1 + Math.max(results.length, keyDates.length) + 1;
  s.label(`A${exitRow}`, "Exit waterfall (SERIESC_EXIT; illustrative capital, event on the as-of date)", BOLD);
  s.label(`A${exitRow + 1}`, "Proceeds distributed");
  s.input(`B${exitRow + 1}`, 800000000, FMT.shares);
  s.header(exitRow + 1, 4, ["name", "type", "quantity", "a", "b", "c"]);
  const capital = [
    ["Senior notes", "SENIOR", 160000000],
    ["Series C", "SERIESC", 1250000],
    ["Parity preferred", "PARITY", 500000, 20, 2, 1],
    ["Common", "COMMON", 59615724],
    ["Options", "OPTION", 8496926, 10],
  ];
  capital.forEach((r, i) => r.forEach((v, j) => s.input(address(exitRow + 2 + i, 4 + j), v, j === 2 ? FMT.shares : undefined)));
  const CAPITAL = `D${exitRow + 2}:I${exitRow + 1 + capital.length}`;
  s.spill(`D${exitRow + 3 + capital.length}`, `=MPWR.SERIESC_EXIT(B${exitRow + 1}, ${at.asOf}, ${CAPITAL}, ${EVENTS}, ${PAYMENTS}, ${TERMS})`, [undefined, undefined, undefined, FMT.money, FMT.rate]);
  return s;
}

function optionExchangeSheet(wb, fns, metadata) {
  const s = new SheetBuilder(wb.addWorksheet("Option exchange", { views: [{ state: "frozen", ySplit: 2 }] }), fns, metadata);
  s.ws.columns = [{ width: 34 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 14 }];
  s.label("A1", "MPWR model — Mpower option exchange offer (Schedule TO / Offer to Exchange)", TITLE);
  s.label("A2", "Formulas need the MPWR add-in (#NAME? without it). Values shown are cached from the add-in's calculation. Yellow cells are inputs; the roster is a sample.");

  s.label("A4", "Inputs", BOLD);
  s.label("A5", "Exchange ratio (Offer §1)");
  s.input("B5", 0.75, "0.00");
  s.label("A6", "Grant date of the new options (expiration date)");
  s.input("B6", serialFromYmd(2001, 9, 27), FMT.date);
  s.label("A7", "Exercise price of the new options (sample)");
  s.input("B7", 2, FMT.money);
  s.label("A8", "Measure vesting at");
  s.input("B8", serialFromYmd(2003, 9, 27), FMT.date);

  const top = 11;
  s.label(`A${top - 1}`, "Roster (sample grants; eligible options as in Offer Q7 and Answers Q5)", BOLD);
  s.header(top, 1, ["employee", "grant date (eligible option)", "exercise price", "eligible options", "new options", "vested at B8", "breakeven price", "last exercise day"]);
  const roster = [
    ["Employee A", serialFromYmd(2000, 3, 15), 45, 1000],
    ["Employee B", serialFromYmd(2000, 6, 1), 38.5, 1525],
    ["Employee C", serialFromYmd(2001, 1, 10), 12.25, 525],
  ];
  const first = top + 1;
  const last = top + roster.length;
  roster.forEach(([name, grant, price, eligible], i) => {
    const r = first + i;
    s.input(`A${r}`, name);
    s.input(`B${r}`, grant, FMT.date);
    s.input(`C${r}`, price, FMT.money);
    s.input(`D${r}`, eligible, FMT.shares);
  });
  // New options: one spill for the roster (Offer §1, Q7).
  s.spill(`E${first}`, `=MPWR.OPTEX_NEWSHARES(D${first}:D${last}, B5)`, [FMT.shares], false);
  roster.forEach((_, i) => {
    const r = first + i;
    s.formula(`F${r}`, `=MPWR.OPTEX_VESTED(E${r}, B8, B6)`, FMT.shares);
    s.formula(`G${r}`, `=MPWR.OPTEX_BREAKEVEN(C${r}, B7, B5)`, FMT.money);
    s.formula(`H${r}`, `=MPWR.OPTEX_EXPIRY(B6)`, FMT.date);
  });
  s.label(`A${last + 1}`, "Total new options (per-grant floors, Offer §2)", BOLD);
  s.formula(`E${last + 1}`, `=MPWR.OPTEX_TOTAL(D${first}:D${last}, B5)`, FMT.shares);

  const sched = last + 3;
  s.label(`A${sched}`, `Vesting of ${roster[0][0]}'s new options (OPTEX_SCHEDULE)`, BOLD);
  s.spill(`A${sched + 1}`, `=MPWR.OPTEX_SCHEDULE(E${first}, B6)`, [FMT.date, FMT.shares, FMT.shares]);
  const iso = sched + 6;
  s.label(`A${iso}`, `ISO / NSO split of ${roster[0][0]}'s new options (OPTEX_ISO)`, BOLD);
  const isoRows = s.spill(`A${iso + 1}`, `=MPWR.OPTEX_ISO(E${first}, B7, B6)`, ["0", FMT.shares, FMT.money, FMT.shares, FMT.shares]);
  const calendar = iso + isoRows.length + 2;
  s.label(`A${calendar}`, "The offer's calendar (OPTEX_DEADLINES)", BOLD);
  s.spill(`A${calendar + 1}`, "=MPWR.OPTEX_DEADLINES()", [undefined, FMT.date]);
  return s;
}

/** The workbook, built in memory from the built functions in dist/. */
function buildWorkbook({ fns = loadBuiltFunctions(), metadata = readMetadata() } = {}) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "MPWR (scripts/make-workbook.js)";
  wb.lastModifiedBy = "MPWR (scripts/make-workbook.js)";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  seriesCSheet(wb, fns, metadata);
  optionExchangeSheet(wb, fns, metadata);
  return wb;
}

/**
 * Excel recalculates every formula on open when the file's calcId is older than
 * its own calculation engine; exceljs writes Excel 2016's. Stamping a current one
 * keeps the cached values on screen until the add-in loads instead of #NAME?.
 */
const CURRENT_CALC_ID = "191029";

/** exceljs output re-zipped with fixed entry dates, so regenerating gives the same bytes. */
async function workbookBuffer(wb) {
  const JSZip = require(require.resolve("jszip", { paths: [path.dirname(require.resolve("exceljs/package.json"))] }));
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const out = new JSZip();
  for (const name of Object.keys(zip.files)) {
    const f = zip.files[name];
    if (f.dir) continue;
    let content = await f.async("nodebuffer");
    if (name === "xl/workbook.xml") content = Buffer.from(content.toString("utf8").replace(/calcId="\d+"/, `calcId="${CURRENT_CALC_ID}"`));
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
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

module.exports = { buildWorkbook, workbookBuffer, OUT };
