import { Dec, ZERO } from "./decimal";
import { Piece, PiecewiseLinear, breakpoints, mergeBreakpoints, pieceIndex, valueAt } from "./piecewiseLinear";

/**
 * Σ weight_k × f_k(x) for fixed functions f_k and weights given per use: the
 * exit waterfall solves one such equation per set of converting classes, with
 * the same functions. Their breakpoints are merged once, and each function's
 * value at every breakpoint and its piece on every segment between them are
 * kept, so that a solve is a binary search over a few sums.
 */
export interface Combination {
  fns: readonly PiecewiseLinear[];
  /** Union of the breakpoints above 0, ascending. */
  breaks: readonly Dec[];
  /** at0[k] = f_k(0). */
  at0: readonly Dec[];
  /** values[k][j] = f_k(breaks[j]). */
  values: readonly (readonly Dec[])[];
  /** pieces[k][s]: f_k's piece on segment s: [0, breaks[0]) for s = 0, [breaks[s−1], breaks[s]) after, the last unbounded. */
  pieces: readonly (readonly Piece[])[];
}

export function combination(fns: readonly PiecewiseLinear[]): Combination {
  const breaks = mergeBreakpoints(...fns.map(breakpoints));
  const starts = [ZERO, ...breaks];
  return {
    fns,
    breaks,
    at0: fns.map((f) => valueAt(f, ZERO)),
    values: fns.map((f) => breaks.map((x) => valueAt(f, x))),
    pieces: fns.map((f) => starts.map((x) => f[pieceIndex(f, x)])),
  };
}

function sum(weights: readonly Dec[], terms: (k: number) => Dec): Dec {
  let s = ZERO;
  for (let k = 0; k < weights.length; k++) if (!weights[k].isZero()) s = s.plus(weights[k].times(terms(k)));
  return s;
}

export function combinationAt(c: Combination, weights: readonly Dec[], x: Dec): Dec {
  return sum(weights, (k) => valueAt(c.fns[k], x));
}

/**
 * The least x ≥ 0 where a continuous nondecreasing function given by its
 * value at 0, its values at n breakpoints and its line on each of the n + 1
 * segments reaches y: 0 when it is already ≥ y at 0; undefined when it never
 * does. Binary search for the segment where it crosses y, then that line's
 * root, exactly.
 */
function solveOnSegments(
  n: number,
  at0: Dec,
  valueAtBreak: (j: number) => Dec,
  segment: (s: number) => { slope: Dec; intercept: Dec },
  y: Dec,
): Dec | undefined {
  if (at0.gte(y)) return ZERO;
  // the last breakpoint at which the function is still below y (−1: none)
  let lo = -1;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (valueAtBreak(mid).lt(y)) lo = mid;
    else hi = mid - 1;
  }
  const { slope, intercept } = segment(lo + 1);
  if (slope.lte(0)) return undefined; // flat from here on, below y
  return y.minus(intercept).div(slope);
}

/** The least x ≥ 0 with Σ w_k f_k(x) = y (see solveOnSegments), sums computed as needed. */
export function solveCombination(c: Combination, weights: readonly Dec[], y: Dec): Dec | undefined {
  return solveOnSegments(
    c.breaks.length,
    sum(weights, (k) => c.at0[k]),
    (j) => sum(weights, (k) => c.values[k][j]),
    (s) => ({ slope: sum(weights, (k) => c.pieces[k][s].slope), intercept: sum(weights, (k) => c.pieces[k][s].intercept) }),
    y,
  );
}

/** One weighting of a combination, summed at every breakpoint and on every segment once: for solving it many times. */
export interface WeightedCombination {
  at0: Dec;
  values: readonly Dec[];
  segments: readonly { slope: Dec; intercept: Dec }[];
}

export function weightCombination(c: Combination, weights: readonly Dec[]): WeightedCombination {
  return {
    at0: sum(weights, (k) => c.at0[k]),
    values: c.breaks.map((_, j) => sum(weights, (k) => c.values[k][j])),
    segments: c.pieces[0].map((_, s) => ({ slope: sum(weights, (k) => c.pieces[k][s].slope), intercept: sum(weights, (k) => c.pieces[k][s].intercept) })),
  };
}

/** solveCombination for a weighting summed beforehand: a binary search over stored values. */
export function solveWeighted(w: WeightedCombination, y: Dec): Dec | undefined {
  return solveOnSegments(
    w.values.length,
    w.at0,
    (j) => w.values[j],
    (s) => w.segments[s],
    y,
  );
}
