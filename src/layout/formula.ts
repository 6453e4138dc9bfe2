import { cellAddress } from "./address";

/**
 * Formulas of the layout as data, written out in two dialects:
 * - "ui": what a user types and Office.js `Range.formulas` takes:
 *   `=MPWR.SERIESC_ACCRUED(SC_AsOf,SC_Payments,SC_Terms[[Name]:[Value]])`,
 *   this-row references as `SC_Payoff[@[Common value per share]]`;
 * - "file": what an .xlsx stores in `<f>`: no "=", custom functions under the
 *   `_xldudf_` name Excel itself saves JavaScript custom functions with
 *   (docs/workbook.md#custom-functions-in-the-file), this-row references as
 *   `SC_Payoff[[#This Row],[Common value per share]]`.
 */

export const NAMESPACE = "MPWR";

export type Ref =
  /** A defined name (a named input). */
  | { kind: "name"; name: string }
  /** A Table's data body, one column, or columns first..last; `thisRow`: the formula's own row of the Table; `all`: the whole Table with its header row. */
  | { kind: "table"; table: string; columns?: readonly [string] | readonly [string, string]; thisRow?: boolean; all?: boolean }
  /** An absolute cell reference (0-based). */
  | { kind: "cell"; row: number; col: number };

export type Arg =
  | Ref
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  /** An omitted argument: the function's default. */
  | { kind: "empty" }
  /** INDEX(of, row): one cell of a column, e.g. the selected grant's row of the roster. */
  | { kind: "index"; of: Ref; row: Arg };

export interface Formula {
  /** An MPWR custom function id, or a worksheet function (`builtin`). */
  fn: string;
  builtin?: boolean;
  args: readonly Arg[];
}

export type Dialect = "ui" | "file";

// Column names are written inside [...]; these characters would need escaping, so headers avoid them.
const SPECIAL = /[[\]#'@]/;

function columnText(column: string): string {
  if (SPECIAL.test(column)) throw new Error(`layout: column header ${JSON.stringify(column)} needs escaping in structured references`);
  return `[${column}]`;
}

function refText(ref: Ref, dialect: Dialect): string {
  switch (ref.kind) {
    case "name":
      return ref.name;
    case "cell":
      return cellAddress(ref, true);
    case "table": {
      if (ref.all) return `${ref.table}[#All]`;
      const cols = ref.columns ?? [];
      const columns = cols.length === 2 ? `${columnText(cols[0])}:${columnText(cols[1])}` : cols.length === 1 ? columnText(cols[0]) : "";
      if (ref.thisRow) {
        if (cols.length !== 1) throw new Error("layout: a this-row reference names one column");
        return dialect === "ui" ? `${ref.table}[@${columns}]` : `${ref.table}[[#This Row],${columns}]`;
      }
      if (cols.length === 2) return `${ref.table}[${columns}]`;
      return cols.length === 1 ? `${ref.table}${columns}` : ref.table;
    }
  }
}

function argText(arg: Arg, dialect: Dialect): string {
  switch (arg.kind) {
    case "number":
      return String(arg.value);
    case "text":
      return `"${arg.value.replace(/"/g, '""')}"`;
    case "empty":
      return "";
    case "index":
      return `INDEX(${refText(arg.of, dialect)},${argText(arg.row, dialect)})`;
    default:
      return refText(arg, dialect);
  }
}

/** The function's name as written in a formula. */
export function functionName(f: Formula, dialect: Dialect): string {
  if (f.builtin) return f.fn;
  return dialect === "ui" ? `${NAMESPACE}.${f.fn}` : `_xldudf_${NAMESPACE}_${f.fn}`;
}

/** The formula's text; trailing omitted arguments are dropped, inner ones stay as empty arguments. */
export function formulaText(f: Formula, dialect: Dialect): string {
  const args = f.args.map((a) => argText(a, dialect));
  while (args.length && args[args.length - 1] === "") args.pop();
  const text = `${functionName(f, dialect)}(${args.join(",")})`;
  return dialect === "ui" ? `=${text}` : text;
}

// Builders, so model files read like formulas.
export const mpwr = (fn: string, ...args: Arg[]): Formula => ({ fn, args });
export const index = (of: Ref, row: Arg): Formula => ({ fn: "INDEX", builtin: true, args: [of, row] });
export const name = (n: string): Ref => ({ kind: "name", name: n });
export const num = (value: number): Arg => ({ kind: "number", value });
export const text = (value: string): Arg => ({ kind: "text", value });
export const EMPTY: Arg = { kind: "empty" };
export const table = (t: string): Ref => ({ kind: "table", table: t });
/** The whole Table, header row included (a function that reads columns by their headers). */
export const tableAll = (t: string): Ref => ({ kind: "table", table: t, all: true });
export const column = (t: string, c: string): Ref => ({ kind: "table", table: t, columns: [c] });
export const columns = (t: string, first: string, last: string): Ref => ({ kind: "table", table: t, columns: [first, last] });
export const thisRow = (t: string, c: string): Ref => ({ kind: "table", table: t, columns: [c], thisRow: true });
export const indexArg = (of: Ref, row: Arg): Arg => ({ kind: "index", of, row });

/** Every name and table a formula refers to (to check they exist, and for a renderer's write order). */
export function references(f: Formula): Ref[] {
  const out: Ref[] = [];
  const visit = (a: Arg): void => {
    if (a.kind === "index") {
      out.push(a.of);
      visit(a.row);
    } else if (a.kind === "name" || a.kind === "table" || a.kind === "cell") out.push(a);
  };
  f.args.forEach(visit);
  return out;
}
