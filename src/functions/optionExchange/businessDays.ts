import { businessDayOffset, extendedExpiration } from "../../calc/optionExchange/extension";
import { serialFromDay } from "../../calc/time/excelSerial";
import { excelCall } from "../shared/errors";
import { holidaysArg, optexTermsArg } from "../shared/optexInputs";
import { optionalDay, requiredDay, requiredNumber } from "../../input/values";
import { defineFunction } from "../catalogue";

export const OPTEX_BUSINESSDAY = /*#__PURE__*/ defineFunction({
  id: "OPTEX_BUSINESSDAY",
  group: "optexOffer",
  description:
    "The date a number of business days after (before, if negative) a date, not counting the date itself. A business day is any day but Saturday, Sunday or a U.S. federal holiday, observed as OPM does (Offer §1), nor one of the optional extra holidays.",
  summary: "the date `days` business days away, federal holidays built in, extra closings optional (Offer §1)",
  args: [
    { name: "date", type: "scalar", description: "Start date: an Excel date or YYYY-MM-DD text." },
    { name: "days", type: "scalar", description: "Whole number of business days; negative counts backwards, 0 returns the date." },
    {
      name: "holidays",
      type: "range",
      optional: true,
      description:
        "Extra non-business dates besides the built-in federal holidays (e.g. closings by executive order), as Excel's WORKDAY takes them; empty cells are ignored.",
    },
  ],
  result: { type: "number", description: "The resulting date (Excel date serial)." },
  example: { formula: "=MPWR.OPTEX_BUSINESSDAY(DATE(2001,8,31), 1)", format: "date" },
  more: [
    { formula: "=MPWR.OPTEX_BUSINESSDAY(DATE(2001,9,4), -1)", format: "date" },
    { formula: "=MPWR.OPTEX_BUSINESSDAY(DATE(2001,11,21), 1)", format: "date" },
    { formula: '=MPWR.OPTEX_BUSINESSDAY(DATE(2018,12,4), 1, {"2018-12-05"})', format: "date" },
  ],
  note: "Friday 2001-08-31 + 1 business day skips the weekend and Labor Day (2001-09-03); Thanksgiving 2001-11-22 is skipped too; an extra holiday such as the closing of 2018-12-05 (a day of mourning, by executive order) is skipped when listed.",
  clauses: "Offer §1 (business day), §14; 5 U.S.C. 6103(a)",
  impl: optexBusinessDay,
});

export function optexBusinessDay(date: any, days: any, holidays?: any[][]): number {
  return excelCall(() => {
    const start = requiredDay(date, "date");
    const n = requiredNumber(days, "days", { integer: true, what: "a whole number of business days" }).toNumber();
    return serialFromDay(businessDayOffset(start, n, "date", "days", holidaysArg(holidays)));
  });
}

export const OPTEX_EXTENSION = /*#__PURE__*/ defineFunction({
  id: "OPTEX_EXTENSION",
  group: "optexOffer",
  description:
    "Offer expiration after a published notice changing the consideration or the eligible options: if the offer would expire within 10 business days of the notice, it runs until the 10th business day after it; otherwise unchanged (Offer §1, §14).",
  summary: "expiration after a notice of a change in the offer (Offer §1, §14)",
  args: [
    { name: "noticeDate", type: "scalar", description: "Date the notice is published: an Excel date or YYYY-MM-DD text." },
    { name: "expiration", type: "scalar", optional: true, description: "Scheduled expiration date (default 2001-09-27)." },
    {
      name: "holidays",
      type: "range",
      optional: true,
      description: "Extra non-business dates besides the built-in federal holidays (e.g. closings by executive order); empty cells are ignored.",
    },
    {
      name: "terms",
      type: "range",
      optional: true,
      description: "Rows of name | value overriding the default terms (see OPTEX_TERMS), e.g. extensionBusinessDays.",
    },
  ],
  result: { type: "number", description: "Expiration date after the notice (Excel date serial)." },
  example: { formula: "=MPWR.OPTEX_EXTENSION(DATE(2001,9,20))", format: "date" },
  more: [
    { formula: "=MPWR.OPTEX_EXTENSION(DATE(2001,9,5))", format: "date" },
    { formula: '=MPWR.OPTEX_EXTENSION(DATE(2001,9,20), , {"2001-09-24"})', format: "date" },
  ],
  note: "A notice published a week before the 2001-09-27 expiration extends the offer to the 10th business day after it; an early notice changes nothing; a closing listed in holidays (here a hypothetical 2001-09-24) pushes the extension one business day later.",
  clauses: "Offer §1, §14",
  impl: optexExtension,
});

export function optexExtension(noticeDate: any, expiration?: any, holidays?: any[][], terms?: any[][]): number {
  return excelCall(() => {
    const t = optexTermsArg(terms);
    const notice = requiredDay(noticeDate, "noticeDate");
    const scheduled = optionalDay(expiration, "expiration");
    return serialFromDay(extendedExpiration(t, notice, scheduled, holidaysArg(holidays)));
  });
}
