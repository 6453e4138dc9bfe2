import { Dec } from "../../../src/calc/core/decimal";
import { exerciseValue } from "../../../src/calc/optionExchange/breakeven";
import { exerciseChart } from "../../../src/taskpane/charts/model/exercise";
import { values } from "./support";

describe("value at exercise: one eligible option vs 0.75 new options (Offer §1)", () => {
  const chart = exerciseChart({ oldStrike: new Dec(25), newStrike: new Dec("0.34"), ratio: new Dec("0.75"), grant: "1001" });

  test("break-even (25 − 0.75 × 0.34) / (1 − 0.75) = $98.98 is a marked point where both values are $73.98", () => {
    expect(chart.marks).toEqual([{ axis: "x", at: new Dec("98.98"), label: "break-even $98.98" }]);
    const i = chart.xs.findIndex((x) => x.eq("98.98"));
    expect(values(chart, "old")[i].toString()).toBe("73.98"); // 98.98 − 25
    expect(values(chart, "new")[i].toString()).toBe("73.98"); // 0.75 × (98.98 − 0.34)
    expect(chart.summary).toBe("Below a stock price of $98.98 the 0.75 new options are worth more at exercise; above it the eligible option is (Offer §1).");
  });

  test("values are max(0, S − 25) and 0.75 × max(0, S − 0.34) at every point; both strikes are points (the kinks)", () => {
    for (const k of ["25", "0.34"]) expect(chart.xs.some((x) => x.eq(k))).toBe(true);
    chart.xs.forEach((s, i) => {
      const S = s.toNumber();
      expect(values(chart, "old")[i].toNumber()).toBeCloseTo(Math.max(0, S - 25), 12);
      expect(values(chart, "new")[i].toNumber()).toBeCloseTo(0.75 * Math.max(0, S - 0.34), 12);
    });
    expect(chart.title).toBe("Value at exercise: one eligible option of grant 1001 vs 0.75 new options");
  });

  test("exerciseValue: options × the gain, 0 below water", () => {
    expect(exerciseValue(new Dec("0.75"), new Dec(10), new Dec(14)).toString()).toBe("3");
    expect(exerciseValue(new Dec(1), new Dec(10), new Dec(9)).toString()).toBe("0");
  });

  test("a new price not below the old one: no break-even, the summary says why", () => {
    const none = exerciseChart({ oldStrike: new Dec(5), newStrike: new Dec(6), ratio: new Dec("0.75") });
    expect(none.marks).toEqual([]);
    expect(none.summary).toContain("is not below the old $5.00: the eligible option is never worth less at exercise, and there is no break-even price");
  });

  test("today's stock price: a point of both lines, marked and said; the range reaches past it", () => {
    const withSpot = exerciseChart({ oldStrike: new Dec(25), newStrike: new Dec("0.34"), ratio: new Dec("0.75"), stockPrice: new Dec("130") });
    expect(withSpot.marks).toEqual([
      { axis: "x", at: new Dec("98.98"), label: "break-even $98.98" },
      { axis: "x", at: new Dec("130"), label: "stock price $130.00" },
    ]);
    const i = withSpot.xs.findIndex((x) => x.eq(130));
    expect([values(withSpot, "old")[i].toString(), values(withSpot, "new")[i].toString()]).toEqual(["105", "97.245"]); // 130 − 25; 0.75 × (130 − 0.34)
    expect(withSpot.summary).toContain("At the stock price of $130.00 the eligible option is worth $105.00 at exercise and the 0.75 new options $97.245.");
    expect(withSpot.xs[withSpot.xs.length - 1].gt(130)).toBe(true);
    expect(() => exerciseChart({ oldStrike: new Dec(25), newStrike: new Dec(1), ratio: new Dec("0.75"), stockPrice: new Dec(0) })).toThrow(/stockPrice/);
  });
});
