import { Day, formatIso } from "../time/civil";
import { addMonths } from "../time/months";
import { Dec } from "../core/decimal";
import { badNumber } from "../core/errors";
import { excelDay } from "../time/excelSerial";
import { SeriesCTerms } from "./terms";

/** The dates the certificate counts from the Original Issue Date (docs/conventions.md#figures-the-documents-give). */
export const firstAnniversary = (t: SeriesCTerms): Day => addMonths(t.issueDate, 12); // Cert §4(a)
export const mandatoryConversionStart = (t: SeriesCTerms): Day => t.issueDate + t.mandatoryConversionDays.toNumber(); // Cert §5(b)(1)
// Cert §5(k)(5); asked for once per event by the anti-dilution machinery, so kept per terms object.
const ratchetEnds = new WeakMap<SeriesCTerms, Day>();
export const ratchetEnd = (t: SeriesCTerms): Day => {
  let day = ratchetEnds.get(t);
  if (day === undefined) ratchetEnds.set(t, (day = addMonths(t.issueDate, t.ratchetMonths.toNumber())));
  return day;
};
export const extinguishEnd = (t: SeriesCTerms): Day => addMonths(t.issueDate, t.extinguishMonths.toNumber()); // Cert §4(a), §5(e)
export const redemptionStart = (t: SeriesCTerms): Day => addMonths(t.issueDate, 12 * t.redemptionYears.toNumber()); // Cert §6(a)

/** Before the Original Issue Date nothing in the certificate applies: #NUM!. */
export function requireOnOrAfterIssue(t: SeriesCTerms, day: Day, arg: string): void {
  if (day < t.issueDate) {
    throw badNumber(arg, `date ${formatIso(day)} is before the Original Issue Date ${formatIso(t.issueDate)}`);
  }
}

/**
 * Cert §5(b)(1): the Board may elect a Mandatory Conversion commencing on the
 * earlier of the date 386 days after the Original Issue Date and the date the
 * holders exercise demand registration rights.
 */
export function mandatoryConversionDate(t: SeriesCTerms, demandDay?: Day): Day {
  const start = mandatoryConversionStart(t);
  if (demandDay !== undefined) requireOnOrAfterIssue(t, demandDay, "demandDate");
  const day = demandDay === undefined ? start : Math.min(start, demandDay);
  return excelDay(day, "terms", `issue date ${formatIso(t.issueDate)} + ${t.mandatoryConversionDays.toString()} days`);
}

export interface KeyDate {
  label: string;
  day: Day;
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const ordinal = (n: number): string => {
  if (n >= 1 && n <= ORDINALS.length) return ORDINALS[n - 1];
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th")}`;
};

/** The dates the certificate counts from the Original Issue Date (docs/conventions.md#figures-the-documents-give). */
export function keyDates(t: SeriesCTerms): KeyDate[] {
  const n = (x: Dec) => x.toNumber();
  const dates = [
    { label: "Original Issue Date (Cert §12)", day: t.issueDate },
    { label: "first anniversary: deemed conversion date (Cert §4(a))", day: firstAnniversary(t) },
    { label: `issue + ${n(t.mandatoryConversionDays)} days: Mandatory Conversion may start (Cert §5(b)(1))`, day: mandatoryConversionStart(t) },
    { label: `${n(t.ratchetMonths)}-month anniversary: full ratchet ends (Cert §5(k)(5))`, day: ratchetEnd(t) },
    { label: `${n(t.extinguishMonths)}-month anniversary: last day of dividend extinguishment (Cert §4(a), §5(e))`, day: extinguishEnd(t) },
    { label: `${ordinal(n(t.redemptionYears))} anniversary: holders may redeem after it (Cert §6(a))`, day: redemptionStart(t) },
  ];
  for (const k of dates) excelDay(k.day, "terms", `the ${k.label.split(":")[0]} (issue date ${formatIso(t.issueDate)})`);
  return dates;
}
