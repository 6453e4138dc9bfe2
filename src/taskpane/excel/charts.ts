import { CellArea, areaAddress, chartArea, parseArea, placeChart } from "./chartPlacement";

/**
 * Native Excel charts over an inserted model's live ranges (Office.js charts
 * API): each series is bound to its cells (ChartSeries.setValues /
 * setXAxisValues, ExcelApi 1.7), so the charts follow the formulas as they
 * recalculate. Every chart of one call is made in two syncs: one to read
 * what is already on the sheets (the used range, the cells where charts
 * would go, charts of an earlier insert), one to add the charts.
 */

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

export interface PlacedChart {
  id: string;
  name: string;
  sheet: string;
  /** The cells the chart covers, e.g. "M3:T18". */
  position: string;
}

// Office.js's ChartType names (strings: the module loads on pages without office.js too).
const EXCEL_TYPES = {
  line: "Line",
  xyLine: "XYScatterLinesNoMarkers",
  stackedArea: "AreaStacked",
  stackedColumn: "ColumnStacked",
  column: "ColumnClustered",
  columnLine: "ColumnClustered",
} as const satisfies Record<NativeChartKind, string>;

/** Excel's own line styles, one per series of a line chart: series differ by more than colour. */
const LINE_STYLES = ["Continuous", "Dash", "DashDot", "RoundDot", "DashDotDot", "Dot"] as const;

export const chartName = (id: string): string => `MPWR ${id}`;

/** Whether this Excel has the chart calls used here (series bound to ranges, blanks not plotted: ExcelApi 1.8). */
export function chartsApiSupported(): boolean {
  return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported?.("ExcelApi", "1.8");
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

/** Adds (or replaces) one chart per source, each bound to its ranges, beside its block on cells that hold nothing. */
export async function insertCharts(sources: readonly ChartSource[]): Promise<PlacedChart[]> {
  sources.forEach(checkSource);
  return Excel.run(async (context) => {
    const sheets = [...new Set(sources.map((s) => s.sheet))];
    const used = new Map(
      sheets.map((name) => {
        const r = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(false);
        r.load("columnIndex,columnCount");
        return [name, r];
      }),
    );
    // Candidate areas: the requested cell, then right beside the block (one blank column between).
    const candidates = sources.map((s) => {
      const sheet = context.workbook.worksheets.getItem(s.sheet);
      const block = parseArea(s.block);
      const areas: CellArea[] = [];
      if (s.at) {
        const at = parseArea(s.at);
        areas.push(chartArea(at.top, at.left));
      }
      areas.push(chartArea(block.top, block.right + 2));
      return areas.map((area) => {
        const inside = sheet.getRange(areaAddress(area)).getUsedRangeOrNullObject(false);
        inside.load("address");
        return { area, inside };
      });
    });
    const earlier = sources.map((s) => context.workbook.worksheets.getItem(s.sheet).charts.getItemOrNullObject(chartName(s.id)));
    await context.sync();

    earlier.forEach((c) => {
      if (!c.isNullObject) c.delete();
    });
    const placed = new Map<string, CellArea[]>(sheets.map((n) => [n, []]));
    const out: PlacedChart[] = [];
    sources.forEach((s, i) => {
      const sheet = context.workbook.worksheets.getItem(s.sheet);
      const u = used.get(s.sheet) as Excel.Range;
      const firstFree = u.isNullObject ? 0 : u.columnIndex + u.columnCount + 1;
      const free = new Map(candidates[i].map((c) => [areaAddress(c.area), c.inside.isNullObject]));
      const onSheet = placed.get(s.sheet) as CellArea[];
      const area = placeChart(
        candidates[i].map((c) => c.area),
        (a) => free.get(areaAddress(a)) === true,
        onSheet,
        Math.max(firstFree, 0),
        parseArea(s.block).top,
      );
      onSheet.push(area);
      addChart(sheet, s, area);
      out.push({ id: s.id, name: chartName(s.id), sheet: s.sheet, position: areaAddress(area) });
    });
    await context.sync();
    return out;
  });
}

/** An address on the chart's own sheet, without the sheet part ("'Series C'!$E$12:$E$38" → "$E$12:$E$38"). */
const local = (address: string): string => address.slice(address.lastIndexOf("!") + 1);

function addChart(sheet: Excel.Worksheet, s: ChartSource, area: CellArea): void {
  const categories = sheet.getRange(local(s.categories));
  const chart = sheet.charts.add(EXCEL_TYPES[s.kind], sheet.getRange(local(s.series[0].values)), "Columns");
  chart.name = chartName(s.id);
  chart.title.text = s.title;
  chart.legend.position = "Bottom";
  chart.displayBlanksAs = "NotPlotted"; // a spill shorter than its reserved rows: no points for the empty cells
  s.series.forEach((x, k) => {
    const series = k === 0 ? chart.series.getItemAt(0) : chart.series.add(x.name);
    series.name = x.name;
    if (k > 0) series.setValues(sheet.getRange(local(x.values)));
    series.setXAxisValues(categories);
    if (s.kind === "columnLine" && x.line) series.chartType = "Line";
    if (s.kind === "line" || s.kind === "xyLine") series.format.line.lineStyle = LINE_STYLES[k % LINE_STYLES.length];
  });
  chart.axes.categoryAxis.title.text = s.xTitle;
  chart.axes.valueAxis.title.text = s.yTitle;
  if (s.valueFormat) chart.axes.valueAxis.numberFormat = s.valueFormat;
  const [start, end] = areaAddress(area).split(":");
  chart.setPosition(start, end);
}
