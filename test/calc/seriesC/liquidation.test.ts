import { Dec } from "../../../src/calc/core/decimal";
import { liquidationPreference } from "../../../src/calc/seriesC/liquidation";
import { redemptionPrice } from "../../../src/calc/seriesC/redemption";
import { D, evts, n, pay, refAccrued, terms } from "./fixtures";

const t = terms();
const liq = (day: number, cv: number, t0 = t, payments = [] as ReturnType<typeof pay>[], events: ReturnType<typeof evts> = []) =>
  liquidationPreference(t0, { day, commonValue: new Dec(cv), events, payments });

describe("Cert §4(a)(i): A = LV + max(Minimum Dividend Amount, accrued)", () => {
  test("commonValue 0: B = 0 and A applies; Minimum Dividend above the accrual", () => {
    const r = liq(D(2000, 6, 30), 0);
    expect(refAccrued(2000, 6, 30)).toBeLessThan(2.8);
    expect(n(r.valueA)).toBe(30.8);
    expect(n(r.valueB)).toBe(0);
    expect(r.applies).toBe("A");
    expect(n(r.perShare)).toBe(30.8);
  });
  test("accrual above the Minimum Dividend after the 30-month anniversary", () => {
    const r = liq(D(2003, 3, 1), 0);
    expect(n(r.valueA)).toBeCloseTo(28 + refAccrued(2003, 3, 1), 9);
  });
  test("A is cut to the Qualified Return on the 30-month anniversary, not the day after", () => {
    // 100 % a year (the most a rate term takes): accrued far above LV + Minimum Dividend by mid-2002
    const t0 = terms({ dividendRate: 1 });
    const on = liq(D(2002, 6, 29), 0, t0);
    expect(n(on.valueA)).toBe(58.8);
    expect(n(on.extinguished)).toBeCloseTo(28 + refAccrued(2002, 6, 29, 28, 1) - 58.8, 6);
    const after = liq(D(2002, 6, 30), 0, t0);
    expect(n(after.valueA)).toBeCloseTo(28 + refAccrued(2002, 6, 30, 28, 1), 6);
    expect(n(after.extinguished)).toBe(0);
  });
});

describe("Cert §4(a)(ii): B = (principal + dividend shares) × commonValue", () => {
  test("an event before the first anniversary is valued as a conversion on 2000-12-29", () => {
    const d = refAccrued(2000, 12, 29); // > 2.80
    expect(d).toBeGreaterThan(2.8);
    const expected = (1 + d / 28) * 40; // fmv 40 > conversion price 28 → D/28 shares
    for (const day of [D(1999, 12, 29), D(2000, 6, 30), D(2000, 12, 28)]) {
      const r = liq(day, 40);
      expect(n(r.valueB)).toBeCloseTo(expected, 9);
      expect(r.applies).toBe("B");
    }
    expect(liq(D(2000, 12, 28), 40).conversionDay).toBe(D(2000, 12, 29));
    // A is not deemed: it accrues to the event itself
    expect(n(liq(D(2000, 6, 30), 40).valueA)).toBe(30.8);
  });
  test("on the first anniversary itself the conversion is on that day", () => {
    const r = liq(D(2000, 12, 29), 20);
    expect(n(r.valueB)).toBeCloseTo((1 + refAccrued(2000, 12, 29) / 20) * 20, 9);
  });
  test("commonValue below the conversion price: D / commonValue dividend shares", () => {
    const r = liq(D(2003, 1, 15), 10);
    const dv = refAccrued(2003, 1, 15);
    expect(n(r.valueB)).toBeCloseTo((1 + dv / 10) * 10, 9);
    expect(n(r.valueA)).toBeCloseTo(28 + dv, 9);
    expect(r.applies).toBe("A");
  });
  test("on or before the 30-month anniversary B is cut to the Qualified Return", () => {
    const cv = 55;
    const dv = refAccrued(2001, 3, 1);
    expect((1 + dv / 28) * cv).toBeGreaterThan(58.8);
    const r = liq(D(2001, 3, 1), cv);
    expect(n(r.valueB)).toBeCloseTo(58.8, 9);
    expect(r.applies).toBe("B");
    expect(n(r.extinguished)).toBeCloseTo(dv - (58.8 / cv - 1) * 28, 9);
    expect(n(r.qualifiedReturn)).toBe(58.8);
  });
  test("the 30-month boundary: principal above the Qualified Return keeps only the principal, then everything the day after", () => {
    const on = liq(D(2002, 6, 29), 60);
    expect(n(on.valueB)).toBe(60);
    expect(n(on.extinguished)).toBeCloseTo(refAccrued(2002, 6, 29), 9);
    const after = liq(D(2002, 6, 30), 60);
    expect(n(after.valueB)).toBeCloseTo((1 + refAccrued(2002, 6, 30) / 28) * 60, 9);
    expect(n(after.extinguished)).toBe(0);
  });
  test("after a 3-for-2 common split the principal is 1.5 common shares", () => {
    const ev = evts(t, [{ day: D(2000, 8, 29), type: "SPLIT", a: 1.5 }]);
    const r = liq(D(2003, 1, 15), 30, t, [], ev);
    const dv = refAccrued(2003, 1, 15);
    // conversion price 28/1.5 = 18.67 < 30 → D / 18.67 dividend shares
    expect(n(r.valueB)).toBeCloseTo((1.5 + dv / (28 / 1.5)) * 30, 9);
  });
});

describe("Cert §4(a)(ii) before the first anniversary: only what happened up to the liquidation", () => {
  // Event 2000-06-30, deemed conversion on 2000-12-29 with dividends accrued to that day:
  // stub 28 × 10% × 2/365, then (28 + stub) × 10% × 364/366 (2000 is a leap year; 364 days from 1999-12-31).
  const stub = (28 * 0.1 * 2) / 365;
  const dAnniversary = stub + (28 + stub) * 0.1 * (364 / 366); // ≈ 2.8016, above the $2.80 Minimum Dividend
  const event = D(2000, 6, 30);
  test("the hand figure is the reference accrual at the anniversary", () => {
    expect(dAnniversary).toBeCloseTo(refAccrued(2000, 12, 29), 12);
    expect(dAnniversary).toBeGreaterThan(2.8);
  });
  test("a split dated after the liquidation (before the anniversary) does not raise B", () => {
    const ev = evts(t, [{ day: D(2000, 9, 1), type: "SPLIT", a: 1.5 }]);
    const r = liq(event, 40, t, [], ev);
    // price $28 at the event: 1 principal share + D / 28 dividend shares (40 > 28), × $40 = 43.98 < QR 58.80
    expect(n(r.valueB)).toBeCloseTo((1 + dAnniversary / 28) * 40, 10);
    expect(r.conversionDay).toBe(D(2000, 12, 29));
    expect(n(r.conversion!.price)).toBe(28);
  });
  test("a split dated on the liquidation day counts: 1.5 principal shares, the Qualified Return cuts every dividend share", () => {
    const ev = evts(t, [{ day: event, type: "SPLIT", a: 1.5 }]);
    const r = liq(event, 40, t, [], ev);
    // (1.5 + 1.5 × D / 28) × 40 = 65.97 > 58.80: dividend shares cut to max(0, 58.8 / 40 − 1.5) = 0; the principal 1.5 × 40 = 60 stays
    expect(n(r.valueB)).toBeCloseTo(60, 12);
    expect(n(r.extinguished)).toBeCloseTo(dAnniversary, 12);
  });
  test("a dividend paid after the liquidation is not deducted from the deemed conversion's dividends", () => {
    const after = liq(event, 40, t, [pay(1, 2000, 9, 30, 1)]);
    expect(n(after.valueB)).toBeCloseTo((1 + dAnniversary / 28) * 40, 10);
    // paid before the event, it counts: D(anniversary) = accrual with the base reduced from 2000-06-01, and the Minimum Dividend is $1.80
    const before = liq(event, 40, t, [pay(1, 2000, 6, 1, 0.01)]);
    expect(n(before.valueB)).toBeLessThan(n(after.valueB));
  });
});

describe("argument domains", () => {
  test("eventDate before issue: #NUM!; commonValue negative: #NUM!", () => {
    expect(() => liq(D(1999, 12, 28), 10)).toThrow(/^eventDate: /);
    expect(() => liq(D(2001, 1, 1), -1)).toThrow(/^commonValue: /);
  });
});

describe("one dividend engine for redemption and liquidation", () => {
  test("a SALE redemption's A and B equal the liquidation's A and B on the same date and value", () => {
    for (const [day, v] of [
      [D(2001, 3, 1), 55],
      [D(2002, 6, 29), 50],
      [D(2004, 2, 2), 12],
    ] as const) {
      const r = redemptionPrice(t, { day, fmv: new Dec(v), trigger: "SALE", events: [], payments: [] });
      const l = liq(day, v);
      expect(r.valueA.eq(l.valueA)).toBe(true);
      expect(r.valueB.eq(l.valueB)).toBe(true);
    }
  });
});
