import { Area, CellAt } from "./address";
import { Formula } from "./formula";

/**
 * The renderer-independent description of one model sheet: what goes in which
 * cell, the Tables, defined names, validation lists, spills, formats and page
 * setup. scripts/make-workbook.js renders it with exceljs into
 * examples/mpwr-model.xlsx; the task pane's "Insert model" renders the same
 * description through Office.js (docs/workbook.md#inserting-the-layout).
 * Rows and columns are 0-based; a model owns its sheet and starts at A1.
 */

export type CellValue = string | number | boolean;

/** What a cell is for; renderers map roles to fonts and fills (STYLES). */
export type Role = "title" | "subtitle" | "blockTitle" | "note" | "header" | "label" | "name" | "input" | "output";

export interface CellSpec extends CellAt {
  role: Role;
  /** A constant (text, number, date serial, boolean). */
  value?: CellValue;
  /** A single-value formula (spilling formulas are in `spills`). */
  formula?: Formula;
  format?: string;
}

export interface TableColumnSpec {
  header: string;
  /** Number format of the column's data cells. */
  format?: string;
  /** A calculated column: the same formula in every row (this-row references). */
  formula?: Formula;
}

export interface TableSpec {
  /** Table name, workbook-wide (structured references use it). */
  name: string;
  /** The header row's cell of the first column. */
  top: number;
  left: number;
  columns: TableColumnSpec[];
  /** Data rows: one value per column (null = empty; calculated columns: null). At least one row. */
  rows: (CellValue | null)[][];
  /** Per-cell number formats overriding the column's (e.g. the Value column of a terms table), [row][col]. */
  cellFormats?: (string | undefined)[][];
  /** The block the Table belongs to. */
  block: string;
}

export interface NameSpec {
  /** Workbook-scoped defined name. */
  name: string;
  /** The single cell it refers to. */
  cell: CellAt;
  /** What the input is, as the label column says. */
  label: string;
}

export interface ValidationSpec {
  area: Area;
  /** The allowed words, in the order the drop-down shows them. */
  list: readonly string[];
  /** Shown when the user selects a cell of the area (at most 255 characters). */
  prompt: string;
}

export interface SpillSpec {
  /** Stable id for callers (charts bind to spills by id). */
  id: string;
  block: string;
  anchor: CellAt;
  formula: Formula;
  /** Whether the spill's first row is its own header row (formatted as a header). */
  header: boolean;
  /** Number formats per spill column (undefined = General). */
  columnFormats: (string | undefined)[];
  /** Formats of single cells of the spill overriding their column's (row and column from the anchor). */
  cellFormats?: { row: number; col: number; format: string }[];
  /** Rows and columns the layout keeps free for it (formats cover this area). */
  reserve: { rows: number; cols: number };
  /**
   * Spill columns whose long text wraps within the column (the rows grow to fit;
   * the spill's cells align to the top). Renderers size the rows from the
   * values: Office.js by autofitting the rows, the file generator from the
   * cached text.
   */
  wrapColumns?: number[];
}

export interface BlockSpec {
  id: string;
  title: string;
  /** The one-line explanation under the title. */
  note: string;
  /** Everything the block covers, title to last reserved row. */
  area: Area;
}

export interface PrintSpec {
  /** Print areas, printed in order (each starts a page). */
  areas: Area[];
  /** Rows repeated at the top of every printed page (0-based, inclusive). */
  titleRows: [number, number];
  orientation: "landscape" | "portrait";
  /** Fit to this many pages wide; 0 tall = as many pages as needed. */
  fitToWidth: number;
  fitToHeight: number;
}

export interface ModelSheet {
  /** Worksheet name. */
  name: string;
  /** Column widths in characters (Excel's column width unit), from column A. */
  columnWidths: number[];
  /** Rows frozen at the top. */
  frozenRows: number;
  print: PrintSpec;
  cells: CellSpec[];
  tables: TableSpec[];
  names: NameSpec[];
  validations: ValidationSpec[];
  spills: SpillSpec[];
  blocks: BlockSpec[];
}

/** How each role looks: renderers translate this to their own style objects. */
export interface RoleStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** Font colour, RRGGBB. */
  color?: string;
  /** Solid fill, RRGGBB. */
  fill?: string;
}

export const STYLES: Record<Role, RoleStyle> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, color: "595959" },
  blockTitle: { bold: true, size: 12 },
  note: { italic: true, color: "595959" },
  header: { bold: true, fill: "F3F2F1" },
  label: {},
  name: { color: "595959" },
  input: { fill: "FFF8E1" },
  output: {},
};
