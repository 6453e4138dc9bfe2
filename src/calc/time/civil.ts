/**
 * Civil (proleptic Gregorian) dates as whole day numbers.
 *
 * A `Day` counts days since 1899-12-30, the epoch Excel's 1900 date system uses
 * from serial 61 (1900-03-01) on, so for every date from 1900-03-01 the day
 * number equals the Excel serial (see excelSerial.ts for the serials below 61).
 */
export type Day = number;

export interface CivilDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

/** Days from 0000-03-01 to 1899-12-30 in the civil-from-days algorithm below. */
const EPOCH_OFFSET = 693899;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

export function isValidCivil(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Day number of a civil date (H. Hinnant's days_from_civil, shifted to our epoch). */
export function dayFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - EPOCH_OFFSET;
}

export function civilFromDay(dayNumber: Day): CivilDate {
  const z = dayNumber + EPOCH_OFFSET;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function yearOf(dayNumber: Day): number {
  return civilFromDay(dayNumber).year;
}

/** 0 = Sunday … 6 = Saturday. 1899-12-30 was a Saturday. */
export function weekday(dayNumber: Day): number {
  return (((dayNumber + 6) % 7) + 7) % 7;
}

export function lastDayOfYear(year: number): Day {
  return dayFromCivil(year, 12, 31);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** ISO 8601 calendar date, e.g. "1999-12-29": the form every message uses. */
export function formatIso(dayNumber: Day): string {
  const c = civilFromDay(dayNumber);
  return `${pad(c.year, 4)}-${pad(c.month, 2)}-${pad(c.day, 2)}`;
}
