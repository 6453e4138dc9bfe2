import { Dec } from "../../calc/core/decimal";

/**
 * How the pane shows numbers: shares with thousands separators, money with $
 * and cents, per-share amounts with as many decimals as they need (up to 6,
 * at least 2; the pane says so once, above the results), rates as %.
 */

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** 1234567.891 → "1,234,567.891" with at most `maxDp` decimals (half-up) and at least `minDp`. */
export function formatNumber(x: Dec, maxDp = 6, minDp = 0): string {
  const rounded = x.toDecimalPlaces(maxDp, Dec.ROUND_HALF_UP);
  let text = rounded.abs().toFixed();
  const [i, fraction = ""] = text.split(".");
  let f = fraction;
  while (f.length < minDp) f += "0";
  text = group(i) + (f ? `.${f}` : "");
  return rounded.isNegative() && !rounded.isZero() ? `-${text}` : text;
}

/** Money: $ and cents (totals, values of grants, cash). */
export const formatMoney = (x: Dec): string => {
  const t = formatNumber(x, 2, 2);
  return t.startsWith("-") ? `-$${t.slice(1)}` : `$${t}`;
};
/** A per-share amount: $ with cents and up to 6 decimals where it needs them ($18.666667). */
export const formatPerShare = (x: Dec): string => {
  const t = formatNumber(x, 6, 2);
  return t.startsWith("-") ? `-$${t.slice(1)}` : `$${t}`;
};
/** Shares that can be fractional (conversion): up to 6 decimals. */
export const formatShares = (x: Dec): string => formatNumber(x, 6);

export const PER_SHARE_NOTE = "Per-share amounts show up to 6 decimal places; other amounts are rounded to the cent.";
