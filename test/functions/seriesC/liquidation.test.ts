import { installCustomFunctions } from "../../support/customFunctions";
installCustomFunctions();
import { seriesCLiqDetail, seriesCLiqPref, seriesCWaterfall } from "../../../src/functions/seriesC/liquidation";
import { refAccrued } from "../../calc/seriesC/fixtures";
import { NONE, expectExcelError, serial } from "./support";

describe("SERIESC_LIQPREF / SERIESC_LIQDETAIL (Cert §4(a))", () => {
  test("commonValue 0: LV + Minimum Dividend", () => {
    expect(seriesCLiqPref("2000-06-30", 0)).toBe(30.8);
  });
  test("before the first anniversary: deemed conversion on 2000-12-29", () => {
    expect(seriesCLiqPref(serial(2000, 12, 28), 40)).toBeCloseTo((1 + refAccrued(2000, 12, 29) / 28) * 40, 9);
  });
  test("detail rows", () => {
    const out = seriesCLiqDetail("2001-03-01", 55);
    expect(out.map((r) => r.length)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(out[0]).toEqual(["label", "value"]);
    expect(out[1][1]).toBeCloseTo(28 + refAccrued(2001, 3, 1), 9);
    expect(out[2][1]).toBeCloseTo(58.8, 9);
    expect(out[3][1]).toBe("B");
    expect(out[4][1]).toBeCloseTo(refAccrued(2001, 3, 1) - (58.8 / 55 - 1) * 28, 9);
    expect(out[5][1]).toBe(58.8);
  });
  test("errors", () => {
    expectExcelError(() => seriesCLiqPref(undefined, 1), "#VALUE!", "eventDate");
    expectExcelError(() => seriesCLiqPref("1999-12-01", 1), "#NUM!", "eventDate");
    expectExcelError(() => seriesCLiqPref("2001-01-01", "a lot"), "#VALUE!", "commonValue");
    expectExcelError(() => seriesCLiqPref("2001-01-01", -1), "#NUM!", "commonValue");
    expectExcelError(() => seriesCLiqPref("2001-01-01", 1, [["2000-01-01", "ISSUE", 1]]), "#VALUE!", "events");
    expectExcelError(() => seriesCLiqPref("2001-01-01", 1, NONE, [["1999-01-01", 1]]), "#NUM!", "payments");
    expectExcelError(() => seriesCLiqDetail("2001-01-01", 1, NONE, NONE, [["liquidationValue", -28]]), "#NUM!", "terms");
    expectExcelError(() => seriesCLiqDetail("2001-01-01", [[1, 2]]), "#VALUE!", "commonValue");
  });
});

describe("SERIESC_WATERFALL (Cert §4(a))", () => {
  const claims = [
    ["name", "accrued dividend claim", "preference claim"],
    ["Series C", 1_000_000, 35_000_000],
    ["Series D", 500_000, 20_000_000],
  ];
  test("header then one row per claim; totals add to min(assets, claims)", () => {
    const out = seriesCWaterfall(900_000, claims);
    expect(out).toEqual([
      ["name", "dividends paid", "preference paid", "total paid", "shortfall"],
      ["Series C", 600_000, 0, 600_000, 35_400_000],
      ["Series D", 300_000, 0, 300_000, 20_200_000],
    ]);
    const big = seriesCWaterfall(1e9, claims);
    expect(big[1][4] + big[2][4]).toBe(0);
  });
  test("errors", () => {
    expectExcelError(() => seriesCWaterfall("x", claims), "#VALUE!", "assets");
    expectExcelError(() => seriesCWaterfall(-1, claims), "#NUM!", "assets");
    expectExcelError(() => seriesCWaterfall(1, undefined as unknown as unknown[][]), "#VALUE!", "claims");
    expectExcelError(() => seriesCWaterfall(1, [[null, null, null]]), "#VALUE!", "claims");
    expectExcelError(() => seriesCWaterfall(1, [[5, 1, 1]]), "#VALUE!", "claims");
    expectExcelError(() => seriesCWaterfall(1, [["C", "one", 1]]), "#VALUE!", "claims");
    expectExcelError(() => seriesCWaterfall(1, [["C", -1, 1]]), "#NUM!", "claims");
    expectExcelError(() => seriesCWaterfall(1, [["C", 1, 1, 1]]), "#VALUE!", "claims");
  });
});
