import { Dec } from "../../../src/calc/core/decimal";
import { dayFromCivil } from "../../../src/calc/time/civil";
import { EventInput, checkEvents } from "../../../src/calc/seriesC/events";
import { Payment } from "../../../src/calc/seriesC/payments";
import { SeriesCTerms, seriesCTerms } from "../../../src/calc/seriesC/terms";

export const D = (y: number, m: number, d: number) => dayFromCivil(y, m, d);
export const defaults = (): SeriesCTerms => seriesCTerms();
export const withTerms = (o: Record<string, number | string | boolean>): SeriesCTerms =>
  seriesCTerms(Object.entries(o).map(([name, value]) => ({ name, value })));
export const pay = (row: number, y: number, m: number, d: number, amount: number): Payment => ({ row, day: D(y, m, d), amount: new Dec(amount) });
export const events = (t: SeriesCTerms, rows: Omit<EventInput, "row">[]) =>
  checkEvents(
    t,
    rows.map((r, i) => ({ ...r, row: i + 1 })),
  );
export const num = (x: Dec) => x.toNumber();

/**
 * Independent plain-number reference for Cert §2 with the default terms and no
 * payments: stub 2/365, then 10% compounded each 31 December, prorated by
 * actual days / days in the year. Written from the certificate, not the code.
 */
export function referenceAccrued(y: number, m: number, d: number): number {
  const dayMs = 86_400_000;
  const days = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / dayMs);
  const leap = (yr: number) => (yr % 4 === 0 && yr % 100 !== 0) || yr % 400 === 0;
  const asOf = new Date(Date.UTC(y, m - 1, d));
  const issue = new Date(Date.UTC(1999, 11, 29));
  if (y === 1999) return 28 * 0.1 * (days(issue, asOf) / 365);
  let b = 28 * 0.1 * (2 / 365);
  for (let yr = 2000; yr < y; yr++) b += (28 + b) * 0.1;
  const yearStart = new Date(Date.UTC(y - 1, 11, 31));
  return b + (28 + b) * 0.1 * (days(yearStart, asOf) / (leap(y) ? 366 : 365));
}
