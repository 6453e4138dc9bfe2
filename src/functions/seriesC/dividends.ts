import { accruedDividends, dividendSchedule, remainingMinimumDividend } from "../../calc/seriesC/dividends";
import { serialFromDay } from "../../calc/time/excelSerial";
import { requireOnOrAfterIssue } from "../../calc/seriesC/keyDates";
import { checkPayments } from "../../calc/seriesC/payments";
import { excelCall } from "../shared/errors";
import { seriesCTermsArg } from "../shared/seriesCInputs";
import { paymentsArg } from "../../input/seriesCTables";
import { requiredDay } from "../../input/values";
import { toExcelNumber } from "../shared/results";
import { dividendDrivers } from "../shared/seriesCDrivers";
import { SeriesCTerms } from "../../calc/seriesC/terms";
import { Day } from "../../calc/time/civil";

/**
 * Series C accrued unpaid dividends per share at the close of a date: 10% a year on Liquidation Value plus unpaid dividends, compounded each 31 December (Cert §2).
 * @customfunction SERIESC_ACCRUED
 * @param {any} asOf Date to accrue to: an Excel date or YYYY-MM-DD text, on or after the Original Issue Date.
 * @param {any[][]} [payments] Dividends actually paid: rows of date | amount per share.
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see SERIESC_TERMS).
 * @returns {number} Accrued unpaid dividends per Series C share.
 */
export function seriesCAccrued(asOf: any, payments?: any[][], terms?: any[][]): number {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const day = requiredDay(asOf, "asOf");
    requireOnOrAfterIssue(t, day, "asOf");
    const paid = checkPayments(t, paymentsArg(payments));
    if (paid.length === 0) return quietAccrued(t, day);
    return toExcelNumber(accruedDividends(t, day, paid), () => dividendDrivers(t, day, paid, "asOf"));
  });
}

// With nothing paid the accrual is a function of the terms and the date alone, and a sheet of
// =MPWR.SERIESC_ACCRUED(An) asks for the same dates on every recalculation: each result is kept,
// per terms object (the defaults are one object, a terms table one per content) and day.
const quietResults = new WeakMap<SeriesCTerms, Map<Day, number>>();
const QUIET_DAYS_KEPT = 100_000; // ~270 years of dates per terms; then start over

function quietAccrued(t: SeriesCTerms, day: Day): number {
  let byDay = quietResults.get(t);
  if (!byDay) quietResults.set(t, (byDay = new Map()));
  let n = byDay.get(day);
  if (n === undefined) {
    n = toExcelNumber(accruedDividends(t, day), () => dividendDrivers(t, day, [], "asOf")); // an error is not kept
    if (byDay.size >= QUIET_DAYS_KEPT) byDay.clear();
    byDay.set(day, n);
  }
  return n;
}

const SCHEDULE_HEADER = ["period end", "days", "year days", "opening balance", "dividend", "paid", "closing accrued"];

/**
 * Series C dividend ledger per share, one row per dividend period up to a date: days, opening unpaid balance, dividend, payments and closing accrued (Cert §2).
 * @customfunction SERIESC_DIVSCHEDULE
 * @param {any} asOf Date to accrue to: an Excel date or YYYY-MM-DD text, on or after the Original Issue Date.
 * @param {any[][]} [payments] Dividends actually paid: rows of date | amount per share.
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see SERIESC_TERMS).
 * @returns {any[][]} Header row, then per period: period end, days, year days, opening balance, dividend, paid, closing accrued.
 */
export function seriesCDivSchedule(asOf: any, payments?: any[][], terms?: any[][]): any[][] {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const day = requiredDay(asOf, "asOf");
    requireOnOrAfterIssue(t, day, "asOf");
    const paid = checkPayments(t, paymentsArg(payments));
    const blame = () => dividendDrivers(t, day, paid, "asOf");
    const rows = dividendSchedule(t, day, paid).map((p) => [
      serialFromDay(p.end),
      p.days,
      p.yearDays,
      toExcelNumber(p.opening, blame),
      toExcelNumber(p.dividend, blame),
      toExcelNumber(p.paid, "payments"),
      toExcelNumber(p.closing, blame),
    ]);
    return [SCHEDULE_HEADER, ...rows];
  });
}

/**
 * Series C Minimum Dividend Amount per share left at a date: $2.80 less the dividends actually paid before that date (Cert §12).
 * @customfunction SERIESC_MINDIV
 * @param {any} asOf Date: an Excel date or YYYY-MM-DD text, on or after the Original Issue Date.
 * @param {any[][]} [payments] Dividends actually paid: rows of date | amount per share (only those strictly before asOf count).
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see SERIESC_TERMS).
 * @returns {number} Remaining Minimum Dividend Amount per Series C share.
 */
export function seriesCMinDiv(asOf: any, payments?: any[][], terms?: any[][]): number {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const day = requiredDay(asOf, "asOf");
    requireOnOrAfterIssue(t, day, "asOf");
    const paid = checkPayments(t, paymentsArg(payments));
    accruedDividends(t, day, paid); // the same payment checks as SERIESC_ACCRUED (none may exceed what was accrued)
    return toExcelNumber(remainingMinimumDividend(t, day, paid), "terms"); // at most the Minimum Dividend Amount
  });
}
