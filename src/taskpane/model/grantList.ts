import Papa from "papaparse";
import { RosterGrant } from "../../input/roster";
import { GrantCalculator, GrantLine, OptionExchangeInputs, grantLine, grantValue } from "./optionExchange";
import { grantLabel } from "./roster";
import type { GrantTableSettings } from "./viewState";

/** Grants per page the user may choose: the pane never renders every grant. */
export const PAGE_SIZES = [25, 50, 100, 250] as const;
export const PAGE_SIZE = PAGE_SIZES[0];

export type GrantColumnId = "grant" | "grantDate" | "price" | "eligible" | "newOptions" | "oldValue" | "newValue" | "incremental" | "breakeven";

/**
 * The columns of the grant table, in order: the table's headers, its sort keys
 * and the exported CSV are all derived from this list.
 */
export interface GrantColumn {
  id: GrantColumnId;
  label: string;
  /** The cell's text as shown. */
  text(line: GrantLine): string | undefined;
  /** The cell's unrounded figure (data-exact), when it has one. */
  exact?(line: GrantLine): string | undefined;
}

export const GRANT_COLUMNS: readonly GrantColumn[] = [
  { id: "grant", label: "Grant", text: (l) => l.label },
  { id: "grantDate", label: "Grant date", text: (l) => l.grantDate },
  { id: "price", label: "Exercise price", text: (l) => l.price },
  { id: "eligible", label: "Eligible", text: (l) => l.options },
  { id: "newOptions", label: "New options", text: (l) => l.newOptions, exact: (l) => l.newOptionsExact },
  { id: "oldValue", label: "Old value", text: (l) => l.oldValue, exact: (l) => l.oldValueExact },
  { id: "newValue", label: "New value", text: (l) => l.newValue, exact: (l) => l.newValueExact },
  { id: "incremental", label: "Incremental value", text: (l) => l.incremental, exact: (l) => l.incrementalExact },
  { id: "breakeven", label: "Break-even", text: (l) => l.breakeven, exact: (l) => l.breakevenExact },
];

/** A cell's text as the table shows it (and the CSV holds it): "—" where the grant has no figure, "n/a" for a break-even that does not exist. */
export function cellText(column: GrantColumn, line: GrantLine): string {
  const text = column.text(line);
  if (text !== undefined) return text;
  return column.id === "breakeven" && line.breakevenNote && !line.problems.length ? "n/a" : "—";
}

export type SortDirection = "ascending" | "descending";

/** One page of the grant list, as the view draws it. */
export interface GrantPage {
  /** Indexes into the roster of the grants on the page. */
  shown: number[];
  info: string;
  /** 0-based page shown, and how many pages the (filtered) list has. */
  page: number;
  pages: number;
  hasPrevious: boolean;
  hasNext: boolean;
  lines: GrantLine[];
  /** "Row 4 (1002): …", for the grants of the page. */
  problems: string[];
  /** The break-even notes of the page's grants without problems. */
  notes: string[];
  /** How many grants of the whole roster are left out of the totals (their rows have problems), as a sentence. */
  leftOut: string;
}

/** The grants in the list's order: indexes into the roster, or just a length when that is the roster's own order. */
export type Order = ArrayLike<number> | { length: number };
const at = (order: Order, k: number): number => (k in order ? (order as ArrayLike<number>)[k] : k);

const count = (n: number): string => n.toLocaleString("en-US");

/** The text a grant is found by: its id and holder, lower-cased. */
const searchText = (g: RosterGrant): string => `${g.grant}\u0001${g.holder}`.toLowerCase();

/** A label's sort key: lower case, each run of digits padded to 16 so that numbers compare by value. */
const naturalKey = (label: string): string => label.toLowerCase().replace(/\d+/g, (d) => (d.length >= 16 ? d : "0".repeat(16 - d.length) + d));

/**
 * The sort key of each grant for a column: numbers (NaN where the grant has no
 * figure: it sorts last either way). Figures that need Decimal arithmetic are
 * taken per distinct exercise price (or option count) and multiplied in doubles:
 * the order they give is the order of the exact figures except between grants
 * within rounding of each other, which then keep their roster order.
 */
export function sortKeys(column: GrantColumnId, grants: readonly RosterGrant[], inputs: OptionExchangeInputs, calc: GrantCalculator): Float64Array {
  const n = grants.length;
  const keys = new Float64Array(n).fill(NaN);
  const ok = (g: RosterGrant) => g.problems.length === 0;
  const ratio = inputs.ratio;
  const strike = inputs.newStrike;
  const perPrice = new Map<number, number>();
  const byPrice = (price: number, f: () => number): number => {
    let x = perPrice.get(price);
    if (x === undefined) {
      x = f();
      perPrice.set(price, x);
    }
    return x;
  };
  const perOptions = new Map<number, number>();
  const newCount = (options: number, r: number): number => {
    let x = perOptions.get(options);
    if (x === undefined) {
      x = calc.newOptionsCount(options, r);
      perOptions.set(options, x);
    }
    return x;
  };
  switch (column) {
    case "grant": {
      // Labels ranked by a key compared natively: lower case, runs of digits as numbers (G-2 before G-10).
      const labels = grants.map((g) => naturalKey(grantLabel(g)));
      const distinct = [...new Set(labels)].sort();
      const rank = new Map<string, number>();
      distinct.forEach((s, k) => rank.set(s, k));
      for (let i = 0; i < n; i++) keys[i] = rank.get(labels[i]) as number;
      break;
    }
    case "grantDate":
      for (let i = 0; i < n; i++) if (grants[i].grantDate !== undefined) keys[i] = grants[i].grantDate as number;
      break;
    case "price":
      for (let i = 0; i < n; i++) if (grants[i].price !== undefined) keys[i] = grants[i].price as number;
      break;
    case "eligible":
      for (let i = 0; i < n; i++) if (grants[i].options !== undefined) keys[i] = grants[i].options as number;
      break;
    case "newOptions":
      if (ratio !== undefined) for (let i = 0; i < n; i++) if (ok(grants[i])) keys[i] = newCount(grants[i].options as number, ratio);
      break;
    case "breakeven":
      if (ratio !== undefined && strike !== undefined)
        for (let i = 0; i < n; i++) {
          const g = grants[i];
          if (g.price === undefined) continue;
          keys[i] = byPrice(g.price, () => calc.breakeven(g.price as number, strike, ratio).value?.toNumber() ?? NaN);
        }
      break;
    case "oldValue":
    case "newValue":
    case "incremental":
      for (let i = 0; i < n; i++) {
        const r = grantValue(grants[i], inputs, calc);
        if (r) keys[i] = column === "oldValue" ? r.oldValue : column === "newValue" ? r.newValue : r.incremental;
      }
      break;
  }
  return keys;
}

/**
 * The grants in the order of `column`: indexes into the roster; grants without a
 * figure last whichever the direction; ties in roster order.
 */
export function sortedOrder(
  column: GrantColumnId,
  direction: SortDirection,
  grants: readonly RosterGrant[],
  inputs: OptionExchangeInputs,
  calc: GrantCalculator,
  keys: Float64Array = sortKeys(column, grants, inputs, calc),
): Int32Array {
  const n = grants.length;
  // The distinct figures, sorted natively (no comparator), give each grant a rank; rank and index are then
  // packed in one double (rank · 2^21 + index: exact below 2^53 for up to 2^21 grants) and sorted natively
  // too, so ties keep the roster's order and 50,000 grants sort in a few milliseconds.
  const distinct = keys.filter((x) => !Number.isNaN(x)).sort();
  let m = 0;
  for (let k = 0; k < distinct.length; k++) if (k === 0 || distinct[k] !== distinct[m - 1]) distinct[m++] = distinct[k];
  const ranks = distinct.subarray(0, m);
  const SHIFT = 2 ** 21;
  if (n >= SHIFT) throw new RangeError(`at most ${SHIFT - 1} grants can be sorted`);
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = keys[i];
    let rank: number;
    if (Number.isNaN(x))
      rank = m; // no figure: last, either way
    else {
      let lo = 0;
      let hi = m - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ranks[mid] < x) lo = mid + 1;
        else hi = mid;
      }
      rank = direction === "ascending" ? lo : m - 1 - lo;
    }
    packed[i] = rank * SHIFT + i;
  }
  packed.sort();
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = packed[k] % SHIFT;
  return order;
}

/**
 * The Option exchange tab's list of grants: searched by grant id or holder,
 * sorted by a column, a page at a time (the page size the user chose),
 * optionally only the grants with problems; which grants' details are open.
 * No DOM. The sorted order is kept until the roster, the column, the direction
 * or (for a column computed from them) the inputs change.
 */
export class GrantList {
  page = 0;
  pageSize: number = PAGE_SIZE;
  onlyProblems = false;
  query = "";
  /** The column sorted by, or undefined: the roster's order. */
  sortColumn?: GrantColumnId;
  sortDirection: SortDirection = "ascending";
  /** Columns hidden by the user (never the first: a row must say which grant it is). */
  readonly hidden = new Set<GrantColumnId>();
  /** Grants whose details are open (indexes into the roster). */
  readonly open = new Set<number>();
  private sorted?: { key: string; grants: readonly RosterGrant[]; order: Int32Array };
  private keys?: { key: string; grants: readonly RosterGrant[]; keys: Float64Array };
  private searched?: { grants: readonly RosterGrant[]; texts: string[] };
  private filtered?: { key: string; grants: readonly RosterGrant[]; order: Int32Array | number[] };

  /** A new roster: the first page, every grant's details closed. */
  reset(): void {
    this.page = 0;
    this.open.clear();
  }

  previous(): void {
    this.page = Math.max(0, this.page - 1);
  }

  next(): void {
    this.page += 1;
  }

  /** Page `n` (1-based, as the user types it; kept within the list when shown). */
  goTo(n: number): void {
    if (Number.isFinite(n)) this.page = Math.max(0, Math.floor(n) - 1);
  }

  setPageSize(size: number): void {
    if (!(PAGE_SIZES as readonly number[]).includes(size)) return;
    // The page that holds the first grant shown.
    const first = this.page * this.pageSize;
    this.pageSize = size;
    this.page = Math.floor(first / size);
  }

  setOnlyProblems(on: boolean): void {
    this.onlyProblems = on;
    this.page = 0;
  }

  setQuery(q: string): void {
    this.query = q;
    this.page = 0;
  }

  /** A click on a column's header: sorted ascending, then descending, by it. */
  sortBy(column: GrantColumnId): void {
    if (this.sortColumn === column) this.sortDirection = this.sortDirection === "ascending" ? "descending" : "ascending";
    else [this.sortColumn, this.sortDirection] = [column, "ascending"];
    this.page = 0;
  }

  /** The columns shown, in order: the table's headers and cells, and the CSV's columns. */
  columns(): readonly GrantColumn[] {
    return GRANT_COLUMNS.filter((c, k) => k === 0 || !this.hidden.has(c.id));
  }

  /** Shows or hides a column (the first is always shown). */
  setShown(column: GrantColumnId, shown: boolean): void {
    if (column === GRANT_COLUMNS[0].id) return;
    if (shown) this.hidden.delete(column);
    else this.hidden.add(column);
  }

  /** The settings saved with the pane's inputs (model/viewState.ts): sort, page size, hidden columns. */
  settings(): GrantTableSettings {
    return {
      ...(this.sortColumn ? { sortColumn: this.sortColumn } : {}),
      sortDirection: this.sortDirection,
      pageSize: this.pageSize,
      hidden: GRANT_COLUMNS.filter((c) => this.hidden.has(c.id)).map((c) => c.id),
    };
  }

  /** Settings restored (already checked by readGrantTableSettings): the first page. */
  applySettings(s: GrantTableSettings): void {
    this.sortColumn = s.sortColumn;
    this.sortDirection = s.sortDirection;
    this.pageSize = (PAGE_SIZES as readonly number[]).includes(s.pageSize) ? s.pageSize : PAGE_SIZE;
    this.hidden.clear();
    for (const c of s.hidden) this.setShown(c, false);
    this.page = 0;
  }

  /** How the list is sorted by `column`, for its header's aria-sort. */
  sortOf(column: GrantColumnId): SortDirection | undefined {
    return this.sortColumn === column ? this.sortDirection : undefined;
  }

  /** The grants the list shows, in its order (every page): indexes into the roster (just a length: the roster's own order). */
  order(grants: readonly RosterGrant[], inputs: OptionExchangeInputs, calc: GrantCalculator): Order {
    let order: Int32Array | undefined;
    let sortKey = "";
    if (this.sortColumn) {
      // Columns computed from the inputs are sorted again when they change.
      const usesInputs = !["grant", "grantDate", "price", "eligible"].includes(this.sortColumn);
      sortKey = `${this.sortColumn}|${this.sortDirection}|${usesInputs ? JSON.stringify(inputs) : ""}`;
      if (!this.sorted || this.sorted.grants !== grants || this.sorted.key !== sortKey) {
        // The keys are kept for the other direction (a second click on the same header).
        const keysKey = `${this.sortColumn}|${usesInputs ? JSON.stringify(inputs) : ""}`;
        if (!this.keys || this.keys.grants !== grants || this.keys.key !== keysKey)
          this.keys = { key: keysKey, grants, keys: sortKeys(this.sortColumn, grants, inputs, calc) };
        this.sorted = { key: sortKey, grants, order: sortedOrder(this.sortColumn, this.sortDirection, grants, inputs, calc, this.keys.keys) };
      }
      order = this.sorted.order;
    }
    const q = this.query.trim().toLowerCase();
    if (!q && !this.onlyProblems) return order ?? { length: grants.length };
    const filterKey = `${sortKey}|${q}|${this.onlyProblems}`;
    if (this.filtered && this.filtered.grants === grants && this.filtered.key === filterKey) return this.filtered.order;
    if (q && (!this.searched || this.searched.grants !== grants)) this.searched = { grants, texts: grants.map(searchText) };
    const texts = this.searched?.texts;
    const out: number[] = [];
    const n = grants.length;
    for (let k = 0; k < n; k++) {
      const i = order ? order[k] : k;
      if (this.onlyProblems && grants[i].problems.length === 0) continue;
      if (q && !(texts as string[])[i].includes(q)) continue;
      out.push(i);
    }
    this.filtered = { key: filterKey, grants, order: out };
    return out;
  }

  /** The page now shown (the page number kept within the list). */
  pageOf(grants: readonly RosterGrant[], inputs: OptionExchangeInputs, calc: GrantCalculator): GrantPage {
    const order = this.order(grants, inputs, calc);
    const n = order.length;
    const filtering = this.onlyProblems || this.query.trim() !== "";
    const pages = Math.max(1, Math.ceil(n / this.pageSize));
    this.page = Math.min(this.page, pages - 1);
    const from = this.page * this.pageSize;
    const shown: number[] = [];
    for (let k = from; k < Math.min(n, from + this.pageSize); k++) shown.push(at(order, k));
    const which = [this.onlyProblems ? "with problems" : "", this.query.trim() ? `matching “${this.query.trim()}”` : ""].filter(Boolean).join(" ");
    const info =
      n === 0
        ? this.query.trim()
          ? `No grant matches “${this.query.trim()}”${this.onlyProblems ? " among those with problems" : ""}.`
          : "No grant has a problem."
        : `Grants ${count(from + 1)}–${count(from + shown.length)} of ${count(n)}${filtering ? ` ${which}` : ""}, page ${count(this.page + 1)} of ${count(pages)}`;
    const lines: GrantLine[] = [];
    const problems: string[] = [];
    const notes: string[] = [];
    for (const i of shown) {
      const line = grantLine(grants[i], i, inputs, calc);
      if (line.breakevenNote && !line.problems.length) notes.push(`Break-even, ${line.label}: ${line.breakevenNote}`);
      for (const p of line.problems) problems.push(`Row ${grants[i].line} (${line.label}): ${p}`);
      lines.push(line);
    }
    let bad = 0;
    for (const g of grants) if (g.problems.length) bad++;
    const leftOut =
      bad === 0
        ? "Every grant is in the totals."
        : `${count(bad)} grant${bad === 1 ? " is" : "s are"} left out of the totals: ${bad === 1 ? "its row has a problem" : "their rows have problems"} (marked in the table).`;
    return { shown, info, page: this.page, pages, hasPrevious: this.page > 0, hasNext: this.page < pages - 1, lines, problems, notes, leftOut };
  }

  /**
   * The table as shown — the grants the search and filter leave, in the list's
   * order, every page, the columns shown — as CSV: the columns' headers and texts as shown, and a last
   * column saying why a grant is left out of the totals.
   */
  csv(grants: readonly RosterGrant[], inputs: OptionExchangeInputs, calc: GrantCalculator): string {
    const order = this.order(grants, inputs, calc);
    const columns = this.columns();
    const rows: string[][] = [[...columns.map((c) => c.label), "Left out of the totals because"]];
    for (let k = 0; k < order.length; k++) {
      const i = at(order, k);
      const line = grantLine(grants[i], i, inputs, calc);
      rows.push([...columns.map((c) => cellText(c, line)), line.problems.join("; ")]);
    }
    return Papa.unparse(rows, { newline: "\r\n" });
  }
}
