import {
  Area,
  CellAt,
  CellSpec,
  CellValue,
  ModelOptions,
  ModelSheet,
  Role,
  RoleStyle,
  STYLES,
  areaAddress,
  columnWidthPoints,
  formulaText,
} from "../../layout";
import { ACTION_BYTES, MAX_CHUNK_BYTES, jsonBytes } from "./chunks";

/**
 * "Insert model" as data: the steps that render a ModelSheet of the shared
 * layout (src/layout, docs/workbook.md#inserting-the-layout) into a new
 * worksheet through Office.js, in the layout's order, each with the size of
 * the request it makes. excel/insertModel.ts carries them out; this module
 * decides everything and is tested without Excel.
 *
 * Order: column widths; constants and number formats; the roles' fonts and
 * fills; Tables (over cells already written); defined names; every formula
 * (single values, calculated columns, spill anchors; Tables and names exist
 * by then, so structured references parse); validation lists; frozen rows
 * and page setup; last, the rows of wrapping spills are autofitted.
 */

export type ModelKind = "seriesC" | "optionExchange";

/** The layout's own sheet name and prefix of each model (what seriesCModel() and optionExchangeModel() use by default). */
export const MODEL_NAMES: Record<ModelKind, Required<ModelOptions>> = {
  seriesC: { sheetName: "Series C", prefix: "SC_" },
  optionExchange: { sheetName: "Option exchange", prefix: "OX_" },
};

/** The k-th choice of sheet name and prefix: the layout's own first, then "Series C (2)" with SC2_…, "Series C (3)" with SC3_… */
export function modelNames(kind: ModelKind, k: number): Required<ModelOptions> {
  const base = MODEL_NAMES[kind];
  if (k === 1) return base;
  return { sheetName: `${base.sheetName} (${k})`, prefix: `${base.prefix.replace(/_$/, "")}${k}_` };
}

/** The workbook-wide names a model defines: its defined names and its Tables' names (Excel keeps both in one namespace). */
export function workbookNames(sheet: ModelSheet): string[] {
  return [...sheet.names.map((n) => n.name), ...sheet.tables.map((t) => t.name)];
}

/** The same names under another prefix (every name of a model starts with its prefix). */
export function withPrefix(names: readonly string[], from: string, to: string): string[] {
  return names.map((n) => {
    if (!n.startsWith(from)) throw new Error(`insert: the name ${n} does not start with the model's prefix ${from}`);
    return to + n.slice(from.length);
  });
}

export type Grid<T> = (T | null)[][];

/** The table style of the model's Tables (as scripts/make-workbook.js writes them), without banded rows. */
export const TABLE_STYLE = "TableStyleLight1";

export type InsertStep = { bytes: number } & (
  | { kind: "columnWidths"; columns: { first: number; last: number; points: number }[] }
  /** Number formats first, then constants: a text cell (@) is text before its value arrives. null = leave the cell as it is. */
  | { kind: "cells"; area: Area; formats?: Grid<string>; values?: Grid<CellValue> }
  | { kind: "style"; area: Area; style: RoleStyle }
  | { kind: "table"; name: string; area: Area }
  | { kind: "name"; name: string; cell: CellAt; comment: string }
  | { kind: "formulas"; area: Area; formulas: Grid<string> }
  /** Top alignment, and text wrapping when `wrap`. */
  | { kind: "alignment"; area: Area; wrap: boolean }
  | { kind: "validation"; area: Area; list: readonly string[]; prompt: string }
  | { kind: "freeze"; rows: number }
  | { kind: "print"; areas: Area[]; titleRows: [number, number]; orientation: "landscape" | "portrait"; fitToWidth: number; fitToHeight: number }
  | { kind: "autofitRows"; area: Area }
);

/** Text the user typed (a grant id, a name, a type) is formatted as Text so Excel keeps it as typed: "=x" is not a formula, "1-2" not a date. */
export const TEXT_FORMAT = "@";

/** The validation's error message when a value is not in the list (as the model workbook has it). */
export const NOT_IN_LIST_TITLE = "Not in the list";
export const notInList = (list: readonly string[]): string => `Choose one of ${list.join(", ")}.`;

/** Excel's limits on a name's comment and a validation prompt. */
const COMMENT_CHARS = 255;

/**
 * The cells of a set grouped into areas of consecutive rows sharing the same
 * first and last column; cells of an area that are not in the set are null
 * in its grids (left as they are).
 */
export function bands<T>(points: ReadonlyMap<number, ReadonlyMap<number, T>>): { area: Area; grid: Grid<T> }[] {
  const rows = [...points.keys()].sort((a, b) => a - b);
  const out: { area: Area; grid: Grid<T> }[] = [];
  let cur: { area: Area; grid: Grid<T> } | undefined;
  for (const r of rows) {
    const cols = points.get(r) as ReadonlyMap<number, T>;
    let left = Infinity;
    let right = -Infinity;
    for (const c of cols.keys()) {
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
    if (!cur || cur.area.bottom !== r - 1 || cur.area.left !== left || cur.area.right !== right) {
      cur = { area: { top: r, bottom: r, left, right }, grid: [] };
      out.push(cur);
    }
    cur.area.bottom = r;
    const line: (T | null)[] = [];
    for (let c = left; c <= right; c++) line.push(cols.has(c) ? (cols.get(c) as T) : null);
    cur.grid.push(line);
  }
  return out;
}

/** Exactly the cells of a set as rectangles: runs of columns per row, runs of equal rows merged. */
export function rectangles(cells: readonly CellAt[]): Area[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c.col);
    else byRow.set(c.row, [c.col]);
  }
  const done: Area[] = [];
  let open = new Map<string, Area>();
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(byRow.get(r))].sort((a, b) => a - b);
    const next = new Map<string, Area>();
    for (let i = 0; i < cols.length;) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
      const key = `${cols[i]},${cols[j]}`;
      const prev = open.get(key);
      if (prev && prev.bottom === r - 1) {
        prev.bottom = r;
        next.set(key, prev);
        open.delete(key);
      } else next.set(key, { top: r, bottom: r, left: cols[i], right: cols[j] });
      i = j + 1;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Splits a grid step into row slices whose requests stay under the budget. */
export function sliced<T>(
  area: Area,
  grids: Grid<T>[],
  fixed: number,
  budget: number,
  make: (area: Area, grids: Grid<T>[], bytes: number) => InsertStep,
): InsertStep[] {
  const out: InsertStep[] = [];
  const rows = area.bottom - area.top + 1;
  let start = 0;
  let bytes = fixed;
  const flush = (end: number) => {
    if (end > start)
      out.push(
        make(
          { ...area, top: area.top + start, bottom: area.top + end - 1 },
          grids.map((g) => g.slice(start, end)),
          bytes,
        ),
      );
    start = end;
    bytes = fixed;
  };
  for (let i = 0; i < rows; i++) {
    const row = grids.reduce((n, g) => n + jsonBytes(g[i]) + 1, 0);
    if (fixed + row > budget)
      throw new Error(`insert: row ${area.top + i + 1} alone needs about ${fixed + row} bytes, over the ${budget}-byte limit per request`);
    if (bytes + row > budget) flush(i);
    bytes += row;
  }
  flush(rows);
  return out;
}

const styleActions = (s: RoleStyle): number => 1 + (s.bold ? 1 : 0) + (s.italic ? 1 : 0) + (s.size ? 1 : 0) + (s.color ? 1 : 0) + (s.fill ? 1 : 0);
const hasStyle = (s: RoleStyle): boolean => styleActions(s) > 1;
const styleStep = (area: Area, style: RoleStyle): InsertStep => ({ kind: "style", area, style, bytes: ACTION_BYTES * styleActions(style) + 100 });

/** A constant's cell: its value, and its format (Text for what the user typed). */
function constantFormat(c: CellSpec): string | null {
  if (c.role === "input" && typeof c.value === "string" && c.value !== "") return TEXT_FORMAT;
  return c.format ?? null;
}

/** Every step of inserting `sheet`, in order; steps that carry cells are cut so that each fits in `maxBytes`. */
export function planInsert(sheet: ModelSheet, maxBytes = MAX_CHUNK_BYTES): InsertStep[] {
  const steps: InsertStep[] = [];

  // Column widths, runs of equal widths together.
  const columns: { first: number; last: number; points: number }[] = [];
  sheet.columnWidths.forEach((w, c) => {
    const points = columnWidthPoints(w);
    const last = columns[columns.length - 1];
    if (last && last.last === c - 1 && last.points === points) last.last = c;
    else columns.push({ first: c, last: c, points });
  });
  for (let i = 0; i < columns.length; i += 10) {
    const part = columns.slice(i, i + 10);
    steps.push({ kind: "columnWidths", columns: part, bytes: ACTION_BYTES * 2 * part.length });
  }

  // Constants and formats: one grid per band of rows.
  const cellMap = new Map<number, Map<number, { value: CellValue | null; format: string | null }>>();
  for (const c of sheet.cells) {
    const value = c.formula || c.value === undefined || c.value === "" ? null : c.value;
    const format = c.formula ? (c.format ?? null) : constantFormat(c);
    if (value === null && format === null) continue;
    let row = cellMap.get(c.row);
    if (!row) cellMap.set(c.row, (row = new Map()));
    row.set(c.col, { value, format });
  }
  for (const b of bands(cellMap)) {
    const formats = b.grid.map((r) => r.map((x) => x?.format ?? null));
    const values = b.grid.map((r) => r.map((x) => x?.value ?? null));
    const anyFormat = formats.some((r) => r.some((x) => x !== null));
    const anyValue = values.some((r) => r.some((x) => x !== null));
    const grids = [...(anyFormat ? [formats] : []), ...(anyValue ? [values] : [])] as Grid<string | CellValue>[];
    steps.push(
      ...sliced(b.area, grids, ACTION_BYTES * 3, maxBytes, (area, [g1, g2], bytes) => ({
        kind: "cells",
        area,
        ...(anyFormat ? { formats: g1 as Grid<string> } : {}),
        ...(anyValue ? { values: (anyFormat ? g2 : g1) as Grid<CellValue> } : {}),
        bytes,
      })),
    );
  }

  // The roles' looks, on exactly their cells.
  const byRole = new Map<Role, CellAt[]>();
  for (const c of sheet.cells) {
    if (!hasStyle(STYLES[c.role])) continue;
    const list = byRole.get(c.role);
    if (list) list.push(c);
    else byRole.set(c.role, [c]);
  }
  for (const [role, cells] of byRole) for (const area of rectangles(cells)) steps.push(styleStep(area, STYLES[role]));

  // Spills: formats over the area kept free, the header row styled, long text wrapped.
  const wraps: Area[] = [];
  for (const sp of sheet.spills) {
    const { row, col } = sp.anchor;
    const reserved: Area = { top: row, left: col, bottom: row + sp.reserve.rows - 1, right: col + sp.reserve.cols - 1 };
    const formats: Grid<string> = [];
    for (let i = 0; i < sp.reserve.rows; i++) {
      const line: (string | null)[] = [];
      for (let j = 0; j < sp.reserve.cols; j++) {
        const own = sp.cellFormats?.find((f) => f.row === i && f.col === j)?.format;
        line.push(sp.header && i === 0 ? null : (own ?? sp.columnFormats[j] ?? null));
      }
      formats.push(line);
    }
    if (formats.some((r) => r.some((x) => x !== null))) {
      steps.push(
        ...sliced(reserved, [formats], ACTION_BYTES * 2, maxBytes, (area, [g], bytes) => ({ kind: "cells", area, formats: g as Grid<string>, bytes })),
      );
    }
    if (sp.header) steps.push(styleStep({ ...reserved, bottom: reserved.top }, STYLES.header));
    if (sp.wrapColumns?.length) {
      steps.push({ kind: "alignment", area: reserved, wrap: false, bytes: ACTION_BYTES * 2 });
      for (const j of sp.wrapColumns)
        steps.push({ kind: "alignment", area: { ...reserved, left: col + j, right: col + j }, wrap: true, bytes: ACTION_BYTES * 3 });
      wraps.push(reserved);
    }
  }

  // Tables over the cells written, then the names.
  for (const t of sheet.tables) {
    steps.push({
      kind: "table",
      name: t.name,
      area: { top: t.top, left: t.left, bottom: t.top + t.rows.length, right: t.left + t.columns.length - 1 },
      bytes: ACTION_BYTES * 4 + 200,
    });
  }
  for (const n of sheet.names) {
    const comment = n.label.length > COMMENT_CHARS ? `${n.label.slice(0, COMMENT_CHARS - 1)}…` : n.label;
    steps.push({ kind: "name", name: n.name, cell: n.cell, comment, bytes: ACTION_BYTES + jsonBytes(comment) + 200 });
  }

  // Every formula: single values, calculated columns (the same formula on every data row) and spill anchors.
  const formulaMap = new Map<number, Map<number, string>>();
  const putFormula = (at: CellAt, text: string) => {
    let row = formulaMap.get(at.row);
    if (!row) formulaMap.set(at.row, (row = new Map()));
    row.set(at.col, text);
  };
  for (const c of sheet.cells) if (c.formula) putFormula(c, formulaText(c.formula, "ui"));
  for (const sp of sheet.spills) putFormula(sp.anchor, formulaText(sp.formula, "ui"));
  for (const b of bands(formulaMap)) {
    steps.push(...sliced(b.area, [b.grid], ACTION_BYTES * 2, maxBytes, (area, [g], bytes) => ({ kind: "formulas", area, formulas: g as Grid<string>, bytes })));
  }

  for (const v of sheet.validations) {
    steps.push({
      kind: "validation",
      area: v.area,
      list: v.list,
      prompt: v.prompt,
      bytes: ACTION_BYTES * 5 + jsonBytes(v.list) * 2 + jsonBytes(v.prompt) + 100,
    });
  }
  steps.push({ kind: "freeze", rows: sheet.frozenRows, bytes: ACTION_BYTES * 2 });
  steps.push({ kind: "print", ...sheet.print, areas: sheet.print.areas, bytes: ACTION_BYTES * 5 + 40 * sheet.print.areas.length });
  for (const area of wraps) steps.push({ kind: "autofitRows", area, bytes: ACTION_BYTES * 2 });
  return steps;
}

/** Consecutive steps packed into requests of at most `maxBytes` each (every step fits alone). */
export function batchSteps(steps: readonly InsertStep[], maxBytes = MAX_CHUNK_BYTES): InsertStep[][] {
  const out: InsertStep[][] = [];
  let cur: InsertStep[] = [];
  let bytes = 0;
  for (const s of steps) {
    if (s.bytes > maxBytes) throw new Error(`insert: a ${s.kind} step of ${s.bytes} bytes is over the ${maxBytes}-byte limit per request`);
    if (cur.length && bytes + s.bytes > maxBytes) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(s);
    bytes += s.bytes;
  }
  if (cur.length) out.push(cur);
  return out;
}

/** A1 text of an area of the model's sheet (no sheet part). */
export const address = (a: Area): string => areaAddress(a);
