import { Dec } from "../../../calc/core/decimal";
import { accruedDividends, remainingMinimumDividend } from "../../../calc/seriesC/dividends";
import { extinguishEnd, requireOnOrAfterIssue } from "../../../calc/seriesC/keyDates";
import { Payment, checkPayments } from "../../../calc/seriesC/payments";
import { SeriesCTerms } from "../../../calc/seriesC/terms";
import { Day, lastDayOfYear, yearOf } from "../../../calc/time/civil";
import { date, money, perShare } from "./format";
import { dataTable, tableRows } from "./table";
import { ChartData, Mark, Series } from "./types";

export interface DividendsInput {
  terms: SeriesCTerms;
  /** The as-of date: the chart runs from the Original Issue Date to it, or to the 30-month anniversary if later. */
  asOf: Day;
  payments: readonly Payment[];
}

/**
 * Accrued unpaid dividends per Series C share at the close of each day
 * (SERIESC_ACCRUED, Cert §2) and the Minimum Dividend Amount still due
 * (SERIESC_MINDIV, Cert §12). Both are computed by the functions' calc at
 * every point; the accrual is linear in days between dividend dates
 * (31 December) and payments, so those days are points, with the day before
 * each payment and the day after it (when the Minimum Dividend still due drops).
 */
export function dividendsChart(input: DividendsInput): ChartData {
  const { terms: t, asOf } = input;
  requireOnOrAfterIssue(t, asOf, "asOf");
  const payments = checkPayments(t, input.payments);
  const window = extinguishEnd(t);
  const end = Math.max(asOf, window);
  const days = new Set<Day>([t.issueDate, asOf, window, end]);
  for (let y = yearOf(t.issueDate); lastDayOfYear(y) < end; y++) days.add(lastDayOfYear(y));
  for (const p of payments) for (const d of [p.day - 1, p.day, p.day + 1]) if (d >= t.issueDate && d <= end) days.add(d);
  let xs = [...days].sort((x, y) => x - y);

  const accrued = (d: Day) => accruedDividends(t, d, payments);
  const minimum = (d: Day) => remainingMinimumDividend(t, d, payments);
  // The first day accrued dividends reach the Minimum Dividend still due, between two points where the accrual is linear.
  let passes: Day | undefined;
  for (let i = 1; i < xs.length && passes === undefined; i++) {
    const [d0, d1] = [xs[i - 1], xs[i]];
    if (accrued(d1).lt(minimum(d1)) || accrued(d0).gte(minimum(d0))) continue;
    let lo = d0; // accrued < minimum at lo, ≥ at hi
    let hi = d1;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (accrued(mid).gte(minimum(mid))) hi = mid;
      else lo = mid;
    }
    passes = hi;
  }
  if (passes !== undefined && !days.has(passes)) xs = [...xs, passes].sort((x, y) => x - y);

  const series: Series[] = [
    { id: "accrued", label: "Accrued unpaid dividends", values: xs.map(accrued) },
    { id: "minimum", label: "Minimum Dividend Amount still due", values: xs.map(minimum) },
  ];
  const marks: Mark[] = [
    { axis: "x", at: new Dec(window), label: `${t.extinguishMonths.toNumber()} months ${date(window)}` },
    { axis: "y", at: t.minimumDividend, label: `Minimum Dividend ${money(t.minimumDividend)}` },
  ];
  if (asOf !== window) marks.push({ axis: "x", at: new Dec(asOf), label: `as of ${date(asOf)}` });

  const at = (d: Day) => series[0].values[xs.indexOf(d)] as Dec;
  const sentences = [
    `Accrued dividends are ${perShare(at(asOf))} per share on ${date(asOf)} and ${perShare(at(window))} on the ${t.extinguishMonths.toNumber()}-month anniversary, ${date(window)}, after which the Qualified Return no longer extinguishes them.`,
  ];
  const minimumAt = (d: Day) => series[1].values[xs.indexOf(d)] as Dec;
  if (passes !== undefined)
    sentences.push(`They first reach the Minimum Dividend Amount still due on ${date(passes)}; before that the preference counts the Minimum Dividend.`);
  else if (at(t.issueDate).gte(minimumAt(t.issueDate))) sentences.push("They are never below the Minimum Dividend Amount still due.");
  else sentences.push(`They stay below the Minimum Dividend Amount still due to ${date(end)}: the preference counts the Minimum Dividend.`);

  const xsDec = xs.map((d) => new Dec(d));
  const key = [
    xs.indexOf(window),
    xs.indexOf(asOf),
    passes === undefined ? -1 : xs.indexOf(passes),
    ...xs.map((d, i) => (yearOf(d + 1) !== yearOf(d) ? i : -1)),
  ];
  const x = { label: "Date", kind: "date" as const };
  const y = { label: "Per Series C share", kind: "perShare" as const };
  return {
    id: "seriesc-dividends",
    title: "Series C dividends per share over time (Cert §2, §12)",
    x,
    y,
    xs: xsDec,
    series,
    stacked: false,
    stepped: false,
    marks,
    summary: sentences.join(" "),
    table: dataTable(x.label, x.kind, y.kind, xsDec, series, tableRows(xs.length, key)),
  };
}
