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
    out[i] = { row, holder: holderCell(cells[0], row), rowName: rowNameCell(cells[1], row), quantity: quantityCell(cells[2], row) };
  }
  return out;
}

function fail(row: number, column: HoldingsColumn, problem: string, detail = problem): never {
  throw badValue(HOLDINGS_ARG, `row ${row}: ${detail}`, { row, column, problem });
}

/** A holder is named by text or by a number (an investor id); desktop Excel's 0 is an empty cell. */
function holderCell(cell: Cell, row: number): string {
  if (typeof cell === "string" && !isBlank(cell)) return cell.trim();
  if (typeof cell === "number" && Number.isFinite(cell) && cell !== 0) return String(cell);
  if (isEmptyCell(cell)) fail(row, "holder", "required", "the first column names the holder");
  return fail(row, "holder", `must be text, got ${String(cell).toUpperCase()}`, `the holder must be text, got ${String(cell).toUpperCase()}`);
}

function rowNameCell(cell: Cell, row: number): string {
  if (typeof cell === "string" && !isBlank(cell)) return cell.trim();
  if (typeof cell === "number" && Number.isFinite(cell) && cell !== 0) return String(cell); // a class named "2019"
  if (isEmptyCell(cell)) fail(row, "row", "required", "the second column is the name of a capital row");
  return fail(row, "row", `must be the name of a capital row, got ${String(cell)}`, `the second column must be the name of a capital row, got ${String(cell)}`);
}

function quantityCell(cell: Cell, row: number): number {
  if (typeof cell === "number") return cell; // finite and ≥ 0 are checked by calc (#NUM!)
  if (isBlank(cell)) fail(row, "quantity", "required", "the quantity held is missing");
  const got = typeof cell === "string" ? `text ${quoted(cell)}` : String(cell).toUpperCase();
  return fail(row, "quantity", `must be a number, got ${got}`, `the quantity must be a number, got ${got}`);
}
