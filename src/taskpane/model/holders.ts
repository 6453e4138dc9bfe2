import { Problem, readNumber } from "./fields";
import { RowListSpec } from "./rowList";

/**
 * The holders table of the Series C tab's exit section: who holds how much of
 * which capital row, `holder | capital row name | quantity` as SERIESC_PAYOUTS'
 * `holdings` takes it (a holder may appear under several rows). Edited as a
 * row list (model/rowList.ts) and filled by pasting cells copied from a cap
 * table (model/paste.ts) or from the selected range.
 */
export interface HolderFormRow {
  id: string;
  holder: string;
  /** The name of a capital row, as typed in the capital table. */
  row: string;
  quantity: string;
}

export const HOLDER_LABEL = { holder: "Holder", row: "Capital row (its name)", quantity: "Quantity (shares)" } as const;
export type HolderColumn = keyof typeof HOLDER_LABEL;

export const holderFieldId = (id: string, col: HolderColumn): string => `sc-hold${id}-${col}`;
export const emptyHolderRow = (id: string): HolderFormRow => ({ id, holder: "", row: "", quantity: "" });

/** Holder rows the pane edits as cards; bigger tables belong in the sheet (SERIESC_PAYOUTS over a holdings Table). */
export const MAX_HOLDERS = 200;

const cellText = (c: unknown): string => (c === null || c === undefined ? "" : typeof c === "boolean" ? (c ? "TRUE" : "FALSE") : String(c).trim());

/**
 * Holdings read from cells (a paste or the selected range): `holder | row |
 * quantity`, an optional header row whose first cell is "holder"; blank rows
 * are skipped, a row with fewer than three cells is kept and said.
 */
export function holderRowsFromValues(grid: readonly (readonly unknown[])[]): { rows: HolderFormRow[]; problems: string[] } {
  const rows: HolderFormRow[] = [];
  const problems: string[] = [];
  grid.forEach((cells, i) => {
    const texts = cells.map(cellText);
    if (texts.every((t) => t === "")) return;
    if (rows.length === 0 && /^holder$/i.test(texts[0] ?? "")) return;
    if (texts.length < 3) problems.push(`row ${i + 1} has ${texts.length === 1 ? "one cell" : `${texts.length} cells`}, not holder | row | quantity`);
    if (texts.length > 3 && texts.slice(3).some((t) => t !== "")) problems.push(`row ${i + 1}: the cells after the quantity were not used`);
    rows.push({ id: String(rows.length + 1), holder: texts[0] ?? "", row: texts[1] ?? "", quantity: texts[2] ?? "" });
  });
  return { rows, problems };
}

/** A holder row from a saved record, defensively. */
export function holderRowFromRecord(v: unknown, i: number): HolderFormRow {
  const o = (v ?? {}) as Record<string, unknown>;
  const s = (x: unknown) => (typeof x === "string" ? x : "");
  return { id: s(o.id) || String(i + 1), holder: s(o.holder), row: s(o.row), quantity: s(o.quantity) };
}

export interface HolderRowReading {
  id: string;
  position: number;
  /** The holding, when complete and naming a capital row. */
  holding?: { holder: string; row: string; quantity: number };
  problems: Problem[];
  blank: boolean;
}

export interface HoldersReading {
  rows: HolderRowReading[];
  /** The valid holdings in order (the rows with a problem are left out and listed). */
  holdings: Array<{ holder: string; row: string; quantity: number }>;
  problems: Problem[];
  leftOut: string[];
}

/**
 * Reads the holder rows with the pane's number reading; a row must name one of
 * `rowNames` (the capital's valid rows; matched as SERIESC_PAYOUTS matches,
 * case and spaces around it ignored). Quantities above a row's are the calculation's
 * to refuse, with its own words.
 */
export function readHolders(rows: readonly HolderFormRow[], rowNames: readonly string[] | undefined): HoldersReading {
  // Matched as SERIESC_PAYOUTS matches them: case and surrounding spaces ignored.
  const names = rowNames && new Set(rowNames.map((n) => n.trim().toLowerCase()));
  const readings = rows.map((r, i): HolderRowReading => {
    const position = i + 1;
    const who = `Holder row ${position}`;
    const problems: Problem[] = [];
    const blank = r.holder.trim() === "" && r.row.trim() === "" && r.quantity.trim() === "";
    if (r.holder.trim() === "") problems.push({ field: holderFieldId(r.id, "holder"), message: `${who}, ${HOLDER_LABEL.holder}: required` });
    const row = r.row.trim();
    if (row === "") problems.push({ field: holderFieldId(r.id, "row"), message: `${who}, ${HOLDER_LABEL.row}: required, the name of a capital row` });
    else if (names && !names.has(row.toLowerCase()))
      problems.push({
        field: holderFieldId(r.id, "row"),
        message: `${who}, ${HOLDER_LABEL.row}: no capital row is named "${row.length > 40 ? `${row.slice(0, 40)}…` : row}"${
          rowNames?.length ? ` (the rows: ${rowNames.join(", ")})` : ""
        }`,
      });
    const q = readNumber(`${who}, ${HOLDER_LABEL.quantity}`, r.quantity, "shares");
    if (q.error) problems.push({ field: holderFieldId(r.id, "quantity"), message: q.error });
    else if ((q.value as number) < 0)
      problems.push({ field: holderFieldId(r.id, "quantity"), message: `${who}, ${HOLDER_LABEL.quantity}: must not be negative, got ${r.quantity.trim()}` });
    if (blank) return { id: r.id, position, problems: [], blank };
    return { id: r.id, position, holding: problems.length ? undefined : { holder: r.holder.trim(), row, quantity: q.value as number }, problems, blank };
  });
  return {
    rows: readings,
    holdings: readings.flatMap((r) => (r.holding ? [r.holding] : [])),
    problems: readings.flatMap((r) => r.problems),
    leftOut: readings.filter((r) => !r.holding).map((r) => `holder row ${r.position}${r.blank ? " (not filled in yet)" : ""}`),
  };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The holders (Cert §4: what each holder receives across the classes it holds): holder, capital row, quantity. */
export const HOLDER_LIST: RowListSpec<HolderFormRow> = {
  prefix: "sc-hold",
  addId: "sc-add-holder",
  empty: emptyHolderRow,
  firstFieldId: (row) => holderFieldId(row.id, "holder"),
  fromValues: holderRowsFromValues,
  max: MAX_HOLDERS,
  card: (row, i) => ({
    id: `sc-hold${row.id}`,
    legend: `Holder row ${i + 1}`,
    head: [
      { id: holderFieldId(row.id, "holder"), label: HOLDER_LABEL.holder, value: row.holder, set: (x) => (row.holder = x) },
      { id: holderFieldId(row.id, "row"), label: HOLDER_LABEL.row, value: row.row, placeholder: "Series C", set: (x) => (row.row = x) },
    ],
    fields: [
      { id: holderFieldId(row.id, "quantity"), label: HOLDER_LABEL.quantity, value: row.quantity, inputmode: "decimal", set: (x) => (row.quantity = x) },
    ],
    removeId: `sc-hold${row.id}-remove`,
    removeText: `Remove holder row ${i + 1}`,
  }),
  words: {
    one: "holder row",
    many: "holder rows",
    replaceTitle: "Replace the holders?",
    holds: (n) => `The table holds ${plural(n, "holder row", "holder rows")}.`,
    container: "the table",
    leftAlone: "The holders were left as they were.",
    removedAll: "All holder rows were removed.",
    tooMany: "Use SERIESC_PAYOUTS over a holdings Table in the sheet.",
  },
};
