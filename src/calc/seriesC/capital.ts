import { Dec } from "../core/decimal";
import { badNumber, badValue, unhandled } from "../core/errors";
import {
  CAPITAL_LAYOUT,
  CAPITAL_TYPES,
  CAPITAL_TYPE_TABLE,
  CapitalColumn,
  CapitalTableColumn,
  CapitalType,
  FULL_PARTICIPATION,
  SERIESC_RANK,
  capitalTreatment,
  capitalTypeOf,
  capitalTypeSpec,
} from "./capitalTypes";

/**
 * The `capital` range of SERIESC_EXIT: one row per class of claim or equity,
 * `name | type | quantity | a | b | c | rank | participation`
 * (docs/functions.md#seriesc_exit; the last two optional); the types and their
 * columns are described once, in capitalTypes.ts.
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
  /** Empty (or 0, desktop Excel's empty cell): the type's rank. */
  rank?: number;
  /** Empty (or 0): not participating; the word FULL; or a cap in $ per share. */
  participation?: number | string;
}

/** How a preferred class shares beyond its preference: not at all, without a cap, or up to a total per share. */
export type Participation = undefined | typeof FULL_PARTICIPATION | Dec;

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
  /** The rank it is paid at, 1 first; Infinity for the rows that share what is left (COMMON, OPTION, WARRANT). */
  rank: number;
  /** The rank was typed (a SENIOR row without one keeps version 2's meaning: paid in row order). */
  rankGiven: boolean;
  /** Preferred classes: participation beyond the preference (Cert §4(a) sets none for the Series C). */
  participation: Participation;
}

/** At most this many classes choose between preference (capped participation) and conversion. */
export const MAX_CONVERTIBLE_CLASSES = 12;

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
  // Cert §4(a) "Parity Preferred": ranks with the Series C wherever its row puts it.
  if (seriesC.length === 1) for (const r of rows) if (r.type === "PARITY") r.rank = seriesC[0].rank;
  checkRanks(rows);
  const deciding = rows.filter(decides).length;
  if (deciding > MAX_CONVERTIBLE_CLASSES) {
    throw badNumber(
      CAPITAL_ARG,
      `${deciding} classes choose between their preference and conversion (SERIESC, and preferred rows with column c above 0 that are not fully participating); at most ${MAX_CONVERTIBLE_CLASSES}`,
    );
  }
  return rows;
}

/** A rank is either senior claims or equity: a $ claim is not ratable with shares' preferences (Cert §4(a)). */
function checkRanks(rows: readonly CapitalRow[]): void {
  const byRank = new Map<number, CapitalRow[]>();
  for (const r of rows) if (Number.isFinite(r.rank)) byRank.set(r.rank, [...(byRank.get(r.rank) ?? []), r]);
  for (const [rank, list] of byRank) {
    const senior = list.find((r) => capitalTreatment(r.type) === "senior");
    const equity = list.find((r) => capitalTreatment(r.type) !== "senior");
    if (senior && equity) {
      const later = senior.row > equity.row ? senior : equity;
      fail(
        later.row,
        `rank ${rank} mixes the SENIOR row ${senior.row} (${senior.name}) with the ${equity.type} row ${equity.row} (${equity.name}); give the senior claims a rank of their own`,
        false,
        "rank",
      );
    }
  }
}

/** A row that can convert: the Series C, and a preferred class with a conversion ratio (column c above 0). */
export function isConvertible(r: CapitalRow): boolean {
  const treatment = capitalTreatment(r.type);
  switch (treatment) {
    case "seriesC":
      return true;
    case "preferred":
      return r.c.gt(0);
    case "senior":
    case "common":
    case "option":
      return false;
    default:
      return unhandled(treatment);
  }
}

/**
 * A row whose holders choose between the preference (with any capped participation) and conversion: every
 * convertible row but a fully participating one, which gets its preference on top of what converting would
 * give and so never converts.
 */
export function decides(r: CapitalRow): boolean {
  return isConvertible(r) && r.participation !== FULL_PARTICIPATION;
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
  const rankGiven = input.rank !== undefined && input.rank !== 0; // desktop Excel's empty cell is 0
  let rank = spec.rank === "last" ? Infinity : spec.rank;
  if (rankGiven) {
    const v = input.rank as number;
    if (!spec.ranked)
      fail(
        input.row,
        type === "PARITY"
          ? `a PARITY row ranks with the Series C (rank ${SERIESC_RANK} unless the SERIESC row says otherwise); use PREFERRED to give a class its own rank`
          : `a ${type} row shares what is left after every rank and takes no rank, got ${v}`,
        false,
        "rank",
      );
    if (!Number.isInteger(v) || v < 1)
      fail(input.row, `the rank must be a whole number, 1 or more (1 = paid first), got ${v}`, true, "rank", "must be a whole number, 1 or more");
    rank = v;
  }
  const participation = checkParticipation(input, type, out);
  return { row: input.row, name: input.name, type, quantity, ...out, rank, rankGiven, participation };
}

function checkParticipation(input: CapitalInput, type: CapitalType, cols: Record<CapitalColumn, Dec>): Participation {
  const v = input.participation;
  if (v === undefined || v === 0 || (typeof v === "string" && v.trim() === "")) return undefined;
  if (!CAPITAL_TYPE_TABLE[type].participates)
    fail(input.row, `a ${type} row does not participate; leave the participation column empty`, false, "participation");
  let out: Participation;
  if (typeof v === "string") {
    if (v.trim().toUpperCase() !== FULL_PARTICIPATION)
      fail(
        input.row,
        `participation must be empty, ${FULL_PARTICIPATION} or a cap in $ per share, got "${clip(v)}"`,
        false,
        "participation",
        `must be empty, ${FULL_PARTICIPATION} or a cap in $ per share`,
      );
    out = FULL_PARTICIPATION;
  } else {
    if (!Number.isFinite(v) || v < 0)
      fail(input.row, `the participation cap must be a finite amount in $ per share, got ${v}`, true, "participation", "must be a finite amount, 0 or more");
    out = new Dec(v);
    const claim = cols.a.plus(cols.b);
    // The cap is on the total a share receives: preference, dividends and participation.
    if (out.lt(claim))
      fail(
        input.row,
        `the participation cap ${v} per share is below the preference and dividends (${claim.toString()}) it includes`,
        true,
        "participation",
        `must be at least the preference and dividends, ${claim.toString()}`,
      );
  }
  if (!cols.c.gt(0))
    fail(
      input.row,
      "a participating class shares the common as if converted: column c must give its common shares per share",
      false,
      "c",
      "required for a participating class",
    );
  return out;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
