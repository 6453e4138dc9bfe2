import { Day, formatIso } from "../time/civil";
import { addMonths } from "../time/months";
import { badNumber } from "../core/errors";
import { SeriesCTerms } from "./terms";

/** The dates the certificate counts from the Original Issue Date (SPEC §6). */
export const firstAnniversary = (t: SeriesCTerms): Day => addMonths(t.issueDate, 12); // Cert §4(a)
export const mandatoryConversionStart = (t: SeriesCTerms): Day => t.issueDate + t.mandatoryConversionDays.toNumber(); // Cert §5(b)(1)
export const ratchetEnd = (t: SeriesCTerms): Day => addMonths(t.issueDate, t.ratchetMonths.toNumber()); // Cert §5(k)(5)
export const extinguishEnd = (t: SeriesCTerms): Day => addMonths(t.issueDate, t.extinguishMonths.toNumber()); // Cert §4(a), §5(e)
export const redemptionStart = (t: SeriesCTerms): Day => addMonths(t.issueDate, 12 * t.redemptionYears.toNumber()); // Cert §6(a)

/** Before the Original Issue Date nothing in the certificate applies: #NUM!. */
export function requireOnOrAfterIssue(t: SeriesCTerms, day: Day, arg: string): void {
  if (day < t.issueDate) {
    throw badNumber(arg, `date ${formatIso(day)} is before the Original Issue Date ${formatIso(t.issueDate)}`);
  }
}
