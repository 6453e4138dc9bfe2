import fc from "fast-check";
import { Dec, ZERO } from "../../../src/calc/core/decimal";
import { Claim, liquidationWaterfall } from "../../../src/calc/seriesC/waterfall";

const claim = (row: number, name: string, dividends: number, preference: number): Claim => ({
  row,
  name,
  dividends: new Dec(dividends),
  preference: new Dec(preference),
});
const two = [claim(1, "Series C", 1_000_000, 35_000_000), claim(2, "Series D", 500_000, 20_000_000)];
const pay = (assets: number, claims = two) =>
  liquidationWaterfall(new Dec(assets), claims).map((r) => [
    r.name,
    r.dividendsPaid.toNumber(),
    r.preferencePaid.toNumber(),
    r.totalPaid.toNumber(),
    r.shortfall.toNumber(),
  ]);

describe("Cert §4(a) insufficient assets: dividends first, ratably; then preferences, ratably", () => {
  test("zero assets: nothing paid, every claim short", () => {
    expect(pay(0)).toEqual([
      ["Series C", 0, 0, 0, 36_000_000],
      ["Series D", 0, 0, 0, 20_500_000],
    ]);
  });
  test("assets below the dividend claims: shared 1,000,000 : 500,000", () => {
    expect(pay(900_000)).toEqual([
      ["Series C", 600_000, 0, 600_000, 35_400_000],
      ["Series D", 300_000, 0, 300_000, 20_200_000],
    ]);
  });
  test("assets covering the dividends and part of the preferences: shared 35 : 20", () => {
    const rows = pay(12_500_000); // 1,500,000 to dividends, 11,000,000 to preferences
    expect(rows[0][1]).toBe(1_000_000);
    expect(rows[1][1]).toBe(500_000);
    expect(rows[0][2]).toBeCloseTo((11_000_000 * 35) / 55, 6);
    expect(rows[1][2]).toBeCloseTo((11_000_000 * 20) / 55, 6);
  });
  test("assets above all claims: everything paid, no shortfall", () => {
    expect(pay(100_000_000)).toEqual([
      ["Series C", 1_000_000, 35_000_000, 36_000_000, 0],
      ["Series D", 500_000, 20_000_000, 20_500_000, 0],
    ]);
  });
  test("one class alone with insufficient assets", () => {
    expect(pay(10_000_000, [claim(1, "Series C", 3_000_000, 35_000_000)])).toEqual([["Series C", 3_000_000, 7_000_000, 10_000_000, 28_000_000]]);
  });
  test("three parity classes with thirds that do not terminate still add up exactly", () => {
    const claims = [claim(1, "C", 1, 1), claim(2, "D", 1, 1), claim(3, "E", 1, 1)];
    const r = liquidationWaterfall(new Dec(4), claims); // 3 to dividends, 1 to preferences
    expect(r.reduce((s, x) => s.plus(x.totalPaid), ZERO).eq(4)).toBe(true);
    r.forEach((x) => expect(x.dividendsPaid.eq(1)).toBe(true));
    r.forEach((x) => expect(x.preferencePaid.toNumber()).toBeCloseTo(1 / 3, 12));
  });
  test("a class with no dividend claim gets none of the first tranche", () => {
    const rows = pay(150, [claim(1, "C", 100, 100), claim(2, "D", 0, 100)]);
    expect(rows).toEqual([
      ["C", 100, 25, 125, 75],
      ["D", 0, 25, 25, 75],
    ]);
  });
  test("negative amounts and no claims are refused", () => {
    expect(() => liquidationWaterfall(new Dec(-1), two)).toThrow(/^assets: /);
    expect(() => liquidationWaterfall(new Dec(1), [claim(1, "C", -1, 0)])).toThrow(/^claims: row 1/);
    expect(() => liquidationWaterfall(new Dec(1), [claim(1, "C", 0, -1)])).toThrow(/^claims: row 1/);
    expect(() => liquidationWaterfall(new Dec(1), [])).toThrow(/^claims: /);
  });
});

describe("property: the waterfall pays out exactly min(assets, total claims)", () => {
  const money = fc.integer({ min: 0, max: 10_000_000_000 }).map((c) => c / 100);
  test("random classes and assets", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(money, money), { minLength: 1, maxLength: 7 }), money, (rows, assets) => {
        const claims = rows.map(([dv, pf], i) => claim(i + 1, `P${i}`, dv, pf));
        const out = liquidationWaterfall(new Dec(assets), claims);
        const paid = out.reduce((s, r) => s.plus(r.totalPaid), ZERO);
        const total = claims.reduce((s, c) => s.plus(c.dividends).plus(c.preference), ZERO);
        const expected = Dec.min(new Dec(assets), total);
        if (!paid.eq(expected)) return false;
        // no class gets more than its claim or less than nothing; dividends are served first
        const totalDiv = claims.reduce((s, c) => s.plus(c.dividends), ZERO);
        const divPaid = out.reduce((s, r) => s.plus(r.dividendsPaid), ZERO);
        if (!divPaid.eq(Dec.min(new Dec(assets), totalDiv))) return false;
        return out.every(
          (r, i) => r.totalPaid.gte(0) && r.shortfall.gte(0) && r.dividendsPaid.lte(claims[i].dividends) && r.preferencePaid.lte(claims[i].preference),
        );
      }),
      { numRuns: 300 },
    );
  });
});
