import { Dec, ZERO, maxDec, minDec } from "../core/decimal";
import { badNumber } from "../core/errors";
import { Day, yearOf } from "../time/civil";
import { checkPositive } from "./checks";
import { OptionExchangeTerms } from "./terms";
import { vestingSchedule } from "./vesting";

export const PRIOR_ISO_ARG = "priorIso";

/** A `year | value already first exercisable under earlier ISOs` row. */
export interface PriorIsoRow {
  row: number;
  year: number;
  value: Dec;
}

export interface IsoYear {
  year: number;
  /** Shares of the new option first exercisable in the year. */
  shares: Dec;
  /** Those shares at the exercise price (= fair market value at grant, Offer Q10). */
  value: Dec;
  isoShares: Dec;
  nsoShares: Dec;
}

export function checkPriorIso(rows: readonly PriorIsoRow[]): PriorIsoRow[] {
  return rows.map((r) => {
    if (!Number.isInteger(r.year) || r.year < 1900 || r.year > 9999)
      throw badNumber(PRIOR_ISO_ARG, `row ${r.row}: the year must be a whole number from 1900 to 9999, got ${r.year}`);
    if (!r.value.isFinite() || r.value.isNegative()) throw badNumber(PRIOR_ISO_ARG, `row ${r.row}: the value must be at least 0, got ${r.value.toString()}`);
    return r;
  });
}

/**
 * The $100,000 limit of IRC §422(d) (Offer §13 "Eligibility for Incentive
 * Stock Options"; term isoLimit): the value of stock for which ISOs first
 * become exercisable in a calendar year, valued at the grant-date fair market
 * value (here the exercise price: Offer Q10, §13) and counting options in the
 * order granted, may not exceed the limit; the excess is a nonqualified option.
 * Earlier ISOs (`prior`, several rows for one year add up) are counted first.
 * Per calendar year of first exercisability (the vest dates of the schedule,
 * Agreement §5A): ISO shares = the whole shares whose value fits in what is
 * left of the limit, floor(remaining / exercisePrice), at most the year's shares.
 */
export function isoSplit(t: OptionExchangeTerms, newShares: Dec, exercisePrice: Dec, grantDay: Day, prior: readonly PriorIsoRow[] = []): IsoYear[] {
  checkPositive(exercisePrice, "exercisePrice", "the exercise price");
  const used = new Map<number, Dec>();
  for (const r of checkPriorIso(prior)) used.set(r.year, (used.get(r.year) ?? ZERO).plus(r.value));
  const byYear = new Map<number, Dec>();
  for (const inst of vestingSchedule(t, newShares, grantDay)) {
    const year = yearOf(inst.day);
    byYear.set(year, (byYear.get(year) ?? ZERO).plus(inst.shares));
  }
  return [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, shares]) => {
      const remaining = maxDec(t.isoLimit.minus(used.get(year) ?? ZERO), ZERO); // IRC §422(d)(1): earlier grants first
      const isoShares = minDec(remaining.div(exercisePrice).floor(), shares);
      return { year, shares, value: shares.times(exercisePrice), isoShares, nsoShares: shares.minus(isoShares) };
    });
}
