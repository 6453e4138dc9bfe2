import { ChartResult, isProblem } from "../charts/model/types";
import { money } from "../charts/model/format";
import { ParsedSeriesC, SeriesCForm } from "../model/seriesC";
import { SERIESC_CHARTS, SeriesCChart, seriesCCharts } from "../model/seriesCCharts";
import { h } from "./dom";
import { FigureGroup, FigureSlot } from "./figures";

export interface SeriesCFiguresView {
  root: HTMLElement;
  update(p: ParsedSeriesC, form: SeriesCForm): void;
}

/**
 * The Series C tab's charts, in its results: payoff per share, dividends over
 * time, exit waterfall (model/seriesCCharts.ts), each updated as the inputs
 * change without holding up typing (ui/figures.ts). `rangeChosen` is told the
 * right end of the waterfall's range when the chart chose it.
 */
export function seriesCFiguresView(panel: HTMLElement, rangeChosen: (text: string | undefined) => void): SeriesCFiguresView {
  const group = new FigureGroup(panel);
  const onWaterfall = (c: ChartResult) => rangeChosen(isProblem(c) ? undefined : `the chart runs to ${money(c.xs[c.xs.length - 1])}.`);
  const slots: Record<SeriesCChart, FigureSlot> = {
    payoff: new FigureSlot(`sc-fig-payoff`),
    dividends: new FigureSlot(`sc-fig-dividends`),
    waterfall: new FigureSlot(`sc-fig-waterfall`, onWaterfall),
  };
  const root = h(
    "div",
    { class: "figures", id: "sc-figures" },
    h("p", {
      class: "hint",
      text: "Drawn from the same calculation as the numbers above, as you type. Each chart's key points are written under its title; its data table lists the points plotted.",
    }),
    ...(Object.keys(SERIESC_CHARTS) as SeriesCChart[]).map((k) => slots[k].root),
  );
  return {
    root,
    update(p, form) {
      const jobs = seriesCCharts(p, form);
      for (const k of Object.keys(slots) as SeriesCChart[]) group.show(slots[k], jobs[k]);
    },
  };
}
