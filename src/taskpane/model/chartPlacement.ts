/**
 * Where native charts go on a model sheet (pure; charts.ts does the Excel
 * I/O): an area of CHART_COLUMNS × CHART_ROWS cells level with the top of the
 * block whose data it plots, on cells that hold nothing (no value, formula
 * or format: a spill's reserved area counts as used), never over another
 * chart placed in the same insert.
 */
import { Area, cellAddress, parseArea } from "../../layout/address";

/** 0-based inclusive rectangle of cells. */
export type CellArea = Area;

/** About 512 × 320 px at Excel's default column width and row height. */
export const CHART_COLUMNS = 8;
export const CHART_ROWS = 16;

export { parseArea };

/** "E12:K38", always a range (a chart's source or place). */
export function areaAddress(a: CellArea): string {
  return `${cellAddress({ row: a.top, col: a.left })}:${cellAddress({ row: a.bottom, col: a.right })}`;
}

export const overlaps = (a: CellArea, b: CellArea): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

export const chartArea = (top: number, left: number): CellArea => ({ top, left, bottom: top + CHART_ROWS - 1, right: left + CHART_COLUMNS - 1 });

/**
 * The area for one chart: the first of `candidates` that is free (its cells
 * empty, `isEmpty`) and clear of `placed`; else, right of everything used
 * (`firstFreeColumn`), moved down below any chart already there.
 */
export function placeChart(
  candidates: readonly CellArea[],
  isEmpty: (a: CellArea) => boolean,
  placed: readonly CellArea[],
  firstFreeColumn: number,
  top: number,
): CellArea {
  for (const c of candidates) if (isEmpty(c) && !placed.some((p) => overlaps(p, c))) return c;
  let area = chartArea(top, firstFreeColumn);
  for (let guard = 0; guard < 1000 && placed.some((p) => overlaps(p, area)); guard++) {
    const below = Math.max(...placed.filter((p) => overlaps(p, area)).map((p) => p.bottom)) + 2;
    area = chartArea(below, firstFreeColumn);
  }
  return area;
}
