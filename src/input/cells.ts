/** What Excel hands a custom function (docs/conventions.md). */
export type Cell = number | string | boolean | null | undefined;
export type Range = Cell[][];

/**
 * Empty cells (docs/conventions.md#ranges-and-empty-cells), the one rule every reader applies:
 * - Excel on the web sends an empty cell as null or "" (`isBlank`);
 * - desktop Excel sends it as 0, so where 0 is not a value the input can take — a date, a word,
 *   a table row (a row of zeros is not an event, a payment or a term) — 0 is empty too (`isEmptyCell`);
 * - where 0 is a value (a column of proceeds), the zeros below the column's last value are the
 *   spare empty rows of a column selected longer than its values (`valueCount`); a 0 above a value
 *   is the value 0 (desktop Excel cannot tell an empty cell there from a typed 0).
 */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && (v.length === 0 || BLANK_TEXT.test(v)));
}
const BLANK_TEXT = /^\s*$/;

/** An empty cell where 0 is not a value the input can take: blank, or desktop Excel's 0. */
export function isEmptyCell(v: unknown): boolean {
  return v === 0 || isBlank(v);
}

/** A column where 0 is a value: how many leading cells hold values (the rest are empty: blank, or desktop Excel's 0). */
export function valueCount(cells: readonly unknown[]): number {
  let n = cells.length;
  while (n > 0 && isEmptyCell(cells[n - 1])) n--;
  return n;
}

/** Omitted optional argument: null or undefined both mean "use the default". */
export function isOmitted(v: unknown): v is null | undefined {
  return v === null || v === undefined;
}

/** A scalar given where a range is expected is a 1×1 range. */
export function asRange(v: unknown): Range {
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? (row as Cell[]) : [row as Cell]));
  return [[v as Cell]];
}

/**
 * A range as a rectangle: rows padded with "" to the widest row. Excel always
 * sends rectangles; this keeps a same-shaped spill rectangular whatever comes.
 */
export function rectangular(range: Range): Range {
  let width = 0;
  for (const row of range) if (row.length > width) width = row.length; // no Math.max(...rows): a million rows overflow the call stack
  return range.map((row) => (row.length === width ? row : row.concat(Array<Cell>(width - row.length).fill(""))));
}
