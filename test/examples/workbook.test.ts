import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { DIST } from "../support/dist";

// examples/mpwr-model.xlsx (scripts/make-workbook.js): every formula's cached value must be what
// the built dist/functions.js returns for the formula's inputs, read from the workbook's own
// cells; and the committed file must match what the generator writes now (formulas, values,
// formats — not bytes).
type Cell = string | number | boolean | null;
type Grid = Cell[][];
interface Evaluated {
  id: string;
  value?: unknown;
  error?: { code: string; message: string };
}
/* eslint-disable @typescript-eslint/no-var-requires */
const formulas: {
  loadBuiltFunctions(): Map<string, unknown>;
  readMetadata(): unknown;
  evaluateFormula(formula: string, fns: Map<string, unknown>, metadata: unknown, resolve: (ref: string) => Grid): Evaluated;
  decodeRange(ref: string): { top: number; left: number; bottom: number; right: number };
  serialFromDate(d: Date): number;
} = require("../../scripts/mpwr-formula");
const makeWorkbook: { buildWorkbook(): ExcelJS.Workbook; workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer>; OUT: string } = require("../../scripts/make-workbook");

const FILE = path.resolve(__dirname, "../../examples/mpwr-model.xlsx");
const built = fs.existsSync(path.join(DIST, "functions.js"));
const describeBuilt = built ? describe : describe.skip;
if (!built) test.skip("dist/ is missing: run `npm run build` (npm test does)", () => undefined);

interface FormulaValue {
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
  shareType?: string;
  ref?: string;
}

/** A cell's value as the add-in would receive it: dates as serials, empty as null, formulas as their cached result. */
function plain(v: unknown): Cell {
  if (v === null || v === undefined || v === "") return null;
  if (v instanceof Date) return formulas.serialFromDate(v);
  if (typeof v === "object") {
    const f = v as FormulaValue;
    if ("formula" in f || "sharedFormula" in f) return plain(f.result);
    throw new Error(`unexpected cell value ${JSON.stringify(v)}`);
  }
  return v as Cell;
}

function grid(ws: ExcelJS.Worksheet, ref: string): Grid {
  const r = formulas.decodeRange(ref);
  const out: Grid = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: Cell[] = [];
    for (let col = r.left; col <= r.right; col++) line.push(plain(ws.getCell(row, col).value));
    out.push(line);
  }
  return out;
}

function formulaCells(ws: ExcelJS.Worksheet): { address: string; value: FormulaValue }[] {
  const out: { address: string; value: FormulaValue }[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as FormulaValue | null;
      if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) out.push({ address: cell.address, value: v });
    }),
  );
  return out;
}

/** Everything that matters in a workbook: per sheet, per non-empty cell, value/formula/number format. */
function describeWorkbook(wb: ExcelJS.Workbook): unknown {
  return wb.worksheets.map((ws) => {
    const cells: unknown[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as FormulaValue | null;
        const formula = v && typeof v === "object" && "formula" in v ? { formula: v.formula, shareType: v.shareType ?? null, ref: v.ref ?? null } : null;
        cells.push([cell.address, plain(cell.value), formula, cell.numFmt ?? null]);
      }),
    );
    return { name: ws.name, cells };
  });
}

const close = (a: unknown, b: unknown) =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) : a === b;

describeBuilt("examples/mpwr-model.xlsx", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(FILE);
  });

  test("has the Series C and Option exchange sheets with MPWR formulas", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Series C", "Option exchange"]);
    const ids = wb.worksheets.flatMap((ws) => formulaCells(ws).map((c) => /^MPWR\.([A-Z_]+)\(/.exec(c.value.formula ?? "")?.[1]));
    for (const id of ["SERIESC_ACCRUED", "SERIESC_CONVPRICE", "SERIESC_CONVRATE", "SERIESC_LIQPREF", "SERIESC_REDEMPTION", "OPTEX_NEWSHARES", "OPTEX_VESTED", "OPTEX_SCHEDULE", "OPTEX_ISO", "OPTEX_BREAKEVEN"]) {
      expect(ids).toContain(id);
    }
    expect(ids).not.toContain(undefined);
  });

  test("the Series C inputs are the documents': the split of 2000-08-29 and the SERIESC_TERMS defaults", () => {
    const ws = wb.getWorksheet("Series C")!;
    expect(grid(ws, "D6:F6")).toEqual([[36767, "SPLIT", 1.5]]);
    const cf = formulas.loadBuiltFunctions();
    const terms = (cf.get("SERIESC_TERMS") as () => Grid)();
    expect(grid(ws, `A5:B${5 + terms.length - 1}`)).toEqual(terms.map((r) => r.map((c) => (c === "" ? null : c))));
    const roster = wb.getWorksheet("Option exchange")!;
    expect(grid(roster, "D12:E14")).toEqual([[1000, 750], [1525, 1143], [525, 393]]);
  });

  test("every formula's cached value is what the built function returns for the cells it references", () => {
    const fns = formulas.loadBuiltFunctions();
    const metadata = formulas.readMetadata();
    let checked = 0;
    for (const ws of wb.worksheets) {
      for (const { address, value } of formulaCells(ws)) {
        expect(value.sharedFormula).toBeUndefined();
        const r = formulas.evaluateFormula(`=${value.formula}`, fns, metadata, (ref) => grid(ws, ref));
        const where = `${ws.name}!${address} =${value.formula}`;
        expect([where, r.error]).toEqual([where, undefined]);
        if (Array.isArray(r.value)) {
          expect([where, value.shareType]).toEqual([where, "array"]);
          const expected = (r.value as Cell[][]).map((row) => row.map((c) => (c === "" ? null : c)));
          const a = formulas.decodeRange(address);
          const ref = value.ref!;
          expect(formulas.decodeRange(ref)).toEqual({ top: a.top, left: a.left, bottom: a.top + expected.length - 1, right: a.left + expected[0].length - 1 });
          const cached = grid(ws, ref);
          expected.forEach((row, i) => row.forEach((c, j) => expect([where, i, j, close(cached[i][j], c) ? c : cached[i][j]]).toEqual([where, i, j, c])));
        } else {
          const cached = plain(value);
          expect([where, close(cached, r.value) ? r.value : cached]).toEqual([where, r.value]);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });

  test("is what scripts/make-workbook.js generates now (run `npm run build && npm run workbook`)", async () => {
    const fresh = new ExcelJS.Workbook();
    await fresh.xlsx.load((await makeWorkbook.workbookBuffer(makeWorkbook.buildWorkbook())) as unknown as ArrayBuffer);
    expect(describeWorkbook(wb)).toEqual(describeWorkbook(fresh));
  });

  test("has fixed document dates (regenerating does not churn)", () => {
    expect(wb.created.toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(wb.modified.toISOString()).toBe("2024-01-01T00:00:00.000Z");
  });

  test("carries a current calcId, so Excel shows the cached values instead of recalculating on open", async () => {
    const JSZip = require(require.resolve("jszip", { paths: [path.dirname(require.resolve("exceljs/package.json"))] }));
    const zip = await JSZip.loadAsync(fs.readFileSync(makeWorkbook.OUT));
    const xml: string = await zip.file("xl/workbook.xml").async("string");
    expect(xml).toMatch(/<calcPr calcId="191029"/);
  });
});
