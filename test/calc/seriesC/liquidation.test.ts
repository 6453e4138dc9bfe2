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
    // 200% a year: accrued far above LV + Minimum Dividend by mid-2002
    const t0 = terms({ dividendRate: 2 });
    const on = liq(D(2002, 6, 29), 0, t0);
    expect(n(on.valueA)).toBe(58.8);
    expect(n(on.extinguished)).toBeCloseTo(28 + refAccrued(2002, 6, 29, 28, 2) - 58.8, 6);
    const after = liq(D(2002, 6, 30), 0, t0);
    expect(n(after.valueA)).toBeCloseTo(28 + refAccrued(2002, 6, 30, 28, 2), 6);
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

describe("argument domains", () => {
  test("eventDate before issue: #NUM!; commonValue negative: #NUM!", () => {
    expect(() => liq(D(1999, 12, 28), 10)).toThrow(/^eventDate: /);
    expect(() => liq(D(2001, 1, 1), -1)).toThrow(/^commonValue: /);
  });
});

describe("one dividend engine for redemption and liquidation", () => {
  test("a SALE redemption's A and B equal the liquidation's A and B on the same date and value", () => {
    for (const [day, v] of [[D(2001, 3, 1), 55], [D(2002, 6, 29), 50], [D(2004, 2, 2), 12]] as const) {
      const r = redemptionPrice(t, { day, fmv: new Dec(v), trigger: "SALE", events: [], payments: [] });
      const l = liq(day, v);
      expect(r.valueA.eq(l.valueA)).toBe(true);
      expect(r.valueB.eq(l.valueB)).toBe(true);
    }
  });
});
