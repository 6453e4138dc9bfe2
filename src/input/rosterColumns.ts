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
/** Whether a roster needs a column: always, as one of the grant id and the employee, or not. */
export type RosterNeed = "required" | "grantOrHolder" | "optional";

export interface RosterColumnSpec {
  /** Short name for messages: "grant date". */
  label: string;
  /** Header names it is recognised by (examples, for messages and the docs; each is recognised). */
  examples: readonly string[];
  need: RosterNeed;
  /** Its place in a roster without a header row (the default order), if it has one. */
  headerless: boolean;
  /** The header of its column in the model workbook's roster Table (src/layout/optionExchange.ts), if it has one. */
  workbookHeader?: string;
}

/**
 * The one description of the roster's columns, in order: names, how it is needed, its place without
 * a header, its header in the workbook. The header reader (below; OPTEX_VALUATION's range and, through
 * src/input/roster.ts, the pane's text), the pane (src/taskpane/model/roster.ts),
 * the workbook's Table (src/layout/optionExchange.ts) and the docs' table (scripts/vocab-docs.js) come
 * from it; header names beyond the word rules of `columnOfHeader` go in `ROSTER_ALIASES`.
 */
export const ROSTER_COLUMN_TABLE = {
  grant: {
    label: "grant id",
    examples: ["Grant", "Grant ID", "Grant number", "Security ID", "Award ID"],
    need: "grantOrHolder",
    headerless: true,
    workbookHeader: "Grant",
  },
  holder: {
    label: "employee",
    examples: ["Employee", "Optionee", "Holder", "Name", "Stakeholder Name"],
    need: "grantOrHolder",
    headerless: false,
    workbookHeader: "Employee",
  },
  grantDate: { label: "grant date", examples: ["Grant date", "Date of grant", "Issue Date"], need: "required", headerless: true, workbookHeader: "Grant date" },
  options: {
    label: "options",
    examples: ["Options outstanding", "Eligible options", "Quantity Outstanding", "Outstanding", "Options", "Shares", "Quantity"],
    need: "required",
    headerless: true,
    workbookHeader: "Options outstanding",
  },
  price: {
    label: "exercise price",
    examples: ["Exercise price", "Strike price", "Strike", "Option price"],
    need: "required",
    headerless: true,
    workbookHeader: "Exercise price",
  },
  type: { label: "ISO/NSO type", examples: ["Type", "ISO/NSO", "Option type"], need: "optional", headerless: true, workbookHeader: "Type" },
  expiration: {
    label: "expiration date",
    examples: ["Expiration Date", "Option expiration date"],
    need: "optional",
    headerless: false,
    workbookHeader: "Expiration date",
  },
} as const satisfies Record<string, RosterColumnSpec>;

export type RosterColumn = keyof typeof ROSTER_COLUMN_TABLE;
export const ROSTER_COLUMNS = Object.keys(ROSTER_COLUMN_TABLE) as RosterColumn[];
const spec = (c: RosterColumn): RosterColumnSpec => ROSTER_COLUMN_TABLE[c];

/**
 * Header names recognised as a column whatever the word rules say, compared with case, spacing and
 * punctuation ignored (the names cap-table tools export go here, one line each).
 */
export const ROSTER_ALIASES: ReadonlyArray<readonly [header: string, column: RosterColumn]> = [
  ["Date", "grantDate"],
  ["Date of grant", "grantDate"],
  ["Grant dt", "grantDate"],
  ["Exercise", "price"],
  ["Type", "type"],
  ["Option type", "type"],
  ["Tax type", "type"],
  ["Tax status", "type"],
  ["ID", "grant"],
  ["Option ID", "grant"],
  ["Option number", "grant"],
  ["Option #", "grant"],
  // Cap-table exports (Carta, Shareworks, OCF rosters).
  ["Security ID", "grant"],
  ["Award ID", "grant"],
  ["Certificate ID", "grant"],
  ["Security", "grant"],
  ["Option grant ID", "grant"],
  ["Issue Date", "grantDate"],
  ["Date issued", "grantDate"],
  ["Issued", "grantDate"],
  ["Issued date", "grantDate"],
  ["Expiration Date", "expiration"],
  ["Option expiration date", "expiration"],
  ["Expiration", "expiration"],
  ["Expiry date", "expiration"],
  ["Expires", "expiration"],
];

/** Columns in a roster without a header row: grant id | grant date | options | exercise price | [ISO/NSO type]. */
export const ROSTER_DEFAULT_ORDER: readonly RosterColumn[] = ROSTER_COLUMNS.filter((c) => spec(c).headerless);

/** Header names each column is recognised by (examples, for messages and the docs). */
export const ROSTER_COLUMN_NAMES = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c, spec(c).examples.join(", ")])) as Record<RosterColumn, string>;

/** Short names for messages. */
export const ROSTER_COLUMN_LABEL = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c, spec(c).label])) as Record<RosterColumn, string>;

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

const ALIAS_OF = new Map<string, RosterColumn>(ROSTER_ALIASES.map(([header, column]) => [words(header).join(" "), column]));

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
  const alias = ALIAS_OF.get(text);
  if (alias) return { column: alias, score: 2 };
  // Cap-table exports (Carta, Shareworks, OCF rosters) name the employee "Stakeholder Name".
  if (has("stakeholder")) return { column: "holder", score: 2 };
  // The eligible option's own expiration date (OPTEX_VALUATION; optional): not the new options' last day.
  if (has("expiration", "expiry", "expires", "expire") && !has("new", "vested", "vest", "vesting", "exercisable", "last", "total", "value", "after", "notice"))
    return { column: "expiration", score: 2 };
  // Columns a model writes beside the roster are never inputs.
  if (has("new", "vested", "vest", "vesting", "exercisable", "ratio", "breakeven", "break", "expiry", "expiration", "last", "total", "value")) return undefined;
  if (has("date") && has("grant", "granted", "option")) return { column: "grantDate", score: 2 };
  if (has("price", "strike")) {
    if (has("market", "fmv", "fair", "stock", "sale", "spot")) return undefined;
    return { column: "price", score: 2 };
  }
  if (has("iso", "nso", "nqso", "nq")) return { column: "type", score: 2 };
  if (has("employee", "optionee", "holder", "participant", "name")) return { column: "holder", score: 2 };
  if (has("grant")) return { column: "grant", score: 2 };
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
  /** A header's cells as text (trimmed), for a mapping of its columns. */
  headers?: string[];
  /** The columns the header leaves missing or ambiguous (the user maps them: RosterMapping); "grant" stands for "grant id or employee". */
  unresolved?: RosterColumn[];
  /** The columns come from the user's mapping for this header (src/input/roster.ts RosterMapping), not from the header's names. */
  mapped?: boolean;
  /** For an ambiguous column, the cells that name it equally. */
  ambiguous?: Partial<Record<RosterColumn, number[]>>;
}

const REQUIRED: RosterColumn[] = ROSTER_COLUMNS.filter((c) => spec(c).need === "required");
/** Cells of names, none known, that make a header all the same (a roster needs at least a grant id, a date, options and a price). */
const MIN_UNKNOWN_HEADER = 4;

/** A header's cells as text, trimmed; trailing empty cells dropped. */
export function headerTexts(cells: readonly Cell[]): string[] {
  const t = cells.map((c) => (c === null || c === undefined ? "" : String(c).trim()));
  while (t.length > 0 && t[t.length - 1] === "") t.pop();
  return t;
}

/**
 * Recognises the first non-empty row as a header, or falls back to the default order.
 * `isNumberText`: whether a text cell reads as a number (then the row is data).
 */
export function headerOf(cells: readonly Cell[], isNumberText: (text: string) => boolean): HeaderReading {
  const found = cells.map((c) => (typeof c === "string" ? columnOfHeader(c) : undefined));
  // A row of names only is a header even when no name is known ("Ref | Person | When | Qty | Px"): a grant row holds numbers.
  const named = found.some(Boolean) || cells.filter((c) => typeof c === "string" && c.trim() !== "").length >= MIN_UNKNOWN_HEADER;
  const isHeader = named && cells.every((c) => typeof c !== "number" && typeof c !== "boolean") && !cells.some((c) => typeof c === "string" && isNumberText(c));
  if (!isHeader) {
    const columns: ColumnMap = {};
    ROSTER_DEFAULT_ORDER.forEach((col, i) => (columns[col] = i));
    return { isHeader: false, columns };
  }
  const columns: ColumnMap = {};
  const score: Partial<Record<RosterColumn, number>> = {};
  const doubled: string[] = [];
  const ambiguous: Partial<Record<RosterColumn, number[]>> = {};
  found.forEach((f, i) => {
    if (!f) return;
    const prev = score[f.column];
    if (prev === undefined || f.score > prev) {
      columns[f.column] = i;
      score[f.column] = f.score;
      delete ambiguous[f.column];
    } else if (f.score === prev) {
      doubled.push(`"${String(cells[columns[f.column] as number]).trim()}" and "${String(cells[i]).trim()}" both name the ${ROSTER_COLUMN_LABEL[f.column]}`);
      ambiguous[f.column] = [...(ambiguous[f.column] ?? [columns[f.column] as number]), i];
    }
  });
  const missing = REQUIRED.filter((c) => columns[c] === undefined);
  if (columns.grant === undefined && columns.holder === undefined) missing.unshift("grant");
  const unresolved = [...missing, ...ROSTER_COLUMNS.filter((c) => ambiguous[c] !== undefined)];
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
  if (problems.length === 0) return { isHeader: true, columns, headers: headerTexts(cells) };
  return { isHeader: true, columns, problem: problems.join("; "), headers: headerTexts(cells), unresolved, ambiguous };
}

/** Cells of a row that hold anything (Excel desktop's empty cells arrive as 0 only in ranges passed to functions, not in values read by the pane). */
export function isEmptyRow(cells: readonly Cell[]): boolean {
  return cells.every((c) => isBlank(c));
}

/**
 * Where the roster starts: its header (the first non-empty row, or the
 * default order when that row is data) and the first data row. A title row
 * above the header — one filled cell, e.g. "Election Form, Table 1: …" — is
 * skipped when the row after it is a header. `mapped`: the reading of a header the user mapped
 * (the pane's; the functions read headers by their names only).
 */
export function locateHeader(
  grid: readonly (readonly Cell[])[],
  isNumberText: (text: string) => boolean,
  mapped?: (cells: readonly Cell[]) => HeaderReading | undefined,
): { header?: HeaderReading; start: number } {
  const read = (cells: readonly Cell[]): HeaderReading => mapped?.(cells) ?? headerOf(cells, isNumberText);
  const filled: number[] = [];
  for (let i = 0; i < grid.length && filled.length < 2; i++) if (!isEmptyRow(grid[i])) filled.push(i);
  if (filled.length === 0) return { start: grid.length };
  const [first, second] = filled;
  if (second !== undefined && grid[first].filter((c) => !isBlank(c)).length === 1) {
    const next = read(grid[second]);
    if (next.isHeader && (!next.problem || next.mapped)) return { header: next, start: second + 1 };
  }
  const header = read(grid[first]);
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
