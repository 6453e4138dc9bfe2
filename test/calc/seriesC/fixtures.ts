/**
 * Independent plain-number references for the Series C tests, written from the
 * certificate (Cert §2, §4(a), §5(e)), not from the code under test.
 */
import { Dec } from "../../../src/calc/core/decimal";
import { dayFromCivil } from "../../../src/calc/time/civil";
import { EventInput, checkEvents } from "../../../src/calc/seriesC/events";
import { Payment } from "../../../src/calc/seriesC/payments";
import { SeriesCTerms, seriesCTerms } from "../../../src/calc/seriesC/terms";

export const D = (y: number, m: number, d: number) => dayFromCivil(y, m, d);
export const terms = (o: Record<string, number | string | boolean> = {}): SeriesCTerms =>
  seriesCTerms(Object.entries(o).map(([name, value]) => ({ name, value })));
export const pay = (row: number, y: number, m: number, d: number, amount: number): Payment => ({ row, day: D(y, m, d), amount: new Dec(amount) });
export const evts = (t: SeriesCTerms, rows: Omit<EventInput, "row">[]) =>
  checkEvents(
    t,
    rows.map((r, i) => ({ ...r, row: i + 1 })),
  );
export const n = (x: Dec) => x.toNumber();

const MS = 86_400_000;
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
export const daysBetween = (a: [number, number, number], b: [number, number, number]) => Math.round((utc(...b) - utc(...a)) / MS);
const leap = (yr: number) => (yr % 4 === 0 && yr % 100 !== 0) || yr % 400 === 0;

/**
 * Accrued unpaid dividends per share, no payments: LV × rate × 2/365 for the
 * 1999 stub, compounding each 31 December, then base × rate × days since the
 * last 31 December / days in the year.
 */
export function refAccrued(y: number, m: number, d: number, lv = 28, rate = 0.1): number {
  if (y === 1999) return lv * rate * (daysBetween([1999, 12, 29], [y, m, d]) / 365);
  let b = lv * rate * (2 / 365);
  for (let yr = 2000; yr < y; yr++) b += (lv + b) * rate;
  return b + (lv + b) * rate * (daysBetween([y - 1, 12, 31], [y, m, d]) / (leap(y) ? 366 : 365));
}

/** Excel serial of a civil date (1900 system, from 1900-03-01 on). */
export const serial = (y: number, m: number, d: number) => Math.round((utc(y, m, d) - utc(1899, 12, 30)) / MS);
