import { Dec } from "../../../src/calc/core/decimal";
import { liquidationPreference } from "../../../src/calc/seriesC/liquidation";
import { redemptionPrice } from "../../../src/calc/seriesC/redemption";
import { SaleInput, saleRoutes } from "../../../src/calc/seriesC/sale";
import { SeriesCTerms } from "../../../src/calc/seriesC/terms";
import { inputError } from "../../support/expectError";
import { D, defaults, events, num, referenceAccrued, withTerms } from "./helpers";

const t = defaults();
const sale = (day: number, fmv: number, extra: Partial<SaleInput> = {}, terms: SeriesCTerms = t) => {
  const r = saleRoutes(terms, { day, fmv: new Dec(fmv), events: [], payments: [], ...extra });
  return {
    values: r.routes.map((x) => num(x.perShare)),
    available: r.routes.map((x) => x.unavailable === undefined),
    why: r.routes.map((x) => x.unavailable),
    best: r.best.id,
    bestValue: num(r.best.perShare),
  };
};

describe("SERIESC_SALE routes (Cert §4(b), §5(e)(B), §6(a))", () => {
  test("2001-12-31 at $50, in the 30-month window: every route is cut to the Qualified Return $58.80", () => {
    // D = accrued 2001-12-31 ≈ 5.90 (> the $2.80 Minimum Dividend). Conversion (§5(a), §5(e)): 1 principal share
    // (rate 28/28) × $50 + D / min($50, $28) dividend shares × $50 = 50 + 5.90 × 50/28 ≈ 60.54 > 58.80 = 2 × 28 + 2.80,
    // so §5(e)(B) extinguishes dividends down to the Qualified Return. §4(a): A = 28 + 5.90 ≈ 33.90 < B = 58.80.
    // §6(a): max(A, B) = 58.80.
    const d = referenceAccrued(2001, 12, 31);
    expect(50 + (d * 50) / 28).toBeGreaterThan(58.8);
    const r = sale(D(2001, 12, 31), 50);
    expect(r.values.map((v) => Number(v.toFixed(12)))).toEqual([58.8, 58.8, 58.8]);
    expect(r.available).toEqual([true, true, true]);
    expect([r.best, r.bestValue]).toEqual(["liquidation", 58.8]); // a tie: the first route
  });

  test("2004-06-30 at $20, after the window: the preference beats conversion by the $8 gap between LV and FMV", () => {
    // D = accrued 2004-06-30 (no extinguishment after 2002-06-29). Conversion: 1 × 20 + D / min(20, 28) × 20 = 20 + D.
    // §4(a): A = 28 + D > B = 20 + D. §6(a): the same max(A, B) = 28 + D.
    const d = referenceAccrued(2004, 6, 30);
    const r = sale(D(2004, 6, 30), 20);
    expect(r.values[0]).toBeCloseTo(28 + d, 10);
    expect(r.values[1]).toBeCloseTo(20 + d, 10);
    expect(r.values[2]).toBeCloseTo(28 + d, 10);
    expect(r.best).toBe("liquidation");
  });

  test("2003-06-30 at $40 after a 3-for-2 split: conversion at rate 1.5, dividend shares at the lower conversion price", () => {
    // Cert §5(f): price 28 / 1.5 = 18.67, rate 1.5. §5(e): dividend shares D / min(40, 18.67) = D × 1.5 / 28.
    // Value 1.5 × 40 + D × 1.5 / 28 × 40 = 60 + D × 60/28; no Qualified Return after 2002-06-29.
    const ev = events(t, [{ day: D(2000, 8, 29), type: "SPLIT", a: 1.5 }]);
    const d = referenceAccrued(2003, 6, 30);
    const r = sale(D(2003, 6, 30), 40, { events: ev });
    const expected = 60 + (d * 60) / 28;
    expect(r.values[0]).toBeCloseTo(expected, 9);
    expect(r.values[1]).toBeCloseTo(expected, 9);
    expect(r.values[2]).toBeCloseTo(expected, 9);
  });

  test("the 20 % cap (Cert §5(k)(6)): 0.2 × 5,000,000 / 1,250,000 = 0.8 common per share, × $100 = $80 by every route", () => {
    const capped = withTerms({ votingPowerAtIssue: 5_000_000 });
    const r = sale(D(2004, 1, 1), 100, {}, capped);
    expect(r.values.map((v) => Number(v.toFixed(12)))).toEqual([80, 80, 80]);
  });

  test("the routes agree with SERIESC_LIQPREF and SERIESC_REDEMPTION (trigger SALE)", () => {
    const ev = events(t, [{ day: D(2000, 8, 29), type: "SPLIT", a: 1.5 }]);
    for (const [day, fmv] of [
      [D(2000, 3, 1), 5],
      [D(2001, 6, 30), 30],
      [D(2002, 6, 29), 45],
      [D(2007, 1, 1), 12],
    ]) {
      const r = saleRoutes(t, { day, fmv: new Dec(fmv), events: ev, payments: [] });
      expect(r.routes[0].perShare.eq(liquidationPreference(t, { day, commonValue: new Dec(fmv), events: ev, payments: [] }).perShare)).toBe(true);
      expect(r.routes[2].perShare.eq(redemptionPrice(t, { day, fmv: new Dec(fmv), trigger: "SALE", events: ev, payments: [] }).price)).toBe(true);
      // §4(a)(ii) is the conversion's value, so treating the sale as a liquidation never pays less than converting
      expect(r.routes[0].perShare.gte(r.routes[1].perShare)).toBe(true);
    }
  });

  test("before the first anniversary, a conversion in the sale keeps the principal: at $100, 1 × 100 and no dividend share", () => {
    // 2000-06-30: D = max(accrued ≈ 1.40, Minimum Dividend 2.80) = 2.80 → 0.1 share; 100 + 10 > 58.80, so §5(e)(B)
    // extinguishes the dividend shares (max(0, 58.80/100 − 1) = 0), never the principal.
    expect(referenceAccrued(2000, 6, 30)).toBeLessThan(2.8);
    expect(sale(D(2000, 6, 30), 100).values).toEqual([100, 100, 100]);
  });
});

describe("SERIESC_SALE: the redemption's notice (Cert §6(a): 90 to 120 days)", () => {
  const day = D(2001, 12, 31);
  test.each([
    [D(2001, 10, 2), true], // 29 + 30 + 31 = 90 days
    [D(2001, 9, 2), true], // 28 + 31 + 30 + 31 = 120 days
    [D(2001, 9, 1), false], // 121
    [D(2001, 10, 3), false], // 89
    [D(2002, 1, 5), false], // after the sale: −5
  ])("notice %i: available %s", (noticeDay, ok) => {
    const r = sale(day, 50, { noticeDay });
    expect(r.available).toEqual([true, true, ok]);
    expect(r.values[2]).toBeCloseTo(58.8, 12); // the price is shown either way
  });
  test("the reason says the window and the days", () => {
    expect(sale(day, 50, { noticeDay: D(2001, 11, 1) }).why[2]).toBe(
      "the redemption date must be 90 to 120 days after the notice (Cert §6(a)); 2001-12-31 is 60 days after 2001-11-01",
    );
  });
  test("a notice before the Original Issue Date is no holders' notice, even 90 days before the sale", () => {
    // 1999-12-01 → 2000-02-29: 30 + 31 + 29 = 90 days, in the window, but there were no Series C Holders yet
    const r = sale(D(2000, 2, 29), 20, { noticeDay: D(1999, 12, 1) });
    expect(r.available).toEqual([true, true, false]);
    expect(r.why[2]).toBe("the notice 1999-12-01 is before the Original Issue Date 1999-12-29 (Cert §6(a))");
  });
  test("minimumDividend 0, a sale before the first anniversary: the deemed conversion counts dividends to the anniversary", () => {
    // Cert §4(a) proviso: a liquidation before 2000-12-29 is valued as a conversion on that anniversary, so B counts
    // the dividends accrued to it, a2 = accrued(2000-12-29) ≈ 2.80: B = 40 + a2 × 40/28 ≈ 44.0 (below the Qualified
    // Return 2 × 28 + 0 = 56). The conversion and the redemption's B happen on the sale's own date, a1 = accrued
    // (2000-06-30) ≈ 1.41: 40 + a1 × 40/28 ≈ 42.0; the redemption's A = 28 + a1. So liquidation > redemption = conversion.
    const t0 = withTerms({ minimumDividend: 0 });
    const a1 = referenceAccrued(2000, 6, 30);
    const a2 = referenceAccrued(2000, 12, 29);
    const r = sale(D(2000, 6, 30), 40, { noticeDay: D(2000, 6, 1) }, t0);
    expect(r.values[0]).toBeCloseTo(40 + (a2 * 40) / 28, 10);
    expect(r.values[1]).toBeCloseTo(40 + (a1 * 40) / 28, 10);
    expect(r.values[2]).toBeCloseTo(40 + (a1 * 40) / 28, 10);
    expect(r.available).toEqual([true, true, false]); // 29 days after the notice
    expect([r.best, r.bestValue]).toEqual(["liquidation", r.values[0]]);
  });
});

describe("SERIESC_SALE errors name the argument", () => {
  test("an event date before the Original Issue Date is #NUM! naming eventDate", () => {
    const e = inputError(() => sale(D(1999, 12, 28), 50));
    expect([e.code, e.arg]).toEqual(["num", "eventDate"]);
  });
  test("fmv 0 is #NUM! naming fmv", () => {
    const e = inputError(() => sale(D(2001, 12, 31), 0));
    expect([e.code, e.arg]).toEqual(["num", "fmv"]);
  });
});
