import { Anchor, SheetBlock, parseAnchor } from "../model/layout";

/**
 * Excel I/O of the pane, and nothing else: read the selection, write a block
 * at the selected cell, never overwriting anything without asking.
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

/** The values of the selected range (dates arrive as serial numbers). */
export async function readSelectionValues(): Promise<unknown[][]> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load("values");
    await context.sync();
    return range.values as unknown[][];
  });
}

export type WriteOutcome = { written: true; address: string } | { written: false; address: string; reason: "cancelled" };

/**
 * Writes the block built for the selected cell. If any cell of the target
 * range holds a value or formula, `confirmOverwrite(address)` decides first.
 */
export async function writeAtSelection(
  build: (anchor: Anchor) => SheetBlock,
  confirmOverwrite: (address: string) => Promise<boolean>,
): Promise<WriteOutcome> {
  return Excel.run(async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load("address");
    await context.sync();
    const anchorCell = selected.getCell(0, 0);
    const block = build(parseAnchor(selected.address));
    const target = anchorCell.getResizedRange(block.rows - 1, block.cols - 1);
    target.load("address,formulas");
    await context.sync();
    const address = target.address;
    const occupied = (target.formulas as unknown[][]).some((row) => row.some((v) => v !== "" && v !== null && v !== undefined));
    if (occupied && !(await confirmOverwrite(address))) return { written: false, address, reason: "cancelled" };
    // Formats first: a text cell (@) must already be text when its value arrives.
    target.numberFormat = block.numberFormat;
    target.formulas = block.formulas as unknown[][];
    for (const [r, c] of block.bold) target.getCell(r, c).format.font.bold = true;
    target.format.autofitColumns();
    await context.sync();
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
