import { CellArea, areaAddress, chartArea, parseArea, placeChart } from "../model/chartPlacement";
import { ChartSource, NativeChartKind, checkSource } from "../model/chartSources";

/**
 * Native Excel charts over an inserted model's live ranges (Office.js charts
 * API): each series is bound to its cells (ChartSeries.setValues /
 * setXAxisValues, ExcelApi 1.7), so the charts follow the formulas as they
 * recalculate. Every chart of one call is made in two syncs: one to read
 * what is already on the sheets (the used range, the cells where charts
 * would go, charts of an earlier insert), one to add the charts.
 */

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
