import { CustomFunctionsError, installCustomFunctions } from "../../support/customFunctions";
installCustomFunctions();
import { seriesCAccrued } from "../../../src/functions/seriesC/dividends";
import { seriesCExit, seriesCExitTable } from "../../../src/functions/seriesC/exit";
import { seriesCLiqDetail, seriesCLiqPref } from "../../../src/functions/seriesC/liquidation";
import { seriesCRedemption } from "../../../src/functions/seriesC/redemption";
import { seriesCConvShares } from "../../../src/functions/seriesC/conversion";
import { NONE, expectExcelError } from "./support";

// Cert §5(k)(6): votingPowerAtIssue 5,000,000 → at most 0.2 × 5,000,000 = 1,000,000 common shares for the
// 1,250,000 Series C shares: 4/5 of a common share per Series C share, in every valuation of a conversion.
const CAPPED = [["votingPowerAtIssue", 5_000_000]];

describe("Cert §5(k)(6) in the adapters: SERIESC_LIQPREF, SERIESC_LIQDETAIL, SERIESC_REDEMPTION, SERIESC_EXIT", () => {
  test("SERIESC_LIQPREF 2004-01-01 at $100 with votingPowerAtIssue 5,000,000 is $80.00, not $146.53", () => {
    expect(seriesCLiqPref("2004-01-01", 100, NONE, NONE, CAPPED)).toBe(80);
    expect(seriesCLiqPref("2004-01-01", 100)).toBeCloseTo(146.53, 2);
  });
  test("SERIESC_LIQDETAIL: B is the capped $80; A applies when it is larger", () => {
    const rows = seriesCLiqDetail("2004-01-01", 100, NONE, NONE, CAPPED);
    expect(rows[2][1]).toBe(80);
    expect(rows[3][1]).toBe("B");
    const low = seriesCLiqDetail("2004-01-01", 50, NONE, NONE, CAPPED);
    expect(low[2][1]).toBe(40);
    expect(low[3][1]).toBe("A");
  });
  test("SERIESC_REDEMPTION (Cert §6(a)(B)): 2006-06-01, trigger 6A, $100: $80", () => {
    expect(seriesCRedemption("2006-06-01", 100, "6A", NONE, NONE, NONE, CAPPED)).toBe(80);
  });
  test("the as-converted limb equals what SERIESC_CONVSHARES delivers for the whole series × the common value", () => {
    // 1,250,000 shares converting on 2004-01-01 at $100: capped at 1,000,000 whole shares
    const conv = seriesCConvShares(1_250_000, "2004-01-01", 100, "SALE", NONE, NONE, CAPPED);
    expect(conv[1][2]).toBe(1_000_000);
    expect(seriesCLiqPref("2004-01-01", 100, NONE, NONE, CAPPED) * 1_250_000).toBe((conv[1][2] as number) * 100);
  });
  test("SERIESC_EXIT and SERIESC_EXIT_TABLE: the Series C converts into 1,000,000 shares; p = $100", () => {
    const capital = [
      ["Series C", "SERIESC", 1_250_000],
      ["Common", "COMMON", 10_000_000],
    ];
    const out = seriesCExit(1_100_000_000, "2004-01-01", capital, NONE, NONE, CAPPED);
    expect(out[1]).toEqual(["Series C", "SERIESC", true, 100_000_000, 80]);
    expect(out[2]).toEqual(["Common", "COMMON", "", 1_000_000_000, 100]);
    const table = seriesCExitTable([[1_100_000_000]], "2004-01-01", capital, NONE, NONE, CAPPED);
    expect(table[1]).toEqual([1_100_000_000, 100_000_000, 1_000_000_000]);
  });
});

describe("SERIESC_EXIT: no COMMON row, an OPTION row without an exercise price", () => {
  test("the preferred classes absorb the proceeds: returned; a positive rest: #VALUE! naming capital with the amount", () => {
    const capital = [
      ["Notes", "SENIOR", 5e6],
      ["P", "PARITY", 1e5, 10],
    ];
    const out = seriesCExit(5.5e6, "2004-12-31", capital);
    expect(out.slice(1).map((r) => r[3])).toEqual([5e6, 0.5e6]);
    expectExcelError(() => seriesCExit(6.5e6, "2004-12-31", capital), "#VALUE!", "capital");
    try {
      seriesCExit(6.5e6, "2004-12-31", capital);
    } catch (e) {
      expect((e as CustomFunctionsError).message).toMatch(/^capital: 500000 would be left after the preferred classes, and no COMMON row/);
    }
  });
  test("an OPTION row whose exercise price cell is empty is #VALUE! naming the row; 0 is a zero strike", () => {
    const capital = (strike: unknown) => [
      ["Common", "COMMON", 1e6, null],
      ["Warrants", "OPTION", 1e5, strike],
    ];
    for (const empty of [null, ""]) {
      expectExcelError(() => seriesCExit(1e6, "2004-12-31", capital(empty)), "#VALUE!", "capital");
      try {
        seriesCExit(1e6, "2004-12-31", capital(empty));
      } catch (e) {
        expect((e as CustomFunctionsError).message).toMatch(/^capital: row 2: an OPTION row needs its exercise price/);
      }
    }
    // strike 0: 1.1M shares share $1M equally
    expect(seriesCExit(1e6, "2004-12-31", capital(0))[2][4]).toBeCloseTo(1e6 / 1.1e6, 12);
  });
});

describe("whole percents in Series C terms: dividendRate and conversionCapPercent above 1 (100 %) are refused", () => {
  test("dividendRate 10 is read as 1,000 %", () => {
    expectExcelError(() => seriesCAccrued("2001-01-01", NONE, [["dividendRate", 10]]), "#NUM!", "terms");
    try {
      seriesCAccrued("2001-01-01", NONE, [["dividendRate", 10]]);
    } catch (e) {
      expect((e as CustomFunctionsError).message).toContain("terms: dividendRate 10 is read as 1,000 %; type 10% or 0.1");
    }
    expect(seriesCAccrued("2001-01-01", NONE, [["dividendRate", 1]])).toBeGreaterThan(0); // 100 % is a rate
  });
  test("conversionCapPercent 20 is read as 2,000 %", () => {
    try {
      seriesCLiqPref("2004-01-01", 100, NONE, NONE, [["conversionCapPercent", 20]]);
      throw new Error("accepted");
    } catch (e) {
      expect((e as CustomFunctionsError).code).toBe("#NUM!");
      expect((e as CustomFunctionsError).message).toContain("terms: conversionCapPercent 20 is read as 2,000 %; type 20% or 0.2");
    }
  });
});
