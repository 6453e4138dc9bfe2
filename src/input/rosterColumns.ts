import { Day } from "../calc/time/civil";
import { dayFromSerial } from "../calc/time/excelSerial";
import { parseIsoDate } from "../calc/time/isoDate";
import { Cell, isBlank } from "./cells";
import { describeValue } from "./values";

/**
 * A grant roster as a grid of cells — pasted text split into cells, or the
 * values of a selected range (numbers, date serials, text) — read by its
 * header: columns are recognised by name in any order, case and spacing
 * ignored. Without a header row the default order applies:
 * grant id | grant date | options | exercise price | [ISO/NSO type].
 */
export type RosterColumn = "grant" | "holder" | "grantDate" | "options" | "price" | "type" | "expiration";

export const ROSTER_DEFAULT_ORDER: readonly RosterColumn[] = ["grant", "grantDate", "options", "price", "type"];

/** Header names each column is recognised by (examples, for messages and the docs). */
export const ROSTER_COLUMN_NAMES: Record<RosterColumn, string> = {
  grant: "Grant, Grant ID, Grant number, Security ID, Award ID",
  holder: "Employee, Optionee, Holder, Name, Stakeholder Name",
  grantDate: "Grant date, Date of grant, Issue Date",
  options: "Options outstanding, Eligible options, Quantity Outstanding, Outstanding, Options, Shares, Quantity",
  price: "Exercise price, Strike price, Strike, Option price",
  type: "Type, ISO/NSO, Option type",
  expiration: "Expiration Date, Option expiration date",
};

/** Short names for messages. */
export const ROSTER_COLUMN_LABEL: Record<RosterColumn, string> = {
  grant: "grant id",
  holder: "employee",
  grantDate: "grant date",
  options: "options",
  price: "exercise price",
  type: "ISO/NSO type",
  expiration: "expiration date",
};

export type ColumnMap = Partial<Record<RosterColumn, number>>;

function words(header: string): string[] {
  return header
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ") // "grant date (eligible option)" is a grant date
    .replace(/[^a-z0-9#%]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

/**
 * Which roster column a header cell names, and how specifically (a higher
 * score wins when two cells could be the same column: "Eligible options"
 * beats "Options outstanding" beats "Options").
 */
export function columnOfHeader(header: string): { column: RosterColumn; score: number } | undefined {
  const w = words(header);
  if (w.length === 0) return undefined;
  const has = (...xs: string[]) => xs.some((x) => w.includes(x));
  const text = w.join(" ");
  // Cap-table exports (Carta, Shareworks, OCF rosters): "Security ID", "Stakeholder Name",
  // "Issue Date", "Quantity Outstanding", "Expiration Date".
  if (text === "expiration date" || text === "option expiration date" || text === "expiration" || text === "expiry date" || text === "expires") return { column: "expiration", score: 2 };
  if (text === "issue date" || text === "date issued" || text === "issued" || text === "issued date") return { column: "grantDate", score: 2 };
  if (text === "security id" || text === "award id" || text === "certificate id" || text === "security" || text === "option grant id") return { column: "grant", score: 2 };
  if (has("stakeholder")) return { column: "holder", score: 2 };
  // The eligible option's own expiration date (OPTEX_VALUATION; optional): not the new options' last day.
  if (has("expiration", "expiry", "expires", "expire") && !has("new", "vested", "vest", "vesting", "exercisable", "last", "total", "value", "after", "notice")) return { column: "expiration", score: 2 };
  // Columns a model writes beside the roster are never inputs.
  if (has("new", "vested", "vest", "vesting", "exercisable", "ratio", "breakeven", "break", "expiry", "expiration", "last", "total", "value")) return undefined;
  if (has("date") && (has("grant", "granted", "option") || text === "date")) return { column: "grantDate", score: 2 };
  if (text === "date of grant" || text === "grant dt") return { column: "grantDate", score: 2 };
  if (has("price", "strike") || text === "exercise") {
    if (has("market", "fmv", "fair", "stock", "sale", "spot")) return undefined;
    return { column: "price", score: 2 };
  }
  if (has("iso", "nso", "nqso", "nq") || text === "type" || text === "option type" || text === "tax type" || text === "tax status") return { column: "type", score: 2 };
  if (has("employee", "optionee", "holder", "participant", "name")) return { column: "holder", score: 2 };
  if (has("grant") || text === "id" || text === "option id" || text === "option number" || text === "option #") return { column: "grant", score: 2 };
  if (has("eligible")) return { column: "options", score: 3 };
  if (has("outstanding")) return { column: "options", score: 2 };
  if (has("options", "option", "shares", "quantity")) return { column: "options", score: 1 };
  return undefined;
}

export interface HeaderReading {
  /** True when the row is a header (it names at least one column and holds no number). */
  isHeader: boolean;
  columns: ColumnMap;
  /** A shape problem (a missing or doubled column); the roster cannot be read while it stands. */
  problem?: string;
}

const REQUIRED: RosterColumn[] = ["grantDate", "options", "price"];

/**
 * Recognises the first non-empty row as a header, or falls back to the default order.
 * `isNumberText`: whether a text cell reads as a number (then the row is data).
 */
export function headerOf(cells: readonly Cell[], isNumberText: (text: string) => boolean): HeaderReading {
  const found = cells.map((c) => (typeof c === "string" ? columnOfHeader(c) : undefined));
  const isHeader = found.some(Boolean) && cells.every((c) => typeof c !== "number" && typeof c !== "boolean") && !cells.some((c) => typeof c === "string" && isNumberText(c));
  if (!isHeader) {
    const columns: ColumnMap = {};
    ROSTER_DEFAULT_ORDER.forEach((col, i) => (columns[col] = i));
    return { isHeader: false, columns };
  }
  const columns: ColumnMap = {};
  const score: Partial<Record<RosterColumn, number>> = {};
  const doubled: string[] = [];
  found.forEach((f, i) => {
    if (!f) return;
    const prev = score[f.column];
    if (prev === undefined || f.score > prev) {
      columns[f.column] = i;
      score[f.column] = f.score;
    } else if (f.score === prev) doubled.push(`"${String(cells[columns[f.column] as number]).trim()}" and "${String(cells[i]).trim()}" both name the ${ROSTER_COLUMN_LABEL[f.column]}`);
  });
  const missing = REQUIRED.filter((c) => columns[c] === undefined);
  if (columns.grant === undefined && columns.holder === undefined) missing.unshift("grant");
  const problems: string[] = [];
  if (missing.length) {
    const names = missing.map((c) =>
      c === "grant"
        ? `grant id or employee column (e.g. ${ROSTER_COLUMN_NAMES.grant}, ${ROSTER_COLUMN_NAMES.holder})`
        : `${ROSTER_COLUMN_LABEL[c]} column (e.g. ${ROSTER_COLUMN_NAMES[c]})`,
    );
    problems.push(`the header row has no ${names.join("; no ")}`);
  }
  problems.push(...doubled);
  return { isHeader: true, columns, problem: problems.length ? problems.join("; ") : undefined };
}

/** Cells of a row that hold anything (Excel desktop's empty cells arrive as 0 only in ranges passed to functions, not in values read by the pane). */
export function isEmptyRow(cells: readonly Cell[]): boolean {
  return cells.every((c) => isBlank(c));
}

/**
 * Where the roster starts: its header (the first non-empty row, or the
 * default order when that row is data) and the first data row. A title row
 * above the header — one filled cell, e.g. "Election Form, Table 1: …" — is
 * skipped when the row after it is a header.
 */
export function locateHeader(grid: readonly (readonly Cell[])[], isNumberText: (text: string) => boolean): { header?: HeaderReading; start: number } {
  const filled: number[] = [];
  for (let i = 0; i < grid.length && filled.length < 2; i++) if (!isEmptyRow(grid[i])) filled.push(i);
  if (filled.length === 0) return { start: grid.length };
  const [first, second] = filled;
  if (second !== undefined && grid[first].filter((c) => !isBlank(c)).length === 1) {
    const next = headerOf(grid[second], isNumberText);
    if (next.isHeader && !next.problem) return { header: next, start: second + 1 };
  }
  const header = headerOf(grid[first], isNumberText);
  return { header, start: header.isHeader ? first + 1 : first };
}


/** One grant of a roster range passed to a function: Excel's own values (numbers, date serials, YYYY-MM-DD text). */
export interface ExcelGrant {
  /** 1-based row in the range (the header counts). */
  line: number;
  grantDate?: Day;
  options?: number;
  price?: number;
  expiration?: Day;
  problems: Array<{ column: RosterColumn; message: string }>;
}

/**
 * Reads the cells a function needs from one roster row (OPTEX_VALUATION):
 * numbers must be numbers and dates Excel dates or YYYY-MM-DD text, as every
 * function takes them (docs/conventions.md); the pane reads typed text with
 * roster.ts readGrantRow. An empty expiration cell — or 0, desktop Excel's
 * empty cell — means none is given.
 */
export function readExcelGrant(cells: readonly Cell[], columns: ColumnMap, line: number): ExcelGrant {
  const g: ExcelGrant = { line, problems: [] };
  const d = cellAt(cells, columns.grantDate);
  if (isBlank(d)) missing(g, "grantDate");
  else g.grantDate = excelDay(g, "grantDate", d);
  const n = cellAt(cells, columns.options);
  if (isBlank(n)) missing(g, "options");
  else g.options = excelNumber(g, "options", n);
  const p = cellAt(cells, columns.price);
  if (isBlank(p)) missing(g, "price");
  else g.price = excelNumber(g, "price", p);
  const e = cellAt(cells, columns.expiration);
  if (!isBlank(e) && e !== 0) g.expiration = excelDay(g, "expiration", e);
  return g;
}

const cellAt = (cells: readonly Cell[], i: number | undefined): Cell => (i === undefined ? null : cells[i]);

function missing(g: ExcelGrant, column: RosterColumn): void {
  g.problems.push({ column, message: `the ${ROSTER_COLUMN_LABEL[column]} is missing` });
}

function excelDay(g: ExcelGrant, column: RosterColumn, c: Cell): Day | undefined {
  const d = typeof c === "number" ? dayFromSerial(c) : typeof c === "string" ? parseIsoDate(c.trim()) : undefined;
  if (typeof d === "number") return d;
  g.problems.push({ column, message: `${ROSTER_COLUMN_LABEL[column]}: expected an Excel date or YYYY-MM-DD text, got ${describeValue(c)}` });
  return undefined;
}

function excelNumber(g: ExcelGrant, column: RosterColumn, c: Cell): number | undefined {
  if (typeof c === "number" && c - c === 0) return c === 0 ? 0 : c;
  g.problems.push({ column, message: `${ROSTER_COLUMN_LABEL[column]}: expected a number, got ${describeValue(c)}` });
  return undefined;
}

/** A range row with nothing in it: every cell empty, or 0 as desktop Excel sends empty cells. */
export function isEmptyRangeRow(cells: readonly unknown[]): boolean {
  for (const c of cells) if (!(c === 0 || isBlank(c))) return false;
  return true;
}

/**
 * Whether a header cell's text is a number (the row is then data): digits with the signs,
 * currency, separators and percent people type — the functions' test; the pane reads
 * numbers as typed in its locale (text.ts).
 */
export const looksNumeric = (t: string): boolean => /^[\s$€£+\-−(]*\d[\d,.\s]*%?\)?\s*$/.test(t);

/** What a total or subtotal row of an export is told: reported, never summed as a grant. */
export const TOTAL_ROW = "a total or subtotal row, not a grant: not summed";

/**
 * A total or subtotal row of a cap-table export: its first filled text cell is "Total",
 * "Subtotal", "Grand total", "Total options" … (numbers in such a row are sums of the grants).
 */
export function isTotalRow(cells: readonly Cell[]): boolean {
  const first = cells.find((c) => !isBlank(c));
  // "Total-7" or "Total 2" is a grant id, not a total.
  return typeof first === "string" && /^\s*(grand\s+|sub[\s-]?)?totals?(\s*[:(]|\s+\D|\s*$)/i.test(first);
}
