import { checkPayments } from "../../calc/seriesC/payments";
import { REDEMPTION_TRIGGERS, redemptionMultiple, redemptionPrice } from "../../calc/seriesC/redemption";
import { excelCall } from "../shared/errors";
import { checkedEventsArg, seriesCTermsArg } from "../shared/seriesCInputs";
import { paymentsArg } from "../../input/seriesCTables";
import { optionalDay, optionalWord, requiredDay, requiredNumber } from "../../input/values";
import { Driver, toExcelNumber } from "../shared/results";
import { dividendDrivers, rateDrivers } from "../shared/seriesCDrivers";

/**
 * Series C redemption price per share: the greater of Liquidation Value plus dividends and the value of the common it converts into; for Company Redemptions at least the §6(b) multiple (Cert §6, §3(d)-(e)).
 * @customfunction SERIESC_REDEMPTION
 * @param {any} redemptionDate Optional Redemption Date: an Excel date or YYYY-MM-DD text.
 * @param {any} fmv Fair Market Value of one share of common stock on that date (greater than 0).
 * @param {any} [trigger] 6A (holders' election after the sixth anniversary, default), SALE (Sale of the Company), 3D or 3E (Company Redemption).
 * @param {any} [noticeDate] Date of the redemption notice; when given, the redemption date must fall in the notice window (without it, 6A is possible from 90 days after the day after the sixth anniversary).
 * @param {any[][]} [events] Corporate events: rows of date | type | a | b | c | d.
 * @param {any[][]} [payments] Dividends actually paid: rows of date | amount per share.
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see SERIESC_TERMS).
 * @returns {number} Redemption price per Series C share.
 */
export function seriesCRedemption(
  redemptionDate: any,
  fmv: any,
  trigger?: any,
  noticeDate?: any,
  events?: any[][],
  payments?: any[][],
  terms?: any[][],
): number {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const input = {
      day: requiredDay(redemptionDate, "redemptionDate"),
      fmv: requiredNumber(fmv, "fmv", { min: 0, minExclusive: true, what: "common stock Fair Market Value per share" }),
      trigger: optionalWord(trigger, "trigger", REDEMPTION_TRIGGERS, "6A"),
      noticeDay: optionalDay(noticeDate, "noticeDate"),
      events: checkedEventsArg(events, t),
      payments: checkPayments(t, paymentsArg(payments)),
    };
    const result = redemptionPrice(t, input);
    // max(LV + dividends, (rate + dividend shares) × FMV, multiple × LV): what makes it large.
    return toExcelNumber(result.price, (): Driver[] => [
      ...dividendDrivers(t, input.day, input.payments, "redemptionDate"),
      ["fmv", input.fmv],
      ...rateDrivers(t, result.conversion.rate),
    ]);
  });
}

/**
 * Series C Company Redemption multiple of the Liquidation Value for the redemption year a date falls in: 2.5, 2.5, 3, 3.5, 4, 4.5; #N/A from the sixth anniversary on (Cert §6(b)).
 * @customfunction SERIESC_REDEMPTION_MULTIPLE
 * @param {any} date Redemption date: an Excel date or YYYY-MM-DD text, on or after the Original Issue Date.
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see SERIESC_TERMS).
 * @returns {number} Multiple of the Series C Liquidation Value.
 */
export function seriesCRedemptionMultiple(date: any, terms?: any[][]): number {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    return toExcelNumber(redemptionMultiple(t, requiredDay(date, "date"), "date"), "date"); // at most 4.5
  });
}
