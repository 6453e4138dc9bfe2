import { Day, civilFromDay, dayFromCivil, daysInMonth } from "./civil";

/**
 * Month arithmetic as Excel's EDATE does it (docs/conventions.md): the same day of the
 * month `months` later, clamped to the month's last day
 * (2000-02-29 + 12 months = 2001-02-28).
 */
export function addMonths(day: Day, months: number): Day {
  const c = civilFromDay(day);
  const index = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return dayFromCivil(year, month, Math.min(c.day, daysInMonth(year, month)));
}

/** The Nth anniversary: N×12 months, as the documents count anniversaries. */
export function anniversary(day: Day, years: number): Day {
  return addMonths(day, years * 12);
}
