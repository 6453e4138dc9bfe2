import { Dec } from "../core/decimal";
import { badNumber } from "../core/errors";
import { Day, formatIso } from "../time/civil";
import { excelDay } from "../time/excelSerial";

/** Domain checks shared by the option-exchange calculations (docs/conventions.md#errors: out of domain → #NUM!). */

/** A whole number of options or shares, ≥ 0. */
export function checkWhole(x: Dec, arg: string, what = "shares"): Dec {
  if (!x.isFinite()) throw badNumber(arg, `${what} must be a finite number`);
  if (!x.isInteger()) throw badNumber(arg, `${what} are whole numbers, got ${x.toString()}`);
  if (x.isNegative() && !x.isZero()) throw badNumber(arg, `${what} cannot be negative, got ${x.toString()}`);
  return x;
}

/** A price or value that must be greater than 0. */
export function checkPositive(x: Dec, arg: string, what: string): Dec {
  if (!x.isFinite() || x.lte(0)) throw badNumber(arg, `${what} must be greater than 0, got ${x.toString()}`);
  return x;
}

/** A quantity that must be at least 0. */
export function checkNonNegative(x: Dec, arg: string, what: string): Dec {
  if (!x.isFinite() || (x.isNegative() && !x.isZero())) throw badNumber(arg, `${what} must be at least 0, got ${x.toString()}`);
  return x;
}

/** A computed date must be one Excel can show (1900-01-01 … 9999-12-31): time/excelSerial.ts `excelDay`, the one check. */
export const checkResultDay: (day: Day, arg: string, what: string) => Day = excelDay;

export function iso(day: Day): string {
  return formatIso(day);
}
