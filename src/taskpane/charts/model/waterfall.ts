import { Dec, ZERO, maxDec } from "../../../calc/core/decimal";
import { CapitalRow } from "../../../calc/seriesC/capital";
import { capitalTreatment } from "../../../calc/seriesC/capitalTypes";
import { CorporateEvent } from "../../../calc/seriesC/events";
import { ExitModel, distributeExit, prepareExit } from "../../../calc/seriesC/exit";
import { ExitBreakpoint, exitBreakpoints as exitKinks } from "../../../calc/seriesC/exitBreakpoints";
import { Payment } from "../../../calc/seriesC/payments";
import { SeriesCTerms } from "../../../calc/seriesC/terms";
import { Day } from "../../../calc/time/civil";
import { date, money, shortMoney } from "./format";
import { indexOf, pointsUpTo } from "./samples";
import { dataTable, tableRows } from "./table";
import { runSteps } from "./steps";
import { ChartData, Mark, Series } from "./types";

export interface WaterfallInput {
  terms: SeriesCTerms;
  /** Date of the liquidation or Sale of the Company. */
  day: Day;
  capital: readonly CapitalRow[];
  events: readonly CorporateEvent[];
  payments: readonly Payment[];
  /** Right end of the range of exit values (default: twice the last breakpoint, as SERIESC_EXIT_TABLE without proceeds). */
  maxProceeds?: Dec;
  /** The waterfall of these inputs and its breakpoints as the pane keeps them (model/exit.ts), when it does: found once for the list and the chart. */
  prepared?: { model(): ExitModel; breakpoints(m: ExitModel): ExitBreakpoint[] };
}

/** The exit values at which the distribution changes slope (SERIESC_BREAKPOINTS' calc, calc/seriesC/exitBreakpoints.ts). */
export function exitBreakpoints(m: ExitModel): Dec[] {
  return exitKinks(m).map((b) => b.proceeds);
}

/**
 * The chart's exit values: $0, every breakpoint up to `max`, the point halfway
 * between each two (for reading: each amount is a straight line there), and
 * `max`. No round grid: the straight lines drawn between them are the
 * waterfall itself, exact at every kink.
 */
export function exitPoints(breakpoints: readonly Dec[], max: Dec): Dec[] {
  const kinks = pointsUpTo(max, [ZERO], breakpoints, [max]);
  const out: Dec[] = [];
  kinks.forEach((x, k) => {
    if (k > 0) out.push(kinks[k - 1].plus(x).div(2));
    out.push(x);
  });
  return out;
}

/**
 * What each row of the capital table receives (SERIESC_EXIT_TABLE, Cert
 * §4(a), (c)) over a range of exit values, stacked in the table's order.
 */
export function waterfallChart(input: WaterfallInput): ChartData {
  return runSteps(waterfallChartSteps(input));
}

/**
 * waterfallChart a step at a time: the generator yields after each exit value
 * solved (a table of many classes and option strikes takes hundreds of
 * solves), so the pane can spread the work over several tasks and keep
 * taking keystrokes (src/taskpane/model/jobs.ts).
 */
export function* waterfallChartSteps(input: WaterfallInput): Generator<number, ChartData> {
  yield 0;
  const m = input.prepared?.model() ?? prepareExit(input.terms, { day: input.day, capital: input.capital, events: input.events, payments: input.payments });
  const found = input.prepared ? input.prepared.breakpoints(m) : exitKinks(m);
  const kinks = found.map((b) => b.proceeds);
  const last = kinks.reduce((x, k) => maxDec(x, k), ZERO);
  // To twice the last breakpoint, as SERIESC_EXIT_TABLE without proceeds (calc/seriesC/exitBreakpoints.ts exitTablePoints).
  const max = input.maxProceeds ?? (last.gt(0) ? last.times(2) : new Dec(1));
  const xs = exitPoints(kinks, max);
  yield 1;
  const outcomes: ReturnType<typeof distributeExit>[] = [];
  for (const x of xs) {
    outcomes.push(distributeExit(m, x));
    yield outcomes.length;
  }
  const series: Series[] = m.capital.map((r, i) => ({
    id: `row${r.row}`,
    label: r.name === "" ? `${r.type} (row ${r.row})` : r.name,
    values: outcomes.map((o) => o.rows[i].amount),
  }));

  const sentences: string[] = [];
  const seniorTotal = m.capital.filter((r) => capitalTreatment(r.type) === "senior").reduce((x, r) => x.plus(r.quantity), ZERO);
  if (seniorTotal.gt(0)) sentences.push(`Senior claims of ${money(seniorTotal)} are paid first.`);
  const sc = m.capital.findIndex((r) => capitalTreatment(r.type) === "seriesC");
  if (sc >= 0) {
    const first = outcomes.findIndex((o) => o.rows[sc].converts === true);
    if (first < 0) sentences.push(`The Series C takes its preference at every exit value up to ${money(max)}.`);
    else if (first === 0) sentences.push("The Series C converts at every exit value shown.");
    // Between two points the decisions change only at a breakpoint, where a tie takes the preference (Cert §4(a)).
    else sentences.push(`The Series C takes its preference up to an exit value of ${money(xs[first - 1])} and converts above it.`);
  }
  // Every breakpoint shown: a numbered mark and a line of the key points.
  const shown = found.filter((b) => b.proceeds.lte(max));
  const marks: Mark[] = shown.map((b, k) => ({ axis: "x", at: b.proceeds, label: `${k + 1}: ${shortMoney(b.proceeds)}` }));
  if (shown.length)
    sentences.push(`Breakpoints (numbered on the chart): ${shown.map((b, k) => `${k + 1}. ${money(b.proceeds)}, ${b.events.join("; ")}`).join("; ")}.`);
  if (found.length > shown.length) sentences.push(`${found.length - shown.length} more beyond ${money(max)}.`);

  const key = shown.map((b) => indexOf(xs, b.proceeds));
  const x = { label: "Exit value (total distributed)", kind: "money" as const };
  const y = { label: "Amount received", kind: "money" as const };
  return {
    id: "seriesc-waterfall",
    title: `Exit waterfall by class on ${date(input.day)} (Cert §4(a), (c))`,
    x,
    y,
    xs,
    series,
    stacked: true,
    stepped: false,
    marks,
    summary: sentences.join(" "),
    table: dataTable(x.label, x.kind, y.kind, xs, series, tableRows(xs.length, key, 24)),
  };
}
