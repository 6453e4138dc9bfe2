import { Day, civilFromDay, dayFromCivil, weekday } from "./civil";

/**
 * U.S. federal holidays as OPM observes them for a Monday–Friday workweek:
 * the legal public holidays of 5 U.S.C. 6103(a), moved off weekends.
 * Inauguration Day (6103(c)) is not one of them: it closes D.C.-area offices only.
 * The app needs 1990–2050; before 1971 the rules are the simplified history noted below.
 */
export interface FederalHoliday {
  day: Day; // the observed date
  name: string;
  observed: boolean; // true when moved off a Saturday or Sunday
}

const MONDAY = 1;
const THURSDAY = 4;
const SATURDAY = 6;
const SUNDAY = 0;

/** The nth (1-based) given weekday of a month. */
function nthWeekday(year: number, month: number, wd: number, n: number): Day {
  const first = dayFromCivil(year, month, 1);
  return first + ((wd - weekday(first) + 7) % 7) + 7 * (n - 1);
}

function lastWeekday(year: number, month: number, wd: number): Day {
  const firstOfNext = month === 12 ? dayFromCivil(year + 1, 1, 1) : dayFromCivil(year, month + 1, 1);
  return firstOfNext - 1 - ((weekday(firstOfNext - 1) - wd + 7) % 7);
}

/** The legal public holidays of `year` on their actual dates (which may be weekends). */
function legalHolidays(year: number): { name: string; day: Day }[] {
  // Uniform Monday Holiday Act (Pub. L. 90-363) moved three holidays to Mondays and added Columbus Day from 1971.
  const mondayRules = year >= 1971;
  const list: { name: string; day: Day | undefined }[] = [
    { name: "New Year's Day", day: dayFromCivil(year, 1, 1) }, // 5 U.S.C. 6103(a)
    // 5 U.S.C. 6103(a), as amended by Pub. L. 98-144; first observed 1986
    { name: "Birthday of Martin Luther King, Jr.", day: year >= 1986 ? nthWeekday(year, 1, MONDAY, 3) : undefined },
    // 5 U.S.C. 6103(a): third Monday in February (Feb 22 before 1971)
    { name: "Washington's Birthday", day: mondayRules ? nthWeekday(year, 2, MONDAY, 3) : dayFromCivil(year, 2, 22) },
    // 5 U.S.C. 6103(a): last Monday in May (May 30 before 1971)
    { name: "Memorial Day", day: mondayRules ? lastWeekday(year, 5, MONDAY) : dayFromCivil(year, 5, 30) },
    // 5 U.S.C. 6103(a), as amended by Pub. L. 117-17 (signed 2021-06-17)
    { name: "Juneteenth National Independence Day", day: year >= 2021 ? dayFromCivil(year, 6, 19) : undefined },
    { name: "Independence Day", day: dayFromCivil(year, 7, 4) }, // 5 U.S.C. 6103(a)
    { name: "Labor Day", day: nthWeekday(year, 9, MONDAY, 1) }, // 5 U.S.C. 6103(a): first Monday in September
    // 5 U.S.C. 6103(a): second Monday in October, a federal holiday only from 1971
    { name: "Columbus Day", day: mondayRules ? nthWeekday(year, 10, MONDAY, 2) : undefined },
    // 5 U.S.C. 6103(a): November 11, except fourth Monday in October 1971–1977 (Pub. L. 94-97 restored Nov 11)
    {
      name: "Veterans Day",
      day: mondayRules && year <= 1977 ? nthWeekday(year, 10, MONDAY, 4) : dayFromCivil(year, 11, 11),
    },
    { name: "Thanksgiving Day", day: nthWeekday(year, 11, THURSDAY, 4) }, // 5 U.S.C. 6103(a): fourth Thursday in November
    { name: "Christmas Day", day: dayFromCivil(year, 12, 25) }, // 5 U.S.C. 6103(a)
  ];
  return list.filter((h): h is { name: string; day: Day } => h.day !== undefined);
}

/** The day a holiday is observed on by a Monday–Friday workforce. */
function observedDay(day: Day): Day {
  const wd = weekday(day);
  if (wd === SATURDAY) return day - 1; // 5 U.S.C. 6103(b)(1) (Saturday → Friday before)
  if (wd === SUNDAY) return day + 1; // E.O. 11582 §3(a) (Sunday → Monday after)
  return day;
}

/**
 * Observed federal holidays falling in calendar year `year`, sorted by date.
 * A Saturday New Year's Day is observed on December 31 of the year before, so
 * it appears in that year's list and not in its own.
 */
export function federalHolidays(year: number): FederalHoliday[] {
  const first = dayFromCivil(year, 1, 1);
  const last = dayFromCivil(year, 12, 31);
  const result: FederalHoliday[] = [];
  for (const h of [...legalHolidays(year), ...legalHolidays(year + 1)]) {
    const day = observedDay(h.day);
    if (day >= first && day <= last) result.push({ day, name: h.name, observed: day !== h.day });
  }
  return result.sort((a, b) => a.day - b.day);
}

// Business-day arithmetic asks about the same few years over and over.
const observedDaysCache = new Map<number, readonly Day[]>();
const CACHE_LIMIT = 1000;

/** The observed holiday dates of calendar year `year`, sorted (cached). */
export function observedHolidayDays(year: number): readonly Day[] {
  let days = observedDaysCache.get(year);
  if (days === undefined) {
    if (observedDaysCache.size >= CACHE_LIMIT) observedDaysCache.clear();
    days = Object.freeze(federalHolidays(year).map((h) => h.day));
    observedDaysCache.set(year, days);
  }
  return days;
}

/** Whether `day` is the observed date of a federal holiday. */
export function isFederalHoliday(day: Day): boolean {
  return observedHolidayDays(civilFromDay(day).year).includes(day);
}
