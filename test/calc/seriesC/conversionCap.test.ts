/**
 * Cert §5(k)(6) in every valuation of a conversion: §4(a)(ii) and §6(a)(B)
 * value the Series C "converted ... pursuant to Section 5", and §5(k)(6) caps
 * every conversion under Section 5 at 20 % of the voting power at issue. The
 * figures are exact fractions from the certificate's text: with term
 * votingPowerAtIssue 5,000,000 the series may receive 0.2 × 5,000,000 =
 * 1,000,000 common shares, 1,000,000 / 1,250,000 = 4/5 per Series C share.
 */
import fc from "fast-check";
import { Dec } from "../../../src/calc/core/decimal";
import { CapitalInput, checkCapital } from "../../../src/calc/seriesC/capital";
import { convertShares } from "../../../src/calc/seriesC/convertShares";
import { distributeExit, prepareExit } from "../../../src/calc/seriesC/exit";
import { liquidationPreference } from "../../../src/calc/seriesC/liquidation";
import { redemptionPrice } from "../../../src/calc/seriesC/redemption";
import { D, evts, n, refAccrued, terms } from "./fixtures";

const capped = terms({ votingPowerAtIssue: 5_000_000 });
const free = terms();
const liq = (t: typeof free, day: number, cv: number | Dec) => liquidationPreference(t, { day, commonValue: new Dec(cv), events: [], payments: [] });

describe("Cert §4(a)(ii) with §5(k)(6): the liquidation's as-converted limb is capped", () => {
  test("SERIESC_LIQPREF 2004-01-01 at $100: B = 4/5 × $100 = $80.00, not $146.53", () => {
    const d = refAccrued(2004, 1, 1); // ≈ 13.03: B uncapped = (1 + D/28) × 100 ≈ 146.53
    expect((1 + d / 28) * 100).toBeCloseTo(146.53, 2);
    expect(n(liq(free, D(2004, 1, 1), 100).perShare)).toBeCloseTo(146.53, 2);
    const r = liq(capped, D(2004, 1, 1), 100);
    expect(r.valueB.eq(80)).toBe(true); // exactly 0.2 × 5,000,000 / 1,250,000 × 100
    expect(r.perShare.eq(80)).toBe(true);
    expect(r.applies).toBe("B");
    expect(n(r.valueA)).toBeCloseTo(28 + d, 9); // A is untouched by the cap
  });
  test("SERIESC_LIQDETAIL: when the capped B falls below A, A applies", () => {
    // $50: uncapped B = (1 + D/28) × 50 ≈ 73.3 > A ≈ 41.03; capped B = 4/5 × 50 = 40 < A
    const r = liq(capped, D(2004, 1, 1), 50);
    expect(r.valueB.eq(40)).toBe(true);
    expect(r.applies).toBe("A");
    expect(n(r.perShare)).toBeCloseTo(28 + refAccrued(2004, 1, 1), 9);
    expect(liq(free, D(2004, 1, 1), 50).applies).toBe("B");
  });
  test("a cap that does not bind changes nothing (votingPowerAtIssue 10,000,000: 1.6 per share)", () => {
    const loose = terms({ votingPowerAtIssue: 10_000_000 });
    for (const cv of [0, 5, 30, 100]) expect(liq(loose, D(2004, 1, 1), cv).perShare.eq(liq(free, D(2004, 1, 1), cv).perShare)).toBe(true);
  });
  test("unset votingPowerAtIssue (the default) changes nothing: B is (1 + D/28) × commonValue", () => {
    const d = refAccrued(2005, 7, 1);
    expect(n(liq(free, D(2005, 7, 1), 60).valueB)).toBeCloseTo((1 + d / 28) * 60, 9);
  });
});

describe("Cert §6(a)(B) with §5(k)(6): the redemption's as-converted limb is capped", () => {
  const red = (t: typeof free, fmv: number, trigger: "6A" | "SALE" | "3D" | "3E" = "6A", day = D(2006, 6, 1)) =>
    redemptionPrice(t, { day, fmv: new Dec(fmv), trigger, events: [], payments: [] });
  test("trigger 6A on 2006-06-01 at $100: B = 4/5 × $100 = $80", () => {
    const r = red(capped, 100);
    expect(r.valueB.eq(80)).toBe(true);
    expect(r.price.eq(80)).toBe(true);
    expect(n(red(free, 100).valueB)).toBeCloseTo((1 + refAccrued(2006, 6, 1) / 28) * 100, 9);
  });
  test("trigger 6A at $60: capped B = $48 is below A = LV + accrued, which applies", () => {
    const a = 28 + refAccrued(2006, 6, 1); // ≈ 51.8
    const r = red(capped, 60);
    expect(r.valueB.eq(48)).toBe(true);
    expect(n(r.price)).toBeCloseTo(a, 9);
  });
  test("trigger 3D in year 5 (2004-06-01): max(A, capped B, 4 × LV = $112)", () => {
    const r = red(capped, 200, "3D", D(2004, 6, 1));
    expect(r.valueB.eq(160)).toBe(true); // 4/5 × 200
    expect(r.price.eq(160)).toBe(true);
    expect(red(capped, 100, "3D", D(2004, 6, 1)).price.eq(112)).toBe(true); // capped B 80 < 112
  });
});

describe("SERIESC_EXIT with §5(k)(6): the Series C converts into at most the capped shares", () => {
  type Row = Omit<CapitalInput, "row">;
  const rows: Row[] = [
    { name: "Series C", type: "SERIESC", quantity: 1_250_000 },
    { name: "Common", type: "COMMON", quantity: 10_000_000 },
  ];
  const capital = checkCapital(rows.map((r, i) => ({ ...r, row: i + 1 })));
  test("2004-01-01, $1,100M: the Series C converts into 1,000,000 shares; p = $100, it receives $100M ($80 a share)", () => {
    // converting: pool 10,000,000 + min(1,250,000 × (1 + D/28), 1,000,000) = 11,000,000 shares; 1,100M / 11M = $100;
    // 4/5 × 100 = 80 > A ≈ 41.03, and staying (A) would give it less: converting is the equilibrium.
    const r = distributeExit(prepareExit(capped, { day: D(2004, 1, 1), capital, events: [], payments: [] }), new Dec(1_100_000_000));
    expect(r.commonValue.eq(100)).toBe(true);
    expect(r.rows[0].converts).toBe(true);
    expect(r.rows[0].amount.eq(100_000_000)).toBe(true);
    expect(r.rows[0].perShare!.eq(80)).toBe(true);
    expect(r.rows[1].amount.eq(1_000_000_000)).toBe(true);
    // and SERIESC_LIQPREF at that p says the same (Cert §4(a))
    expect(liq(capped, D(2004, 1, 1), 100).perShare.eq(80)).toBe(true);
  });
  test("the same without the cap: the Series C's dividend shares dilute the common (p below $100)", () => {
    const r = distributeExit(prepareExit(free, { day: D(2004, 1, 1), capital, events: [], payments: [] }), new Dec(1_100_000_000));
    const d = refAccrued(2004, 1, 1);
    expect(n(r.commonValue)).toBeCloseTo(1_100_000_000 / (10_000_000 + 1_250_000 * (1 + d / 28)), 9);
  });
  test("a tight cap (votingPowerAtIssue 1,000,000: 0.16 a share) makes the Series C take its preference", () => {
    const tight = terms({ votingPowerAtIssue: 1_000_000 });
    const r = distributeExit(prepareExit(tight, { day: D(2004, 1, 1), capital, events: [], payments: [] }), new Dec(1_100_000_000));
    const a = 28 + refAccrued(2004, 1, 1);
    expect(r.rows[0].converts).toBe(false);
    expect(n(r.rows[0].perShare!)).toBeCloseTo(a, 9);
    expect(n(r.commonValue)).toBeCloseTo((1_100_000_000 - 1_250_000 * a) / 10_000_000, 9); // 0.16 × p ≈ 16.8 < A
  });
});

describe("property (Cert §5(k)(6)): the as-converted limb never exceeds what SERIESC_CONVSHARES delivers × the common value", () => {
  const kinds = { "6A": "OPTIONAL", SALE: "SALE", "3D": "OPTIONAL", "3E": "OPTIONAL" } as const;
  test("SERIESC_LIQPREF's B and SERIESC_REDEMPTION's B, random dates, values and caps", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: D(2000, 12, 29), max: D(2009, 12, 31) }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 20_000_000 }),
        fc.boolean(),
        fc.constantFrom("6A", "SALE", "3D", "3E") as fc.Arbitrary<"6A" | "SALE" | "3D" | "3E">,
        (day, cents, vp, withSplit, trigger) => {
          const t = terms({ votingPowerAtIssue: vp });
          const events = withSplit ? evts(t, [{ day: D(2000, 8, 29), type: "SPLIT", a: 1.5 }]) : [];
          const value = new Dec(cents).div(100);
          const shares = new Dec(1000);
          const perShareCap = new Dec(vp).times("0.2").div(1_250_000);
          // Cert §4(a)(ii): from the first anniversary on, the deemed conversion is a SALE conversion on the event's date
          const l = liquidationPreference(t, { day, commonValue: value, events, payments: [] });
          const c = convertShares(t, { shares, day, fmv: value, kind: "SALE", events, payments: [] });
          if (l.valueB.gt(c.issuable.times(value).div(shares))) return false;
          if (l.valueB.gt(perShareCap.times(value))) return false;
          // Cert §6(a)(B): the conversion kind that matches the trigger
          if (trigger === "6A" && day <= D(2006, 3, 29)) return true;
          const r = redemptionPrice(t, { day, fmv: value, trigger, events, payments: [] });
          const cr = convertShares(t, { shares, day, fmv: value, kind: kinds[trigger], events, payments: [] });
          return r.valueB.lte(cr.issuable.times(value).div(shares)) && r.valueB.lte(perShareCap.times(value));
        },
      ),
      { numRuns: 300 },
    );
  });
  test("SERIESC_EXIT: a converting Series C never receives more than the cap × p per share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: D(2000, 12, 29), max: D(2009, 12, 31) }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 1, max: 20_000_000 }),
        fc.integer({ min: 1, max: 20_000_000 }),
        (day, proceedsM, vp, common) => {
          const t = terms({ votingPowerAtIssue: vp });
          const cap = checkCapital([
            { row: 1, name: "C", type: "SERIESC", quantity: 1_250_000 },
            { row: 2, name: "Common", type: "COMMON", quantity: common },
          ]);
          const r = distributeExit(prepareExit(t, { day, capital: cap, events: [], payments: [] }), new Dec(proceedsM).times(1e6));
          if (r.rows[0].converts !== true) return true;
          const p = r.commonValue;
          const limit = new Dec(vp).times("0.2").div(1_250_000).times(p);
          if (!r.rows[0].perShare!.lte(limit.times(new Dec(1).plus("1e-30")))) return false;
          if (p.isZero()) return true;
          // Cert §4(a): the same as SERIESC_LIQPREF's B at p, and never more than SERIESC_CONVSHARES delivers × p
          const b = liquidationPreference(t, { day, commonValue: p, events: [], payments: [] }).valueB;
          const delivered = convertShares(t, { shares: new Dec(1_250_000), day, fmv: p, kind: "SALE", events: [], payments: [] })
            .issuable.times(p)
            .div(1_250_000);
          const close = (x: Dec, y: Dec) => x.minus(y).abs().lte(y.abs().plus(1).times("1e-25"));
          return close(r.rows[0].perShare!, b) && b.lte(delivered.times(new Dec(1).plus("1e-30")));
        },
      ),
      { numRuns: 200 },
    );
  });
});
