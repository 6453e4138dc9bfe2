import { Dec, roundCents } from "../core/decimal";
import { badNumber } from "../core/errors";
import { refuseWholePercent } from "../core/percent";
import { checkNonNegative } from "./checks";

/**
 * Schedule TO cover, "Calculation of Filing Fee": the fee under Rule 0-11(b)
 * "equals 1/50th of one percent of the value of the transaction" (term feeRate
 * 0.0002), to the cent, half-up. $31,038,500 → $6,207.70 (the cover prints
 * $6,277.70, which is not 1/50 of 1% of the stated value; see docs/interpretations.md).
 */
export function filingFee(value: Dec, rate: Dec): Dec {
  checkNonNegative(value, "value", "the transaction value");
  if (!rate.isFinite() || rate.isNegative()) throw badNumber("rate", `the fee rate must be from 0 to 1, got ${rate.toString()}`);
  refuseWholePercent(rate, "rate", "rate", "rate"); // above 1: a whole percent typed without % (docs/conventions.md#percentages)
  return roundCents(value.times(rate));
}
