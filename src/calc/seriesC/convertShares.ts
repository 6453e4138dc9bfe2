import { Dec, minDec, roundCents } from "../core/decimal";
import { badNumber } from "../core/errors";
import { Day } from "../time/civil";
import { ConversionKind, ConversionPerShare, conversionPerShare, wholeShares } from "./conversion";
import { CorporateEvent } from "./events";
import { requireOnOrAfterIssue } from "./keyDates";
import { Payment } from "./payments";
import { SeriesCTerms } from "./terms";

export interface HolderConversionInput {
  /** Series C shares the holder converts (> 0). */
  shares: Dec;
  day: Day;
  /** Common stock Fair Market Value per share (> 0). */
  fmv: Dec;
  kind: ConversionKind;
  events: readonly CorporateEvent[];
  payments: readonly Payment[];
}

export interface HolderConversion {
  perShare: ConversionPerShare;
  /** shares × Conversion Rate (Cert §5(a)). */
  principalShares: Dec;
  /** shares × dividend shares per share (Cert §5(e)). */
  dividendShares: Dec;
  /** The holder's share of the §5(k)(6) cap; undefined without votingPowerAtIssue. */
  cap?: Dec;
  /** min(principal + dividend shares, cap): the common shares issuable. */
  issuable: Dec;
  /** Whole shares issued (Cert §5(n), aggregated over the holder's shares). */
  wholeShares: Dec;
  /** Fraction × FMV, to the cent half-up (Cert §5(n)). */
  cashInLieu: Dec;
  /** Dividends extinguished per Series C share (Cert §5(e)(A)/(B)). */
  extinguishedPerShare: Dec;
}

/** What a holder converting `shares` on `day` receives (Cert §5(a), (e), (k)(6), (n)). */
export function convertShares(t: SeriesCTerms, input: HolderConversionInput): HolderConversion {
  const { shares, day, fmv, kind, events, payments } = input;
  if (shares.lte(0)) throw badNumber("shares", `the number of Series C shares converted must be greater than 0, got ${shares.toString()}`);
  requireOnOrAfterIssue(t, day, "convDate");
  const perShare = conversionPerShare(t, day, fmv, kind, events, payments);
  const principalShares = shares.times(perShare.principalShares); // §5(a)
  const dividendShares = shares.times(perShare.dividendShares); // §5(e)
  const cap = holderCap(t, shares);
  // The excess over the cap is not issuable and the certificate pays nothing for it.
  const issuable = cap === undefined ? principalShares.plus(dividendShares) : minDec(principalShares.plus(dividendShares), cap);
  const { whole, fraction } = wholeShares(issuable); // §5(n): aggregate, then the fraction in cash
  return {
    perShare,
    principalShares,
    dividendShares,
    cap,
    issuable,
    wholeShares: whole,
    cashInLieu: roundCents(fraction.times(fmv)),
    extinguishedPerShare: perShare.extinguished,
  };
}

/**
 * Cert §5(k)(6): the whole series may receive at most 20% (term
 * conversionCapPercent) of the voting power at issue (term votingPowerAtIssue);
 * a holder of `shares` Series C shares bears it pro rata. Undefined without
 * votingPowerAtIssue: no cap.
 */
export function holderCap(t: SeriesCTerms, shares: Dec): Dec | undefined {
  if (t.votingPowerAtIssue === undefined) return undefined;
  return shares.div(t.sharesIssued).times(t.conversionCapPercent).times(t.votingPowerAtIssue);
}
