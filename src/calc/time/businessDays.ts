import { Day, civilFromDay, weekday } from "./civil";
import { isFederalHoliday, observedHolidayDays } from "./holidays";

/**
 * Extra non-business days on top of weekends and federal holidays, as Excel's
 * WORKDAY takes them (closings by executive order, e.g. 2018-12-05). Kept as
 * the sorted weekdays that are not already federal holidays, so that each one
 * removes exactly one business day and can be counted by binary search.
 */
export interface ExtraHolidays {
  readonly days: readonly Day[];
  readonly set: ReadonlySet<Day>;
}

export const NO_EXTRA_HOLIDAYS: ExtraHolidays = { days: [], set: new Set() };

const isWeekday = (day: Day): boolean => {
  const wd = weekday(day);
  return wd !== 0 && wd !== 6;
};

/** The extra holidays that change anything: weekdays not already federal holidays, sorted, once each. */
export function extraHolidays(days: Iterable<Day>): ExtraHolidays {
  const set = new Set<Day>();
  for (const d of days) if (isWeekday(d) && !isFederalHoliday(d)) set.add(d);
  if (set.size === 0) return NO_EXTRA_HOLIDAYS;
  return { days: [...set].sort((a, b) => a - b), set };
}

/** Offer §1: "any day other than a Saturday, Sunday or federal holiday" (and any extra holiday given). */
export function isBusinessDay(day: Day, extra: ExtraHolidays = NO_EXTRA_HOLIDAYS): boolean {
  return isWeekday(day) && !isFederalHoliday(day) && !extra.set.has(day);
}

/** Monday–Friday days from the Sunday 1899-12-31 (day 1) through `day`, extended to earlier days. */
function weekdaysThrough(day: Day): number {
  const wd = weekday(day);
  return (5 * (day - wd - 1)) / 7 + Math.min(wd, 5);
}

/** Entries of the sorted `days` that are ≤ `day` (binary search). */
function countThrough(days: readonly Day[], day: Day): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Business days in (from, to], for from <= to. */
function countBusinessDays(from: Day, to: Day, extra: ExtraHolidays): number {
  let holidays = 0;
  const lastYear = civilFromDay(to).year;
  for (let year = civilFromDay(from + 1).year; year <= lastYear; year++) {
    for (const h of observedHolidayDays(year)) if (h > from && h <= to) holidays++;
  }
  // Observed holidays are always weekdays, and extra ones are kept only when they are
  // weekdays and not federal holidays, so each one removes exactly one weekday.
  const extraDays = extra.days.length === 0 ? 0 : countThrough(extra.days, to) - countThrough(extra.days, from);
  return weekdaysThrough(to) - weekdaysThrough(from) - holidays - extraDays;
}

/** Business days in (from, to]; negative (the count in (to, from]) when to < from. */
export function businessDaysBetween(from: Day, to: Day, extra: ExtraHolidays = NO_EXTRA_HOLIDAYS): number {
  return to >= from ? countBusinessDays(from, to, extra) : 0 - countBusinessDays(to, from, extra); // 0 - x: never -0
}

/**
 * The business day n business days after `day` (before it, if n < 0), not
 * counting `day` itself, which need not be a business day; n = 0 returns `day`.
 */
export function addBusinessDays(day: Day, n: number, extra: ExtraHolidays = NO_EXTRA_HOLIDAYS): Day {
  if (!Number.isInteger(n)) throw new RangeError(`addBusinessDays: n must be an integer, got ${n}`);
  if (!Number.isInteger(day)) throw new RangeError(`addBusinessDays: day must be an integer, got ${day}`);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let d = day;
  // Jump whole weeks (5 weekdays each) while keeping at least one business day to walk,
  // so the walk below always ends on a business day. Holidays jumped over are walked afterwards.
  // Each jump spans at least 5 × weeks weekdays, of which only the holidays in it are not
  // counted: the jumps take O(log n + holidays) steps, each a few binary searches.
  while (left > 5) {
    const weeks = Math.floor((left - 1) / 5);
    const next = d + step * 7 * weeks;
    // Walking forward counts (d, next]; walking backward counts [next, d).
    left -= step > 0 ? countBusinessDays(d, next, extra) : countBusinessDays(next - 1, d - 1, extra);
    d = next;
  }
  while (left > 0) {
    d += step;
    if (isBusinessDay(d, extra)) left--;
  }
  return d;
}
