import { Dec, ZERO, maxDec, minDec } from "../core/decimal";
import { badNumber } from "../core/errors";
import { Day } from "../time/civil";
import { conversionPrice, rateFromPrice } from "./conversionPrice";
import { accruedDividends, remainingMinimumDividend } from "./dividends";
import { CorporateEvent } from "./events";
import { extinguishEnd } from "./keyDates";
import { Payment } from "./payments";
import { SeriesCTerms } from "./terms";

/** Why the shares convert; it decides which dividends survive (Cert §5(e)). */
export const CONVERSION_KINDS = ["OPTIONAL", "MANDATORY", "THRESHOLD", "SALE"] as const;
export type ConversionKind = (typeof CONVERSION_KINDS)[number];

/** Per Series C share, what a conversion on `day` at common FMV `fmv` delivers. */
export interface ConversionPerShare {
  price: Dec;
  rate: Dec;
  /** Dividends the holder is entitled to before any extinguishment: max(accrued, remaining Minimum Dividend). */
  entitlement: Dec;
  /** Dividends paid in shares after extinguishment. */
  dividendsPaid: Dec;
  extinguished: Dec;
  principalShares: Dec;
  dividendShares: Dec;
  /**
   * min(principal + dividend shares, the §5(k)(6) cap per share): the common
   * shares the conversion can actually deliver (all of them without term
   * votingPowerAtIssue).
   */
  issuableShares: Dec;
  qualifiedReturn: Dec;
}

/**
 * Cert §5(k)(6): common shares issuable per Series C share at most, the whole
 * series' cap (conversionCapPercent × votingPowerAtIssue) borne pro rata by
 * the `sharesIssued` shares. Undefined without votingPowerAtIssue: no cap.
 */
export function capPerShare(t: SeriesCTerms): Dec | undefined {
  if (t.votingPowerAtIssue === undefined) return undefined;
  return t.conversionCapPercent.times(t.votingPowerAtIssue).div(t.sharesIssued);
}

/** 2.0 × Liquidation Value + Minimum Dividend Amount as of `day` (Cert §4(a)). */
export function qualifiedReturn(t: SeriesCTerms, day: Day, payments: readonly Payment[]): Dec {
  return t.qualifiedReturnMultiple.times(t.liquidationValue).plus(remainingMinimumDividend(t, day, payments));
}

export function requirePositiveFmv(fmv: Dec, arg: string): void {
  if (fmv.lte(0)) throw badNumber(arg, `the common stock's Fair Market Value must be greater than 0, got ${fmv.toString()}`);
}

export interface ConversionOptions {
  /**
   * Whether the conversion falls in the §4(a)/§5(e) extinguishment window.
   * Default: `day` is on or before the 30-month anniversary. A §4(a) deemed
   * conversion on the first anniversary passes the liquidation's own test.
   */
  early?: boolean;
  /**
   * The day whose conversion price applies (default `day`). A §4(a) deemed
   * conversion on the first anniversary uses the price at the liquidation:
   * nothing happens to the corporation after it is liquidated.
   */
  priceDay?: Day;
}

/**
 * Everything about a conversion on `day` that does not depend on the common
 * stock's Fair Market Value: the price and rate, the dividends to be paid in
 * shares (Cert §5(e)) and whether the Qualified Return caps them.
 */
export interface ConversionBasis {
  price: Dec;
  rate: Dec;
  /** max(accrued, remaining Minimum Dividend Amount), before any extinguishment. */
  entitlement: Dec;
  /** Dividends to pay in shares after §5(e)(A) (before the §5(e)(B) cap, which depends on the FMV). */
  dividends: Dec;
  /** §5(e)(B) / §4(a): a Sale of the Company (or liquidation) in the extinguishment window. */
  capped: boolean;
  qualifiedReturn: Dec;
  /**
   * Cert §5(k)(6): at most this many common shares per Series C share can be
   * issued on conversion (undefined: no cap). §4(a)(ii) and §6(a)(B) value the
   * shares "converted ... pursuant to Section 5", so the cap limits them too.
   */
  shareCap?: Dec;
}

export function conversionBasis(
  t: SeriesCTerms,
  day: Day,
  kind: ConversionKind,
  events: readonly CorporateEvent[],
  payments: readonly Payment[],
  options: ConversionOptions = {},
): ConversionBasis {
  const price = conversionPrice(t, events, options.priceDay ?? day);
  const minimum = remainingMinimumDividend(t, day, payments);
  const entitlement = maxDec(accruedDividends(t, day, payments), minimum); // §5(e)
  const early = options.early ?? day <= extinguishEnd(t);
  // §5(e)(A): Mandatory or Market-Threshold conversions keep only the Minimum Dividend Amount.
  const dividends = early && (kind === "MANDATORY" || kind === "THRESHOLD") ? minimum : entitlement;
  return {
    price,
    rate: rateFromPrice(t, price),
    entitlement,
    dividends,
    capped: early && kind === "SALE",
    qualifiedReturn: qualifiedReturn(t, day, payments),
    shareCap: capPerShare(t),
  };
}

/** What one Series C share converts into at common FMV `fmv` (> 0), given its basis. */
export function conversionAt(b: ConversionBasis, fmv: Dec): ConversionPerShare {
  requirePositiveFmv(fmv, "fmv"); // D / FMV below: never divide by zero
  const { price, rate, entitlement, qualifiedReturn: qr } = b;
  let dividendsPaid = b.dividends;
  // §5(e): the greater of D/FMV and D/conversion price shares.
  const sharePrice = minDec(fmv, price);
  let dividendShares = dividendsPaid.div(sharePrice);
  if (b.capped) {
    // §5(e)(B): extinguish what would lift the holder's value above the Qualified Return.
    const capShares = maxDec(ZERO, qr.div(fmv).minus(rate));
    if (dividendShares.gt(capShares)) {
      dividendShares = capShares;
      dividendsPaid = capShares.times(sharePrice);
    }
  }
  return {
    price,
    rate,
    entitlement,
    dividendsPaid,
    extinguished: entitlement.minus(dividendsPaid),
    principalShares: rate,
    dividendShares,
    issuableShares: issuable(b, rate.plus(dividendShares)),
    qualifiedReturn: qr,
  };
}

/** Cert §5(k)(6): `shares` common shares per Series C share, cut to the cap when there is one. */
export function issuable(b: ConversionBasis, shares: Dec): Dec {
  return b.shareCap === undefined ? shares : minDec(shares, b.shareCap);
}

export function conversionPerShare(
  t: SeriesCTerms,
  day: Day,
  fmv: Dec,
  kind: ConversionKind,
  events: readonly CorporateEvent[],
  payments: readonly Payment[],
  options: ConversionOptions = {},
): ConversionPerShare {
  requirePositiveFmv(fmv, "fmv");
  return conversionAt(conversionBasis(t, day, kind, events, payments, options), fmv);
}

/**
 * Whole shares of a share count computed in Decimal (Cert §3(a), §5(n)): the
 * count is first rounded to 32 significant digits, so that 1,000 × 28/(28/1.5)
 * — 1,499.999…9 after 40-digit division — counts as the 1,500 it is.
 */
export function wholeShares(x: Dec): { whole: Dec; fraction: Dec } {
  const settled = x.toSignificantDigits(32, Dec.ROUND_HALF_UP);
  const whole = settled.floor();
  return { whole, fraction: settled.minus(whole) };
}
