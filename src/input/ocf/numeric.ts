import { Dec } from "../../calc/core/decimal";

/** OCF `Numeric`: fixed-point text, at most 10 decimals (vendor/ocf/schema/types/Numeric.schema.json). */
export const NUMERIC = /^[+-]?[0-9]+(\.[0-9]{1,10})?$/;

/** An OCF Numeric string as an exact Decimal (the schemas have already checked the form). */
export function fromNumeric(text: string): Dec {
  return new Dec(text.startsWith("+") ? text.slice(1) : text);
}

/**
 * A Decimal as an OCF Numeric string: plain digits, at most 10 decimals (half-up), no exponent,
 * no "-0". `what` names the quantity when a value is not finite.
 */
export function toNumeric(x: Dec, what: string): string {
  if (!x.isFinite()) throw new Error(`${what}: ${x.toString()} is not a number OCF can carry`);
  const r = x.toDecimalPlaces(10, Dec.ROUND_HALF_UP);
  const s = r.isZero() ? "0" : r.toFixed();
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
}
