import { Dec, minDec } from "../core/decimal";
import { badNumber } from "../core/errors";
import { Day } from "../time/civil";
import { wholeShares } from "./conversion";
import { conversionRate } from "./conversionPrice";
import { holderCap } from "./convertShares";
import { CorporateEvent } from "./events";
import { requireOnOrAfterIssue } from "./keyDates";
import { SeriesCTerms } from "./terms";

/**
 * Cert §3(a): a holder votes with the common as many votes as the whole
 * shares of common its aggregate Series C converts into at the close of the
 * record date, accrued dividends not counted (§5(e) conversion excluded).
 * Those are shares "issuable upon conversion", so the §5(k)(6) cap applies
 * exactly as in a conversion (term votingPowerAtIssue; convertShares.ts).
 */
export function votes(t: SeriesCTerms, shares: Dec, asOf: Day, events: readonly CorporateEvent[]): Dec {
  if (shares.isNegative()) throw badNumber("shares", `the number of Series C shares must be 0 or more, got ${shares.toString()}`);
  requireOnOrAfterIssue(t, asOf, "asOf");
  const principal = shares.times(conversionRate(t, events, asOf));
  const cap = holderCap(t, shares);
  return wholeShares(cap === undefined ? principal : minDec(principal, cap)).whole;
}

/**
 * Cert §3(b): the separate class vote on Restricted Actions applies "so long
 * as not less than one-third of the number of shares ... initially issued
 * remain outstanding" — i.e. while outstanding × 3 ≥ shares issued.
 */
export function protectiveVoteApplies(t: SeriesCTerms, outstanding: Dec): boolean {
  if (outstanding.isNegative()) throw badNumber("outstanding", `the number of Series C shares outstanding must be 0 or more, got ${outstanding.toString()}`);
  if (outstanding.gt(t.sharesIssued)) {
    throw badNumber(
      "outstanding",
      `${outstanding.toString()} shares outstanding is more than the ${t.sharesIssued.toString()} initially issued (Cert §1; term sharesIssued)`,
    );
  }
  return outstanding.times(3).gte(t.sharesIssued);
}
