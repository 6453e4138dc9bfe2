import { readRoster } from "../../src/input/roster";
import { absRef, columnName, electionTable, optionExchangeModel, parseAnchor, seriesCModel, SheetBlock } from "../../src/taskpane/model/layout";
import { defaultOptionExchangeForm, readOptexInputs } from "../../src/taskpane/model/optionExchange";
import { gridFromText } from "../../src/taskpane/model/paste";
import { EventRow, PaymentRow, SeriesCForm, defaultSeriesCForm, parseSeriesC } from "../../src/taskpane/model/seriesC";

const parsed = (form: SeriesCForm) => {
  const p = parseSeriesC(form, "MDY");
  expect(p.problems).toEqual([]);
  return p;
};

/** Non-empty cells of a block placed at `anchor`, by A1 address: [value or formula, number format]. */
function cells(block: SheetBlock, anchor: string): Record<string, [string | number | boolean, string]> {
  const a = parseAnchor(anchor);
  const out: Record<string, [string | number | boolean, string]> = {};
  block.formulas.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== "") out[`${columnName(a.col + c)}${a.row + r + 1}`] = [v, block.numberFormat[r][c]];
    }),
  );
  return out;
}

const D = "yyyy-mm-dd";
const P = "$#,##0.00####"; // per share
const M = "$#,##0.00"; // money
const S = "#,##0"; // whole shares
const F = "#,##0.00####"; // fractional shares
const R = "0.00####"; // ratios
const T = "@";
const G = "General";

describe("A1 helpers", () => {
  test("columns and addresses", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
    expect(absRef(2, 1)).toBe("$B$3");
    expect(parseAnchor("Sheet1!C5")).toEqual({ row: 4, col: 2 });
    expect(parseAnchor("'My!Sheet'!$AB$10:$AC$12")).toEqual({ row: 9, col: 27 });
    expect(parseAnchor("A1")).toEqual({ row: 0, col: 0 });
  });
});

describe("Series C model layout", () => {
  test("default inputs at B3: exact cells, values and formulas", () => {
    const block = seriesCModel(parsed(defaultSeriesCForm()), parseAnchor("B3"));
    expect([block.rows, block.cols]).toEqual([41, 6]);
    const EV = "$B$35:$G$37";
    const PAY = "$B$41:$C$43";
    expect(cells(block, "B3")).toEqual({
      B3: ["MPWR Series C model", T],
      B4: ["Inputs", T],
      B5: ["As-of / event date", T],
      C5: [37072, D], // 2001-06-30
      B6: ["Holder's Series C shares", T],
      C6: [1000, S],
      B7: ["Common stock FMV per share", T],
      C7: [10, P],
      B8: ["Conversion kind", T],
      C8: ["OPTIONAL", T],
      B9: ["Redemption trigger", T],
      C9: ["SALE", T],
      B10: ["Redemption notice date (optional)", T],
      B12: ["Results", T],
      B13: ["Accrued dividends (per share)", T],
      C13: [`=MPWR.SERIESC_ACCRUED($C$5,${PAY})`, P],
      B14: ["Remaining Minimum Dividend (per share)", T],
      C14: [`=MPWR.SERIESC_MINDIV($C$5,${PAY})`, P],
      B15: ["Conversion price", T],
      C15: [`=MPWR.SERIESC_CONVPRICE($C$5,${EV})`, P],
      B16: ["Conversion rate", T],
      C16: [`=MPWR.SERIESC_CONVRATE($C$5,${EV})`, R],
      B17: ["Liquidation amount (per share)", T],
      C17: [`=MPWR.SERIESC_LIQPREF($C$5,$C$7,${EV},${PAY})`, P],
      B18: ["Redemption price (per share)", T],
      C18: [`=MPWR.SERIESC_REDEMPTION($C$5,$C$7,$C$9,IF($C$10="","",$C$10),${EV},${PAY})`, P],
      B19: ["Redemption multiple (§6(b))", T],
      C19: ["=MPWR.SERIESC_REDEMPTION_MULTIPLE($C$5)", R],
      B21: ["Conversion breakdown (holder's shares)", T],
      B22: [`=MPWR.SERIESC_CONVSHARES($C$6,$C$5,$C$7,$C$8,${EV},${PAY})`, G],
      B25: ["Key dates", T],
      B26: ["=MPWR.SERIESC_KEYDATES()", G],
      B33: ["Events", T],
      B34: ["date", T],
      C34: ["type", T],
      D34: ["a", T],
      E34: ["b", T],
      F34: ["c", T],
      G34: ["d", T],
      B39: ["Dividends paid", T],
      B40: ["date", T],
      C40: ["amount per share", T],
    });
    // Formats without values: the notice date, the spill areas, the spare event/payment rows.
    expect(block.numberFormat[7][1]).toBe(D); // C10
    expect(block.numberFormat[20].slice(0, 5)).toEqual([F, F, S, M, P]); // CONVSHARES data row
    expect(block.numberFormat.slice(23, 29).map((r) => r[1])).toEqual([D, D, D, D, D, D]); // KEYDATES dates
    expect(block.numberFormat.slice(32, 35).map((r) => r[0])).toEqual([D, D, D]);
    expect(block.bold).toContainEqual([0, 0]);
    expect(block.bold).toContainEqual([31, 5]); // header "d"
  });

  test("events and payments are written as read (locale dates, 3/2, $), each column in its format", () => {
    const ev = (o: Partial<EventRow>): EventRow => ({ id: "1", date: "", type: "SPLIT", a: "", b: "", c: "", d: "", target: "", ...o });
    const pay: PaymentRow = { id: "1", date: "12/31/2000", amount: "$1.40" };
    const form: SeriesCForm = {
      ...defaultSeriesCForm(),
      noticeDate: "4/1/2001",
      events: [ev({ id: "1", date: "2000-08-29", a: "3/2" }), ev({ id: "2", date: "8/1/2000", type: "ISSUE", a: "1,000", b: "20000", c: "50000", d: "25" })],
      payments: [pay],
    };
    const c = cells(seriesCModel(parsed(form), parseAnchor("A1")), "A1");
    expect(c.B8).toEqual([36982, D]); // notice 2001-04-01
    // events header at row 32, data rows 33–37 (2 + 3 spare), payments header at row 40, data 41–44
    expect(c.A33).toEqual([36767, D]);
    expect(c.B33).toEqual(["SPLIT", T]);
    expect(c.C33).toEqual([1.5, R]);
    expect(c.D33).toBeUndefined();
    expect(c.A34).toEqual([36739, D]);
    expect([c.C34, c.D34, c.E34, c.F34]).toEqual([
      [1000, S],
      [20000, P],
      [50000, S],
      [25, P],
    ]);
    expect(c.A41).toEqual([36891, D]);
    expect(c.B41).toEqual([1.4, P]);
    expect(c.B11).toEqual(["=MPWR.SERIESC_ACCRUED($B$3,$A$41:$B$44)", P]);
    expect(c.B13).toEqual(["=MPWR.SERIESC_CONVPRICE($B$3,$A$33:$F$37)", P]);
  });

  test("results whose function the build lacks are left out", () => {
    const available = new Set(["SERIESC_ACCRUED", "SERIESC_CONVPRICE"]);
    const block = seriesCModel(parsed(defaultSeriesCForm()), parseAnchor("A1"), available);
    const formulas = block.formulas.flat().filter((v) => typeof v === "string" && v.startsWith("="));
    expect(formulas).toEqual(["=MPWR.SERIESC_ACCRUED($B$3,$A$22:$B$24)", "=MPWR.SERIESC_CONVPRICE($B$3,$A$16:$F$18)"]);
  });
});

const ROSTER = "Grant\tGrant date\tOptions outstanding\tExercise price\n1001\t2000-03-15\t1,000\t$25.00\n1002\t11/1/2000\t1525\t12.5";
const grants = () => readRoster(gridFromText(ROSTER), "MDY").grants;

describe("Election Form Table 1", () => {
  test("exact cells at F1", () => {
    const block = electionTable(grants(), 0.75, parseAnchor("F1"));
    expect([block.rows, block.cols]).toEqual([4, 6]);
    expect(cells(block, "F1")).toEqual({
      F1: ["Election Form, Table 1: eligible option grants", T],
      F2: ["Grant", T],
      G2: ["Grant date", T],
      H2: ["Options outstanding", T],
      I2: ["Exercise price", T],
      J2: ["Exchange ratio", T],
      K2: ["New options", T],
      F3: ["1001", T],
      G3: [36600, D],
      H3: [1000, S],
      I3: [25, P],
      J3: [0.75, R],
      K3: ["=MPWR.OPTEX_NEWSHARES($H$3,$J$3)", S],
      F4: ["1002", T],
      G4: [36831, D],
      H4: [1525, S],
      I4: [12.5, P],
      J4: [0.75, R],
      K4: ["=MPWR.OPTEX_NEWSHARES($H$4,$J$4)", S],
    });
  });

  test("the election table reads back through the roster import exactly (values as Excel returns them)", () => {
    const text = "Employee,Grant ID,Grant date,Options,Strike,Type\nAnn,A-1,2000-03-15,1000,25,ISO\nBob,A-2,2000-11-01,1525,12.5,NSO";
    const original = readRoster(gridFromText(text), "MDY").grants;
    const block = electionTable(original, 0.75, parseAnchor("A1"));
    // Excel.run's values: constants as written, formulas as their results (here: anything, they are not inputs).
    const values = block.formulas.map((row) => row.map((v) => (typeof v === "string" && v.startsWith("=") ? 750 : v)));
    const back = readRoster(values, "DMY").grants; // dates come back as serials: the locale plays no part
    expect(back.map(({ line: _line, ...g }) => g)).toEqual(original.map(({ line: _line, ...g }) => g));
  });
});

describe("Option exchange model", () => {
  const inputs = (o: Partial<ReturnType<typeof defaultOptionExchangeForm>> = {}) => readOptexInputs({ ...defaultOptionExchangeForm(), newStrike: "5", ...o }, "MDY").inputs;

  test("inputs, grants with new options and break-even, total, per-grant spills", () => {
    const c = cells(optionExchangeModel(inputs(), grants(), parseAnchor("A1")), "A1");
    expect(c.B3).toEqual([5, P]);
    expect(c.B4).toEqual([37161, D]); // 2001-09-27
    expect(c.B5).toEqual([0.75, R]);
    expect(c.A7).toEqual(["Grants", T]);
    expect(["A8", "B8", "C8", "D8", "E8", "F8"].map((a) => c[a][0])).toEqual(["Grant", "Grant date", "Options outstanding", "Exercise price", "New options", "Break-even price"]);
    expect(c.E9).toEqual(["=MPWR.OPTEX_NEWSHARES($C$9,$B$5)", S]);
    expect(c.F9).toEqual(["=MPWR.OPTEX_BREAKEVEN($D$9,$B$3,$B$5)", P]);
    expect(c.E11).toEqual(["=MPWR.OPTEX_TOTAL($C$9:$C$10,$B$5)", S]);
    expect(c.A13).toEqual(["Grant 1001", T]);
    expect(c.A14).toEqual(["=MPWR.OPTEX_SCHEDULE($E$9,$B$4)", G]);
    expect(c.A18).toEqual(["=MPWR.OPTEX_ISO($E$9,$B$3,$B$4)", G]);
    expect(c.A23).toEqual(["Grant 1002", T]);
    expect(c.A24).toEqual(["=MPWR.OPTEX_SCHEDULE($E$10,$B$4)", G]);
  });

  test("with the Black–Scholes inputs: rates as %, and an OPTEX_EXCHANGE_VALUE spill per grant", () => {
    const c = cells(optionExchangeModel(inputs({ spot: "5", rate: "5%", vol: "80%", oldYears: "8.5" }), grants(), parseAnchor("A1")), "A1");
    expect([c.A6[0], c.B6, c.B7, c.B8, c.B9]).toEqual(["Stock price", [5, P], [0.05, "0.00%"], [0.8, "0.00%"], [8.5, "0.00##"]]);
    expect(c.E13).toEqual(["=MPWR.OPTEX_NEWSHARES($C$13,$B$5)", S]);
    expect(c.A26).toEqual(["=MPWR.OPTEX_EXCHANGE_VALUE($C$13,$D$13,$B$9,$B$3,$B$6,$B$7,$B$8,,$B$5)", G]);
  });

  test("a big roster gets its formulas and a note instead of a block per grant", () => {
    const many = Array.from({ length: 101 }, (_, i) => `${i + 1},2000-01-01,100,5`).join("\n");
    const block = optionExchangeModel(inputs(), readRoster(gridFromText(many), "MDY").grants, parseAnchor("A1"));
    const text = block.formulas.flat().filter((v) => typeof v === "string");
    expect(text.filter((v) => (v as string).startsWith("=MPWR.OPTEX_SCHEDULE"))).toEqual([]);
    expect(text.some((v) => (v as string).startsWith("Per-grant vesting, ISO/NSO and value blocks are written for rosters of up to 100 grants"))).toBe(true);
  });

  test("no number format Excel would show with a trailing point (e.g. #,##0.###### on 1000 shows 1,000.)", () => {
    const blocks = [
      seriesCModel(parsed(defaultSeriesCForm()), parseAnchor("A1")),
      optionExchangeModel(inputs({ spot: "5", rate: "5%", vol: "80%", oldYears: "8.5" }), grants(), parseAnchor("A1")),
      electionTable(grants(), 0.75, parseAnchor("A1")),
    ];
    const formats = new Set(blocks.flatMap((b) => b.numberFormat.flat()));
    for (const f of formats) expect(f).not.toMatch(/\.#/);
  });
});
