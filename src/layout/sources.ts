import { Area, areaAddress, quoteSheet } from "./address";
import { formulaText } from "./formula";
import { ModelSheet, SpillSpec, TableSpec } from "./types";

/**
 * Where the data behind a chart lives in a model sheet: native Excel charts
 * (docs/workbook.md "Charts") bind to these ranges so they update with the formulas.
 */

export interface SpillSource {
  kind: "spill";
  id: string;
  sheet: string;
  /** The anchor cell, e.g. 'Series C'!$E$12 (its spill is `anchor#`). */
  anchor: string;
  /** The area the layout keeps free for the spill (the actual spill may be shorter). */
  reserved: string;
  /** Whether the spill's first row holds its column headers. */
  header: boolean;
  formula: string;
  /** The whole block (title to the last reserved row), e.g. to place a chart beside it. */
  block: string;
}

export interface TableSource {
  kind: "table";
  id: string;
  sheet: string;
  table: string;
  headers: string[];
  /** Header row and data rows as written (the Table grows with the user's rows). */
  area: string;
  /** The whole block (title to the last row). */
  block: string;
}

/** The chart data of each model, by what it shows. */
export const CHART_SOURCES = {
  /** Liquidation preference per share over a column of common values (Table SC_Payoff). */
  payoffTable: { kind: "table", block: "payoff" },
  /** Each class's amount at $0, each breakpoint and between them (SERIESC_EXIT_TABLE with no proceeds list). */
  exitTable: { kind: "spill", id: "exitTable" },
  /** The dividend ledger spill (SERIESC_DIVSCHEDULE). */
  dividendLedger: { kind: "spill", id: "dividendLedger" },
  /** The selected grant's vesting schedule spill (OPTEX_SCHEDULE). */
  vestingSchedule: { kind: "spill", id: "vestingSchedule" },
  /** New options per grant, beside the roster (OPTEX_NEWSHARES). */
  newOptions: { kind: "spill", id: "newOptions" },
} as const;

export type ChartSourceId = keyof typeof CHART_SOURCES;

const qualified = (sheet: ModelSheet, a: Area): string => `${quoteSheet(sheet.name)}!${areaAddress(a, true)}`;

/** The sheet-qualified area of a block, by id. */
function blockArea(sheet: ModelSheet, id: string): string {
  const b = sheet.blocks.find((x) => x.id === id);
  if (!b) throw new Error(`layout ${sheet.name}: no block ${id}`);
  return qualified(sheet, b.area);
}

export function spillSource(sheet: ModelSheet, s: SpillSpec): SpillSource {
  const { row, col } = s.anchor;
  return {
    kind: "spill",
    id: s.id,
    sheet: sheet.name,
    anchor: qualified(sheet, { top: row, left: col, bottom: row, right: col }),
    reserved: qualified(sheet, { top: row, left: col, bottom: row + s.reserve.rows - 1, right: col + s.reserve.cols - 1 }),
    header: s.header,
    formula: formulaText(s.formula, "ui"),
    block: blockArea(sheet, s.block),
  };
}

export function tableSource(sheet: ModelSheet, t: TableSpec, id: string): TableSource {
  return {
    kind: "table",
    id,
    sheet: sheet.name,
    table: t.name,
    headers: t.columns.map((c) => c.header),
    area: qualified(sheet, { top: t.top, left: t.left, bottom: t.top + t.rows.length, right: t.left + t.columns.length - 1 }),
    block: blockArea(sheet, t.block),
  };
}

/** A chart's data in this sheet, or undefined when the sheet does not have it (it belongs to the other model). */
export function chartSource(sheet: ModelSheet, id: ChartSourceId): SpillSource | TableSource | undefined {
  const want = CHART_SOURCES[id];
  if (want.kind === "spill") {
    const s = sheet.spills.find((x) => x.id === want.id);
    return s && spillSource(sheet, s);
  }
  const t = sheet.tables.find((x) => x.block === want.block);
  return t && tableSource(sheet, t, id);
}
