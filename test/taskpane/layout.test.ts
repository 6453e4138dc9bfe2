import { absRef, columnName, electionTable, optionExchangeModel, parseAnchor, seriesCModel, SheetBlock } from "../../src/taskpane/model/layout";
import { defaultOptionExchangeForm } from "../../src/taskpane/model/optionExchange";
import { defaultSeriesCForm } from "../../src/taskpane/model/seriesC";

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
const M = "#,##0.00######";
const S = "#,##0.######";
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
    const block = seriesCModel(defaultSeriesCForm(), parseAnchor("B3"));
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
      C7: [10, M],
      B8: ["Conversion kind", T],
      C8: ["OPTIONAL", T],
      B9: ["Redemption trigger", T],
      C9: ["SALE", T],
      B10: ["Redemption notice date (optional)", T],
      B12: ["Results", T],
      B13: ["Accrued dividends (per share)", T],
      C13: [`=MPWR.SERIESC_ACCRUED($C$5,${PAY})`, M],
      B14: ["Remaining Minimum Dividend (per share)", T],
      C14: [`=MPWR.SERIESC_MINDIV($C$5,${PAY})`, M],
      B15: ["Conversion price", T],
      C15: [`=MPWR.SERIESC_CONVPRICE($C$5,${EV})`, M],
      B16: ["Conversion rate", T],
      C16: [`=MPWR.SERIESC_CONVRATE($C$5,${EV})`, S],
      B17: ["Liquidation amount (per share)", T],
      C17: [`=MPWR.SERIESC_LIQPREF($C$5,$C$7,${EV},${PAY})`, M],
      B18: ["Redemption price (per share)", T],
      C18: [`=MPWR.SERIESC_REDEMPTION($C$5,$C$7,$C$9,IF($C$10="","",$C$10),${EV},${PAY})`, M],
      B19: ["Redemption multiple (§6(b))", T],
      C19: ["=MPWR.SERIESC_REDEMPTION_MULTIPLE($C$5)", S],
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
    expect(block.numberFormat[20].slice(0, 5)).toEqual([S, S, S, M, M]); // CONVSHARES data row
    expect(block.numberFormat.slice(23, 29).map((r) => r[1])).toEqual([D, D, D, D, D, D]); // KEYDATES dates
    expect(block.numberFormat.slice(32, 35).map((r) => r[0])).toEqual([D, D, D]);
    expect(block.bold).toContainEqual([0, 0]);
    expect(block.bold).toContainEqual([31, 5]); // header "d"
  });

  test("events and payments are written as the user typed them, the ranges grow with them", () => {
    const form = {
      ...defaultSeriesCForm(),
      noticeDate: "2001-04-01",
      events: [
        { date: "2000-08-29", type: "SPLIT", a: "1.5", b: "", c: "", d: "" },
        { date: "8/1/2000", type: "ISSUE", a: "1,000", b: "20000", c: "50000", d: "25" },
      ],
      payments: [{ date: "2000-12-31", amount: "$1.40" }],
    };
    const c = cells(seriesCModel(form, parseAnchor("A1")), "A1");
    expect(c.B8).toEqual([36982, D]); // notice 2001-04-01
    // events header at row 32, data rows 33–37 (2 + 3 spare), payments header at row 40, data 41–44
    expect(c.A33).toEqual([36767, D]);
    expect(c.B33).toEqual(["SPLIT", T]);
    expect(c.C33).toEqual([1.5, S]);
    expect(c.D33).toBeUndefined();
    expect(c.A34).toEqual([36739, D]);
    expect([c.C34, c.D34, c.E34, c.F34]).toEqual([
      [1000, S],
      [20000, S],
      [50000, S],
      [25, S],
    ]);
    expect(c.A41).toEqual([36891, D]);
    expect(c.B41).toEqual([1.4, M]);
    expect(c.B11).toEqual(["=MPWR.SERIESC_ACCRUED($B$3,$A$41:$B$44)", M]);
    expect(c.B13).toEqual(["=MPWR.SERIESC_CONVPRICE($B$3,$A$33:$F$37)", M]);
  });

  test("text that looks like a formula is written as text, never as a formula", () => {
    const c = cells(seriesCModel({ ...defaultSeriesCForm(), asOf: "=HYPERLINK(\"http://x\")", kind: "=1+1" }, parseAnchor("A1")), "A1");
    expect(c.B3).toEqual(['=HYPERLINK("http://x")', T]);
    expect(c.B6).toEqual(["=1+1", T]);
  });

  test("results whose function the build lacks are left out", () => {
    const available = new Set(["SERIESC_ACCRUED", "SERIESC_CONVPRICE"]);
    const block = seriesCModel(defaultSeriesCForm(), parseAnchor("A1"), available);
    const formulas = block.formulas.flat().filter((v) => typeof v === "string" && v.startsWith("="));
    expect(formulas).toEqual(["=MPWR.SERIESC_ACCRUED($B$3,$A$22:$B$24)", "=MPWR.SERIESC_CONVPRICE($B$3,$A$16:$F$18)"]);
  });
});

const ROSTER = "Grant\tGrant date\tOptions outstanding\tExercise price\n1001\t2000-03-15\t1,000\t$25.00\n1002\t11/1/2000\t1525\t12.5";

describe("Election Form Table 1", () => {
  test("exact cells at F1", () => {
    const block = electionTable({ ...defaultOptionExchangeForm(), roster: ROSTER }, parseAnchor("F1"));
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
      I3: [25, M],
      J3: [0.75, S],
      K3: ["=MPWR.OPTEX_NEWSHARES($H$3,$J$3)", S],
      F4: ["1002", T],
      G4: [36831, D],
      H4: [1525, S],
      I4: [12.5, M],
      J4: [0.75, S],
      K4: ["=MPWR.OPTEX_NEWSHARES($H$4,$J$4)", S],
    });
  });
});

describe("Option exchange model", () => {
  test("inputs, grants with new options and break-even, total, per-grant spills", () => {
    const form = { ...defaultOptionExchangeForm(), roster: ROSTER, newStrike: "5" };
    const c = cells(optionExchangeModel(form, parseAnchor("A1")), "A1");
    expect(c.B3).toEqual([5, M]);
    expect(c.B4).toEqual([37161, D]); // 2001-09-27
    expect(c.B5).toEqual([0.75, S]);
    expect(c.A7).toEqual(["Grants", T]);
    expect(["A8", "B8", "C8", "D8", "E8", "F8"].map((a) => c[a][0])).toEqual(["Grant", "Grant date", "Options outstanding", "Exercise price", "New options", "Break-even price"]);
    expect(c.E9).toEqual(["=MPWR.OPTEX_NEWSHARES($C$9,$B$5)", S]);
    expect(c.F9).toEqual(["=MPWR.OPTEX_BREAKEVEN($D$9,$B$3,$B$5)", M]);
    expect(c.E11).toEqual(["=MPWR.OPTEX_TOTAL($C$9:$C$10,$B$5)", S]);
    expect(c.A13).toEqual(["Grant 1001", T]);
    expect(c.A14).toEqual(["=MPWR.OPTEX_SCHEDULE($E$9,$B$4)", G]);
    expect(c.A18).toEqual(["=MPWR.OPTEX_ISO($E$9,$B$3,$B$4)", G]);
    expect(c.A23).toEqual(["Grant 1002", T]);
    expect(c.A24).toEqual(["=MPWR.OPTEX_SCHEDULE($E$10,$B$4)", G]);
  });

  test("with the Black–Scholes inputs: their cells and an OPTEX_EXCHANGE_VALUE spill per grant", () => {
    const form = { ...defaultOptionExchangeForm(), roster: ROSTER, newStrike: "5", spot: "5", rate: "0.05", vol: "0.8", oldYears: "8.5" };
    const c = cells(optionExchangeModel(form, parseAnchor("A1")), "A1");
    expect([c.A6[0], c.B6[0], c.B7[0], c.B8[0], c.B9[0]]).toEqual(["Stock price", 5, 0.05, 0.8, 8.5]);
    expect(c.E13).toEqual(["=MPWR.OPTEX_NEWSHARES($C$13,$B$5)", S]);
    expect(c.A26).toEqual(["=MPWR.OPTEX_EXCHANGE_VALUE($C$13,$D$13,$B$9,$B$3,$B$6,$B$7,$B$8,,$B$5)", G]);
  });
});
