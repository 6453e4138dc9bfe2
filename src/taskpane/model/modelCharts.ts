import { FORMATS, ModelSheet, PAYOFF_HEADERS, SpillSource, TableSource, chartSource } from "../../layout";
import { ChartSource, spillChartSource, tableChartSource } from "./chartSources";

/**
 * The native Excel charts "Insert model" adds over the model it wrote, each
 * bound to the model's live ranges (the layout's chart sources): the Series C
 * payoff Table (SERIESC_LIQPREF over a column of common values), the exit
 * table over the breakpoints (SERIESC_EXIT_TABLE with no proceeds list, when the capital has classes), the dividend
 * ledger (SERIESC_DIVSCHEDULE) and the selected grant's vesting schedule
 * (OPTEX_SCHEDULE). The charts follow the formulas as they recalculate.
 */

/** The header rows the functions spill (test/taskpane/modelCharts.test.ts checks them against the built functions). */
export const DIVSCHEDULE_HEADER = ["period end", "days", "year days", "opening balance", "dividend", "paid", "closing accrued"] as const;
export const SCHEDULE_HEADER = ["vest date", "shares vesting", "cumulative"] as const;
/** SERIESC_EXIT_TABLE's header: "proceeds", then the capital's names. */
export const EXIT_TABLE_FIRST = "proceeds";

/** Names made unique ("Common", "Common (2)"): a chart series is found by its header. */
function unique(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : `${n} (${k})`;
  });
}

/**
 * The charts of an inserted model. `classes`: the capital's names in order
 * (the exit table's columns; none: no exit chart).
 */
export function modelChartSources(model: ModelSheet, classes: readonly string[] = []): ChartSource[] {
  const out: ChartSource[] = [];
  const payoff = chartSource(model, "payoffTable") as TableSource | undefined;
  const payoffTable = model.tables.find((t) => t.name === payoff?.table);
  if (payoff && payoffTable && payoffTable.rows.some((r) => r[0] !== null)) {
    out.push(
      tableChartSource(payoff, {
        title: "Liquidation preference per Series C share (SERIESC_LIQPREF)",
        kind: "xyLine",
        x: PAYOFF_HEADERS[0],
        series: [PAYOFF_HEADERS[1]],
        xTitle: "Common value per share",
        yTitle: "Per Series C share",
        valueFormat: FORMATS.money,
        block: payoff.block,
      }),
    );
  }
  const exit = chartSource(model, "exitTable") as SpillSource | undefined;
  if (exit && classes.length) {
    const names = unique(classes);
    out.push(
      spillChartSource(exit, [EXIT_TABLE_FIRST, ...names], {
        // Points at their true distance (the breakpoints are not evenly spaced): each class's amount is exact at every kink.
        title: "Exit waterfall by class over the breakpoints (SERIESC_EXIT_TABLE)",
        kind: "xyLine",
        x: EXIT_TABLE_FIRST,
        series: names,
        xTitle: "Exit value (total distributed)",
        yTitle: "Amount received",
        valueFormat: "$#,##0",
        block: exit.block,
      }),
    );
  }
  const ledger = chartSource(model, "dividendLedger") as SpillSource | undefined;
  if (ledger) {
    out.push(
      spillChartSource(ledger, DIVSCHEDULE_HEADER, {
        title: "Accrued dividends per Series C share (SERIESC_DIVSCHEDULE)",
        kind: "line",
        x: "period end",
        series: ["closing accrued", "dividend"],
        xTitle: "Period end",
        yTitle: "Per Series C share",
        valueFormat: FORMATS.money,
        block: ledger.block,
      }),
    );
  }
  const vesting = chartSource(model, "vestingSchedule") as SpillSource | undefined;
  if (vesting) {
    out.push(
      spillChartSource(vesting, SCHEDULE_HEADER, {
        title: "Vesting of the selected grant's new options (OPTEX_SCHEDULE)",
        kind: "columnLine",
        x: "vest date",
        series: ["shares vesting", { header: "cumulative", line: true }],
        xTitle: "Vest date",
        yTitle: "New options",
        valueFormat: FORMATS.shares,
        block: vesting.block,
      }),
    );
  }
  return out;
}
