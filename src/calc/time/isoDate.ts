import { Day, dayFromCivil, isValidCivil } from "./civil";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A strict `YYYY-MM-DD` calendar date (docs/conventions.md), or undefined. */
export function parseIsoDate(text: string): Day | undefined {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidCivil(year, month, day)) return undefined;
  return dayFromCivil(year, month, day);
}
