import { accruedDividends } from "../../calc/seriesC/dividends";
import { requireOnOrAfterIssue } from "../../calc/seriesC/keyDates";
import { checkPayments } from "../../calc/seriesC/payments";
import { excelCall } from "../shared/errors";
import { paymentsArg, seriesCTermsArg } from "../shared/seriesCInputs";
import { requiredDay, toExcelNumber } from "../shared/values";

/**
 * Series C accrued unpaid dividends per share at the close of a date: 10% a year on Liquidation Value plus unpaid dividends, compounded each 31 December (Cert §2).
 * @customfunction SERIESC_ACCRUED
 * @helpurl https://localhost:3000/help.html#SERIESC_ACCRUED
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
    return toExcelNumber(accruedDividends(t, day, paid), "asOf");
  });
}
