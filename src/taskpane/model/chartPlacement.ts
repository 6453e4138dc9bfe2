/**
 * Where native charts go on a model sheet (pure; charts.ts does the Excel
 * I/O): an area of CHART_COLUMNS × CHART_ROWS cells level with the top of the
 * block whose data it plots, on cells that hold nothing (no value, formula
 * or format: a spill's reserved area counts as used), never over another
 * chart placed in the same insert.
 */

/** 0-based inclusive rectangle of cells. */
export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** About 512 × 320 px at Excel's default column width and row height. */
export const CHART_COLUMNS = 8;
export const CHART_ROWS = 16;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "'Series C'!$E$12:$K$38", "E12:K38" or "E12" → its cells; the sheet part is ignored. */
export function parseArea(address: string): CellArea {
  const ref = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "").toUpperCase();
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(ref);
  if (!m) throw new Error(`not a cell or range address: ${address}`);
  const a = { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  const b = m[3] ? { row: Number(m[4]) - 1, col: columnIndex(m[3]) } : a;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export function areaAddress(a: CellArea): string {
  return `${columnLetters(a.left)}${a.top + 1}:${columnLetters(a.right)}${a.bottom + 1}`;
}

export const overlaps = (a: CellArea, b: CellArea): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

export const chartArea = (top: number, left: number): CellArea => ({ top, left, bottom: top + CHART_ROWS - 1, right: left + CHART_COLUMNS - 1 });

/**
 * The area for one chart: the first of `candidates` that is free (its cells
 * empty, `isEmpty`) and clear of `placed`; else, right of everything used
 * (`firstFreeColumn`), moved down below any chart already there.
 */
export function placeChart(candidates: readonly CellArea[], isEmpty: (a: CellArea) => boolean, placed: readonly CellArea[], firstFreeColumn: number, top: number): CellArea {
  for (const c of candidates) if (isEmpty(c) && !placed.some((p) => overlaps(p, c))) return c;
  let area = chartArea(top, firstFreeColumn);
  for (let guard = 0; guard < 1000 && placed.some((p) => overlaps(p, area)); guard++) {
    const below = Math.max(...placed.filter((p) => overlaps(p, area)).map((p) => p.bottom)) + 2;
    area = chartArea(below, firstFreeColumn);
  }
  return area;
}
