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

/**
 * The legal public holidays (5 U.S.C. 6103(a)), in the order of `legalHolidayDays`. Only
 * `federalHolidays` reads them: the business-day arithmetic of dist/functions.js needs the dates alone.
 */
const LEGAL_HOLIDAY_NAMES = [
  "New Year's Day",
  "Birthday of Martin Luther King, Jr.",
  "Washington's Birthday",
  "Memorial Day",
  "Juneteenth National Independence Day",
  "Independence Day",
  "Labor Day",
  "Columbus Day",
  "Veterans Day",
  "Thanksgiving Day",
  "Christmas Day",
];

/** The legal public holidays of `year` on their actual dates (which may be weekends), in the order of LEGAL_HOLIDAY_NAMES; undefined in a year before the holiday. */
function legalHolidayDays(year: number): (Day | undefined)[] {
  // Uniform Monday Holiday Act (Pub. L. 90-363) moved three holidays to Mondays and added Columbus Day from 1971.
  const mondayRules = year >= 1971;
  return [
    dayFromCivil(year, 1, 1), // New Year's Day: 5 U.S.C. 6103(a)
    // Birthday of Martin Luther King, Jr.: 5 U.S.C. 6103(a), as amended by Pub. L. 98-144; first observed 1986
    year >= 1986 ? nthWeekday(year, 1, MONDAY, 3) : undefined,
    // Washington's Birthday: 5 U.S.C. 6103(a): third Monday in February (Feb 22 before 1971)
    mondayRules ? nthWeekday(year, 2, MONDAY, 3) : dayFromCivil(year, 2, 22),
    // Memorial Day: 5 U.S.C. 6103(a): last Monday in May (May 30 before 1971)
    mondayRules ? lastWeekday(year, 5, MONDAY) : dayFromCivil(year, 5, 30),
    // Juneteenth National Independence Day: 5 U.S.C. 6103(a), as amended by Pub. L. 117-17 (signed 2021-06-17)
    year >= 2021 ? dayFromCivil(year, 6, 19) : undefined,
    dayFromCivil(year, 7, 4), // Independence Day: 5 U.S.C. 6103(a)
    nthWeekday(year, 9, MONDAY, 1), // Labor Day: 5 U.S.C. 6103(a): first Monday in September
    // Columbus Day: 5 U.S.C. 6103(a): second Monday in October, a federal holiday only from 1971
    mondayRules ? nthWeekday(year, 10, MONDAY, 2) : undefined,
    // Veterans Day: 5 U.S.C. 6103(a): November 11, except fourth Monday in October 1971–1977 (Pub. L. 94-97 restored Nov 11)
    mondayRules && year <= 1977 ? nthWeekday(year, 10, MONDAY, 4) : dayFromCivil(year, 11, 11),
    nthWeekday(year, 11, THURSDAY, 4), // Thanksgiving Day: 5 U.S.C. 6103(a): fourth Thursday in November
    dayFromCivil(year, 12, 25), // Christmas Day: 5 U.S.C. 6103(a)
  ];
}

/** The day a holiday is observed on by a Monday–Friday workforce. */
function observedDay(day: Day): Day {
  const wd = weekday(day);
  if (wd === SATURDAY) return day - 1; // 5 U.S.C. 6103(b)(1) (Saturday → Friday before)
  if (wd === SUNDAY) return day + 1; // E.O. 11582 §3(a) (Sunday → Monday after)
  return day;
}

/** The legal public holidays observed in calendar year `year`: the observed day, the legal day and the holiday (its place in LEGAL_HOLIDAY_NAMES), sorted by date. */
function observedInYear(year: number): { day: Day; legal: Day; holiday: number }[] {
  const first = dayFromCivil(year, 1, 1);
  const last = dayFromCivil(year, 12, 31);
  const result: { day: Day; legal: Day; holiday: number }[] = [];
  for (const y of [year, year + 1]) {
    legalHolidayDays(y).forEach((legal, holiday) => {
      if (legal === undefined) return;
      const day = observedDay(legal);
      if (day >= first && day <= last) result.push({ day, legal, holiday });
    });
  }
  return result.sort((a, b) => a.day - b.day);
}

/**
 * Observed federal holidays falling in calendar year `year`, sorted by date.
 * A Saturday New Year's Day is observed on December 31 of the year before, so
 * it appears in that year's list and not in its own.
 */
export function federalHolidays(year: number): FederalHoliday[] {
  return observedInYear(year).map((h) => ({ day: h.day, name: LEGAL_HOLIDAY_NAMES[h.holiday], observed: h.day !== h.legal }));
}

// Business-day arithmetic asks about the same few years over and over.
const observedDaysCache = new Map<number, readonly Day[]>();
const CACHE_LIMIT = 1000;

/** The observed holiday dates of calendar year `year`, sorted (cached). */
export function observedHolidayDays(year: number): readonly Day[] {
  let days = observedDaysCache.get(year);
  if (days === undefined) {
    if (observedDaysCache.size >= CACHE_LIMIT) observedDaysCache.clear();
    days = Object.freeze(observedInYear(year).map((h) => h.day));
    observedDaysCache.set(year, days);
  }
  return days;
}

/** Whether `day` is the observed date of a federal holiday. */
export function isFederalHoliday(day: Day): boolean {
  return observedHolidayDays(civilFromDay(day).year).includes(day);
}
