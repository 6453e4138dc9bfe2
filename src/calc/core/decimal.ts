import DecimalBase from "decimal.js";

/**
 * The one Decimal constructor of the calculation module: 40 significant digits
 * (docs/conventions.md#numbers), half-up rounding. A private clone so that no
 * other code sharing decimal.js can change our precision.
 */
export const Dec = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export type Num = Dec | number | string;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

export function dec(x: Num): Dec {
  return x instanceof Dec ? x : new Dec(x);
}

export function maxDec(a: Dec, b: Dec): Dec {
  return a.gte(b) ? a : b;
}

export function minDec(a: Dec, b: Dec): Dec {
  return a.lte(b) ? a : b;
}

/** Cash is paid to the cent, half-up (Cert §5(n)). */
export function roundCents(x: Dec): Dec {
  return x.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}
