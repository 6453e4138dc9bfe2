import { Dec, ZERO, maxDec } from "../../../calc/core/decimal";
import { combinationAt } from "../../../calc/core/piecewiseSolve";
import { CapitalRow } from "../../../calc/seriesC/capital";
import { capitalTreatment } from "../../../calc/seriesC/capitalTypes";
import { CorporateEvent } from "../../../calc/seriesC/events";
import { ExitModel, distributeExit, prepareExit, setClaims } from "../../../calc/seriesC/exit";
import { exitBreakpoints as exitKinks } from "../../../calc/seriesC/exitBreakpoints";
import { Payment } from "../../../calc/seriesC/payments";
import { SeriesCTerms } from "../../../calc/seriesC/terms";
import { Day } from "../../../calc/time/civil";
import { date, money, perShare, shortMoney } from "./format";
import { indexOf, niceCeil, pointsUpTo, roundGrid } from "./samples";
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
  /** Right end of the range of exit values (default: round, past every breakpoint). */
  maxProceeds?: Dec;
}

/** Exit values at which some amount of the waterfall changes slope (SERIESC_BREAKPOINTS' calc); between these, every amount is linear. */
export function exitBreakpoints(m: ExitModel): Dec[] {
  return exitKinks(m).map((b) => b.proceeds);
}

/** 1 + 1e-20: a value just above an exit value, beyond the 40-digit rounding of the equilibrium test (exit.ts). */
const JUST_ABOVE = new Dec("1.00000000000000000001");

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
  const m = prepareExit(input.terms, { day: input.day, capital: input.capital, events: input.events, payments: input.payments });
  const kinks = exitBreakpoints(m);
  const last = kinks.reduce((x, k) => maxDec(x, k), ZERO);
  const max = input.maxProceeds ?? niceCeil(last.gt(0) ? last.times(1.25) : new Dec(1));
  const grid = roundGrid(max);
  const xs = pointsUpTo(max, grid, kinks);
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
  const marks: Mark[] = [];
  const sc = m.seriesC;
  let switchAt: Dec | undefined;
  if (sc) {
    const i = m.capital.indexOf(sc.cls.row);
    const first = outcomes.findIndex((o) => o.rows[i].converts === true);
    if (first < 0) sentences.push(`The Series C takes its preference at every exit value up to ${money(max)}.`);
    else if (first === 0) sentences.push("The Series C converts at every exit value shown.");
    else {
      // The exit value at which the Series C is indifferent (p at its threshold); a tie takes the preference (Cert §4(a)).
      const k = m.candidates.findIndex((set) => (set >> sc.cls.bit) & 1);
      const before = setClaims(m, m.candidates[k - 1]);
      const candidate = seniorTotal.plus(before.total).plus(combinationAt(m.pool, before.weights, maxDec(ZERO, sc.cls.threshold)));
      // Checked against the waterfall itself: the preference at that value, conversion just above it and at every point beyond.
      const convertsAt = (x: Dec) => distributeExit(m, x).rows[i].converts === true;
      const beyond = xs.filter((x) => x.gt(candidate) && indexOf([candidate], x) < 0);
      if (
        !convertsAt(candidate) &&
        convertsAt(candidate.times(JUST_ABOVE)) &&
        beyond.every((x, k) => outcomes[xs.length - beyond.length + k].rows[i].converts === true)
      )
        switchAt = candidate;
      const threshold = perShare(maxDec(ZERO, sc.cls.threshold));
      if (switchAt)
        sentences.push(
          `The Series C takes its preference up to an exit value of ${money(switchAt)} and converts above it (a value per common share above ${threshold}).`,
        );
      else sentences.push(`The Series C takes its preference below an exit value of ${money(xs[first])} and converts from there on.`);
      marks.push({ axis: "x", at: switchAt ?? xs[first], label: `Series C converts ${switchAt ? ">" : "≥"} ${shortMoney(switchAt ?? xs[first])}` });
    }
  }
  if (seniorTotal.gt(0) && seniorTotal.lte(max)) marks.push({ axis: "x", at: seniorTotal, label: `seniors paid ${shortMoney(seniorTotal)}` });

  const key = [...grid.map((g) => indexOf(xs, g)), switchAt ? indexOf(xs, switchAt) : -1, indexOf(xs, seniorTotal)];
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
