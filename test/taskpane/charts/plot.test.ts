import { Dec } from "../../../src/calc/core/decimal";
import { optionExchangeTerms } from "../../../src/calc/optionExchange/terms";
import { vestingChart } from "../../../src/taskpane/charts/model/vesting";
import { STEP_HOLD, plotData, tickLabel } from "../../../src/taskpane/charts/view/plot";

describe("what the plot draws (plotData)", () => {
  test("a stepped chart holds its last level past its last point: one more x, the last values again", () => {
    const t = optionExchangeTerms();
    const c = vestingChart(t, [{ newShares: new Dec(1000), grantDay: t.expirationDate }], { grant: "1001" });
    const [xs, cumulative] = plotData(c) as number[][];
    const seconds = c.xs.map((d) => (d.toNumber() - 25569) * 86400); // Day → Unix seconds
    expect(xs.slice(0, -1)).toEqual(seconds);
    const span = seconds[seconds.length - 1] - seconds[0];
    expect(xs[xs.length - 1]).toBe(seconds[seconds.length - 1] + span * STEP_HOLD); // 3 years × 10 % > a month
    expect(cumulative).toEqual([0, 333, 666, 1000, 1000]);
  });
});

describe("tick labels", () => {
  test("short forms of the pane's formats: $ with cents when there are cents, K/M/B for large amounts, years for dates", () => {
    expect(["perShare", "money"].map((k) => tickLabel(k as "money", 7.5, false))).toEqual(["$7.50", "$7.50"]);
    expect(tickLabel("money", 2.25, false)).toBe("$2.25");
    expect(tickLabel("money", 100, false)).toBe("$100");
    expect(tickLabel("money", 5, false, true)).toBe("$5.00"); // beside ticks with cents
    expect(tickLabel("money", 600e6, false)).toBe("$600M");
    expect(tickLabel("shares", 2500, false)).toBe("2,500");
    expect(tickLabel("date", Date.UTC(2002, 0, 1) / 1000, true)).toBe("2002");
  });
});
