import { Dec } from "../../calc/core/decimal";
import { badValue } from "../../calc/core/errors";
import { PRIOR_ISO_ARG, PriorIsoRow } from "../../calc/optionExchange/iso";
import { OptionExchangeTerms, optionExchangeTerms } from "../../calc/optionExchange/terms";
import { ExtraHolidays, NO_EXTRA_HOLIDAYS, extraHolidays } from "../../calc/time/businessDays";
import { Day } from "../../calc/time/civil";
import { dateListArg } from "../../input/dateList";
import { optionalCellNumber, tableRows, termOverrides } from "../../input/tables";
import { optionalDay } from "../../input/values";
import { ContentCache, contentKey } from "./memo";

/** Option exchange arguments: Excel ranges and dates → the calc module's typed inputs. */

export function optexTermsArg(v: unknown): OptionExchangeTerms {
  return optionExchangeTerms(termOverrides(v));
}

/** An optional grant date: omitted → the expiration date, when the new options are granted (Offer Q8). */
export function grantDayArg(v: unknown, t: OptionExchangeTerms, arg = "grantDate"): Day {
  return optionalDay(v, arg) ?? t.expirationDate;
}

const PRIOR_ISO_SHAPE = { minCols: 2, maxCols: 2, header: "year", layout: "2 columns: year | value already first exercisable" };

/** `priorIso`: rows of year | value of earlier ISOs first exercisable in that year (IRC §422(d)). */
export function priorIsoArg(v: unknown): PriorIsoRow[] {
  return tableRows(v, PRIOR_ISO_ARG, PRIOR_ISO_SHAPE).map(({ row, cells }) => {
    const year = optionalCellNumber(cells[0], PRIOR_ISO_ARG, `row ${row} year`);
    const value = optionalCellNumber(cells[1], PRIOR_ISO_ARG, `row ${row} value`);
    if (year === undefined) throw badValue(PRIOR_ISO_ARG, `row ${row}: the year is missing`);
    if (value === undefined) throw badValue(PRIOR_ISO_ARG, `row ${row}: the value is missing`);
    if (!Number.isFinite(year) || !Number.isFinite(value)) throw badValue(PRIOR_ISO_ARG, `row ${row}: the numbers must be finite`);
    return { row, year, value: new Dec(value) };
  });
}

const holidaysCache = new ContentCache<ExtraHolidays>(32);

/** `holidays`: extra non-business dates, as Excel's WORKDAY takes them (read once per content). */
export function holidaysArg(v: unknown): ExtraHolidays {
  if (v === null || v === undefined) return NO_EXTRA_HOLIDAYS;
  return holidaysCache.get(contentKey(v), () => extraHolidays(dateListArg(v, "holidays")));
}
