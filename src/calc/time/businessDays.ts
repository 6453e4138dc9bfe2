import { Day, civilFromDay, weekday } from "./civil";
import { isFederalHoliday, observedHolidayDays } from "./holidays";

/** Offer §1: "any day other than a Saturday, Sunday or federal holiday". */
export function isBusinessDay(day: Day): boolean {
  const wd = weekday(day);
  return wd !== 0 && wd !== 6 && !isFederalHoliday(day);
}

/** Monday–Friday days from the Sunday 1899-12-31 (day 1) through `day`, extended to earlier days. */
function weekdaysThrough(day: Day): number {
  const wd = weekday(day);
  return (5 * (day - wd - 1)) / 7 + Math.min(wd, 5);
}

/** Business days in (from, to], for from <= to. */
function countBusinessDays(from: Day, to: Day): number {
  let holidays = 0;
  const lastYear = civilFromDay(to).year;
  for (let year = civilFromDay(from + 1).year; year <= lastYear; year++) {
    for (const h of observedHolidayDays(year)) if (h > from && h <= to) holidays++;
  }
  // Observed holidays are always weekdays, so each one removes exactly one weekday.
  return weekdaysThrough(to) - weekdaysThrough(from) - holidays;
}

/** Business days in (from, to]; negative (the count in (to, from]) when to < from. */
export function businessDaysBetween(from: Day, to: Day): number {
  return to >= from ? countBusinessDays(from, to) : 0 - countBusinessDays(to, from); // 0 - x: never -0
}

/**
 * The business day n business days after `day` (before it, if n < 0), not
 * counting `day` itself, which need not be a business day; n = 0 returns `day`.
 */
export function addBusinessDays(day: Day, n: number): Day {
  if (!Number.isInteger(n)) throw new RangeError(`addBusinessDays: n must be an integer, got ${n}`);
  if (!Number.isInteger(day)) throw new RangeError(`addBusinessDays: day must be an integer, got ${day}`);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let d = day;
  // Jump whole weeks (5 weekdays each) while keeping at least one business day to walk,
  // so the walk below always ends on a business day. Holidays jumped over are walked afterwards.
  while (left > 5) {
    const weeks = Math.floor((left - 1) / 5);
    const next = d + step * 7 * weeks;
    // Walking forward counts (d, next]; walking backward counts [next, d).
    left -= step > 0 ? countBusinessDays(d, next) : countBusinessDays(next - 1, d - 1);
    d = next;
  }
  while (left > 0) {
    d += step;
    if (isBusinessDay(d)) left--;
  }
  return d;
}
