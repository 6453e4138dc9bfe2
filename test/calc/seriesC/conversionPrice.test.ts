import { conversionPrice, conversionRate, priceHistory } from "../../../src/calc/seriesC/conversionPrice";
import { EventInput } from "../../../src/calc/seriesC/events";
import { SeriesCTerms } from "../../../src/calc/seriesC/terms";
import { D, defaults, events, num, withTerms } from "./helpers";

type Row = Omit<EventInput, "row">;
const price = (t: SeriesCTerms, rows: Row[], asOf = D(2010, 1, 1)) => num(conversionPrice(t, events(t, rows), asOf));

// With the certificate's own terms the initial price equals the floor, so the
// price-based machinery is tested with an initial price of $40 (the floor equals the initial price under the certificate's own terms).
const above = () => withTerms({ initialConversionPrice: 40 });
const M = 1_000_000;

describe("Cert §5(c)-(d) initial price and rate", () => {
  test("the initial conversion price is $28 and the rate 28/28 = 1", () => {
    const t = defaults();
    expect(price(t, [])).toBe(28);
    expect(num(conversionRate(t, [], D(2001, 1, 1)))).toBe(1);
  });
});

describe("Cert §5(f) splits and combinations", () => {
  test("a 3-for-2 split (ratio 1.5) on 2000-08-29 divides the price by 1.5 from that date", () => {
    const t = defaults();
    const rows: Row[] = [{ day: D(2000, 8, 29), type: "SPLIT", a: 1.5 }];
    expect(price(t, rows, D(2000, 8, 28))).toBe(28);
    expect(price(t, rows, D(2000, 8, 29))).toBeCloseTo(28 / 1.5, 12);
    expect(num(conversionRate(t, events(t, rows), D(2001, 1, 1)))).toBeCloseTo(1.5, 12);
  });
  test("a 1-for-2 combination (ratio 0.5) doubles the price", () => {
    expect(price(defaults(), [{ day: D(2001, 3, 1), type: "SPLIT", a: 0.5 }])).toBe(56);
  });
});

describe("Cert §5(g) stock dividends", () => {
  test("price × outstanding / (outstanding + dividend shares)", () => {
    expect(price(defaults(), [{ day: D(2001, 3, 1), type: "STOCKDIV", a: 10 * M, b: 1 * M }])).toBeCloseTo((28 * 10) / 11, 12);
  });
});

describe("Cert §5(k)(1) weighted average after the 18-month anniversary", () => {
  test("(CP × c + b) / (c + a)", () => {
    const rows: Row[] = [{ day: D(2002, 1, 1), type: "ISSUE", a: 1 * M, b: 20 * M, c: 10 * M }];
    expect(price(above(), rows)).toBeCloseTo((40 * 10 + 20) / 11, 12);
  });
  test("on the 18-month anniversary itself (2001-06-29) the ratchet no longer applies", () => {
    const rows: Row[] = [{ day: D(2001, 6, 29), type: "ISSUE", a: 1 * M, b: 30 * M, c: 10 * M }];
    expect(price(above(), rows)).toBeCloseTo((400 + 30) / 11, 12);
  });
  test("an effective price at or above the conversion price changes nothing", () => {
    expect(price(above(), [{ day: D(2002, 1, 1), type: "ISSUE", a: 1 * M, b: 40 * M, c: 10 * M }])).toBe(40);
  });
  test("RIGHTS are a deemed issue of the maximum shares for the total consideration (§5(k)(3))", () => {
    const rows: Row[] = [{ day: D(2002, 1, 1), type: "RIGHTS", a: 1 * M, b: 20 * M, c: 10 * M }];
    expect(price(above(), rows)).toBeCloseTo((40 * 10 + 20) / 11, 12);
  });
});

describe("Cert §5(k)(5) full ratchet before the 18-month anniversary", () => {
  test("the day before 2001-06-29 an issue at $30 ratchets the price to $30", () => {
    expect(price(above(), [{ day: D(2001, 6, 28), type: "ISSUE", a: 1 * M, b: 30 * M, c: 10 * M }])).toBe(30);
  });
  test("without an FMV (column d) an early issue is not exempt", () => {
    expect(price(above(), [{ day: D(2000, 3, 1), type: "ISSUE", a: 100_000, b: 3 * M, c: 10 * M }])).toBe(30);
  });
  test("§5(k)(4)(E): within the $5.0M carve-out the issue gets the weighted average only", () => {
    const rows: Row[] = [{ day: D(2000, 3, 1), type: "ISSUE", a: 100_000, b: 3 * M, c: 10 * M, d: 35 }]; // FMV 3.5M
    expect(price(above(), rows)).toBeCloseTo((40 * 10 * M + 3 * M) / (10.1 * M), 12);
  });
  test("once the cumulative FMV passes $5.0M the next early issue is ratcheted", () => {
    const rows: Row[] = [
      { day: D(2000, 3, 1), type: "ISSUE", a: 100_000, b: 3.9 * M, c: 10 * M, d: 35 }, // EP 39, FMV 3.5M: weighted
      { day: D(2000, 4, 1), type: "ISSUE", a: 100_000, b: 3 * M, c: 10.1 * M, d: 35 }, // cumulative 7.0M: ratchet to 30
    ];
    expect(price(above(), rows)).toBe(30);
  });
  test("term ratchetExemptValue moves the carve-out", () => {
    const t = withTerms({ initialConversionPrice: 40, ratchetExemptValue: 10 * M });
    const rows: Row[] = [
      { day: D(2000, 3, 1), type: "ISSUE", a: 100_000, b: 3.9 * M, c: 10 * M, d: 35 },
      { day: D(2000, 4, 1), type: "ISSUE", a: 100_000, b: 3 * M, c: 10.1 * M, d: 35 },
    ];
    const afterFirst = (40 * 10 * M + 3.9 * M) / (10.1 * M);
    expect(price(t, rows)).toBeCloseTo((afterFirst * 10.1 * M + 3 * M) / (10.2 * M), 12);
  });
  test("the ratchet never goes below the floor (Liquidation Value)", () => {
    expect(price(above(), [{ day: D(2000, 3, 1), type: "ISSUE", a: 1 * M, b: 10 * M, c: 10 * M }])).toBe(28);
  });
});

describe("Cert §5(k)(1), (5) floor: the literal $28 Liquidation Value by default; floorAdjustedForSplits TRUE scales it like the price", () => {
  const rows: Row[] = [
    { day: D(2002, 1, 1), type: "SPLIT", a: 2 },
    { day: D(2002, 6, 1), type: "ISSUE", a: 1 * M, b: 10 * M, c: 10 * M },
  ];
  const adjusted = () => withTerms({ initialConversionPrice: 40, floorAdjustedForSplits: true });
  test("default (literal $28): after a 2-for-1 the price $20 is already below the floor, so the issue at $10 changes nothing", () => {
    expect(price(above(), rows)).toBe(20);
    expect(price(withTerms({ initialConversionPrice: 40, floorAdjustedForSplits: false }), rows)).toBe(20);
  });
  test("TRUE (floor $14 after a 2-for-1): the issue lowers the price by weighted average to (20 × 10M + 10M) / 11M", () => {
    expect(price(adjusted(), rows)).toBeCloseTo(210 / 11, 12);
  });
  test("certificate's own terms after a 1-for-2 combination: the literal floor lets the issue lower $56 to 570/11; the adjusted floor ($56) does not", () => {
    // §5(f): 28 / 0.5 = 56; §5(k)(1) after the 18-month anniversary: (56 × 10M + 10M) / (10M + 1M) = 570/11 ≈ 51.82 ≥ $28
    const combo: Row[] = [
      { day: D(2002, 1, 1), type: "SPLIT", a: 0.5 },
      { day: D(2002, 6, 1), type: "ISSUE", a: 1 * M, b: 10 * M, c: 10 * M },
    ];
    expect(price(defaults(), combo)).toBeCloseTo(570 / 11, 12);
    expect(price(withTerms({ floorAdjustedForSplits: true }), combo)).toBe(56);
  });
  test("full ratchet after a combination: literal floor $28, adjusted floor $28 / 0.5 = $56 (Cert §5(k)(5))", () => {
    // 40 / 0.5 = 80; an issue at $15 before the 18-month anniversary ratchets to 15, held at the floor
    const combo: Row[] = [
      { day: D(2000, 2, 1), type: "SPLIT", a: 0.5 },
      { day: D(2001, 1, 1), type: "ISSUE", a: 1 * M, b: 15 * M, c: 10 * M },
    ];
    expect(price(above(), combo)).toBe(28);
    expect(price(adjusted(), combo)).toBe(56);
  });
  test("with the certificate's own terms the floor binds at once: ISSUE never lowers $28", () => {
    const t = defaults();
    const h = priceHistory(t, events(t, [{ day: D(2000, 3, 1), type: "ISSUE", a: 1 * M, b: 10 * M, c: 10 * M }]), D(2001, 1, 1));
    expect(num(h.price)).toBe(28);
    expect(h.adjustments[0].note).toMatch(/floor/);
  });
});

describe("Cert §5(k)(4)(B) Stock Option Plan options", () => {
  test("options within the 4,640,000 cap are exempt", () => {
    expect(price(above(), [{ day: D(2002, 1, 1), type: "PLANOPTION", a: 4 * M, b: 40 * M, c: 10 * M }])).toBe(40);
  });
  test("the excess over the cap is a deemed issue with the consideration pro rata", () => {
    const rows: Row[] = [
      { day: D(2002, 1, 1), type: "PLANOPTION", a: 4 * M, b: 40 * M, c: 10 * M },
      { day: D(2002, 2, 1), type: "PLANOPTION", a: 1 * M, b: 25 * M, c: 10 * M },
    ];
    const excess = 360_000;
    const consideration = (25 * M * excess) / (1 * M);
    expect(price(above(), rows)).toBeCloseTo((40 * 10 * M + consideration) / (10 * M + excess), 12);
  });
});

describe("Cert §5(k)(3) expiry readjustment", () => {
  const rights: Row = { day: D(2002, 1, 1), type: "RIGHTS", a: 1 * M, b: 20 * M, c: 10 * M };
  test("rights that expire unexercised undo their adjustment from the expiry date on", () => {
    const rows: Row[] = [rights, { day: D(2003, 1, 1), type: "EXPIRE", a: 1, b: 0, c: 0 }];
    expect(price(above(), rows, D(2002, 12, 31))).toBeCloseTo(420 / 11, 12);
    expect(price(above(), rows, D(2003, 1, 1))).toBe(40);
  });
  test("partly exercised rights are replayed as the shares actually issued for the consideration received", () => {
    const rows: Row[] = [rights, { day: D(2003, 1, 1), type: "EXPIRE", a: 1, b: 500_000, c: 10 * M }];
    expect(price(above(), rows)).toBeCloseTo((40 * 10 * M + 10 * M) / (10.5 * M), 12);
  });
  test("later events are applied on top of the readjusted price", () => {
    const rows: Row[] = [rights, { day: D(2003, 1, 1), type: "EXPIRE", a: 1, b: 0, c: 0 }, { day: D(2003, 6, 1), type: "SPLIT", a: 2 }];
    expect(price(above(), rows)).toBe(20);
  });
  test("EXPIRE must name a RIGHTS or PLANOPTION row dated no later than itself", () => {
    const t = above();
    expect(() =>
      events(t, [
        { day: D(2002, 1, 1), type: "ISSUE", a: 1, b: 1, c: 1 },
        { day: D(2003, 1, 1), type: "EXPIRE", a: 1, b: 0, c: 0 },
      ]),
    ).toThrow(/^events: row 2: EXPIRE refers to row 1, a ISSUE event/);
    expect(() => events(t, [{ day: D(2003, 1, 1), type: "EXPIRE", a: 5, b: 0, c: 0 }])).toThrow(/^events: row 1: EXPIRE refers to row 5, which holds no event/);
    expect(() => events(t, [rights, { day: D(2001, 1, 1), type: "EXPIRE", a: 1, b: 0, c: 0 }])).toThrow(/before the grant it expires/);
    expect(() => events(t, [rights, { day: D(2003, 1, 1), type: "EXPIRE", a: 1, b: 2 * M, c: 0 }])).toThrow(/more than the 1000000/);
  });
});

describe("same-day events: opening of business (§5(k)(1)) before close of business (§5(f), (g))", () => {
  // Initial price $40. On 2002-01-02 the company issues 1,000,000 shares for $36,000,000 (EP $36) with
  // 99,000,000 deemed outstanding, and a 2-for-1 split has its record date the same day.
  const split: Row = { day: D(2002, 1, 2), type: "SPLIT", a: 2 };
  const issue: Row = { day: D(2002, 1, 2), type: "ISSUE", a: 1 * M, b: 36 * M, c: 99 * M };
  test("a split listed above an issue on the same day: the issue still comes first — 19.98, not 20", () => {
    // opening: (40 × 99,000,000 + 36,000,000) / 100,000,000 = 3,996,000,000 / 100,000,000 = 39.96
    // close:   39.96 / 2 = 19.98   (row order would give 40 / 2 = 20, then EP 36 ≥ 20: no change)
    const t = above();
    expect(price(t, [split, issue])).toBeCloseTo(19.98, 12);
    expect(price(t, [issue, split])).toBeCloseTo(19.98, 12);
  });
  test("the certificate of adjustment lists them in that order (rows 2 then 1)", () => {
    const t = above();
    const h = priceHistory(t, events(t, [split, issue]), D(2002, 1, 2));
    expect(h.adjustments.map((a) => [a.row, a.type, num(a.before), num(a.after)])).toEqual([
      [2, "ISSUE", 40, 39.96],
      [1, "SPLIT", 39.96, 19.98],
    ]);
  });
  test("a stock dividend (close of business) comes after RIGHTS, PLANOPTION, EXEMPT and EXPIRE of the same date; row order within each group", () => {
    const t = above();
    const day = D(2002, 3, 1);
    const rows: Row[] = [
      { day, type: "STOCKDIV", a: 10 * M, b: 1 * M },
      { day: D(2002, 1, 2), type: "RIGHTS", a: 1 * M, b: 20 * M, c: 10 * M },
      { day, type: "EXEMPT", a: 5_000 },
      { day, type: "SPLIT", a: 2 },
      { day, type: "PLANOPTION", a: 1_000, b: 40_000, c: 10 * M },
      { day, type: "EXPIRE", a: 2, b: 0, c: 0 },
    ];
    const h = priceHistory(t, events(t, rows), day);
    expect(h.adjustments.map((a) => a.row)).toEqual([2, 3, 5, 6, 1, 4]);
    // RIGHTS: (40 × 10 + 20) / 11 = 38.18…; the expiry undoes it: 40; then × 10/11, then / 2
    expect(num(h.price)).toBeCloseTo((40 * 10) / 11 / 2, 12);
  });
  test("an EXPIRE listed above the grant it expires on the same date is refused (it would apply before it)", () => {
    const t = above();
    const rows: Row[] = [
      { day: D(2002, 1, 2), type: "EXPIRE", a: 2, b: 0, c: 0 },
      { day: D(2002, 1, 2), type: "RIGHTS", a: 1 * M, b: 20 * M, c: 10 * M },
    ];
    expect(() => events(t, rows)).toThrow(/^events: row 1: EXPIRE is listed above the grant it expires \(row 2\) on the same date 2002-01-02/);
  });
  test("two EXPIRE rows for the same event are #VALUE!", () => {
    const t = above();
    const rows: Row[] = [
      { day: D(2002, 1, 2), type: "RIGHTS", a: 1 * M, b: 20 * M, c: 10 * M },
      { day: D(2002, 6, 3), type: "EXPIRE", a: 1, b: 0, c: 0 },
      { day: D(2002, 9, 3), type: "EXPIRE", a: 1, b: 100, c: 0 },
    ];
    try {
      events(t, rows);
      throw new Error("accepted");
    } catch (e) {
      expect((e as { code?: string }).code).toBe("value");
      expect((e as Error).message).toBe("events: row 3: row 1 already expired in row 2; one EXPIRE row per RIGHTS/PLANOPTION event (Cert §5(k)(3))");
    }
  });
});

describe("events table handling", () => {
  test("EXEMPT issues change nothing but appear in the audit trail", () => {
    const t = above();
    const h = priceHistory(t, events(t, [{ day: D(2002, 1, 1), type: "EXEMPT", a: 5 * M }]), D(2003, 1, 1));
    expect(num(h.price)).toBe(40);
    expect(h.adjustments[0].rule).toMatch(/§5\(k\)\(4\)/);
  });
  test("events are applied in date order, ties in row order, and only those on or before asOf", () => {
    const rows: Row[] = [
      { day: D(2002, 6, 1), type: "ISSUE", a: 1 * M, b: 10 * M, c: 10 * M },
      { day: D(2002, 1, 1), type: "SPLIT", a: 2 },
    ];
    const t = withTerms({ initialConversionPrice: 40, floorAdjustedForSplits: true }); // a floor the split takes to $20
    expect(price(t, rows, D(2002, 3, 1))).toBe(20);
    expect(price(t, rows)).toBeCloseTo(210 / 11, 12);
  });
  test("split and full ratchet combine inside the window (floorAdjustedForSplits TRUE: floor $14)", () => {
    const rows: Row[] = [
      { day: D(2000, 2, 1), type: "SPLIT", a: 2 },
      { day: D(2001, 1, 1), type: "ISSUE", a: 1 * M, b: 15 * M, c: 10 * M },
    ];
    expect(price(withTerms({ initialConversionPrice: 40, floorAdjustedForSplits: true }), rows)).toBe(15);
  });
  test("malformed rows are rejected with the row number", () => {
    const t = defaults();
    expect(() => events(t, [{ day: D(2001, 1, 1), type: "BONUS", a: 1 }])).toThrow(/^events: row 1: unknown event type "BONUS"/);
    expect(() => events(t, [{ day: D(2001, 1, 1), type: "SPLIT" }])).toThrow(/^events: row 1: SPLIT needs column a/);
    expect(() => events(t, [{ day: D(2001, 1, 1), type: "SPLIT", a: 0 }])).toThrow(/must be greater than 0/);
    expect(() => events(t, [{ day: D(2001, 1, 1), type: "ISSUE", a: 1, b: -1, c: 1 }])).toThrow(/must not be negative/);
    expect(() => events(t, [{ day: D(1999, 1, 1), type: "SPLIT", a: 2 }])).toThrow(/before the Original Issue Date/);
    expect(() => events(t, [{ day: D(2001, 1, 1), type: "EXPIRE", a: 1.5, b: 0, c: 0 }])).toThrow(/whole number/);
  });
  test("each cell's message in full: the column, what it means for the type, the value", () => {
    const t = defaults();
    const row = (r: Record<string, unknown>) => () => events(t, [{ day: D(2001, 1, 1), ...r } as never]);
    expect(row({ type: "STOCKDIV", a: 100 })).toThrow(/^events: row 1: STOCKDIV needs column b \(shares paid as the dividend\)$/);
    expect(row({ type: "ISSUE", a: 1, b: 1, c: -2 })).toThrow(
      /^events: row 1: ISSUE column c \(common deemed outstanding before\) must not be negative, got -2$/,
    );
    expect(row({ type: "RIGHTS", a: 0, b: 1, c: 1 })).toThrow(/^events: row 1: RIGHTS column a \(maximum shares issuable\) must be greater than 0$/);
    expect(row({ type: "EXPIRE", a: 2.5, b: 0, c: 0 })).toThrow(
      /^events: row 1: EXPIRE column a \(row number of the expired RIGHTS\/PLANOPTION event\) must be a whole number, got 2.5$/,
    );
    expect(row({ type: "SPLIT", a: 2, d: Infinity })).toThrow(/^events: row 1: column d must be a finite number$/);
    expect(row({ type: "SPLIT", a: 2, b: -5, c: 0.5, d: 7 })).not.toThrow(); // columns SPLIT does not use are ignored
    expect(row({ type: "EXEMPT", a: 0 })).not.toThrow(); // EXEMPT's a may be 0
  });
  test("types are case-insensitive", () => {
    expect(price(defaults(), [{ day: D(2001, 1, 1), type: " split ", a: 2 }])).toBe(14);
  });
});

describe("price timeline (one run serves every date)", () => {
  const { priceTimeline, priceOn } = require("../../../src/calc/seriesC/conversionPrice") as typeof import("../../../src/calc/seriesC/conversionPrice");
  test("equals conversionPrice on every date around each event, EXPIRE readjustments included", () => {
    const t = above();
    const rows: Row[] = [
      { day: D(2000, 2, 1), type: "SPLIT", a: 2 },
      { day: D(2000, 2, 1), type: "ISSUE", a: 1 * M, b: 15 * M, c: 10 * M },
      { day: D(2002, 1, 1), type: "RIGHTS", a: 1 * M, b: 10 * M, c: 10 * M },
      { day: D(2003, 1, 1), type: "EXPIRE", a: 3, b: 0, c: 0 },
      { day: D(2003, 6, 1), type: "STOCKDIV", a: 10 * M, b: 1 * M },
    ];
    const ev = events(t, rows);
    const timeline = priceTimeline(t, ev);
    for (const r of rows) {
      for (const day of [r.day - 1, r.day, r.day + 1]) {
        expect(priceOn(timeline, day).toString()).toBe(conversionPrice(t, ev, day).toString());
      }
    }
    expect(priceOn(timeline, D(1999, 12, 29)).toNumber()).toBe(40);
  });
});
