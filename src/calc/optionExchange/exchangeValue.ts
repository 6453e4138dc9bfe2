import { Dec } from "../core/decimal";
import { blackScholes } from "./blackScholes";
import { checkWhole } from "./checks";
import { newOptionsForGrant } from "./newShares";

export interface ExchangeValueInput {
  oldShares: Dec;
  oldStrike: number;
  oldYears: number;
  newStrike: number;
  spot: number;
  rate: number;
  vol: number;
  newYears: number;
  ratio: Dec;
  divYield: number;
}

export interface ExchangeValue {
  /** Value of one old option and of one new option (Black–Scholes, doubles). */
  oldPerOption: number;
  newPerOption: number;
  oldValue: number;
  /** floor(oldShares × ratio), exact. */
  newOptions: Dec;
  newValue: number;
  /** ASC 718-20-35-3: the excess, if any, of the new grant's fair value over the old one's. */
  incremental: number;
  /** New options per old option at which the exchange is value for value; undefined when a new option is worth 0. */
  valueForValueRatio: number | undefined;
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
 * Option values are doubles (blackScholes.ts); the option counts are exact.
 */
export function exchangeValue(x: ExchangeValueInput): ExchangeValue {
  checkWhole(x.oldShares, "oldShares", "options");
  const common = { spot: x.spot, rate: x.rate, vol: x.vol, divYield: x.divYield, type: "CALL" as const };
  const names = { spot: "spot", rate: "rate", vol: "vol", divYield: "divYield" };
  const oldPer = blackScholes({ ...common, strike: x.oldStrike, years: x.oldYears }, { ...names, strike: "oldStrike", years: "oldYears" });
  const newPer = blackScholes({ ...common, strike: x.newStrike, years: x.newYears }, { ...names, strike: "newStrike", years: "newYears" });
  const newOptions = newOptionsForGrant(x.oldShares, x.ratio, "oldShares"); // Offer §1, Q7: per grant, rounded down
  const oldValue = x.oldShares.toNumber() * oldPer;
  const newValue = newOptions.toNumber() * newPer;
  const diff = newValue - oldValue;
  return {
    oldPerOption: oldPer,
    newPerOption: newPer,
    oldValue,
    newOptions,
    newValue,
    incremental: diff > 0 ? diff : 0,
    valueForValueRatio: newPer === 0 ? undefined : oldPer / newPer,
  };
}
