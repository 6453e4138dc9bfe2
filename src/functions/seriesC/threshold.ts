import { notAvailable } from "../../calc/core/errors";
import { mandatoryConversionDate } from "../../calc/seriesC/keyDates";
import { marketThresholdDate, marketThresholdMet } from "../../calc/seriesC/threshold";
import { serialFromDay } from "../../calc/time/excelSerial";
import { excelCall } from "../shared/errors";
import { checkedEventsArg, seriesCTermsArg } from "../shared/seriesCInputs";
import { pricesArg } from "../../input/seriesCTables";
import { optionalDay, requiredDay, requiredRange } from "../../input/values";

const PRICES_WHAT = "a range of date | closing price rows";

/**
 * Whether the Series C Market Threshold is achieved for a Threshold Notice: 20 consecutive trading days closing above 2.0 × the Liquidation Value (adjusted for splits), the run ending within the 60 days before the notice (Cert §12, §5(b)).
 * @customfunction SERIESC_THRESHOLD
 * @param {any[][]} prices Rows of date | closing price of the common stock, one per trading day (no Saturday or Sunday, no date twice), any order.
 * @param {any} noticeDate Date of the Threshold Notice: an Excel date or YYYY-MM-DD text.
 * @param {any[][]} [events] Corporate events (SPLIT and STOCKDIV adjust the threshold from their date: the ex-date for unadjusted closes): rows of date | type | a | b | c | d.
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see SERIESC_TERMS); pricesSplitAdjusted TRUE for closes already on today's share basis.
 * @returns {boolean} TRUE if the Market Threshold has been achieved.
 */
export function seriesCThreshold(prices: any[][], noticeDate: any, events?: any[][], terms?: any[][]): boolean {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const rows = pricesArg(requiredRange(prices, "prices", PRICES_WHAT));
    const notice = requiredDay(noticeDate, "noticeDate");
    return marketThresholdMet(t, rows, notice, checkedEventsArg(events, t));
  });
}

/**
 * First day as of which the Series C Market Threshold was achieved: the 20th day of the first run of trading days closing above 2.0 × the Liquidation Value (adjusted for splits); #N/A if never (Cert §12, §5(b)(1)).
 * @customfunction SERIESC_THRESHOLD_DATE
 * @param {any[][]} prices Rows of date | closing price of the common stock, one per trading day (no Saturday or Sunday, no date twice), any order.
 * @param {any[][]} [events] Corporate events (SPLIT and STOCKDIV adjust the threshold from their date: the ex-date for unadjusted closes): rows of date | type | a | b | c | d.
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see SERIESC_TERMS).
 * @returns {number} Date (Excel serial).
 */
export function seriesCThresholdDate(prices: any[][], events?: any[][], terms?: any[][]): number {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const rows = pricesArg(requiredRange(prices, "prices", PRICES_WHAT));
    const day = marketThresholdDate(t, rows, checkedEventsArg(events, t));
    if (day === undefined) throw notAvailable("prices", `no ${t.thresholdDays.toString()} consecutive trading days closed above the Market Threshold price`);
    return serialFromDay(day);
  });
}

/**
 * Earliest date the Board may elect a Series C Mandatory Conversion: the earlier of the Original Issue Date + 386 days and the demand registration date (Cert §5(b)(1)).
 * @customfunction SERIESC_MANDATORY_DATE
 * @param {any} [demandDate] Date the holders exercised demand registration rights, if they did: an Excel date or YYYY-MM-DD text.
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see SERIESC_TERMS).
 * @returns {number} Date (Excel serial).
 */
export function seriesCMandatoryDate(demandDate?: any, terms?: any[][]): number {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    return serialFromDay(mandatoryConversionDate(t, optionalDay(demandDate, "demandDate")));
  });
}
