import { Dec, ZERO } from "../../calc/core/decimal";
import { OptionExchangeTerms } from "../../calc/optionExchange/terms";
import { VestInstallment, rosterVesting, scheduleOfDays } from "../../calc/optionExchange/vesting";
import { Day } from "../../calc/time/civil";
import { RosterGrant } from "../../input/roster";
import { exerciseChart } from "../charts/model/exercise";
import { ChartResult } from "../charts/model/types";
import { VestingGrant, vestingChart, vestingChartOf } from "../charts/model/vesting";
import { ChartJob, Need, guarded, needsMessage, oneStep } from "./chartJobs";
import { GrantCalculator, OPTION_EXCHANGE_LABEL, OptionExchangeField, OptionExchangeReading, OptionExchangeForm } from "./optionExchange";
import { RosterState, grantLabel } from "./roster";

/**
 * The Option exchange tab's figures, from the same inputs and per-grant
 * arithmetic (GrantCalculator) as its numbers: the value at exercise of one
 * eligible option of a chosen grant against the new ones, and the new options
 * vesting over time for the roster and for that grant.
 */
export const OPTION_EXCHANGE_CHARTS = {
  exercise: { id: "optionExchange-exercise", title: "Value at exercise: one eligible option vs the new options (Offer §1)" },
  rosterVesting: { id: "optionExchange-vesting-roster", title: "New options vested over time: the roster (Offer Q11)" },
  grantVesting: { id: "optionExchange-vesting-grant", title: "New options vested over time: one grant (Offer Q11)" },
} as const;

export type OptionExchangeChart = keyof typeof OPTION_EXCHANGE_CHARTS;

/** A grant the charts can show: read without problems, with its options and exercise price. */
export const chartable = (g: RosterGrant): boolean => g.problems.length === 0 && g.options !== undefined && g.price !== undefined;

/** The first grant the charts can show, or −1. */
export function firstChartable(grants: readonly RosterGrant[]): number {
  for (let i = 0; i < grants.length; i++) if (chartable(grants[i])) return i;
  return -1;
}

/** Grants summed per slice of the roster's vesting (a slice is a few milliseconds). */
export const VESTING_SLICE = 1000;

/** Two schedules summed per vest date (each already summed over its grants); cumulative totals recomputed. */
export function addVesting(x: readonly VestInstallment[], y: readonly VestInstallment[]): VestInstallment[] {
  const byDay = new Map<Day, Dec>();
  for (const r of [...x, ...y]) byDay.set(r.day, (byDay.get(r.day) ?? ZERO).plus(r.shares));
  return scheduleOfDays(byDay);
}

/**
 * The roster's vesting, a slice of grants at a time (rosterVesting per slice,
 * the slices' schedules added per vest date: exact, as every grant still
 * rounds on its own, Offer Q11). Grants with problems are not counted, as in
 * the totals.
 */
export function* rosterVestingSteps(
  t: OptionExchangeTerms,
  grants: readonly RosterGrant[],
  ratio: number,
  grantDay: Day,
  calc: GrantCalculator,
  slice = VESTING_SLICE,
): Generator<number, ChartResult> {
  let rows: VestInstallment[] = [];
  let count = 0;
  const batch: VestingGrant[] = [];
  yield 0;
  for (let i = 0; i < grants.length; i++) {
    const g = grants[i];
    if (g.problems.length === 0 && g.options !== undefined) {
      batch.push({ newShares: calc.newOptions(g.options, ratio), grantDay });
      count++;
    }
    if (batch.length === slice || (i === grants.length - 1 && batch.length)) {
      rows = addVesting(rows, rosterVesting(t, batch));
      batch.length = 0;
      yield i + 1;
    }
  }
  if (count === 0) return { ...OPTION_EXCHANGE_CHARTS.rosterVesting, problem: "No grant of the roster can be counted yet: fix the grants listed above." };
  return vestingChartOf(rows, { count, grantDays: [grantDay] });
}

export interface OptionExchangeChartInputs {
  reading: OptionExchangeReading;
  form: OptionExchangeForm;
  roster: RosterState;
  /** Changes whenever the roster was read again. */
  rosterVersion: number;
  /** Index in roster.grants of the grant the grant charts show, or −1. */
  grant: number;
  calc: GrantCalculator;
}

function need(x: OptionExchangeChartInputs, k: OptionExchangeField): Need {
  return { label: OPTION_EXCHANGE_LABEL[k], empty: x.form[k].trim() === "", bad: x.reading.fields[k].error !== undefined };
}

const problem = (f: OptionExchangeChart, message: string): ChartJob => ({
  key: `problem|${message}`,
  chart: { ...OPTION_EXCHANGE_CHARTS[f], problem: message },
});

const NO_ROSTER = "Paste a roster above to draw this chart.";

/** What the three figures show for these inputs (computed by the caller only when a key changed). */
export function optionExchangeCharts(x: OptionExchangeChartInputs): Record<OptionExchangeChart, ChartJob> {
  const { reading, roster, calc } = x;
  const t = calc.terms;
  const { ratio, newStrike, expiration } = reading.inputs;
  const empty = roster.grants.length === 0;
  const g = x.grant >= 0 ? roster.grants[x.grant] : undefined;
  const label = g ? grantLabel(g) : "";

  let rosterVesting: ChartJob;
  const vestNeeds = needsMessage([need(x, "ratio"), need(x, "expiration")], "the vesting chart");
  if (empty) rosterVesting = problem("rosterVesting", roster.problem ? "Fix the grant roster above to draw this chart." : NO_ROSTER);
  else if (vestNeeds) rosterVesting = problem("rosterVesting", vestNeeds);
  else {
    const [r, day, grants] = [ratio as number, expiration as Day, roster.grants];
    rosterVesting = {
      key: JSON.stringify(["roster", r, day, x.rosterVersion]),
      chart: () =>
        guarded(OPTION_EXCHANGE_CHARTS.rosterVesting.id, OPTION_EXCHANGE_CHARTS.rosterVesting.title, "Vesting", () =>
          rosterVestingSteps(t, grants, r, day, calc),
        ),
    };
  }

  let exercise: ChartJob;
  const exerciseNeeds = needsMessage([need(x, "newStrike"), need(x, "ratio")], "this chart");
  if (empty) exercise = problem("exercise", roster.problem ? "Fix the grant roster above to draw this chart." : NO_ROSTER);
  else if (!g) exercise = problem("exercise", "No grant of the roster can be shown yet: fix the grants listed above.");
  else if (exerciseNeeds) exercise = problem("exercise", exerciseNeeds);
  else {
    const [oldStrike, strike, r] = [new Dec(g.price as number), new Dec(newStrike as number), new Dec(ratio as number)];
    // Today's stock price, marked when the Stock price field holds one (a valuation input, optional here).
    const spotField = reading.fields.spot;
    const spot = spotField.error === undefined && spotField.value !== undefined && spotField.value > 0 ? spotField.value : undefined;
    exercise = {
      key: JSON.stringify(["exercise", g.price, newStrike, ratio, label, spot ?? null]),
      chart: () =>
        guarded(OPTION_EXCHANGE_CHARTS.exercise.id, OPTION_EXCHANGE_CHARTS.exercise.title, `Grant ${label}`, () =>
          oneStep(() => exerciseChart({ oldStrike, newStrike: strike, ratio: r, grant: label, ...(spot === undefined ? {} : { stockPrice: new Dec(spot) }) })),
        ),
    };
  }

  let grantVesting: ChartJob;
  if (empty) grantVesting = problem("grantVesting", roster.problem ? "Fix the grant roster above to draw this chart." : NO_ROSTER);
  else if (!g) grantVesting = problem("grantVesting", "No grant of the roster can be shown yet: fix the grants listed above.");
  else if (vestNeeds) grantVesting = problem("grantVesting", vestNeeds);
  else {
    const [r, day, options] = [ratio as number, expiration as Day, g.options as number];
    grantVesting = {
      key: JSON.stringify(["grant", r, day, options, label]),
      chart: () =>
        guarded(OPTION_EXCHANGE_CHARTS.grantVesting.id, OPTION_EXCHANGE_CHARTS.grantVesting.title, `Grant ${label}`, () =>
          oneStep(() => {
            return vestingChart(t, [{ newShares: calc.newOptions(options, r), grantDay: day }], { grant: label });
          }),
        ),
    };
  }
  return { exercise, rosterVesting, grantVesting };
}
