/**
 * Small plain-number references for test/formulas/cases.ts, written from
 * the documents, docs/conventions.md and docs/interpretations.md — never from src/ — so that a formula
 * case checks the business rule, not only the formula-engine plumbing.
 * Everything here is ordinary JS arithmetic (doubles); the formula tests compare
 * to 1e-9 relative, far coarser than the error of these few operations.
 */

/** Excel serial (1900 system, docs/conventions.md#dates) of a calendar date: days since 1899-12-30. */
export const serial = (y: number, m: number, d: number): number => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);

/** Excel serial of an ISO `YYYY-MM-DD` date. */
export function iso(s: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) throw new Error(`bad ISO date ${s}`);
  return serial(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Cash to the cent, half-up (Cert §5(n); positive amounts only). */
export const cents = (x: number): number => Math.round(x * 100 + 1e-9) / 100;

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * SERIESC_DIVSCHEDULE with the default terms and no payments (Cert §2
 * "Dividends"): a stub 1999-12-29 → 1999-12-31 of `stubDays` / 365 (2 =
 * `elapsed`, 3 = `inclusive`), then one row per calendar year at
 * 10% × (28 + unpaid balance) × days / days-in-year, compounding each
 * 31 December; the last row ends on `asOf` (a full year when asOf is 31 Dec).
 * Rows: period end, days, year days, opening balance, dividend, paid, closing accrued.
 */
export function referenceDivSchedule(asOf: string, stubDays = 2): (number | string)[][] {
  const end = iso(asOf);
  const y = Number(asOf.slice(0, 4));
  if (y < 2000) throw new Error("referenceDivSchedule: asOf from 2000 on");
  const rows: (number | string)[][] = [["period end", "days", "year days", "opening balance", "dividend", "paid", "closing accrued"]];
  let balance = 0;
  const period = (periodEnd: number, days: number, yearDays: number) => {
    const dividend = (28 + balance) * 0.1 * (days / yearDays);
    rows.push([periodEnd, days, yearDays, balance, dividend, 0, balance + dividend]);
    balance += dividend;
  };
  period(serial(1999, 12, 31), stubDays, 365);
  for (let yr = 2000; yr <= y; yr++) {
    const yearDays = leap(yr) ? 366 : 365;
    const periodEnd = Math.min(serial(yr, 12, 31), end);
    period(periodEnd, periodEnd - serial(yr - 1, 12, 31), yearDays);
  }
  return rows;
}
