import { Day } from "../calc/time/civil";
import { dayFromInput } from "../calc/time/dateInput";
import { asRange, isEmptyCell, isOmitted } from "./cells";

/**
 * A range of dates in any shape, e.g. the `holidays` of a business-day count
 * (as Excel's WORKDAY takes them): omitted → none; empty cells (null, "" and
 * desktop Excel's 0) are skipped; any other cell must be a date, or the error
 * names its row (and column, in a range wider than one).
 */
export function dateListArg(v: unknown, arg: string): Day[] {
  if (isOmitted(v)) return [];
  const range = asRange(v);
  const wide = range.some((row) => row.length > 1);
  const days: Day[] = [];
  range.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (isEmptyCell(cell)) return;
      days.push(dayFromInput(cell, `${arg} row ${i + 1}${wide ? ` column ${j + 1}` : ""}`));
    }),
  );
  return days;
}
