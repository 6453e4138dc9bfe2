import { Dec, ZERO, maxDec, minDec } from "../core/decimal";
import { Day } from "../time/civil";
import { ratchetEnd } from "./keyDates";
import { SeriesCTerms } from "./terms";

/** What the adjustment machinery carries from one event to the next. */
export interface PriceState {
  price: Dec;
  /** Product of the §5(f)/(g) factors applied so far (1 = none). */
  splitFactor: Dec;
  /** Stock Option Plan options granted so far (§5(k)(4)(B) cap). */
  planOptions: Dec;
  /** FMV of shares and options issued before the 18-month anniversary (§5(k)(4)(E)). */
  carveOutValue: Dec;
}

export interface StepResult {
  state: PriceState;
  rule: string;
  note: string;
  effectivePrice?: Dec;
}

export function initialState(t: SeriesCTerms): PriceState {
  return { price: t.initialConversionPrice, splitFactor: new Dec(1), planOptions: ZERO, carveOutValue: ZERO };
}

/**
 * The floor no price-based adjustment goes below: the Liquidation Value
 * (Cert §5(k)(1), (5)), scaled like the price by splits and stock dividends
 * unless term floorAdjustedForSplits is FALSE (docs/interpretations.md).
 */
export function priceFloor(t: SeriesCTerms, s: PriceState): Dec {
  return t.floorAdjustedForSplits ? t.liquidationValue.times(s.splitFactor) : t.liquidationValue;
}

/** §5(f): a subdivision (ratio > 1) lowers the price, a combination raises it. */
export function split(s: PriceState, ratio: Dec): StepResult {
  const factor = new Dec(1).div(ratio);
  const rule = ratio.gte(1) ? "§5(f) subdivision" : "§5(f) combination";
  return {
    state: { ...s, price: s.price.times(factor), splitFactor: s.splitFactor.times(factor) },
    rule,
    note: `price × 1/${ratio.toString()}`,
  };
}

/** §5(g): price × outstanding / (outstanding + dividend shares). */
export function stockDividend(s: PriceState, outstanding: Dec, dividendShares: Dec): StepResult {
  const factor = outstanding.div(outstanding.plus(dividendShares));
  return {
    state: { ...s, price: s.price.times(factor), splitFactor: s.splitFactor.times(factor) },
    rule: "§5(g) stock dividend",
    note: `price × ${outstanding.toString()}/(${outstanding.toString()} + ${dividendShares.toString()})`,
  };
}

/**
 * An issue (or deemed issue, §5(k)(3)) of Additional Shares of Common Stock:
 * `shares` for `consideration`, with `outstanding` deemed outstanding before.
 */
export function dilutiveIssue(
  t: SeriesCTerms,
  s: PriceState,
  day: Day,
  shares: Dec,
  consideration: Dec,
  outstanding: Dec,
  fmvPerShare: Dec | undefined,
): StepResult {
  const effectivePrice = consideration.div(shares); // §5(k)(4) Effective Price
  const beforeRatchetEnd = day < ratchetEnd(t);
  // §5(k)(4)(E): issues before the 18-month anniversary count toward the $5.0M carve-out.
  const carveOutValue = beforeRatchetEnd && fmvPerShare ? s.carveOutValue.plus(shares.times(fmvPerShare)) : s.carveOutValue;
  const state = { ...s, carveOutValue };
  if (effectivePrice.gte(s.price)) {
    return { state, rule: "none", note: "effective price not below the conversion price (§5(k)(1))", effectivePrice };
  }
  const weighted = s.price.times(outstanding).plus(consideration).div(outstanding.plus(shares)); // §5(k)(1)
  const carvedOut = beforeRatchetEnd && fmvPerShare !== undefined && carveOutValue.lte(t.ratchetExemptValue);
  const ratchet = beforeRatchetEnd && !carvedOut; // §5(k)(5)
  const candidate = ratchet ? minDec(weighted, effectivePrice) : weighted;
  const floor = priceFloor(t, s);
  const price = minDec(s.price, maxDec(floor, candidate)); // never up, never below the floor
  const rule = ratchet ? "§5(k)(5) full ratchet" : "§5(k)(1) weighted average";
  const notes: string[] = [];
  if (carvedOut) notes.push("within the §5(k)(4)(E) carve-out: weighted average only");
  if (beforeRatchetEnd && fmvPerShare === undefined) notes.push("no FMV given: not exempt from the full ratchet");
  if (floor.gt(candidate)) notes.push(price.eq(s.price) ? "floor (Liquidation Value) binds: no reduction" : "limited by the floor (Liquidation Value)");
  return { state: { ...state, price }, rule, note: notes.join("; "), effectivePrice };
}

/**
 * §5(k)(4)(B): options under the Stock Option Plan are exempt up to the cap;
 * the excess is a deemed issue with the consideration pro rata.
 */
export function planOptionGrant(
  t: SeriesCTerms,
  s: PriceState,
  day: Day,
  shares: Dec,
  consideration: Dec,
  outstanding: Dec,
  fmvPerShare: Dec | undefined,
): StepResult {
  const before = s.planOptions;
  const after = before.plus(shares);
  const excess = maxDec(ZERO, after.minus(t.planOptionCap)).minus(maxDec(ZERO, before.minus(t.planOptionCap)));
  const state = { ...s, planOptions: after };
  if (excess.lte(0)) {
    return { state, rule: "§5(k)(4)(B) exempt", note: `plan options ${after.toString()} within the cap of ${t.planOptionCap.toString()}` };
  }
  const step = dilutiveIssue(t, state, day, excess, consideration.times(excess).div(shares), outstanding, fmvPerShare);
  const note = `${excess.toString()} options above the plan cap treated as rights (§5(k)(3))`;
  return { ...step, note: step.note ? `${note}; ${step.note}` : note };
}
