import { Area } from "../../layout";
import { ACTION_BYTES, MAX_CHUNK_BYTES } from "./chunks";
import { Grid, bands, sliced } from "./insertPlan";

/**
 * "Recalculate MPWR formulas" as data: which cells of a sheet hold a formula
 * calling an MPWR function, in the form Excel shows once the add-in is loaded
 * (`MPWR.X(…)`) or the one it stores in files (`_xldudf_MPWR_X(…)`), and the
 * text to re-enter. Excel binds a custom function when its formula is
 * entered; a formula that was in the workbook before the add-in loaded, or
 * was written by another tool, may stay `#NAME?` until it is re-entered
 * (docs/workbook.md#custom-functions-in-the-file).
 */

// Outside string literals: a call in either form. "[2]!_xldudf_…" (a link Excel added through another add-in) is the same function.
const STORED = /(?:\[\d+\]!)?_xldudf_MPWR_([A-Za-z0-9_]+)(?=\s*\()/gi;
const CALLS = /(^|[^A-Za-z0-9_.])(MPWR\.[A-Za-z]|_xldudf_MPWR_)/i;

/** The formula to re-enter for a cell's `formulas` entry, or undefined when it is no formula calling MPWR. */
export function relinkedFormula(entry: unknown): string | undefined {
  if (typeof entry !== "string" || !entry.startsWith("=")) return undefined;
  // Text between double quotes is a string literal ("" inside one is a quote): never a call, never rewritten.
  const parts = entry.split('"');
  let calls = false;
  for (let i = 0; i < parts.length; i += 2) {
    if (CALLS.test(parts[i])) calls = true;
    parts[i] = parts[i].replace(STORED, (_m, id: string) => `MPWR.${id.toUpperCase()}`);
  }
  return calls ? parts.join('"') : undefined;
}

export interface RelinkCell {
  /** 0-based row and column on the sheet. */
  row: number;
  col: number;
  formula: string;
}

/** The MPWR formulas of a block of `formulas` read at (top, left) of a sheet, row by row. */
export function mpwrFormulas(formulas: readonly (readonly unknown[])[], top: number, left: number): RelinkCell[] {
  const out: RelinkCell[] = [];
  formulas.forEach((row, i) =>
    row.forEach((entry, j) => {
      const formula = relinkedFormula(entry);
      if (formula !== undefined) out.push({ row: top + i, col: left + j, formula });
    }),
  );
  return out;
}

export interface RelinkWrite {
  area: Area;
  /** The formula of each cell to re-enter; null: a cell left as it is. */
  formulas: Grid<string>;
  cells: number;
  bytes: number;
}

/** The cells to re-enter as writes of whole areas (null where a cell is left alone), each request under `maxBytes`. */
export function relinkWrites(cells: readonly RelinkCell[], maxBytes = MAX_CHUNK_BYTES): RelinkWrite[] {
  const map = new Map<number, Map<number, string>>();
  for (const c of cells) {
    let row = map.get(c.row);
    if (!row) map.set(c.row, (row = new Map()));
    row.set(c.col, c.formula);
  }
  const out: RelinkWrite[] = [];
  for (const b of bands(map)) {
    for (const step of sliced(b.area, [b.grid], ACTION_BYTES * 2, maxBytes, (area, [g], bytes) => ({
      kind: "formulas",
      area,
      formulas: g as Grid<string>,
      bytes,
    }))) {
      if (step.kind !== "formulas") continue;
      const n = step.formulas.reduce((k, r) => k + r.filter((x) => x !== null).length, 0);
      out.push({ area: step.area, formulas: step.formulas, cells: n, bytes: step.bytes });
    }
  }
  return out;
}
