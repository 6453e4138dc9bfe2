import { Anchor, SheetBlock, parseAnchor } from "../model/layout";
import { SheetChunk, chunkBlock } from "../model/chunks";

/**
 * Excel I/O of the pane, and nothing else: read the selection, write a block
 * at the selected cell in chunks, never overwriting anything without asking.
 * Excel on the web rejects a request or response over 5 MB (Microsoft's
 * "Resource limits and performance optimization for Office Add-ins"), so
 * every read and write is split into syncs well under that (model/chunks.ts).
 */

/** Is the pane running inside Excel? Resolves false on a plain page, without office.js, or when Office says host null. */
export function detectExcel(timeoutMs = 4000): Promise<boolean> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    Office.onReady((info) => {
      clearTimeout(timer);
      resolve(!!info && info.host === Office.HostType.Excel && typeof Excel !== "undefined");
    });
  });
}

/** Cells read per sync: 20,000 cells of up to ~100 bytes each stay under 5 MB of response. */
export const READ_CELLS_PER_SYNC = 20_000;

/**
 * The values of the selected range (dates arrive as serial numbers), only its
 * used part (a whole-column selection is not a million empty rows), in row
 * chunks; `progress` gets the rows read so far.
 */
export async function readSelectionValues(progress: (done: number, total: number) => void = () => undefined): Promise<unknown[][]> {
  return Excel.run(async (context) => {
    const selected = context.workbook.getSelectedRange();
    const used = selected.getUsedRangeOrNullObject(true);
    used.load("rowCount,columnCount");
    await context.sync();
    if (used.isNullObject) return [];
    const rows = used.rowCount;
    const cols = used.columnCount;
    const step = Math.max(1, Math.floor(READ_CELLS_PER_SYNC / Math.max(1, cols)));
    const out: unknown[][] = [];
    for (let r = 0; r < rows; r += step) {
      const part = used.getCell(r, 0).getResizedRange(Math.min(step, rows - r) - 1, cols - 1);
      part.load("values");
      await context.sync();
      for (const row of part.values as unknown[][]) out.push(row);
      progress(Math.min(rows, r + step), rows);
    }
    return out;
  });
}

export type WriteOutcome =
  | { written: true; address: string }
  | { written: false; address: string; reason: "declined" }
  | { written: false; address: string; reason: "cancelled"; rowsWritten: number };

export interface WriteOptions {
  /** Asked when the target holds anything; true = replace. */
  confirmOverwrite: (address: string) => Promise<boolean>;
  /** Called once the write begins (after any confirmation), with the block's rows. */
  started?: (total: number) => void;
  /** Rows written so far of the block's rows. */
  progress?: (rows: number, total: number) => void;
  /** Checked between chunks: when true, the block's area is cleared and nothing is left of it. */
  cancelled?: () => boolean;
  /** The largest estimated request a chunk may make (bytes). */
  maxBytes?: number;
}

/**
 * Writes the block built for the selected cell, one chunk of whole rows per
 * sync (formats first, so a text cell (@) is text before its value arrives).
 * If any cell of the target holds a value or formula, `confirmOverwrite`
 * decides first. Cancel, or a failure part-way, clears the whole target
 * (contents and formats) once anything was written: the sheet never keeps a
 * partial model. Cancelled before the first chunk, the sheet is untouched.
 */
export async function writeAtSelection(build: (anchor: Anchor) => SheetBlock, o: WriteOptions): Promise<WriteOutcome> {
  return Excel.run(async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load("address");
    await context.sync();
    const anchorCell = selected.getCell(0, 0);
    const block = build(parseAnchor(selected.address));
    const target = anchorCell.getResizedRange(block.rows - 1, block.cols - 1);
    const used = target.getUsedRangeOrNullObject(true);
    target.load("address");
    used.load("address");
    await context.sync();
    const address = target.address;
    if (!used.isNullObject && !(await o.confirmOverwrite(address))) return { written: false, address, reason: "declined" };
    const chunks: SheetChunk[] = chunkBlock(block, o.maxBytes);
    let rows = 0;
    o.started?.(block.rows);
    try {
      for (const chunk of chunks) {
        if (o.cancelled?.()) {
          if (rows > 0) {
            target.clear("All");
            await context.sync();
          }
          return { written: false, address, reason: "cancelled", rowsWritten: rows };
        }
        const range = target.getCell(chunk.row, 0).getResizedRange(chunk.rows - 1, block.cols - 1);
        range.numberFormat = chunk.numberFormat;
        range.formulas = chunk.formulas as unknown[][];
        for (const run of chunk.bold) range.getCell(run.row, run.col).getResizedRange(0, run.cols - 1).format.font.bold = true;
        await context.sync();
        rows += chunk.rows;
        o.progress?.(rows, block.rows);
      }
      target.format.autofitColumns();
      await context.sync();
    } catch (e) {
      try {
        if (rows > 0) {
          target.clear("All");
          await context.sync();
        }
      } catch {
        // The original error says more than the cleanup's.
      }
      throw e;
    }
    return { written: true, address };
  });
}

/** Function ids the build registers (dist/functions.json next to the page); undefined if it cannot be read. */
export async function registeredFunctions(): Promise<Set<string> | undefined> {
  try {
    const res = await fetch("functions.json", { cache: "no-store" });
    if (!res.ok) return undefined;
    const json = (await res.json()) as { functions?: Array<{ id?: string }> };
    return new Set((json.functions ?? []).map((f) => String(f.id)));
  } catch {
    return undefined;
  }
}
