import fc from "fast-check";
import { addTo, difference, fromFixed, mulAdd, quotient, toFixed, toNumber } from "../../../src/calc/core/tripleDouble";

// The reference: BigInt fixed point far finer than a triple-double (2^-300), where products and sums are exact
// enough to measure the triple-double's error against.
const BITS = 300;
const K = BigInt(BITS);
const SCALE = 2 ** BITS;
const abs = (x: bigint) => (x < BigInt(0) ? -x : x);

/** A triple-double holding the fixed-point value x·2^-BITS (fromFixed: exact to 159 bits). */
function triple(x: bigint): Float64Array {
  const t = new Float64Array(3);
  fromFixed(x, 2 ** -BITS, t, 0);
  return t;
}

/** |got − want| ≤ want·2^-bits (in the reference's fixed point). */
function within(got: bigint, want: bigint, bits: number): boolean {
  return abs(got - want) <= (abs(want) >> BigInt(bits)) + BigInt(4);
}

// Nonnegative values of 1e-12 to 1e12 with a random 200-bit tail: what the price tree multiplies and adds.
const value = fc
  .tuple(fc.double({ min: 1e-12, max: 1e12, noNaN: true }), fc.bigInt({ min: BigInt(0), max: (BigInt(1) << BigInt(200)) - BigInt(1) }))
  .map(([x, tail]) => (BigInt(Math.round(x * 2 ** 60)) << (K - BigInt(60))) + (tail >> BigInt(Math.max(0, 200 - BITS + 150))));

describe("triple-double arithmetic (the price tree's compositions, priceTree.ts)", () => {
  test("property: fromFixed keeps 159 bits and toFixed reads them back", () => {
    fc.assert(
      fc.property(value, (x) => {
        expect(within(toFixed(triple(x), 0, SCALE), x, 155)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test("property: mulAdd gives a·b + c within 2^-150 of it, also when the output is one of the inputs", () => {
    fc.assert(
      fc.property(value, value, value, (a, b, c) => {
        const want = ((a * b) >> K) + c;
        const out = new Float64Array(3);
        mulAdd(triple(a), 0, triple(b), 0, triple(c), 0, out, 0);
        expect(within(toFixed(out, 0, SCALE), want, 150)).toBe(true);
        const v = triple(b);
        mulAdd(triple(a), 0, v, 0, triple(c), 0, v, 0); // the running value of a walk: v = a·v + c
        expect(within(toFixed(v, 0, SCALE), want, 150)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test("property: addTo gives a + c within 2^-150 of it", () => {
    fc.assert(
      fc.property(value, value, (a, c) => {
        const t = triple(a);
        addTo(t, 0, triple(c), 0);
        expect(within(toFixed(t, 0, SCALE), a + c, 150)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test("property: quotient divides whole numbers below 2^53 to 155 bits (an issuance's σ, τ and Effective Price)", () => {
    const whole = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });
    fc.assert(
      fc.property(whole, fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 30 }), (n0, d, shift) => {
        const n = Math.min(n0, Math.floor(n0 / 2 ** shift)); // quotients of all sizes, from 0 to 2^53
        const out = new Float64Array(3);
        quotient(n, d, out, 0);
        expect(within(toFixed(out, 0, SCALE), (BigInt(n) << K) / BigInt(d), 155)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  test("property: difference has the sign of a − b for values apart by more than 2^-100 of them, and toNumber rounds", () => {
    fc.assert(
      fc.property(value, fc.bigInt({ min: BigInt(1), max: BigInt(1) << BigInt(120) }), fc.boolean(), (a, gap, up) => {
        const step = (a >> BigInt(100)) + gap;
        const b = up ? a + step : a - step;
        fc.pre(b > BigInt(0));
        expect(Math.sign(difference(triple(a), 0, triple(b), 0))).toBe(up ? -1 : 1);
        expect(toNumber(triple(a), 0)).toBe(Number(a) / SCALE);
      }),
      { numRuns: 2000 },
    );
  });
});
