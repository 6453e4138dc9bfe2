/**
 * The inserted models stay live: their formulas, evaluated through the built
 * dist/functions.js (HyperFormula with the MPWR functions, test/support),
 * give what the pane previews, and follow the input cells when they change.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { ensureDist } from "../e2e/harness";
import { loadBuiltFunctions, readMetadata } from "../support/dist";
import { buildSheet, registerMpwrFunctions } from "../support/hyperformulaPlugin";
import { dayFromCivil } from "../../src/calc/time/civil";
import { columnName, optionExchangeModel, parseAnchor, seriesCModel, SheetBlock } from "../../src/taskpane/model/layout";
import { readRoster } from "../../src/input/roster";
import { GrantCalculator, defaultOptionExchangeForm, grantLine, readOptexInputs, totalsJob } from "../../src/taskpane/model/optionExchange";
import { gridFromText } from "../../src/taskpane/model/paste";
import { EventRow, defaultSeriesCForm, parseSeriesC, previewSeriesC, SeriesCForm } from "../../src/taskpane/model/seriesC";

const parse = (form: SeriesCForm) => parseSeriesC(form, "MDY");
const ev = (id: string, o: Partial<EventRow>): EventRow => ({ id, date: "", type: "SPLIT", a: "", b: "", c: "", d: "", target: "", ...o });

let available: Set<string>;
beforeAll(() => {
  ensureDist();
  const functions = readMetadata().functions;
  available = new Set(functions.map((f) => f.id));
  registerMpwrFunctions(loadBuiltFunctions(), functions);
});

/** A sheet holding the block at `anchor` (spill areas left empty, as written). */
function sheetWith(block: SheetBlock, anchor: string): HyperFormula {
  const a = parseAnchor(anchor);
  const rows: unknown[][] = Array.from({ length: a.row + block.rows }, () => Array(a.col + block.cols).fill(null));
  block.formulas.forEach((row, r) => row.forEach((v, c) => (rows[a.row + r][a.col + c] = v === "" ? null : v)));
  return buildSheet(rows);
}

function at(hf: HyperFormula, a1: string): unknown {
  const addr = hf.simpleCellAddressFromString(a1, 0);
  if (!addr) throw new Error(a1);
  return hf.getCellValue(addr);
}

/** The value cell next to a label in the block's first column. */
function byLabel(hf: HyperFormula, block: SheetBlock, anchor: string, label: string): unknown {
  const a = parseAnchor(anchor);
  const r = block.formulas.findIndex((row) => row[0] === label);
  if (r < 0) throw new Error(`no row "${label}"`);
  return at(hf, `${columnName(a.col + 1)}${a.row + r + 1}`);
}

const LABELS: Record<string, string> = {
  accrued: "Accrued dividends (per share)",
  mindiv: "Remaining Minimum Dividend (per share)",
  convprice: "Conversion price",
  convrate: "Conversion rate",
  liquidation: "Liquidation amount (per share)",
  redemption: "Redemption price (per share)",
  multiple: "Redemption multiple (§6(b))",
};

function expectSameAsPreview(form: SeriesCForm, anchor: string): void {
  const p = parse(form);
  expect(p.problems).toEqual([]);
  const block = seriesCModel(p, parseAnchor(anchor), available);
  const hf = sheetWith(block, anchor);
  const preview = previewSeriesC(p);
  for (const line of preview.lines) {
    if (!available.has(line.fn)) continue;
    const v = byLabel(hf, block, anchor, LABELS[line.id]);
    if (line.exact !== undefined) {
      expect({ id: line.id, v: typeof v === "number" ? v : String(v) }).toEqual({ id: line.id, v: expect.closeTo(Number(line.exact), 9) });
    } else {
      expect(v).toBeInstanceOf(DetailedCellError);
      expect((v as DetailedCellError).message).toBe(line.error);
    }
  }
  hf.destroy();
}

describe("Series C model through the built functions", () => {
  test("defaults: every result formula equals the pane's preview", () => {
    expectSameAsPreview(defaultSeriesCForm(), "B3");
  });

  test("with events, payments, a notice date and a Company Redemption", () => {
    expectSameAsPreview(
      {
        ...defaultSeriesCForm(),
        asOf: "2002-12-31",
        shares: "2,500",
        fmv: "30",
        kind: "MANDATORY",
        trigger: "3D",
        noticeDate: "2002-11-15",
        events: [ev("1", { date: "2000-08-29", a: "3/2" }), ev("2", { date: "2001-03-01", type: "STOCKDIV", a: "1,000,000", b: "50000" })],
        payments: [{ id: "1", date: "2000-12-31", amount: "$2.80" }],
      },
      "D7",
    );
  });

  test("an error the pane shows is the error the sheet shows (6A before the sixth anniversary)", () => {
    expectSameAsPreview({ ...defaultSeriesCForm(), trigger: "6A" }, "A1");
  });

  test("the model follows its input cells", () => {
    const form = defaultSeriesCForm();
    const block = seriesCModel(parse(form), parseAnchor("A1"), available);
    const hf = sheetWith(block, "A1");
    const before = byLabel(hf, block, "A1", LABELS.accrued);
    hf.setCellContents(hf.simpleCellAddressFromString("B3", 0)!, dayFromCivil(2003, 6, 30));
    const after = byLabel(hf, block, "A1", LABELS.accrued);
    const expected = previewSeriesC(parse({ ...form, asOf: "2003-06-30" })).lines.find((l) => l.id === "accrued")!;
    expect(after).not.toBe(before);
    expect(after).toBeCloseTo(Number(expected.exact), 9);
    // A dividend typed into the first spare payment row is picked up.
    const paymentRow = block.formulas.findIndex((row) => row[0] === "Dividends paid") + 2;
    hf.setCellContents(hf.simpleCellAddressFromString(`A${paymentRow + 1}`, 0)!, [[dayFromCivil(2000, 12, 31), 2.8]]);
    const paid = previewSeriesC(parse({ ...form, asOf: "2003-06-30", payments: [{ id: "1", date: "2000-12-31", amount: "2.8" }] })).lines.find((l) => l.id === "accrued")!;
    expect(byLabel(hf, block, "A1", LABELS.accrued)).toBeCloseTo(Number(paid.exact), 9);
    hf.destroy();
  });
});

describe("Option exchange model through the built functions", () => {
  test("new options, break-even and total equal the pane's list and totals", () => {
    const form = { ...defaultOptionExchangeForm(), newStrike: "5" };
    const inputs = readOptexInputs(form, "MDY").inputs;
    const grants = readRoster(gridFromText("1001\t2000-03-15\t1,000\t25\n1002\t2000-11-01\t1525\t12.5\n1003\t2000-12-01\t525\t4"), "MDY").grants;
    const block = optionExchangeModel(inputs, grants, parseAnchor("A1"), available);
    const hf = sheetWith(block, "A1");
    const calc = new GrantCalculator();
    grants.forEach((g, i) => {
      const line = grantLine(g, i, inputs, calc);
      expect(at(hf, `E${9 + i}`)).toBe(Number(line.newOptionsExact));
      const be = at(hf, `F${9 + i}`);
      if (line.breakevenExact) expect(be).toBeCloseTo(Number(line.breakevenExact), 9);
      else expect((be as DetailedCellError).message).toBe(`newStrike and oldStrike: ${line.breakevenNote}`);
    });
    const gen = totalsJob(grants, inputs, calc);
    let r = gen.next();
    while (!r.done) r = gen.next();
    expect(at(hf, "E12")).toBe(r.value.newOptions?.toNumber());
    hf.destroy();
  });
});
