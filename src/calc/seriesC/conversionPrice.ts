import { Dec } from "../core/decimal";
import { Day } from "../time/civil";
import { initialState, splitEventFactor } from "./antiDilution";
import { CorporateEvent } from "./events";
import { Adjustment, PriceHistory, PriceStep, ReplayHistory, replayEvents } from "./replay";
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
  const whole = sharedReplay(t, events);
  const n = eventsUntil(events, asOf);
  if (n === events.length) return whole.history;
  const h = whole.history;
  const state = n === 0 ? initialState(t) : h.stateAfter(n - 1);
  return { price: state.price, adjustments: h.adjustments.slice(0, n), state, steps: h.steps.slice(0, n) };
}

/** The certificate of adjustment alone (Cert §5(l)): `priceHistory`'s audit lines. */
export function adjustmentsUntil(t: SeriesCTerms, events: readonly CorporateEvent[], asOf: Day): Adjustment[] {
  const h = sharedReplay(t, events).history;
  const n = eventsUntil(events, asOf);
  return n === events.length ? h.adjustments : h.adjustments.slice(0, n);
}

export function conversionPrice(t: SeriesCTerms, events: readonly CorporateEvent[], asOf: Day): Dec {
  return priceOn(priceTimeline(t, events), asOf);
}

/** How many events are on or before `asOf` (events come sorted by date, checkEvents). */
function eventsUntil(events: readonly CorporateEvent[], asOf: Day): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid].day <= asOf) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One replay per events table and terms, shared by every function that asks
 * about them (price, rate, liquidation, conversion, votes, redemption, exit,
 * the certificate of adjustment, the pane): the whole table is replayed once
 * and any as-of date is a prefix of that history — each event looks only at
 * earlier ones, so the history up to a date is the replay of the events up to
 * it (replay.ts). A table is recognised by identity: the adapters keep one
 * checked array per content (functions/shared/seriesCInputs.ts), and the
 * entry keeps a copy of the array's elements, so an array changed in place is
 * replayed again, never answered from a stale history.
 */
interface SharedReplay {
  events: readonly CorporateEvent[];
  /** The elements replayed, compared by identity on every lookup. */
  elements: readonly CorporateEvent[];
  termsKey: string;
  history: ReplayHistory;
  timeline?: PriceTimeline;
}

/** Bounded: at most this many tables and this many event rows in all (a replay keeps 130–400 bytes per row, its audit lines read: 20 MB at most). */
const SHARED_TABLES = 16;
const SHARED_ROWS = 50_000;
const shared = new Map<readonly CorporateEvent[], SharedReplay>(); // insertion order = least recently used first
let sharedRows = 0;

function sharedReplay(t: SeriesCTerms, events: readonly CorporateEvent[]): SharedReplay {
  const hit = shared.get(events);
  if (hit && hit.termsKey === t.cacheKey && sameElements(hit.elements, events)) {
    shared.delete(events); // refresh recency
    shared.set(events, hit);
    return hit;
  }
  if (hit) forget(events, hit);
  const last = events.length ? events[events.length - 1].day : t.issueDate;
  const entry: SharedReplay = { events, elements: events.slice(), termsKey: t.cacheKey, history: replayEvents(t, events, last) };
  if (events.length > SHARED_ROWS) return entry; // too large to keep
  while (shared.size > 0 && (shared.size >= SHARED_TABLES || sharedRows + events.length > SHARED_ROWS)) {
    const [oldest, old] = shared.entries().next().value as [readonly CorporateEvent[], SharedReplay];
    forget(oldest, old);
  }
  shared.set(events, entry);
  sharedRows += events.length;
  return entry;
}

function forget(events: readonly CorporateEvent[], entry: SharedReplay): void {
  shared.delete(events);
  sharedRows -= entry.elements.length;
}

function sameElements(a: readonly CorporateEvent[], b: readonly CorporateEvent[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The price in effect from each event date on, from one run over all events:
 * what a sheet asking for many dates against one events table needs. Equal to
 * `conversionPrice` for every date, since each step looks only at earlier events.
 */
export interface PriceTimeline {
  initial: Dec;
  /** The events, sorted by date (checkEvents), and their history: the price at the close of a day is the one after its last event. */
  events: readonly CorporateEvent[];
  history: ReplayHistory;
}

export function priceTimeline(t: SeriesCTerms, events: readonly CorporateEvent[]): PriceTimeline {
  const whole = sharedReplay(t, events);
  return (whole.timeline ??= { initial: t.initialConversionPrice, events, history: whole.history });
}

/** The timeline's price at the close of `day` (its Decimal made when read, replay.ts). */
export function priceOn(timeline: PriceTimeline, day: Day): Dec {
  const n = eventsUntil(timeline.events, day);
  return n === 0 ? timeline.initial : timeline.history.priceAfter(n - 1);
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
