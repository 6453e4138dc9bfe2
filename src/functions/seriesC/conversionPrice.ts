import { conversionPrice } from "../../calc/seriesC/conversionPrice";
import { checkEvents } from "../../calc/seriesC/events";
import { requireOnOrAfterIssue } from "../../calc/seriesC/keyDates";
import { excelCall } from "../shared/errors";
import { eventsArg, seriesCTermsArg } from "../shared/seriesCInputs";
import { requiredDay, toExcelNumber } from "../shared/values";

/**
 * Series C Conversion Price in effect at the close of a date, after splits, stock dividends and dilutive issues (Cert §5(d)-(k)).
 * @customfunction SERIESC_CONVPRICE
 * @helpurl https://localhost:3000/help.html#SERIESC_CONVPRICE
 * @param {any} asOf Date: an Excel date or YYYY-MM-DD text, on or after the Original Issue Date.
 * @param {any[][]} [events] Corporate events: rows of date | type | a | b | c | d (types SPLIT, STOCKDIV, ISSUE, RIGHTS, PLANOPTION, EXPIRE, EXEMPT).
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see SERIESC_TERMS).
 * @returns {number} Conversion price per share of common stock.
 */
export function seriesCConvPrice(asOf: any, events?: any[][], terms?: any[][]): number {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const day = requiredDay(asOf, "asOf");
    requireOnOrAfterIssue(t, day, "asOf");
    return toExcelNumber(conversionPrice(t, checkEvents(t, eventsArg(events)), day), "asOf");
  });
}
