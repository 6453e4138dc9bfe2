import { Dec } from "../../calc/core/decimal";
import { checkPositive } from "../../calc/optionExchange/checks";
import { checkEligible } from "../../calc/optionExchange/newShares";
import { optionExchangeTerms } from "../../calc/optionExchange/terms";
import { Day } from "../../calc/time/civil";
import { Cell } from "../../input/cells";
import {
  CellMemo,
  ColumnMap,
  HeaderReading,
  ROSTER_COLUMN_LABEL,
  ROSTER_DEFAULT_ORDER,
  RosterGrant,
  RosterMapping,
  checkAcrossRows,
  extraCells,
  findHeader,
  isEmptyRow,
  readGrantRow,
} from "../../input/roster";
import { DateOrder, clip } from "../../input/text";
import { attemptAs } from "./fields";

/**
 * The roster the pane works with: grants read by src/input/roster.ts, each
 * checked with the calc module's own checks (whole options, positive price).
 * Rows are cached by content, so editing one line of a 5,000-line paste reads
 * one row again, not 5,000 (a new paste is cached after it is shown: see
 * RosterReader.rows).
 */
export interface RosterState {
  header?: HeaderReading;
  grants: RosterGrant[];
  /** A problem with the roster as a whole (a missing column): no grant is read while it stands. */
  problem?: string;
}

export const EMPTY_ROSTER: RosterState = { grants: [] };

/** Characters of a cell shown in a label: a 200 KB cell (a paste gone wrong) would hold the page's layout for seconds. */
export const LABEL_CHARS = 60;

/** The label a grant goes by in the pane: its id, the employee, or its row (cells clipped for display). */
export function grantLabel(g: RosterGrant): string {
  const grant = clip(g.grant ?? "", LABEL_CHARS);
  const holder = clip(g.holder ?? "", LABEL_CHARS);
  if (grant && holder) return `${grant} (${holder})`;
  return grant || holder || `row ${g.line}`;
}

/** "Row 4 (grant 1002): options: …" */
export function grantProblemText(g: RosterGrant, message: string): string {
  const label = clip(g.grant || g.holder || "", LABEL_CHARS);
  return `Row ${g.line}${label ? ` (${label})` : ""}: ${message}`;
}

const MAX_COLUMNS = ROSTER_DEFAULT_ORDER.length;
/** New rows in a row after which a read stops looking rows up (see RosterReader.rows). */
export const PROBE_ROWS = 32;

export class RosterReader {
  private cache = new Map<string, RosterGrant>();
  private mapKey = "";
  private readonly cells = new CellMemo();
  /** Rows read without the cache, not cached yet: cells, grant, cells, grant, … */
  private unremembered: Array<readonly Cell[] | RosterGrant> = [];
  /** Changes whenever the cache is emptied for a new column map or date order (rows read before then are not cached). */
  private epoch = 0;

  /** The offer's commencement date (Offer §1, term commencementDate): a grant dated after it is not eligible. */
  commencement: Day | undefined = optionExchangeTerms().commencementDate;

  /** The user's mappings of headers the names do not settle (model/columnMapping.ts): one applies when its header is the roster's. */
  mappings: readonly RosterMapping[] = [];

  constructor(private order: DateOrder) {}

  setOrder(order: DateOrder): void {
    if (order !== this.order) {
      this.epoch++;
      this.cache.clear();
      this.cells.clear();
    }
    this.order = order;
  }

  /** The header (first non-empty row) of a grid, and the index of the first data row. */
  begin(grid: readonly (readonly Cell[])[]): { header?: HeaderReading; start: number } {
    this.unremembered = [];
    const found = findHeader(grid, this.mappings);
    if (found.header) {
      const key = JSON.stringify(found.header.columns);
      if (key !== this.mapKey) {
        this.epoch++;
        this.cache.clear();
        this.mapKey = key;
      }
    }
    return found;
  }

  /**
   * Rows [from, to) of the grid as grants (empty rows skipped). Rows met
   * before are taken from the cache; when the first PROBE_ROWS rows are all
   * new (a new paste, not an edit), the rest are read without looking them up,
   * and kept for `remember` to cache once the page is idle.
   */
  rows(grid: readonly (readonly Cell[])[], header: HeaderReading, from: number, to: number, into: RosterGrant[]): void {
    let misses = 0;
    for (let i = from; i < to; i++) {
      const cells = grid[i];
      if (isEmptyRow(cells)) continue;
      if (misses >= PROBE_ROWS) {
        const g = this.readRow(cells, header.columns, i + 1, header.isHeader);
        this.unremembered.push(cells, g);
        into.push(g);
        continue;
      }
      const key = cells.join("\u0001");
      let g = this.cache.get(key);
      if (!g) {
        misses++;
        g = this.readRow(cells, header.columns, i + 1, header.isHeader);
        this.keep(key, g);
      } else {
        misses = 0;
        if (g.line !== i + 1) g = { ...g, line: i + 1 };
      }
      into.push(g);
    }
  }

  private keep(key: string, g: RosterGrant): void {
    if (this.cache.size > 200_000) this.cache.clear();
    this.cache.set(key, g);
  }

  /** Caches the rows `rows` read without the cache, a slice at a time (yields the rows left); a later read replaces them. */
  *remember(slice = 1000): Generator<number, void> {
    const pending = this.unremembered;
    const epoch = this.epoch;
    this.unremembered = [];
    for (let k = 0; k < pending.length; k += 2) {
      if (k > 0 && k % (2 * slice) === 0) yield (pending.length - k) / 2;
      if (this.epoch !== epoch) return;
      this.keep((pending[k] as readonly Cell[]).join("\u0001"), pending[k + 1] as RosterGrant);
    }
  }

  private readRow(cells: readonly Cell[], columns: ColumnMap, line: number, isHeader: boolean): RosterGrant {
    const g = readGrantRow(cells, columns, line, this.order, this.cells);
    if (!isHeader && extraCells(cells, columns) > 0) {
      const width = cells.reduce<number>((w, c, k) => (c === null || c === undefined || String(c).trim() === "" ? w : k + 1), 0);
      g.problems.push({
        column: "grant",
        message: `${width} columns; without a header row a roster has at most ${MAX_COLUMNS}: ${ROSTER_DEFAULT_ORDER.map((c) => ROSTER_COLUMN_LABEL[c]).join(", ")}`,
      });
    }
    // The calc's checks; a value that plainly passes them (a whole number ≥ 0, a price > 0) skips the Decimal.
    if (g.options !== undefined && !(Number.isInteger(g.options) && g.options >= 0)) {
      const r = attemptAs("options", () => checkEligible(new Dec(g.options as number)));
      if (!r.ok) {
        g.problems.push({ column: "options", message: r.message });
        g.options = undefined;
      }
    }
    if (g.price !== undefined && !(g.price > 0 && Number.isFinite(g.price))) {
      const r = attemptAs("exercise price", () => checkPositive(new Dec(g.price as number), "price", "the exercise price"));
      if (!r.ok) {
        g.problems.push({ column: "price", message: r.message });
        g.price = undefined;
      }
    }
    return g;
  }

  /** A whole grid at once. */
  read(grid: readonly (readonly Cell[])[]): RosterState {
    const { header, start } = this.begin(grid);
    if (!header) return EMPTY_ROSTER;
    if (header.problem) return { header, grants: [], problem: header.problem };
    const grants: RosterGrant[] = [];
    this.rows(grid, header, start, grid.length, grants);
    return { header, grants: acrossRows(grants, this.commencement) };
  }
}

/**
 * The roster's checks across rows (src/input/roster.ts checkAcrossRows: a grant id met again, a
 * grant dated after the offer commenced, Offer §1), reported on the rows they concern, which are
 * then not summed (a grant with a problem is left out of the totals). Rows are cached by content
 * and shared between reads, so a row that gets a problem is a copy: the cached row stays as read.
 */
export function acrossRows(grants: readonly RosterGrant[], commencement?: Day): RosterGrant[] {
  const copies = grants.map((g) => ({ ...g, problems: [...g.problems] }));
  checkAcrossRows(copies, commencement);
  return copies.map((c, i) => (c.problems.length === grants[i].problems.length ? grants[i] : c));
}
