import { areaAddress, cellAddress, quoteSheet } from "../../layout";
import { MAX_CHUNK_BYTES } from "../model/chunks";
import { RelinkCell, mpwrFormulas, relinkWrites } from "../model/relink";
import { READ_CELLS_PER_SYNC } from "./sheet";

/**
 * "Recalculate MPWR formulas": re-enters every formula calling an MPWR
 * function on every worksheet, in the `MPWR.` form, so that Excel binds it to
 * the loaded add-in and calculates it (docs/workbook.md). Each sheet's used
 * range is read in chunks of at most READ_CELLS_PER_SYNC cells; a spill's
 * cells other than its anchor are left alone (only the anchor holds the
 * formula; writing into a spilled cell would block the spill); the writes go
 * in requests of at most 1 MB. Re-entering a formula changes nothing but its
 * link, so stopping part-way leaves every cell consistent.
 */

export interface RelinkOptions {
  /** After each chunk: the sheet being read (1-based of `sheets`), and the formulas refreshed so far. */
  progress?: (sheet: number, sheets: number, refreshed: number) => void;
  cancelled?: () => boolean;
  maxBytes?: number;
}

export interface RelinkOutcome {
  refreshed: number;
  /** Sheets on which at least one formula was refreshed. */
  sheets: number;
  /** Protected sheets holding MPWR formulas cannot be written: their names. */
  protectedSheets: string[];
  /** Formulas Excel refused to take back (e.g. part of a legacy array formula), with its message. */
  failed: { address: string; message: string }[];
  cancelled: boolean;
}

/** Candidates the pane asks Excel about per request (is it a spilled cell?). */
const SPILL_QUERIES_PER_SYNC = 1000;
/** After a refused write, cells retried one by one, at most (the rest are reported as not refreshed). */
const RETRY_CELLS = 50;

/** Whether this Excel knows spills (dynamic arrays, ExcelApi 1.12); without them every formula is its own. */
function spillApi(): boolean {
  return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported?.("ExcelApi", "1.12");
}

const qualified = (sheet: string, a1: string): string => `${quoteSheet(sheet)}!${a1}`;

export async function recalculateMpwrFormulas(o: RelinkOptions = {}): Promise<RelinkOutcome> {
  const maxBytes = o.maxBytes ?? MAX_CHUNK_BYTES;
  const out: RelinkOutcome = { refreshed: 0, sheets: 0, protectedSheets: [], failed: [], cancelled: false };
  const spills = spillApi();
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const sheets = worksheets.items.map((ws) => {
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      ws.protection.load("protected");
      return { ws, name: ws.name, used };
    });
    await context.sync();

    for (let s = 0; s < sheets.length; s++) {
      const { ws, name, used } = sheets[s];
      if (used.isNullObject) continue;
      const cols = used.columnCount;
      const step = Math.max(1, Math.floor(READ_CELLS_PER_SYNC / cols));
      let onSheet = 0;
      for (let r = 0; r < used.rowCount; r += step) {
        if (o.cancelled?.()) {
          out.cancelled = true;
          return out;
        }
        const top = used.rowIndex + r;
        const rows = Math.min(step, used.rowCount - r);
        const part = ws.getRange(areaAddress({ top, left: used.columnIndex, bottom: top + rows - 1, right: used.columnIndex + cols - 1 }));
        part.load("formulas");
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- reads a used range in slices of rows: each response stays under Excel on the web's size limit
        await context.sync();
        let cells = mpwrFormulas(part.formulas, top, used.columnIndex);
        if (cells.length && ws.protection.protected) {
          if (!out.protectedSheets.includes(name)) out.protectedSheets.push(name);
          continue;
        }
        if (spills && cells.length) cells = await withoutSpilledCells(context, ws, cells);
        const done = await write(context, ws, name, cells, maxBytes, out);
        if (done > 0 && onSheet === 0) out.sheets++;
        onSheet += done;
        o.progress?.(s + 1, sheets.length, out.refreshed);
      }
    }
    return out;
  });
}

/** The cells that are not the spilled (non-anchor) cells of a dynamic array. */
async function withoutSpilledCells(context: Excel.RequestContext, ws: Excel.Worksheet, cells: RelinkCell[]): Promise<RelinkCell[]> {
  const keep: RelinkCell[] = [];
  for (let i = 0; i < cells.length; i += SPILL_QUERIES_PER_SYNC) {
    const batch = cells.slice(i, i + SPILL_QUERIES_PER_SYNC).map((c) => {
      const parent = ws.getRange(cellAddress(c)).getSpillParentOrNullObject();
      parent.load("rowIndex,columnIndex");
      return { c, parent };
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a bounded number of spill queries per request (SPILL_QUERIES_PER_SYNC)
    await context.sync();
    for (const { c, parent } of batch) if (parent.isNullObject || (parent.rowIndex === c.row && parent.columnIndex === c.col)) keep.push(c);
  }
  return keep;
}

/** Re-enters the cells; returns how many were refreshed. A refused request is retried cell by cell. */
async function write(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  sheet: string,
  cells: RelinkCell[],
  maxBytes: number,
  out: RelinkOutcome,
): Promise<number> {
  let done = 0;
  for (const w of relinkWrites(cells, maxBytes)) {
    try {
      ws.getRange(areaAddress(w.area)).formulas = w.formulas;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per batch of formulas, each under the request size limit, with progress and Stop between them
      await context.sync();
      done += w.cells;
    } catch {
      const one: RelinkCell[] = [];
      w.formulas.forEach((row, i) => row.forEach((f, j) => f !== null && one.push({ row: w.area.top + i, col: w.area.left + j, formula: f })));
      for (const [k, c] of one.entries()) {
        const address = qualified(sheet, cellAddress(c));
        if (k >= RETRY_CELLS) {
          out.failed.push({ address, message: "not retried after the cells before it were refused" });
          continue;
        }
        try {
          ws.getRange(cellAddress(c)).formulas = [[c.formula]];
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- after a refused batch, one formula per request finds the cells Excel refuses (the others are refreshed)
          await context.sync();
          done++;
        } catch (e) {
          out.failed.push({ address, message: e instanceof Error ? e.message : String(e) });
        }
      }
    }
  }
  out.refreshed += done;
  return done;
}
