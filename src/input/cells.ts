/** What Excel hands a custom function (docs/conventions.md). */
export type Cell = number | string | boolean | null | undefined;
export type Range = Cell[][];

/**
 * An empty cell: null/undefined or "" (Excel on the web). Desktop Excel sends
 * 0 for empty cells, so table readers also treat an all-zero row as empty.
 */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && (v.length === 0 || BLANK_TEXT.test(v)));
}
const BLANK_TEXT = /^\s*$/;

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
