/** A1 addresses of 0-based cells and areas (the layout counts rows and columns from 0). */

export interface CellAt {
  row: number;
  col: number;
}

/** Inclusive rectangle of cells, 0-based. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Column letters of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
export function columnName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** "B3" (relative) or "$B$3" (absolute). */
export function cellAddress(at: CellAt, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnName(at.col)}${d}${at.row + 1}`;
}

/** "B3:D9"; a one-cell area is "B3". */
export function areaAddress(a: Area, absolute = false): string {
  const first = cellAddress({ row: a.top, col: a.left }, absolute);
  if (a.top === a.bottom && a.left === a.right) return first;
  return `${first}:${cellAddress({ row: a.bottom, col: a.right }, absolute)}`;
}

/** A sheet name as formulas quote it: 'Series C'. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function areaContains(a: Area, at: CellAt): boolean {
  return at.row >= a.top && at.row <= a.bottom && at.col >= a.left && at.col <= a.right;
}

export function areasOverlap(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
