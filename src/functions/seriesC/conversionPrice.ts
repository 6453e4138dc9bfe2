import { Dec, quotientDouble } from "../../calc/core/decimal";
import { Adjustment, adjustmentsUntil, priceOn, rateFromPrice } from "../../calc/seriesC/conversionPrice";
import { serialFromDay } from "../../calc/time/excelSerial";
import { requireOnOrAfterIssue } from "../../calc/seriesC/keyDates";
import { excelCall } from "../shared/errors";
import { checkedEventsArg, priceTimelineArg, seriesCTermsArg } from "../shared/seriesCInputs";
import { requiredDay, requiredRange } from "../../input/values";
import { toExcelNumber } from "../shared/results";
import { priceDrivers, rateDrivers } from "../shared/seriesCDrivers";

/**
 * Series C Conversion Price in effect at the close of a date, after splits, stock dividends and dilutive issues (Cert §5(d)-(k)).
 * @customfunction SERIESC_CONVPRICE
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
    const price = priceOn(priceTimelineArg(events, t), day);
    return toExcelNumber(price, () => priceDrivers(t, price));
  });
}

/**
 * Series C Conversion Rate at the close of a date: common shares per Series C share, $28 divided by the Conversion Price, dividends excluded (Cert §5(c)).
 * @customfunction SERIESC_CONVRATE
 * @param {any} asOf Date: an Excel date or YYYY-MM-DD text, on or after the Original Issue Date.
 * @param {any[][]} [events] Corporate events: rows of date | type | a | b | c | d (types SPLIT, STOCKDIV, ISSUE, RIGHTS, PLANOPTION, EXPIRE, EXEMPT).
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see SERIESC_TERMS).
 * @returns {number} Common shares per Series C share.
 */
export function seriesCConvRate(asOf: any, events?: any[][], terms?: any[][]): number {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const day = requiredDay(asOf, "asOf");
    requireOnOrAfterIssue(t, day, "asOf");
    const rate = rateFromPrice(t, priceOn(priceTimelineArg(events, t), day));
    return toExcelNumber(rate, () => rateDrivers(t, rate));
  });
}

/** The Effective Price as Excel gets it: the double of the Decimal quotient, without dividing in Decimal when the double is certain to be that (core/decimal.ts `quotientDouble`). */
function effectivePriceCell(a: Adjustment): number | "" {
  const q = a.typedQuotient;
  const quick = q && quotientDouble(q[0], q[1]);
  if (quick !== undefined) return quick;
  return a.effectivePrice === undefined ? "" : toExcelNumber(a.effectivePrice, "events");
}

const ADJUSTMENTS_HEADER = ["date", "type", "effective price", "rule applied", "price before", "price after", "note"];

/**
 * Series C certificate of adjustment: every event up to a date, in the order it applies (on one date issuances at the opening of business, then splits and stock dividends at the close), with the rule applied and the Conversion Price before and after it (Cert §5(l), §5(f), (g), (k)(1)).
 * @customfunction SERIESC_ADJUSTMENTS
 * @param {any} asOf Date: events dated on or before it are listed; an Excel date or YYYY-MM-DD text.
 * @param {any[][]} events Corporate events: rows of date | type | a | b | c | d (types SPLIT, STOCKDIV, ISSUE, RIGHTS, PLANOPTION, EXPIRE, EXEMPT).
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see SERIESC_TERMS).
 * @returns {any[][]} Header row, then per event: date, type, effective price, rule applied, price before, price after, note.
 */
export function seriesCAdjustments(asOf: any, events: any[][], terms?: any[][]): any[][] {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const day = requiredDay(asOf, "asOf");
    requireOnOrAfterIssue(t, day, "asOf");
    const checked = checkedEventsArg(requiredRange(events, "events", "a range of date | type | a | b | c | d rows"), t);
    // One price is the "after" of a line and the "before" of the next: convert each Decimal once.
    const numbers = new Map<Dec, number>();
    const num = (x: Dec) => {
      let n = numbers.get(x);
      if (n === undefined) numbers.set(x, (n = toExcelNumber(x, () => priceDrivers(t, x))));
      return n;
    };
    const rows = adjustmentsUntil(t, checked, day).map((a) => [
      serialFromDay(a.day),
      a.type,
      effectivePriceCell(a), // the row's consideration ÷ shares
      a.rule,
      num(a.before),
      num(a.after),
      a.note,
    ]);
    return [ADJUSTMENTS_HEADER, ...rows];
  });
}
