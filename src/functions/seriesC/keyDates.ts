import { keyDates } from "../../calc/seriesC/keyDates";
import { serialFromDay } from "../../calc/time/excelSerial";
import { excelCall } from "../shared/errors";
import { seriesCTermsArg } from "../shared/seriesCInputs";
import { defineFunction } from "../catalogue";

export const SERIESC_KEYDATES = /*#__PURE__*/ defineFunction({
  id: "SERIESC_KEYDATES",
  group: "seriesCThreshold",
  description:
    "Series C key dates: the Original Issue Date, the first anniversary, issue + 386 days, the 18-month, 30-month and sixth anniversaries (Cert §4(a), §5(b), §5(k)(5), §6(a)).",
  summary: "spill: issue date and the anniversaries the certificate counts from",
  args: [{ name: "terms", type: "range", optional: true, description: "Rows of name | value overriding the default terms (see SERIESC_TERMS)." }],
  result: { type: "spill", description: "Rows of label | date (Excel serial), header row first." },
  example: { formula: "=MPWR.SERIESC_KEYDATES()", dates: { columns: ["date"] } },
  note: "The documents' own dates: issue + 386 days 2001-01-18, 18-month anniversary 2001-06-29, 30-month 2002-06-29, sixth anniversary 2005-12-29.",
  clauses: "Cert §4(a), §5(b)(1), §5(k)(5), §5(e), §6(a), §12 (Original Issue Date)",
  impl: seriesCKeyDates,
});

export function seriesCKeyDates(terms?: any[][]): any[][] {
  return excelCall(() => [["label", "date"], ...keyDates(seriesCTermsArg(terms)).map((k) => [k.label, serialFromDay(k.day)])]);
}
