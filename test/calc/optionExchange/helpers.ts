import { Dec } from "../../../src/calc/core/decimal";

/** Day number (= Excel serial from 1900-03-01 on) of an ISO date, computed with Date.UTC, independently of civil.ts. */
export function day(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}

/** ISO text of a day number, via Date (independent of civil.ts). */
export function isoOf(dayNumber: number): string {
  return new Date(Date.UTC(1899, 11, 30) + dayNumber * 86400000).toISOString().slice(0, 10);
}

export const D = (x: number | string) => new Dec(x);

export { inputError } from "../../support/expectError";
