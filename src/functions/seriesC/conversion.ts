import { CONVERSION_KINDS } from "../../calc/seriesC/conversion";
import { convertShares } from "../../calc/seriesC/convertShares";
import { checkPayments } from "../../calc/seriesC/payments";
import { protectiveVoteApplies, votes } from "../../calc/seriesC/votes";
import { excelCall } from "../shared/errors";
import { checkedEventsArg, seriesCTermsArg } from "../shared/seriesCInputs";
import { paymentsArg } from "../../input/seriesCTables";
import { optionalWord, requiredDay, requiredNumber } from "../../input/values";
import { Driver, toExcelNumber } from "../shared/results";
import { dividendDrivers, rateDrivers } from "../shared/seriesCDrivers";
import { ONE } from "../../calc/core/decimal";
import { conversionRate } from "../../calc/seriesC/conversionPrice";

const CONVSHARES_HEADER = ["principal shares", "dividend shares", "whole shares issued", "cash in lieu", "dividends extinguished (per share)"];

/**
 * Series C conversion for one holder: common shares for the principal and for accrued dividends, whole shares issued, cash in lieu of the fraction and dividends extinguished (Cert §5(a), (e), (k)(6), (n)).
 * @customfunction SERIESC_CONVSHARES
 * @param {any} shares Series C shares the holder converts (greater than 0).
 * @param {any} convDate Conversion date: an Excel date or YYYY-MM-DD text, on or after the Original Issue Date.
 * @param {any} fmv Fair Market Value of one share of common stock on the conversion date (greater than 0).
 * @param {any} [kind] OPTIONAL (default), MANDATORY, THRESHOLD (optional conversion within 60 days of the Market Threshold) or SALE (optional conversion in a Sale of the Company).
 * @param {any[][]} [events] Corporate events: rows of date | type | a | b | c | d.
 * @param {any[][]} [payments] Dividends actually paid: rows of date | amount per share.
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see SERIESC_TERMS); votingPowerAtIssue turns on the 20% cap.
 * @returns {any[][]} Header row, then: principal shares, dividend shares, whole shares issued, cash in lieu, dividends extinguished (per share).
 */
export function seriesCConvShares(
  shares: any,
  convDate: any,
  fmv: any,
  kind?: any,
  events?: any[][],
  payments?: any[][],
  terms?: any[][],
): any[][] {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const input = {
      shares: requiredNumber(shares, "shares", { min: 0, minExclusive: true, what: "Series C shares converted" }),
      day: requiredDay(convDate, "convDate"),
      fmv: requiredNumber(fmv, "fmv", { min: 0, minExclusive: true, what: "common stock Fair Market Value per share" }),
      kind: optionalWord(kind, "kind", CONVERSION_KINDS, "OPTIONAL"),
      events: checkedEventsArg(events, t),
      payments: checkPayments(t, paymentsArg(payments)),
    };
    const r = convertShares(t, input);
    // What each column is made of, to name the argument when one is too large for Excel:
    // principal = shares × rate; dividend shares = shares × dividends ÷ min(FMV, conversion price).
    const { price, rate } = r.perShare;
    const principal = (): Driver[] => [["shares", input.shares], ...rateDrivers(t, rate)];
    const perDividendShare = (): Driver[] =>
      input.fmv.lt(price) ? [["fmv", ONE.div(input.fmv)]] : [["events", t.initialConversionPrice.div(price)], ["terms", ONE.div(t.initialConversionPrice)]];
    const dividends = (): Driver[] => [["shares", input.shares], ...dividendDrivers(t, input.day, input.payments, "convDate"), ...perDividendShare()];
    return [
      CONVSHARES_HEADER,
      [
        toExcelNumber(r.principalShares, principal),
        toExcelNumber(r.dividendShares, dividends),
        toExcelNumber(r.wholeShares, () => [...principal(), ...dividends()]),
        toExcelNumber(r.cashInLieu, "fmv"), // less than one share's worth
        toExcelNumber(r.extinguishedPerShare, () => dividendDrivers(t, input.day, input.payments, "convDate")),
      ],
    ];
  });
}

/**
 * Series C votes of a holder, voting with the common: whole common shares its shares convert into at the close of the record date, dividends excluded, capped like a conversion when votingPowerAtIssue is given (Cert §3(a), §5(k)(6)).
 * @customfunction SERIESC_VOTES
 * @param {any} shares Series C shares the holder holds (0 or more).
 * @param {any} asOf Record date: an Excel date or YYYY-MM-DD text, on or after the Original Issue Date.
 * @param {any[][]} [events] Corporate events: rows of date | type | a | b | c | d.
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see SERIESC_TERMS).
 * @returns {number} Whole votes.
 */
export function seriesCVotes(shares: any, asOf: any, events?: any[][], terms?: any[][]): number {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const n = requiredNumber(shares, "shares", { min: 0, what: "Series C shares held" });
    const day = requiredDay(asOf, "asOf");
    const checked = checkedEventsArg(events, t);
    return toExcelNumber(votes(t, n, day, checked), () => [["shares", n], ...rateDrivers(t, conversionRate(t, checked, day))]);
  });
}

/**
 * Whether the Series C separate class vote on Restricted Actions applies: TRUE while at least one third of the shares initially issued remain outstanding (Cert §3(b)).
 * @customfunction SERIESC_PROTECTIVE
 * @param {any} outstanding Series C shares outstanding (0 to the shares initially issued).
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see SERIESC_TERMS).
 * @returns {boolean} TRUE if the separate class vote applies.
 */
export function seriesCProtective(outstanding: any, terms?: any[][]): boolean {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    return protectiveVoteApplies(t, requiredNumber(outstanding, "outstanding", { min: 0, what: "Series C shares outstanding" }));
  });
}
