import { Dec } from "../core/decimal";
import { badNumber, badValue, unhandled } from "../core/errors";
import {
  CAPITAL_LAYOUT,
  CAPITAL_TYPES,
  CapitalColumn,
  CapitalTableColumn,
  CapitalType,
  capitalTreatment,
  capitalTypeOf,
  capitalTypeSpec,
} from "./capitalTypes";

/**
 * The `capital` range of SERIESC_EXIT: one row per class of claim or equity,
 * `name | type | quantity | a | b | c` (docs/functions.md#seriesc_exit); the
 * types and their columns are described once, in capitalTypes.ts.
 */
export { CAPITAL_TYPES } from "./capitalTypes";
export type { CapitalType } from "./capitalTypes";

export const CAPITAL_ARG = "capital";

/** A row as the adapter read it. */
export interface CapitalInput {
  row: number;
  name: string;
  type: string;
  quantity?: number;
  a?: number;
  b?: number;
  c?: number;
}

export interface CapitalRow {
  row: number;
  name: string;
  type: CapitalType;
  /** $ claim (SENIOR) or shares. */
  quantity: Dec;
  /** PARITY: preference per share excluding dividends; OPTION: exercise price. */
  a: Dec;
  /** PARITY: accrued unpaid dividends per share. */
  b: Dec;
  /** PARITY: common shares per share on conversion (0: not convertible). */
  c: Dec;
}

/** At most this many classes choose between preference and conversion: every set of them is examined. */
export const MAX_CONVERTIBLE_CLASSES = 8;

function fail(row: number, detail: string, num = false, column?: CapitalTableColumn, problem?: string): never {
  throw (num ? badNumber : badValue)(CAPITAL_ARG, `row ${row}: ${detail}`, { row, column, problem });
}

/** Checks each row against its type; rows keep their input order. */
export function checkCapital(inputs: readonly CapitalInput[]): CapitalRow[] {
  if (inputs.length === 0) throw badValue(CAPITAL_ARG, `at least one row of ${CAPITAL_LAYOUT} is required`);
  const rows = inputs.map(checkRow);
  const seriesC = rows.filter((r) => capitalTreatment(r.type) === "seriesC");
  if (seriesC.length > 1)
    fail(
      seriesC[1].row,
      `a second SERIESC row (row ${seriesC[0].row} is the first): the Series C is one class, give its shares outstanding on one row`,
      false,
      "type",
    );
  const convertible = rows.filter(isConvertible).length;
  if (convertible > MAX_CONVERTIBLE_CLASSES) {
    throw badNumber(CAPITAL_ARG, `${convertible} classes may convert (SERIESC and PARITY rows with column c above 0); at most ${MAX_CONVERTIBLE_CLASSES}`);
  }
  return rows;
}

/** The Series C and every Parity Preferred class with a conversion ratio choose between preference and conversion. */
export function isConvertible(r: CapitalRow): boolean {
  const treatment = capitalTreatment(r.type);
  switch (treatment) {
    case "seriesC":
      return true;
    case "parity":
      return r.c.gt(0);
    case "senior":
    case "common":
    case "option":
      return false;
    default:
      return unhandled(treatment);
  }
}

function checkRow(input: CapitalInput): CapitalRow {
  const type = capitalTypeOf(input.type);
  if (!type) fail(input.row, `unknown type "${clip(input.type)}"; use one of ${CAPITAL_TYPES.join(", ")}`, false, "type");
  const spec = capitalTypeSpec(type);
  const number = (v: number | undefined, col: "quantity" | CapitalColumn, what: string): Dec => {
    if (v === undefined) return new Dec(0);
    if (!Number.isFinite(v)) fail(input.row, `${what} must be a finite number`, true, col, "must be a finite number");
    if (v < 0) fail(input.row, `${what} must not be negative, got ${v}`, true, col, `must not be negative, got ${v}`);
    return new Dec(v);
  };
  if (input.quantity === undefined) fail(input.row, `${type} needs a quantity (${spec.quantity.meaning})`, false, "quantity", "required");
  const quantity = number(input.quantity, "quantity", `the quantity (${spec.quantity.meaning})`);
  for (const col of ["a", "b", "c"] as CapitalColumn[]) {
    // An empty cell there is a missing input, not 0 (an option's value depends on its exercise price).
    const missing = spec.columns[col]?.missing;
    if (missing !== undefined && input[col] === undefined) fail(input.row, missing, false, col, "required");
  }
  const out: Record<CapitalColumn, Dec> = { a: new Dec(0), b: new Dec(0), c: new Dec(0) };
  for (const col of ["a", "b", "c"] as CapitalColumn[]) {
    const meaning = spec.columns[col]?.meaning;
    const v = input[col];
    // Desktop Excel sends 0 for an empty cell: 0 in an unused column is no input.
    if (meaning === undefined) {
      if (v !== undefined && v !== 0) fail(input.row, `a ${type} row has no column ${col}, got ${v}`, false, col);
      continue;
    }
    out[col] = number(v, col, `column ${col} (${meaning})`);
  }
  return { row: input.row, name: input.name, type, quantity, ...out };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
