import { Dec } from "../../../src/calc/core/decimal";
import { optionExchangeTerms } from "../../../src/calc/optionExchange/terms";
import { dividendsChart } from "../../../src/taskpane/charts/model/dividends";
import { exerciseChart } from "../../../src/taskpane/charts/model/exercise";
import { Rect, dateTicks, overlaps, placeMarkLabels } from "../../../src/taskpane/charts/model/labels";
import { payoffChart } from "../../../src/taskpane/charts/model/payoff";
import { ChartData } from "../../../src/taskpane/charts/model/types";
import { vestingChart } from "../../../src/taskpane/charts/model/vesting";
import { TICK_OVERHANG, labelLayout } from "../../../src/taskpane/charts/view/plot";
import { D, pay, terms } from "../../calc/seriesC/fixtures";
import { chart as waterfall } from "./exampleWaterfall";

/**
 * The plot's text at pane widths: the x axis' tick labels and the marks' labels never overlap and stay
 * inside the plot. The plot draws on a canvas, so the layout it draws (plot.ts labelLayout: the same
 * scales, ticks and placement) is checked here with text measured generously (wider than Segoe UI's
 * 12 px digits and capitals); the browser test (test/e2e/paneFigures.test.ts) checks what the pane drew.
 */
const tickWidth = (s: string) => 7.5 * s.length;
const markWidth = (s: string) => 7 * s.length;

/** Plot areas of the figures in a pane 320 px wide (about 190 px after the y axis) to 500 px (about 370 px), and around. */
const WIDTHS = [150, 190, 230, 280, 330, 370, 420];
const heightOf = (w: number) => Math.round(Math.min(320, Math.max(200, (w + 80) * 0.7))) - 60;

const t = terms();
const CHARTS: [string, ChartData][] = [
  ["payoff on 2001-06-30, the common value entered $10", payoffChart({ terms: t, day: D(2001, 6, 30), events: [], payments: [], commonValue: new Dec(10) })],
  [
    "payoff with the entered value beside the conversion point and the cap",
    payoffChart({ terms: t, day: D(2001, 6, 30), events: [], payments: [], commonValue: new Dec(29) }),
  ],
  ["payoff after the window (no cap)", payoffChart({ terms: t, day: D(2003, 6, 30), events: [], payments: [], commonValue: new Dec(30) })],
  ["dividends to 2001-06-30", dividendsChart({ terms: t, asOf: D(2001, 6, 30), payments: [] })],
  ["dividends to 2012-03-31, one payment", dividendsChart({ terms: t, asOf: D(2012, 3, 31), payments: [pay(1, 2000, 12, 31, 2.8)] })],
  ["dividends as of the day after the 30 months", dividendsChart({ terms: t, asOf: D(2002, 7, 30), payments: [] })],
  [
    "value at exercise, the stock price beside the break-even",
    exerciseChart({ oldStrike: new Dec(25), newStrike: new Dec("4.5"), ratio: new Dec("0.75"), stockPrice: new Dec(87) }),
  ],
  [
    "value at exercise, the stock price below both strikes",
    exerciseChart({ oldStrike: new Dec(12.5), newStrike: new Dec("4.5"), ratio: new Dec("0.75"), stockPrice: new Dec(2) }),
  ],
  ["exit waterfall of the example capital", waterfall],
  [
    "vesting of one grant",
    vestingChart(optionExchangeTerms(), [{ newShares: new Dec(750), grantDay: optionExchangeTerms().expirationDate }], { grant: "1001" }),
  ],
];

const pairs = <T>(xs: readonly T[]): [T, T][] => xs.flatMap((a, i) => xs.slice(i + 1).map((b): [T, T] => [a, b]));
const text = (r: Rect) => `${r.x.toFixed(1)},${r.y.toFixed(1)} ${r.w.toFixed(1)}×${r.h}`;

describe.each(CHARTS)("%s", (_name, chart) => {
  test.each(WIDTHS)("at a plot %i px wide: tick labels apart and under the plot, mark labels placed, none overlapping another or leaving the plot", (width) => {
    const height = heightOf(width);
    const { ticks, marks } = labelLayout(chart, width, height, tickWidth, markWidth);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const r of ticks) expect([text(r), r.x >= -TICK_OVERHANG && r.x + r.w <= width + TICK_OVERHANG]).toEqual([text(r), true]);
    for (const [a, b] of pairs(ticks)) expect([text(a), text(b), a.x + a.w + 10 <= b.x]).toEqual([text(a), text(b), true]);
    expect(marks.every((r) => r !== null)).toBe(true); // every mark of these charts is on the plot
    const placed = marks as Rect[];
    for (const r of placed) expect([text(r), r.x >= 0 && r.y >= 0 && r.x + r.w <= width && r.y + r.h <= height]).toEqual([text(r), true]);
    for (const [a, b] of pairs(placed)) expect([text(a), text(b), overlaps(a, b)]).toEqual([text(a), text(b), false]);
  });
});

describe("dates on the x axis by width", () => {
  const sec = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 1000;
  test("a narrow plot shows years, a wide one months; each its own format; fewer ticks as the plot narrows", () => {
    const [from, to] = [sec(1999, 12, 29), sec(2002, 6, 29)];
    const wide = dateTicks(from, to, 1200, tickWidth, TICK_OVERHANG);
    const narrow = dateTicks(from, to, 190, tickWidth, TICK_OVERHANG);
    expect(wide.labels.every((l) => /^\d{4}-\d{2}$/.test(l))).toBe(true);
    expect(narrow.labels).toEqual(["2000", "2001", "2002"]);
    expect(narrow.splits).toEqual([sec(2000, 1, 1), sec(2001, 1, 1), sec(2002, 1, 1)]);
    const counts = [1200, 600, 370, 190, 120].map((w) => dateTicks(from, to, w, tickWidth, TICK_OVERHANG).splits.length);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });
  test("decades: steps of 2, 5 or 10 years, on round years", () => {
    const ticks = dateTicks(sec(1999, 12, 29), sec(2030, 6, 1), 190, tickWidth, TICK_OVERHANG);
    const years = ticks.labels.map(Number);
    expect(years.length).toBeGreaterThanOrEqual(2);
    const step = years[1] - years[0];
    expect([2, 5, 10]).toContain(step);
    for (const y of years) expect(y % step).toBe(0);
  });
});

describe("mark labels that would collide", () => {
  test("two vertical lines 4 px apart near the left edge: the second label goes to the next row", () => {
    const [a, b] = placeMarkLabels(
      [
        { axis: "x", pos: 10, w: 80, h: 13 },
        { axis: "x", pos: 14, w: 80, h: 13 },
      ],
      300,
      200,
    ) as Rect[];
    expect(overlaps(a, b)).toBe(false);
    expect(b.y).toBeGreaterThan(a.y);
  });
  test("a horizontal line's label at the top right keeps its place; a vertical line's label there moves down", () => {
    const [h, v] = placeMarkLabels(
      [
        { axis: "y", pos: 2, w: 120, h: 13 },
        { axis: "x", pos: 200, w: 60, h: 13 },
      ],
      300,
      200,
    ) as Rect[];
    expect(h.x + h.w).toBeGreaterThan(250);
    expect(overlaps(h, v)).toBe(false);
  });
  test("a mark off the plot has no label", () => {
    expect(placeMarkLabels([{ axis: "x", pos: 400, w: 50, h: 13 }], 300, 200)).toEqual([null]);
  });
});
