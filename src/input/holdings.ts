import { badValue } from "../calc/core/errors";
import { quoted } from "../calc/core/text";
import { HOLDINGS_ARG, HOLDINGS_LAYOUT, HoldingInput, HoldingsColumn } from "../calc/seriesC/payouts";
import { Cell, isBlank, isEmptyCell } from "./cells";
import { tableRows } from "./tables";

/**
 * `holdings`: holder | capital row name | quantity (SERIESC_PAYOUTS; the pane's holders table). Empty rows are
 * skipped (blanks and desktop Excel's zeros, docs/conventions.md#ranges-and-empty-cells), as is a header row whose
 * first cell is "holder". The checks against the capital table (names, quantities) are calc's (payouts.ts).
 */
const HOLDINGS_SHAPE = { minCols: 3, maxCols: 3, header: "holder", layout: `3 columns: ${HOLDINGS_LAYOUT}` };

export function holdingsArg(v: unknown): HoldingInput[] {
  const rows = tableRows(v, HOLDINGS_ARG, HOLDINGS_SHAPE);
  const out = new Array<HoldingInput>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const { row, cells } = rows[i];
    out[i] = { row, holder: nameCell(cells[0], row, "holder"), rowName: nameCell(cells[1], row, "row"), quantity: quantityCell(cells[2], row) };
  }
  return out;
}

function fail(row: number, column: HoldingsColumn, problem: string): never {
  throw badValue(HOLDINGS_ARG, `row ${row}: the ${column === "row" ? "capital row name" : column} ${problem}`, { row, column, problem });
}

/** A holder or a capital row is named by text, or by a number (an investor id, a class "2019"); desktop Excel's 0 is an empty cell. */
function nameCell(cell: Cell, row: number, column: HoldingsColumn): string {
  if (typeof cell === "string" && !isBlank(cell)) return cell.trim();
  if (typeof cell === "number" && Number.isFinite(cell) && cell !== 0) return String(cell);
  return fail(row, column, isEmptyCell(cell) ? "is missing" : `must be text, got ${String(cell).toUpperCase()}`);
}

function quantityCell(cell: Cell, row: number): number {
  if (typeof cell === "number") return cell; // finite and ≥ 0 are checked by calc (#NUM!)
  return fail(
    row,
    "quantity",
    isBlank(cell) ? "is missing" : `must be a number, got ${typeof cell === "string" ? `text ${quoted(cell)}` : String(cell).toUpperCase()}`,
  );
}
