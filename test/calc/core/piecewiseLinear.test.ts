import fc from "fast-check";
import { Dec } from "../../../src/calc/core/decimal";
import { PiecewiseLinear, add, constant, line, lowerEnvelope, upperEnvelope, valueAt } from "../../../src/calc/core/piecewiseLinear";
import { combination, solveCombination } from "../../../src/calc/core/piecewiseSolve";

const d = (x: number) => new Dec(x);
const num = (x: Dec) => x.toNumber();
/** A plain-number function from the pieces' description: value of the last piece starting at or before x. */
const plain = (pieces: [number, number, number][]) => (x: number) => {
  let k = 0;
  for (let i = 0; i < pieces.length; i++) if (pieces[i][0] <= x) k = i;
  return pieces[k][1] * x + pieces[k][2];
};
const build = (pieces: [number, number, number][]): PiecewiseLinear =>
  pieces.map(([from, slope, intercept]) => ({ from: d(from), slope: d(slope), intercept: d(intercept) }));

/** Random continuous piecewise-linear functions on [0, ∞): breakpoints and slopes, intercepts made continuous. */
const continuous = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 5 }),
    fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 6, maxLength: 6 }),
    fc.integer({ min: -50, max: 50 }),
  )
  .map(([bps, slopes, start]) => {
    const xs = [0, ...bps.sort((a, b) => a - b)];
    const pieces: [number, number, number][] = [];
    let value = start;
    xs.forEach((x, i) => {
      const s = slopes[i];
      pieces.push([x, s, value - s * x]);
      if (i + 1 < xs.length) value += s * (xs[i + 1] - x);
    });
    return pieces;
  });

describe("piecewise-linear functions", () => {
  test("min(2x, 10): the crossing at 5 is a breakpoint, computed exactly", () => {
    const f = lowerEnvelope(line(d(2)), constant(d(10)));
    expect(f.map((p) => [num(p.from), num(p.slope), num(p.intercept)])).toEqual([
      [0, 2, 0],
      [5, 0, 10],
    ]);
  });
  test("max(1, x/3) + x: breakpoint at 3", () => {
    const f = add(upperEnvelope(constant(d(1)), line(d(1).div(3))), line(d(1)));
    expect(num(valueAt(f, d(1.5)))).toBeCloseTo(2.5, 15);
    expect(num(valueAt(f, d(6)))).toBeCloseTo(8, 15);
    expect(num(f[1].from)).toBe(3);
  });
  test("property: add, lower and upper envelopes agree with pointwise arithmetic", () => {
    fc.assert(
      fc.property(continuous, continuous, fc.array(fc.double({ min: 0, max: 300, noNaN: true }), { minLength: 5, maxLength: 20 }), (a, b, xs) => {
        const fa = plain(a);
        const fb = plain(b);
        const sum = add(build(a), build(b));
        const lo = lowerEnvelope(build(a), build(b));
        const hi = upperEnvelope(build(a), build(b));
        for (const x of xs) {
          const tol = 1e-9 * (1 + Math.abs(fa(x)) + Math.abs(fb(x)));
          expect(Math.abs(num(valueAt(sum, d(x))) - (fa(x) + fb(x)))).toBeLessThan(tol);
          expect(Math.abs(num(valueAt(lo, d(x))) - Math.min(fa(x), fb(x)))).toBeLessThan(tol);
          expect(Math.abs(num(valueAt(hi, d(x))) - Math.max(fa(x), fb(x)))).toBeLessThan(tol);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("solving Σ w f(x) = y", () => {
  test("x + max(0, x − 10) = 30 → 20; already above y at 0 → 0; flat below y → none", () => {
    const c = combination([
      line(d(1)),
      build([
        [0, 0, 0],
        [10, 1, -10],
      ]),
    ]);
    expect(num(solveCombination(c, [d(1), d(1)], d(30))!)).toBe(20);
    expect(num(solveCombination(c, [d(1), d(1)], d(5))!)).toBe(5);
    expect(num(solveCombination(c, [d(0), d(1)], d(-1))!)).toBe(0);
    expect(solveCombination(combination([constant(d(3))]), [d(1)], d(4))).toBeUndefined();
  });
  test("property: the root of a strictly increasing combination matches bisection", () => {
    const increasing = continuous.map((p) => p.map(([x, s, i]) => [x, Math.abs(s) + 1, i] as [number, number, number]));
    fc.assert(
      fc.property(
        fc.array(increasing, { minLength: 1, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }),
        fc.double({ min: -100, max: 5000, noNaN: true }),
        (fs, ws, y) => {
          // make the pieces continuous again after the slope change, and the weights not all 0
          const fixed = fs.map((p) => {
            const out: [number, number, number][] = [];
            let value = p[0][2];
            p.forEach(([x, s], i) => {
              out.push([x, s, value - s * x]);
              if (i + 1 < p.length) value += s * (p[i + 1][0] - x);
            });
            return out;
          });
          const weights = fixed.map((_, k) => (k === 0 ? Math.max(1, ws[k]) : ws[k]));
          const g = (x: number) => fixed.reduce((sum, p, k) => sum + weights[k] * plain(p)(x), 0);
          const x = solveCombination(combination(fixed.map(build)), weights.map(d), d(y))!;
          if (g(0) >= y) {
            expect(num(x)).toBe(0);
            return;
          }
          let lo = 0;
          let hi = 1;
          while (g(hi) < y) hi *= 2;
          for (let i = 0; i < 200; i++) {
            const mid = (lo + hi) / 2;
            if (g(mid) < y) lo = mid;
            else hi = mid;
          }
          expect(Math.abs(num(x) - hi)).toBeLessThan(1e-9 * Math.max(1, hi));
        },
      ),
      { numRuns: 300 },
    );
  });
});
