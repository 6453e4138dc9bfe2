import fc from "fast-check";
import { Dec } from "../../../src/calc/core/decimal";
import { BlackScholesInput, blackScholes } from "../../../src/calc/optionExchange/blackScholes";
import { normalCdf, normalCdfBoth, normalCdfNumber } from "../../../src/calc/optionExchange/normal";
import { D, inputError } from "./helpers";

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
  blackScholes({ spot: D(S), strike: D(K), years: D(T), rate: D(r), vol: D(vol), divYield: D(q), type });

describe("Black–Scholes–Merton", () => {
  test("Hull (Options, Futures and Other Derivatives), Example 15.6: S=42, K=40, r=10%, σ=20%, T=0.5: call 4.7594, put 0.8086", () => {
    expect(bs(42, 40, 0.5, 0.1, 0.2).toNumber()).toBeCloseTo(4.7594, 4);
    expect(bs(42, 40, 0.5, 0.1, 0.2, 0, "PUT").toNumber()).toBeCloseTo(0.8086, 4);
  });

  test("Hull Example 17.1 (index option with dividend yield): S=930, K=900, r=8%, q=3%, σ=20%, T=2/12: call 51.83", () => {
    expect(bs(930, 900, 2 / 12, 0.08, 0.2, 0.03).toNumber()).toBeCloseTo(51.83, 2);
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
  ] as const)("S=%d K=%d T=%d r=%d σ=%d q=%d %s = %s (1e-10 relative)", (S, K, T, r, v, q, type, expected) => {
    expectRel(bs(S, K, T, r, v, q, type), expected, 1e-10);
  });

  test("zero volatility: intrinsic value of the forward", () => {
    // call = max(42 − 40 e^(−0.05), 0); put = max(40 e^(−0.05) − 42, 0) = 0
    expect(bs(42, 40, 0.5, 0.1, 0).toNumber()).toBeCloseTo(42 - 40 * Math.exp(-0.05), 12);
    expect(bs(42, 40, 0.5, 0.1, 0, 0, "PUT").toNumber()).toBe(0);
    // with a dividend yield: put = 50 e^(−0.1) − 42 e^(−0.02) = 4.07
    expect(bs(42, 50, 1, 0.1, 0, 0.02, "PUT").toNumber()).toBeCloseTo(50 * Math.exp(-0.1) - 42 * Math.exp(-0.02), 12);
  });

  test("zero time: max(S − K, 0)", () => {
    expect(bs(42, 40, 0, 0.1, 0.2).toNumber()).toBe(2);
    expect(bs(42, 40, 0, 0.1, 0.2, 0, "PUT").toNumber()).toBe(0);
    expect(bs(40, 40, 0, 0.1, 0.2).toNumber()).toBe(0);
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
          const forward = D(S).times(D(-q).times(T).exp()).minus(D(K).times(D(-r).times(T).exp()));
          const lhs = c.minus(p);
          return lhs.minus(forward).abs().lte(D(Math.max(S, K)).times(1e-13)) && c.gte(0) && p.gte(0);
        },
      ),
      { numRuns: 200 },
    );
  });

  describe("domains (#NUM! naming the argument)", () => {
    const base: BlackScholesInput = { spot: D(42), strike: D(40), years: D(0.5), rate: D(0.1), vol: D(0.2), divYield: D(0), type: "CALL" };
    test.each([
      ["spot", { spot: D(0) }],
      ["spot", { spot: D(-1) }],
      ["strike", { strike: D(0) }],
      ["years", { years: D(-0.1) }],
      ["years", { years: D(1001) }],
      ["vol", { vol: D(-0.2) }],
      ["vol", { vol: D(101) }],
      ["rate", { rate: D(101) }],
      ["divYield", { divYield: D(-101) }],
    ])("%s out of domain", (arg, patch) => {
      const e = inputError(() => blackScholes({ ...base, ...patch }));
      expect(e.code).toBe("num");
      expect(e.message.startsWith(`${arg}: `)).toBe(true);
    });
  });
});
