import { Dec } from "../../calc/core/decimal";

/** OCF `Numeric`: fixed-point text, at most 10 decimals (vendor/ocf/schema/types/Numeric.schema.json). */
export const NUMERIC = /^[+-]?[0-9]+(\.[0-9]{1,10})?$/;

const memo = new Map<string, Dec>();

/**
 * An OCF Numeric string as an exact Decimal (the schemas have already checked the form). A
 * package repeats its prices and quantities: each text is parsed once (Decimals are immutable).
 */
export function fromNumeric(text: string): Dec {
  let d = memo.get(text);
  if (d === undefined) {
    d = new Dec(text.startsWith("+") ? text.slice(1) : text);
    if (memo.size >= 100_000) memo.clear();
    memo.set(text, d);
  }
  return d;
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
