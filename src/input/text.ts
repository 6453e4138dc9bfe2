import { Day, dayFromCivil, formatIso, isValidCivil } from "../calc/time/civil";
import { LAST_SERIAL, dayFromSerial, textDayProblem } from "../calc/time/excelSerial";
import { parseIsoDate } from "../calc/time/isoDate";

/**
 * Numbers and dates as people type or paste them (the task pane's fields, a
 * pasted roster), read into the values Excel would hold: numbers as JS numbers
 * (what a custom function receives), dates as `Day`s. No DOM, no Office: the
 * locale's date order is an argument (see `localeDateOrder`).
 *
 * Numbers: `1234`, `1,234.5` (comma = thousands separator, point = decimal
 * point, whatever the locale), `.5`, `-3`, `$12.50`, `1e6`, and where a rate or
 * ratio is expected `5%` and `3/4`. A bare number is the number itself: for a
 * rate `0.05` is 5 %, and `5` is 500 % (callers warn about implausible rates).
 */

export type Reading<T> = { ok: true; value: T } | { ok: false; problem: string };

export interface NumberSyntax {
  /** `5%` → 0.05. */
  percent?: boolean;
  /** `3/4` → 0.75, `3:2` → 1.5. */
  fraction?: boolean;
}

const PLAIN = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?(?:e[+-]?\d+)?$/i;
const FRACTION = /^([+-]?\d+(?:\.\d+)?)\s*[/:]\s*(\d+(?:\.\d+)?)$/;

export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function examples(syntax: NumberSyntax): string {
  const forms = ["1,000", "12.50"];
  if (syntax.percent) forms.push("5%");
  if (syntax.fraction) forms.push("3/4");
  return forms.join(", ");
}

/** A plain number text (thousands separators, a leading $ or a trailing %): the JS number or undefined. */
function plainNumber(t: string): number | undefined {
  let s = t.replace(/\s+/g, "");
  let sign = "";
  if (s.startsWith("-") || s.startsWith("+")) {
    sign = s[0] === "-" ? "-" : "";
    s = s.slice(1);
  }
  if (s.startsWith("$")) s = s.slice(1);
  if (s === "" || s === "." || !PLAIN.test(s) || !/\d/.test(s)) return undefined;
  const n = Number(sign + s.replace(/,/g, ""));
  return Number.isFinite(n) ? n : undefined;
}

/** Text → number, or a problem saying what was expected (no field name: the caller adds its label). */
const SIMPLE = /^\d{1,15}(?:\.\d{1,15})?$/;

export function numberFromText(text: string, syntax: NumberSyntax = {}): Reading<number> {
  const t = text.trim();
  if (SIMPLE.test(t)) return { ok: true, value: Number(t) }; // the common case, without the steps below
  if (t === "") return { ok: false, problem: "a number is required" };
  const bad = (): Reading<number> => ({ ok: false, problem: `expected a number such as ${examples(syntax)}, got "${clip(t)}"` });
  if (t.endsWith("%")) {
    if (!syntax.percent) return { ok: false, problem: `a percentage is not expected here; got "${clip(t)}"` };
    const n = plainNumber(t.slice(0, -1));
    // Division by 100 in decimal text keeps 7.25% exactly 0.0725 (no binary 7.25 / 100 error).
    return n === undefined ? bad() : { ok: true, value: Number(shiftDecimal(String(n), -2)) };
  }
  const f = FRACTION.exec(t);
  if (f) {
    if (!syntax.fraction) return bad();
    const [num, den] = [Number(f[1]), Number(f[2])];
    if (den === 0) return { ok: false, problem: `"${clip(t)}" divides by zero` };
    return { ok: true, value: num / den };
  }
  const n = plainNumber(t);
  return n === undefined ? bad() : { ok: true, value: n };
}

/** Moves the decimal point of a JS number's shortest text by `places` (−2 = ÷100), exactly. */
function shiftDecimal(text: string, places: number): string {
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m) return String(Number(text) * 10 ** places);
  const exp = Number(m[4] ?? 0) + places;
  return `${m[1]}${m[2] || "0"}.${m[3] ?? ""}e${exp}`;
}

// ---------------------------------------------------------------------------------------- dates

/** The order of day, month and year in the locale's short date. */
export type DateOrder = "MDY" | "DMY" | "YMD";

/**
 * The short-date order of a locale, from Intl.DateTimeFormat().formatToParts
 * of a date whose day, month and year differ (2001-03-04): en-US → MDY,
 * en-GB/fr/de → DMY, sv/ja/zh → YMD.
 */
export function localeDateOrder(locale?: string | string[]): DateOrder {
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: "numeric", month: "numeric", day: "numeric" }).formatToParts(new Date(2001, 2, 4));
    const order = parts
      .filter((p) => p.type === "day" || p.type === "month" || p.type === "year")
      .map((p) => p.type[0].toUpperCase())
      .join("");
    if (order === "MDY" || order === "DMY" || order === "YMD") return order;
  } catch {
    // No Intl data: the ISO order below.
  }
  return "YMD";
}

export const DATE_ORDER_LABEL: Record<DateOrder, string> = { MDY: "M/D/YYYY", DMY: "D/M/YYYY", YMD: "YYYY/M/D" };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function monthFromName(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, "");
  const i = n.length === 3 ? MONTHS.indexOf(n) : MONTH_NAMES.indexOf(n);
  if (i >= 0) return i + 1;
  if (n === "sept") return 9;
  return undefined;
}

/** Excel's reading of a two-digit year: 00–29 → 2000–2029, 30–99 → 1930–1999. */
export function fullYear(text: string): number {
  const y = Number(text);
  if (text.length > 2) return y;
  return y < 30 ? 2000 + y : 1900 + y;
}

function civil(year: number, month: number, day: number): Day | undefined {
  return isValidCivil(year, month, day) ? dayFromCivil(year, month, day) : undefined;
}

const NUMERIC = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/;
const DAY_MONTH_NAME = /^(\d{1,2})[\s./-]*([a-z]{3,9}\.?)[\s.,/-]*(\d{2}|\d{4})$/i; // 15-Mar-00, 15 March 2000
const MONTH_NAME_DAY = /^([a-z]{3,9}\.?)\s+(\d{1,2}),?\s+(\d{2}|\d{4})$/i; // Mar 15, 2000

/**
 * A date as typed or pasted: `YYYY-MM-DD`, an Excel serial (a whole number
 * 1–2958465), the locale's short date in `order` (separators / . -; a
 * two-digit year read as Excel does), or a day and an English month name
 * (15-Mar-2000, 15 March 2000, Mar 15, 2000). 03/04/2001 is 4 March in MDY and
 * 3 April in DMY: the order decides, nothing is guessed.
 */
export function dayFromText(text: string, order: DateOrder): Reading<Day> {
  const r = anyDayFromText(text, order);
  if (!r.ok) return r;
  const problem = textDayProblem(`"${clip(text.trim())}"`, r.value);
  return problem ? { ok: false, problem } : r;
}

function anyDayFromText(text: string, order: DateOrder): Reading<Day> {
  const t = text.trim();
  if (t === "") return { ok: false, problem: "a date is required" };
  const notDate = (): Reading<Day> => ({
    ok: false,
    problem: `"${clip(t)}" is not a date: use YYYY-MM-DD, ${DATE_ORDER_LABEL[order]} or an Excel date serial`,
  });
  const iso = parseIsoDate(t);
  if (iso !== undefined) return { ok: true, value: iso };
  if (/^\d+$/.test(t)) {
    const serial = Number(t);
    const day = dayFromSerial(serial);
    if (typeof day === "number") return { ok: true, value: day };
    if (serial > LAST_SERIAL) return { ok: false, problem: `${t} is past 9999-12-31, the last date Excel has` };
    return {
      ok: false,
      problem:
        day === "leapDay1900"
          ? "serial 60 is 1900-02-29, a date that does not exist (Excel's 1900 leap-year bug)"
          : `${t} is not a date (a date serial must be 1 or more)`,
    };
  }
  const n = NUMERIC.exec(t);
  if (n) {
    const [a, b, c] = [n[1], n[2], n[3]];
    let day: Day | undefined;
    if (a.length === 4)
      day = civil(Number(a), Number(b), Number(c)); // 2001/3/4 is year-first in any locale
    else if (c.length === 4 || c.length === 2) {
      if (order === "MDY") day = civil(fullYear(c), Number(a), Number(b));
      else if (order === "DMY") day = civil(fullYear(c), Number(b), Number(a));
    }
    return day === undefined ? notDate() : { ok: true, value: day };
  }
  const dm = DAY_MONTH_NAME.exec(t);
  if (dm) {
    const month = monthFromName(dm[2]);
    const day = month === undefined ? undefined : civil(fullYear(dm[3]), month, Number(dm[1]));
    return day === undefined ? notDate() : { ok: true, value: day };
  }
  const md = MONTH_NAME_DAY.exec(t);
  if (md) {
    const month = monthFromName(md[1]);
    const day = month === undefined ? undefined : civil(fullYear(md[3]), month, Number(md[2]));
    return day === undefined ? notDate() : { ok: true, value: day };
  }
  return notDate();
}

/** A day written out without ambiguity, e.g. "Sunday 4 March 2001" (shown beside a date typed in the locale's order). */
export function longDate(day: Day): string {
  const [y, m, d] = formatIso(day).split("-").map(Number);
  const weekday = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][((day % 7) + 7) % 7];
  return `${weekday} ${d} ${MONTH_NAMES[m - 1][0].toUpperCase()}${MONTH_NAMES[m - 1].slice(1)} ${y}`;
}
