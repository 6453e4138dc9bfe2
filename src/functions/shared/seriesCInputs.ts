import { Dec } from "../../calc/core/decimal";
import { badValue } from "../../calc/core/errors";
import { EVENTS_ARG, EventInput } from "../../calc/seriesC/events";
import { PAYMENTS_ARG, Payment } from "../../calc/seriesC/payments";
import { SeriesCTerms, seriesCTerms } from "../../calc/seriesC/terms";
import { requiredDay } from "./values";
import { optionalCellNumber, tableRows, termOverrides } from "./tables";

/** Series C table arguments: Excel ranges → the calc module's typed rows. */

export function seriesCTermsArg(v: unknown): SeriesCTerms {
  return seriesCTerms(termOverrides(v));
}

const EVENTS_SHAPE = { minCols: 2, maxCols: 6, header: "date", layout: "date | type | a | b | c | d" };

export function eventsArg(v: unknown): EventInput[] {
  return tableRows(v, EVENTS_ARG, EVENTS_SHAPE).map(({ row, cells }) => {
    const [date, type, a, b, c, d] = cells;
    const day = requiredDay(date, `${EVENTS_ARG} row ${row} date`);
    if (typeof type !== "string" || type.trim() === "") throw badValue(EVENTS_ARG, `row ${row}: the type must be a word such as SPLIT or ISSUE`);
    const num = (cell: typeof a, col: string) => optionalCellNumber(cell, EVENTS_ARG, `row ${row} column ${col}`);
    return { row, day, type, a: num(a, "a"), b: num(b, "b"), c: num(c, "c"), d: num(d, "d") };
  });
}

const PAYMENTS_SHAPE = { minCols: 2, maxCols: 2, header: "date", layout: "2 columns: date | amount per share" };

export function paymentsArg(v: unknown): Payment[] {
  return tableRows(v, PAYMENTS_ARG, PAYMENTS_SHAPE).map(({ row, cells }) => {
    const day = requiredDay(cells[0], `${PAYMENTS_ARG} row ${row} date`);
    const amount = optionalCellNumber(cells[1], PAYMENTS_ARG, `row ${row} amount`);
    if (amount === undefined) throw badValue(PAYMENTS_ARG, `row ${row}: the amount per share is missing`);
    return { row, day, amount: new Dec(amount) };
  });
}
