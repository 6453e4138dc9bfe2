import { Dec, ONE } from "../core/decimal";
import { notAvailable } from "../core/errors";
import { checkPositive } from "./checks";
import { checkRatio } from "./newShares";

/**
 * Stock price above which keeping an eligible option pays more at exercise
 * than the ratio × as many new options (Offer §1): for S above both strikes,
 * S − oldStrike > ratio × (S − newStrike) ⇔ S > (oldStrike − ratio × newStrike) / (1 − ratio).
 * When newStrike ≥ oldStrike the old option is never worse: no break-even (#N/A);
 * with ratio 1 and a lower new strike the new options are never worse (#N/A).
 */
export function breakevenPrice(oldStrike: Dec, newStrike: Dec, ratio: Dec): Dec {
  checkPositive(oldStrike, "oldStrike", "the old exercise price");
  checkPositive(newStrike, "newStrike", "the new exercise price");
  checkRatio(ratio);
  if (newStrike.gte(oldStrike)) {
    throw notAvailable(
      ["newStrike", "oldStrike"],
      `${newStrike.toString()} is not below the old exercise price ${oldStrike.toString()}: the old option is never worse, there is no break-even price`,
    );
  }
  if (ratio.eq(1))
    throw notAvailable(
      ["ratio", "newStrike"],
      "with a ratio of 1 and a lower new exercise price the new options are never worse: there is no break-even price",
    );
  return oldStrike.minus(ratio.times(newStrike)).div(ONE.minus(ratio));
}

/**
 * What `options` options at `strike` are worth on exercise at stock price
 * `price`: options × max(0, price − strike), the comparison behind the
 * break-even (an option below water is not exercised and is worth 0).
 */
export function exerciseValue(options: Dec, strike: Dec, price: Dec): Dec {
  const gain = price.minus(strike);
  return gain.gt(0) ? options.times(gain) : new Dec(0);
}
