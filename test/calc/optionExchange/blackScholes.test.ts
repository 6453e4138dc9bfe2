import fc from "fast-check";
import { Dec } from "../../../src/calc/core/decimal";
import { BlackScholesInput, blackScholes } from "../../../src/calc/optionExchange/blackScholes";
import { ReferenceDecimal, exactDecimal, referenceBlackScholes, referencePhi, relativeError } from "../../support/referenceBlackScholes";
import { normalCdf, normalCdfBoth, normalCdfNumber } from "../../../src/calc/optionExchange/normal";
import { inputError } from "./helpers";

/** |actual − expected| ≤ rel × |expected| */
function expectRel(actual: Dec, expected: string, rel: number) {
  const e = new Dec(expected);
  const err = actual.minus(e).abs();
  expect(err.lte(e.abs().times(rel))).toBe(true);
}

describe("normal distribution function Φ (Cody)", () => {
  // Reference values: mpmath 1.3 ncdf at 30 digits, at the same double arguments (an independent arbitrary-precision library).
  const GRID: [number, string][] = [
    [-37.5, "4.6053530095819548438e-308"],
    [-37, "5.7255712225245768227e-300"],
    [-30, "4.9067139271481870595e-198"],
    [-25, "3.0566967063825609164e-138"],
    [-20, "2.7536241186062336951e-89"],
    [-15, "3.6709661993127508858e-51"],
    [-12, "1.7764821120776789977e-33"],
    [-10, "7.619853024160526066e-24"],
    [-8.5, "9.4795348222033183542e-18"],
    [-7, "1.2798125438858350044e-12"],
    [-6, "9.865876450376981407e-10"],
    [-5.6568, "7.7110648569755535651e-9"],
    [-5.6569, "7.7065752450713863423e-9"],
    [-5, "2.8665157187919391167e-7"],
    [-4, "0.000031671241833119921254"],
    [-3, "0.0013498980316300945267"],
    [-2, "0.0227501319481792072"],
    [-1.5, "0.066807201268858066004"],
    [-1, "0.15865525393145705141"],
    [-0.6744, "0.25002852137294061469"],
    [-0.6745, "0.24999674286369916889"],
    [-0.5, "0.30853753872598689636"],
    [-0.1, "0.46017216272297101633"],
    [-1e-10, "0.49999999996010577196"],
    [0.1, "0.53982783727702898367"],
    [0.5, "0.69146246127401310364"],
    [0.6745, "0.75000325713630083111"],
    [1, "0.84134474606854294859"],
    [1.5, "0.933192798731141934"],
    [2, "0.9772498680518207928"],
    [3, "0.99865010196836990547"],
    [5, "0.99999971334842812081"],
    [5.657, "0.99999999229791182782"],
    [7, "0.99999999999872018746"],
    [8, "0.9999999999999993779"],
    [8.3, "0.99999999999999994794"],
    [9, "0.99999999999999999989"],
  ];

  test.each(GRID)("Φ(%d) to 1e-14 relative", (x, expected) => {
    expectRel(normalCdf(x), expected, 1e-14);
  });

  test.each(GRID.filter(([x]) => x < 0))("upper tail 1 − Φ(%d) computed directly to 1e-14 relative", (x, expected) => {
    expectRel(new Dec(normalCdfBoth(-x).upper), expected, 1e-14);
  });

  test("Φ(x) + Φ(−x) = 1 and monotone", () => {
    fc.assert(
      fc.property(fc.double({ min: -40, max: 40, noNaN: true }), (x) => {
        const a = normalCdfNumber(x);
        return Math.abs(a + normalCdfNumber(-x) - 1) < 4e-16 && a <= normalCdfNumber(x + 1e-3) && a >= 0 && a <= 1;
      }),
    );
  });

  test("beyond ±37.5 the double under/overflows to 0 or 1, never NaN", () => {
    expect(normalCdfNumber(-38)).toBe(0); // true value 2.9e−316
    expect(normalCdfNumber(-1e300)).toBe(0);
    expect(normalCdfNumber(1e300)).toBe(1);
    expect(normalCdfNumber(-Infinity)).toBe(0);
  });
});

const bs = (S: number, K: number, T: number, r: number, vol: number, q = 0, type: "CALL" | "PUT" = "CALL") =>
  blackScholes({ spot: S, strike: K, years: T, rate: r, vol, divYield: q, type });

/** The code under test against the independent 60-digit reference (test/support/referenceBlackScholes.ts). */
function expectReference(S: number, K: number, T: number, r: number, v: number, q: number, type: "CALL" | "PUT", rel = 1e-12) {
  const actual = bs(S, K, T, r, v, q, type);
  const err = relativeError(actual, referenceBlackScholes(S, K, T, r, v, q, type === "CALL"));
  if (!(err <= rel)) throw new Error(`S=${S} K=${K} T=${T} r=${r} σ=${v} q=${q} ${type}: ${actual}, relative error ${err}`);
}

describe("the test's own reference (60-digit Φ and Black–Scholes)", () => {
  test("Φ agrees with the mpmath grid above to 1e-18 relative", () => {
    const grid: [number, string][] = [
      [-37.5, "4.6053530095819548438e-308"],
      [-10, "7.619853024160526066e-24"],
      [-5.6568, "7.7110648569755535651e-9"],
      [-1, "0.15865525393145705141"],
      [0.1, "0.53982783727702898367"],
      [5, "0.99999971334842812081"],
      [9, "0.99999999999999999989"],
    ];
    for (const [x, e] of grid) expect(referencePhi(exactDecimal(x)).minus(e).abs().div(e).toNumber()).toBeLessThan(1e-18);
  });
});

describe("Black–Scholes–Merton in doubles", () => {
  test("Hull (Options, Futures and Other Derivatives), Example 15.6: S=42, K=40, r=10%, σ=20%, T=0.5: call 4.7594, put 0.8086", () => {
    expect(bs(42, 40, 0.5, 0.1, 0.2)).toBeCloseTo(4.7594, 4);
    expect(bs(42, 40, 0.5, 0.1, 0.2, 0, "PUT")).toBeCloseTo(0.8086, 4);
  });

  // Haug, The Complete Guide to Option Pricing Formulas (generalized Black–Scholes–Merton, the table
  // QuantLib's European option tests use, at their tolerance 1e-4): type, strike, spot, q, r, T, σ, value.
  const HAUG: [type: "CALL" | "PUT", K: number, S: number, q: number, r: number, T: number, v: number, value: number][] = [
    ["CALL", 65, 60, 0, 0.08, 0.25, 0.3, 2.1334],
    ["PUT", 95, 100, 0.05, 0.1, 0.5, 0.2, 2.4648],
    ["PUT", 19, 19, 0.1, 0.1, 0.75, 0.28, 1.7011],
    ["CALL", 19, 19, 0.1, 0.1, 0.75, 0.28, 1.7011],
    ["CALL", 1.6, 1.56, 0.08, 0.06, 0.5, 0.12, 0.0291],
    ["PUT", 70, 75, 0.05, 0.1, 0.5, 0.35, 4.087],
    ["CALL", 100, 90, 0.1, 0.1, 0.1, 0.15, 0.0205],
    ["CALL", 100, 100, 0.1, 0.1, 0.1, 0.15, 1.8734],
    ["CALL", 100, 110, 0.1, 0.1, 0.1, 0.15, 9.9413],
    ["CALL", 100, 90, 0.1, 0.1, 0.1, 0.25, 0.315],
    ["CALL", 100, 100, 0.1, 0.1, 0.1, 0.25, 3.1217],
    ["CALL", 100, 110, 0.1, 0.1, 0.1, 0.25, 10.3556],
    ["CALL", 100, 90, 0.1, 0.1, 0.1, 0.35, 0.9474],
    ["CALL", 100, 100, 0.1, 0.1, 0.1, 0.35, 4.3693],
    ["CALL", 100, 110, 0.1, 0.1, 0.1, 0.35, 11.1381],
    ["CALL", 100, 90, 0.1, 0.1, 0.5, 0.15, 0.8069],
    ["CALL", 100, 100, 0.1, 0.1, 0.5, 0.15, 4.0232],
    ["CALL", 100, 110, 0.1, 0.1, 0.5, 0.15, 10.5769],
  ];
  test.each(HAUG)("Haug: %s K=%d S=%d q=%d r=%d T=%d σ=%d → %d (table within 1e-4; reference to 1e-12 relative)", (type, K, S, q, r, T, v, value) => {
    expect(Math.abs(bs(S, K, T, r, v, q, type) - value)).toBeLessThanOrEqual(1e-4);
    expectReference(S, K, T, r, v, q, type);
  });

  // Reference values: the same formula evaluated in mpmath at 40 digits (independent of this code).
  test.each([
    [42, 40, 0.5, 0.1, 0.2, 0, "CALL", "4.759422392871533219600728"],
    [42, 40, 0.5, 0.1, 0.2, 0, "PUT", "0.8085993729000935832577413"],
    [930, 900, 2 / 12, 0.08, 0.2, 0.03, "CALL", "51.83295679649084889588494"],
    [100, 1, 1, 0.05, 0.2, 0, "CALL", "99.04877057549928599090857"], // deep in the money
    [1, 100, 1, 0.05, 0.2, 0, "CALL", "3.377917311288854982343859e-116"], // deep out of the money
    [100, 1, 1, 0.05, 0.2, 0, "PUT", "3.235132858009305405902142e-121"],
    [10, 40, 0.25, 0.03, 0.1, 0, "CALL", "3.901229779427917110701185e-169"],
    [100, 100, 0.000001, 0.05, 0.2, 0, "CALL", "0.00798134564453585915700819"], // very short
    [100, 100, 100, 0.05, 0.2, 0.01, "CALL", "36.17139051309589491483831"], // very long
    [100, 100, 100, 0.05, 0.2, 0.01, "PUT", "0.05724109586020946494953773"],
    [50, 60, 2, -0.005, 0.3, 0.02, "PUT", "16.71527830821516905631496"], // negative rate
    [0.34, 8.75, 7, 0.05, 1.2, 0, "CALL", "0.2167555696993982815476121"],
    [0.34, 0.34, 10, 0.05, 1.2, 0, "CALL", "0.3247971722847857488159046"],
  ] as const)("S=%d K=%d T=%d r=%d σ=%d q=%d %s = %s (mpmath; 1e-12 relative, deep tails 1e-11)", (S, K, T, r, v, q, type, expected) => {
    const e = new ReferenceDecimal(expected);
    expect(relativeError(bs(S, K, T, r, v, q, type), e)).toBeLessThanOrEqual(e.lt(1e-100) ? 1e-11 : 1e-12);
    // and the test's own reference agrees with mpmath (which took the inputs' decimal text, 0.2, not the
    // double nearest it: deep in a tail the value moves ~d1² times that 1e−17 difference)
    expect(relativeError(referenceBlackScholes(S, K, T, r, v, q, type === "CALL").toNumber(), e)).toBeLessThan(e.lt(1e-100) ? 1e-13 : 1e-15);
  });

  test("random inputs: 1e-12 relative to the 60-digit reference wherever the value is not deep in a tail", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 500, noNaN: true }),
        fc.double({ min: 0.05, max: 500, noNaN: true }),
        fc.double({ min: 0.01, max: 15, noNaN: true }),
        fc.double({ min: -0.02, max: 0.15, noNaN: true }),
        fc.double({ min: 0.05, max: 1.5, noNaN: true }),
        fc.double({ min: 0, max: 0.08, noNaN: true }),
        fc.boolean(),
        (S, K, T, r, v, q, call) => {
          const value = bs(S, K, T, r, v, q, call ? "CALL" : "PUT");
          if (value < 1e-8 * Math.max(S, K)) return true; // far in a tail: checked by the vectors above
          return relativeError(value, referenceBlackScholes(S, K, T, r, v, q, call)) <= 1e-12;
        },
      ),
      { numRuns: 300 },
    );
  });

  test("zero volatility: intrinsic value of the forward (limit)", () => {
    // call = max(42 − 40 e^(−0.05), 0); put = max(40 e^(−0.05) − 42, 0) = 0
    expect(bs(42, 40, 0.5, 0.1, 0)).toBeCloseTo(42 - 40 * Math.exp(-0.05), 12);
    expect(bs(42, 40, 0.5, 0.1, 0, 0, "PUT")).toBe(0);
    // with a dividend yield: put = 50 e^(−0.1) − 42 e^(−0.02) = 4.07
    expect(bs(42, 50, 1, 0.1, 0, 0.02, "PUT")).toBeCloseTo(50 * Math.exp(-0.1) - 42 * Math.exp(-0.02), 12);
    expectReference(42, 40, 0.5, 0.1, 0, 0, "CALL");
    // the limit: a tiny volatility gives the same value
    expect(Math.abs(bs(42, 40, 0.5, 0.1, 1e-9) - bs(42, 40, 0.5, 0.1, 0))).toBeLessThan(1e-12);
  });

  test("zero time: max(S − K, 0), and the limit of short times", () => {
    expect(bs(42, 40, 0, 0.1, 0.2)).toBe(2);
    expect(bs(42, 40, 0, 0.1, 0.2, 0, "PUT")).toBe(0);
    expect(bs(40, 40, 0, 0.1, 0.2)).toBe(0);
    expect(Math.abs(bs(42, 40, 1e-12, 0.1, 0.2) - 2)).toBeLessThan(1e-10);
    expectReference(42, 40, 1e-10, 0.1, 0.2, 0, "CALL");
  });

  test("property: put–call parity C − P = S e^(−qT) − K e^(−rT)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: -0.05, max: 0.2, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        (S, K, T, r, v, q) => {
          const c = bs(S, K, T, r, v, q, "CALL");
          const p = bs(S, K, T, r, v, q, "PUT");
          const forward = S * Math.exp(-q * T) - K * Math.exp(-r * T);
          return Math.abs(c - p - forward) <= Math.max(S, K) * 1e-13 && c >= 0 && p >= 0 && !Object.is(c, -0) && !Object.is(p, -0);
        },
      ),
      { numRuns: 200 },
    );
  });

  describe("domains (#NUM! naming the argument)", () => {
    const base: BlackScholesInput = { spot: 42, strike: 40, years: 0.5, rate: 0.1, vol: 0.2, divYield: 0, type: "CALL" };
    test.each([
      ["spot", { spot: 0 }],
      ["spot", { spot: -1 }],
      ["strike", { strike: 0 }],
      ["years", { years: -0.1 }],
      ["years", { years: 1001 }],
      ["vol", { vol: -0.2 }],
      ["vol", { vol: 101 }],
      ["rate", { rate: 101 }],
      ["divYield", { divYield: -101 }],
      ["spot", { spot: NaN }],
    ])("%s out of domain", (arg, patch) => {
      const e = inputError(() => blackScholes({ ...base, ...patch }));
      expect(e.code).toBe("num");
      expect(e.message.startsWith(`${arg}: `)).toBe(true);
    });
  });
});
