import { Dec } from "../../../calc/core/decimal";

/**
 * What a chart of the pane shows, computed from src/calc and independent of
 * any drawing library: the points of each series (exact, in Decimal), the
 * points worth marking, and the chart's text alternative (a sentence of key
 * points and a small data table). The figure component (../view/figure.ts)
 * draws it; the tests compare it with the functions' results.
 */

/** How values on an axis read: money in $ (cents), a per-share $ amount, a date (a Day number), or shares. */
export type ValueKind = "money" | "perShare" | "date" | "shares";

export interface Axis {
  label: string;
  kind: ValueKind;
}

export interface Series {
  id: string;
  label: string;
  /** One value per x; null where the series has no value (a gap). */
  values: (Dec | null)[];
  /** The result the others lead to (what is paid): drawn wide, under the others. */
  emphasis?: boolean;
}

/** A value worth pointing at: a vertical line at an x, or a horizontal line at a y. */
export interface Mark {
  axis: "x" | "y";
  at: Dec;
  /** Short label drawn beside the line (direct labelling, not colour alone). */
  label: string;
}

export interface DataTable {
  header: string[];
  rows: string[][];
  /** Said under the table when it lists fewer rows than the chart plots. */
  note?: string;
}

export interface ChartData {
  /** Stable id of the figure ("seriesc-payoff"); element ids derive from it. */
  id: string;
  /** The figure's caption. */
  title: string;
  x: Axis;
  y: Axis;
  /** The x of every point, ascending; dates as Day numbers. */
  xs: Dec[];
  series: Series[];
  /** Series are drawn stacked (each on top of the ones before): amounts by class. */
  stacked: boolean;
  /** Series change in steps at each x (vesting): drawn as steps, not slopes. */
  stepped: boolean;
  marks: Mark[];
  /** The key points in one or two sentences ("Conversion beats the preference above $28.00."). */
  summary: string;
  table: DataTable;
}

/** A chart that cannot be drawn from the inputs as they are: the figure shows why instead. */
export interface ChartProblem {
  id: string;
  title: string;
  problem: string;
}

export type ChartResult = ChartData | ChartProblem;

export const isProblem = (c: ChartResult): c is ChartProblem => (c as ChartProblem).problem !== undefined;

/** A string that changes whenever anything drawn or said changes: the figure redraws only then. */
export function chartKey(c: ChartResult): string {
  if (isProblem(c)) return `problem|${c.id}|${c.title}|${c.problem}`;
  const values = (v: (Dec | null)[]) => v.map((d) => (d === null ? "" : d.toString())).join(",");
  return [
    c.id,
    c.title,
    c.x.label,
    c.x.kind,
    c.y.label,
    c.y.kind,
    c.stacked,
    c.stepped,
    values(c.xs),
    ...c.series.map((s) => `${s.id}:${s.label}:${values(s.values)}`),
    ...c.marks.map((m) => `${m.axis}${m.at.toString()}${m.label}`),
    c.summary,
    JSON.stringify(c.table),
  ].join("|");
}
