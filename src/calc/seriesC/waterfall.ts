import { Dec, ZERO, minDec } from "../core/decimal";
import { badNumber, badValue } from "../core/errors";

/** One class on a parity with the Series C in liquidation (Cert §4(a) "Parity Preferred"), aggregate amounts. */
export interface Claim {
  row: number;
  name: string;
  /** Accrued Dividend Amounts of the class (aggregate). */
  dividends: Dec;
  /** Full preferential amount excluding accrued dividends (aggregate). */
  preference: Dec;
}

export interface ClaimPayout {
  name: string;
  dividendsPaid: Dec;
  preferencePaid: Dec;
  totalPaid: Dec;
  shortfall: Dec;
}

export const CLAIMS_ARG = "claims";

/**
 * Splits `amount` across `weights` in proportion, so that the parts add up to
 * `amount` exactly: part k is the difference of the cumulative shares
 * amount × W(≤k) / W (to 24 decimal places), and the last cumulative share is
 * `amount` itself, so the parts telescope to it.
 */
function ratably(amount: Dec, weights: readonly Dec[]): Dec[] {
  const total = weights.reduce((s, w) => s.plus(w), ZERO);
  if (total.isZero()) return weights.map(() => ZERO);
  const parts: Dec[] = [];
  let cumWeight = ZERO;
  let previous = ZERO;
  let lastNonZero = -1;
  weights.forEach((w, i) => {
    if (!w.isZero()) lastNonZero = i;
  });
  weights.forEach((w, i) => {
    cumWeight = cumWeight.plus(w);
    // 24 decimal places keep every cumulative share and every difference exact in 40 digits.
    const cum = i >= lastNonZero ? amount : amount.times(cumWeight).div(total).toDecimalPlaces(24, Dec.ROUND_HALF_UP);
    parts.push(cum.minus(previous));
    previous = cum;
  });
  return parts;
}

/**
 * Cert §4(a), insufficient assets: the assets go (A) first to the Accrued
 * Dividend Amounts of the Series C and the Parity Preferred, ratably in
 * proportion to each one's dividend claim, then (B) to the preferential
 * amounts excluding dividends, ratably in proportion to those amounts. Every
 * row is one parity class; senior claims are assumed paid and juniors come
 * after. The total paid is min(assets, total claims), exactly.
 */
export function liquidationWaterfall(assets: Dec, claims: readonly Claim[]): ClaimPayout[] {
  if (assets.isNegative()) throw badNumber("assets", `the assets available must be 0 or more, got ${assets.toString()}`);
  if (claims.length === 0) throw badValue(CLAIMS_ARG, "at least one row of name | accrued dividend claim | preference claim excluding dividends is required");
  for (const c of claims) {
    if (c.dividends.isNegative()) throw badNumber(CLAIMS_ARG, `row ${c.row}: the accrued dividend claim must be 0 or more, got ${c.dividends.toString()}`);
    if (c.preference.isNegative()) throw badNumber(CLAIMS_ARG, `row ${c.row}: the preference claim must be 0 or more, got ${c.preference.toString()}`);
  }
  const totalDividends = claims.reduce((s, c) => s.plus(c.dividends), ZERO);
  const totalPreference = claims.reduce((s, c) => s.plus(c.preference), ZERO);
  const forDividends = minDec(assets, totalDividends); // (A)
  const forPreference = minDec(assets.minus(forDividends), totalPreference); // (B), after (A) is satisfied in full
  const dividendsPaid = forDividends.eq(totalDividends)
    ? claims.map((c) => c.dividends)
    : ratably(
        forDividends,
        claims.map((c) => c.dividends),
      );
  const preferencePaid = forPreference.eq(totalPreference)
    ? claims.map((c) => c.preference)
    : ratably(
        forPreference,
        claims.map((c) => c.preference),
      );
  return claims.map((c, i) => {
    const totalPaid = dividendsPaid[i].plus(preferencePaid[i]);
    return {
      name: c.name,
      dividendsPaid: dividendsPaid[i],
      preferencePaid: preferencePaid[i],
      totalPaid,
      shortfall: c.dividends.plus(c.preference).minus(totalPaid),
    };
  });
}
