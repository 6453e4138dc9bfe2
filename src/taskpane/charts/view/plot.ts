import type uPlotType from "uplot";
import { Dec } from "../../../calc/core/decimal";
import { ChartData, Mark, ValueKind } from "../model/types";
import type { UPlot } from "./load";
import { placeMarkLabels } from "../model/markLabels";
import { GRID, INK, lookOf } from "./palette";

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

function axisValues(kind: ValueKind) {
  return (_u: uPlotType, splits: number[]) => {
    const allJanuary = splits.every((s) => {
      const d = new Date(s * 1000);
      return d.getUTCMonth() === 0 && d.getUTCDate() === 1;
    });
    // $2.50, $5.00, $7.50 rather than $2.50, $5, $7.50
    const cents = splits.some((s) => Math.abs(s) < 1e4 && !Number.isInteger(Number(s.toFixed(2))));
    return splits.map((s) => tickLabel(kind, s, allJanuary, cents));
  };
}

/** A small tile hatched in the series' colour: stacked areas differ by pattern as well as colour. */
export function patternFor(ctx: CanvasRenderingContext2D, index: number): CanvasPattern | string {
  const look = lookOf(index);
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

/** Vertical and horizontal reference lines with their labels on the plot (direct labels). */
function drawMarks(u: uPlotType, c: ChartData, marks: readonly Mark[], ratio: number): void {
  const ctx = u.ctx;
  const { left, top, width, height } = u.bbox;
  ctx.save();
  ctx.font = FONT.replace("12px", `${Math.round(11 * ratio)}px`);
  ctx.textBaseline = "top";
  ctx.textAlign = "left"; // uPlot leaves the alignment of its last axis label
  ctx.lineWidth = ratio;
  const ROW = 14 * ratio;
  // The x marks' labels along the top, in rows, none over another (model/markLabels.ts): at least three rows, at most half the plot's height.
  const xMarks = marks.filter((m) => m.axis === "x");
  const xPos = xMarks.map((m) => u.valToPos(plotValue(c.x.kind, m.at), "x", true));
  const placed = placeMarkLabels(
    xMarks.map((m, i) => ({ pos: xPos[i], label: m.label, short: m.short })),
    (t) => ctx.measureText(t).width,
    { left: left + 2 * ratio, right: left + width - 2 * ratio, rows: Math.max(3, Math.floor(height / 2 / ROW)), gap: 3 * ratio },
  );
  const label = (text: string, tx: number, ty: number) => {
    const w = ctx.measureText(text).width;
    ctx.fillStyle = "rgba(255, 255, 255, 0.85)";
    ctx.fillRect(tx - 2 * ratio, ty - ratio, w + 4 * ratio, 13 * ratio);
    ctx.fillStyle = INK;
    ctx.fillText(text, tx, ty);
  };
  const line = (x0: number, y0: number, x1: number, y1: number) => {
    ctx.strokeStyle = INK;
    ctx.setLineDash([4 * ratio, 3 * ratio]);
    ctx.beginPath();
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
    ctx.stroke();
    ctx.setLineDash([]);
  };
  xMarks.forEach((_, i) => {
    const pos = xPos[i];
    if (pos < left - 0.5 || pos > left + width + 0.5) return;
    line(pos, top, pos, top + height);
  });
  xMarks.forEach((_, i) => {
    const p = placed[i];
    const pos = xPos[i];
    if (!p || pos < left - 0.5 || pos > left + width + 0.5) return;
    label(p.text, p.x, top + 2 * ratio + p.row * ROW);
  });
  for (const m of marks) {
    if (m.axis !== "y") continue;
    const pos = u.valToPos(plotValue(c.y.kind, m.at), "y", true);
    if (pos < top - 0.5 || pos > top + height + 0.5) continue;
    line(left, pos, left + width, pos);
    const w = ctx.measureText(m.label).width;
    // at the right end, under the line: away from the x marks' labels along the top
    label(m.label, Math.max(left + 2 * ratio, left + width - w - 4 * ratio), pos + 2 * ratio);
  }
  ctx.restore();
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

export interface PlotState {
  chart: ChartData;
}

/** uPlot options for a chart of `width` × `height` CSS pixels; marks and data are read from `state` at each draw. */
export function plotOptions(lib: UPlot, c: ChartData, state: PlotState, width: number, height: number): uPlotType.Options {
  const stepped = lib.paths.stepped ? lib.paths.stepped({ align: 1 }) : undefined;
  const series: uPlotType.Series[] = [
    {},
    ...c.series.map((s, i): uPlotType.Series => {
      const look = lookOf(i);
      return {
        label: s.label,
        stroke: look.color,
        width: s.emphasis ? 5 : 2,
        dash: c.stacked || s.emphasis ? [] : look.dash,
        fill: c.stacked ? (u: uPlotType) => patternFor(u.ctx, i) : undefined,
        fillTo: c.stacked ? () => 0 : undefined,
        paths: c.stepped ? stepped : undefined,
        points: { show: false },
        spanGaps: false,
      };
    }),
  ];
  const bands: uPlotType.Band[] = c.stacked
    ? c.series.slice(1).map((_, i) => ({ series: [i + 2, i + 1] as [number, number], fill: (u: uPlotType) => patternFor(u.ctx, i + 1) }))
    : [];
  return {
    width,
    height,
    legend: { show: false },
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    scales: {
      x: { time: c.x.kind === "date" },
      y: {
        range: (_u: uPlotType, min: number, max: number) => {
          const marks = state.chart.marks.filter((m) => m.axis === "y").map((m) => plotValue(state.chart.y.kind, m.at));
          const hi = Math.max(max, ...marks);
          return [Math.min(0, min), hi > 0 ? hi * 1.08 : 1];
        },
      },
    },
    axes: [
      {
        stroke: INK,
        font: FONT,
        labelFont: FONT,
        label: c.x.label,
        labelSize: 18,
        grid: { stroke: GRID, width: 1 },
        ticks: { stroke: GRID, width: 1 },
        values: axisValues(c.x.kind),
        space: 48,
      },
      {
        stroke: INK,
        font: FONT,
        labelFont: FONT,
        label: c.y.label,
        labelSize: 18,
        size: yAxisSize,
        grid: { stroke: GRID, width: 1 },
        ticks: { stroke: GRID, width: 1 },
        values: axisValues(c.y.kind),
      },
    ],
    series,
    bands,
    hooks: { draw: [(u: uPlotType) => drawMarks(u, state.chart, state.chart.marks, lib.pxRatio)] },
  };
}
