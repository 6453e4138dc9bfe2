import { offerDeadlines } from "../../calc/optionExchange/deadlines";
import { serialFromDay } from "../../calc/time/excelSerial";
import { excelCall } from "../shared/errors";
import { holidaysArg, optexTermsArg } from "../shared/optexInputs";
import { optionalDay } from "../../input/values";
import { defineFunction } from "../catalogue";

const HEADER = ["label", "date", "time (Eastern)", "rule"];

export const OPTEX_DEADLINES = /*#__PURE__*/ defineFunction({
  id: "OPTEX_DEADLINES",
  group: "optexOffer",
  description:
    "The offer's calendar: commencement, the earliest permitted expiration (20 business days), the expiration and grant of the new options, the last change notice that needs no extension, the extension announcement and acceptance deadline (9:00 a.m. the next business day), the withdrawal right after 40 business days, and whether the 11:59 p.m. expiry meets the 20-business-day minimum with the earliest compliant 11:59 p.m. expiration (Offer §1, §5, §14; Rule 13e-4(a)(3)).",
  summary:
    "spill: the offer's calendar — 20-business-day minimum, change-notice cut-off, extension announcement, acceptance deadline, withdrawal right, minimum period met (Offer §1, §5, §14)",
  args: [
    {
      name: "commencement",
      type: "scalar",
      optional: true,
      description: "Date the offer commences (default 2001-08-27, the Offer to Exchange's date): an Excel date or YYYY-MM-DD text.",
    },
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
      description: "Rows of name | value overriding the default terms (see OPTEX_TERMS), e.g. commencementDate or extensionBusinessDays.",
    },
  ],
  result: {
    type: "spill",
    description:
      "Header row label | date | time (Eastern) | rule, then one row per deadline (dates as Excel date serials; TRUE/FALSE in the row 'minimum period met').",
  },
  example: { formula: "=MPWR.OPTEX_DEADLINES()", dates: { columns: ["date"] } },
  note: "The Offer's own calendar: commenced Monday 2001-08-27 (day 1), Labor Day 2001-09-03 skipped, so the 20th business day is 2001-09-24 and the 2001-09-27 expiration is the 23rd; ten business days before it is 2001-09-13; Columbus Day 2001-10-08 skipped, the 40th business day is 2001-10-23. A business day runs from 12:01 a.m. through 12:00 midnight (Rule 13e-4(a)(3)) and the Offer expires at 11:59 p.m., so the minimum period is met only by an expiration after 2001-09-24: 11:59 p.m. on 2001-09-25 at the earliest.",
  clauses: "Offer §1, §5, §14, Q8; Schedule TO Item 1; Rules 13e-4(a)(3), 13e-4(a)(4), 13e-4(f)(1)(i), 13e-4(f)(2)(ii), 14e-1(a), 14e-1(d)",
  impl: optexDeadlines,
});

export function optexDeadlines(commencement?: any, expiration?: any, holidays?: any[][], terms?: any[][]): any[][] {
  return excelCall(() => {
    const t = optexTermsArg(terms);
    const start = optionalDay(commencement, "commencement");
    const end = optionalDay(expiration, "expiration");
    const rows = offerDeadlines(t, start, end, holidaysArg(holidays));
    return [HEADER, ...rows.map((r) => [r.label, typeof r.day === "boolean" ? r.day : serialFromDay(r.day), r.time, r.rule])];
  });
}
