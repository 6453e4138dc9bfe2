import { Dec, ZERO, maxDec, minDec } from "../core/decimal";
import { badNumber, badValue } from "../core/errors";
import { Day, formatIso, yearOf } from "../time/civil";
import { anniversary } from "../time/months";
import { checkNonNegative, checkPositive, checkWhole } from "./checks";

export const OPTION_TAX_TYPES = ["ISO", "NSO"] as const;
export type OptionTaxType = (typeof OPTION_TAX_TYPES)[number];

export interface TaxInput {
  type: OptionTaxType;
  shares: Dec;
  exercisePrice: Dec;
  grantDay: Day;
  exerciseDay: Day;
  fmvAtExercise: Dec;
  saleDay?: Day;
  salePrice?: Dec;
}

export interface TaxResult {
  /** Ordinary (compensation) income, total for `shares`. */
  ordinaryIncome: Dec;
  /** Capital gain (negative: a loss) on the sale; undefined without a sale. */
  capitalGain: Dec | undefined;
  /** Whether that gain is long-term; undefined without a sale. */
  longTerm: boolean | undefined;
  /** AMT adjustment (IRC §56(b)(3)) in the year of exercise. */
  amtAdjustment: Dec;
  /** ISO only, with a sale: whether the disposition is qualifying. */
  qualifying: boolean | undefined;
}

/** Strictly after `years` anniversaries of `from` (EDATE): "more than N years". */
const heldMoreThan = (from: Day, to: Day, years: number) => to > anniversary(from, years);

/**
 * U.S. federal income tax consequences of exercising `shares` options and
 * (optionally) selling the stock (Offer §13, following the Code where the
 * summary is incomplete; see docs/interpretations.md):
 * - NSO: ordinary income = spread at exercise (Offer §13; IRC §83); basis =
 *   exercise price + that income; gain on sale = sale − basis, long-term when
 *   held more than one year after exercise (Offer §13; IRC §1222).
 * - ISO: no income at exercise; AMT adjustment = spread at exercise (Offer §13;
 *   IRC §56(b)(3)), except when the stock is sold in a disqualifying
 *   disposition in the same calendar year (§56(b)(3), last sentence).
 *   Qualifying disposition: after the later of grant + 2 years and exercise +
 *   1 year (Offer §13; IRC §422(a)(1)): all gain is long-term capital gain.
 *   Disqualifying: ordinary income = the lesser of the spread at exercise and
 *   the gain on sale, never below 0 (IRC §422(c)(2), §421(b)); the Offer §13
 *   summary says "fair market value on the date of disposition over the
 *   exercise price" — the Code is followed here. The rest is capital gain.
 */
export function optionTax(x: TaxInput): TaxResult {
  checkWhole(x.shares, "shares");
  checkPositive(x.exercisePrice, "exercisePrice", "the exercise price");
  checkPositive(x.fmvAtExercise, "fmvAtExercise", "the fair market value at exercise");
  if (x.exerciseDay < x.grantDay)
    throw badNumber(["exerciseDate", "grantDate"], `${formatIso(x.exerciseDay)} is before the grant date ${formatIso(x.grantDay)}`);
  if (x.saleDay !== undefined && x.salePrice === undefined) throw badValue("salePrice", "a sale price is required when a sale date is given");
  if (x.saleDay === undefined && x.salePrice !== undefined) throw badValue("saleDate", "a sale date is required when a sale price is given");
  if (x.saleDay !== undefined && x.saleDay < x.exerciseDay)
    throw badNumber(["saleDate", "exerciseDate"], `${formatIso(x.saleDay)} is before the exercise date ${formatIso(x.exerciseDay)}`);
  if (x.salePrice !== undefined) checkNonNegative(x.salePrice, "salePrice", "the sale price");

  const spread = maxDec(x.fmvAtExercise.minus(x.exercisePrice), ZERO).times(x.shares);
  const cost = x.exercisePrice.times(x.shares);
  const sold = x.saleDay !== undefined && x.salePrice !== undefined;
  const proceeds = sold ? x.salePrice!.times(x.shares) : undefined;
  const longTerm = sold ? heldMoreThan(x.exerciseDay, x.saleDay!, 1) : undefined; // Offer §13: "more than one year following exercise"

  if (x.type === "NSO") {
    // Offer §13: the spread at exercise is compensation income; basis = price paid + that income.
    return {
      ordinaryIncome: spread,
      capitalGain: proceeds?.minus(cost.plus(spread)),
      longTerm,
      amtAdjustment: ZERO,
      qualifying: undefined,
    };
  }
  if (!sold) return { ordinaryIncome: ZERO, capitalGain: undefined, longTerm: undefined, amtAdjustment: spread, qualifying: undefined };

  // Offer §13; IRC §422(a)(1): after the later of two years from grant and one year from exercise.
  const qualifying = heldMoreThan(x.grantDay, x.saleDay!, 2) && heldMoreThan(x.exerciseDay, x.saleDay!, 1);
  const gain = proceeds!.minus(cost);
  if (qualifying) return { ordinaryIncome: ZERO, capitalGain: gain, longTerm, amtAdjustment: spread, qualifying };
  const ordinaryIncome = maxDec(minDec(spread, gain), ZERO); // IRC §422(c)(2), §421(b)
  const sameYear = yearOf(x.saleDay!) === yearOf(x.exerciseDay); // IRC §56(b)(3): no AMT adjustment then
  return {
    ordinaryIncome,
    capitalGain: gain.minus(ordinaryIncome),
    longTerm,
    amtAdjustment: sameYear ? ZERO : spread,
    qualifying,
  };
}
