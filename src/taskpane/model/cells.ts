import { Dec } from "../../calc/core/decimal";
import { isInputError } from "../../calc/core/errors";
import { dayFromCivil, formatIso, isValidCivil } from "../../calc/time/civil";
import { dayFromSerial } from "../../calc/time/excelSerial";

/**
 * What the user typed, turned into the value Excel would hand a custom
 * function for the same text in a cell (docs/conventions.md), so that the pane checks it
 * with the adapters' own coercions and shows the functions' own messages.
 */
export type CellInput = number | string | boolean | null;

// 1234 · 1,234 · 1,234.5 · .5 · -3 · $12.50 · 1e6 — Excel reads all of these as numbers.
const NUMBER = /^([+-]?)\$?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
// Dates as en-US Excel copies them to the clipboard: M/D/YYYY.
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** Text → number (thousands separators and a leading $ allowed), TRUE/FALSE, ISO text, or the text itself; blank → null. */
export function cellFromText(text: string): CellInput {
  const t = text.trim();
  if (t === "") return null;
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
  const m = NUMBER.exec(t);
  if (m) {
    const n = Number(m[1] + m[2].replace(/,/g, "") + t.slice(t.indexOf(m[2]) + m[2].length));
    if (Number.isFinite(n)) return n;
  }
  return usDateToIso(t) ?? t;
}

/** M/D/YYYY → YYYY-MM-DD when it is a real date; otherwise undefined. */
export function usDateToIso(text: string): string | undefined {
  const m = US_DATE.exec(text.trim());
  if (!m) return undefined;
  const [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidCivil(year, month, day)) return undefined;
  return formatIso(dayFromCivil(year, month, day));
}

/** An Excel date serial shown as YYYY-MM-DD (for the roster read from a sheet); other values as text. */
export function textFromCell(v: unknown, asDate = false): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    if (asDate) {
      const day = dayFromSerial(v);
      if (typeof day === "number") return formatIso(day);
    }
    return String(v);
  }
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Runs a check or a calculation; an InputError becomes its message (anything else is a bug and is rethrown). */
export function attempt<T>(f: () => T): { ok: true; value: T } | { ok: false; message: string } {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (isInputError(e)) return { ok: false, message: e.message };
    throw e;
  }
}

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** 1234567.891 → "1,234,567.891" with at most `maxDp` decimals (half-up) and at least `minDp`. */
export function formatNumber(x: Dec, maxDp = 6, minDp = 0): string {
  const rounded = x.toDecimalPlaces(maxDp, Dec.ROUND_HALF_UP);
  let text = rounded.abs().toFixed();
  let [i, f = ""] = text.split(".");
  while (f.length < minDp) f += "0";
  text = group(i) + (f ? `.${f}` : "");
  return rounded.isNegative() && !rounded.isZero() ? `-${text}` : text;
}

export const formatMoney = (x: Dec): string => `$${formatNumber(x, 6, 2)}`;
export const formatShares = (x: Dec): string => formatNumber(x, 6);
export const formatDay = (day: number): string => formatIso(day);
