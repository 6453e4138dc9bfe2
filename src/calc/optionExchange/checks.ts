import { Dec } from "../core/decimal";
import { badNumber } from "../core/errors";
import { Day, formatIso } from "../time/civil";
import { FIRST_DAY, LAST_DAY } from "../time/excelSerial";

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

/** A computed date must be one Excel can show (1900-01-01 … 9999-12-31). */
export function checkResultDay(day: Day, arg: string, what: string): Day {
  if (day > LAST_DAY) throw badNumber(arg, `${what} falls after 9999-12-31, the last date Excel has`);
  if (day < FIRST_DAY) throw badNumber(arg, `${what} falls before 1900-01-01, the first date Excel has`);
  return day;
}

export function iso(day: Day): string {
  return formatIso(day);
}
