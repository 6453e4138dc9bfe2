import { Dec } from "./decimal";
import { Culprit, badNumber } from "./errors";

/**
 * Rates, yields and volatilities are fractions (0.05 = 5 %). A number far
 * above any plausible value is a whole percent typed without % — 90 for a
 * 90 % volatility, 5 for a 5 % rate — and computing with it would give a
 * plausible-looking wrong figure, so it is refused with what to type instead
 * (docs/conventions.md#percentages). Limits: a volatility above 5 (500 %), a
 * rate or yield whose absolute value is above 1 (100 %).
 */
export type PercentKind = "rate" | "volatility";

export const WHOLE_PERCENT_ABOVE: Record<PercentKind, number> = { rate: 1, volatility: 5 };

/** 90 → "9,000 %". */
export function percentText(x: Dec | number): string {
  return `${Number((Number(x) * 100).toPrecision(12)).toLocaleString("en-US", { maximumFractionDigits: 6 })} %`;
}

/** Whether `x` is beyond the limit for its kind (rates by absolute value). */
export function isWholePercent(x: Dec | number, kind: PercentKind): boolean {
  const d = new Dec(x);
  return d.isFinite() && (kind === "rate" ? d.abs() : d).gt(WHOLE_PERCENT_ABOVE[kind]);
}

/**
 * "90 is read as 9,000 %; type 90% or 0.9" — how `x` was read and what to type,
 * with `name` in front when given ("vol 90 is read as …"), and why it is refused.
 */
export function wholePercentDetail(x: Dec | number, kind: PercentKind, name?: string): string {
  const d = new Dec(x);
  const shown = d.toString();
  return `${name ? `${name} ` : ""}${shown} is read as ${percentText(d)}; type ${shown}% or ${d.div(100).toString()} (the limit is ${kind === "rate" ? "±100" : "500"} %)`;
}

/** #NUM! naming `arg` when `x` is beyond the limit for its kind. */
export function refuseWholePercent(x: Dec | number, kind: PercentKind, arg: Culprit, name: string): void {
  if (isWholePercent(x, kind)) throw badNumber(arg, wholePercentDetail(x, kind, name));
}
