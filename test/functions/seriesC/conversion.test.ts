import { installCustomFunctions } from "../../support/customFunctions";
installCustomFunctions();
import { seriesCConvShares, seriesCProtective, seriesCVotes } from "../../../src/functions/seriesC/conversion";
import { refAccrued } from "../../calc/seriesC/fixtures";
import { NONE, expectExcelError, serial } from "./support";

const HEADER = ["principal shares", "dividend shares", "whole shares issued", "cash in lieu", "dividends extinguished (per share)"];

describe("SERIESC_CONVSHARES (Cert §5(a), (e), (k)(6), (n))", () => {
  test("header + one row; 100 shares OPTIONAL at fmv 12 on 2003-03-31", () => {
    const out = seriesCConvShares(100, "2003-03-31", 12);
    expect(out[0]).toEqual(HEADER);
    expect(out.length).toBe(2);
    const dv = refAccrued(2003, 3, 31);
    const total = 100 + (100 * dv) / 12;
    expect(out[1][0]).toBe(100);
    expect(out[1][1]).toBeCloseTo((100 * dv) / 12, 9);
    expect(out[1][2]).toBe(Math.floor(total));
    expect(out[1][3]).toBeCloseTo(Math.round((total - Math.floor(total)) * 12 * 100) / 100, 9);
    expect(out[1][4]).toBe(0);
  });
  test("MANDATORY on 2002-06-29 vs 2002-06-30 (30-month anniversary)", () => {
    const on = seriesCConvShares(1, serial(2002, 6, 29), 10, "mandatory");
    expect(on[1][1]).toBeCloseTo(0.28, 12);
    expect(on[1][4]).toBeCloseTo(refAccrued(2002, 6, 29) - 2.8, 9);
    const after = seriesCConvShares(1, serial(2002, 6, 30), 10, "MANDATORY");
    expect(after[1][4]).toBe(0);
  });
  test("the 20% cap from the terms table", () => {
    const out = seriesCConvShares(125_000, "2002-06-30", 10, NONE, NONE, NONE, [["votingPowerAtIssue", 10_000_000]]);
    expect(out[1][2]).toBe(200_000);
    expect(out[1][3]).toBe(0);
  });
  test("errors name the argument", () => {
    expectExcelError(() => seriesCConvShares("ten", "2002-01-01", 10), "#VALUE!", "shares");
    expectExcelError(() => seriesCConvShares(null, "2002-01-01", 10), "#VALUE!", "shares");
    expectExcelError(() => seriesCConvShares(-5, "2002-01-01", 10), "#NUM!", "shares");
    expectExcelError(() => seriesCConvShares(0, "2002-01-01", 10), "#NUM!", "shares");
    expectExcelError(() => seriesCConvShares(5, "2002-13-01", 10), "#VALUE!", "convDate");
    expectExcelError(() => seriesCConvShares(5, "1999-12-28", 10), "#NUM!", "convDate");
    expectExcelError(() => seriesCConvShares(5, "2002-01-01", ""), "#VALUE!", "fmv");
    expectExcelError(() => seriesCConvShares(5, "2002-01-01", 0), "#NUM!", "fmv");
    expectExcelError(() => seriesCConvShares(5, "2002-01-01", 10, "REDEEM"), "#VALUE!", "kind");
    expectExcelError(() => seriesCConvShares(5, "2002-01-01", 10, NONE, [["2001-01-01", "SPLIT"]]), "#VALUE!", "events");
    expectExcelError(() => seriesCConvShares(5, "2002-01-01", 10, NONE, NONE, [["2001-01-01", "one"]]), "#VALUE!", "payments");
    expectExcelError(() => seriesCConvShares(5, "2002-01-01", 10, NONE, NONE, [["2001-01-01", 0]]), "#NUM!", "payments");
    expectExcelError(() => seriesCConvShares(5, "2002-01-01", 10, NONE, NONE, NONE, [["votingPowerAtIssue", -1]]), "#NUM!", "terms");
  });
});

describe("SERIESC_VOTES and SERIESC_PROTECTIVE (Cert §3(a), (b))", () => {
  test("votes", () => {
    expect(seriesCVotes(1000, "2001-01-01")).toBe(1000);
    expect(seriesCVotes(1001, "2001-01-01", [[serial(2000, 8, 29), "SPLIT", 1.5]])).toBe(1501);
    expectExcelError(() => seriesCVotes("x", "2001-01-01"), "#VALUE!", "shares");
    expectExcelError(() => seriesCVotes(-1, "2001-01-01"), "#NUM!", "shares");
    expectExcelError(() => seriesCVotes(1, NONE), "#VALUE!", "asOf");
    expectExcelError(() => seriesCVotes(1, "1999-01-01"), "#NUM!", "asOf");
    expectExcelError(() => seriesCVotes(1, "2001-01-01", [["2001-01-01", "SPLIT", -2]]), "#NUM!", "events");
    expectExcelError(() => seriesCVotes(1, "2001-01-01", NONE, [["conversionNumerator", -28]]), "#NUM!", "terms");
  });
  test("protective provisions while at least one third remains", () => {
    expect(seriesCProtective(416_667)).toBe(true);
    expect(seriesCProtective(416_666)).toBe(false);
    expect(seriesCProtective(100, [["sharesIssued", 300]])).toBe(true);
    expectExcelError(() => seriesCProtective("many"), "#VALUE!", "outstanding");
    expectExcelError(() => seriesCProtective(-1), "#NUM!", "outstanding");
    expectExcelError(() => seriesCProtective(2_000_000), "#NUM!", "outstanding");
    expectExcelError(() => seriesCProtective(1, [["sharesIssued", "all"]]), "#VALUE!", "terms");
  });
});
