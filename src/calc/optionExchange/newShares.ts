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
