/**
 * Triple-double arithmetic: a value as the unevaluated sum of three doubles x0 + x1 + x2, each within about
 * half an ulp of the one before (≈ 159 bits), stored at three consecutive indices of a Float64Array.
 *
 * Why: the price tree (priceTree.ts) composes tens of thousands of affine maps per table. In BigInt fixed
 * point every product allocates a heap number and the collector then copies the survivors; here an operation
 * allocates nothing and costs a few dozen double operations (Dekker's exact products, Knuth's exact sums).
 * The tree only multiplies and adds nonnegative values (slopes and offsets of nondecreasing maps, prices), so
 * nothing cancels: each operation's relative error stays near 2^-155, far below the fixed point's own.
 */

/** 2^27 + 1: splits a double into two halves whose products are exact (Dekker). */
const SPLIT = 134217729;
const TWO_53 = 9007199254740992;

/** A triple-double zero, for `mulAdd` without an addend; one. */
export const ZERO_TRIPLE = new Float64Array(3);
export const ONE_TRIPLE = new Float64Array([1, 0, 0]);

/** out[o..o+2] = a[ai..]·b[bi..] + c[ci..]; out may be any of the inputs (all are read first). */
export function mulAdd(a: Float64Array, ai: number, b: Float64Array, bi: number, c: Float64Array, ci: number, out: Float64Array, o: number): void {
  const a0 = a[ai];
  const a1 = a[ai + 1];
  const b0 = b[bi];
  const b1 = b[bi + 1];
  const c0 = c[ci];
  const c1 = c[ci + 1];
  // the third order: products of small parts, the last parts, rounding errors of the second order's sums
  let third = a0 * b[bi + 2] + a1 * b1 + a[ai + 2] * b0 + c[ci + 2];
  // a0·b0 = p0 + e0, a0·b1 = p1 + e1, a1·b0 = p2 + e2 exactly: `productError` written out, a0 and b0 split once for two
  // products each (the tree's hottest line)
  const p0 = a0 * b0;
  let h = SPLIT * a0;
  const a0h = h - (h - a0);
  const a0l = a0 - a0h;
  h = SPLIT * b0;
  const b0h = h - (h - b0);
  const b0l = b0 - b0h;
  const e0 = a0h * b0h - p0 + a0h * b0l + a0l * b0h + a0l * b0l;
  const p1 = a0 * b1;
  h = SPLIT * b1;
  const b1h = h - (h - b1);
  const b1l = b1 - b1h;
  third += a0h * b1h - p1 + a0h * b1l + a0l * b1h + a0l * b1l;
  const p2 = a1 * b0;
  h = SPLIT * a1;
  const a1h = h - (h - a1);
  const a1l = a1 - a1h;
  third += a1h * b0h - p2 + a1h * b0l + a1l * b0h + a1l * b0l;
  // the first order: p0 + c0 = z0 + f0 exactly
  const z0 = p0 + c0;
  let bb = z0 - p0;
  const f0 = p0 - (z0 - bb) + (c0 - bb);
  // the second order: p1 + p2 + e0 + c1 + f0, its sums' errors to the third
  let s = p1 + p2;
  bb = s - p1;
  third += p1 - (s - bb) + (p2 - bb);
  let u = s + e0;
  bb = u - s;
  third += s - (u - bb) + (e0 - bb);
  s = u + c1;
  bb = s - u;
  third += u - (s - bb) + (c1 - bb);
  u = s + f0;
  bb = u - s;
  third += s - (u - bb) + (f0 - bb);
  finish(z0, u, third, out, o);
}

/** out[o..o+2] += c[ci..] (nonnegative, or of either sign without cancellation). */
export function addTo(out: Float64Array, o: number, c: Float64Array, ci: number): void {
  const a0 = out[o];
  const c0 = c[ci];
  const z0 = a0 + c0;
  let bb = z0 - a0;
  const f0 = a0 - (z0 - bb) + (c0 - bb);
  const a1 = out[o + 1];
  const c1 = c[ci + 1];
  const s = a1 + c1;
  bb = s - a1;
  let third = a1 - (s - bb) + (c1 - bb) + out[o + 2] + c[ci + 2];
  const u = s + f0;
  bb = u - s;
  third += s - (u - bb) + (f0 - bb);
  finish(z0, u, third, out, o);
}

/**
 * out[o..o+2] = n / d for whole numbers 0 ≤ n, 0 < d below 2^53 with n < 2^52·d, to 159 bits without BigInts:
 * each remainder n − q·d is a multiple of the last quotient's ulp below d times it, so a double holds it
 * exactly (Dekker's product gives q·d as p + e; n − p is exact by Sterbenz's lemma).
 */
export function quotient(n: number, d: number, out: Float64Array, o: number): void {
  const q0 = n / d;
  let p = q0 * d;
  const r1 = n - p - productError(q0, d, p);
  const q1 = r1 / d;
  p = q1 * d;
  const r2 = r1 - p - productError(q1, d, p);
  store(q0, q1, r2 / d, out, o);
}

/** The exact error of p = x·y rounded: x·y = p + the error, barring overflow and underflow (Veltkamp's split, Dekker's product). */
export function productError(x: number, y: number, p: number): number {
  let h = SPLIT * x;
  const xh = h - (h - x);
  const xl = x - xh;
  h = SPLIT * y;
  const yh = h - (h - y);
  const yl = y - yh;
  return xh * yh - p + xh * yl + xl * yh + xl * yl;
}

/** z0 + u + third (u within an ulp of z0, third far below u) renormalized into out[o..o+2]: the end of every sum above. */
function finish(z0: number, u: number, third: number, out: Float64Array, o: number): void {
  const x0 = z0 + u;
  let bb = x0 - z0;
  const r = z0 - (x0 - bb) + (u - bb);
  const x1 = r + third;
  bb = x1 - r;
  store(x0, x1, r - (x1 - bb) + (third - bb), out, o);
}

/** x0 + x1 + x2 (|x1| ≤ ulp(x0), |x2| ≤ ulp(x1)) renormalized into out[o..o+2]. */
function store(x0: number, x1: number, x2: number, out: Float64Array, o: number): void {
  const y0 = x0 + x1;
  const y1 = x1 - (y0 - x0);
  const w1 = y1 + x2;
  const bb = w1 - y1;
  out[o] = y0;
  out[o + 1] = w1;
  out[o + 2] = y1 - (w1 - bb) + (x2 - bb);
}

/** A fixed-point BigInt x (value x·2^-K) into out[o..o+2]; `unit` = 2^-K. Exact up to 159 significant bits. */
export function fromFixed(x: bigint, unit: number, out: Float64Array, o: number): void {
  const x0 = Number(x);
  const r = x - BigInt(x0);
  const x1 = Number(r);
  out[o] = x0 * unit;
  out[o + 1] = x1 * unit;
  out[o + 2] = Number(r - BigInt(x1)) * unit;
}

/** The fixed-point BigInt of a[ai..ai+2] (`scale` = 2^K), within two units. */
export function toFixed(a: Float64Array, ai: number, scale: number): bigint {
  let sum = BigInt(0);
  for (let j = 0; j < 3; j++) {
    const y = a[ai + j] * scale;
    if (y !== 0) sum += BigInt(Math.abs(y) >= TWO_53 ? y : Math.round(y));
  }
  return sum;
}

/** a[ai..] − b[bi..] as a double, within about 2^-104 of the larger (their leading parts subtract exactly when close). */
export function difference(a: Float64Array, ai: number, b: Float64Array, bi: number): number {
  return a[ai] - b[bi] + (a[ai + 1] - b[bi + 1]) + (a[ai + 2] - b[bi + 2]);
}

/** a[ai..] rounded to a double. */
export function toNumber(a: Float64Array, ai: number): number {
  return a[ai] + (a[ai + 1] + a[ai + 2]);
}

/** out[o..o+2] = a[ai..ai+2]. */
export function copyTriple(a: Float64Array, ai: number, out: Float64Array, o: number): void {
  out[o] = a[ai];
  out[o + 1] = a[ai + 1];
  out[o + 2] = a[ai + 2];
}
