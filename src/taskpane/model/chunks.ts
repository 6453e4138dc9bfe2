import { SheetBlock, SheetValue } from "./layout";

/**
 * A block split into syncs that stay well under Excel on the web's 5 MB
 * request limit. A chunk is whole rows; its estimated request is the JSON of
 * its formulas and number formats plus a fixed cost per action (Office.js
 * sends each property set and each bold range as one action).
 */
export interface BoldRun {
  row: number;
  col: number;
  cols: number;
}
export interface SheetChunk {
  /** First row of the chunk within the block. */
  row: number;
  rows: number;
  formulas: SheetValue[][];
  numberFormat: string[][];
  bold: BoldRun[];
  /** The estimated request size in bytes. */
  bytes: number;
}

/** One MB: a fifth of the limit, leaving room for Office.js's own envelope and UTF-8 expansion of non-ASCII text. */
export const MAX_CHUNK_BYTES = 1_000_000;
/** Bytes Office.js adds per action (object path, method, ids), generously. */
export const ACTION_BYTES = 300;

/** The JSON size of one row of values and formats, as Office.js serialises them (UTF-8). */
export function rowBytes(formulas: readonly SheetValue[], formats: readonly string[]): number {
  return utf8Length(JSON.stringify(formulas)) + utf8Length(JSON.stringify(formats)) + 2;
}

function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) n += c > 0x7ff ? 2 : 1; // surrogate pairs count 2 + 2 = 4 bytes
  }
  return n;
}

/** Bold cells of the block grouped into horizontal runs, by row. */
function boldRuns(block: SheetBlock): Map<number, BoldRun[]> {
  const byRow = new Map<number, number[]>();
  for (const [r, c] of block.bold) byRow.set(r, [...(byRow.get(r) ?? []), c]);
  const out = new Map<number, BoldRun[]>();
  for (const [r, cols] of byRow) {
    const sorted = [...new Set(cols)].sort((a, b) => a - b);
    const runs: BoldRun[] = [];
    for (const c of sorted) {
      const last = runs[runs.length - 1];
      if (last && last.col + last.cols === c) last.cols++;
      else runs.push({ row: r, col: c, cols: 1 });
    }
    out.set(r, runs);
  }
  return out;
}

export function chunkBlock(block: SheetBlock, maxBytes = MAX_CHUNK_BYTES): SheetChunk[] {
  const runs = boldRuns(block);
  const chunks: SheetChunk[] = [];
  let cur: SheetChunk | undefined;
  const base = 4 * ACTION_BYTES; // getCell, getResizedRange, numberFormat, formulas
  for (let r = 0; r < block.rows; r++) {
    const rowRuns = runs.get(r) ?? [];
    const bytes = rowBytes(block.formulas[r], block.numberFormat[r]) + rowRuns.length * 3 * ACTION_BYTES;
    if (bytes + base > maxBytes) throw new Error(`row ${r + 1} of the block alone needs about ${bytes} bytes, over the ${maxBytes}-byte limit per request`);
    if (!cur || cur.bytes + bytes > maxBytes) {
      cur = { row: r, rows: 0, formulas: [], numberFormat: [], bold: [], bytes: base };
      chunks.push(cur);
    }
    cur.rows++;
    cur.formulas.push(block.formulas[r]);
    cur.numberFormat.push(block.numberFormat[r]);
    for (const run of rowRuns) cur.bold.push({ row: r - cur.row, col: run.col, cols: run.cols });
    cur.bytes += bytes;
  }
  return chunks;
}
