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
 * The least x ≥ 0 with Σ w_k f_k(x) = y, for a continuous nondecreasing
 * combination: 0 when the combination is already ≥ y at 0; undefined when it
 * never reaches y. Binary search for the segment where it crosses y (between
 * two consecutive breakpoints it is one line), then that line's root, exactly.
 */
export function solveCombination(c: Combination, weights: readonly Dec[], y: Dec): Dec | undefined {
  if (sum(weights, (k) => c.at0[k]).gte(y)) return ZERO;
  // the last breakpoint at which the combination is still below y (−1: none)
  let lo = -1;
  let hi = c.breaks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sum(weights, (k) => c.values[k][mid]).lt(y)) lo = mid;
    else hi = mid - 1;
  }
  const segment = lo + 1;
  const slope = sum(weights, (k) => c.pieces[k][segment].slope);
  if (slope.lte(0)) return undefined; // flat from here on, below y
  return y.minus(sum(weights, (k) => c.pieces[k][segment].intercept)).div(slope);
}
