import { Dec } from "../../../src/calc/core/decimal";
import { distributeExit, prepareExit } from "../../../src/calc/seriesC/exit";
import { D, refAccrued } from "../../calc/seriesC/fixtures";
import { checkCapital } from "../../../src/calc/seriesC/capital";
import { exitPoints, waterfallChart } from "../../../src/taskpane/charts/model/waterfall";
import { exitBreakpoints } from "../../../src/calc/seriesC/exitBreakpoints";
import { indexOf, pointsUpTo } from "../../../src/taskpane/charts/model/samples";
import { capital, chart, day, t } from "./exampleWaterfall";
import { expectNear } from "./support";

describe("exit waterfall chart (Cert §4(a), (c))", () => {
  test("one stacked series per capital row, named as in the table; the amounts add up to the exit value at every point", () => {
    expect(chart.stacked).toBe(true);
    expect(chart.series.map((s) => s.label)).toEqual(["Notes", "Series C", "Series D", "Common", "Options"]);
    chart.xs.forEach((x, i) => {
      const total = chart.series.reduce((s, ser) => s.plus(ser.values[i] as Dec), new Dec(0));
      expect(total.minus(x).abs().toNumber()).toBeLessThan(1e-20 * Math.max(1, x.toNumber()));
    });
  });

  test("the Series C converts above 10M + 1M × A + (10.5M × $28 + 2M × ($28 − $10)) (worked by hand)", () => {
    // A = $28 + accrued (above the Minimum Dividend); the Series D (threshold (20 + 2) / 1 = $22) has converted;
    // at p = $28 the pool is 10M common + 0.5M Series D shares at $28 and 2M options worth $18 each.
    const a = 28 + refAccrued(2001, 12, 31);
    const hand = 10e6 + 1e6 * a + 10.5e6 * 28 + 2e6 * 18;
    // The switch is a breakpoint: a point of the chart and a numbered mark.
    const mark = chart.marks.find((m) => Math.abs(m.at.toNumber() - hand) < 1e-6 * hand)!;
    expectNear(mark.at, hand, "switch");
    expect(chart.xs.some((x) => x.eq(mark.at))).toBe(true);
    expect(chart.summary).toContain(
      `takes its preference up to an exit value of $${hand.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })} and converts above it`,
    );
    expect(chart.summary).toContain("Senior claims of $10,000,000.00 are paid first.");
  });

  test("every breakpoint is a point: between two points every amount is the straight line (midpoints checked with SERIESC_EXIT's calc)", () => {
    const m = prepareExit(t, { day, capital, events: [], payments: [] });
    for (let i = 1; i < chart.xs.length; i++) {
      const x = chart.xs[i - 1].plus(chart.xs[i]).div(2);
      const rows = distributeExit(m, x).rows;
      chart.series.forEach((s, k) => {
        const line = (s.values[i - 1] as Dec).plus(s.values[i] as Dec).div(2);
        expect(rows[k].amount.minus(line).abs().toNumber()).toBeLessThan(1e-18 * x.toNumber());
      });
    }
  });

  test("a richer table (two seniors, a non-convertible class, two option strikes, the Qualified Return cap): still straight between points", () => {
    const rich = checkCapital(
      [
        ["Bank", "SENIOR", 5e6],
        ["Notes", "SENIOR", 3e6],
        ["Series C", "SERIESC", 2e6],
        ["Series X", "PARITY", 1e6, 10, 1, 0.5],
        ["Series Y", "PARITY", 3e5, 15, 0, 0],
        ["Common", "COMMON", 20e6],
        ["Options $5", "OPTION", 1e6, 5],
        ["Options $40", "OPTION", 5e5, 40],
      ].map(([name, type, quantity, a, b, c], i) => ({
        row: i + 1,
        name: name as string,
        type: type as string,
        quantity: quantity as number,
        a: a as number,
        b: b as number,
        c: c as number,
      })),
    );
    const d = D(2002, 3, 31); // inside the 30-month window: the Series C's conversion is capped at the Qualified Return
    const c = waterfallChart({ terms: t, day: d, capital: rich, events: [], payments: [] });
    const m = prepareExit(t, { day: d, capital: rich, events: [], payments: [] });
    for (let i = 1; i < c.xs.length; i++) {
      const x = c.xs[i - 1].plus(c.xs[i]).div(2);
      const rows = distributeExit(m, x).rows;
      c.series.forEach((s, k) => {
        const line = (s.values[i - 1] as Dec).plus(s.values[i] as Dec).div(2);
        expect(rows[k].amount.minus(line).abs().toNumber()).toBeLessThan(1e-18 * x.toNumber());
      });
    }
    expect(c.summary).toContain("Senior claims of $8,000,000.00 are paid first.");
  });

  test("the points are $0, the breakpoints (SERIESC_BREAKPOINTS' calc), the midpoints between them and the right end: no round grid", () => {
    const m = prepareExit(t, { day, capital, events: [], payments: [] });
    const kinks = exitBreakpoints(m);
    const max = chart.xs[chart.xs.length - 1];
    // Two breakpoints the same but for the 40th digit (two routes to one kink) are one point.
    const ends = pointsUpTo(
      max,
      [new Dec(0)],
      kinks.map((b) => b.proceeds),
      [max],
    );
    for (const b of kinks) expect(indexOf(chart.xs, b.proceeds)).toBeGreaterThanOrEqual(0);
    expect(chart.xs.map(String)).toEqual(ends.flatMap((x, k) => (k ? [ends[k - 1].plus(x).div(2), x] : [x])).map(String));
    // Each breakpoint a numbered mark, its sentence among the key points.
    expect(chart.marks.map((mk) => [mk.at.toString(), mk.label.split(":")[0]])).toEqual(kinks.map((b, k) => [b.proceeds.toString(), String(k + 1)]));
    expect(chart.summary).toContain(`Breakpoints (numbered on the chart): 1. $10,000,000.00, ${kinks[0].events.join("; ")}`);
    expect(exitPoints([new Dec(4), new Dec(2)], new Dec(3)).map(String)).toEqual(["0", "1", "2", "2.5", "3"]);
  });

  test("the data table reads at the breakpoints, in $ with cents", () => {
    expect(chart.table.header[0]).toBe("Exit value (total distributed)");
    expect(chart.table.rows.map((r) => r[0])).toContain("$10,000,000.00");
    expect(chart.table.rows.length).toBeLessThanOrEqual(24);
    // a note only when some points plotted are left out of the table
    if (chart.xs.length > chart.table.rows.length) expect(chart.table.note).toMatch(/^The table lists \d+ of the \d+ points plotted/);
    else expect(chart.table.note).toBeUndefined();
  });
});
