import { Dec } from "../core/decimal";
import { Day } from "../time/civil";
import { PriceState, StepResult, dilutiveIssue, initialState, planOptionGrant, split, stockDividend } from "./antiDilution";
import { CorporateEvent, EventType } from "./events";
import { SeriesCTerms } from "./terms";

/** One line of the certificate of adjustment (Cert §5(l)). */
export interface Adjustment {
  row: number;
  day: Day;
  type: EventType;
  effectivePrice?: Dec;
  rule: string;
  before: Dec;
  after: Dec;
  note: string;
}

interface Issued {
  shares: Dec;
  consideration: Dec;
}

function step(t: SeriesCTerms, s: PriceState, e: CorporateEvent, issued: Issued | undefined): StepResult {
  const shares = issued?.shares ?? e.a;
  const consideration = issued?.consideration ?? e.b;
  switch (e.type) {
    case "SPLIT":
      return split(s, e.a);
    case "STOCKDIV":
      return stockDividend(s, e.a, e.b);
    case "EXEMPT":
      return { state: s, rule: "§5(k)(4) exempt", note: `${e.a.toString()} shares excluded from Additional Shares of Common Stock` };
    case "EXPIRE":
      return { state: s, rule: "", note: "" }; // handled by the replay in priceHistory
  }
  if (shares.isZero()) return { state: s, rule: "none", note: "no shares issued: no adjustment (§5(k)(3))" };
  if (e.type === "PLANOPTION") return planOptionGrant(t, s, e.day, shares, consideration, e.c, e.d);
  return dilutiveIssue(t, s, e.day, shares, consideration, e.c, e.d); // ISSUE; RIGHTS as a deemed issue (§5(k)(3))
}

/** State after replaying `events[0..end)` with the expirations known so far. */
function replay(t: SeriesCTerms, events: readonly CorporateEvent[], end: number, actual: Map<number, Issued>): PriceState {
  let s = initialState(t);
  for (let i = 0; i < end; i++) s = step(t, s, events[i], actual.get(events[i].row)).state;
  return s;
}

/** The machinery's state after the events of one date (for the split factor of §12 Market Threshold). */
export interface PriceStep {
  day: Day;
  state: PriceState;
}

export interface PriceHistory {
  price: Dec;
  adjustments: Adjustment[];
  /** State at the close of `asOf`. */
  state: PriceState;
  /** State after each applied event, in event order (several may share a date). */
  steps: PriceStep[];
}

/**
 * The Series C Conversion Price at the close of `asOf` and the audit trail
 * that led there. Events are checked and sorted by `checkEvents`; an EXPIRE
 * re-runs everything before it as if the expired rights had issued only the
 * shares actually issued, for the consideration actually received (§5(k)(3)).
 */
export function priceHistory(t: SeriesCTerms, events: readonly CorporateEvent[], asOf: Day): PriceHistory {
  let s = initialState(t);
  const actual = new Map<number, Issued>();
  const adjustments: Adjustment[] = [];
  const steps: PriceStep[] = [];
  events.forEach((e, i) => {
    if (e.day > asOf) return;
    const before = s.price;
    if (e.type === "EXPIRE") {
      actual.set(e.a.toNumber(), { shares: e.b, consideration: e.c });
      s = replay(t, events, i, actual);
      const note = `rights of row ${e.a.toString()} expired: replayed as ${e.b.toString()} shares for ${e.c.toString()}`;
      adjustments.push({ row: e.row, day: e.day, type: e.type, rule: "§5(k)(3) readjustment", before, after: s.price, note });
      steps.push({ day: e.day, state: s });
      return;
    }
    const r = step(t, s, e, actual.get(e.row));
    s = r.state;
    adjustments.push({ row: e.row, day: e.day, type: e.type, effectivePrice: r.effectivePrice, rule: r.rule, before, after: s.price, note: r.note });
    steps.push({ day: e.day, state: s });
  });
  return { price: s.price, adjustments, state: s, steps };
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
  const days: Day[] = [];
  const prices: Dec[] = [];
  for (const s of priceHistory(t, events, Infinity).steps) {
    if (days.length && days[days.length - 1] === s.day) prices[prices.length - 1] = s.state.price;
    else {
      days.push(s.day);
      prices.push(s.state.price);
    }
  }
  return { initial: t.initialConversionPrice, days, prices };
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

/** Common shares per Series C share, dividends excluded (Cert §5(c)). */
export function conversionRate(t: SeriesCTerms, events: readonly CorporateEvent[], asOf: Day): Dec {
  return rateFromPrice(t, conversionPrice(t, events, asOf));
}

/** Cert §5(c): the Conversion Rate is $28 (term conversionNumerator) ÷ the Conversion Price. */
export function rateFromPrice(t: SeriesCTerms, price: Dec): Dec {
  return t.conversionNumerator.div(price);
}
