import { TermSchema } from "../calc/core/terms";
import { serialFromDay } from "../calc/time/excelSerial";
import { columns } from "./formula";
import { Block } from "./sheet";
import { CellValue, TableColumnSpec } from "./types";

/**
 * A terms block: a Table with a human label beside the `name | value` columns
 * the functions read (docs/conventions.md#terms). The rows are the calc
 * schema's defaults, in its order; each term's number format is chosen once
 * per schema (a Record over the schema's keys, so a new term cannot be added
 * to calc without choosing how the workbook shows it).
 */

export const TERMS_HEADERS = { label: "Term", name: "Name", value: "Value" } as const;
const BOOLEAN_WORDS = ["TRUE", "FALSE"] as const;

export type TermFormats<S extends TermSchema> = Record<keyof S & string, string | null>;
/** What each term is, the label beside it (calc's term words). */
export type TermDocs<S extends TermSchema> = { readonly [K in keyof S & string]: string };

/** "annual dividend rate, …" → "Annual dividend rate, …". */
const sentence = (doc: string): string => doc.charAt(0).toUpperCase() + doc.slice(1);

export interface TermsTable {
  /** The structured reference the functions' `terms` argument takes: Table[[Name]:[Value]]. */
  ref: ReturnType<typeof columns>;
  /** Absolute cell of each term's value, by term name (named inputs point at some of them). */
  valueCells: Record<string, { row: number; col: number }>;
}

export function termsTable<S extends TermSchema>(
  block: Block,
  tableName: string,
  schema: S,
  docs: TermDocs<S>,
  formats: TermFormats<S>,
  overrides: Partial<Record<keyof S, CellValue | null>> = {},
): TermsTable {
  const names = Object.keys(schema);
  const rows: (CellValue | null)[][] = [];
  const cellFormats: (string | undefined)[][] = [];
  for (const name of names) {
    const spec = schema[name];
    const given = overrides[name as keyof S];
    const value = given !== undefined ? given : spec.default === undefined ? null : spec.kind === "date" ? serialFromDay(spec.default) : spec.default;
    rows.push([sentence(docs[name as keyof S & string]), name, value]);
    cellFormats.push([undefined, undefined, formats[name as keyof S & string] ?? undefined]);
  }
  const cols: TableColumnSpec[] = [{ header: TERMS_HEADERS.label }, { header: TERMS_HEADERS.name }, { header: TERMS_HEADERS.value }];
  const data = block.table(tableName, cols, rows, { cellFormats });
  const valueCells: TermsTable["valueCells"] = {};
  names.forEach((name, i) => {
    const at = { row: data.top + i, col: data.left + 2 };
    valueCells[name] = at;
    const spec = schema[name];
    const list = spec.kind === "word" ? spec.words : spec.kind === "boolean" ? BOOLEAN_WORDS : undefined;
    if (list) block.validate({ top: at.row, left: at.col, bottom: at.row, right: at.col }, list, `${name}: one of ${list.join(", ")}.`);
  });
  return { ref: columns(tableName, TERMS_HEADERS.name, TERMS_HEADERS.value), valueCells };
}
