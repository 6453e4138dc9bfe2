import { Dec, ZERO } from "../../../calc/core/decimal";
import { OptionExchangeTerms } from "../../../calc/optionExchange/terms";
import { vestingSchedule } from "../../../calc/optionExchange/vesting";
import { Day } from "../../../calc/time/civil";
import { date, shares } from "./format";
import { dataTable, tableRows } from "./table";
import { ChartData, Series } from "./types";

export interface VestingGrant {
  /** New options granted (Offer §1, Q7: per grant, rounded down). */
  newShares: Dec;
  /** The new options' grant date (the expiration date for every exchanged grant, Offer Q8). */
  grantDay: Day;
}

export interface VestingChartOptions {
  /** "roster" (every grant) or one grant's id. */
  grant?: string;
}

/**
 * Cumulative new options vested over time (OPTEX_SCHEDULE, Offer Q11,
 * Agreement §5A) for a roster or one grant. The roster's curve is summed per
 * vest date, not per grant per day: grants of the same size and grant date
 * share one schedule (computed once), so 50,000 grants cost one schedule per
 * distinct size. Vesting happens on the anniversaries only: a step chart.
 */
export function vestingChart(t: OptionExchangeTerms, grants: readonly VestingGrant[], options: VestingChartOptions = {}): ChartData {
  // grant date → new options → how many grants
  const groups = new Map<Day, Map<string, { shares: Dec; count: number }>>();
  for (const g of grants) {
    let bySize = groups.get(g.grantDay);
    if (!bySize) groups.set(g.grantDay, (bySize = new Map()));
    const k = g.newShares.toString();
    const e = bySize.get(k);
    if (e) e.count++;
    else bySize.set(k, { shares: g.newShares, count: 1 });
  }
  const vesting = new Map<Day, Dec>();
  for (const [grantDay, bySize] of groups) {
    vesting.set(grantDay, vesting.get(grantDay) ?? ZERO);
    for (const { shares: n, count } of bySize.values()) {
      for (const row of vestingSchedule(t, n, grantDay)) vesting.set(row.day, (vesting.get(row.day) ?? ZERO).plus(row.shares.times(count)));
    }
  }
  const days = [...vesting.keys()].sort((a, b) => a - b);
  let cumulative = ZERO;
  const increments = days.map((d) => vesting.get(d) as Dec);
  const totals = increments.map((v) => (cumulative = cumulative.plus(v)));
  const xs = days.map((d) => new Dec(d));
  const series: Series[] = [
    { id: "cumulative", label: "Cumulative new options vested", values: totals },
    { id: "vesting", label: "New options vesting that day", values: increments },
  ];
  const roster = options.grant === undefined;
  const who = roster ? `${grants.length.toLocaleString("en-US")} grant${grants.length === 1 ? "" : "s"}` : `grant ${options.grant}`;
  const steps = days.map((d, i) => ({ d, total: totals[i] })).filter((_, i) => increments[i].gt(0));
  const summary =
    steps.length === 0
      ? `No new options vest for ${who}.`
      : `For ${who}, ${steps.map((s) => `${shares(s.total)} are vested by ${date(s.d)}`).join(", ")}${steps.length > 1 ? " (all of them)" : ""}.`;
  const x = { label: "Date", kind: "date" as const };
  const y = { label: "New options", kind: "shares" as const };
  return {
    id: roster ? "optex-vesting-roster" : "optex-vesting-grant",
    title: roster ? `New options vested over time: the roster (${who})` : `New options vested over time: grant ${options.grant}`,
    x,
    y,
    xs,
    series: series.slice(0, 1),
    stacked: false,
    stepped: true,
    marks: [],
    summary,
    table: dataTable(x.label, x.kind, y.kind, xs, series, tableRows(xs.length, [])),
  };
}
