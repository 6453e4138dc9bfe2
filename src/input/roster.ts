import { Day, formatIso } from "../calc/time/civil";
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
  /** Said in the docs after the need: how ties are broken, which words are read. */
  note?: string;
}

/**
 * The one description of the roster's columns, in order: names, how it is needed, its place without
 * a header, its header in the workbook. The parser (below), the pane (src/taskpane/model/roster.ts),
 * the workbook's Table (src/layout/optionExchange.ts) and the docs' table (scripts/vocab-docs.js) come
 * from it; header names beyond the word rules of `columnOfHeader` go in `ROSTER_ALIASES`.
 */
export const ROSTER_COLUMN_TABLE = {
  grant: { label: "grant id", examples: ["Grant", "Grant ID", "Grant number", "Security ID", "Award ID"], need: "grantOrHolder", headerless: true, workbookHeader: "Grant" },
  holder: { label: "employee", examples: ["Employee", "Optionee", "Holder", "Name", "Stakeholder Name"], need: "grantOrHolder", headerless: false, workbookHeader: "Employee" },
  grantDate: { label: "grant date", examples: ["Grant date", "Date of grant", "Issue Date"], need: "required", headerless: true, workbookHeader: "Grant date" },
  options: {
    label: "options",
    examples: ["Options outstanding", "Eligible options", "Quantity Outstanding", "Outstanding", "Options", "Shares", "Quantity"],
    need: "required",
    headerless: true,
    workbookHeader: "Options outstanding",
    note: "eligible beats outstanding beats options",
  },
  price: { label: "exercise price", examples: ["Exercise price", "Strike price", "Strike", "Option price"], need: "required", headerless: true, workbookHeader: "Exercise price" },
  type: { label: "ISO/NSO type", examples: ["Type", "ISO/NSO", "Option type"], need: "optional", headerless: true, workbookHeader: "Type", note: "ISO or NSO (also NQ, NQSO, incentive, nonqualified)" },
  expiration: { label: "expiration date", examples: ["Expiration Date", "Option expiration date"], need: "optional", headerless: false, note: "read as a date" },
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
}

const REQUIRED: RosterColumn[] = ROSTER_COLUMNS.filter((c) => spec(c).need === "required");

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
  /** The option's expiration date, when the roster has the column (cap-table exports do). */
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
  if (isTotalRow(cells)) {
    g.problems = [{ column: "grant", message: TOTAL_ROW }];
    return g;
  }
  const expiration = at("expiration");
  if (!isBlank(expiration)) {
    const r = dateCell(expiration, order, memo);
    if (r.value !== undefined) g.expiration = r.value;
    else g.problems.push({ column: "expiration", message: `${ROSTER_COLUMN_LABEL.expiration}: ${r.problem}` });
  }
  const type = at("type");
  if (!isBlank(type)) {
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
export function readRoster(grid: readonly (readonly Cell[])[], order: DateOrder, commencement?: Day): Roster {
  const { header, start } = findHeader(grid);
  const grants: RosterGrant[] = [];
  if (!header) return { header: { isHeader: false, columns: {} }, grants };
  for (let i = start; i < grid.length; i++) if (!isEmptyRow(grid[i])) grants.push(readGrantRow(grid[i], header.columns, i + 1, order));
  checkAcrossRows(grants, commencement);
  return { header, grants };
}

/**
 * Checks across rows of a read roster, reported on the rows they concern so that such a row is
 * not summed: a grant id met again (each later row), and a grant dated after the offer commenced
 * (not an option "currently outstanding under the Plans", Offer Summary Term Sheet, "Eligible
 * Options"; Offer §1). `commencement` is the offer's commencement date (term commencementDate).
 */
export function checkAcrossRows(grants: readonly RosterGrant[], commencement?: Day): void {
  const first = new Map<string, number>();
  for (const g of grants) {
    if (g.grant !== "" && !g.problems.some((p) => p.message === TOTAL_ROW)) {
      const seen = first.get(g.grant);
      if (seen === undefined) first.set(g.grant, g.line);
      else g.problems.push({ column: "grant", message: `grant id "${clip(g.grant)}" is also on row ${seen}: a duplicate, not summed twice` });
    }
    if (commencement !== undefined && g.grantDate !== undefined && g.grantDate > commencement) {
      g.problems.push({ column: "grantDate", message: `granted ${formatIso(g.grantDate)}, after the offer commenced on ${formatIso(commencement)}: not an eligible option (Offer §1), not summed` });
    }
  }
}
