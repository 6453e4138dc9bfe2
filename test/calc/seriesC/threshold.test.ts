import { Dec } from "../../../src/calc/core/decimal";
import { Day, weekday } from "../../../src/calc/time/civil";
import { keyDates, mandatoryConversionDate } from "../../../src/calc/seriesC/keyDates";
import { ClosingPrice, marketThresholdDate, marketThresholdMet, thresholdDays } from "../../../src/calc/seriesC/threshold";
import { D, evts, terms } from "./fixtures";

const t = terms();

/** `count` weekdays from `start` on (the rows are the trading days). */
function tradingDays(start: Day, count: number): Day[] {
  const out: Day[] = [];
  for (let d = start; out.length < count; d++) if (weekday(d) !== 0 && weekday(d) !== 6) out.push(d);
  return out;
}
const rows = (days: Day[], close: (i: number, d: Day) => number): ClosingPrice[] => days.map((day, i) => ({ row: i + 1, day, close: new Dec(close(i, day)) }));

describe("Cert §12 Market Threshold: 20 consecutive trading days strictly above 2.0 × LV", () => {
  // 30 trading days from 2001-03-01; days 5..24 (20 rows) close at 56.01, others at 50
  const days = tradingDays(D(2001, 3, 1), 30);
  const prices = rows(days, (i) => (i >= 5 && i < 25 ? 56.01 : 50));
  const end = days[24]; // 20th day of the run

  test("the threshold date is the 20th day of the run", () => {
    expect(marketThresholdDate(t, prices, [])).toBe(end);
  });
  test("the run must end within the 60 days before the notice: notice − 60 ≤ end ≤ notice − 1", () => {
    expect(marketThresholdMet(t, prices, end, [])).toBe(false); // ending on the notice date is not "preceding"
    expect(marketThresholdMet(t, prices, end + 1, [])).toBe(true);
    expect(marketThresholdMet(t, prices, end + 60, [])).toBe(true);
    expect(marketThresholdMet(t, prices, end + 61, [])).toBe(false);
  });
  test("a longer run whose later days fall in the window counts", () => {
    const long = rows(tradingDays(D(2001, 3, 1), 40), () => 60);
    const last = long[39].day;
    expect(marketThresholdMet(t, long, last + 60, [])).toBe(true);
  });
  test("a close equal to the threshold does not exceed it: a single day breaks the run", () => {
    const broken = rows(days, (i) => (i === 15 ? 56 : i >= 5 && i < 25 ? 56.01 : 50));
    expect(marketThresholdDate(t, broken, [])).toBeUndefined();
    expect(marketThresholdMet(t, broken, end + 1, [])).toBe(false);
    // 19 days are not enough either
    expect(
      marketThresholdDate(
        t,
        rows(days, (i) => (i >= 5 && i < 24 ? 57 : 50)),
        [],
      ),
    ).toBeUndefined();
  });
  test("rows in any order give the same answer", () => {
    const shuffled = [...prices].reverse();
    expect(marketThresholdDate(t, shuffled, [])).toBe(end);
    expect(marketThresholdMet(t, shuffled, end + 1, [])).toBe(true);
  });
  test("two rows for one date are an error; a price of 0 too", () => {
    const dup = [...prices, { row: 31, day: days[3], close: new Dec(51) }];
    expect(() => marketThresholdDate(t, dup, [])).toThrow(/^prices: rows 4 and 31 both give a closing price for/);
    expect(() => marketThresholdDate(t, [{ row: 1, day: days[0], close: new Dec(0) }], [])).toThrow(/^prices: row 1/);
  });
  test("a split inside the window lowers the threshold from that day: 56 → 37.33 after the 3-for-2 split of 2000-08-29", () => {
    const ev = evts(t, [{ day: D(2000, 8, 29), type: "SPLIT", a: 1.5 }]);
    const split = tradingDays(D(2000, 8, 1), 45);
    const p = rows(split, () => 40); // above 37.33, below 56
    const detail = thresholdDays(t, p, ev);
    const before = detail.find((x) => x.price.day === D(2000, 8, 28));
    const on = detail.find((x) => x.price.day === D(2000, 8, 29));
    expect(before?.threshold.toNumber()).toBe(56);
    expect(on?.threshold.toNumber()).toBeCloseTo(56 / 1.5, 12);
    expect(before?.above).toBe(false);
    const firstAbove = split.indexOf(D(2000, 8, 29));
    expect(marketThresholdDate(t, p, ev)).toBe(split[firstAbove + 19]);
    expect(marketThresholdDate(t, p, [])).toBeUndefined();
  });
  test("a stock dividend scales the threshold by outstanding / (outstanding + dividend shares)", () => {
    const ev = evts(t, [{ day: D(2001, 1, 2), type: "STOCKDIV", a: 100, b: 25 }]);
    const p = rows(tradingDays(D(2001, 1, 2), 1), () => 50);
    expect(thresholdDays(t, p, ev)[0].threshold.toNumber()).toBeCloseTo(56 * (100 / 125), 12);
    expect(thresholdDays(t, p, ev)[0].above).toBe(true);
  });
  test("a Saturday or Sunday row is #VALUE! naming the row (the rows are trading days)", () => {
    const sat = D(2001, 3, 3); // 2001-03-03 was a Saturday, 2001-03-04 a Sunday
    expect(weekday(sat)).toBe(6);
    const p = [...rows(tradingDays(D(2001, 3, 1), 2), () => 50), { row: 3, day: sat, close: new Dec(50) }];
    expect(() => marketThresholdDate(t, p, [])).toThrow("prices: row 3: 2001-03-03 is a Saturday, not a trading day; give one row per trading day");
    expect(() => marketThresholdDate(t, [{ row: 7, day: sat + 1, close: new Dec(50) }], [])).toThrow(/^prices: row 7: 2001-03-04 is a Sunday/);
    try {
      marketThresholdDate(t, p, []);
    } catch (e) {
      expect((e as { code: string }).code).toBe("value");
    }
  });
  test("term pricesSplitAdjusted: closes already on today's basis are compared with 2.0 × LV × every factor of the table", () => {
    // A 3-for-2 split on 2000-08-29 and a 2-for-1 on 2001-02-01: today's threshold 56 / 1.5 / 2 = 18.67 on every day,
    // including days before either split; unadjusted closes (the default) see 56, 37.33 and 18.67 by date.
    const ev = evts(t, [
      { day: D(2000, 8, 29), type: "SPLIT", a: 1.5 },
      { day: D(2001, 2, 1), type: "SPLIT", a: 2 },
    ]);
    const p = rows([D(2000, 8, 28), D(2000, 8, 29), D(2001, 2, 1)], () => 20);
    const adjusted = terms({ pricesSplitAdjusted: true });
    expect(thresholdDays(adjusted, p, ev).map((d) => d.threshold.toNumber())).toEqual(
      [56 / 1.5 / 2, 56 / 1.5 / 2, 56 / 1.5 / 2].map((x) => expect.closeTo(x, 12)),
    );
    expect(thresholdDays(adjusted, p, ev).map((d) => d.above)).toEqual([true, true, true]);
    expect(thresholdDays(t, p, ev).map((d) => d.threshold.toNumber())).toEqual([56, 56 / 1.5, 56 / 1.5 / 2].map((x) => expect.closeTo(x, 12)));
    expect(thresholdDays(t, p, ev).map((d) => d.above)).toEqual([false, false, true]);
    // without events both readings agree
    expect(thresholdDays(adjusted, p, [])[0].threshold.toNumber()).toBe(56);
  });
  test("no prices: never achieved", () => {
    expect(marketThresholdDate(t, [], [])).toBeUndefined();
    expect(marketThresholdMet(t, [], D(2002, 1, 1), [])).toBe(false);
  });
});

describe("Cert §5(b)(1) Mandatory Conversion date and the key dates", () => {
  test("issue + 386 days = 2001-01-18, or an earlier demand date", () => {
    expect(mandatoryConversionDate(t)).toBe(D(2001, 1, 18));
    expect(mandatoryConversionDate(t, D(2000, 6, 1))).toBe(D(2000, 6, 1));
    expect(mandatoryConversionDate(t, D(2001, 1, 18))).toBe(D(2001, 1, 18));
    expect(mandatoryConversionDate(t, D(2001, 1, 19))).toBe(D(2001, 1, 18));
    expect(() => mandatoryConversionDate(t, D(1999, 12, 1))).toThrow(/^demandDate: /);
  });
  test("the documents' own figures (docs/conventions.md)", () => {
    expect(keyDates(t).map((k) => k.day)).toEqual([D(1999, 12, 29), D(2000, 12, 29), D(2001, 1, 18), D(2001, 6, 29), D(2002, 6, 29), D(2005, 12, 29)]);
    expect(keyDates(t)[5].label).toMatch(/^sixth anniversary/);
  });
  test("terms move them: an issue date of 2000-02-29 gives EDATE-clamped anniversaries", () => {
    const k = keyDates(terms({ issueDate: "2000-02-29" })).map((x) => x.day);
    expect(k[1]).toBe(D(2001, 2, 28));
    expect(k[2]).toBe(D(2000, 2, 29) + 386);
    expect(k[4]).toBe(D(2002, 8, 29));
  });
});
