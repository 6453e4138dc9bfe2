import fc from "fast-check";
import { Dec } from "../../../src/calc/core/decimal";
import { valueAt } from "../../../src/calc/core/piecewiseLinear";
import { asConvertedValueCurve } from "../../../src/calc/seriesC/asConvertedValue";
import { deemedConversion, liquidationPreference } from "../../../src/calc/seriesC/liquidation";
import { D, evts, n, refAccrued, terms } from "./fixtures";

const t = terms();
const curve = (day: number, events: ReturnType<typeof evts> = []) => asConvertedValueCurve(deemedConversion(t, day, events, []).basis);
const at = (day: number, p: number, events: ReturnType<typeof evts> = []) => n(valueAt(curve(day, events), new Dec(p)));

describe("B(p), the as-converted value per Series C share, as lines in p (Cert §4(a)(ii), §5(e))", () => {
  test("after the 30-month window: p + D below the $28 price, p × (1 + D/28) above it", () => {
    const dv = refAccrued(2004, 12, 31);
    expect(at(D(2004, 12, 31), 10)).toBeCloseTo(10 + dv, 12);
    expect(at(D(2004, 12, 31), 28)).toBeCloseTo(28 + dv, 12);
    expect(at(D(2004, 12, 31), 50)).toBeCloseTo(50 * (1 + dv / 28), 12);
    expect(curve(D(2004, 12, 31)).map((p) => n(p.from))).toEqual([0, 28]);
  });
  test("in the window: capped at the Qualified Return $58.80 where p × (1 + D/28) passes it, then p itself from $58.80", () => {
    const dv = refAccrued(2001, 12, 31);
    const pStar = 58.8 / (1 + dv / 28); // where the uncapped value reaches 58.80 (above the $28 price)
    expect(at(D(2001, 12, 31), 40)).toBeCloseTo(40 * (1 + dv / 28), 12);
    expect(at(D(2001, 12, 31), 50)).toBeCloseTo(58.8, 12);
    expect(at(D(2001, 12, 31), 70)).toBeCloseTo(70, 12);
    expect(curve(D(2001, 12, 31)).map((p) => n(p.from))).toEqual([0, 28, expect.closeTo(pStar, 12), 58.8]);
  });
  test("before the first anniversary: dividends to 2000-12-29, the price at the event (a later split ignored)", () => {
    const ev = evts(t, [{ day: D(2000, 9, 1), type: "SPLIT", a: 2 }]);
    const dv = refAccrued(2000, 12, 29);
    expect(at(D(2000, 6, 30), 5, ev)).toBeCloseTo(5 + dv, 12);
    // with the split before the event: rate 2, price 14
    const before = evts(t, [{ day: D(2000, 3, 1), type: "SPLIT", a: 2 }]);
    expect(at(D(2000, 6, 30), 5, before)).toBeCloseTo(2 * 5 + dv, 12);
    expect(at(D(2000, 6, 30), 20, before)).toBeCloseTo(Math.min(2 * 20 + (dv * 20) / 14, Math.max(40, 58.8)), 12);
  });
  test("property: equals SERIESC_LIQDETAIL's B at commonValue = p, at any date and value", () => {
    const day = fc.integer({ min: D(1999, 12, 29), max: D(2006, 12, 31) });
    const p = fc.oneof(fc.double({ min: 0.01, max: 200, noNaN: true }), fc.constantFrom(28, 58.8, 14, 18.666666666666668));
    const ratio = fc.constantFrom(undefined, 1.5, 2, 0.5);
    fc.assert(
      fc.property(day, p, ratio, fc.integer({ min: D(1999, 12, 29), max: D(2003, 1, 1) }), (d, v, r, splitDay) => {
        const ev = r === undefined ? [] : evts(t, [{ day: splitDay, type: "SPLIT", a: r }]);
        const b = liquidationPreference(t, { day: d, commonValue: new Dec(v), events: ev, payments: [] }).valueB;
        expect(Math.abs(at(d, v, ev) - n(b))).toBeLessThan(1e-12 * Math.max(1, n(b)));
      }),
      { numRuns: 400 },
    );
  });
});
