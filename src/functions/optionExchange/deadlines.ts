import { offerDeadlines } from "../../calc/optionExchange/deadlines";
import { serialFromDay } from "../../calc/time/excelSerial";
import { excelCall } from "../shared/errors";
import { holidaysArg, optexTermsArg } from "../shared/optexInputs";
import { optionalDay } from "../../input/values";

const HEADER = ["label", "date", "time (Eastern)", "rule"];

/**
 * The offer's calendar: commencement, the earliest permitted expiration (20 business days), the expiration, whether the minimum period is met at its 11:59 p.m. expiry and the earliest compliant 11:59 p.m. expiration, the grant of the new options, the last change notice that needs no extension, the extension announcement and acceptance deadline (9:00 a.m. the next business day), and the withdrawal right after 40 business days (Offer §1, §5, §14).
 * @customfunction OPTEX_DEADLINES
 * @param {any} [commencement] Date the offer commences (default 2001-08-27, the Offer to Exchange's date): an Excel date or YYYY-MM-DD text.
 * @param {any} [expiration] Scheduled expiration date (default 2001-09-27).
 * @param {any[][]} [holidays] Extra non-business dates besides the built-in federal holidays (e.g. closings by executive order); empty cells are ignored.
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see OPTEX_TERMS), e.g. commencementDate or extensionBusinessDays.
 * @returns {any[][]} Header row label | date | time (Eastern) | rule, then one row per deadline (dates as Excel date serials; TRUE/FALSE in the minimum period row).
 */
export function optexDeadlines(commencement?: any, expiration?: any, holidays?: any[][], terms?: any[][]): any[][] {
  return excelCall(() => {
    const t = optexTermsArg(terms);
    const start = optionalDay(commencement, "commencement");
    const end = optionalDay(expiration, "expiration");
    const rows = offerDeadlines(t, start, end, holidaysArg(holidays));
    return [HEADER, ...rows.map((r) => [r.label, typeof r.day === "boolean" ? r.day : serialFromDay(r.day), r.time, r.rule])];
  });
}
