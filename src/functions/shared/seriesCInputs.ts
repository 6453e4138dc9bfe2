import { PriceTimeline, priceTimeline } from "../../calc/seriesC/conversionPrice";
import { CorporateEvent, checkEvents } from "../../calc/seriesC/events";
import { SeriesCTerms, seriesCTerms } from "../../calc/seriesC/terms";
import { termOverrides } from "../../input/tables";
import { NumberRule, requiredDay } from "../../input/values";
import { requireOnOrAfterIssue } from "../../calc/seriesC/keyDates";
import { Day } from "../../calc/time/civil";
import { eventsArg } from "../../input/seriesCTables";
import { ContentCache, ContentKey, contentKey } from "./memo";

/** The `fmv` argument of SERIESC_CONVSHARES, SERIESC_REDEMPTION and SERIESC_SALE: the common stock's Fair Market Value, above 0. */
export const FMV_RULE: NumberRule = { min: 0, minExclusive: true, what: "common stock Fair Market Value per share" };

/** The `asOf` argument of the dividend and conversion price functions: a date on or after the terms' Original Issue Date. */
export function asOfArg(asOf: unknown, t: SeriesCTerms): Day {
  const day = requiredDay(asOf, "asOf");
  requireOnOrAfterIssue(t, day, "asOf");
  return day;
}

/** Series C table arguments, read once per content: terms, checked events and the price timeline. */

const termsCache = new ContentCache<SeriesCTerms>(64);

export function seriesCTermsArg(v: unknown): SeriesCTerms {
  if (v === null || v === undefined) return seriesCTerms();
  return termsCache.get(contentKey(v), () => seriesCTerms(termOverrides(v)));
}

// Bounded by rows as well as by tables: 200,000 event rows in all.
const eventsCache = new ContentCache<CorporateEvent[]>(128, (events) => events.length, 200_000);
const timelineCache = new ContentCache<PriceTimeline>(128, (timeline) => timeline.events.length, 200_000);

/** The events table read and checked against the terms (cached by content). */
export function checkedEventsArg(v: unknown, t: SeriesCTerms): readonly CorporateEvent[] {
  if (v === null || v === undefined) return [];
  return checkedEvents(v, t, contentKey(t.cacheKey, v));
}

function checkedEvents(v: unknown, t: SeriesCTerms, key: ContentKey): CorporateEvent[] {
  return eventsCache.get(key, () => checkEvents(t, eventsArg(v)));
}

/** The conversion price timeline of an events table (cached by content; one key for both caches). */
export function priceTimelineArg(v: unknown, t: SeriesCTerms): PriceTimeline {
  const key = contentKey(t.cacheKey, v ?? null);
  return timelineCache.get(key, () => priceTimeline(t, v === null || v === undefined ? [] : checkedEvents(v, t, key)));
}
