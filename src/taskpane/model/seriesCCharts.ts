import { Dec } from "../../calc/core/decimal";
import { Day } from "../../calc/time/civil";
import { dividendsChart } from "../charts/model/dividends";
import { payoffChart } from "../charts/model/payoff";
import { waterfallChartSteps } from "../charts/model/waterfall";
import { ExitModel } from "../../calc/seriesC/exit";
import { CAPITAL_LABEL } from "./capital";
import { breakpointsOf, preparedExit } from "./exit";
import { ChartJob, Need, guarded, needsMessage, oneStep } from "./chartJobs";
import { ParsedSeriesC, SERIESC_LABEL, SeriesCField, SeriesCForm } from "./seriesC";

/**
 * The Series C tab's figures, from the same parsed inputs as its numbers:
 * the payoff per share against the common value on the as-of date (the
 * entered fair market value marked), the dividends over time, and the exit
 * waterfall of the capital table over a range of exit values.
 */
export const SERIESC_CHARTS = {
  payoff: { id: "seriesc-payoff", title: "Series C payoff per share (Cert §4(a))" },
  dividends: { id: "seriesc-dividends", title: "Series C dividends per share over time (Cert §2, §12)" },
  waterfall: { id: "seriesc-waterfall", title: "Exit waterfall by class (Cert §4(a), (c))" },
} as const;

export type SeriesCChart = keyof typeof SERIESC_CHARTS;

function need(p: ParsedSeriesC, form: SeriesCForm, k: SeriesCField): Need {
  return { label: SERIESC_LABEL[k], empty: form[k].trim() === "", bad: p.fields[k].error !== undefined };
}

const problem = (f: SeriesCChart, message: string): ChartJob => ({ key: `problem|${message}`, chart: { ...SERIESC_CHARTS[f], problem: message } });

/** What the three figures show for these inputs (computed by the caller only when a key changed). */
export function seriesCCharts(p: ParsedSeriesC, form: SeriesCForm): Record<SeriesCChart, ChartJob> {
  const t = p.terms;
  const events = JSON.stringify(p.events);
  const payments = JSON.stringify(p.payments);
  const asOf = p.asOf as Day;

  const payoffNeeds = needsMessage([need(p, form, "asOf"), need(p, form, "fmv")], "the payoff chart");
  const payoff: ChartJob = payoffNeeds
    ? problem("payoff", payoffNeeds)
    : {
        key: JSON.stringify(["payoff", asOf, (p.fmv as Dec).toString(), events, payments, p.terms.cacheKey]),
        chart: () =>
          guarded(SERIESC_CHARTS.payoff.id, SERIESC_CHARTS.payoff.title, "Payoff", () =>
            oneStep(() => payoffChart({ terms: t, day: asOf, events: p.events, payments: p.payments, commonValue: p.fmv })),
          ),
      };

  const dividendsNeeds = needsMessage([need(p, form, "asOf")], "the dividends chart");
  const dividends: ChartJob = dividendsNeeds
    ? problem("dividends", dividendsNeeds)
    : {
        key: JSON.stringify(["dividends", asOf, payments, p.terms.cacheKey]),
        chart: () =>
          guarded(SERIESC_CHARTS.dividends.id, SERIESC_CHARTS.dividends.title, "Dividends", () =>
            oneStep(() => dividendsChart({ terms: t, asOf, payments: p.payments })),
          ),
      };

  return { payoff, dividends, waterfall: waterfallFigure(p, form, events, payments) };
}

function waterfallFigure(p: ParsedSeriesC, form: SeriesCForm, events: string, payments: string): ChartJob {
  const c = p.capital;
  const asOfNeeds = needsMessage([need(p, form, "asOf")], "the exit waterfall");
  if (asOfNeeds) return problem("waterfall", asOfNeeds);
  const bad = c.rows.filter((r) => !r.row && !r.blank);
  if (bad.length) {
    const rows = bad.map((r) => `capital row ${r.position}`);
    return problem(
      "waterfall",
      `Fix ${rows.length > 1 ? `${rows.slice(0, -1).join(", ")} and ${rows[rows.length - 1]}` : rows[0]} below to draw the exit waterfall.`,
    );
  }
  if (!c.capital.length) {
    return problem("waterfall", "Add the classes that share in an exit under Capital below (or use the example there) to draw the exit waterfall.");
  }
  if (c.exitMaxError)
    return problem("waterfall", `Fix the ${CAPITAL_LABEL.exitMax.replace(" (optional)", "").toLowerCase()} below to draw the exit waterfall.`);
  const t = p.terms;
  const day = p.asOf as Day;
  const capital = c.capital;
  const maxProceeds = c.exitMax;
  return {
    key: JSON.stringify(["waterfall", day, events, payments, capital, maxProceeds?.toString() ?? "", t.cacheKey]),
    chart: () =>
      guarded(SERIESC_CHARTS.waterfall.id, SERIESC_CHARTS.waterfall.title, "Capital", () =>
        waterfallChartSteps({
          terms: t,
          day,
          capital,
          events: p.events,
          payments: p.payments,
          maxProceeds,
          // the exit section's waterfall and breakpoints (model/exit.ts): found once for the list and the chart
          prepared: { model: () => preparedExit(p) as ExitModel, breakpoints: breakpointsOf },
        }),
      ),
  };
}
