import fc from "fast-check";
import { Dec, Exact, toDouble } from "../../../src/calc/core/decimal";

/** toDouble must give the very double decimal.js's toNumber gives, for every value. */
describe("toDouble equals Decimal.toNumber", () => {
  const same = (x: InstanceType<typeof Dec>) => {
    const a = toDouble(x);
    const b = x.toNumber();
    expect(Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b))).toBe(true);
  };

  it("on hand-picked values: zeros, integers, limb boundaries, the double range's edges, non-finite", () => {
    const cases = ["0", "-0", "1", "-1", "10000000", "9999999", "10000001", "1e7", "12345678901234567890123456789012345678901", "0.1", "0.30000000000000000000000000000000000001",
      "3.393458866681637847144247323901489632459", "1.7976931348623157e308", "1.7976931348623158e308", "1.8e308", "5e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-400", "-1e-400", "1e400",
      "9007199254740993", "9007199254740992.5", "0.000000100000005", "123.4567000", "Infinity", "-Infinity", "NaN"];
    for (const c of cases) same(new Dec(c));
    for (const c of cases) same(new Exact(c));
  });

  it("on random decimals of up to 40 digits and any exponent a double can reach and beyond", () => {
    const digits = fc.stringMatching(/^[1-9][0-9]{0,39}$/);
    fc.assert(
      fc.property(fc.boolean(), digits, fc.integer({ min: -360, max: 340 }), (negative, ds, exp) => {
        same(new Dec(`${negative ? "-" : ""}${ds}e${exp}`));
      }),
      { numRuns: 5000 },
    );
  });

  it("on results of 40-digit arithmetic (quotients, products, sums of doubles)", () => {
    const dbl = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 });
    fc.assert(
      fc.property(dbl, dbl, (a, b) => {
        same(new Dec(a).plus(b));
        same(new Dec(a).times(b));
        if (b !== 0) same(new Dec(a).div(b));
      }),
      { numRuns: 3000 },
    );
  });

  it("on exact (2,000-digit) sums, whose digits run far past 40", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e-10, max: 1e-10 }), (a, b) => {
        same(new Exact(a).plus(b));
      }),
      { numRuns: 5000 },
    );
  });
});
