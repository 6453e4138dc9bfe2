import { Dec, ZERO } from "./decimal";

/**
 * Functions of x ≥ 0 made of straight pieces: what the exit waterfall's
 * amounts are as functions of the value per common share (each step of the
 * certificate is a min, a max or a sum of lines). Exact in Decimal: every
 * breakpoint is computed, never searched for.
 */
export interface Piece {
  /** The piece holds on [from, next piece's from); the last one to +∞. */
  from: Dec;
  slope: Dec;
  intercept: Dec;
}

/** Pieces sorted by `from`, the first from 0. */
export type PiecewiseLinear = readonly Piece[];

export const line = (slope: Dec, intercept: Dec = ZERO): PiecewiseLinear => [{ from: ZERO, slope, intercept }];
export const constant = (value: Dec): PiecewiseLinear => line(ZERO, value);

const at = (p: Piece, x: Dec): Dec => p.slope.times(x).plus(p.intercept);

/** Index of the piece that holds at x (x ≥ 0): the last whose `from` ≤ x. */
export function pieceIndex(f: PiecewiseLinear, x: Dec): number {
  let lo = 0;
  let hi = f.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (f[mid].from.lte(x)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function valueAt(f: PiecewiseLinear, x: Dec): Dec {
  return at(f[pieceIndex(f, x)], x);
}

/** Breakpoints of f above 0, ascending. */
export function breakpoints(f: PiecewiseLinear): Dec[] {
  return f.slice(1).map((p) => p.from);
}

/** Sorted union of breakpoint lists, each value once. */
export function mergeBreakpoints(...lists: readonly (readonly Dec[])[]): Dec[] {
  const all = lists.flat().sort((a, b) => a.comparedTo(b));
  return all.filter((x, i) => i === 0 || !x.eq(all[i - 1]));
}

/** Pieces with the same line as the one before are merged. */
function simplify(pieces: Piece[]): Piece[] {
  return pieces.filter((p, i) => i === 0 || !p.slope.eq(pieces[i - 1].slope) || !p.intercept.eq(pieces[i - 1].intercept));
}

/** f + g. */
export function add(f: PiecewiseLinear, g: PiecewiseLinear): PiecewiseLinear {
  const starts = [ZERO, ...mergeBreakpoints(breakpoints(f), breakpoints(g))];
  return simplify(
    starts.map((from) => {
      const a = f[pieceIndex(f, from)];
      const b = g[pieceIndex(g, from)];
      return { from, slope: a.slope.plus(b.slope), intercept: a.intercept.plus(b.intercept) };
    }),
  );
}

/**
 * The pointwise minimum (or maximum) of f and g. On each interval where both
 * are single lines, the lines cross at most once: the interval is split there
 * and each part takes the lower (higher) line.
 */
function envelope(f: PiecewiseLinear, g: PiecewiseLinear, lower: boolean): PiecewiseLinear {
  const starts = [ZERO, ...mergeBreakpoints(breakpoints(f), breakpoints(g))];
  const out: Piece[] = [];
  starts.forEach((from, i) => {
    const end = starts[i + 1]; // undefined: +∞
    const a = f[pieceIndex(f, from)];
    const b = g[pieceIndex(g, from)];
    const ds = a.slope.minus(b.slope);
    const pick = (aBelow: boolean) => (aBelow === lower ? a : b);
    // Which line is lower just right of `from`: by value there, or, where they meet, by slope.
    const d = at(a, from).minus(at(b, from));
    const first = pick(d.isZero() ? ds.lte(0) : d.isNegative());
    out.push({ from, slope: first.slope, intercept: first.intercept });
    if (!ds.isZero()) {
      const cross = b.intercept.minus(a.intercept).div(ds); // a(x) = b(x)
      if (cross.gt(from) && (end === undefined || cross.lt(end))) {
        // past the crossing the line with the smaller slope is the lower one
        const second = pick(ds.isNegative());
        out.push({ from: cross, slope: second.slope, intercept: second.intercept });
      }
    }
  });
  return simplify(out);
}

export const lowerEnvelope = (f: PiecewiseLinear, g: PiecewiseLinear): PiecewiseLinear => envelope(f, g, true);
export const upperEnvelope = (f: PiecewiseLinear, g: PiecewiseLinear): PiecewiseLinear => envelope(f, g, false);

/**
 * sup{x ≥ 0 : f(x) ≤ y} for a nondecreasing f: where f passes y for good.
 * −1 when f(0) > y already; undefined when f never exceeds y.
 */
export function lastAtMost(f: PiecewiseLinear, y: Dec): Dec | undefined {
  if (at(f[0], ZERO).gt(y)) return new Dec(-1);
  for (let j = 0; j < f.length; j++) {
    const p = f[j];
    const end = f[j + 1]?.from;
    if (end === undefined) return p.slope.gt(0) ? y.minus(p.intercept).div(p.slope) : undefined;
    if (at(p, end).gt(y)) return y.minus(p.intercept).div(p.slope); // crosses y inside this piece (slope > 0)
  }
  return undefined;
}
