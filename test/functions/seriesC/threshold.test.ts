import { installCustomFunctions } from "../../support/customFunctions";
installCustomFunctions();
import { seriesCMandatoryDate, seriesCThreshold, seriesCThresholdDate } from "../../../src/functions/seriesC/threshold";
import { seriesCKeyDates } from "../../../src/functions/seriesC/keyDates";
import { seriesCTermsTable } from "../../../src/functions/seriesC/terms";
import { seriesCAccrued } from "../../../src/functions/seriesC/dividends";
import { SERIES_C_TERMS, seriesCTerms } from "../../../src/calc/seriesC/terms";
import { termOverrides } from "../../../src/input/tables";
import { NONE, expectExcelError, serial } from "./support";

/** 25 weekday rows from 2001-03-01 (Thursday): rows 3..22 close above 56. */
function prices(): unknown[][] {
  const out: unknown[][] = [["date", "closing price"]];
  let s = serial(2001, 3, 1);
  while (out.length < 26) {
    const wd = (s + 6) % 7; // 0 = Sunday
    if (wd !== 0 && wd !== 6) out.push([s, out.length >= 3 && out.length <= 22 ? 60 : 40]);
    s++;
  }
  return out;
}

describe("SERIESC_THRESHOLD / SERIESC_THRESHOLD_DATE (Cert §12, §5(b))", () => {
  const p = prices();
  const end = p[22][0] as number; // the 20th row above the threshold
  test("date of the 20th day; the 60-day window before the notice", () => {
    expect(seriesCThresholdDate(p)).toBe(end);
    expect(seriesCThreshold(p, end)).toBe(false);
    expect(seriesCThreshold(p, end + 1)).toBe(true);
    expect(seriesCThreshold(p, end + 60)).toBe(true);
    expect(seriesCThreshold(p, end + 61)).toBe(false);
  });
  test("never achieved: #N/A", () => {
    expectExcelError(() => seriesCThresholdDate([[serial(2001, 3, 1), 10]]), "#N/A", "prices");
    expectExcelError(() => seriesCThresholdDate(p, NONE, [["thresholdDays", 21]]), "#N/A", "prices");
  });
  test("errors", () => {
    expectExcelError(() => seriesCThreshold(undefined as unknown as unknown[][], end), "#VALUE!", "prices");
    expectExcelError(() => seriesCThreshold([[serial(2001, 3, 1), "high"]], end), "#VALUE!", "prices");
    expectExcelError(() => seriesCThreshold([[serial(2001, 3, 1), 0]], end), "#NUM!", "prices");
    expectExcelError(
      () =>
        seriesCThreshold(
          [
            [serial(2001, 3, 1), 1],
            [serial(2001, 3, 1), 2],
          ],
          end,
        ),
      "#VALUE!",
      "prices",
    );
    expectExcelError(() => seriesCThreshold([["yesterday", 2]], end), "#VALUE!", "prices");
    expectExcelError(() => seriesCThreshold(p, ""), "#VALUE!", "noticeDate");
    expectExcelError(() => seriesCThreshold(p, end, [["2001-01-01", "SPLIT", "x"]]), "#VALUE!", "events");
    expectExcelError(() => seriesCThreshold(p, end, NONE, [["thresholdDays", 0.5]]), "#NUM!", "terms");
    expectExcelError(() => seriesCThresholdDate(p, [["2001-01-01", "STOCKDIV", 0, 1]]), "#NUM!", "events");
  });
});

describe("SERIESC_MANDATORY_DATE, SERIESC_KEYDATES (Cert §5(b)(1))", () => {
  test("issue + 386 days = 2001-01-18, or an earlier demand", () => {
    expect(seriesCMandatoryDate()).toBe(serial(2001, 1, 18));
    expect(seriesCMandatoryDate(null)).toBe(serial(2001, 1, 18));
    expect(seriesCMandatoryDate("2000-07-01")).toBe(serial(2000, 7, 1));
    expect(seriesCMandatoryDate(serial(2002, 1, 1))).toBe(serial(2001, 1, 18));
    expectExcelError(() => seriesCMandatoryDate("1999-01-01"), "#NUM!", "demandDate");
    expectExcelError(() => seriesCMandatoryDate(-3), "#VALUE!", "demandDate");
    expectExcelError(() => seriesCMandatoryDate(null, [["mandatoryConversionDays", 1.5]]), "#NUM!", "terms");
  });
  test("key dates spill", () => {
    const out = seriesCKeyDates();
    expect(out[0]).toEqual(["label", "date"]);
    expect(out.slice(1).map((r) => r[1])).toEqual([
      serial(1999, 12, 29),
      serial(2000, 12, 29),
      serial(2001, 1, 18),
      serial(2001, 6, 29),
      serial(2002, 6, 29),
      serial(2005, 12, 29),
    ]);
    expect(out.every((r) => r.length === 2)).toBe(true);
    expectExcelError(() => seriesCKeyDates([["issueDate", "soon"]]), "#VALUE!", "terms");
    expect(seriesCKeyDates([["issueDate", 0]])).toEqual(out); // desktop Excel's empty cell: the default issue date
  });
  test("dates past 9999-12-31 (serial 2958465) are #NUM!, as the OPTEX date functions do", () => {
    // issue date 9999-01-01: the first anniversary 10000-01-01 is past Excel's last date
    const late = [["issueDate", "9999-01-01"]];
    expectExcelError(() => seriesCKeyDates(late), "#NUM!", "terms");
    expectExcelError(() => seriesCMandatoryDate(null, late), "#NUM!", "terms"); // 9999-01-01 + 386 days = 10000-01-22
    expect(seriesCMandatoryDate("9999-06-01", late)).toBe(2958465 - 213); // the demand date, 213 days before 9999-12-31
    // 9999-12-31 − 386 days = 9998-12-10: the last issue date whose Mandatory Conversion date Excel can show
    expect(seriesCMandatoryDate(null, [["issueDate", "9998-12-10"]])).toBe(2958465);
    expectExcelError(() => seriesCMandatoryDate(null, [["issueDate", "9998-12-11"]]), "#NUM!", "terms");
  });
});

describe("SERIESC_TERMS (docs/conventions.md#terms)", () => {
  test("name | value, one row per term, passing it back gives the defaults", () => {
    const table = seriesCTermsTable();
    expect(table[0]).toEqual(["name", "value"]);
    expect(table.every((r) => r.length === 2)).toBe(true);
    const byName = Object.fromEntries(table.slice(1));
    expect(byName.issueDate).toBe(serial(1999, 12, 29));
    expect(byName.liquidationValue).toBe(28);
    expect(byName.stubDays).toBe("elapsed");
    expect(byName.floorAdjustedForSplits).toBe(false); // the literal $28 floor (Cert §5(k))
    expect(byName.votingPowerAtIssue).toBe("");
    expect(byName.conversionCapPercent).toBe(0.2);
    expect(byName.pricesSplitAdjusted).toBe(false);
    expect(table.slice(1).map((r) => r[0])).toEqual(Object.keys(SERIES_C_TERMS)); // docs/conventions.md order, 22 terms
    expect(table.length).toBe(1 + 22);
    expect(seriesCTerms(termOverrides(table)).cacheKey).toBe(seriesCTerms().cacheKey);
    expect(seriesCAccrued("2003-05-05", NONE, table)).toBe(seriesCAccrued("2003-05-05"));
  });
  test("an edited copy changes the result", () => {
    const table = seriesCTermsTable().map((r) => (r[0] === "dividendRate" ? ["dividendRate", 0.2] : r));
    expect(seriesCAccrued("1999-12-31", NONE, table)).toBeCloseTo(28 * 0.2 * (2 / 365), 12);
  });
});
