import { OPTION_EXCHANGE_EXAMPLE, SERIES_C_EXAMPLE, cellAddress, optionExchangeModel, seriesCModel } from "../../src/layout";
import { insertCharts } from "../../src/taskpane/excel/charts";
import { insertModel } from "../../src/taskpane/excel/insertModel";
import { modelChartSources } from "../../src/taskpane/model/modelCharts";
import { standIn } from "./excel/standIn";

/**
 * Native Excel charts over an inserted model: each chart bound to
 * the model's live ranges on its new sheet, through the Excel stand-in.
 */

/** A column of cells of the model's sheet, as the stand-in writes addresses. */
const column = (sheet: string, col: number, top: number, bottom: number) => `'${sheet}'!${cellAddress({ row: top, col })}:${cellAddress({ row: bottom, col })}`;

describe("charts bound to an inserted model, through the Excel stand-in", () => {
  test("Series C: the payoff Table, the exit table over the breakpoints by class (points at their true distance) and the dividend ledger; types, titles, series and their ranges", async () => {
    const x = standIn();
    const classes = SERIES_C_EXAMPLE.capital.map((r) => r[0]);
    const out = await insertModel("seriesC", (n) => seriesCModel(SERIES_C_EXAMPLE, n));
    if (!out.inserted) throw new Error("not inserted");
    await insertCharts(modelChartSources(out.model, classes));
    const charts = x.sheet("Series C")!.charts;
    expect(charts.map((c) => [c.name, c.type, c.title.text])).toEqual([
      ["MPWR payoffTable", "XYScatterLinesNoMarkers", "Liquidation preference per Series C share (SERIESC_LIQPREF)"],
      ["MPWR exitTable", "XYScatterLinesNoMarkers", "Exit waterfall by class over the breakpoints (SERIESC_EXIT_TABLE)"],
      ["MPWR dividendLedger", "Line", "Accrued dividends per Series C share (SERIESC_DIVSCHEDULE)"],
    ]);
    const m = seriesCModel(SERIES_C_EXAMPLE);
    const [payoff, exit, ledger] = charts;
    // Payoff: the Table's two columns, data rows only.
    const t = m.tables.find((y) => y.name === "SC_Payoff")!;
    const rows = [t.top + 1, t.top + t.rows.length] as const;
    expect(payoff.series).toEqual([
      {
        name: "Liquidation preference per share",
        values: column("Series C", t.left + 1, ...rows),
        xValues: column("Series C", t.left, ...rows),
        format: { line: { lineStyle: "Continuous" } },
      },
    ]);
    expect([payoff.axes.categoryAxis.title.text, payoff.axes.valueAxis.title.text, payoff.axes.valueAxis.numberFormat]).toEqual([
      "Common value per share",
      "Per Series C share",
      "$#,##0.00",
    ]);
    // Exit table over the breakpoints: one series per class against the proceeds column, each its column of the spill under its header row.
    const s = m.spills.find((y) => y.id === "exitTable")!;
    const spillRows = [s.anchor.row + 1, s.anchor.row + s.reserve.rows - 1] as const;
    expect(exit.series.map((y) => [y.name, y.values, y.xValues])).toEqual(
      classes.map((name, k) => [name, column("Series C", s.anchor.col + 1 + k, ...spillRows), column("Series C", s.anchor.col, ...spillRows)]),
    );
    // Ledger: every row kept for the spill (blanks not plotted), closing accrued then the dividend of each period.
    const l = m.spills.find((y) => y.id === "dividendLedger")!;
    const ledgerRows = [l.anchor.row + 1, l.anchor.row + l.reserve.rows - 1] as const;
    expect(ledger.series.map((y) => [y.name, y.values, y.xValues])).toEqual([
      ["closing accrued", column("Series C", l.anchor.col + 6, ...ledgerRows), column("Series C", l.anchor.col, ...ledgerRows)],
      ["dividend", column("Series C", l.anchor.col + 4, ...ledgerRows), column("Series C", l.anchor.col, ...ledgerRows)],
    ]);
    expect(ledger.displayBlanksAs).toBe("NotPlotted");
  });

  test("without capital classes there is no exit chart; an empty payoff Table gives no payoff chart", () => {
    const m = seriesCModel({ ...SERIES_C_EXAMPLE, payoffValues: [] });
    expect(modelChartSources(m).map((c) => c.id)).toEqual(["dividendLedger"]);
  });

  test("option exchange: the selected grant's vesting, columns per installment and a line of the cumulative", async () => {
    const x = standIn();
    const out = await insertModel("optionExchange", (n) => optionExchangeModel(OPTION_EXCHANGE_EXAMPLE, n));
    if (!out.inserted) throw new Error("not inserted");
    await insertCharts(modelChartSources(out.model));
    const [chart] = x.sheet("Option exchange")!.charts;
    const s = optionExchangeModel(OPTION_EXCHANGE_EXAMPLE).spills.find((y) => y.id === "vestingSchedule")!;
    const rows = [s.anchor.row + 1, s.anchor.row + s.reserve.rows - 1] as const;
    expect([chart.name, chart.type, chart.title.text]).toEqual([
      "MPWR vestingSchedule",
      "ColumnClustered",
      "Vesting of the selected grant's new options (OPTEX_SCHEDULE)",
    ]);
    expect(chart.series.map((y) => [y.name, y.values, y.xValues, y.chartType])).toEqual([
      ["shares vesting", column("Option exchange", s.anchor.col + 1, ...rows), column("Option exchange", s.anchor.col, ...rows), undefined],
      ["cumulative", column("Option exchange", s.anchor.col + 2, ...rows), column("Option exchange", s.anchor.col, ...rows), "Line"],
    ]);
  });
});
