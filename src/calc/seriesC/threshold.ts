import { Dec } from "../core/decimal";
import { badNumber, badValue } from "../core/errors";
import { Day, formatIso, weekday } from "../time/civil";
import { splitFactorSteps } from "./conversionPrice";
import { CorporateEvent } from "./events";
import { SeriesCTerms } from "./terms";

/** One row of the `prices` range: a trading day's closing price of the common. */
export interface ClosingPrice {
  /** 1-based row in the user's range, for messages. */
  row: number;
  day: Day;
  close: Dec;
}

export const PRICES_ARG = "prices";

const WEEKEND = ["Sunday", "", "", "", "", "", "Saturday"];

/**
 * Checks the rows and returns them in date order. Each row is a trading day
 * (Cert §12 "trading days"): a Saturday or Sunday, or a date given twice, is
 * #VALUE! naming the row.
 */
export function checkPrices(prices: readonly ClosingPrice[]): ClosingPrice[] {
  for (const p of prices) {
    const wd = weekday(p.day);
    if (wd === 0 || wd === 6)
      throw badValue(PRICES_ARG, `row ${p.row}: ${formatIso(p.day)} is a ${WEEKEND[wd]}, not a trading day; give one row per trading day`);
    if (p.close.lte(0)) throw badNumber(PRICES_ARG, `row ${p.row}: the closing price must be greater than 0, got ${p.close.toString()}`);
  }
  const sorted = [...prices].sort((x, y) => x.day - y.day || x.row - y.row);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].day === sorted[i - 1].day) {
      throw badValue(
        PRICES_ARG,
        `rows ${sorted[i - 1].row} and ${sorted[i].row} both give a closing price for ${formatIso(sorted[i].day)}; one row per trading day`,
      );
    }
  }
  return sorted;
}

export interface ThresholdDay {
  price: ClosingPrice;
  /** thresholdMultiple × LV, adjusted for common splits and stock dividends to that day. */
  threshold: Dec;
  above: boolean;
  /** Consecutive rows above the threshold ending with this one. */
  run: number;
}

/**
 * Cert §12 "Market Threshold": the closing price has exceeded (strictly)
 * 2.0 × the Series C Liquidation Value "as adjusted ... to take into account
 * stock splits, stock dividends and similar events" — the §5(f)/(g) factors
 * the conversion price engine applies. A price history as the exchange
 * printed it (term pricesSplitAdjusted FALSE) is on the share basis of its
 * own day: the threshold of a day counts the SPLIT/STOCKDIV events dated on
 * or before it (a SPLIT row carries the date from which closes are on the
 * new basis). A split-adjusted history (TRUE) is on today's basis
 * throughout: every day's threshold counts every event of the table.
 * Runs count rows in date order (the rows are the trading days).
 */
export function thresholdDays(t: SeriesCTerms, prices: readonly ClosingPrice[], events: readonly CorporateEvent[]): ThresholdDay[] {
  const sorted = checkPrices(prices);
  if (sorted.length === 0) return [];
  const base = t.thresholdMultiple.times(t.liquidationValue);
  const steps = splitFactorSteps(events);
  let k = 0;
  let factor = new Dec(1);
  if (t.pricesSplitAdjusted && steps.length > 0) {
    factor = steps[steps.length - 1].factor;
    k = steps.length;
  }
  let run = 0;
  return sorted.map((price) => {
    for (; k < steps.length && steps[k].day <= price.day; k++) factor = steps[k].factor;
    const threshold = base.times(factor);
    const above = price.close.gt(threshold); // "exceeded": strictly above
    run = above ? run + 1 : 0;
    return { price, threshold, above, run };
  });
}

/**
 * The window the run must end in (Cert §12: "ending within the sixty (60) day
 * period preceding the Threshold Notice"): from noticeDate − 60 days through
 * the day before the notice, both inclusive.
 */
export function thresholdWindow(t: SeriesCTerms, noticeDay: Day): { first: Day; last: Day } {
  return { first: noticeDay - t.thresholdWindowDays.toNumber(), last: noticeDay - 1 };
}

/** TRUE when a run of `thresholdDays` rows above the threshold ends within the window before the notice. */
export function marketThresholdMet(t: SeriesCTerms, prices: readonly ClosingPrice[], noticeDay: Day, events: readonly CorporateEvent[]): boolean {
  const needed = t.thresholdDays.toNumber();
  const { first, last } = thresholdWindow(t, noticeDay);
  return thresholdDays(t, prices, events).some((d) => d.run >= needed && d.price.day >= first && d.price.day <= last);
}

/**
 * "The first day as of which the Market Threshold has been achieved" (Cert
 * §5(b)(1)): the last (20th) day of the first run long enough; undefined if none.
 */
export function marketThresholdDate(t: SeriesCTerms, prices: readonly ClosingPrice[], events: readonly CorporateEvent[]): Day | undefined {
  const needed = t.thresholdDays.toNumber();
  return thresholdDays(t, prices, events).find((d) => d.run === needed)?.price.day;
}
