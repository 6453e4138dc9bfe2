import { Dec } from "../core/decimal";
import { badNumber, badValue } from "../core/errors";

/**
 * The `capital` range of SERIESC_EXIT: one row per class of claim or equity,
 * `name | type | quantity | a | b | c` (docs/functions.md#seriesc_exit).
 */
export const CAPITAL_TYPES = ["SENIOR", "SERIESC", "PARITY", "COMMON", "OPTION"] as const;
export type CapitalType = (typeof CAPITAL_TYPES)[number];

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

type Column = "a" | "b" | "c";
const QUANTITY: Record<CapitalType, string> = {
  SENIOR: "the claim in $",
  SERIESC: "Series C shares outstanding",
  PARITY: "shares",
  COMMON: "common shares outstanding",
  OPTION: "shares under the options or warrants",
};
const COLUMNS: Record<CapitalType, Partial<Record<Column, string>>> = {
  SENIOR: {},
  SERIESC: {},
  PARITY: { a: "liquidation preference per share, dividends excluded", b: "accrued unpaid dividends per share", c: "common shares per share on conversion" },
  COMMON: {},
  OPTION: { a: "exercise price per share" },
};

/** At most this many classes choose between preference and conversion: every set of them is examined. */
export const MAX_CONVERTIBLE_CLASSES = 8;

function fail(row: number, detail: string, num = false): never {
  throw (num ? badNumber : badValue)(CAPITAL_ARG, `row ${row}: ${detail}`);
}

/** Checks each row against its type; rows keep their input order. */
export function checkCapital(inputs: readonly CapitalInput[]): CapitalRow[] {
  if (inputs.length === 0) throw badValue(CAPITAL_ARG, "at least one row of name | type | quantity | a | b | c is required");
  const rows = inputs.map(checkRow);
  const seriesC = rows.filter((r) => r.type === "SERIESC");
  if (seriesC.length > 1) fail(seriesC[1].row, `a second SERIESC row (row ${seriesC[0].row} is the first): the Series C is one class, give its shares outstanding on one row`);
  const convertible = rows.filter(isConvertible).length;
  if (convertible > MAX_CONVERTIBLE_CLASSES) {
    throw badNumber(CAPITAL_ARG, `${convertible} classes may convert (SERIESC and PARITY rows with column c above 0); at most ${MAX_CONVERTIBLE_CLASSES}`);
  }
  return rows;
}

/** The Series C and every Parity Preferred class with a conversion ratio choose between preference and conversion. */
export function isConvertible(r: CapitalRow): boolean {
  return r.type === "SERIESC" || (r.type === "PARITY" && r.c.gt(0));
}

function checkRow(input: CapitalInput): CapitalRow {
  const word = input.type.trim().toUpperCase();
  const type = CAPITAL_TYPES.find((t) => t === word);
  if (!type) fail(input.row, `unknown type "${clip(input.type)}"; use one of ${CAPITAL_TYPES.join(", ")}`);
  const number = (v: number | undefined, what: string): Dec => {
    if (v === undefined) return new Dec(0);
    if (!Number.isFinite(v)) fail(input.row, `${what} must be a finite number`, true);
    if (v < 0) fail(input.row, `${what} must not be negative, got ${v}`, true);
    return new Dec(v);
  };
  if (input.quantity === undefined) fail(input.row, `${type} needs a quantity (${QUANTITY[type]})`);
  const quantity = number(input.quantity, `the quantity (${QUANTITY[type]})`);
  // An option's value depends on its exercise price: an empty one is a missing input, not a strike of 0.
  if (type === "OPTION" && input.a === undefined) fail(input.row, "an OPTION row needs its exercise price in column a (0 for a zero strike)");
  const out: Record<Column, Dec> = { a: new Dec(0), b: new Dec(0), c: new Dec(0) };
  for (const col of ["a", "b", "c"] as Column[]) {
    const meaning = COLUMNS[type][col];
    const v = input[col];
    // Desktop Excel sends 0 for an empty cell: 0 in an unused column is no input.
    if (meaning === undefined) {
      if (v !== undefined && v !== 0) fail(input.row, `a ${type} row has no column ${col}, got ${v}`);
      continue;
    }
    out[col] = number(v, `column ${col} (${meaning})`);
  }
  return { row: input.row, name: input.name, type, quantity, ...out };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
