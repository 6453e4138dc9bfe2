import fc from "fast-check";
import { Dec } from "../../../src/calc/core/decimal";
import { convertShares } from "../../../src/calc/seriesC/convertShares";
import { priceHistory } from "../../../src/calc/seriesC/conversionPrice";
import { accruedDividends, remainingMinimumDividend } from "../../../src/calc/seriesC/dividends";
import { EventInput } from "../../../src/calc/seriesC/events";
import { liquidationPreference } from "../../../src/calc/seriesC/liquidation";
import { redemptionPrice } from "../../../src/calc/seriesC/redemption";
import { SeriesCTerms } from "../../../src/calc/seriesC/terms";
import { votes } from "../../../src/calc/seriesC/votes";
import { D, evts, pay, terms } from "./fixtures";

const t = terms();
const ISSUE = D(1999, 12, 29);
const day = fc.integer({ min: ISSUE, max: D(2010, 12, 31) });
const RUNS = { numRuns: 150 };

test("property: accrued dividends never decrease over time without payments (Cert §2)", () => {
  fc.assert(
    fc.property(day, day, (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      return accruedDividends(t, lo).lte(accruedDividends(t, hi));
    }),
    RUNS,
  );
});

test("property: an ISSUE or RIGHTS event never raises the conversion price (Cert §5(k)(1), (5))", () => {
  // A price above the floor, so that the machinery actually moves (the floor equals the initial price under the certificate's own terms).
  const t0 = terms({ initialConversionPrice: 40 });
  const ev = fc.record({
    day: fc.integer({ min: ISSUE, max: D(2004, 12, 31) }),
    type: fc.constantFrom("ISSUE", "RIGHTS", "SPLIT"),
    a: fc.integer({ min: 1, max: 5_000_000 }),
    b: fc.integer({ min: 0, max: 200_000_000 }),
    c: fc.integer({ min: 1, max: 100_000_000 }),
    d: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    ratio: fc.constantFrom(0.5, 1.5, 2, 3),
  });
  fc.assert(
    fc.property(fc.array(ev, { minLength: 1, maxLength: 8 }), (rows) => {
      const inputs: Omit<EventInput, "row">[] = rows.map((r) =>
        r.type === "SPLIT" ? { day: r.day, type: "SPLIT", a: r.ratio } : { day: r.day, type: r.type, a: r.a, b: r.b, c: r.c, d: r.d },
      );
      const h = priceHistory(t0, evts(t0, inputs), D(2010, 1, 1));
      return h.adjustments.every((a) => (a.type === "ISSUE" || a.type === "RIGHTS" ? a.after.lte(a.before) : true));
    }),
    RUNS,
  );
});

test("property: the liquidation amount is at least LV + the remaining Minimum Dividend Amount (Cert §4(a))", () => {
  const payment = fc.record({ day: fc.integer({ min: D(2002, 1, 1), max: D(2008, 12, 31) }), cents: fc.integer({ min: 1, max: 150 }) });
  fc.assert(
    fc.property(day, fc.integer({ min: 0, max: 20_000 }), fc.array(payment, { maxLength: 3 }), (d, cv, ps) => {
      // small payments on year ends from 2002 on (≥ $8.9 accrued by then), so that none exceeds what was accrued
      const payments = ps.map((p, i) => ({
        row: i + 1,
        day: D(new Date(Date.UTC(1899, 11, 30 + p.day)).getUTCFullYear(), 12, 31),
        amount: new Dec(p.cents).div(100),
      }));
      const r = liquidationPreference(t, { day: d, commonValue: new Dec(cv).div(100), events: [], payments });
      return r.perShare.gte(t.liquidationValue.plus(remainingMinimumDividend(t, d, payments)));
    }),
    RUNS,
  );
});

/**
 * A Series C split by k (k new Series C shares per old, Cert §12 "Series C
 * Liquidation Value", "Minimum Dividend Amount"): LV and the Minimum Dividend
 * divide by k, a holder's shares and the shares issued multiply by k, and the
 * Conversion Rate per Series C share must divide by k — the certificate fixes
 * its numerator at $28 (§5(c)), so the term conversionNumerator carries that
 * adjustment; the conversion price of the common is unchanged. Dividends paid
 * per share divide by k too. Holder totals must not move.
 */
function splitTerms(k: number): SeriesCTerms {
  const per = (x: number) => new Dec(x).div(k).toNumber(); // 2.8 / 10 = 0.28 exactly, not JS's 0.27999999999999997
  return terms({
    liquidationValue: per(28),
    minimumDividend: per(2.8),
    conversionNumerator: per(28),
    sharesIssued: 1_250_000 * k,
    votingPowerAtIssue: 10_000_000,
  });
}

test("property: a Series C split leaves per-holder economics unchanged when the terms are adjusted", () => {
  const base = terms({ votingPowerAtIssue: 10_000_000 });
  const close = (a: Dec, b: Dec) => a.minus(b).abs().lte(a.abs().plus(1).times("1e-25"));
  fc.assert(
    fc.property(
      fc.constantFrom(2, 4, 5, 10, 0.5, 0.25, 0.2),
      fc.integer({ min: D(2000, 1, 1), max: D(2008, 12, 31) }),
      fc.integer({ min: 1, max: 100_000 }),
      fc.integer({ min: 100, max: 8_000 }),
      fc.constantFrom("OPTIONAL", "MANDATORY", "THRESHOLD", "SALE") as fc.Arbitrary<"OPTIONAL" | "MANDATORY" | "THRESHOLD" | "SALE">,
      fc.boolean(),
      (k, d, shares, fmvCents, kind, withSplit) => {
        const split = splitTerms(k);
        const fmv = new Dec(fmvCents).div(100);
        const evRows: Omit<EventInput, "row">[] = withSplit
          ? [
              { day: D(2000, 8, 29), type: "SPLIT", a: 1.5 },
              { day: D(2001, 3, 1), type: "STOCKDIV", a: 100, b: 10 },
            ]
          : [];
        const payments = d > D(2001, 1, 1) ? [pay(1, 2000, 12, 31, 1)] : [];
        const paymentsSplit = payments.map((p) => ({ ...p, amount: p.amount.div(k) }));
        const h0 = new Dec(shares);
        const h1 = h0.times(k);
        const e0 = evts(base, evRows);
        const e1 = evts(split, evRows);
        // dividends, liquidation, redemption per holder
        if (!close(accruedDividends(base, d, payments).times(h0), accruedDividends(split, d, paymentsSplit).times(h1))) return false;
        const l0 = liquidationPreference(base, { day: d, commonValue: fmv, events: e0, payments });
        const l1 = liquidationPreference(split, { day: d, commonValue: fmv, events: e1, payments: paymentsSplit });
        if (!close(l0.perShare.times(h0), l1.perShare.times(h1))) return false;
        const r0 = redemptionPrice(base, { day: d, fmv, trigger: "3D", events: e0, payments });
        const r1 = redemptionPrice(split, { day: d, fmv, trigger: "3D", events: e1, payments: paymentsSplit });
        if (!close(r0.price.times(h0), r1.price.times(h1))) return false;
        // conversion: the same common shares (before flooring), the same cap
        const c0 = convertShares(base, { shares: h0, day: d, fmv, kind, events: e0, payments });
        const c1 = convertShares(split, { shares: h1, day: d, fmv, kind, events: e1, payments: paymentsSplit });
        if (!close(c0.principalShares, c1.principalShares) || !close(c0.dividendShares, c1.dividendShares) || !close(c0.issuable, c1.issuable)) return false;
        if (!close(c0.extinguishedPerShare, c1.extinguishedPerShare.times(k))) return false;
        // votes: compare before flooring via the whole-share counts of the same common total
        return votes(base, h0, d, e0).eq(votes(split, h1, d, e1));
      },
    ),
    { numRuns: 100 },
  );
});
