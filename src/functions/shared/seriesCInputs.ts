import { PriceTimeline, priceTimeline } from "../../calc/seriesC/conversionPrice";
import { CorporateEvent, checkEvents } from "../../calc/seriesC/events";
import { SeriesCTerms, seriesCTerms } from "../../calc/seriesC/terms";
import { termOverrides } from "../../input/tables";
import { eventsArg } from "../../input/seriesCTables";
import { ContentCache, contentKey } from "./memo";

/** Series C table arguments, read once per content: terms, checked events and the price timeline. */

const termsCache = new ContentCache<SeriesCTerms>(64);

export function seriesCTermsArg(v: unknown): SeriesCTerms {
  if (v === null || v === undefined) return seriesCTerms();
  return termsCache.get(contentKey(v), () => seriesCTerms(termOverrides(v)));
}

const eventsCache = new ContentCache<CorporateEvent[]>(128);
const timelineCache = new ContentCache<PriceTimeline>(128);

/** The events table read and checked against the terms (cached by content). */
export function checkedEventsArg(v: unknown, t: SeriesCTerms): readonly CorporateEvent[] {
  if (v === null || v === undefined) return [];
  return eventsCache.get(contentKey(t.cacheKey, v), () => checkEvents(t, eventsArg(v)));
}

/** The conversion price timeline of an events table (cached by content). */
export function priceTimelineArg(v: unknown, t: SeriesCTerms): PriceTimeline {
  return timelineCache.get(contentKey(t.cacheKey, v ?? null), () => priceTimeline(t, checkedEventsArg(v, t)));
}
