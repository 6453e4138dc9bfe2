import { accruedDividends, dividendSchedule, quietAccruedDouble, remainingMinimumDividend } from "../../calc/seriesC/dividends";
import { serialFromDay } from "../../calc/time/excelSerial";
import { checkPayments } from "../../calc/seriesC/payments";
import { excelCall } from "../shared/errors";
import { asOfArg, seriesCTermsArg } from "../shared/seriesCInputs";
import { paymentsArg } from "../../input/seriesCTables";
import { toExcelNumber } from "../shared/results";
import { dividendDrivers } from "../shared/seriesCDrivers";
import { defineFunction } from "../catalogue";
import { TERMS_ARG } from "../shared/seriesCArgs";

export const SERIESC_ACCRUED = /*#__PURE__*/ defineFunction({
  id: "SERIESC_ACCRUED",
  group: "seriesCDividends",
  description:
    "Series C accrued unpaid dividends per share at the close of a date: 10% a year on Liquidation Value plus unpaid dividends, compounded each 31 December (Cert §2).",
  summary: "accrued unpaid dividends per share (Cert §2)",
  args: [
    { name: "asOf", type: "scalar", description: "Date to accrue to: an Excel date or YYYY-MM-DD text, on or after the Original Issue Date." },
    { name: "payments", type: "range", optional: true, description: "Dividends actually paid: rows of date | amount per share." },
    TERMS_ARG,
  ],
  result: { type: "number", description: "Accrued unpaid dividends per Series C share." },
  example: { formula: "=MPWR.SERIESC_ACCRUED(DATE(2001,6,30))" },
  note: "The first example of the reference: 10% a year on $28 plus unpaid dividends from the issue date 1999-12-29, compounded on 1999-12-31 and 2000-12-31.",
  clauses: "Cert §2",
  impl: seriesCAccrued,
});

export function seriesCAccrued(asOf: any, payments?: any[][], terms?: any[][]): number {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const day = asOfArg(asOf, t);
    const paid = checkPayments(t, paymentsArg(payments));
    // Nothing paid by then: the same double without Decimal work per call, when it is sure of it.
    const quiet = paid.length === 0 || paid[0].day > day ? quietAccruedDouble(t, day) : undefined;
    if (quiet !== undefined) return quiet;
    return toExcelNumber(accruedDividends(t, day, paid), () => dividendDrivers(t, day, paid, "asOf"));
  });
}

const SCHEDULE_HEADER = ["period end", "days", "year days", "opening balance", "dividend", "paid", "closing accrued"];

export const SERIESC_DIVSCHEDULE = /*#__PURE__*/ defineFunction({
  id: "SERIESC_DIVSCHEDULE",
  group: "seriesCDividends",
  description:
    "Series C dividend ledger per share, one row per dividend period up to a date: days, opening unpaid balance, dividend, payments and closing accrued (Cert §2).",
  summary: "spill: the dividend ledger, one row per period (Cert §2)",
  args: [
    { name: "asOf", type: "scalar", description: "Date to accrue to: an Excel date or YYYY-MM-DD text, on or after the Original Issue Date." },
    { name: "payments", type: "range", optional: true, description: "Dividends actually paid: rows of date | amount per share." },
    TERMS_ARG,
  ],
  result: { type: "spill", description: "Header row, then per period: period end, days, year days, opening balance, dividend, paid, closing accrued." },
  example: { formula: "=MPWR.SERIESC_DIVSCHEDULE(DATE(2001,6,30))", dates: { columns: ["period end"] } },
  note: "The ledger behind SERIESC_ACCRUED(DATE(2001,6,30)): the 2-day stub period of 1999, the year 2000, and 2001 to 30 June.",
  clauses: "Cert §2",
  impl: seriesCDivSchedule,
});

export function seriesCDivSchedule(asOf: any, payments?: any[][], terms?: any[][]): any[][] {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const day = asOfArg(asOf, t);
    const paid = checkPayments(t, paymentsArg(payments));
    const blame = () => dividendDrivers(t, day, paid, "asOf");
    const rows = dividendSchedule(t, day, paid).map((p) => [
      serialFromDay(p.end),
      p.days,
      p.yearDays,
      toExcelNumber(p.opening, blame),
      toExcelNumber(p.dividend, blame),
      toExcelNumber(p.paid, "payments"),
      toExcelNumber(p.closing, blame),
    ]);
    return [SCHEDULE_HEADER, ...rows];
  });
}

export const SERIESC_MINDIV = /*#__PURE__*/ defineFunction({
  id: "SERIESC_MINDIV",
  group: "seriesCDividends",
  description: "Series C Minimum Dividend Amount per share left at a date: $2.80 less the dividends actually paid before that date (Cert §12).",
  summary: "Minimum Dividend Amount left after payments before `asOf` (Cert §12)",
  args: [
    { name: "asOf", type: "scalar", description: "Date: an Excel date or YYYY-MM-DD text, on or after the Original Issue Date." },
    {
      name: "payments",
      type: "range",
      optional: true,
      description: "Dividends actually paid: rows of date | amount per share (only those strictly before asOf count).",
    },
    TERMS_ARG,
  ],
  result: { type: "number", description: "Remaining Minimum Dividend Amount per Series C share." },
  example: { formula: '=MPWR.SERIESC_MINDIV(DATE(2001,6,30), {"2000-12-31",1})', format: "money" },
  note: "The $2.80 Minimum Dividend Amount less a $1.00 dividend paid on 2000-12-31.",
  clauses: "Cert §12 (Minimum Dividend Amount), §2",
  impl: seriesCMinDiv,
});

export function seriesCMinDiv(asOf: any, payments?: any[][], terms?: any[][]): number {
  return excelCall(() => {
    const t = seriesCTermsArg(terms);
    const day = asOfArg(asOf, t);
    const paid = checkPayments(t, paymentsArg(payments));
    accruedDividends(t, day, paid); // the same payment checks as SERIESC_ACCRUED (none may exceed what was accrued)
    return toExcelNumber(remainingMinimumDividend(t, day, paid), "terms"); // at most the Minimum Dividend Amount
  });
}
