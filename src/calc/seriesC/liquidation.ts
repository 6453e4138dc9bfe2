import { Dec, ZERO } from "../core/decimal";
import { badNumber } from "../core/errors";
import { Day } from "../time/civil";
import { ConversionBasis, ConversionPerShare, conversionAt, conversionBasis } from "./conversion";
import { CorporateEvent } from "./events";
import { extinguishEnd, firstAnniversary, requireOnOrAfterIssue } from "./keyDates";
import { Payment } from "./payments";
import { PreferenceValue, liquidationValuePlusDividends } from "./preference";
import { SeriesCTerms } from "./terms";

export interface LiquidationInput {
  /** Date of the liquidation, dissolution, winding up or deemed-liquidation Sale of the Company. */
  day: Day;
  /** Per-common-share proceeds (≥ 0): what one share of common receives. */
  commonValue: Dec;
  events: readonly CorporateEvent[];
  payments: readonly Payment[];
}

export interface LiquidationPreference {
  /** max(A, B) per Series C share (Cert §4(a)). */
  perShare: Dec;
  /** §4(a)(i): LV + max(Minimum Dividend Amount, accrued), after extinguishment. */
  valueA: Dec;
  /** §4(a)(ii): as-converted value, dividends paid in shares as §5(e), after extinguishment, within the §5(k)(6) cap. */
  valueB: Dec;
  applies: "A" | "B";
  /** Dividends extinguished under the alternative that applies (per share). */
  extinguished: Dec;
  qualifiedReturn: Dec;
  /** The day the §4(a)(ii) conversion is deemed to happen (the first anniversary for earlier events). */
  conversionDay: Day;
  preference: PreferenceValue;
  /** Undefined when commonValue is 0 (nothing to convert into: B = 0). */
  conversion?: ConversionPerShare;
}

/**
 * Cert §4(a) proviso: an event before the first anniversary of the Original
 * Issue Date is valued as a conversion deemed to occur on that anniversary.
 */
export function deemedConversionDay(t: SeriesCTerms, day: Day): Day {
  const first = firstAnniversary(t);
  return day < first ? first : day;
}

/** The §4(a)(ii) deemed conversion, everything but the common's value. */
export interface DeemedConversion {
  /** The day the conversion is deemed to happen (the first anniversary for earlier events). */
  conversionDay: Day;
  /** The liquidation is on or before the 30-month anniversary (§4(a) extinguishment window). */
  early: boolean;
  /** Price, rate, dividends and Qualified Return of the conversion (kind SALE, §5(e)(B)). */
  basis: ConversionBasis;
}

/**
 * Cert §4(a)(ii): what one share would receive "if ... converted ...
 * immediately prior to such event", dividends "assumed to have been paid ...
 * in the manner provided for in Section 5(e)", the Qualified Return cap being
 * §5(e)(B)'s (kind SALE). An event before the first anniversary is valued as a
 * conversion on that anniversary, but only with what happened up to the event
 * itself: events and dividend payments dated after the liquidation never
 * happen (docs/interpretations.md), so the conversion price is the one in
 * effect at the event and `commonValue` is per common share outstanding then.
 */
export function deemedConversion(t: SeriesCTerms, day: Day, events: readonly CorporateEvent[], payments: readonly Payment[]): DeemedConversion {
  const conversionDay = deemedConversionDay(t, day);
  // The extinguishment window is the liquidation's own date (§4(a)(i) "such liquidation ... occurs on or before").
  const early = day <= extinguishEnd(t);
  const paid = conversionDay > day ? payments.filter((p) => p.day <= day) : payments;
  const basis = conversionBasis(t, conversionDay, "SALE", events, paid, { early, priceDay: day });
  return { conversionDay, early, basis };
}

/** Per-share amount a Series C holder is entitled to on a liquidation (Cert §4(a)). */
export function liquidationPreference(t: SeriesCTerms, input: LiquidationInput): LiquidationPreference {
  const { day, commonValue, events, payments } = input;
  requireOnOrAfterIssue(t, day, "eventDate");
  if (commonValue.isNegative()) throw badNumber("commonValue", `the per-share proceeds of the common stock must be 0 or more, got ${commonValue.toString()}`);
  const { conversionDay, early, basis } = deemedConversion(t, day, events, payments);
  const preference = liquidationValuePlusDividends(t, day, payments, early); // §4(a)(i)
  let valueB = ZERO;
  let conversion: ConversionPerShare | undefined;
  if (commonValue.gt(0)) {
    // §4(a)(ii): dividends paid in shares as §5(e), commonValue as the FMV; only the shares
    // a conversion "pursuant to Section 5" can deliver, so within the §5(k)(6) cap.
    conversion = conversionAt(basis, commonValue);
    valueB = conversion.issuableShares.times(commonValue);
  }
  const applies = preference.value.gte(valueB) ? "A" : "B";
  return {
    perShare: applies === "A" ? preference.value : valueB,
    valueA: preference.value,
    valueB,
    applies,
    extinguished: applies === "A" ? preference.extinguished : (conversion as ConversionPerShare).extinguished,
    qualifiedReturn: preference.qualifiedReturn,
    conversionDay,
    preference,
    conversion,
  };
}
