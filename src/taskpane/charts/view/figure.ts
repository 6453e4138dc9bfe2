import type uPlotType from "uplot";
import { ChartData, ChartResult, chartKey, isProblem } from "../model/types";
import { loadUplot } from "./load";
import css from "./figure.css";
import { CHART_PALETTES, ChartPalette, lookOf } from "./palette";
import { PlotState, plotData, plotOptions } from "./plot";
import type { Rect } from "../model/labels";

/**
 * An accessible chart: a <figure> with its caption, a sentence of key
 * points, the plot (an image with a name and a description), a legend that
 * shows each series' dash or hatch beside its name, and the data in a table
 * behind a <details> (keyboard-reachable). `renderFigure` is called again as
 * the inputs change: it does nothing when the chart did not change, updates
 * the same plot in place when only the numbers did, and never holds more than
 * one plot, one resize observer and no other listeners per container.
 */

interface FigureState {
  figure: HTMLElement;
  caption: HTMLElement;
  summary: HTMLElement;
  plotBox: HTMLElement;
  legend: HTMLElement;
  details: HTMLDetailsElement;
  tableHost: HTMLElement;
  key?: string;
  /** The chart shown (not a problem): drawn again in a new theme. */
  chart?: ChartData;
  /** What the plot's options depend on: a change rebuilds the plot; anything else is new data. */
  structure?: string;
  plot?: uPlotType;
  plotState?: PlotState;
  observer?: ResizeObserver;
  /** Which call's chart is wanted: a slow first load draws only the latest. */
  seq: number;
  ready: Promise<void>;
}

const states = new WeakMap<HTMLElement, FigureState>();
/** The figures on the page, for a change of theme. */
const live = new Set<FigureState>();
/** The colours of the pane's theme (ui/theme.ts), for every plot and legend. */
let palette: ChartPalette = CHART_PALETTES.light;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The figure's own styles, once per page (the pane's stylesheet stays the pane's). */
function addStyles(): void {
  if (document.getElementById("mpwr-figure-css")) return;
  const style = el("style", { id: "mpwr-figure-css" }, css);
  document.head.appendChild(style);
}

function build(container: HTMLElement, id: string): FigureState {
  addStyles();
  const figure = el("figure", { class: "chart", id: `${id}-figure` });
  const caption = el("figcaption", { id: `${id}-caption`, class: "chart-caption" });
  const summary = el("p", { id: `${id}-summary`, class: "chart-summary" });
  const plotBox = el("div", { id: `${id}-plot`, class: "chart-plot", role: "img", "aria-labelledby": `${id}-caption`, "aria-describedby": `${id}-summary` });
  const legend = el("ul", { class: "chart-legend", "aria-label": "Legend" });
  const details = el("details", { class: "chart-data", id: `${id}-data` });
  const tableHost = el("div");
  details.append(el("summary", {}, "Data table"), tableHost);
  figure.append(caption, summary, plotBox, legend, details);
  container.replaceChildren(figure);
  return { figure, caption, summary, plotBox, legend, details, tableHost, seq: 0, ready: Promise.resolve() };
}

const SVG = "http://www.w3.org/2000/svg";

/** A legend sample: the series' line with its dash, or its area with its hatch (drawn as in the plot). */
function sample(c: ChartData, i: number): SVGSVGElement {
  const look = lookOf(i, palette);
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("width", "28");
  svg.setAttribute("height", "12");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  if (c.stacked) {
    const img = document.createElementNS(SVG, "rect");
    img.setAttribute("x", "0.5");
    img.setAttribute("y", "0.5");
    img.setAttribute("width", "27");
    img.setAttribute("height", "11");
    img.setAttribute("fill", `url(#hatch-${c.id}-${i})`);
    img.setAttribute("stroke", look.color);
    const defs = document.createElementNS(SVG, "defs");
    const pattern = document.createElementNS(SVG, "pattern");
    pattern.setAttribute("id", `hatch-${c.id}-${i}`);
    pattern.setAttribute("width", "8");
    pattern.setAttribute("height", "8");
    pattern.setAttribute("patternUnits", "userSpaceOnUse");
    const wash = document.createElementNS(SVG, "rect");
    wash.setAttribute("width", "8");
    wash.setAttribute("height", "8");
    wash.setAttribute("fill", look.color);
    wash.setAttribute("fill-opacity", "0.15");
    pattern.append(wash);
    const path = document.createElementNS(SVG, "path");
    const d = {
      diagonal: "M0 8L8 0",
      backDiagonal: "M0 0L8 8",
      horizontal: "M0 4H8",
      vertical: "M4 0V8",
      cross: "M0 4H8M4 0V8",
      dots: "M3.8 4a0.2 0.2 0 1 0 0.4 0a0.2 0.2 0 1 0 -0.4 0",
      none: "",
    }[look.hatch];
    path.setAttribute("d", d);
    path.setAttribute("stroke", look.color);
    path.setAttribute("stroke-width", look.hatch === "dots" ? "2.4" : "1");
    path.setAttribute("stroke-linecap", "round");
    pattern.append(path);
    defs.append(pattern);
    svg.append(defs, img);
  } else {
    const line = document.createElementNS(SVG, "line");
    line.setAttribute("x1", "1");
    line.setAttribute("x2", "27");
    line.setAttribute("y1", "6");
    line.setAttribute("y2", "6");
    line.setAttribute("stroke", look.color);
    const emphasis = c.series[i].emphasis === true;
    line.setAttribute("stroke-width", emphasis ? "5" : "2");
    if (look.dash.length && !emphasis) line.setAttribute("stroke-dasharray", look.dash.join(" "));
    svg.append(line);
  }
  return svg;
}

function fillText(s: FigureState, c: ChartData): void {
  s.caption.textContent = c.title;
  s.summary.textContent = c.summary;
  s.summary.classList.remove("chart-problem");
  s.plotBox.hidden = false;
  s.details.hidden = false;
  s.legend.hidden = false;
  s.legend.replaceChildren(
    ...c.series.map((series, i) => {
      const li = el("li");
      li.append(sample(c, i), el("span", {}, series.label));
      return li;
    }),
  );
  const table = el("table", { class: "grid chart-table" });
  table.append(el("caption", {}, `${c.title}: data`));
  const head = el("thead");
  const hr = el("tr");
  for (const h of c.table.header) hr.append(el("th", { scope: "col" }, h));
  head.append(hr);
  const body = el("tbody");
  for (const row of c.table.rows) {
    const tr = el("tr");
    row.forEach((cell, j) => tr.append(j === 0 ? el("th", { scope: "row" }, cell) : el("td", {}, cell)));
    body.append(tr);
  }
  table.append(head, body);
  const scroll = el("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": `${c.title}: data table` });
  scroll.append(table);
  s.tableHost.replaceChildren(scroll, ...(c.table.note ? [el("p", { class: "note" }, c.table.note)] : []));
  (s.details.querySelector("summary") as HTMLElement).textContent = `Data table (${c.table.rows.length} rows)`;
}

const structureOf = (c: ChartData): string => JSON.stringify([c.id, c.x, c.y, c.stacked, c.stepped, c.series.map((s) => [s.id, s.label])]);

function sizeOf(box: HTMLElement): { width: number; height: number } {
  const width = Math.max(200, Math.floor(box.clientWidth || 300));
  return { width, height: Math.round(Math.min(320, Math.max(200, width * 0.7))) };
}

function removePlot(s: FigureState): void {
  s.plot?.destroy();
  s.plot = undefined;
  s.plotState = undefined;
  s.structure = undefined;
  s.plotBox.replaceChildren();
}

async function draw(s: FigureState, c: ChartData, seq: number): Promise<void> {
  const lib = await loadUplot();
  if (seq !== s.seq || !s.figure.isConnected) return; // a newer call, or removed meanwhile
  const structure = structureOf(c);
  if (s.plot && s.plotState && s.structure === structure) {
    s.plotState.chart = c;
    s.plot.setData(plotData(c));
    return;
  }
  removePlot(s);
  const state: PlotState = { chart: c, palette };
  const { width, height } = sizeOf(s.plotBox);
  s.plot = new lib(plotOptions(lib, c, state, width, height), plotData(c), s.plotBox);
  s.plotState = state;
  s.plotBox.dataset.theme = palette === CHART_PALETTES.dark ? "dark" : "light"; // the colours it is drawn in
  s.structure = structure;
  if (!s.observer && typeof ResizeObserver !== "undefined") {
    s.observer = new ResizeObserver(() => {
      if (!s.plot) return;
      const size = sizeOf(s.plotBox);
      if (size.width !== s.plot.width || size.height !== s.plot.height) s.plot.setSize(size);
    });
    s.observer.observe(s.plotBox);
  }
}

/**
 * Shows `chart` in `container` (replacing whatever the container held on the
 * first call). The caption, key points and data table appear at once; the
 * plot when the charting library has loaded. Resolves when the plot is drawn.
 */
export function renderFigure(container: HTMLElement, chart: ChartResult): Promise<void> {
  let s = states.get(container);
  if (!s || !container.contains(s.figure) || s.figure.id !== `${chart.id}-figure`) {
    if (s) disposeFigure(container);
    s = build(container, chart.id);
    states.set(container, s);
  }
  live.add(s);
  const key = chartKey(chart);
  if (s.key === key) return s.ready;
  s.key = key;
  const seq = ++s.seq;
  s.chart = isProblem(chart) ? undefined : chart;
  if (isProblem(chart)) {
    s.caption.textContent = chart.title;
    s.summary.textContent = chart.problem;
    s.summary.classList.add("chart-problem");
    s.plotBox.hidden = true;
    s.legend.hidden = true;
    s.details.hidden = true;
    removePlot(s);
    return (s.ready = Promise.resolve());
  }
  return show(s, chart, seq);
}

function show(s: FigureState, chart: ChartData, seq: number): Promise<void> {
  fillText(s, chart);
  s.ready = draw(s, chart, seq).catch((e: unknown) => {
    if (seq !== s.seq) return;
    s.plotBox.hidden = true;
    s.summary.textContent = `${chart.summary} (The chart could not be drawn: ${(e as Error).message}. The data table has its values.)`;
  });
  return s.ready;
}

/**
 * The pane's theme changed (ui/theme.ts): every figure on the page draws its chart again in the
 * theme's colours (plot, hatches and legend). Resolves when they are drawn.
 */
export function setFigureTheme(name: "light" | "dark"): Promise<void> {
  if (palette === CHART_PALETTES[name]) return Promise.resolve();
  palette = CHART_PALETTES[name];
  const drawn: Promise<void>[] = [];
  for (const s of live) {
    if (!s.figure.isConnected) {
      live.delete(s); // removed from the page; drawn again only if rendered again
      continue;
    }
    if (!s.chart) continue;
    removePlot(s);
    drawn.push(show(s, s.chart, ++s.seq));
  }
  return Promise.all(drawn).then(() => undefined);
}

/** Removes the figure, its plot and its resize observer. */
export function disposeFigure(container: HTMLElement): void {
  const s = states.get(container);
  if (!s) return;
  s.seq++;
  removePlot(s);
  s.observer?.disconnect();
  s.figure.remove();
  states.delete(container);
  live.delete(s);
}

/** Where the last draw put the x axis' tick labels and the marks' labels (CSS px from the canvas' top left): for tests. */
export function plotLabels(container: HTMLElement): { ticks: Rect[]; marks: Rect[] } | undefined {
  return states.get(container)?.plotState?.labels;
}

/** What the plot currently draws (xs, then each series as plotted): for tests. */
export function plottedData(container: HTMLElement): uPlotType.AlignedData | undefined {
  return states.get(container)?.plot?.data;
}
