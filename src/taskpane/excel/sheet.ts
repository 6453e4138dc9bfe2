/**
 * Excel I/O of the pane: whether it runs in Excel, and reading the selection
 * in chunks. Excel on the web rejects a request or response over 5 MB
 * (Microsoft's "Resource limits and performance optimization for Office
 * Add-ins"), so every read is split into syncs well under that. Writes:
 * insertModel.ts (a model of the shared layout), relink.ts (re-entering MPWR
 * formulas), charts.ts (native charts).
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
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- reads the selection in slices of rows: each response stays under Excel on the web's size limit, with progress
      await context.sync();
      for (const row of part.values as unknown[][]) out.push(row);
      progress(Math.min(rows, r + step), rows);
    }
    return out;
  });
}
