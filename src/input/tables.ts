import { badValue } from "../calc/core/errors";
import { TermOverride, TermValue } from "../calc/core/terms";
import { quoted } from "../calc/core/text";
import { Cell, asRange, isBlank, isEmptyCell, isOmitted } from "./cells";
import { describeValue } from "./values";

/** A non-empty row of a table argument with its 1-based position in the range. */
export interface TableRow {
  row: number;
  cells: Cell[];
}

export interface TableShape {
  /** Columns a row may have; extra empty columns to the right are ignored. */
  maxCols: number;
  minCols: number;
  /** First-column text of an optional header row, e.g. "date". */
  header: string;
  layout: string;
}

/**
 * Reads a table argument (docs/conventions.md): omitted → no rows; a scalar is a 1×1
 * range; fully empty rows are skipped; a header row naming the first column
 * is skipped; ragged rows are padded with blanks.
 */
export function tableRows(v: unknown, arg: string, shape: TableShape): TableRow[] {
  if (isOmitted(v)) return [];
  const range = asRange(v);
  const rows: TableRow[] = [];
  for (let i = 0; i < range.length; i++) {
    const cells = range[i];
    const width = lastFilled(cells) + 1;
    if (width === 0) continue; // an empty row (blanks and desktop Excel's zeros)
    if (rows.length === 0 && typeof cells[0] === "string" && cells[0].trim().toLowerCase() === shape.header) continue;
    if (width > shape.maxCols) throw badValue(arg, `row ${i + 1} has ${width} columns; expected ${shape.layout}`);
    if (cells.length < shape.minCols) throw badValue(arg, `row ${i + 1} has ${cells.length} column${cells.length === 1 ? "" : "s"}; expected ${shape.layout}`);
    let padded = cells;
    if (cells.length !== shape.maxCols) {
      padded = new Array<Cell>(shape.maxCols);
      for (let k = 0; k < shape.maxCols; k++) padded[k] = k < cells.length ? cells[k] : null;
    }
    rows.push({ row: i + 1, cells: padded });
  }
  return rows;
}

/** The last cell that is neither blank nor 0 (desktop Excel sends 0 for an empty cell, docs/conventions.md); −1 if none. */
function lastFilled(cells: Cell[]): number {
  for (let k = cells.length - 1; k >= 0; k--) if (!isEmptyCell(cells[k])) return k;
  return -1;
}

const TERMS_SHAPE: TableShape = { minCols: 1, maxCols: 2, header: "name", layout: "2 columns: name | value" };

/** `terms`: name | value rows (docs/conventions.md). Values stay raw: calc knows each term's kind. */
export function termOverrides(v: unknown, arg = "terms"): TermOverride[] {
  return tableRows(v, arg, TERMS_SHAPE).map(({ row, cells }) => {
    const [name, value] = cells;
    if (typeof name !== "string") throw badValue(arg, `row ${row}: the term name must be text, got ${describeValue(name)}`);
    if (Array.isArray(value)) throw badValue(arg, `row ${row}: one value per term`);
    return { name, value: value as TermValue | null | undefined, row };
  });
}

/** A number cell of a table, or undefined when blank. */
export function optionalCellNumber(cell: Cell, arg: string, where: string): number | undefined {
  if (isBlank(cell)) return undefined;
  if (typeof cell !== "number") throw badValue(arg, `${where} must be a number, got ${typeof cell === "string" ? quoted(cell) : String(cell).toUpperCase()}`);
  if (!Number.isFinite(cell)) throw badValue(arg, `${where} must be a finite number, got ${cell}`);
  return cell;
}
