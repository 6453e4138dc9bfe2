#!/usr/bin/env node
/* The command line for a finance team's engineer (docs/ocf.md):
 *
 *   npm run model -- --ocf <package.zip | folder> --as-of YYYY-MM-DD --series-c <stock class id> --out model.xlsx
 *       reads an Open Cap Format package, replays it to the date and writes the model workbook
 *       (the example workbook's layout, src/layout; live =MPWR formulas with cached values)
 *       filled from it, with an "OCF import" sheet (what was imported, what to confirm, what is
 *       missing) and the package itself kept in a hidden sheet for the export.
 *   npm run model -- --export-ocf <model.xlsx> --out <folder> [--zip]
 *       writes the package back with the exchange, the Series C's conversion-price history and
 *       MPWR's model as a referenced JSON document (src/input/ocf/export.ts).
 *   npm run model -- --ocf <package> --list-classes
 *       lists the package's stock classes (for --series-c).
 *
 * Progress goes to stderr. A bad package, an unknown class id or an unreadable file ends with
 * exit status 1 and one message; nothing is written then. Needs the built functions (npm run build). */
"use strict";
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
require("./lib/ts-require");

const USAGE = [
  "usage:",
  "  npm run model -- --ocf <package.zip|folder> --as-of YYYY-MM-DD --series-c <stock class id> --out model.xlsx",
  "  npm run model -- --ocf <package.zip|folder> --list-classes",
  "  npm run model -- --export-ocf <model.xlsx> --out <folder> [--zip]",
].join("\n");

const PACKAGE_SHEET = "OCF package";
const REPORT_SHEET = "OCF import";
const CHUNK = 30000; // characters per cell (Excel's limit is 32,767)

class CliError extends Error {}

const progress = (text) => process.stderr.write(`model: ${text}\n`);

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith("--")) throw new CliError(`unexpected argument ${JSON.stringify(a)}\n${USAGE}`);
    const name = a.slice(2);
    if (name === "list-classes" || name === "zip" || name === "help") out[name] = true;
    else {
      if (i + 1 >= argv.length || argv[i + 1].startsWith("--")) throw new CliError(`--${name} needs a value\n${USAGE}`);
      out[name] = argv[++i];
    }
  }
  return out;
}

function ocf() {
  return {
    pkg: require("../src/input/ocf/package"),
    imp: require("../src/input/ocf/import"),
    exp: require("../src/input/ocf/export"),
    types: require("../src/input/ocf/types"),
    toModel: require("../src/input/ocf/toModel"),
  };
}

/** The package's files: a zip, one .ocf.json file, or every file under a folder. */
function readInput(where) {
  const { pkg } = ocf();
  let stat;
  try {
    stat = fs.statSync(where);
  } catch (e) {
    throw new CliError(`--ocf: cannot read ${where}: ${e.code === "ENOENT" ? "no such file or folder" : e.message}`);
  }
  const readOne = (file, name) => {
    const size = fs.statSync(file).size;
    const limit = /\.zip$/i.test(name) ? pkg.MAX_PACKAGE_BYTES : pkg.MAX_FILE_BYTES;
    if (size > limit) throw new CliError(`--ocf: ${name} is ${Math.round(size / 1048576)} MB, more than the ${Math.round(limit / 1048576)} MB allowed`);
    try {
      return { name, bytes: new Uint8Array(fs.readFileSync(file)) };
    } catch (e) {
      throw new CliError(`--ocf: cannot read ${file}: ${e.message}`);
    }
  };
  if (stat.isFile()) return [readOne(where, path.basename(where))];
  const files = [];
  const walk = (dir) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (/\.json$/i.test(name)) files.push(readOne(p, path.relative(where, p).split(path.sep).join("/")));
    }
  };
  walk(where);
  if (files.length === 0) throw new CliError(`--ocf: ${where} holds no .json files`);
  return files;
}

function packageFromInput(files) {
  const { pkg } = ocf();
  return pkg.readPackageInput(files);
}

/** Writes bytes to a file through a temporary file, so a failure leaves nothing half-written. */
function writeAtomically(file, bytes) {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
}

async function importCommand(args) {
  const { imp, toModel } = ocf();
  for (const k of ["as-of", "series-c", "out"]) if (!args[k]) throw new CliError(`--${k} is required with --ocf\n${USAGE}`);
  progress(`reading ${args.ocf}`);
  const files = readInput(args.ocf);
  const pkgFiles = files;
  progress(`validating ${files.length} file(s) against the OCF 1.2.0 schemas`);
  const p = packageFromInput(files);
  progress(`replaying the transactions to ${args["as-of"]}`);
  const result = imp.importPackage(p, { asOf: args["as-of"], seriesC: args["series-c"] });
  for (const w of result.warnings) progress(`warning: ${ocf().types.describeProblem(w)}`);
  progress(
    `${result.capital.length} capital rows, ${result.roster.length} option grants, ${result.events.length} candidate events; ${result.missing.length} items for you to fill in (sheet "${REPORT_SHEET}")`,
  );

  const layout = require("../src/layout");
  const { buildWorkbook, workbookBuffer } = require("./make-workbook");
  const distFns = path.join(process.env.MPWR_DIST ? path.resolve(process.env.MPWR_DIST) : path.join(__dirname, "..", "dist"), "functions.js"); // MPWR_DIST: the tests' build (test/support/testDist.js)
  if (!fs.existsSync(distFns)) throw new CliError("the built functions are missing (dist/functions.js): run npm run build first");
  const sheets = [layout.seriesCModel(toModel.seriesCInput(result)), layout.optionExchangeModel(toModel.optionExchangeInput(result))];
  progress("computing the model's formulas");
  const failed = [];
  const built = buildWorkbook({ sheets, onError: (where, error) => failed.push(`${where}: ${error.code} ${error.message}`) });
  for (const f of failed) progress(`formula error cached: ${f}`);

  const report = built.wb.addWorksheet(REPORT_SHEET);
  report.columns = [{ width: 40 }, { width: 14 }, { width: 16 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 10 }, { width: 60 }];
  for (const row of toModel.importReport(result, path.basename(args.ocf))) report.addRow(row);
  report.getRow(1).font = { bold: true, size: 14 };
  // The package itself, for --export-ocf: zipped, base64, in cells of a hidden sheet.
  const { exp } = ocf();
  const zip = exp.zipFiles(
    pkgFiles.some((f) => /\.zip$/i.test(f.name)) ? require("../src/input/ocf/package").unzipPackage(pkgFiles[0].name, pkgFiles[0].bytes) : pkgFiles,
  );
  const b64 = Buffer.from(zip).toString("base64");
  const hidden = built.wb.addWorksheet(PACKAGE_SHEET, { state: "veryHidden" });
  hidden.addRow(["mpwr-ocf-package", 1, result.seriesC.id, result.asOf, path.basename(args.ocf)]);
  for (let i = 0; i < b64.length; i += CHUNK) hidden.addRow([b64.slice(i, i + CHUNK)]);

  const buf = await workbookBuffer(built);
  writeAtomically(args.out, buf);
  progress(`wrote ${args.out} (${buf.length} bytes)`);
}

// ---------------------------------------------------------------------------
// Export: the workbook back to a package

const EPOCH = Date.UTC(1899, 11, 30);
function plain(v) {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Math.round((v.getTime() - EPOCH) / 86400000);
  if (typeof v === "object") {
    if ("result" in v) return plain(v.result);
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("error" in v) return null;
    if ("text" in v) return v.text;
    return null;
  }
  return v;
}

/** A Table's header names. */
function tableHeaders(wb, sheetName, tableName) {
  const t = wb.getWorksheet(sheetName) && wb.getWorksheet(sheetName).getTable(tableName);
  if (!t) throw new CliError(`--export-ocf: the workbook has no ${tableName} table on sheet "${sheetName}" (is it a model written by npm run model?)`);
  return t.table.columns.map((c) => c.name);
}

/**
 * The grants the export tenders: the OX_Roster Table read by its header as the pane reads a roster
 * (src/input/roster.ts: columns by name, in any order), so that a header without a required column,
 * or with two columns naming one, is named; a row with a problem (no grant id, a duplicate id, a
 * total row, a grant dated after the offer commenced: Offer §1) refuses the export, naming it.
 */
function tenderedFromRoster(wb, commencement) {
  const { readRoster } = require("../src/input/roster");
  const headers = tableHeaders(wb, "Option exchange", "OX_Roster");
  const rows = tableRows(wb, "Option exchange", "OX_Roster");
  const read = readRoster([headers, ...rows], "MDY", commencement);
  if (read.header.problem) throw new CliError(`--export-ocf: the OX_Roster table's columns: ${read.header.problem}`);
  const bad = read.grants.filter((g) => g.grant === "" || g.problems.length > 0);
  if (bad.length > 0) {
    const shown = bad
      .slice(0, 3)
      .map(
        (g) =>
          `row ${g.line}${g.grant ? ` (${g.grant})` : ""}: ${g.problems.length ? g.problems[0].message : "no grant id (the export names each grant by its OCF security id)"}`,
      );
    throw new CliError(
      `--export-ocf: ${bad.length} OX_Roster row${bad.length === 1 ? "" : "s"} cannot be tendered — ${shown.join("; ")}${bad.length > 3 ? "; …" : ""}`,
    );
  }
  return read.grants.map((g) => g.grant);
}

/** A Table's data rows; `only` picks columns by header name (in that order). */
function tableRows(wb, sheetName, tableName, only) {
  const ws = wb.getWorksheet(sheetName);
  const t = ws && ws.getTable(tableName);
  if (!t) throw new CliError(`--export-ocf: the workbook has no ${tableName} table on sheet "${sheetName}" (is it a model written by npm run model?)`);
  const ref = t.table.tableRef || t.table.ref;
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
  const col = (s) => s.split("").reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
  const headers = t.table.columns.map((c) => c.name);
  const picks = only ? only.map((h) => headers.indexOf(h)) : headers.map((_, i) => i);
  if (picks.includes(-1)) throw new CliError(`--export-ocf: the ${tableName} table has no ${only.filter((h) => !headers.includes(h)).join(", ")} column`);
  const rows = [];
  for (let r = Number(m[2]) + 1; r <= Number(m[4]); r++) {
    const cells = picks.map((k) => plain(ws.getCell(r, col(m[1]) + k).value));
    if (cells.some((x) => x !== null && x !== "")) rows.push(cells);
  }
  return rows;
}

function namedValue(wb, name) {
  const ranges = wb.definedNames.getRanges(name).ranges;
  if (!ranges.length) throw new CliError(`--export-ocf: the workbook has no cell named ${name}`);
  const m = /^'?(.*?)'?!\$([A-Z]+)\$(\d+)$/.exec(ranges[0]);
  return plain(wb.getWorksheet(m[1]).getCell(`${m[2]}${m[3]}`).value);
}

async function exportCommand(args) {
  if (!args.out) throw new CliError(`--out is required with --export-ocf\n${USAGE}`);
  const { exp, pkg } = ocf();
  progress(`reading ${args["export-ocf"]}`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(args["export-ocf"]);
  } catch (e) {
    throw new CliError(`--export-ocf: cannot read ${args["export-ocf"]} as a workbook: ${e.message}`);
  }
  const hidden = wb.getWorksheet(PACKAGE_SHEET);
  if (!hidden || hidden.getCell(1, 1).value !== "mpwr-ocf-package")
    throw new CliError(`--export-ocf: ${args["export-ocf"]} was not written by npm run model -- --ocf (it keeps no OCF package)`);
  const seriesC = String(hidden.getCell(1, 3).value);
  let b64 = "";
  for (let r = 2; r <= hidden.rowCount; r++) b64 += String(hidden.getCell(r, 1).value || "");
  const base = pkg.readPackage(pkg.unzipPackage("the workbook's package", new Uint8Array(Buffer.from(b64, "base64"))));

  const { seriesCTerms } = require("../src/calc/seriesC/terms");
  const { checkEvents } = require("../src/calc/seriesC/events");
  const { optionExchangeTerms } = require("../src/calc/optionExchange/terms");
  const { termOverrides } = require("../src/input/tables");
  const { Dec } = require("../src/calc/core/decimal");
  const { TERMS_HEADERS } = require("../src/layout");
  const termColumns = [TERMS_HEADERS.name, TERMS_HEADERS.value];
  // Only the terms given a value override the defaults (the Table lists every term).
  const given = (rows) => rows.filter((r) => r[1] !== null && r[1] !== "");
  const scTermsRows = given(tableRows(wb, "Series C", "SC_Terms", termColumns));
  const oxTermsRows = given(tableRows(wb, "Option exchange", "OX_Terms", termColumns));
  const events = tableRows(wb, "Series C", "SC_Events");
  const payments = tableRows(wb, "Series C", "SC_Payments");
  const sc = seriesCTerms(termOverrides(scTermsRows, "SC_Terms"));
  const ox = optionExchangeTerms(termOverrides(oxTermsRows, "OX_Terms"));
  const checked = checkEvents(
    sc,
    events.map((e, i) => ({
      row: i + 1,
      day: e[0],
      type: String(e[1] ?? ""),
      a: e[2] ?? undefined,
      b: e[3] ?? undefined,
      c: e[4] ?? undefined,
      d: e[5] ?? undefined,
    })),
  );
  const asOf = namedValue(wb, "SC_AsOf");
  const newStrike = namedValue(wb, "OX_NewStrike");
  if (typeof asOf !== "number") throw new CliError("--export-ocf: SC_AsOf holds no date");
  if (typeof newStrike !== "number") throw new CliError("--export-ocf: OX_NewStrike holds no price (the new options' exercise price, Offer Q10)");
  const tendered = tenderedFromRoster(wb, ox.commencementDate);
  progress(`${checked.length} events, ${tendered.length} tendered grants, new exercise price ${newStrike}`);
  const files = exp.exportPackage({
    pkg: base,
    seriesC,
    exchange: tendered.length ? { terms: ox, tendered, newExercisePrice: new Dec(newStrike) } : undefined,
    history: { terms: sc, events: checked, asOf },
    mpwr: {
      format: "mpwr-model",
      version: 1,
      // The capital table as the workbook holds it (name | type | quantity | a | b | c | rank | participation):
      // rows OCF cannot carry (accrued dividends, a FULL participation, the user's own rows) go back with MPWR's model.
      seriesC: { stockClassId: seriesC, terms: scTermsRows, events, payments, capital: tableRows(wb, "Series C", "SC_Capital") },
      optionExchange: { terms: oxTermsRows, newExercisePrice: newStrike, tendered },
    },
    generatedAt: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  });
  progress(`the package validates against the OCF 1.2.0 schemas (${files.length} files)`);
  if (args.zip) {
    writeAtomically(args.out, exp.zipFiles(files));
    progress(`wrote ${args.out}`);
    return;
  }
  if (fs.existsSync(args.out) && fs.readdirSync(args.out).length > 0) throw new CliError(`--out: ${args.out} is not empty; give a new or empty folder`);
  const tmp = `${args.out}.tmp-${process.pid}`;
  for (const f of files) {
    const p = path.join(tmp, ...f.name.split("/"));
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, f.bytes);
  }
  if (fs.existsSync(args.out)) fs.rmdirSync(args.out);
  fs.renameSync(tmp, args.out);
  progress(`wrote ${files.length} files to ${args.out}`);
}

async function main(argv) {
  const args = parseArgs(argv);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (args.ocf && args["list-classes"]) {
    const p = packageFromInput(readInput(args.ocf));
    for (const c of ocf().imp.stockClassChoices(p)) process.stdout.write(`${c.id}\t${c.classType}\tseniority ${c.seniority}\t${c.name}\n`);
    return;
  }
  if (args.ocf) return importCommand(args);
  if (args["export-ocf"]) return exportCommand(args);
  throw new CliError(USAGE);
}

function report(e) {
  const { types } = ocf();
  if (e instanceof CliError) return e.message;
  if (e instanceof types.OcfPackageError) return [e.message, ...e.problems.slice(5).map((p) => `  ${types.describeProblem(p)}`)].join("\n");
  if (e && e.name === "InputError") return e.message;
  return `unexpected error: ${e && e.stack ? e.stack : e}`;
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`model: ${report(e)}\n`);
    process.exit(1);
  });
}

module.exports = { main, parseArgs };
