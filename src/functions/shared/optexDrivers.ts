import { Dec } from "../../calc/core/decimal";
import { Driver } from "./results";

/**
 * What makes a Black–Scholes value large (results.ts `Blame`): a call is
 * worth at most S·e^(−q·T), a put at most K·e^(−r·T), so the spot, the strike
 * and the growth factors e^(−r·T), e^(−q·T) — each charged to both of its
 * arguments, for it is their product that matters.
 */
export function blackScholesDrivers(
  x: { spot: number; strike: number; years: number; rate: number; divYield: number },
  names: { spot: string; strike: string; years: string; rate: string; divYield: string },
): Driver[] {
  // In Decimal (only when a result is too large): e^(−r·T) may be beyond a double.
  const discount = new Dec(x.rate).times(x.years).neg().exp();
  const carry = new Dec(x.divYield).times(x.years).neg().exp();
  return [
    [names.spot, x.spot],
    [names.strike, x.strike],
    [names.rate, discount],
    [names.years, discount],
    [names.divYield, carry],
    [names.years, carry],
  ];
}
