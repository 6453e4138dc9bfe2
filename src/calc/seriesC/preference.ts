import { Dec, ZERO, maxDec, minDec } from "../core/decimal";
import { Day } from "../time/civil";
import { qualifiedReturn } from "./conversion";
import { dividendEntitlement } from "./dividends";
import { extinguishEnd } from "./keyDates";
import { Payment } from "./payments";
import { SeriesCTerms } from "./terms";

/**
 * The "Liquidation Value plus dividends" alternative that §4(a)(i) and
 * §6(a)(A) share: LV + the greater of the Minimum Dividend Amount and the
 * accrued unpaid dividends, less the dividends extinguished on or before the
 * 30-month anniversary to the extent they would lift the amount above the
 * Qualified Return (Cert §4(a) proviso, §6(a)(A)(x)-(y)).
 */
export interface PreferenceValue {
  /** LV + dividends payable, per share. */
  value: Dec;
  /** max(accrued, remaining Minimum Dividend Amount) before any extinguishment. */
  entitlement: Dec;
  /** Dividends extinguished by the Qualified Return test (0 after the window). */
  extinguished: Dec;
  qualifiedReturn: Dec;
}

export function liquidationValuePlusDividends(t: SeriesCTerms, day: Day, payments: readonly Payment[], early = day <= extinguishEnd(t)): PreferenceValue {
  const entitlement = dividendEntitlement(t, day, payments); // Cert §4(a)(i)(x)-(y)
  const qr = qualifiedReturn(t, day, payments); // Cert §4(a): 2.0 × LV + Minimum Dividend Amount
  // Only dividends are extinguished, never the Liquidation Value itself, and
  // only "to the extent" the total would exceed the Qualified Return.
  const extinguished = early ? minDec(entitlement, maxDec(ZERO, t.liquidationValue.plus(entitlement).minus(qr))) : ZERO;
  return { value: t.liquidationValue.plus(entitlement).minus(extinguished), entitlement, extinguished, qualifiedReturn: qr };
}
