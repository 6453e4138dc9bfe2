import fc from "fast-check";
import {
  Dec,
  Exact,
  differenceProductDouble,
  doubleDouble,
  exactMinus,
  exactPlus,
  quotientDouble,
  toDouble,
  wholeDouble,
  wholeDec,
  wholeExact,
} from "../../../src/calc/core/decimal";
import { Ratio } from "../../../src/calc/core/exactValue";

/** toDouble must give the very double decimal.js's toNumber gives, for every value. */
describe("toDouble equals Decimal.toNumber", () => {
  const same = (x: InstanceType<typeof Dec>) => {
    const a = toDouble(x);
    const b = x.toNumber();
    expect(Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b))).toBe(true);
  };

  it("on hand-picked values: zeros, integers, limb boundaries, the double range's edges, non-finite", () => {
    const cases = [
      "0",
      "-0",
      "1",
      "-1",
      "10000000",
      "9999999",
      "10000001",
      "1e7",
      "12345678901234567890123456789012345678901",
      "0.1",
      "0.30000000000000000000000000000000000001",
      "3.393458866681637847144247323901489632459",
      "1.7976931348623157e308",
      "1.7976931348623158e308",
      "1.8e308",
      "5e-324",
      "2.4703282292062327e-324",
      "2.4703282292062328e-324",
      "1e-400",
      "-1e-400",
      "1e400",
      "9007199254740993",
      "9007199254740992.5",
      "0.000000100000005",
      "123.4567000",
      "Infinity",
      "-Infinity",
      "NaN",
    ];
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

/** quotientDouble(b, a), when it answers, is the double of the 40-digit Decimal quotient b ÷ a. */
describe("quotientDouble equals toDouble(b ÷ a) in Decimal", () => {
  const viaDecimal = (b: number, a: number) => toDouble(new Dec(b).div(a));
  const whole = fc.oneof(
    fc.integer({ min: 1, max: 1000 }),
    fc.integer({ min: 1, max: 2 ** 31 }),
    fc.double({ min: 1, max: 2 ** 53, noNaN: true }).map(Math.floor),
  );

  it("on random whole numbers up to 2^53, answering nearly always", () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.oneof(whole, fc.constant(0)), whole, (b, a) => {
        const y = quotientDouble(b, a);
        if (y !== undefined) {
          answered++;
          expect(y).toBe(viaDecimal(b, a));
        }
      }),
      { numRuns: 5000 },
    );
    expect(answered).toBeGreaterThan(4900);
  });

  it("at the ends of its domain, and not at all outside it", () => {
    for (const [b, a] of [
      [0, 1],
      [1, 1],
      [2 ** 53, 1],
      [1, 2 ** 53],
      [2 ** 53, 2 ** 53],
      [2 ** 53 - 1, 3],
      [1, 3],
      [2, 3],
      [10, 7],
    ]) {
      expect(quotientDouble(b, a)).toBe(viaDecimal(b, a));
    }
    // 2^53 / (2^53 − 1) = 1 + 2^-53 + 2^-106 + …: 2^-106 above the point halfway between 1 and the next double.
    expect(quotientDouble(2 ** 53, 2 ** 53 - 1)).toBeUndefined();
    for (const [b, a] of [
      [1.5, 1],
      [1, 0.5],
      [-1, 1],
      [1, 0],
      [2 ** 53 + 2, 1],
      [1, 2 ** 53 + 2],
      [NaN, 1],
      [1, Infinity],
    ])
      expect(quotientDouble(b, a)).toBeUndefined();
  });

  it("next to a point halfway between two doubles: undefined (the caller divides in Decimal), or the Decimal's double", () => {
    // b / a = m ± 1/(a·2^40) with m = M/2^40, M odd of 54 bits: halfway between two doubles of [2^13, 2^14).
    const [ZERO_N, ONE_N, TWO_N] = [BigInt(0), BigInt(1), BigInt(2)]; // no BigInt literals below ES2020
    const TWO40 = ONE_N << BigInt(40);
    const inverse = (x: bigint, mod: bigint): bigint => {
      let [r0, r1, s0, s1] = [x % mod, mod, ONE_N, ZERO_N];
      while (r1 !== ZERO_N) {
        const q = r0 / r1;
        [r0, r1] = [r1, r0 - q * r1];
        [s0, s1] = [s1, s0 - q * s1];
      }
      return ((s0 % mod) + mod) % mod;
    };
    let fallbacks = 0;
    fc.assert(
      fc.property(fc.bigInt({ min: ONE_N << BigInt(52), max: (ONE_N << BigInt(53)) - ONE_N }), fc.boolean(), (half, below) => {
        const M = TWO_N * half + ONE_N; // odd, in [2^53, 2^54)
        const inv = inverse(M, TWO40);
        const a = below ? inv : TWO40 - inv; // a·M ≡ 1 or −1 (mod 2^40)
        const b = (a * M + (below ? -ONE_N : ONE_N)) / TWO40; // exact: b/a = m ∓ 1/(a·2^40)
        if (a < ONE_N || b < ONE_N || b > ONE_N << BigInt(53)) return;
        const y = quotientDouble(Number(b), Number(a));
        if (y === undefined) fallbacks++;
        else expect(y).toBe(viaDecimal(Number(b), Number(a)));
      }),
      { numRuns: 300 },
    );
    expect(fallbacks).toBeGreaterThan(0);
  });
});

/** differenceProductDouble of the three as doubleDoubles, when it answers, is the double of the 40-digit q × (x − k). */
describe("differenceProductDouble equals toDouble(q × (x − k)) in Decimal", () => {
  const viaDecimal = (q: number, k: number, x: InstanceType<typeof Dec>) => toDouble(new Dec(q).times(x.minus(k)));
  const fast = (q: number, k: number, x: InstanceType<typeof Dec>) =>
    differenceProductDouble(doubleDouble(new Dec(q)), doubleDouble(new Dec(k)), doubleDouble(x));
  const money = fc.oneof(
    fc.integer({ min: 0, max: 10000 }).map((c) => c / 100),
    fc.double({ min: 0, max: 1e6, noNaN: true }),
    fc.constantFrom(0, 10, 28, 58.8, 0.01),
  );
  const shares = fc.oneof(fc.integer({ min: 1, max: 1e7 }), fc.double({ min: 1e-3, max: 1e12, noNaN: true }));
  // x: a 40-digit value above k, as the exit waterfall's p (a quotient of exact sums)
  const above = fc.tuple(money, fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 1e9 })).map(([k, a, b]) => new Dec(k).plus(new Dec(a).div(b)));

  it("on random quantities, strikes and 40-digit values, answering nearly always", () => {
    let answered = 0;
    let runs = 0;
    fc.assert(
      fc.property(shares, money, above, (q, k, dx) => {
        runs++;
        const x = dx.plus(0); // above k by the fraction
        const xx = new Dec(k).plus(x.minus(new Dec(k)));
        const y = fast(q, k, xx);
        if (y !== undefined) {
          answered++;
          expect(y).toBe(viaDecimal(q, k, xx));
        }
      }),
      { numRuns: 3000 },
    );
    expect(answered).toBeGreaterThan(runs * 0.99);
  });

  it("halfway cases and extremes: either the Decimal's double or no answer", () => {
    // q × (x − k) within 1e-30 of a point halfway between two doubles: 1 + 2^-53 (+/- tiny)
    const half = new Dec(1).plus(new Dec(2).pow(-53));
    for (const d of ["0", "1e-35", "-1e-35", "1e-20", "-1e-20"]) {
      const x = half.plus(d).plus(3); // k = 3, q = 1
      const y = fast(1, 3, x);
      if (y !== undefined) expect(y).toBe(viaDecimal(1, 3, x));
    }
    for (const [q, k, x] of [
      [1e300, 0, new Dec("1e10")],
      [1e-300, 0, new Dec("1e-30")],
      [5e-324, 0, new Dec("3")],
      [3, 1e20, new Dec("1e20").plus("0.5")],
    ] as const) {
      const y = fast(q, k, x);
      if (y !== undefined) expect(y).toBe(viaDecimal(q, k, x));
    }
  });
});

/** wholeDouble reads a whole number below 10^15 from the limbs; Ratio.of takes it for such numbers and the text otherwise. */
describe("wholeDouble and Ratio.of", () => {
  const text = (x: InstanceType<typeof Dec>): bigint | undefined => (x.isInteger() ? BigInt(x.toFixed()) : undefined);

  it("on hand-picked values: zeros, limb boundaries, 10^15 and beyond, fractions", () => {
    for (const s of [
      "0",
      "-0",
      "1",
      "-1",
      "9999999",
      "10000000",
      "10000001",
      "-123456789012345",
      "999999999999999",
      "1e14",
      "7e7",
      "1e15",
      "4503599627370496",
      "0.5",
      "1.25e3",
      "-2e-7",
    ]) {
      for (const C of [Dec, Exact]) {
        const x = new C(s);
        const w = wholeDouble(x);
        if (x.isInteger() && x.abs().lt("1e15")) expect(Object.is(w, Number(x.toFixed()) + 0)).toBe(true);
        else expect(w).toBeUndefined();
        const r = Ratio.of(x);
        expect(r.num * BigInt(10) ** BigInt(20)).toBe(BigInt(x.times("1e20").toFixed()) * r.den);
        if (w !== undefined) expect(r.den).toBe(BigInt(1));
      }
    }
  });

  it("on random integers and decimals", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.double({ min: -1e16, max: 1e16, noNaN: true })), (v) => {
        const x = new Exact(v);
        const w = wholeDouble(x);
        if (x.isInteger() && x.abs().lt("1e15")) expect(w).toBe(v === 0 ? 0 : v);
        else expect(w).toBeUndefined();
        const r = Ratio.of(x);
        const t = text(x);
        if (t !== undefined) expect([r.num, r.den]).toEqual([t, BigInt(1)]);
        else expect(r.num * BigInt(10) ** BigInt(400)).toBe(BigInt(x.times("1e400").toFixed()) * r.den);
      }),
      { numRuns: 500 },
    );
  });
});

describe("wholeExact, exactPlus, exactMinus: share counts without the Decimal constructor's parse, the same values", () => {
  /** decimal.js's own representation: limbs, exponent, sign. */
  const parts = (x: InstanceType<typeof Dec>) => [x.d, x.e, x.s];
  const whole = fc.oneof(
    fc.integer(),
    fc.constantFrom(1, 9, 10, 9_999_999, 10_000_000, 10_000_001, 50_000_000, 1e14, 1e14 + 7, 4_640_000, Number.MAX_SAFE_INTEGER),
    fc.maxSafeInteger(),
  );

  test("property: wholeDec(n) is new Dec(n), limb for limb (an event's share count)", () => {
    fc.assert(
      fc.property(whole, fc.boolean(), (n, negative) => {
        const m = negative && n !== 0 ? -n : n;
        const x = wholeDec(m);
        expect(x.constructor).toBe(Dec);
        expect(parts(x)).toEqual(parts(new Dec(m)));
        expect(x.times(3).div(7).toString()).toBe(new Dec(m).times(3).div(7).toString());
      }),
      { numRuns: 2000 },
    );
  });

  test("property: wholeExact(n) is new Exact(n), limb for limb (no trailing zero limbs), and calculates alike", () => {
    fc.assert(
      fc.property(whole, fc.boolean(), (n, negative) => {
        const m = negative && n !== 0 ? -n : n; // zero is +0 (a count is never −0)
        const x = wholeExact(m);
        const y = new Exact(m);
        expect(parts(x)).toEqual(parts(y));
        expect(x.toString()).toBe(y.toString());
        expect(x.plus(1).eq(y.plus(1))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test("property: exactPlus and exactMinus equal the Exact sums, for whole numbers, fractions and sums beyond 2^53", () => {
    const value = fc.oneof(
      whole.map((n) => new Dec(n)),
      fc.double({ min: -1e20, max: 1e20, noNaN: true }).map((x) => new Dec(x)),
    );
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(exactPlus(a, b).eq(new Exact(a).plus(b))).toBe(true);
        expect(exactMinus(a, b).eq(new Exact(a).minus(b))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
