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
