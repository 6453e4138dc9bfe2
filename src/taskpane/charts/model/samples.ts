import { Dec, ZERO } from "../../../calc/core/decimal";

/**
 * Where a chart takes its points: a round grid for reading, and every
 * breakpoint of the function itself, so that the straight lines drawn
 * between points are the function (each series is linear between them).
 */

const STEPS = [1, 2, 2.5, 5, 10];

/** The least round number (1, 2, 2.5 or 5 × a power of ten) ≥ x; x > 0. */
export function niceCeil(x: Dec): Dec {
  const exponent = Math.floor(Math.log10(x.toNumber()));
  for (let e = exponent - 1; e <= exponent + 1; e++) {
    const scale = new Dec(10).pow(e);
    for (const s of STEPS) {
      const v = scale.times(s);
      if (v.gte(x)) return v;
    }
  }
  return new Dec(10).pow(exponent + 2); // not reached: 10^(exponent+1) ≥ x
}

/** 0, step, 2·step, … up to `max` (a multiple of a round step, about `intervals` of them). */
export function roundGrid(max: Dec, intervals = 10): Dec[] {
  if (max.lte(0)) return [ZERO];
  const step = niceCeil(max.div(intervals));
  const out: Dec[] = [];
  for (let x = ZERO; x.lte(max); x = x.plus(step)) out.push(x);
  if (!out[out.length - 1].eq(max)) out.push(max);
  return out;
}

/**
 * Two points closer than this (relative) are one: the same breakpoint reached
 * by two routes can differ in the 40th digit (27.99…9 and 28).
 */
const SAME = new Dec("1e-24");

/** Values in [0, max], ascending, each once; of two that are the same point, the one written with fewer digits. */
export function pointsUpTo(max: Dec, ...lists: readonly (readonly Dec[])[]): Dec[] {
  const all = lists
    .flat()
    .filter((x) => x.gte(0) && x.lte(max))
    .sort((a, b) => a.comparedTo(b));
  const out: Dec[] = [];
  for (const x of all) {
    const prev = out[out.length - 1];
    if (prev === undefined || x.minus(prev).gt(SAME.times(x.abs()))) out.push(x);
    else if (x.toString().length < prev.toString().length) out[out.length - 1] = x;
  }
  return out;
}

/** The point of ascending `xs` that is the same as x (see pointsUpTo), or −1. */
export function indexOf(xs: readonly Dec[], x: Dec): number {
  let lo = 0;
  let hi = xs.length - 1;
  const tolerance = SAME.times(x.abs());
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = xs[mid].minus(x);
    if (d.abs().lte(tolerance)) return mid;
    if (d.isNegative()) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
