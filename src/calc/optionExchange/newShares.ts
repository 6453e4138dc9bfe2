import { Dec } from "../core/decimal";
import { badNumber } from "../core/errors";

/** The exchange ratio is a fraction of the eligible options: (0, 1] (Offer §1). */
export function checkRatio(ratio: Dec, arg = "ratio"): Dec {
  if (ratio.lte(0) || ratio.gt(1)) throw badNumber(arg, `the exchange ratio must be greater than 0 and at most 1, got ${ratio.toString()}`);
  return ratio;
}

export function checkEligible(eligible: Dec, arg = "eligible"): Dec {
  if (!eligible.isInteger()) throw badNumber(arg, `options are whole numbers, got ${eligible.toString()}`);
  if (eligible.isNegative()) throw badNumber(arg, `options cannot be negative, got ${eligible.toString()}`);
  return eligible;
}

/**
 * New options for one grant: eligible × ratio rounded down, per grant
 * (Offer §1, Q7: "round down to the nearest whole number ... with respect to
 * each grant of eligible options").
 */
export function newOptionsForGrant(eligible: Dec, ratio: Dec, arg = "eligible"): Dec {
  return checkEligible(eligible, arg).times(checkRatio(ratio)).floor();
}

/**
 * Total new options for several grants: the sum of the per-grant results,
 * each rounded down (Offer §1, Q7), so never more than floor(total × ratio);
 * the Offer's aggregate 6,372,694 (Offer §2) is that upper bound.
 */
export function totalNewOptions(grants: ReadonlyArray<{ eligible: Dec; arg: string }>, ratio: Dec): Dec {
  checkRatio(ratio);
  return grants.reduce((sum, g) => sum.plus(newOptionsForGrant(g.eligible, ratio, g.arg)), new Dec(0));
}

/**
 * `totalNewOptions` one grant at a time, for a roster of a million cells:
 * no Decimal and no argument name per grant. Each grant's new options are
 * `newOptionsPerGrant`'s (rounded down per grant, Offer §1, Q7); the sum is
 * kept in a double while it is an exact integer (below 2^53) and in Decimal
 * beyond, so the total is exactly `totalNewOptions`'.
 */
export class NewOptionsTotal {
  private readonly perGrant: (eligible: number) => number;
  private small = 0;
  private large?: Dec;

  constructor(private readonly ratio: Dec) {
    this.perGrant = newOptionsPerGrant(ratio);
  }

  add(eligible: number, arg = "eligible"): void {
    if (!Number.isInteger(eligible) || eligible < 0) checkEligible(new Dec(eligible), arg); // the #NUM! saying why
    const n = this.perGrant(eligible);
    const sum = this.small + n;
    if (Number.isSafeInteger(n) && Number.isSafeInteger(sum)) {
      this.small = sum;
      return;
    }
    // beyond 2^53: the grant's exact Decimal result, and the sum so far moved to Decimal
    const exact = Number.isSafeInteger(n) ? new Dec(n) : newOptionsForGrant(new Dec(eligible), this.ratio);
    this.large = (this.large ?? new Dec(0)).plus(this.small).plus(exact);
    this.small = 0;
  }

  total(): Dec {
    return this.large ? this.large.plus(this.small) : new Dec(this.small);
  }
}

/**
 * The same as `newOptionsForGrant` for many grants of one ratio, as doubles:
 * floor(eligible × ratio) computed exactly in integers when the ratio has at
 * most 9 decimals and the product stays below 2^53 (a roster of a million
 * grants should not need a million Decimals), in Decimal otherwise. `eligible`
 * must already be a whole number ≥ 0.
 */
export function newOptionsPerGrant(ratio: Dec): (eligible: number) => number {
  checkRatio(ratio);
  const places = ratio.decimalPlaces();
  const scale = 10 ** places;
  const units = ratio.times(scale).toNumber(); // ratio = units / scale exactly
  const exactInts = places <= 9 && Number.isSafeInteger(units);
  return (eligible) => {
    const product = eligible * units;
    if (!exactInts || !Number.isSafeInteger(product)) return newOptionsForGrant(new Dec(eligible), ratio).toNumber();
    let q = Math.floor(product / scale);
    while (q * scale > product) q--; // products below 2^53: exact
    while ((q + 1) * scale <= product) q++;
    return q === 0 ? 0 : q; // eligible −0 (an Excel cell can hold it) gives −0 above: a count is never −0
  };
}
