import { defaultTermRows } from "../../calc/core/terms";
import { SERIES_C_TERMS } from "../../calc/seriesC/terms";
import { serialFromDay } from "../../calc/time/excelSerial";
import { excelCall } from "../shared/errors";
import { defineFunction } from "../catalogue";

export const SERIESC_TERMS = /*#__PURE__*/ defineFunction({
  id: "SERIESC_TERMS",
  group: "seriesCThreshold",
  description:
    "The Series C default terms as name | value rows: copy the table, edit values and pass it back as the terms argument of any SERIESC function (docs/conventions.md#terms).",
  summary: "spill: the default Series C terms, to copy, edit and pass back",
  args: [],
  result: { type: "spill", description: "Header row name | value, then one row per term (dates as Excel serials; an empty value means none)." },
  example: { formula: "=MPWR.SERIESC_TERMS()", dates: { rows: ["issueDate"] } },
  note: "The certificate's own terms (docs/conventions.md#terms); an empty value means none.",
  clauses: "Cert §2, §3(b), §4(a), §5(b), §5(c), §5(k), §6, §12; docs/conventions.md#terms",
  impl: seriesCTermsTable,
});

export function seriesCTermsTable(): any[][] {
  return excelCall(() => [
    ["name", "value"],
    ...defaultTermRows(SERIES_C_TERMS).map(([name, value, spec]) => {
      if (value === undefined) return [name, ""]; // e.g. votingPowerAtIssue: none
      return [name, spec.kind === "date" ? serialFromDay(value as number) : value];
    }),
  ]);
}
