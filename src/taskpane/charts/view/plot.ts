import type uPlotType from "uplot";
import { Dec } from "../../../calc/core/decimal";
import { MARK_PAD, Rect, Ticks, dateTicks, labelLines, numberTicks, placeMarkLabels } from "../model/labels";
import { ChartData, Mark, ValueKind } from "../model/types";
import type { UPlot } from "./load";
import { CHART_PALETTES, ChartPalette, lookOf } from "./palette";

/**
 * ChartData → uPlot options and data. Pure but for the canvas patterns of
 * stacked areas (made by `patternFor`), so the numbers plotted can be checked
 * against the model (`plotData`).
 */

const UNIX_EPOCH_DAY = 25569; // Day number of 1970-01-01 (days since 1899-12-30)

/** An x or y value as uPlot takes it: dates as Unix seconds (UTC midnight), the rest as numbers. */
export function plotValue(kind: ValueKind, x: Dec): number {
  return kind === "date" ? (x.toNumber() - UNIX_EPOCH_DAY) * 86400 : x.toNumber();
}

/** A stepped chart holds its last level this share of its span past its last point (at least a month of dates). */
export const STEP_HOLD = 0.1;

/**
 * The aligned data uPlot draws: xs, then each series; stacked series as
 * running totals. A stepped chart (vesting) gets one more point past its last,
 * with the last values again, so that its last step shows as a level and not
 * as an edge of the plot: a step chart's value holds until the next step.
 */
export function plotData(c: ChartData): uPlotType.AlignedData {
  const xs = c.xs.map((x) => plotValue(c.x.kind, x));
  const below = xs.map(() => 0); // stacked: the running total of the series before
  const series = c.series.map((s) =>
    s.values.map((v, i) => {
      if (v === null) return null;
      const y = plotValue(c.y.kind, v);
      if (!c.stacked) return y;
      below[i] += y;
      return below[i];
    }),
  );
  if (c.stepped && xs.length) {
    const span = xs[xs.length - 1] - xs[0];
    const hold = Math.max(span * STEP_HOLD, c.x.kind === "date" ? 31 * 86400 : 0, span === 0 ? 1 : 0);
    xs.push(xs[xs.length - 1] + hold);
    for (const s of series) s.push(s[s.length - 1]);
  }
  return [xs, ...series];
}

function compact(n: number, prefix: string, cents = false): string {
  const a = Math.abs(n);
  const sign = n < 0 ? "-" : "";
  const short = (v: number, unit: string) => `${sign}${prefix}${Number(v.toFixed(2)).toString()}${unit}`;
  if (a >= 1e9) return short(a / 1e9, "B");
  if (a >= 1e6) return short(a / 1e6, "M");
  if (a >= 1e4) return short(a / 1e3, "K");
  const v = Number(a.toFixed(2));
  // dollars with cents when there are cents ($7.50, not $7.5)
  const withCents = prefix === "$" && (cents || !Number.isInteger(v)) ? { minimumFractionDigits: 2 } : {};
  return `${sign}${prefix}${v.toLocaleString("en-US", withCents)}`;
}

/** Tick labels: short forms of the pane's formats; `cents`: dollar amounts with cents (when one of the axis' ticks has them). */
export function tickLabel(kind: ValueKind, v: number, allJanuary: boolean, cents = false): string {
  switch (kind) {
    case "money":
    case "perShare":
      return compact(v, "$", cents);
    case "shares":
      return compact(v, "");
    case "date": {
      const d = new Date(v * 1000);
      const y = String(d.getUTCFullYear());
      return allJanuary ? y : `${y}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
    }
  }
}

const FONT = "12px 'Segoe UI', 'Segoe UI Web (West European)', system-ui, sans-serif";

/** The labels of an axis' ticks, formatted together: years alone when every tick is 1 January; cents on all when one has them. */
export function tickLabels(kind: ValueKind, splits: number[]): string[] {
  const allJanuary = splits.every((s) => {
    const d = new Date(s * 1000);
    return d.getUTCMonth() === 0 && d.getUTCDate() === 1;
  });
  // $2.50, $5.00, $7.50 rather than $2.50, $5, $7.50
  const cents = splits.some((s) => Math.abs(s) < 1e4 && !Number.isInteger(Number(s.toFixed(2))));
  return splits.map((s) => tickLabel(kind, s, allJanuary, cents));
}

function axisValues(kind: ValueKind) {
  return (_u: uPlotType, splits: number[]) => tickLabels(kind, splits);
}

/**
 * How far an end tick's label may reach past the plot area: under the y axis on the left (at least
 * 40 px wide), into the padding the plot keeps for it on the right (plotOptions).
 */
export const TICK_OVERHANG = 20;

/**
 * The x axis' ticks for a plot `width` CSS px wide: as many as their labels leave room for
 * (model/labels.ts), so no two overlap at 320 px or at any other width.
 */
export function xTicks(c: ChartData, min: number, max: number, width: number, measure: (text: string) => number): Ticks {
  if (c.x.kind === "date") return dateTicks(min, max, width, measure, TICK_OVERHANG);
  return numberTicks(min, max, width, measure, (splits) => tickLabels(c.x.kind, splits), TICK_OVERHANG);
}

/** A small tile hatched in the series' colour: stacked areas differ by pattern as well as colour. */
export function patternFor(ctx: CanvasRenderingContext2D, index: number, palette: ChartPalette = CHART_PALETTES.light): CanvasPattern | string {
  const look = lookOf(index, palette);
  const tileSize = 8;
  const tile = document.createElement("canvas");
  tile.width = tile.height = tileSize;
  const t = tile.getContext("2d");
  if (!t) return `${look.color}33`;
  t.fillStyle = `${look.color}26`; // a light wash of the colour
  t.fillRect(0, 0, tileSize, tileSize);
  t.strokeStyle = look.color;
  t.fillStyle = look.color;
  t.lineWidth = 1;
  t.beginPath();
  switch (look.hatch) {
    case "diagonal":
      t.moveTo(0, tileSize);
      t.lineTo(tileSize, 0);
      break;
    case "backDiagonal":
      t.moveTo(0, 0);
      t.lineTo(tileSize, tileSize);
      break;
    case "horizontal":
      t.moveTo(0, tileSize / 2);
      t.lineTo(tileSize, tileSize / 2);
      break;
    case "vertical":
      t.moveTo(tileSize / 2, 0);
      t.lineTo(tileSize / 2, tileSize);
      break;
    case "cross":
      t.moveTo(0, tileSize / 2);
      t.lineTo(tileSize, tileSize / 2);
      t.moveTo(tileSize / 2, 0);
      t.lineTo(tileSize / 2, tileSize);
      break;
    case "dots":
      t.arc(tileSize / 2, tileSize / 2, 1.2, 0, 2 * Math.PI);
      t.fill();
      break;
    case "none":
      break;
  }
  t.stroke();
  return ctx.createPattern(tile, "repeat") ?? `${look.color}33`;
}

/** Measures text in the plot's label font, in CSS pixels. */
function measurer(ctx: CanvasRenderingContext2D, font: string): (text: string) => number {
  return (text) => {
    ctx.save();
    ctx.font = font;
    const w = ctx.measureText(text).width;
    ctx.restore();
    return Math.ceil(w);
  };
}

const MARK_FONT = FONT.replace("12px", "11px");
const MARK_LINE = 13; // a mark label's box height, CSS px

/**
 * Vertical and horizontal reference lines with their labels on the plot (direct labels), each label
 * where it overlaps no other (model/labels.ts placeMarkLabels). Returns the labels' boxes (CSS px,
 * from the canvas' top left).
 */
function drawMarks(u: uPlotType, c: ChartData, marks: readonly Mark[], ratio: number, palette: ChartPalette): Rect[] {
  const ctx = u.ctx;
  const { left, top, width, height } = u.bbox;
  const measure = measurer(ctx, MARK_FONT);
  const positions = marks.map((m) => {
    const kind = m.axis === "x" ? c.x.kind : c.y.kind;
    const pos = u.valToPos(plotValue(kind, m.at), m.axis === "x" ? "x" : "y", true);
    return (pos - (m.axis === "x" ? left : top)) / ratio;
  });
  const lines = marks.map((m) => labelLines(m.label, measure, width / ratio - 4 * MARK_PAD));
  const boxes = placeMarkLabels(
    marks.map((m, i) => ({ axis: m.axis, pos: positions[i], w: Math.max(...lines[i].map(measure)) + 4, h: MARK_LINE * lines[i].length })),
    width / ratio,
    height / ratio,
  );
  ctx.save();
  ctx.font = MARK_FONT.replace("11px", `${Math.round(11 * ratio)}px`);
  ctx.textBaseline = "top";
  ctx.textAlign = "left"; // uPlot leaves the alignment of its last axis label
  ctx.lineWidth = ratio;
  const drawn: Rect[] = [];
  marks.forEach((m, i) => {
    const box = boxes[i];
    if (!box) return;
    const pos = positions[i] * ratio;
    ctx.strokeStyle = palette.ink;
    ctx.setLineDash([4 * ratio, 3 * ratio]);
    ctx.beginPath();
    if (m.axis === "x") {
      ctx.moveTo(left + pos, top);
      ctx.lineTo(left + pos, top + height);
    } else {
      ctx.moveTo(left, top + pos);
      ctx.lineTo(left + width, top + pos);
    }
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = palette.labelBackground;
    ctx.fillRect(left + box.x * ratio, top + box.y * ratio, box.w * ratio, box.h * ratio);
    ctx.fillStyle = palette.ink;
    lines[i].forEach((line, k) => ctx.fillText(line, left + (box.x + 2) * ratio, top + (box.y + 1 + k * MARK_LINE) * ratio));
    drawn.push({ x: left / ratio + box.x, y: top / ratio + box.y, w: box.w, h: box.h });
  });
  ctx.restore();
  return drawn;
}

/** The y axis as wide as its longest tick label ("$600M" is wider than "$50"): the labels never run into the axis title. */
function yAxisSize(u: uPlotType, values: string[] | null): number {
  if (!values || !values.length) return 52;
  u.ctx.save();
  u.ctx.font = FONT;
  const widest = Math.max(...values.map((v) => u.ctx.measureText(v).width));
  u.ctx.restore();
  return Math.max(40, Math.ceil(widest) + 18); // + tick (10) and gap (5), and a little air
}

/** The y scale: from 0 (or below) to a little above the highest value or y mark. */
export function yRange(c: ChartData, min: number, max: number): [number, number] {
  const marks = c.marks.filter((m) => m.axis === "y").map((m) => plotValue(c.y.kind, m.at));
  const hi = Math.max(max, ...marks);
  return [Math.min(0, min), hi > 0 ? hi * 1.08 : 1];
}

/** The x scale: the data's span exactly. */
export const xRange = (min: number, max: number): [number, number] => (min === max ? [min - 1, max + 1] : [min, max]);

/**
 * The labels' layout on a plot area `width` × `height` CSS px, as the plot draws it (the same
 * scales, ticks and placement, without a canvas): the x axis' tick labels (centred on their
 * ticks, below the plot: y = height) and the marks' labels. `measureTick` and `measureMark`
 * measure text in the axis' and the marks' fonts.
 */
export function labelLayout(
  c: ChartData,
  width: number,
  height: number,
  measureTick: (text: string) => number,
  measureMark: (text: string) => number,
): { ticks: Rect[]; marks: (Rect | null)[] } {
  const [xs, ...series] = plotData(c) as (number | null)[][];
  const ys = series.flat().filter((v): v is number => v !== null);
  const [x0, x1] = xRange(Math.min(...(xs as number[])), Math.max(...(xs as number[])));
  const [y0, y1] = yRange(c, Math.min(...ys), Math.max(...ys));
  const t = xTicks(c, x0, x1, width, measureTick);
  const ticks = t.splits.map((x, i) => {
    const w = measureTick(t.labels[i]);
    return { x: ((x - x0) / (x1 - x0)) * width - w / 2, y: height, w, h: 16 };
  });
  const marks = placeMarkLabels(
    c.marks.map((m) => {
      const v = plotValue(m.axis === "x" ? c.x.kind : c.y.kind, m.at);
      const pos = m.axis === "x" ? ((v - x0) / (x1 - x0)) * width : ((y1 - v) / (y1 - y0)) * height;
      const lines = labelLines(m.label, measureMark, width - 4 * MARK_PAD);
      return { axis: m.axis, pos, w: Math.max(...lines.map(measureMark)) + 4, h: MARK_LINE * lines.length };
    }),
    width,
    height,
  );
  return { ticks, marks };
}

export interface PlotState {
  chart: ChartData;
  /** The pane's theme's colours (ui/theme.ts); a new theme builds a new plot. */
  palette: ChartPalette;
  /** What the last draw put where (CSS px from the canvas' top left): the x axis' tick labels and the marks' labels. */
  labels?: { ticks: Rect[]; marks: Rect[] };
}

/** uPlot options for a chart of `width` × `height` CSS pixels; marks and data are read from `state` at each draw. */
export function plotOptions(lib: UPlot, c: ChartData, state: PlotState, width: number, height: number): uPlotType.Options {
  const stepped = lib.paths.stepped ? lib.paths.stepped({ align: 1 }) : undefined;
  const { palette } = state;
  const ratio = lib.pxRatio;
  let ticks: Ticks = { splits: [], labels: [] };
  const series: uPlotType.Series[] = [
    {},
    ...c.series.map((s, i): uPlotType.Series => {
      const look = lookOf(i, palette);
      return {
        label: s.label,
        stroke: look.color,
        width: s.emphasis ? 5 : 2,
        dash: c.stacked || s.emphasis ? [] : look.dash,
        fill: c.stacked ? (u: uPlotType) => patternFor(u.ctx, i, palette) : undefined,
        fillTo: c.stacked ? () => 0 : undefined,
        paths: c.stepped ? stepped : undefined,
        points: { show: false },
        spanGaps: false,
      };
    }),
  ];
  const bands: uPlotType.Band[] = c.stacked
    ? c.series.slice(1).map((_, i) => ({ series: [i + 2, i + 1] as [number, number], fill: (u: uPlotType) => patternFor(u.ctx, i + 1, palette) }))
    : [];
  return {
    width,
    height,
    // Room on the right for the last tick's label, which may reach TICK_OVERHANG past the plot (uPlot's automatic padding is less at some widths).
    padding: [null, TICK_OVERHANG + 2, null, null],
    legend: { show: false },
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    scales: {
      // The x axis spans the data exactly (the ticks are computed over this span).
      x: { time: c.x.kind === "date", range: (_u: uPlotType, min: number, max: number) => xRange(min, max) },
      y: {
        range: (_u: uPlotType, min: number, max: number) => yRange(state.chart, min, max),
      },
    },
    axes: [
      {
        stroke: palette.ink,
        font: FONT,
        labelFont: FONT,
        label: c.x.label,
        labelSize: 18,
        grid: { stroke: palette.grid, width: 1 },
        ticks: { stroke: palette.grid, width: 1 },
        // As many ticks as their labels leave room for at this width (model/labels.ts).
        splits: (u: uPlotType, _axis: number, min: number, max: number) => {
          const plotWidth = u.bbox.width > 0 ? u.bbox.width / ratio : Math.max(100, u.width - 70);
          ticks = xTicks(state.chart, min, max, plotWidth, measurer(u.ctx, FONT));
          return ticks.splits;
        },
        values: (_u: uPlotType, splits: number[]) => (splits === ticks.splits ? ticks.labels : tickLabels(c.x.kind, splits)),
      },
      {
        stroke: palette.ink,
        font: FONT,
        labelFont: FONT,
        label: c.y.label,
        labelSize: 18,
        size: yAxisSize,
        grid: { stroke: palette.grid, width: 1 },
        ticks: { stroke: palette.grid, width: 1 },
        values: axisValues(c.y.kind),
      },
    ],
    series,
    bands,
    hooks: {
      draw: [
        (u: uPlotType) => {
          const marks = drawMarks(u, state.chart, state.chart.marks, ratio, palette);
          const measure = measurer(u.ctx, FONT);
          const below = (u.bbox.top + u.bbox.height) / ratio;
          const tickBoxes = ticks.splits.map((x, i) => {
            const w = measure(ticks.labels[i]);
            return { x: u.valToPos(x, "x", true) / ratio - w / 2, y: below, w, h: 16 };
          });
          state.labels = { ticks: tickBoxes, marks };
        },
      ],
    },
  };
}
