import { Dec, ZERO, doubleDouble, maxDec, minDec, sumProductDouble } from "../core/decimal";
import { badNumber } from "../core/errors";
import { Day, daysInYear, formatIso, lastDayOfYear, yearOf } from "../time/civil";
import { Payment, PAYMENTS_ARG, checkPayments } from "./payments";
import { SeriesCTerms, withTerms } from "./terms";

/**
 * Cumulative dividends (Cert §2): 10% a year on Liquidation Value + accrued
 * unpaid dividends, compounded each 31 December; between dividend dates the
 * rate is prorated by actual days elapsed / days in that calendar year.
 */
export interface DividendPeriod {
  end: Day;
  days: number;
  yearDays: number;
  opening: Dec;
  dividend: Dec;
  paid: Dec;
  closing: Dec;
}

/** One segment's dividend: base × rate × days / year days (Cert §2). */
function accrual(t: SeriesCTerms, base: Dec, days: number, yearDays: number): Dec {
  return base.times(t.dividendRate).times(days).div(yearDays);
}

/** The first period's extra day when the stub counts both ends (term stubDays). */
function stubExtraDays(t: SeriesCTerms): number {
  return t.stubDays === "inclusive" ? 1 : 0;
}

// Compounded unpaid balance at each dividend date, per terms, when nothing was
// paid: the analyst's 10,000-row sheet must not recompound every year per cell.
const yearEndCache = new Map<string, Dec[]>();
const CACHE_LIMIT = 64;

/** Unpaid balance right after the dividend date ending `year` (no payments). */
function balanceAfterYear(t: SeriesCTerms, year: number): Dec {
  const issueYear = yearOf(t.issueDate);
  if (year < issueYear) return ZERO;
  let table = yearEndCache.get(t.cacheKey);
  if (!table) {
    if (yearEndCache.size >= CACHE_LIMIT) yearEndCache.clear();
    const stubDays = lastDayOfYear(issueYear) - t.issueDate + stubExtraDays(t);
    table = [accrual(t, t.liquidationValue, stubDays, daysInYear(issueYear))];
    yearEndCache.set(t.cacheKey, table);
  }
  for (let y = issueYear + table.length; y <= year; y++) {
    const b = table[table.length - 1];
    table.push(b.plus(accrual(t, t.liquidationValue.plus(b), daysInYear(y), daysInYear(y))));
  }
  return table[year - issueYear];
}

interface LedgerOptions {
  /** Record one row per period (SERIESC_DIVSCHEDULE); otherwise only the total. */
  withPeriods: boolean;
}

interface Ledger {
  accrued: Dec;
  periods: DividendPeriod[];
}

/**
 * Walks the dividend periods from the issue date to `asOf`. A payment reduces
 * the unpaid balance from its date on (docs/interpretations.md): the oldest, compounded
 * dividends first, then the current period's; the base follows piecewise.
 */
function ledger(t: SeriesCTerms, asOf: Day, payments: readonly Payment[], opts: LedgerOptions): Ledger {
  const pays = checkPayments(t, payments).filter((p) => p.day <= asOf);
  const issueYear = yearOf(t.issueDate);
  let year = issueYear;
  let start = t.issueDate;
  let balance = ZERO;
  if (!opts.withPeriods) {
    // Jump over the years before anything was paid: they compound as cached.
    const lastQuiet = Math.min(yearOf(asOf), pays.length ? yearOf(pays[0].day) : Infinity) - 1;
    if (lastQuiet >= issueYear) {
      balance = balanceAfterYear(t, lastQuiet);
      year = lastQuiet + 1;
      start = lastDayOfYear(lastQuiet);
    }
  }
  const periods: DividendPeriod[] = [];
  let next = 0; // every payment falls after `start` (the jump stops before the first)
  for (;;) {
    const periodEnd = lastDayOfYear(year);
    const end = Math.min(periodEnd, asOf);
    const yearDays = daysInYear(year);
    let extra = year === issueYear ? stubExtraDays(t) : 0;
    const opening = balance;
    let current = ZERO; // this period's dividend not yet compounded, net of payments
    let dividend = ZERO;
    let paid = ZERO;
    let segmentStart = start;
    for (; next < pays.length && pays[next].day <= end; next++) {
      const p = pays[next];
      const d = accrual(t, t.liquidationValue.plus(balance), p.day - segmentStart + extra, yearDays);
      current = current.plus(d);
      dividend = dividend.plus(d);
      extra = 0;
      segmentStart = p.day;
      const unpaid = balance.plus(current);
      if (p.amount.gt(unpaid)) {
        throw badNumber(
          withTerms(t, PAYMENTS_ARG),
          `row ${p.row}: ${p.amount.toString()} paid on ${formatIso(p.day)} exceeds the ${unpaid.toString()} of dividends then accrued and unpaid`,
        );
      }
      const fromBalance = minDec(p.amount, balance);
      balance = balance.minus(fromBalance);
      current = current.minus(p.amount.minus(fromBalance));
      paid = paid.plus(p.amount);
    }
    const d = accrual(t, t.liquidationValue.plus(balance), end - segmentStart + extra, yearDays);
    current = current.plus(d);
    dividend = dividend.plus(d);
    const closing = balance.plus(current);
    if (opts.withPeriods) {
      const days = end - start + (year === issueYear ? stubExtraDays(t) : 0);
      periods.push({ end, days, yearDays, opening, dividend, paid, closing });
    }
    if (end === asOf) return { accrued: closing, periods };
    balance = closing; // compounded on the dividend date (Cert §2)
    start = periodEnd;
    year += 1;
  }
}

/** Accrued unpaid dividends per share at the close of `asOf`. */
export function accruedDividends(t: SeriesCTerms, asOf: Day, payments: readonly Payment[] = []): Dec {
  const paidByThen = payments.length > 0 && checkPayments(t, payments).some((p) => p.day <= asOf);
  if (paidByThen) return ledger(t, asOf, payments, { withPeriods: false }).accrued;
  // Nothing paid: the year's opening balance and daily accrual come from the cache.
  const year = quietYear(t, yearOf(asOf));
  return year.opening.plus(year.perDay.times(asOf - year.start + year.extraDays));
}

/** A dividend period with nothing paid: opening balance and the dividend per day elapsed. */
interface QuietYear {
  start: Day;
  extraDays: number;
  opening: Dec;
  perDay: Dec;
  /** opening and perDay as sums of two doubles (`doubleDouble`). */
  opening2: [number, number];
  perDay2: [number, number];
}

/**
 * `toDouble(accruedDividends(t, asOf))` with nothing paid, without Decimal work per call (the 10,000-row accrual
 * sheet calls it once a row): the year's opening + perDay × n, as `accruedDividends` computes it in Decimal, from
 * their double-doubles (core/decimal.ts `sumProductDouble`); undefined when that cannot be sure, and the caller
 * takes the Decimal. On the issue date (n = 0) the Decimal answers (opening 0, ε the smallest).
 */
export function quietAccruedDouble(t: SeriesCTerms, asOf: Day): number | undefined {
  const q = quietYear(t, yearOf(asOf));
  return sumProductDouble(q.opening2, q.perDay2, asOf - q.start + q.extraDays);
}

const quietYearCache = new Map<string, QuietYear[]>();

function quietYear(t: SeriesCTerms, year: number): QuietYear {
  let years = quietYearCache.get(t.cacheKey);
  if (!years) {
    if (quietYearCache.size >= CACHE_LIMIT) quietYearCache.clear();
    quietYearCache.set(t.cacheKey, (years = []));
  }
  const index = year - yearOf(t.issueDate);
  let q = years[index];
  if (!q) {
    const first = year === yearOf(t.issueDate);
    const opening = first ? ZERO : balanceAfterYear(t, year - 1);
    const perDay = t.liquidationValue.plus(opening).times(t.dividendRate).div(daysInYear(year)); // Cert §2 proration
    q = {
      start: first ? t.issueDate : lastDayOfYear(year - 1),
      extraDays: first ? stubExtraDays(t) : 0,
      opening,
      perDay,
      opening2: doubleDouble(opening),
      perDay2: doubleDouble(perDay),
    };
    years[index] = q;
  }
  return q;
}

/** A schedule is a worksheet spill: one row a year for a thousand years is plenty. */
export const MAX_SCHEDULE_PERIODS = 1000;

/** Per-period ledger up to `asOf` (SERIESC_DIVSCHEDULE). */
export function dividendSchedule(t: SeriesCTerms, asOf: Day, payments: readonly Payment[] = []): DividendPeriod[] {
  const periods = yearOf(asOf) - yearOf(t.issueDate) + 1;
  if (periods > MAX_SCHEDULE_PERIODS) {
    throw badNumber(
      "asOf",
      `a schedule to ${formatIso(asOf)} would have ${periods} periods; the limit is ${MAX_SCHEDULE_PERIODS} (SERIESC_ACCRUED gives the amount for any date)`,
    );
  }
  return ledger(t, asOf, payments, { withPeriods: true }).periods;
}

/**
 * Minimum Dividend Amount left at `asOf`: dividends actually paid before that
 * date reduce it (Cert §12, "Minimum Dividend Amount").
 */
export function remainingMinimumDividend(t: SeriesCTerms, asOf: Day, payments: readonly Payment[] = []): Dec {
  const paidBefore = checkPayments(t, payments)
    .filter((p) => p.day < asOf)
    .reduce((sum, p) => sum.plus(p.amount), ZERO);
  return maxDec(ZERO, t.minimumDividend.minus(paidBefore));
}

/** max(accrued, remaining Minimum Dividend Amount): what §4(a), §5(e), §6(a) pay. */
export function dividendEntitlement(t: SeriesCTerms, asOf: Day, payments: readonly Payment[] = []): Dec {
  return maxDec(accruedDividends(t, asOf, payments), remainingMinimumDividend(t, asOf, payments));
}
