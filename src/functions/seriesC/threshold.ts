import { notAvailable } from "../../calc/core/errors";
import { mandatoryConversionDate } from "../../calc/seriesC/keyDates";
import { marketThresholdDate, marketThresholdMet } from "../../calc/seriesC/threshold";
import { serialFromDay } from "../../calc/time/excelSerial";
import { excelCall } from "../shared/errors";
import { checkedEventsArg, seriesCTermsArg } from "../shared/seriesCInputs";
import { pricesArg } from "../../input/seriesCTables";
import { optionalDay, requiredDay, requiredRange } from "../../input/values";
import { defineFunction } from "../catalogue";
import { EXAMPLE_PRICES, EXAMPLE_SPLIT } from "../exampleData";
import { TERMS_ARG } from "../shared/seriesCArgs";

const PRICES_WHAT = "a range of date | closing price rows";

export const SERIESC_THRESHOLD = /*#__PURE__*/ defineFunction({
  id: "SERIESC_THRESHOLD",
  group: "seriesCThreshold",
  description:
    "Whether the Series C Market Threshold is achieved for a Threshold Notice: 20 consecutive trading days closing above 2.0 × the Liquidation Value (adjusted for splits), the run ending within the 60 days before the notice (Cert §12, §5(b)).",
  summary: "TRUE if the Market Threshold is achieved for a Threshold Notice (Cert §12, §5(b))",
  args: [
    {
      name: "prices",
      type: "range",
      description: "Rows of date | closing price of the common stock, one per trading day (no Saturday or Sunday, no date twice), any order.",
    },
    { name: "noticeDate", type: "scalar", description: "Date of the Threshold Notice: an Excel date or YYYY-MM-DD text." },
    {
      name: "events",
      type: "range",
      optional: true,
      description:
        "Corporate events (SPLIT and STOCKDIV adjust the threshold from their date: the ex-date for unadjusted closes): rows of date | type | a | b | c | d.",
    },
    {
      name: "terms",
      type: "range",
      optional: true,
      description: "Rows of name | value overriding the default terms (see SERIESC_TERMS); pricesSplitAdjusted TRUE for closes already on today's share basis.",
    },
  ],
  result: { type: "boolean", description: "TRUE if the Market Threshold has been achieved." },
  example: { formula: "=MPWR.SERIESC_THRESHOLD(A2:B21, DATE(2000,10,16), D2:F2)", cells: { "A2:B21": EXAMPLE_PRICES, "D2:F2": EXAMPLE_SPLIT } },
  more: [{ formula: "=MPWR.SERIESC_THRESHOLD(A2:B21, DATE(2000,10,16))", cells: { "A2:B21": EXAMPLE_PRICES } }],
  note: "20 trading days closing at $38.00 after the 3-for-2 split of 2000-08-29: above the adjusted threshold of 2.0 × $28 ÷ 1.5 = $37.33, not above $56 without the split.",
  clauses: "Cert §12 (Market Threshold), §5(b)(1)",
  impl: seriesCThreshold,
});

export function seriesCThreshold(prices: any[][], noticeDate: any, events?: any[][], terms?: any[][]): boolean {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const rows = pricesArg(requiredRange(prices, "prices", PRICES_WHAT));
    const notice = requiredDay(noticeDate, "noticeDate");
    return marketThresholdMet(t, rows, notice, checkedEventsArg(events, t));
  });
}

export const SERIESC_THRESHOLD_DATE = /*#__PURE__*/ defineFunction({
  id: "SERIESC_THRESHOLD_DATE",
  group: "seriesCThreshold",
  description:
    "First day as of which the Series C Market Threshold was achieved: the 20th day of the first run of trading days closing above 2.0 × the Liquidation Value (adjusted for splits); #N/A if never (Cert §12, §5(b)(1)).",
  summary: "first day the Market Threshold was achieved (Cert §5(b)(1))",
  args: [
    {
      name: "prices",
      type: "range",
      description: "Rows of date | closing price of the common stock, one per trading day (no Saturday or Sunday, no date twice), any order.",
    },
    {
      name: "events",
      type: "range",
      optional: true,
      description:
        "Corporate events (SPLIT and STOCKDIV adjust the threshold from their date: the ex-date for unadjusted closes): rows of date | type | a | b | c | d.",
    },
    TERMS_ARG,
  ],
  result: { type: "number", description: "Date (Excel serial)." },
  example: { formula: "=MPWR.SERIESC_THRESHOLD_DATE(A2:B21, D2:F2)", cells: { "A2:B21": EXAMPLE_PRICES, "D2:F2": EXAMPLE_SPLIT }, format: "date" },
  note: "The 20th of the trading days closing above the split-adjusted threshold of $37.33.",
  clauses: "Cert §12 (Market Threshold), §5(b)(1)",
  impl: seriesCThresholdDate,
});

export function seriesCThresholdDate(prices: any[][], events?: any[][], terms?: any[][]): number {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const rows = pricesArg(requiredRange(prices, "prices", PRICES_WHAT));
    const day = marketThresholdDate(t, rows, checkedEventsArg(events, t));
    if (day === undefined) throw notAvailable("prices", `no ${t.thresholdDays.toString()} consecutive trading days closed above the Market Threshold price`);
    return serialFromDay(day);
  });
}

export const SERIESC_MANDATORY_DATE = /*#__PURE__*/ defineFunction({
  id: "SERIESC_MANDATORY_DATE",
  group: "seriesCThreshold",
  description:
    "Earliest date the Board may elect a Series C Mandatory Conversion: the earlier of the Original Issue Date + 386 days and the demand registration date (Cert §5(b)(1)).",
  summary: "earliest Mandatory Conversion election date (Cert §5(b)(1))",
  args: [
    {
      name: "demandDate",
      type: "scalar",
      optional: true,
      description: "Date the holders exercised demand registration rights, if they did: an Excel date or YYYY-MM-DD text.",
    },
    TERMS_ARG,
  ],
  result: { type: "number", description: "Date (Excel serial)." },
  example: { formula: "=MPWR.SERIESC_MANDATORY_DATE()", format: "date" },
  more: [{ formula: "=MPWR.SERIESC_MANDATORY_DATE(DATE(2000,11,1))", format: "date" }],
  note: "The Original Issue Date 1999-12-29 + 386 days, or an earlier demand registration.",
  clauses: "Cert §5(b)(1)",
  impl: seriesCMandatoryDate,
});

export function seriesCMandatoryDate(demandDate?: any, terms?: any[][]): number {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    return serialFromDay(mandatoryConversionDate(t, optionalDay(demandDate, "demandDate")));
  });
}
