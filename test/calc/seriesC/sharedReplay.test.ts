import { Dec } from "../../../src/calc/core/decimal";
import * as replay from "../../../src/calc/seriesC/replay";
import { adjustmentsUntil, conversionPrice, priceHistory, priceOn, priceTimeline } from "../../../src/calc/seriesC/conversionPrice";
import { conversionPerShare } from "../../../src/calc/seriesC/conversion";
import { EventInput } from "../../../src/calc/seriesC/events";
import { liquidationPreference } from "../../../src/calc/seriesC/liquidation";
import { redemptionPrice } from "../../../src/calc/seriesC/redemption";
import { votes } from "../../../src/calc/seriesC/votes";
import { D, events, withTerms } from "./helpers";
import { TOLERANCE, differenceFromExact, exactPriceHistory } from "./exactReplay";
import { Rational } from "../../support/rational";
import { SeriesCTerms } from "../../../src/calc/seriesC/terms";
import { CorporateEvent } from "../../../src/calc/seriesC/events";

/**
 * One replay per events table and terms (conversionPrice.ts `sharedReplay`):
 * every function asking about the same checked table reads the one history,
 * and the history up to any date is the literal replay's up to that date
 * (evaluated exactly, exactReplay.ts: to 1e-30).
 */

/** The exact price of the literal replay up to `day` (exactReplay.ts), and whether `price` is within 1e-30 of it. */
const exactly = (terms: SeriesCTerms, ev: readonly CorporateEvent[], day: number, price: Dec): boolean =>
  exactPriceHistory(terms, ev, day).price.near(Rational.of(price), TOLERANCE);

type Row = Omit<EventInput, "row">;
const M = 1_000_000;
const t = withTerms({ initialConversionPrice: 40, floorAdjustedForSplits: true }); // the scaled floor, so that issues after the split still adjust the price
const rows: Row[] = [
  { day: D(2000, 3, 1), type: "RIGHTS", a: 1 * M, b: 30 * M, c: 50 * M },
  { day: D(2000, 8, 29), type: "SPLIT", a: 1.5 },
  { day: D(2002, 2, 1), type: "ISSUE", a: 2 * M, b: 40 * M, c: 80 * M },
  { day: D(2003, 5, 1), type: "EXPIRE", a: 1, b: 250_000, c: 7.5 * M },
  { day: D(2004, 1, 5), type: "PLANOPTION", a: 6 * M, b: 60 * M, c: 90 * M },
];

describe("one shared replay per events table", () => {
  test("price, history, certificate, liquidation, conversion, votes and redemption on one table replay it once", () => {
    const ev = events(t, rows);
    const spy = jest.spyOn(replay, "replayEvents");
    try {
      const days = [D(1999, 12, 30), D(2000, 3, 1), D(2002, 6, 1), D(2003, 5, 1), D(2005, 1, 1)];
      for (const day of days) {
        conversionPrice(t, ev, day);
        priceHistory(t, ev, day);
        adjustmentsUntil(t, ev, day);
        votes(t, new Dec(1000), day, ev);
      }
      priceOn(priceTimeline(t, ev), D(2003, 6, 1));
      liquidationPreference(t, { day: D(2004, 6, 1), commonValue: new Dec(30), events: ev, payments: [] });
      conversionPerShare(t, D(2004, 6, 1), new Dec(30), "OPTIONAL", ev, []);
      redemptionPrice(t, { day: D(2006, 6, 1), fmv: new Dec(30), trigger: "SALE", events: ev, payments: [] });
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  test("the history up to each date equals the literal replay up to that date", () => {
    const ev = events(t, rows);
    for (const day of [D(1999, 12, 1), D(2000, 3, 1), D(2000, 8, 28), D(2002, 2, 1), D(2003, 4, 30), D(2003, 5, 1), D(2010, 1, 1)]) {
      const h = priceHistory(t, ev, day);
      expect(differenceFromExact(h, exactPriceHistory(t, ev, day))).toBeUndefined();
      expect(conversionPrice(t, ev, day).toString()).toBe(h.price.toString());
      expect(priceOn(priceTimeline(t, ev), day).toString()).toBe(h.price.toString());
    }
  });

  test("the same table under other terms is replayed under those terms", () => {
    const ev = events(t, rows);
    const low = withTerms({ initialConversionPrice: 40, liquidationValue: 20 });
    const a = conversionPrice(t, ev, D(2010, 1, 1));
    const b = conversionPrice(low, ev, D(2010, 1, 1));
    expect(a.eq(b)).toBe(false);
    expect(exactly(low, ev, D(2010, 1, 1), b)).toBe(true);
    expect(exactly(t, ev, D(2010, 1, 1), a)).toBe(true);
  });

  test("an array changed in place is replayed again, never answered from the old history", () => {
    const ev = events(t, rows);
    const before = conversionPrice(t, ev, D(2010, 1, 1)).toString();
    const other = events(t, [...rows.slice(0, 4), { day: D(2004, 1, 5), type: "ISSUE", a: 6 * M, b: 30 * M, c: 90 * M }]);
    (ev as unknown as unknown[])[4] = other[4]; // the same array, another last event
    const after = conversionPrice(t, ev, D(2010, 1, 1)).toString();
    expect(after).not.toBe(before);
    expect(exactly(t, ev, D(2010, 1, 1), new Dec(after))).toBe(true);
  });

  test("many tables: older replays are dropped, results stay right", () => {
    const tables = Array.from({ length: 40 }, (_, i) =>
      events(t, [{ day: D(2002, 2, 1), type: "ISSUE", a: (i + 1) * 100_000, b: (i + 1) * 1_000_000, c: 80 * M }]),
    );
    for (const ev of tables) conversionPrice(t, ev, D(2010, 1, 1));
    for (const ev of tables) expect(exactly(t, ev, D(2010, 1, 1), conversionPrice(t, ev, D(2010, 1, 1)))).toBe(true);
  });
});
