import { Dec } from "../../../src/calc/core/decimal";
import { optionExchangeTerms } from "../../../src/calc/optionExchange/terms";
import { checkCapital } from "../../../src/calc/seriesC/capital";
import { checkEvents } from "../../../src/calc/seriesC/events";
import { seriesCTerms } from "../../../src/calc/seriesC/terms";
import { dayFromCivil } from "../../../src/calc/time/civil";
import { dividendsChart } from "../../../src/taskpane/charts/model/dividends";
import { exerciseChart } from "../../../src/taskpane/charts/model/exercise";
import { payoffChart } from "../../../src/taskpane/charts/model/payoff";
import { ChartResult } from "../../../src/taskpane/charts/model/types";
import { vestingChart } from "../../../src/taskpane/charts/model/vesting";
import { waterfallChart } from "../../../src/taskpane/charts/model/waterfall";

/**
 * The charts the figure tests draw, from plain JSON inputs: the test page
 * (figuresPage.ts, in Chromium) and the test itself (in Node) compute the same
 * ChartData with the same code, so the page's table and plot can be compared
 * with the model's values.
 */
export type Scenario =
  | { chart: "payoff"; day: string; commonValue?: number; split?: number }
  | { chart: "dividends"; asOf: string; payments?: [string, number][] }
  | { chart: "waterfall"; day: string; capital: [string, string, number, number?, number?, number?][]; maxProceeds?: number }
  | { chart: "exercise"; oldStrike: number; newStrike: number; ratio: number; grant?: string }
  | { chart: "vesting"; sizes: number[]; grant?: string }
  | { chart: "problem"; id: string; title: string; problem: string };

const day = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromCivil(y, m, d);
};

export const CAPITAL: [string, string, number, number?, number?, number?][] = [
  ["Notes", "SENIOR", 10e6],
  ["Series C", "SERIESC", 1e6],
  ["Series D", "PARITY", 500e3, 20, 2, 1],
  ["Common", "COMMON", 10e6],
  ["Options", "OPTION", 2e6, 10],
];

export function chartOf(s: Scenario): ChartResult {
  const t = seriesCTerms();
  switch (s.chart) {
    case "payoff":
      return payoffChart({
        terms: t,
        day: day(s.day),
        events: s.split ? checkEvents(t, [{ row: 1, day: day("2000-08-29"), type: "SPLIT", a: s.split }]) : [],
        payments: [],
        commonValue: s.commonValue === undefined ? undefined : new Dec(s.commonValue),
      });
    case "dividends":
      return dividendsChart({
        terms: t,
        asOf: day(s.asOf),
        payments: (s.payments ?? []).map(([d, amount], i) => ({ row: i + 1, day: day(d), amount: new Dec(amount) })),
      });
    case "waterfall":
      return waterfallChart({
        terms: t,
        day: day(s.day),
        capital: checkCapital(s.capital.map(([name, type, quantity, a, b, c], i) => ({ row: i + 1, name, type, quantity, a, b, c }))),
        events: [],
        payments: [],
        maxProceeds: s.maxProceeds === undefined ? undefined : new Dec(s.maxProceeds),
      });
    case "exercise":
      return exerciseChart({ oldStrike: new Dec(s.oldStrike), newStrike: new Dec(s.newStrike), ratio: new Dec(s.ratio), grant: s.grant });
    case "vesting": {
      const ot = optionExchangeTerms();
      return vestingChart(
        ot,
        s.sizes.map((n) => ({ newShares: new Dec(n), grantDay: ot.expirationDate })),
        { grant: s.grant },
      );
    }
    case "problem":
      return { id: s.id, title: s.title, problem: s.problem };
  }
}
