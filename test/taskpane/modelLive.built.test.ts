/**
 * The models "Insert model" writes stay live and give the pane's numbers:
 * the layout built from the pane's inputs (model/modelInput.ts), its formulas
 * evaluated through the built dist/functions.js with its names, Tables and
 * spills resolved (scripts/mpwr-formula.js, scripts/lib/workbook-refs.js),
 * equal what the pane previews; and they follow their input cells.
 */
import { readRoster } from "../../src/input/roster";
import { ModelSheet, cellAddress, formulaText, optionExchangeModel, seriesCModel } from "../../src/layout";
import { optionExchangeModelInput, seriesCModelInput } from "../../src/taskpane/model/modelInput";
import {
  GrantCalculator,
  defaultOptionExchangeForm,
  grantDetails,
  grantLine,
  readOptionExchangeInputs,
  totalsJob,
} from "../../src/taskpane/model/optionExchange";
import { gridFromText } from "../../src/taskpane/model/paste";
import { EventRow, SeriesCForm, defaultSeriesCForm, parseSeriesC, previewSeriesC } from "../../src/taskpane/model/seriesC";

const mpwrFormula: {
  loadBuiltFunctions(): Map<string, (...a: unknown[]) => unknown>;
  readMetadata(): unknown;
  evaluateFormula(
    f: string,
    fns: Map<string, (...a: unknown[]) => unknown>,
    metadata: unknown,
    resolve: (ref: string) => unknown[][],
  ): { value?: unknown; error?: { code: string; message: string } };
} = require("../../scripts/mpwr-formula");
const { makeResolver }: { makeResolver(wb: unknown, sheet: string, row: number): (ref: string) => unknown[][] } = require("../../scripts/lib/workbook-refs");

let fns: Map<string, (...a: unknown[]) => unknown>;
let metadata: unknown;
beforeAll(() => {
  fns = mpwrFormula.loadBuiltFunctions();
  metadata = mpwrFormula.readMetadata();
});

type Err = { error: { code: string; message: string } };

/** A model sheet evaluated lazily: `value(row, col)` (0-based) of any cell, spilled cells included; `set` changes an input. */
function evaluate(m: ModelSheet) {
  const key = (r: number, c: number) => `${r},${c}`;
  const constants = new Map<string, unknown>();
  const formulas = new Map<string, { row: number; col: number; text: string }>();
  const spilledFrom = new Map<string, { anchor: string; i: number; j: number }>();
  for (const c of m.cells) {
    if (c.formula) formulas.set(key(c.row, c.col), { row: c.row, col: c.col, text: formulaText(c.formula, "file") });
    else if (c.value !== undefined) constants.set(key(c.row, c.col), c.value);
  }
  for (const s of m.spills) {
    const a = key(s.anchor.row, s.anchor.col);
    formulas.set(a, { ...s.anchor, text: formulaText(s.formula, "file") });
    for (let i = 0; i < s.reserve.rows; i++)
      for (let j = 0; j < s.reserve.cols; j++) if (i || j) spilledFrom.set(key(s.anchor.row + i, s.anchor.col + j), { anchor: a, i, j });
  }
  let cache = new Map<string, unknown>();
  const wb = {
    names: new Map(m.names.map((n) => [n.name, { sheet: m.name, top: n.cell.row + 1, left: n.cell.col + 1, bottom: n.cell.row + 1, right: n.cell.col + 1 }])),
    tables: new Map(
      m.tables.map((t) => [
        t.name,
        {
          sheet: m.name,
          top: t.top + 1,
          left: t.left + 1,
          bottom: t.top + t.rows.length + 1,
          right: t.left + t.columns.length,
          columns: t.columns.map((c) => c.header),
        },
      ]),
    ),
    cell: (_s: string, row: number, col: number) => {
      const v = value(row - 1, col - 1);
      return v === undefined || v === "" || (typeof v === "object" && v !== null) ? null : v;
    },
  };
  function raw(k: string): unknown {
    if (cache.has(k)) return cache.get(k);
    const f = formulas.get(k)!;
    const r = mpwrFormula.evaluateFormula(f.text, fns, metadata, makeResolver(wb, m.name, f.row + 1));
    const v = r.error ? ({ error: r.error } as Err) : r.value;
    cache.set(k, v);
    return v;
  }
  function value(row: number, col: number): unknown {
    const k = key(row, col);
    if (constants.has(k)) return constants.get(k);
    if (formulas.has(k)) {
      const v = raw(k);
      return Array.isArray(v) ? v[0][0] : v;
    }
    const s = spilledFrom.get(k);
    if (!s) return undefined;
    const v = raw(s.anchor);
    return Array.isArray(v) ? (v[s.i]?.[s.j] ?? "") : undefined;
  }
  return {
    value,
    /** The value next to a label in a block's first column. */
    byLabel(label: string): unknown {
      const c = m.cells.find((x) => x.value === label);
      if (!c) throw new Error(`no label ${label}`);
      return value(c.row, c.col + 2);
    },
    spill(id: string): unknown {
      const s = m.spills.find((x) => x.id === id)!;
      return raw(key(s.anchor.row, s.anchor.col));
    },
    set(name: string, v: unknown): void {
      const n = m.names.find((x) => x.name === name)!;
      constants.set(key(n.cell.row, n.cell.col), v);
      cache = new Map();
    },
  };
}

const ev = (id: string, o: Partial<EventRow>): EventRow => ({ id, date: "", type: "SPLIT", a: "", b: "", c: "", d: "", target: "", ...o });

/** The Series C results block's label of each preview line (src/layout/seriesC.ts). */
const RESULT_LABEL: Record<string, string> = {
  accrued: "Accrued unpaid dividends per share (Cert §2)",
  mindiv: "Minimum Dividend Amount still due per share (Cert §12)",
  convprice: "Conversion price (Cert §5(d)–(k))",
  convrate: "Conversion rate: common shares per Series C share (Cert §5(c))",
  liquidation: "Liquidation preference per share (Cert §4(a))",
  redemption: "Redemption price per share (Cert §6)",
  multiple: "Redemption multiple for the redemption year (Cert §6(b))",
};

function expectSameAsPreview(form: SeriesCForm): void {
  const p = parseSeriesC(form, "MDY");
  expect(p.problems).toEqual([]);
  const model = seriesCModel(seriesCModelInput(p).input);
  const sheet = evaluate(model);
  for (const line of previewSeriesC(p).lines) {
    const v = sheet.byLabel(RESULT_LABEL[line.id]);
    if (line.exact !== undefined) expect({ id: line.id, v }).toEqual({ id: line.id, v: expect.closeTo(Number(line.exact), 9) });
    else expect({ id: line.id, v }).toEqual({ id: line.id, v: { error: expect.anything() } });
  }
}

describe("the Series C model inserted from the pane's inputs", () => {
  test("defaults: every result formula equals the pane's preview", () => {
    expectSameAsPreview(defaultSeriesCForm());
  });

  test("with events, payments, a notice date and a Company Redemption", () => {
    expectSameAsPreview({
      ...defaultSeriesCForm(),
      asOf: "2002-12-31",
      shares: "2,500",
      fmv: "30",
      kind: "MANDATORY",
      trigger: "3D",
      noticeDate: "2002-11-15",
      events: [ev("1", { date: "2000-08-29", a: "3/2" }), ev("2", { date: "2001-03-01", type: "STOCKDIV", a: "1,000,000", b: "50000" })],
      payments: [{ id: "1", date: "2000-12-31", amount: "$2.80" }],
    });
  });

  test("with changed terms: the terms Table holds them and every result formula equals the pane's preview (the split-adjusted floor: $56)", () => {
    // Cert §5(f), §5(k)(1): a 1-for-2 combination, then an issue at $10; floorAdjustedForSplits TRUE keeps $56
    const form: SeriesCForm = {
      ...defaultSeriesCForm(),
      asOf: "2002-12-31",
      fmv: "10",
      trigger: "3D",
      events: [
        ev("1", { date: "2002-01-01", type: "SPLIT", a: "0.5" }),
        ev("2", { date: "2002-06-01", type: "ISSUE", a: "1,000,000", b: "10,000,000", c: "10,000,000" }),
      ],
      terms: { floorAdjustedForSplits: "TRUE", dividendRate: "12%", stubDays: "inclusive" },
    };
    expect(previewSeriesC(parseSeriesC(form, "MDY")).lines.find((l) => l.id === "convprice")!.exact).toBe("56");
    expectSameAsPreview(form);
  });

  test("a notice date outside its window is an error in the sheet as in the pane (3D: at most 60 days before)", () => {
    const form = { ...defaultSeriesCForm(), asOf: "2002-12-31", trigger: "3D", noticeDate: "2002-06-01" };
    expectSameAsPreview(form);
    const sheet = evaluate(seriesCModel(seriesCModelInput(parseSeriesC(form, "MDY")).input));
    expect(sheet.byLabel(RESULT_LABEL.redemption)).toEqual({
      error: { code: "#NUM!", message: expect.stringMatching(/^redemptionDate and noticeDate: the redemption date must be at most 60 days after the notice/) },
    });
  });

  test("the payoff Table's calculated column gives SERIESC_LIQPREF at each common value, as the pane computes it", () => {
    const p = parseSeriesC(defaultSeriesCForm(), "MDY");
    const model = seriesCModel(seriesCModelInput(p).input);
    const sheet = evaluate(model);
    const t = model.tables.find((x) => x.name === "SC_Payoff")!;
    expect(t.rows.length).toBeGreaterThan(5);
    const liq = (cv: number) =>
      previewSeriesC(parseSeriesC({ ...defaultSeriesCForm(), fmv: String(cv) }, "MDY")).lines.find((l) => l.id === "liquidation")!.exact;
    for (const [i, [cv]] of t.rows.entries()) {
      if ((cv as number) <= 0) continue; // the pane's field takes a common value above 0
      expect([cv, sheet.value(t.top + 1 + i, t.left + 1)]).toEqual([cv, expect.closeTo(Number(liq(cv as number)), 9)]);
    }
  });

  test("the model follows its input cells", () => {
    const form = defaultSeriesCForm();
    const sheet = evaluate(seriesCModel(seriesCModelInput(parseSeriesC(form, "MDY")).input));
    const before = sheet.byLabel(RESULT_LABEL.accrued);
    sheet.set("SC_AsOf", 37802); // 2003-06-30
    const expected = previewSeriesC(parseSeriesC({ ...form, asOf: "2003-06-30" }, "MDY")).lines.find((l) => l.id === "accrued")!;
    expect(sheet.byLabel(RESULT_LABEL.accrued)).not.toBe(before);
    expect(sheet.byLabel(RESULT_LABEL.accrued)).toBeCloseTo(Number(expected.exact), 9);
  });
});

describe("the option exchange model inserted from the pane's inputs", () => {
  const form = { ...defaultOptionExchangeForm(), newStrike: "5", spot: "6", rate: "5%", vol: "80%", oldYears: "8.5" };
  const inputs = readOptionExchangeInputs(form, "MDY").inputs;
  const grants = readRoster(
    gridFromText(
      "Grant\tEmployee\tGrant date\tOptions\tExercise price\n1001\tAnn\t2000-03-15\t1,000\t25\n1002\tBob\t2000-11-01\t1525\t12.5\n1003\t\t2000-12-01\t525\t4",
    ),
    "MDY",
  ).grants;
  const model = optionExchangeModel(optionExchangeModelInput(inputs, grants).input);
  const sheet = evaluate(model);
  const calc = new GrantCalculator();

  test("new options per grant and the roster's total equal the pane's list and totals", () => {
    const newOptions = sheet.spill("newOptions") as number[][];
    grants.forEach((g, i) => expect(newOptions[i][0]).toBe(Number(grantLine(g, i, inputs, calc).newOptionsExact)));
    const gen = totalsJob(grants, inputs, calc);
    let r = gen.next();
    while (!r.done) r = gen.next();
    expect(sheet.byLabel("New options for the roster: per-grant floors (Offer §1, Q7)")).toBe(r.value.newOptions!.toNumber());
  });

  test("the selected grant (row 1): break-even, vesting and exchange value equal the pane's grant details", () => {
    const line = grantLine(grants[0], 0, inputs, calc);
    expect(sheet.byLabel("Break-even stock price: above it the old option is worth more")).toBeCloseTo(Number(line.breakevenExact), 9);
    const d = grantDetails(grants[0], inputs, calc);
    const vesting = sheet.spill("vestingSchedule") as unknown[][];
    expect(vesting.slice(1).map((r) => [r[1], r[2]])).toEqual(d.vesting!.map((r) => [Number(r[1].replace(/,/g, "")), Number(r[2].replace(/,/g, ""))]));
    // the grant's valuation in the details is its row of OPTEX_VALUATION over the inserted roster Table
    const rows = sheet.spill("rosterValuation") as unknown[][];
    expect(rows[0][0]).toBe("grant");
    const money = (s: string) => Number(s.replace(/[$,]/g, ""));
    expect((rows[1][9] as number).toFixed(2)).toBe(money(d.exchange![2][1]).toFixed(2));
    expect((rows[1][10] as number).toFixed(2)).toBe(money(d.exchange![3][1]).toFixed(2));
    expect((rows[1][11] as number).toFixed(2)).toBe(money(d.exchange![4][1]).toFixed(2));
    expect((rows[1][12] as number).toFixed(2)).toBe(money(d.exchange![5][1]).toFixed(2));
    // and the selected grant's OPTEX_EXCHANGE_VALUE block is there (the form gave its remaining term)
    expect((sheet.spill("exchangeValue") as unknown[][])[0]).toEqual(["label", "value"]);
  });

  test("the pane's valuation totals are OPTEX_VALUATION's total row over the inserted roster (live cells)", () => {
    const gen = totalsJob(grants, inputs, calc);
    let r = gen.next();
    while (!r.done) r = gen.next();
    const rows = sheet.spill("rosterValuation") as unknown[][];
    const total = rows[rows.length - 1];
    expect(total[0]).toBe("total");
    expect(total[9]).toBe(r.value.oldValue!.toNumber());
    expect(total[10]).toBe(r.value.newValue!.toNumber());
    expect(total[11]).toBe(r.value.incremental!.toNumber());
    expect(total[12]).toBe(r.value.cost!.toNumber());
    expect(rows.length).toBe(grants.length + 2);
  });

  test("the employees are a column of the roster Table, and the expiration date and ratio typed are the terms'", () => {
    const t = model.tables.find((x) => x.name === "OX_Roster")!;
    expect(t.columns.map((c) => c.header)).toEqual(["Grant", "Employee", "Grant date", "Options outstanding", "Exercise price", "Type"]);
    expect(t.rows.map((r) => r[1])).toEqual(["Ann", "Bob", null]);
    const ratio = model.names.find((n) => n.name === "OX_Ratio")!.cell;
    expect(sheet.value(ratio.row, ratio.col)).toBe(0.75);
    expect(cellAddress(ratio)).toMatch(/^C\d+$/);
  });
});
