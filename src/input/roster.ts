import { Day } from "../calc/time/civil";
import { dayFromSerial } from "../calc/time/excelSerial";
import { Cell, isBlank } from "./cells";
import { DateOrder, clip, dayFromText, numberFromText } from "./text";

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
  grant: "Grant, Grant ID, Grant number",
  holder: "Employee, Optionee, Holder, Name",
  grantDate: "Grant date, Date of grant",
  options: "Options outstanding, Eligible options, Outstanding, Options, Shares",
  price: "Exercise price, Strike price, Strike, Option price",
  type: "Type, ISO/NSO, Option type",
  expiration: "Expiration date, Expiry, Expires",
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

/** Recognises the first non-empty row as a header, or falls back to the default order. */
export function readHeader(cells: readonly Cell[]): HeaderReading {
  const found = cells.map((c) => (typeof c === "string" ? columnOfHeader(c) : undefined));
  const isHeader = found.some(Boolean) && cells.every((c) => typeof c !== "number" && typeof c !== "boolean") && !cells.some((c) => typeof c === "string" && numberFromText(c).ok);
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

export type OptionType = "ISO" | "NSO";

/** A problem with one cell of a grant row. */
export interface CellProblem {
  column: RosterColumn;
  message: string;
}

/** One grant as read: every value that could be read, and a problem per cell that could not. */
export interface RosterGrant {
  /** 1-based row of the paste or selection (the header counts), to find it again. */
  line: number;
  grant: string;
  holder: string;
  grantDate?: Day;
  options?: number;
  price?: number;
  type?: OptionType;
  /** The eligible options' expiration date, when the roster has that column. */
  expiration?: Day;
  problems: CellProblem[];
}

const TYPE_WORDS: Record<string, OptionType> = {
  iso: "ISO",
  incentive: "ISO",
  "incentive stock option": "ISO",
  nso: "NSO",
  nq: "NSO",
  nqso: "NSO",
  nonqualified: "NSO",
  "non qualified": "NSO",
  "nonqualified stock option": "NSO",
  "non qualified stock option": "NSO",
};

function text(c: Cell): string {
  if (c === null || c === undefined) return "";
  if (typeof c === "boolean") return c ? "TRUE" : "FALSE";
  return String(c).trim();
}

type CellReading = { value?: number; problem?: string };

/**
 * Readings of text cells by their text, kept by a reader of many rows: a
 * roster repeats its prices, grant dates and often its option counts, and
 * reading "$12.50" once is enough. Date readings depend on the date order:
 * a memo serves one order only.
 */
export class CellMemo {
  readonly numbers = new Map<string, CellReading>();
  readonly dates = new Map<string, CellReading>();

  clear(): void {
    this.numbers.clear();
    this.dates.clear();
  }
}

/** Bounds a memo (a roster of 100,000 distinct texts reads on without it). */
const MEMO_LIMIT = 50_000;

function memoised(memo: Map<string, CellReading> | undefined, key: string, read: () => CellReading): CellReading {
  if (!memo) return read();
  let r = memo.get(key);
  if (r === undefined) {
    r = read();
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, r);
  }
  return r;
}

/** A number cell: a number as Excel holds it, or text as typed (thousands separators, $). */
function numberCell(c: Cell, memo?: CellMemo): CellReading {
  if (typeof c === "number") return Number.isFinite(c) ? { value: c } : { problem: "is not a finite number" };
  if (typeof c === "boolean") return { problem: `expected a number, got ${c ? "TRUE" : "FALSE"}` };
  const t = text(c);
  return memoised(memo?.numbers, t, () => {
    const r = numberFromText(t);
    return r.ok ? { value: r.value } : { problem: r.problem };
  });
}

function dateCell(c: Cell, order: DateOrder, memo?: CellMemo): CellReading {
  if (typeof c === "number") {
    const d = dayFromSerial(c);
    return typeof d === "number" ? { value: d } : { problem: `${c} is not a date serial` };
  }
  if (typeof c === "boolean") return { problem: `expected a date, got ${c ? "TRUE" : "FALSE"}` };
  const t = text(c);
  return memoised(memo?.dates, t, () => {
    const r = dayFromText(t, order);
    return r.ok ? { value: r.value } : { problem: r.problem };
  });
}

/** Reads one data row with the header's column map (`memo`: readings of earlier rows' cells in the same date order). */
export function readGrantRow(cells: readonly Cell[], columns: ColumnMap, line: number, order: DateOrder, memo?: CellMemo): RosterGrant {
  const at = (col: RosterColumn): Cell => (columns[col] === undefined ? null : cells[columns[col] as number]);
  const g: RosterGrant = { line, grant: text(at("grant")), holder: text(at("holder")), problems: [] };
  const need = (col: RosterColumn, read: (c: Cell) => { value?: number; problem?: string }, set: (v: number) => void) => {
    const c = at(col);
    if (isBlank(c)) return g.problems.push({ column: col, message: `the ${ROSTER_COLUMN_LABEL[col]} is missing` });
    const r = read(c);
    if (r.value !== undefined) set(r.value);
    else g.problems.push({ column: col, message: `${ROSTER_COLUMN_LABEL[col]}: ${r.problem}` });
  };
  need("grantDate", (c) => dateCell(c, order, memo), (v) => (g.grantDate = v));
  need("options", (c) => numberCell(c, memo), (v) => (g.options = v));
  need("price", (c) => numberCell(c, memo), (v) => (g.price = v));
  if (columns.expiration !== undefined) {
    const c = at("expiration");
    if (!isBlank(c) && c !== 0) {
      // desktop Excel's empty cell is 0: no expiration given (then grant date + the option term)
      const r = dateCell(c, order, memo);
      if (r.value !== undefined) g.expiration = r.value;
      else g.problems.push({ column: "expiration", message: `${ROSTER_COLUMN_LABEL.expiration}: ${r.problem}` });
    }
  }
  const type = at("type");
  if (!isBlank(type) && type !== 0) {
    const word = text(type).toLowerCase().replace(/[^a-z]+/g, " ").trim();
    const t = TYPE_WORDS[word];
    if (t) g.type = t;
    else g.problems.push({ column: "type", message: `ISO/NSO type: expected ISO or NSO, got "${clip(text(type))}"` });
  }
  return g;
}

/** Cells of a row that hold anything (Excel desktop's empty cells arrive as 0 only in ranges passed to functions, not in values read by the pane). */
export function isEmptyRow(cells: readonly Cell[]): boolean {
  return cells.every((c) => isBlank(c));
}

/** How many cells a grant row fills beyond the columns the roster reads (for a headerless paste with too many columns). */
export function extraCells(cells: readonly Cell[], columns: ColumnMap): number {
  const used = new Set(Object.values(columns));
  return cells.filter((c, i) => !used.has(i) && !isBlank(c)).length;
}

export interface Roster {
  header: HeaderReading;
  grants: RosterGrant[];
}

/**
 * Where the roster starts: its header (the first non-empty row, or the
 * default order when that row is data) and the first data row. A title row
 * above the header — one filled cell, e.g. "Election Form, Table 1: …" — is
 * skipped when the row after it is a header.
 */
export function findHeader(grid: readonly (readonly Cell[])[]): { header?: HeaderReading; start: number } {
  const filled: number[] = [];
  for (let i = 0; i < grid.length && filled.length < 2; i++) if (!isEmptyRow(grid[i])) filled.push(i);
  if (filled.length === 0) return { start: grid.length };
  const [first, second] = filled;
  if (second !== undefined && grid[first].filter((c) => !isBlank(c)).length === 1) {
    const next = readHeader(grid[second]);
    if (next.isHeader && !next.problem) return { header: next, start: second + 1 };
  }
  const header = readHeader(grid[first]);
  return { header, start: header.isHeader ? first + 1 : first };
}

/** The whole grid at once (tests, small rosters; the pane reads big ones in chunks with the same functions). */
export function readRoster(grid: readonly (readonly Cell[])[], order: DateOrder): Roster {
  const { header, start } = findHeader(grid);
  const grants: RosterGrant[] = [];
  if (!header) return { header: { isHeader: false, columns: {} }, grants };
  for (let i = start; i < grid.length; i++) if (!isEmptyRow(grid[i])) grants.push(readGrantRow(grid[i], header.columns, i + 1, order));
  return { header, grants };
}
