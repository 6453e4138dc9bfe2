import { Dec } from "../calc/core/decimal";
import { badValue } from "../calc/core/errors";
import { EVENTS_ARG, EventInput } from "../calc/seriesC/events";
import { PAYMENTS_ARG, Payment } from "../calc/seriesC/payments";
import { ClosingPrice, PRICES_ARG } from "../calc/seriesC/threshold";
import { CLAIMS_ARG, Claim } from "../calc/seriesC/waterfall";
import { CAPITAL_ARG, CAPITAL_TYPES, CapitalInput } from "../calc/seriesC/capital";
import { CAPITAL_LAYOUT, CAPITAL_TABLE_COLUMNS } from "../calc/seriesC/capitalTypes";
import { optionalCellNumber, tableRows } from "./tables";
import { requiredDay } from "./values";
import { Cell } from "./cells";
import { dayFromSerial } from "../calc/time/excelSerial";

/** Series C table arguments as Excel (or the pane) hands them → the calc module's typed rows. */

const EVENTS_SHAPE = { minCols: 2, maxCols: 6, header: "date", layout: "date | type | a | b | c | d" };

export function eventsArg(v: unknown): EventInput[] {
  const rows = tableRows(v, EVENTS_ARG, EVENTS_SHAPE);
  const out = new Array<EventInput>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const { row, cells } = rows[i];
    const date = cells[0];
    const type = cells[1];
    // A 10,000-row table: the usual cells (a valid serial, a number, an empty cell) are read
    // without building the message that would name them; anything else goes the general way.
    const serial = typeof date === "number" ? dayFromSerial(date) : undefined;
    const day = typeof serial === "number" ? serial : requiredDay(date, `${EVENTS_ARG} row ${row} date`);
    if (typeof type !== "string" || type.trim() === "")
      throw badValue(EVENTS_ARG, `row ${row}: the type must be a word such as SPLIT or ISSUE`, { row, column: "type" });
    out[i] = {
      row,
      day,
      type,
      a: eventNumber(cells[2], row, "a"),
      b: eventNumber(cells[3], row, "b"),
      c: eventNumber(cells[4], row, "c"),
      d: eventNumber(cells[5], row, "d"),
    };
  }
  return out;
}

function eventNumber(cell: Cell, row: number, col: string): number | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  return optionalCellNumber(cell, EVENTS_ARG, `row ${row} column ${col}`);
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

const PRICES_SHAPE = { minCols: 2, maxCols: 2, header: "date", layout: "2 columns: date | closing price" };

/** `prices`: date | closing price rows, any order (Cert §12 Market Threshold). */
export function pricesArg(v: unknown): ClosingPrice[] {
  return tableRows(v, PRICES_ARG, PRICES_SHAPE).map(({ row, cells }) => {
    const day = requiredDay(cells[0], `${PRICES_ARG} row ${row} date`);
    const close = optionalCellNumber(cells[1], PRICES_ARG, `row ${row} closing price`);
    if (close === undefined) throw badValue(PRICES_ARG, `row ${row}: the closing price is missing`);
    return { row, day, close: new Dec(close) };
  });
}

const CLAIMS_SHAPE = { minCols: 2, maxCols: 3, header: "name", layout: "3 columns: name | accrued dividend claim | preference claim excluding dividends" };

/** `claims`: name | accrued dividend claim | preference claim excluding dividends (Cert §4(a), SERIESC_WATERFALL). */
export function claimsArg(v: unknown): Claim[] {
  return tableRows(v, CLAIMS_ARG, CLAIMS_SHAPE).map(({ row, cells }) => {
    const [name, dividends, preference] = cells;
    if (typeof name !== "string" || name.trim() === "") throw badValue(CLAIMS_ARG, `row ${row}: the first column must name the class, e.g. "Series C"`);
    const amount = (cell: typeof dividends, what: string) => {
      const n = optionalCellNumber(cell, CLAIMS_ARG, `row ${row} ${what}`);
      return new Dec(n ?? 0); // an empty amount is no claim
    };
    return { row, name: name.trim(), dividends: amount(dividends, "accrued dividend claim"), preference: amount(preference, "preference claim") };
  });
}

const CAPITAL_SHAPE = { minCols: 3, maxCols: CAPITAL_TABLE_COLUMNS.length, header: "name", layout: CAPITAL_LAYOUT };

/** `capital`: name | type | quantity | a | b | c | rank | participation, one row per class (Cert §4, SERIESC_EXIT); the last two optional. */
export function capitalArg(v: unknown): CapitalInput[] {
  return tableRows(v, CAPITAL_ARG, CAPITAL_SHAPE).map(({ row, cells }) => {
    const [name, type, quantity, a, b, c, rank, participation] = cells;
    if (typeof name !== "string" || name.trim() === "")
      throw badValue(CAPITAL_ARG, `row ${row}: the first column must name the class, e.g. "Series C"`, { row, column: "name" });
    if (typeof type !== "string" || type.trim() === "")
      throw badValue(CAPITAL_ARG, `row ${row}: the second column is the type, one of ${CAPITAL_TYPES.join(", ")}`, { row, column: "type" });
    const num = (cell: typeof a, what: string) => optionalCellNumber(cell, CAPITAL_ARG, `row ${row} ${what}`);
    const out: CapitalInput = {
      row,
      name: name.trim(),
      type,
      quantity: num(quantity, "quantity"),
      a: num(a, "column a"),
      b: num(b, "column b"),
      c: num(c, "column c"),
    };
    const r = num(rank, "rank");
    if (r !== undefined) out.rank = r;
    // participation: empty, the word FULL (checked with the row's type), or a cap in $ per share.
    if (typeof participation === "string") {
      if (participation.trim() !== "") out.participation = participation;
    } else {
      const cap = num(participation, "participation");
      if (cap !== undefined) out.participation = cap;
    }
    return out;
  });
}
