import { badNumber } from "../core/errors";
import { Day, formatIso } from "../time/civil";
import { OptionExchangeTerms } from "./terms";

export interface EmploymentInput {
  hireDay: Day;
  /** Last day of employment (the termination date); undefined while still employed. */
  terminationDay?: Day;
}

/**
 * Offer Q4 (Answers Q3): an eligible employee was an "Mpower employee" on each
 * of June 25, 2001 (term recordDate) and the date the offer expires (term
 * expirationDate). Employment is taken to run from the hire date through the
 * termination date inclusive, so a termination ON the expiration date still
 * counts as employed on it (Answers Q3: only a termination "prior to
 * September 27, 2001" makes an employee ineligible).
 */
export function isEligible(t: OptionExchangeTerms, input: EmploymentInput): boolean {
  const { hireDay, terminationDay } = input;
  if (terminationDay !== undefined && terminationDay < hireDay) {
    throw badNumber(["terminationDate", "hireDate"], `${formatIso(terminationDay)} is before the hire date ${formatIso(hireDay)}`);
  }
  const employedOn = (day: Day) => hireDay <= day && (terminationDay === undefined || day <= terminationDay);
  return employedOn(t.recordDate) && employedOn(t.expirationDate); // Offer Q4: on each of those dates
}
