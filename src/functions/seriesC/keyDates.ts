import { keyDates } from "../../calc/seriesC/keyDates";
import { serialFromDay } from "../../calc/time/excelSerial";
import { excelCall } from "../shared/errors";
import { seriesCTermsArg } from "../shared/seriesCInputs";

/**
 * Series C key dates: the Original Issue Date, the first anniversary, issue + 386 days, the 18-month, 30-month and sixth anniversaries (Cert §4(a), §5(b), §5(k)(5), §6(a)).
 * @customfunction SERIESC_KEYDATES
 * @param {any[][]} [terms] Rows of name | value overriding the default terms (see SERIESC_TERMS).
 * @returns {any[][]} Rows of label | date (Excel serial), header row first.
 */
export function seriesCKeyDates(terms?: any[][]): any[][] {
  return excelCall(() => [["label", "date"], ...keyDates(seriesCTermsArg(terms)).map((k) => [k.label, serialFromDay(k.day)])]);
}
