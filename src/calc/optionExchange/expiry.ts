import { notAvailable } from "../core/errors";
import { Day, formatIso } from "../time/civil";
import { anniversary } from "../time/months";
import { checkResultDay } from "./checks";
import { OptionExchangeTerms } from "./terms";

/**
 * Last day on which a new option may be exercised:
 * - Agreement §5G: "in no event ... exercisable after ten (10) years from the
 *   date hereof" — the tenth anniversary (EDATE) is the last day, itself
 *   included (Offer Q13: the options "expire on the tenth anniversary");
 * - Agreement §5E: after a termination the option "must be exercised on or
 *   before the date that is thirty (30) days following the date of such
 *   termination" — termination + 30 calendar days, itself included.
 * The earlier of the two. A termination before the grant date: the employee
 * receives no new options (Offer Q4), so there is no expiry (#N/A).
 */
export function lastExerciseDay(t: OptionExchangeTerms, grantDay: Day, terminationDay?: Day): Day {
  const tenth = checkResultDay(anniversary(grantDay, t.termYears.toNumber()), "grantDate", "the end of the option term");
  if (terminationDay === undefined) return tenth;
  if (terminationDay < grantDay) {
    throw notAvailable(
      ["terminationDate", "grantDate"],
      `${formatIso(terminationDay)} is before the grant date ${formatIso(grantDay)}: no new options are granted to an employee who left before the offer expired (Offer Q4)`,
    );
  }
  const windowEnd = terminationDay + t.postTerminationDays.toNumber(); // Agreement §5E: calendar days
  return Math.min(tenth, windowEnd);
}
