import { quoteSheet } from "../../layout/address";
import { areaAddress, parseArea } from "./chartPlacement";

/**
 * line: a category (often date) axis; xyLine: a numeric x axis (common
 * values, stock prices: points at their true distance); stackedArea and
 * stackedColumn: amounts by class; column; columnLine: columns, with the
 * series marked `line` drawn as lines (cumulative over per-period).
 */
export type NativeChartKind = "line" | "xyLine" | "stackedArea" | "stackedColumn" | "column" | "columnLine";

export interface ChartSeriesSource {
  /** The series' name: its header cell's text. */
  name: string;
  /** Its values: one column of data cells (no header), on the source's sheet. */
  values: string;
  /** columnLine only: drawn as a line. */
  line?: boolean;
}

/** What the Insert-model code knows about one block of an inserted model. */
export interface ChartSource {
  /** Stable id ("payoff", "dividendLedger"): the chart is named "MPWR <id>", and a new insert replaces it. */
  id: string;
  title: string;
  kind: NativeChartKind;
  /** Worksheet name. */
  sheet: string;
  /** The x values or categories: one column of data cells, as long as each series. */
  categories: string;
  series: ChartSeriesSource[];
  xTitle: string;
  yTitle: string;
  /** Number format of the value axis (e.g. "$#,##0.00"). */
  valueFormat?: string;
  /** The block (title to last reserved row) the chart belongs beside. */
  block: string;
  /** Where the chart should go if those cells are free (its top-left cell); otherwise beside the block or the sheet's data. */
  at?: string;
}

function lengthOf(address: string): number {
  const a = parseArea(address);
  return a.bottom - a.top + 1;
}

/** Checks a source before anything is sent to Excel: one column each, all as long as the categories. */
export function checkSource(s: ChartSource): void {
  const n = lengthOf(s.categories);
  const oneColumn = (address: string, what: string) => {
    const a = parseArea(address);
    if (a.left !== a.right) throw new Error(`chart "${s.title}": ${what} ${address} is not one column`);
    if (a.bottom - a.top + 1 !== n) throw new Error(`chart "${s.title}": ${what} ${address} has ${a.bottom - a.top + 1} rows, the categories ${n}`);
  };
  oneColumn(s.categories, "the categories");
  if (s.series.length === 0) throw new Error(`chart "${s.title}": no series`);
  for (const x of s.series) oneColumn(x.values, `series "${x.name}"`);
}

/**
 * ChartSources from the blocks of an inserted model, as the shared model
 * layout describes them (a Table: its header row and data rows; a spill: its
 * anchor and the rows kept free for it). The columns to plot are named by
 * their headers; the first named column is the x (or the categories).
 */

/** A Table of the layout: `area` covers its header row and its data rows. */
export interface TableBlock {
  id: string;
  sheet: string;
  headers: readonly string[];
  area: string;
}

/** A spill of the layout: `reserved` covers the rows kept for it, its own header row first when `header`. */
export interface SpillBlock {
  id: string;
  sheet: string;
  reserved: string;
  header: boolean;
}

export interface ChartOptions {
  title: string;
  kind: NativeChartKind;
  /** Header of the x (category) column. */
  x: string;
  /** Headers of the columns plotted, in order; `line: true` for a line on a column chart. */
  series: readonly (string | { header: string; line?: boolean })[];
  xTitle: string;
  yTitle: string;
  valueFormat?: string;
  /** The block's whole area (title to last row), when larger than the data: the chart goes beside it. */
  block?: string;
  at?: string;
}

const quoted = quoteSheet;

function build(
  id: string,
  sheet: string,
  headers: readonly string[],
  data: { top: number; bottom: number; left: number },
  block: string,
  o: ChartOptions,
): ChartSource {
  const column = (header: string) => {
    const j = headers.indexOf(header);
    if (j < 0) throw new Error(`chart "${o.title}": no column "${header}" in ${headers.join(" | ")}`);
    return `${quoted(sheet)}!${areaAddress({ top: data.top, bottom: data.bottom, left: data.left + j, right: data.left + j }).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
  };
  return {
    id,
    title: o.title,
    kind: o.kind,
    sheet,
    categories: column(o.x),
    series: o.series.map((s) => (typeof s === "string" ? { name: s, values: column(s) } : { name: s.header, values: column(s.header), line: s.line })),
    xTitle: o.xTitle,
    yTitle: o.yTitle,
    valueFormat: o.valueFormat,
    block: o.block ?? block,
    at: o.at,
  };
}

/** A chart over a Table's columns: the data rows as written (Insert model writes the rows it has). */
export function tableChartSource(t: TableBlock, o: ChartOptions): ChartSource {
  const a = parseArea(t.area);
  if (a.bottom <= a.top) throw new Error(`chart "${o.title}": the Table ${t.area} has no data rows`);
  return build(t.id, t.sheet, t.headers, { top: a.top + 1, bottom: a.bottom, left: a.left }, t.area, o);
}

/**
 * A chart over a spill's columns, bound to all the rows kept for it: as the
 * formula recalculates and the spill grows or shrinks within them, the chart
 * follows (the empty rows are not plotted). `headers` are the spill's column
 * headers (its function's header row).
 */
export function spillChartSource(s: SpillBlock, headers: readonly string[], o: ChartOptions): ChartSource {
  const a = parseArea(s.reserved);
  const top = s.header ? a.top + 1 : a.top;
  if (a.bottom < top) throw new Error(`chart "${o.title}": the spill's area ${s.reserved} keeps no data rows`);
  return build(s.id, s.sheet, headers, { top, bottom: a.bottom, left: a.left }, s.reserved, o);
}
