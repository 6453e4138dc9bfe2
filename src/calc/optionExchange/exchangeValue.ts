import { Dec, ZERO, maxDec } from "../core/decimal";
import { blackScholes } from "./blackScholes";
import { checkWhole } from "./checks";
import { newOptionsForGrant } from "./newShares";

export interface ExchangeValueInput {
  oldShares: Dec;
  oldStrike: Dec;
  oldYears: Dec;
  newStrike: Dec;
  spot: Dec;
  rate: Dec;
  vol: Dec;
  newYears: Dec;
  ratio: Dec;
  divYield: Dec;
}

export interface ExchangeValue {
  oldValue: Dec;
  newOptions: Dec;
  newValue: Dec;
  /** ASC 718-20-35-3: the excess, if any, of the new grant's fair value over the old one's. */
  incremental: Dec;
  /** New options per old option at which the exchange is value for value; undefined when a new option is worth 0. */
  valueForValueRatio: Dec | undefined;
}

/**
 * Values the exchange of one eligible grant (Offer §1; Black–Scholes as on the
 * Schedule TO cover): the old grant (oldShares calls at oldStrike, oldYears
 * left) against the new one (floor(oldShares × ratio) calls at newStrike,
 * newYears — 10 by default, Agreement §5G). The incremental value is the
 * modification's incremental fair value: new − old, floored at 0 (ASC 718's
 * "excess, if any"). The value-for-value ratio is the number of new options
 * per old option that would make both grants equally valuable:
 * old value per option / new value per option (compare with the 0.75 offered).
 */
export function exchangeValue(x: ExchangeValueInput): ExchangeValue {
  checkWhole(x.oldShares, "oldShares", "options");
  const common = { spot: x.spot, rate: x.rate, vol: x.vol, divYield: x.divYield, type: "CALL" as const };
  const names = { spot: "spot", rate: "rate", vol: "vol", divYield: "divYield" };
  const oldPer = blackScholes({ ...common, strike: x.oldStrike, years: x.oldYears }, { ...names, strike: "oldStrike", years: "oldYears" });
  const newPer = blackScholes({ ...common, strike: x.newStrike, years: x.newYears }, { ...names, strike: "newStrike", years: "newYears" });
  const newOptions = newOptionsForGrant(x.oldShares, x.ratio, "oldShares"); // Offer §1, Q7: per grant, rounded down
  const oldValue = x.oldShares.times(oldPer);
  const newValue = newOptions.times(newPer);
  return {
    oldValue,
    newOptions,
    newValue,
    incremental: maxDec(newValue.minus(oldValue), ZERO),
    valueForValueRatio: newPer.isZero() ? undefined : oldPer.div(newPer),
  };
}
