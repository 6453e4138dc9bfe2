import { Day, formatIso } from "../calc/time/civil";
import { dayFromSerial } from "../calc/time/excelSerial";
import { Cell, isBlank } from "./cells";
import {
  ColumnMap,
  HeaderReading,
  ROSTER_COLUMNS,
  ROSTER_COLUMN_LABEL,
  ROSTER_COLUMN_TABLE,
  RosterColumn,
  TOTAL_ROW,
  headerOf,
  headerTexts,
  isEmptyRow,
  isTotalRow,
  locateHeader,
} from "./rosterColumns";
import { DateOrder, clip, dayFromText, numberFromText } from "./text";

export * from "./rosterColumns";

/**
 * The user's choice of columns for a header the names do not settle (a required column missing,
 * or two cells naming one column): for each column, the index of its cell in the header. Kept
 * with the header's cells, so it applies again to a roster with the same header (the pane's
 * model/columnMapping.ts asks for it and remembers it). Not in rosterColumns.ts: the functions'
 * bundle, which loads in every workbook, does not carry it.
 */
export interface RosterMapping {
  headers: string[];
  columns: ColumnMap;
}

/** Whether a mapping was made for this header (cells compared as text, case and spacing ignored). */
export function sameHeaders(a: readonly string[], b: readonly string[]): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ");
  return a.length === b.length && a.every((x, i) => norm(x) === norm(b[i]));
}

const REQUIRED = ROSTER_COLUMNS.filter((c) => ROSTER_COLUMN_TABLE[c].need === "required");

/** The problems of a column map for a header of `width` cells: a required column not chosen, a cell chosen twice (none: it can be used). */
export function columnMapProblems(columns: ColumnMap, width: number): string[] {
  const problems: string[] = [];
  if (columns.grant === undefined && columns.holder === undefined) problems.push("choose the grant id or the employee column");
  for (const c of REQUIRED) if (columns[c] === undefined) problems.push(`choose the ${ROSTER_COLUMN_LABEL[c]} column`);
  const by = new Map<number, RosterColumn[]>();
  for (const c of ROSTER_COLUMNS) {
    const i = columns[c];
    if (i === undefined) continue;
    if (!Number.isInteger(i) || i < 0 || i >= width) problems.push(`the ${ROSTER_COLUMN_LABEL[c]} column is not in the header`);
    else by.set(i, [...(by.get(i) ?? []), c]);
  }
  for (const [i, cs] of by)
    if (cs.length > 1) problems.push(`column ${i + 1} is chosen for both the ${cs.map((c) => ROSTER_COLUMN_LABEL[c]).join(" and the ")}`);
  return problems;
}

/** A header the user mapped: its columns as chosen (Use these columns), whatever its names say; undefined when no mapping is for it. */
function mappedHeader(cells: readonly Cell[], mappings: readonly RosterMapping[]): HeaderReading | undefined {
  if (mappings.length === 0 || !cells.every((c) => typeof c !== "number" && typeof c !== "boolean")) return undefined;
  const headers = headerTexts(cells);
  const m = mappings.find((x) => sameHeaders(x.headers, headers));
  if (!m) return undefined;
  const problems = columnMapProblems(m.columns, headers.length);
  return {
    isHeader: true,
    columns: { ...m.columns },
    headers,
    mapped: true,
    problem: problems.length ? `the chosen columns: ${problems.join("; ")}` : undefined,
  };
}

/** Recognises the first non-empty row as a header (by the user's mapping of it, if one is given), or falls back to the default order. */
export function readHeader(cells: readonly Cell[], mappings: readonly RosterMapping[] = []): HeaderReading {
  return mappedHeader(cells, mappings) ?? headerOf(cells, isNumberText);
}

/** A text cell that reads as a number (as people type them: 1,000 · $12.50 · 5%) marks a data row. */
const isNumberText = (t: string): boolean => numberFromText(t).ok;

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
  need(
    "grantDate",
    (c) => dateCell(c, order, memo),
    (v) => (g.grantDate = v),
  );
  need(
    "options",
    (c) => numberCell(c, memo),
    (v) => (g.options = v),
  );
  need(
    "price",
    (c) => numberCell(c, memo),
    (v) => (g.price = v),
  );
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
  if (!isBlank(type) && type !== 0) {
    const word = text(type)
      .toLowerCase()
      .replace(/[^a-z]+/g, " ")
      .trim();
    const t = TYPE_WORDS[word];
    if (t) g.type = t;
    else g.problems.push({ column: "type", message: `ISO/NSO type: expected ISO or NSO, got "${clip(text(type))}"` });
  }
  return g;
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
 * skipped when the row after it is a header. `mappings`: the user's choices of columns for
 * headers the names do not settle (one applies when its header is the roster's).
 */
export function findHeader(grid: readonly (readonly Cell[])[], mappings: readonly RosterMapping[] = []): { header?: HeaderReading; start: number } {
  return locateHeader(grid, isNumberText, (cells) => mappedHeader(cells, mappings));
}

/**
 * The whole grid at once (tests, small rosters, the command line; the pane reads big ones in chunks
 * with the same functions), with the columns of `mappings` when one is for the roster's header.
 */
export function readRoster(grid: readonly (readonly Cell[])[], order: DateOrder, commencement?: Day, mappings: readonly RosterMapping[] = []): Roster {
  const { header, start } = findHeader(grid, mappings);
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
      g.problems.push({
        column: "grantDate",
        message: `granted ${formatIso(g.grantDate)}, after the offer commenced on ${formatIso(commencement)}: not an eligible option (Offer §1), not summed`,
      });
    }
  }
}
