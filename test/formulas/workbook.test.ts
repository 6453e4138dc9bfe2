/** Workbooks the way analysts build them: references, spills feeding formulas, errors, recalculation. */
import { DetailedCellError } from "hyperformula";
import { referenceAccrued } from "../calc/seriesC/helpers";
import { addr, buildSheet, direct, expectValue, spill, value } from "./workbook";

const DATE = (y: number, m: number, d: number) => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);

describe("a Series C model sheet", () => {
  test("a column of dates, accrual per row, and a total; recalculates when a date changes", () => {
    const dates = [DATE(2000, 6, 30), DATE(2001, 6, 30), DATE(2004, 2, 29), DATE(2012, 12, 31)];
    const hf = buildSheet([...dates.map((d, i) => [d, `=MPWR.SERIESC_ACCRUED(A${i + 1})`]), [null, "=SUM(B1:B4)"]]);
    const refs = [referenceAccrued(2000, 6, 30), referenceAccrued(2001, 6, 30), referenceAccrued(2004, 2, 29), referenceAccrued(2012, 12, 31)];
    refs.forEach((r, i) => expectValue(value(hf, `B${i + 1}`), r));
    expectValue(
      value(hf, "B5"),
      refs.reduce((a, b) => a + b, 0),
    );

    hf.setCellContents(addr(hf, "A2"), DATE(2003, 6, 30));
    expectValue(value(hf, "B2"), referenceAccrued(2003, 6, 30));
    expectValue(value(hf, "B5"), refs[0] + referenceAccrued(2003, 6, 30) + refs[2] + refs[3]);
    hf.destroy();
  });

  test("an error propagates into dependent cells and clears when the input is fixed", () => {
    const hf = buildSheet([[DATE(1999, 1, 1), "=MPWR.SERIESC_ACCRUED(A1)", "=B1*1000", "=IFERROR(B1,-1)"]]);
    expectValue(value(hf, "B1"), { error: "NUM", message: /^asOf: .*before the Original Issue Date/ });
    expectValue(value(hf, "C1"), { error: "NUM", message: /^asOf/ });
    expect(value(hf, "D1")).toBe(-1);
    hf.setCellContents(addr(hf, "A1"), "2001-06-30");
    expectValue(value(hf, "C1"), referenceAccrued(2001, 6, 30) * 1000);
    expectValue(value(hf, "D1"), referenceAccrued(2001, 6, 30));
    hf.destroy();
  });

  test("an error value in an argument is the result, the function is not called", () => {
    const hf = buildSheet([["=1/0", "=MPWR.SERIESC_ACCRUED(A1)", "=NA()", "=MPWR.SERIESC_CONVPRICE(DATE(2001,1,1),C1:C2)"]]);
    expectValue(value(hf, "B1"), { error: "DIV_BY_ZERO" as never });
    expectValue(value(hf, "D1"), { error: "NA" });
    hf.destroy();
  });

  test("omitted middle arguments: =MPWR.SERIESC_ACCRUED(A1,,C1:D3) equals the adapter with null payments", () => {
    const hf = buildSheet([
      [DATE(2005, 6, 30), null, "dividendRate", 0.12],
      [null, null, "stubDays", "inclusive"],
      [null, null, null, null],
    ]);
    hf.setCellContents(addr(hf, "F1"), "=MPWR.SERIESC_ACCRUED(A1,,C1:D3)");
    const expected = direct("SERIESC_ACCRUED", DATE(2005, 6, 30), null, [
      ["dividendRate", 0.12],
      ["stubDays", "inclusive"],
      [null, null],
    ]) as number;
    expect(expected).not.toBeCloseTo(referenceAccrued(2005, 6, 30), 3);
    expectValue(value(hf, "F1"), expected);
    // editing a term in the range recalculates
    hf.setCellContents(addr(hf, "D1"), 0.1);
    hf.setCellContents(addr(hf, "D2"), "elapsed");
    expectValue(value(hf, "F1"), referenceAccrued(2005, 6, 30));
    hf.destroy();
  });

  test("a split entered in the events table lowers the price in every dependent cell", () => {
    const hf = buildSheet([
      ["date", "type", "a", "b", "c", "d", "=MPWR.SERIESC_CONVPRICE(DATE(2001,1,1),A1:F3)", "=28/G1"],
      [null, null, null, null, null, null],
      [null, null, null, null, null, null],
    ]);
    expect(value(hf, "G1")).toBe(28);
    hf.setSheetContent(0, [
      ["date", "type", "a", "b", "c", "d", "=MPWR.SERIESC_CONVPRICE(DATE(2001,1,1),A1:F3)", "=28/G1"],
      ["2000-08-29", "SPLIT", 1.5, null, null, null],
      [null, null, null, null, null, null],
    ]);
    expectValue(value(hf, "G1"), 28 / 1.5);
    expectValue(value(hf, "H1"), 1.5);
    hf.setCellContents(addr(hf, "C2"), 2);
    expectValue(value(hf, "G1"), 14);
    hf.destroy();
  });
});

describe("option exchange roster", () => {
  test("OPTEX_NEWSHARES spills over the roster and feeds SUM over the spill area and cell references", () => {
    const hf = buildSheet([[1000, "=MPWR.OPTEX_NEWSHARES(A1:A5)", "=SUM(B1:B5)", "=B2*2"], [333], [null], [4], [2]]);
    expect(spill(hf, "B1", 5, 1)).toEqual([[750], [249], [""], [3], [1]]);
    expect(value(hf, "C1")).toBe(1003);
    expect(value(hf, "D1")).toBe(498);
    hf.setCellContents(addr(hf, "A3"), 100);
    expect(value(hf, "B3")).toBe(75);
    expect(value(hf, "C1")).toBe(1078);
    hf.destroy();
  });

  test("a spill blocked by a value is an error; a bad grant makes the whole spill an error", () => {
    const hf = buildSheet([
      [10, "=MPWR.OPTEX_NEWSHARES(A1:A2)"],
      [20, "blocker"],
    ]);
    expect(value(hf, "B1")).toBeInstanceOf(DetailedCellError);
    hf.setCellContents(addr(hf, "B2"), null);
    // HyperFormula 3.5 does not re-spill when the blocker is cleared: re-enter the formula, as its docs say
    hf.setCellContents(addr(hf, "B1"), "=MPWR.OPTEX_NEWSHARES(A1:A2)");
    expect(spill(hf, "B1", 2, 1)).toEqual([[7], [15]]);
    hf.setCellContents(addr(hf, "A2"), 2.5);
    expectValue(value(hf, "B1"), { error: "NUM", message: /^eligible \(row 2, column 1\): options are whole numbers/ });
    hf.destroy();
  });

  test("the ratio from a cell, omitted ratio with an empty argument", () => {
    const hf = buildSheet([[100, 0.5, "=MPWR.OPTEX_NEWSHARES(A1,B1)", "=MPWR.OPTEX_NEWSHARES(A1,)", "=MPWR.OPTEX_NEWSHARES(A1,C5)"]]);
    expect(value(hf, "C1")).toBe(50);
    expect(value(hf, "D1")).toBe(75);
    expect(value(hf, "E1")).toBe(75); // an empty cell is null: the default ratio
    hf.destroy();
  });

  test("array arithmetic around the spill: =SUM(MPWR.OPTEX_NEWSHARES(A1:A3)*2)", () => {
    const hf = buildSheet([[100, "=SUM(MPWR.OPTEX_NEWSHARES(A1:A3)*2)"], [10], [4]]);
    expect(value(hf, "B1")).toBe((75 + 7 + 3) * 2);
    hf.destroy();
  });
});
