import { defaultTermRows } from "../../calc/core/terms";
import { SERIES_C_TERMS } from "../../calc/seriesC/terms";
import { serialFromDay } from "../../calc/time/excelSerial";
import { excelCall } from "../shared/errors";

/**
 * The Series C default terms as name | value rows: copy the table, edit values and pass it back as the terms argument of any SERIESC function (docs/conventions.md#terms).
 * @customfunction SERIESC_TERMS
 * @returns {any[][]} Header row name | value, then one row per term (dates as Excel serials; an empty value means none).
 */
export function seriesCTermsTable(): any[][] {
  return excelCall(() => [
    ["name", "value"],
    ...defaultTermRows(SERIES_C_TERMS).map(([name, value, spec]) => {
      if (value === undefined) return [name, ""]; // e.g. votingPowerAtIssue: none
      return [name, spec.kind === "date" ? serialFromDay(value as number) : value];
    }),
  ]);
}
