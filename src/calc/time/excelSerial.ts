import { badNumber } from "../core/errors";
import { Day, dayFromCivil } from "./civil";

/**
 * Excel's 1900 date system (docs/conventions.md). Serial 1 is 1900-01-01; serial 60 is
 * the fictitious 1900-02-29 Excel keeps for Lotus compatibility; from serial
 * 61 (1900-03-01) on, serial = days since 1899-12-30, which is our `Day`.
 */
export const FIRST_SERIAL = 1;
export const LAST_SERIAL = 2958465; // 9999-12-31
export const FICTITIOUS_LEAP_DAY_SERIAL = 60;
const MARCH_1_1900: Day = 61;

export type SerialProblem = "missing" | "leapDay1900" | "outOfRange" | "notFinite";

/** Day of a serial, ignoring the time of day; or the reason there is none. */
export function dayFromSerial(serial: number): Day | SerialProblem {
  if (!Number.isFinite(serial)) return "notFinite";
  const whole = Math.floor(serial);
  if (whole < FIRST_SERIAL) return "missing";
  if (whole > LAST_SERIAL) return "outOfRange";
  if (whole === FICTITIOUS_LEAP_DAY_SERIAL) return "leapDay1900";
  return whole < MARCH_1_1900 ? whole + 1 : whole;
}

/** The serial Excel shows for a day (dates before 1900-01-01 have none). */
export function serialFromDay(day: Day): number {
  if (day >= MARCH_1_1900) return day;
  return day - 1;
}

export const FIRST_DAY: Day = dayFromCivil(1900, 1, 1);
export const LAST_DAY: Day = dayFromCivil(9999, 12, 31);

/**
 * Why a date given as text (YYYY-MM-DD, or the pane's other forms) is not one Excel has, or
 * undefined: the 1900 date system starts on 1900-01-01 (docs/conventions.md#dates), so an
 * earlier date has no serial to compute with or to return.
 */
export function textDayProblem(text: string, day: Day): string | undefined {
  if (day < FIRST_DAY) return `${text} is before 1900-01-01, the first date Excel has`;
  if (day > LAST_DAY) return `${text} is after 9999-12-31, the last date Excel has`;
  return undefined;
}

/** A computed date must be one Excel can show (1900-01-01 … 9999-12-31): #NUM! naming `arg` otherwise (docs/conventions.md#dates). */
export function excelDay(day: Day, arg: string, what: string): Day {
  if (day > LAST_DAY) throw badNumber(arg, `${what} falls after 9999-12-31, the last date Excel has`);
  if (day < FIRST_DAY) throw badNumber(arg, `${what} falls before 1900-01-01, the first date Excel has`);
  return day;
}
