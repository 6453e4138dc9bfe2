import { seriesCAccrued } from "../../../src/functions/seriesC/dividends";
import { seriesCConvPrice } from "../../../src/functions/seriesC/conversionPrice";
import { seriesCRedemption } from "../../../src/functions/seriesC/redemption";
import { installCustomFunctions } from "../../support/customFunctions";
import { expectExcelError, thrownError } from "../../support/expectError";
import { referenceAccrued } from "../../calc/seriesC/helpers";
import { accruedDividends } from "../../../src/calc/seriesC/dividends";
import { seriesCTerms } from "../../../src/calc/seriesC/terms";
import { Dec } from "../../../src/calc/core/decimal";

installCustomFunctions();
const V = "#VALUE!";
const N = "#NUM!";

describe("SERIESC_ACCRUED adapter", () => {
  test("accepts serials, text dates and fractional serials (time ignored)", () => {
    expect(seriesCAccrued(37072)).toBeCloseTo(referenceAccrued(2001, 6, 30), 12); // DATE(2001,6,30)
    expect(seriesCAccrued("2001-06-30")).toBe(seriesCAccrued(37072));
    expect(seriesCAccrued(37072.75)).toBe(seriesCAccrued(37072));
  });
  test("omitted payments (null/undefined, or an empty range) and terms mean the defaults", () => {
    const plain = seriesCAccrued(37072);
    expect(seriesCAccrued(37072, null as never, undefined)).toBe(plain);
    expect(seriesCAccrued(37072, [[null, null]], [["", ""]])).toBe(plain);
    expect(seriesCAccrued(37072, [[0, 0]], [[0, 0]])).toBe(plain); // desktop Excel's empty cells
  });
  test("payments and terms ranges, with header rows", () => {
    const withHeader = seriesCAccrued(
      37072,
      [
        ["date", "amount"],
        ["2001-01-15", 1],
      ],
      [
        ["name", "value"],
        ["dividendRate", 0.1],
      ],
    );
    expect(withHeader).toBe(seriesCAccrued(37072, [[36906, 1]]));
    expect(seriesCAccrued(37072, null as never, [["DIVIDENDRATE", 0.2]])).toBeGreaterThan(seriesCAccrued(37072));
  });
  test.each([
    [[true], V],
    [[""], V],
    [[null], V],
    [["yesterday"], V],
    [[-1], V],
    [[0], V],
    [[60], V],
    [[3e6], V],
    [[36000], N], // before the Original Issue Date
    [[[[1, 2]]], V],
  ])("asOf %j → %s naming asOf", (args, code) => {
    expectExcelError(() => (seriesCAccrued as (...a: unknown[]) => unknown)(...args), code, "asOf");
  });
  test.each([
    [[["2001-01-15"]], V, "one column"],
    [[["2001-01-15", "x"]], V, "text amount"],
    [[["2001-01-15", -1]], N, "negative"],
    [[["not a date", 1]], V, "bad date"],
    [[["2001-01-15", 1, 2]], V, "three columns"],
    [[["2001-01-15", 100]], N, "more than accrued"],
  ])("payments %j → %s (%s) naming payments", (payments, code) => {
    expectExcelError(() => seriesCAccrued(37072, payments as never), code, "payments");
  });
  test.each([
    [[["bogus", 1]], V],
    [[["dividendRate", "ten"]], V],
    [[["dividendRate", -0.1]], N],
    [[["stubDays", "weekly"]], V],
    [[["issueDate", "2001-02-30"]], V],
    [[[1, 2]], V],
    [
      [
        ["dividendRate", 0.1],
        ["dividendrate", 0.2],
      ],
      V,
    ],
  ])("terms %j → %s naming terms", (terms, code) => {
    expectExcelError(() => seriesCAccrued(37072, null as never, terms as never), code, "terms");
  });
  test("an unknown term's message names it", () => {
    expect(thrownError(() => seriesCAccrued(37072, null as never, [["bogus", 1]])).message).toMatch(/unknown term "bogus"/);
  });
  test("a result too large for Excel is #NUM!, never Infinity", () => {
    expectExcelError(() => seriesCAccrued(2958465, null as never, [["dividendRate", 1]]), N, "asOf");
  });
  test("the adapter gives the calculation's own number, per terms, with and without payments", () => {
    const days = [36523, 36525, 36526, 36891, 36892, 37072, 38717, 38718, 40000, 401768]; // issue, 1999 stub, year ends, leap years, 2999-12-31
    const rate20 = [["dividendRate", 0.2]];
    const t20 = seriesCTerms([{ name: "dividendRate", value: 0.2 }]);
    for (const day of days) {
      expect(seriesCAccrued(day)).toBe(accruedDividends(seriesCTerms(), day).toNumber());
      expect(seriesCAccrued(day, null as never, rate20)).toBe(accruedDividends(t20, day).toNumber());
    }
    expect(seriesCAccrued(37072, null as never, rate20)).not.toBe(seriesCAccrued(37072));
    const paid = seriesCAccrued(37072, [[36906, 1]]);
    expect(paid).toBe(accruedDividends(seriesCTerms(), 37072, [{ day: 36906, amount: new Dec(1), row: 1 }]).toNumber());
    expect(paid).toBeLessThan(seriesCAccrued(37072));
  });
});

describe("SERIESC_CONVPRICE adapter", () => {
  test("events range with a header row and desktop-Excel zeros in unused columns", () => {
    const ev = [
      ["date", "type", "a", "b", "c", "d"],
      [36767, "SPLIT", 1.5, 0, 0, 0],
    ]; // 2000-08-29
    expect(seriesCConvPrice("2001-01-01", ev)).toBeCloseTo(28 / 1.5, 12);
    expect(seriesCConvPrice("2000-08-28", ev)).toBe(28);
  });
  test("terms switch on the machinery: ISSUE with an initial price above the floor", () => {
    const ev = [["2002-01-01", "ISSUE", 1e6, 2e7, 1e7]];
    expect(seriesCConvPrice("2002-01-01", ev, [["initialConversionPrice", 40]])).toBeCloseTo(420 / 11, 12);
  });
  test.each([
    [[["2001-01-01", "BONUS", 1]], V],
    [[["2001-01-01", "SPLIT"]], V],
    [[["2001-01-01", "SPLIT", "two"]], V],
    [[["2001-01-01", "SPLIT", -2]], N],
    [[["2001-01-01", 7, 2]], V],
    [[["soon", "SPLIT", 2]], V],
    [[["1999-01-01", "SPLIT", 2]], N],
    [[["2001-01-01", "SPLIT", 2, 0, 0, 0, 9]], V],
    [[["2001-01-01", "EXPIRE", 9, 0, 0]], N],
  ])("events %j → %s naming events", (ev, code) => {
    expectExcelError(() => seriesCConvPrice("2002-01-01", ev as never), code, "events");
  });
  test("asOf errors name asOf", () => {
    expectExcelError(() => seriesCConvPrice(null), V, "asOf");
    expectExcelError(() => seriesCConvPrice("1999-12-28"), N, "asOf");
  });
});

describe("SERIESC_REDEMPTION adapter", () => {
  test("defaults: trigger 6A, no notice", () => {
    expect(seriesCRedemption("2006-06-30", 10)).toBeCloseTo(28 + referenceAccrued(2006, 6, 30), 9);
  });
  test("trigger words are case-insensitive and omitted middle arguments are skipped", () => {
    expect(seriesCRedemption("2002-01-01", 5, "3d", null, null as never, null as never, null as never)).toBe(84);
  });
  test.each([
    [["x", 10], V, "redemptionDate"],
    [["2006-06-30", "ten"], V, "fmv"],
    [["2006-06-30", 0], N, "fmv"],
    [["2006-06-30", -5], N, "fmv"],
    [["2006-06-30", null], V, "fmv"],
    [["2006-06-30", 10, "6B"], V, "trigger"],
    [["2006-06-30", 10, true], V, "trigger"],
    [["2005-06-30", 10, "6A"], N, "redemptionDate"],
    [["2006-06-30", 10, "6A", "bad"], V, "noticeDate"],
    [["2006-06-30", 10, "6A", "2006-06-01"], N, "redemptionDate and noticeDate"],
    [["2002-06-30", 10, "3E", "2002-01-01"], N, "redemptionDate and noticeDate"],
    [["2006-06-30", 10, "6A", null, [["2001-01-01", "NOPE", 1]]], V, "events"],
    [["2006-06-30", 10, "6A", null, null, [["2001-01-01", 0]]], N, "payments"],
    [["2006-06-30", 10, "6A", null, null, null, [["nope", 1]]], V, "terms"],
  ])("%j → %s naming %s", (args, code, arg) => {
    expectExcelError(() => (seriesCRedemption as (...a: unknown[]) => unknown)(...args), code, arg);
  });
});
