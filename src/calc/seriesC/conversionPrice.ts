import { Dec } from "../core/decimal";
import { Day } from "../time/civil";
import { splitEventFactor } from "./antiDilution";
import { CorporateEvent } from "./events";
import { Adjustment, PriceHistory, PriceStep, replayEvents, replayPrices } from "./replay";
import { SeriesCTerms } from "./terms";
import { hasEffect } from "./eventTypes";

export type { Adjustment, PriceHistory, PriceStep };

/**
 * The Series C Conversion Price at the close of `asOf` and the audit trail
 * that led there (Cert §5(f), (g), (k), (l)). Events are checked and sorted by
 * `checkEvents`; an EXPIRE readjusts the price as if the expired rights had
 * issued only the shares actually issued, for the consideration actually
 * received (§5(k)(3)) — see replay.ts for how that is done without re-running
 * the whole history each time.
 */
export function priceHistory(t: SeriesCTerms, events: readonly CorporateEvent[], asOf: Day): PriceHistory {
  return replayEvents(t, events, asOf);
}

/** The certificate of adjustment alone (Cert §5(l)): `priceHistory`'s audit lines, without the states after each event. */
export function adjustmentsUntil(t: SeriesCTerms, events: readonly CorporateEvent[], asOf: Day): Adjustment[] {
  return replayEvents(t, events, asOf, false).adjustments;
}

export function conversionPrice(t: SeriesCTerms, events: readonly CorporateEvent[], asOf: Day): Dec {
  return priceHistory(t, events, asOf).price;
}

/**
 * The price in effect from each event date on, from one run over all events:
 * what a sheet asking for many dates against one events table needs. Equal to
 * `conversionPrice` for every date, since each step looks only at earlier events.
 */
export interface PriceTimeline {
  initial: Dec;
  /** Event dates in ascending order, one entry per date. */
  days: Day[];
  /** Price at the close of days[i]. */
  prices: Dec[];
}

export function priceTimeline(t: SeriesCTerms, events: readonly CorporateEvent[]): PriceTimeline {
  return { initial: t.initialConversionPrice, ...replayPrices(t, events) };
}

/** The timeline's price at the close of `day` (binary search). */
export function priceOn(timeline: PriceTimeline, day: Day): Dec {
  let lo = 0;
  let hi = timeline.days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (timeline.days[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? timeline.initial : timeline.prices[lo - 1];
}

/**
 * The §5(f)/(g) factor in effect at the close of each event date: the product
 * of the SPLIT and STOCKDIV factors so far, multiplied in the order the price
 * machinery multiplies them (so equal to its `splitFactor`). Nothing else
 * changes it, so no price replay is needed (the Market Threshold, Cert §12).
 */
export function splitFactorSteps(events: readonly CorporateEvent[]): { day: Day; factor: Dec }[] {
  const out: { day: Day; factor: Dec }[] = [];
  let factor = new Dec(1);
  for (const e of events) {
    if (!hasEffect(e.type, "scale")) continue;
    factor = factor.times(splitEventFactor(e));
    out.push({ day: e.day, factor });
  }
  return out;
}

/** Common shares per Series C share, dividends excluded (Cert §5(c)). */
export function conversionRate(t: SeriesCTerms, events: readonly CorporateEvent[], asOf: Day): Dec {
  return rateFromPrice(t, conversionPrice(t, events, asOf));
}

/** Cert §5(c): the Conversion Rate is $28 (term conversionNumerator) ÷ the Conversion Price. */
export function rateFromPrice(t: SeriesCTerms, price: Dec): Dec {
  return t.conversionNumerator.div(price);
}
