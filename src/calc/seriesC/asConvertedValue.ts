import { PiecewiseLinear, add, constant, line, lowerEnvelope, upperEnvelope } from "../core/piecewiseLinear";
import { ConversionBasis } from "./conversion";

/**
 * What one Series C share converts into, valued at p per common share, as a
 * function of p ≥ 0: the same rules as `conversionAt`, written as lines so
 * that the exit waterfall can solve for p exactly.
 *
 * - principal: conversion rate × p (Cert §5(a), (c));
 * - dividend shares: the greater of D / p and D / conversion price shares
 *   (Cert §5(e)), worth D below the conversion price and D × p / price above;
 * - in the extinguishment window of a Sale of the Company or a liquidation,
 *   dividend shares only up to the Qualified Return, the principal never cut
 *   (Cert §4(a), §5(e)(B)): min(uncapped, max(principal, Qualified Return));
 * - with term votingPowerAtIssue, at most the §5(k)(6) cap of common shares
 *   per Series C share: min(value, cap × p).
 *
 * The value at p is SERIESC_LIQDETAIL's B at commonValue = p; at p → 0 it
 * tends to D (capped at the Qualified Return), the worth of ever more
 * dividend shares — or to 0 under the §5(k)(6) cap, which bounds the shares.
 */
export function asConvertedValueCurve(b: ConversionBasis): PiecewiseLinear {
  const principal = line(b.rate);
  const dividendShares = upperEnvelope(constant(b.dividends), line(b.dividends.div(b.price)));
  const uncapped = add(principal, dividendShares);
  const value = b.capped ? lowerEnvelope(uncapped, upperEnvelope(principal, constant(b.qualifiedReturn))) : uncapped;
  return b.shareCap === undefined ? value : lowerEnvelope(value, line(b.shareCap));
}
