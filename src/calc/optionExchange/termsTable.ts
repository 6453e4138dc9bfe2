import { defaultTermRows } from "../core/terms";
import { serialFromDay } from "../time/excelSerial";
import { OPTION_EXCHANGE_TERMS } from "./terms";

/**
 * OPTEX_TERMS(): the default terms (docs/conventions.md#terms) as a `name | value` table with a
 * header row, in OPTION_EXCHANGE_TERMS order, dates as Excel serials. Passed
 * back as `terms` it gives the defaults (the header row is skipped).
 */
export function optionExchangeTermsTable(): Array<[string, number | string | boolean]> {
  const rows: Array<[string, number | string | boolean]> = [["name", "value"]];
  for (const [name, value, spec] of defaultTermRows(OPTION_EXCHANGE_TERMS)) {
    const shown = value === undefined ? "" : spec.kind === "date" ? serialFromDay(value as number) : value;
    rows.push([name, shown]);
  }
  return rows;
}
