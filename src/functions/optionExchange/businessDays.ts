import { businessDayOffset, extendedExpiration } from "../../calc/optionExchange/extension";
import { serialFromDay } from "../../calc/time/excelSerial";
import { excelCall } from "../shared/errors";
import { holidaysArg, optexTermsArg } from "../shared/optexInputs";
import { optionalDay, requiredDay, requiredNumber } from "../../input/values";

/**
 * The date a number of business days after (before, if negative) a date, not counting the date itself. A business day is any day but Saturday, Sunday or a U.S. federal holiday, observed as OPM does (Offer §1), nor one of the optional extra holidays.
 * @customfunction OPTEX_BUSINESSDAY
 * @param {any} date Start date: an Excel date or YYYY-MM-DD text.
 * @param {any} days Whole number of business days; negative counts backwards, 0 returns the date.
 * @param {any[][]} [holidays] Extra non-business dates besides the built-in federal holidays (e.g. closings by executive order), as Excel's WORKDAY takes them; empty cells are ignored.
 * @returns {number} The resulting date (Excel date serial).
 */
export function optexBusinessDay(date: any, days: any, holidays?: any[][]): number {
  return excelCall(() => {
    const start = requiredDay(date, "date");
    const n = requiredNumber(days, "days", { integer: true, what: "a whole number of business days" }).toNumber();
    return serialFromDay(businessDayOffset(start, n, "date", "days", holidaysArg(holidays)));
  });
}

/**
 * Offer expiration after a published notice changing the consideration or the eligible options: if the offer would expire within 10 business days of the notice, it runs until the 10th business day after it; otherwise unchanged (Offer §1, §14).
 * @customfunction OPTEX_EXTENSION
 * @param {any} noticeDate Date the notice is published: an Excel date or YYYY-MM-DD text.
 * @param {any} [expiration] Scheduled expiration date (default 2001-09-27).
 * @param {any[][]} [holidays] Extra non-business dates besides the built-in federal holidays (e.g. closings by executive order); empty cells are ignored.
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see OPTEX_TERMS), e.g. extensionBusinessDays.
 * @returns {number} Expiration date after the notice (Excel date serial).
 */
export function optexExtension(noticeDate: any, expiration?: any, holidays?: any[][], terms?: any[][]): number {
  return excelCall(() => {
    const t = optexTermsArg(terms);
    const notice = requiredDay(noticeDate, "noticeDate");
    const scheduled = optionalDay(expiration, "expiration");
    return serialFromDay(extendedExpiration(t, notice, scheduled, holidaysArg(holidays)));
  });
}
