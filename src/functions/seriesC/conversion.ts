import { CONVERSION_KINDS } from "../../calc/seriesC/conversion";
import { convertShares } from "../../calc/seriesC/convertShares";
import { checkPayments } from "../../calc/seriesC/payments";
import { protectiveVoteApplies, votes } from "../../calc/seriesC/votes";
import { excelCall } from "../shared/errors";
import { FMV_RULE, checkedEventsArg, seriesCTermsArg } from "../shared/seriesCInputs";
import { paymentsArg } from "../../input/seriesCTables";
import { optionalWord, requiredDay, requiredNumber } from "../../input/values";
import { Driver, toExcelNumber } from "../shared/results";
import { dividendDrivers, rateDrivers } from "../shared/seriesCDrivers";
import { ONE } from "../../calc/core/decimal";
import { conversionRate } from "../../calc/seriesC/conversionPrice";
import { defineFunction } from "../catalogue";
import { EXAMPLE_SPLIT } from "../exampleData";
import { EVENTS_ARG, TERMS_ARG } from "../shared/seriesCArgs";

const CONVSHARES_HEADER = ["principal shares", "dividend shares", "whole shares issued", "cash in lieu", "dividends extinguished (per share)"];

export const SERIESC_CONVSHARES = /*#__PURE__*/ defineFunction({
  id: "SERIESC_CONVSHARES",
  group: "seriesCConversion",
  description:
    "Series C conversion for one holder: common shares for the principal and for accrued dividends, whole shares issued, cash in lieu of the fraction and dividends extinguished (Cert §5(a), (e), (k)(6), (n)).",
  summary: "spill: principal and dividend shares, whole shares, cash in lieu, dividends extinguished (Cert §5(a), (e), (n))",
  args: [
    { name: "shares", type: "scalar", description: "Series C shares the holder converts (greater than 0)." },
    { name: "convDate", type: "scalar", description: "Conversion date: an Excel date or YYYY-MM-DD text, on or after the Original Issue Date." },
    { name: "fmv", type: "scalar", description: "Fair Market Value of one share of common stock on the conversion date (greater than 0)." },
    {
      name: "kind",
      type: "scalar",
      optional: true,
      description:
        "OPTIONAL (default), MANDATORY, THRESHOLD (optional conversion within 60 days of the Market Threshold) or SALE (optional conversion in a Sale of the Company).",
    },
    EVENTS_ARG,
    { name: "payments", type: "range", optional: true, description: "Dividends actually paid: rows of date | amount per share." },
    {
      name: "terms",
      type: "range",
      optional: true,
      description: "Rows of name | value overriding the default terms (see SERIESC_TERMS); votingPowerAtIssue turns on the 20% cap.",
    },
  ],
  result: {
    type: "spill",
    description: "Header row, then: principal shares, dividend shares, whole shares issued, cash in lieu, dividends extinguished (per share).",
  },
  example: { formula: '=MPWR.SERIESC_CONVSHARES(1000, DATE(2001,6,30), 20, "OPTIONAL", A2:C2)', cells: { "A2:C2": EXAMPLE_SPLIT } },
  note: "1,000 Series C shares converted on 2001-06-30 with the common at $20, after the 3-for-2 split: dividends paid in shares at the lower of FMV and the conversion price.",
  clauses: "Cert §5(a), §5(e), §5(k)(6), §5(n); §4(a) (Qualified Return, kind SALE)",
  impl: seriesCConvShares,
});

export function seriesCConvShares(shares: any, convDate: any, fmv: any, kind?: any, events?: any[][], payments?: any[][], terms?: any[][]): any[][] {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const input = {
      shares: requiredNumber(shares, "shares", { min: 0, minExclusive: true, what: "Series C shares converted" }),
      day: requiredDay(convDate, "convDate"),
      fmv: requiredNumber(fmv, "fmv", FMV_RULE),
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
      input.fmv.lt(price)
        ? [["fmv", ONE.div(input.fmv)]]
        : [
            ["events", t.initialConversionPrice.div(price)],
            ["terms", ONE.div(t.initialConversionPrice)],
          ];
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

export const SERIESC_VOTES = /*#__PURE__*/ defineFunction({
  id: "SERIESC_VOTES",
  group: "seriesCConversion",
  description:
    "Series C votes of a holder, voting with the common: whole common shares its shares convert into at the close of the record date, dividends excluded, capped like a conversion when votingPowerAtIssue is given (Cert §3(a), §5(k)(6)).",
  summary: "whole votes of a holder (Cert §3(a))",
  args: [
    { name: "shares", type: "scalar", description: "Series C shares the holder holds (0 or more)." },
    { name: "asOf", type: "scalar", description: "Record date: an Excel date or YYYY-MM-DD text, on or after the Original Issue Date." },
    EVENTS_ARG,
    TERMS_ARG,
  ],
  result: { type: "number", description: "Whole votes." },
  example: { formula: "=MPWR.SERIESC_VOTES(1000, DATE(2001,1,1), A2:C2)", cells: { "A2:C2": EXAMPLE_SPLIT } },
  note: "1,000 Series C shares vote as the common they convert into after the 3-for-2 split.",
  clauses: "Cert §3(a)",
  impl: seriesCVotes,
});

export function seriesCVotes(shares: any, asOf: any, events?: any[][], terms?: any[][]): number {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const n = requiredNumber(shares, "shares", { min: 0, what: "Series C shares held" });
    const day = requiredDay(asOf, "asOf");
    const checked = checkedEventsArg(events, t);
    return toExcelNumber(votes(t, n, day, checked), () => [["shares", n], ...rateDrivers(t, conversionRate(t, checked, day))]);
  });
}

export const SERIESC_PROTECTIVE = /*#__PURE__*/ defineFunction({
  id: "SERIESC_PROTECTIVE",
  group: "seriesCConversion",
  description:
    "Whether the Series C separate class vote on Restricted Actions applies: TRUE while at least one third of the shares initially issued remain outstanding (Cert §3(b)).",
  summary: "TRUE while the class vote on Restricted Actions applies (Cert §3(b))",
  args: [{ name: "outstanding", type: "scalar", description: "Series C shares outstanding (0 to the shares initially issued)." }, TERMS_ARG],
  result: { type: "boolean", description: "TRUE if the separate class vote applies." },
  example: { formula: "=MPWR.SERIESC_PROTECTIVE(416667)" },
  more: ["=MPWR.SERIESC_PROTECTIVE(416666)"],
  note: "One third of the 1,250,000 shares issued is 416,666.67.",
  clauses: "Cert §3(b)",
  impl: seriesCProtective,
});

export function seriesCProtective(outstanding: any, terms?: any[][]): boolean {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    return protectiveVoteApplies(t, requiredNumber(outstanding, "outstanding", { min: 0, what: "Series C shares outstanding" }));
  });
}
