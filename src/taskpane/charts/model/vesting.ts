import { Dec, ZERO } from "../../../calc/core/decimal";
import { OptionExchangeTerms } from "../../../calc/optionExchange/terms";
import { VestInstallment, rosterVesting } from "../../../calc/optionExchange/vesting";
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
 * Agreement §5A) for a roster or one grant: summed per vest date
 * (rosterVesting), never per grant per day. Vesting happens on the
 * anniversaries only: a step chart.
 */
export function vestingChart(t: OptionExchangeTerms, grants: readonly VestingGrant[], options: VestingChartOptions = {}): ChartData {
  return vestingChartOf(rosterVesting(t, grants), { count: grants.length, grantDays: [...new Set(grants.map((g) => g.grantDay))] }, options);
}

/** What vestingChart needs of the grants besides their schedule summed per vest date (rosterVesting). */
export interface VestingRoster {
  /** Grants counted. */
  count: number;
  /** Their grant dates, each once. */
  grantDays: readonly Day[];
}

/**
 * The vesting chart from the schedule already summed per vest date (a
 * roster's rosterVesting, which the pane adds up a slice of grants at a time).
 */
export function vestingChartOf(rows: readonly VestInstallment[], roster: VestingRoster, options: VestingChartOptions = {}): ChartData {
  // a step from 0 on each grant date with nothing vesting yet
  const vestDays = new Set(rows.map((r) => r.day));
  const grantDays = roster.grantDays.filter((d) => !vestDays.has(d));
  const points = [...rows.map((r) => ({ day: r.day, shares: r.shares })), ...grantDays.map((day) => ({ day, shares: ZERO }))].sort((a, b) => a.day - b.day);
  let cumulative = ZERO;
  const days = points.map((p) => p.day);
  const increments = points.map((p) => p.shares);
  const totals = increments.map((v) => (cumulative = cumulative.plus(v)));
  const xs = days.map((d) => new Dec(d));
  const series: Series[] = [
    { id: "cumulative", label: "Cumulative new options vested", values: totals },
    { id: "vesting", label: "New options vesting that day", values: increments },
  ];
  const isRoster = options.grant === undefined;
  const who = isRoster ? `${roster.count.toLocaleString("en-US")} grant${roster.count === 1 ? "" : "s"}` : `grant ${options.grant}`;
  const steps = days.map((d, i) => ({ d, total: totals[i] })).filter((_, i) => increments[i].gt(0));
  const summary =
    steps.length === 0
      ? `No new options vest for ${who}.`
      : `For ${who}, ${steps.map((s) => `${shares(s.total)} are vested by ${date(s.d)}`).join(", ")}${steps.length > 1 ? " (all of them)" : ""}.`;
  const x = { label: "Date", kind: "date" as const };
  const y = { label: "New options", kind: "shares" as const };
  return {
    id: isRoster ? "optionExchange-vesting-roster" : "optionExchange-vesting-grant",
    title: isRoster ? `New options vested over time: the roster (${who})` : `New options vested over time: grant ${options.grant}`,
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
