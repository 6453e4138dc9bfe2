import { checkPayments } from "../../calc/seriesC/payments";
import { REDEMPTION_TRIGGERS, redemptionMultiple, redemptionPrice } from "../../calc/seriesC/redemption";
import { excelCall } from "../shared/errors";
import { FMV_RULE, checkedEventsArg, seriesCTermsArg } from "../shared/seriesCInputs";
import { paymentsArg } from "../../input/seriesCTables";
import { optionalDay, optionalWord, requiredDay, requiredNumber } from "../../input/values";
import { Driver, toExcelNumber } from "../shared/results";
import { dividendDrivers, rateDrivers } from "../shared/seriesCDrivers";
import { defineFunction } from "../catalogue";
import { EVENTS_ARG, TERMS_ARG } from "../shared/seriesCArgs";

export const SERIESC_REDEMPTION = /*#__PURE__*/ defineFunction({
  id: "SERIESC_REDEMPTION",
  group: "seriesCLiquidation",
  description:
    "Series C redemption price per share: the greater of Liquidation Value plus dividends and the value of the common it converts into (within the 20 % cap of Cert §5(k)(6) when term votingPowerAtIssue is given); for Company Redemptions at least the §6(b) multiple (Cert §6, §3(d)-(e)).",
  summary: "redemption price per share (Cert §6, §3(d)–(e))",
  args: [
    { name: "redemptionDate", type: "scalar", description: "Optional Redemption Date: an Excel date or YYYY-MM-DD text." },
    { name: "fmv", type: "scalar", description: "Fair Market Value of one share of common stock on that date (greater than 0)." },
    {
      name: "trigger",
      type: "scalar",
      optional: true,
      description: "6A (holders' election after the sixth anniversary, default), SALE (Sale of the Company), 3D or 3E (Company Redemption).",
    },
    {
      name: "noticeDate",
      type: "scalar",
      optional: true,
      description:
        "Date of the redemption notice; when given, the redemption date must fall in the notice window (without it, 6A is possible from 90 days after the day after the sixth anniversary).",
    },
    EVENTS_ARG,
    { name: "payments", type: "range", optional: true, description: "Dividends actually paid: rows of date | amount per share." },
    TERMS_ARG,
  ],
  result: { type: "number", description: "Redemption price per Series C share." },
  example: { formula: '=MPWR.SERIESC_REDEMPTION(DATE(2002,1,1), 5, "3D")' },
  note: "A Company Redemption after a rejected Special Restricted Action in redemption year 3: 3.0 × $28.",
  clauses: "Cert §6(a), §6(b), §6(c), §3(d), §3(e)",
  impl: seriesCRedemption,
});

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
      fmv: requiredNumber(fmv, "fmv", FMV_RULE),
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

export const SERIESC_REDEMPTION_MULTIPLE = /*#__PURE__*/ defineFunction({
  id: "SERIESC_REDEMPTION_MULTIPLE",
  group: "seriesCLiquidation",
  description:
    "Series C Company Redemption multiple of the Liquidation Value for the redemption year a date falls in: 2.5, 2.5, 3, 3.5, 4, 4.5; #N/A from the sixth anniversary on (Cert §6(b)).",
  summary: "Company Redemption multiple for the redemption year (Cert §6(b))",
  args: [{ name: "date", type: "scalar", description: "Redemption date: an Excel date or YYYY-MM-DD text, on or after the Original Issue Date." }, TERMS_ARG],
  result: { type: "number", description: "Multiple of the Series C Liquidation Value." },
  example: { formula: "=MPWR.SERIESC_REDEMPTION_MULTIPLE(DATE(2002,1,1))" },
  more: [
    "=MPWR.SERIESC_REDEMPTION_MULTIPLE(DATE(2000,6,30))",
    "=MPWR.SERIESC_REDEMPTION_MULTIPLE(DATE(2001,6,30))",
    "=MPWR.SERIESC_REDEMPTION_MULTIPLE(DATE(2002,6,30))",
    "=MPWR.SERIESC_REDEMPTION_MULTIPLE(DATE(2003,6,30))",
    "=MPWR.SERIESC_REDEMPTION_MULTIPLE(DATE(2004,6,30))",
    "=MPWR.SERIESC_REDEMPTION_MULTIPLE(DATE(2005,6,30))",
    "=MPWR.SERIESC_REDEMPTION_MULTIPLE(DATE(2005,12,29))",
  ],
  note: "One date in each redemption year (years run from 1999-12-29), then the sixth anniversary, where the table ends.",
  clauses: "Cert §6(b)",
  impl: seriesCRedemptionMultiple,
});

export function seriesCRedemptionMultiple(date: any, terms?: any[][]): number {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    return toExcelNumber(redemptionMultiple(t, requiredDay(date, "date"), "date"), "date"); // at most 4.5
  });
}
