import { Day, daysInYear, yearOf } from "./civil";

/** Plain calendar-day difference `to - from` ("days elapsed"). */
export function daysBetween(from: Day, to: Day): number {
  return to - from;
}

/** Days in the calendar year that contains `day` (365 or 366). */
export function daysInYearOf(day: Day): number {
  return daysInYear(yearOf(day));
}

/** True when `day` falls within `days` calendar days after `start` (inclusive both ends). */
export function isWithinDaysAfter(start: Day, day: Day, days: number): boolean {
  const d = day - start;
  return d >= 0 && d <= days;
}
