/**
 * A1 addresses of 0-based cells and areas (the layout counts rows and columns from 0): the one
 * module that writes and reads them, for the layout, the pane, the scripts and the tests.
 */

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

/** 0-based column of its letters: A → 0, Z → 25, AA → 26 (upper case). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
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

const AREA = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/;

/** "'Series C'!$E$12:$K$38", "E12:K38" or "E12" → its cells (0-based); the sheet part and `$` are ignored. */
export function parseArea(address: string): Area {
  const ref = address
    .slice(address.lastIndexOf("!") + 1)
    .replace(/\$/g, "")
    .toUpperCase();
  const m = AREA.exec(ref);
  if (!m) throw new Error(`not a cell or range address: ${address}`);
  const a = { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  const b = m[3] ? { row: Number(m[4]) - 1, col: columnIndex(m[3]) } : a;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
