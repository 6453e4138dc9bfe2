import { Dec } from "../../../calc/core/decimal";
import { formatValue } from "./format";
import { DataTable, Series, ValueKind } from "./types";

/** A data table longer than this lists the key rows and an even selection of the others. */
export const MAX_TABLE_ROWS = 40;

/**
 * Which points the data table lists: all of them when there are few; else
 * the `key` ones (breakpoints that are marked, the first and last) and, among
 * the others, an even selection up to MAX_TABLE_ROWS in all.
 */
export function tableRows(count: number, key: readonly number[], limit = MAX_TABLE_ROWS): number[] {
  if (count <= limit) return Array.from({ length: count }, (_, i) => i);
  const chosen = new Set([0, count - 1, ...key.filter((i) => i >= 0 && i < count)]);
  const room = limit - chosen.size;
  if (room > 0) {
    const rest = Array.from({ length: count }, (_, i) => i).filter((i) => !chosen.has(i));
    for (let k = 0; k < room && k < rest.length; k++) chosen.add(rest[Math.floor(((k + 0.5) * rest.length) / room)]);
  }
  return [...chosen].sort((a, b) => a - b);
}

/** The table of the chosen points: x, then each series' value, formatted as the pane does. */
export function dataTable(
  xLabel: string,
  xKind: ValueKind,
  yKind: ValueKind,
  xs: readonly Dec[],
  series: readonly Series[],
  rows: readonly number[],
): DataTable {
  const table: DataTable = {
    header: [xLabel, ...series.map((s) => s.label)],
    rows: rows.map((i) => [formatValue(xKind, xs[i]), ...series.map((s) => (s.values[i] === null ? "—" : formatValue(yKind, s.values[i] as Dec)))]),
  };
  if (rows.length < xs.length) {
    table.note = `The table lists ${rows.length} of the ${xs.length} points plotted, including every marked one; between plotted points each line is straight.`;
  }
  return table;
}
