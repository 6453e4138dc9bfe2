import { insertCharts } from "../../src/taskpane/excel/charts";
import { CHART_COLUMNS, CHART_ROWS, areaAddress, overlaps, parseArea, placeChart } from "../../src/taskpane/model/chartPlacement";
import { ChartSource, checkSource } from "../../src/taskpane/model/chartSources";
import { cellAddress } from "../../src/layout";
import { standIn } from "./excel/standIn";

/**
 * Native charts over an inserted model's live ranges, through the Excel
 * stand-in with Office.js's load/sync rules (test/taskpane/excel/standIn.ts):
 * chart types, titles, series names and the ranges each series is bound to,
 * placement beside the data without covering it, and the number of syncs.
 */
const SC = "Series C";
const Q = "'Series C'"; // the sheet as a range address names it

/** The stand-in's workbook with these sheets, a value in every cell of the areas given as used. */
function makeExcel(sheets: Record<string, string[]>) {
  const x = standIn();
  for (const [name, used] of Object.entries(sheets)) {
    x.addSheet(name);
    for (const a of used.map(parseArea))
      for (let row = a.top; row <= a.bottom; row++) for (let col = a.left; col <= a.right; col++) x.set(`'${name}'!${cellAddress({ row, col })}`, 1);
  }
  /** The requests sent: the batch's own syncs, and what Excel.run sent when it returned (nothing should be left). */
  const requests = () => x.log.filter((e) => e.sync !== undefined).map((e) => e.sync as number);
  return {
    charts: (name: string) => x.sheet(name)!.charts,
    log: {
      get syncs() {
        return Math.max(0, requests().length - 1);
      },
      get leftQueued() {
        return requests().slice(-1)[0] ?? 0;
      },
    },
  };
}
// What Insert model passes for the Series C model (the addresses of its blocks, as the shared layout gives them).
const payoff: ChartSource = {
  id: "payoff",
  title: "Liquidation preference per Series C share",
  kind: "xyLine",
  sheet: SC,
  categories: "'Series C'!$AB$4:$AB$14",
  series: [{ name: "Liquidation preference per share", values: "'Series C'!$AC$4:$AC$14" }],
  xTitle: "Common value per share",
  yTitle: "Per Series C share",
  valueFormat: "$#,##0.00",
  block: "'Series C'!$AB$2:$AC$14",
};
const ledger: ChartSource = {
  id: "dividendLedger",
  title: "Accrued dividends per share (SERIESC_DIVSCHEDULE)",
  kind: "line",
  sheet: SC,
  categories: "'Series C'!$D$14:$D$38", // the spill's reserved rows: rows past its end are blank, not plotted
  series: [
    { name: "closing accrued", values: "'Series C'!$J$14:$J$38" },
    { name: "dividend", values: "'Series C'!$H$14:$H$38" },
  ],
  xTitle: "Period end",
  yTitle: "Per Series C share",
  block: "'Series C'!$D$12:$J$38",
};
const exit: ChartSource = {
  id: "exitTable",
  title: "Exit waterfall by class (SERIESC_EXIT_TABLE)",
  kind: "stackedArea",
  sheet: SC,
  categories: "'Series C'!$L$41:$L$51",
  series: ["Notes", "Series C", "Common"].map((name, k) => ({ name, values: `'Series C'!$${"MNO"[k]}$41:$${"MNO"[k]}$51` })),
  xTitle: "Exit value",
  yTitle: "Amount received",
  valueFormat: "$#,##0",
  block: "'Series C'!$L$39:$O$51",
};

describe("native Excel charts bound to the model's live ranges", () => {
  test("one chart per source: type, title, axis titles, series names and the ranges each series is bound to; two syncs in all", async () => {
    const excel = makeExcel({ [SC]: ["A1:C70", "D1:J40", "K1:AC30", "L39:O51"] });
    const placed = await insertCharts([payoff, ledger, exit]);
    const charts = excel.charts(SC);
    expect(charts.map((c) => [c.name, c.type])).toEqual([
      ["MPWR payoff", "XYScatterLinesNoMarkers"],
      ["MPWR dividendLedger", "Line"],
      ["MPWR exitTable", "AreaStacked"],
    ]);
    const [p, l, e] = charts;
    expect(p.title.text).toBe(payoff.title);
    expect([p.axes.categoryAxis.title.text, p.axes.valueAxis.title.text, p.axes.valueAxis.numberFormat]).toEqual([
      "Common value per share",
      "Per Series C share",
      "$#,##0.00",
    ]);
    expect(p.series).toEqual([
      { name: "Liquidation preference per share", values: `${Q}!AC4:AC14`, xValues: `${Q}!AB4:AB14`, format: { line: { lineStyle: "Continuous" } } },
    ]);
    expect(l.series.map((s) => [s.name, s.values, s.xValues, s.format.line.lineStyle])).toEqual([
      ["closing accrued", `${Q}!J14:J38`, `${Q}!D14:D38`, "Continuous"],
      ["dividend", `${Q}!H14:H38`, `${Q}!D14:D38`, "Dash"],
    ]);
    expect(l.displayBlanksAs).toBe("NotPlotted");
    expect(e.series.map((s) => [s.name, s.values, s.xValues])).toEqual([
      ["Notes", `${Q}!M41:M51`, `${Q}!L41:L51`],
      ["Series C", `${Q}!N41:N51`, `${Q}!L41:L51`],
      ["Common", `${Q}!O41:O51`, `${Q}!L41:L51`],
    ]);
    expect(charts.every((c) => c.legend.position === "Bottom" && c.seriesBy === "Columns")).toBe(true);
    expect(excel.log.syncs).toBe(2);
    expect(excel.log.leftQueued).toBe(0);
    expect(placed.map((x) => x.name)).toEqual(charts.map((c) => c.name));
  });

  test("placed right of everything used, level with each block's top, never over data or over each other", async () => {
    const used = ["A1:C70", "D1:J40", "K1:AC30", "L39:O51"];
    const excel = makeExcel({ [SC]: used });
    const placed = await insertCharts([payoff, ledger, exit]);
    const areas = placed.map((x) => parseArea(x.position));
    for (const a of areas) {
      expect(a.right - a.left + 1).toBe(CHART_COLUMNS);
      expect(a.bottom - a.top + 1).toBe(CHART_ROWS);
      for (const u of used) expect(overlaps(a, parseArea(u))).toBe(false);
    }
    for (let i = 0; i < areas.length; i++) for (let j = i + 1; j < areas.length; j++) expect(overlaps(areas[i], areas[j])).toBe(false);
    // payoff and ledger: the cells beside their blocks hold data, and the used range ends at AC: one blank column, then AE;
    // the exit table's block (L39:O51) has free cells beside it, below K1:AC30: Q39
    expect(areas.map((a) => areaAddress(a).split(":")[0])).toEqual(["AE2", "AE19", "Q39"]);
    expect(excel.charts(SC).map((c) => c.position)).toEqual(placed.map((x) => ({ start: x.position.split(":")[0], end: x.position.split(":")[1] })));
  });

  test("beside its block when those cells are free, or where the caller asks if free", async () => {
    const excel = makeExcel({ [SC]: ["A1:C40"] });
    const placed = await insertCharts([
      { ...payoff, block: "A2:C14", categories: "A4:A14", series: [{ name: "x", values: "B4:B14" }] },
      { ...ledger, at: "E30" },
    ]);
    expect(placed.map((x) => x.position)).toEqual(["E2:L17", "E30:L45"]);
    expect(excel.log.syncs).toBe(2);
  });

  test("inserting again replaces the charts of the earlier insert (same names), not adds to them", async () => {
    const excel = makeExcel({ [SC]: ["A1:AC60"] });
    await insertCharts([payoff, ledger]);
    await insertCharts([payoff, ledger]);
    expect(excel.charts(SC).map((c) => c.name)).toEqual(["MPWR payoff", "MPWR dividendLedger"]);
  });

  test("vesting: columns for the shares vesting, a line for the cumulative total", async () => {
    const OX = "Option exchange";
    const excel = makeExcel({ [OX]: ["A1:J40"] });
    await insertCharts([
      {
        id: "vestingSchedule",
        title: "Vesting of the selected grant (OPTEX_SCHEDULE)",
        kind: "columnLine",
        sheet: OX,
        categories: "'Option exchange'!$D$5:$D$14",
        series: [
          { name: "shares vesting", values: "'Option exchange'!$E$5:$E$14" },
          { name: "cumulative", values: "'Option exchange'!$F$5:$F$14", line: true },
        ],
        xTitle: "Vest date",
        yTitle: "New options",
        valueFormat: "#,##0",
        block: "'Option exchange'!$D$3:$F$14",
      },
    ]);
    const [c] = excel.charts(OX);
    expect(c.type).toBe("ColumnClustered");
    expect(c.series.map((s) => [s.name, s.chartType])).toEqual([
      ["shares vesting", undefined],
      ["cumulative", "Line"],
    ]);
  });

  test("a source whose ranges do not line up is refused before anything is sent to Excel", async () => {
    const excel = makeExcel({ [SC]: [] });
    expect(() => checkSource({ ...payoff, series: [{ name: "x", values: "AC4:AC13" }] })).toThrow(
      'chart "Liquidation preference per Series C share": series "x" AC4:AC13 has 10 rows, the categories 11',
    );
    expect(() => checkSource({ ...payoff, categories: "AB4:AC14" })).toThrow("the categories AB4:AC14 is not one column");
    expect(() => checkSource({ ...payoff, series: [] })).toThrow("no series");
    await expect(insertCharts([{ ...exit, series: [{ name: "x", values: "M41:N51" }] }])).rejects.toThrow("is not one column");
    expect(excel.log.syncs).toBe(0);
  });
});

describe("chart placement (pure)", () => {
  test("the first free candidate; else right of the data, below charts already there", () => {
    const free = () => true;
    const busy = () => false;
    expect(areaAddress(placeChart([parseArea("E2:L17")], free, [], 20, 1))).toBe("E2:L17");
    expect(areaAddress(placeChart([parseArea("E2:L17")], busy, [], 20, 1))).toBe("U2:AB17");
    expect(areaAddress(placeChart([], busy, [parseArea("U2:AB17")], 20, 5))).toBe("U19:AB34");
    expect(areaAddress(placeChart([parseArea("U2:AB17")], free, [parseArea("U2:AB17")], 20, 1))).toBe("U19:AB34");
  });
  test("addresses: sheet-qualified, absolute, one cell", () => {
    expect(parseArea("'Series C'!$E$12:$K$38")).toEqual({ top: 11, left: 4, bottom: 37, right: 10 });
    expect(parseArea("AB4")).toEqual({ top: 3, left: 27, bottom: 3, right: 27 });
    expect(() => parseArea("Series C")).toThrow("not a cell or range address");
  });
});
