import DecimalBase from "decimal.js";
import { productError } from "./tripleDouble";

/**
 * The one Decimal constructor of the calculation module: 40 significant digits
 * (docs/conventions.md#numbers), half-up rounding. A private clone so that no
 * other code sharing decimal.js can change our precision.
 */
export const Dec = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export type Num = Dec | number | string;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

export function dec(x: Num): Dec {
  return x instanceof Dec ? x : new Dec(x);
}

export function maxDec(a: Dec, b: Dec): Dec {
  return a.gte(b) ? a : b;
}

export function minDec(a: Dec, b: Dec): Dec {
  return a.lte(b) ? a : b;
}

/** Cash is paid to the cent, half-up (Cert §5(n)). */
export function roundCents(x: Dec): Dec {
  return x.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/**
 * Exact sums of share counts and values (the Stock Option Plan count of Cert
 * §5(k)(4)(B), the $5.0 million of §5(k)(4)(E)). Inputs are Excel doubles, at
 * most 17 significant digits between 1e-324 and 1.8e308, so 2,000 digits hold
 * any sum or difference of them, and any product of two, without rounding:
 * the result does not depend on the order of the additions, which lets the
 * readjustment replay (seriesC/replay.ts) update a sum in place. Only plus,
 * minus, times and comparisons are used on these values — never a division.
 */
export const Exact = DecimalBase.clone({ precision: 2000, rounding: DecimalBase.ROUND_HALF_UP });
export const EXACT_ZERO = new Exact(0);

/** `x` as an exact value (the same digits; values already exact are returned as they are). */
export function exact(x: Dec): Dec {
  return x.constructor === Exact ? x : new Exact(x);
}

/**
 * A whole number below 2^53 in magnitude as an exact value, built from its base-1e7 limbs (decimal.js
 * keeps an integer's limbs at the powers of 1e7, without trailing zero limbs): the share counts of the
 * replay's running sums, without the constructor's parse of the number's text.
 */
export function wholeExact(n: number): Dec {
  return n === 0 ? EXACT_ZERO : whole(Exact, n);
}

/** `wholeExact` as a Decimal (the same value as `new Dec(n)`, limb for limb): an event's share count. */
export function wholeDec(n: number): Dec {
  return n === 0 ? new Dec(0) : whole(Dec, n);
}

function whole(Ctor: typeof Dec, n: number): Dec {
  const x = new Ctor(1) as unknown as { d: number[]; e: number; s: number };
  const m = Math.abs(n);
  const low = m % 1e7;
  const high = (m - low) / 1e7;
  const mid = high % 1e7;
  const top = (high - mid) / 1e7;
  // exactly as many limbs as needed (literals: no spare capacity kept with the value), no trailing zero limbs
  const [lead, limbs] =
    top > 0 ? [top, low > 0 ? [top, mid, low] : mid > 0 ? [top, mid] : [top]] : high > 0 ? [high, low > 0 ? [high, low] : [high]] : [low, [low]];
  let e = top > 0 ? 14 : high > 0 ? 7 : 0;
  for (let t = lead; t >= 10; t = Math.floor(t / 10)) e++;
  x.d = limbs;
  x.e = e;
  x.s = n < 0 ? -1 : 1;
  return x as unknown as Dec;
}

/** a + b exactly: in doubles when both are whole numbers whose sum stays below 2^53 (share counts). */
export function exactPlus(a: Dec, b: Dec): Dec {
  const x = wholeDouble(a);
  const y = x === undefined ? undefined : wholeDouble(b);
  if (y !== undefined && Number.isSafeInteger(x! + y)) return wholeExact(x! + y);
  return exact(a).plus(b);
}

/** a − b exactly (as `exactPlus`). */
export function exactMinus(a: Dec, b: Dec): Dec {
  const x = wholeDouble(a);
  const y = x === undefined ? undefined : wholeDouble(b);
  if (y !== undefined && Number.isSafeInteger(x! - y)) return wholeExact(x! - y);
  return exact(a).minus(b);
}

/**
 * A double within a few units in the last place of `x`, from its first 28
 * digits (decimal.js keeps base-1e7 limbs `d` and the decimal exponent `e`):
 * much cheaper than `toNumber`, for decisions that allow a relative error of
 * 1e-15 (seriesC/antiDilution.ts). ±Infinity or 0 outside the double range.
 */
export function approxNumber(x: Dec): number {
  const d = x.d;
  if (!d || d.length === 0 || d[0] === 0) return x.isZero() ? 0 : x.toNumber(); // 0, NaN, ±Infinity
  const lead = d[0];
  const leadDigits = lead >= 1e6 ? 7 : lead >= 1e5 ? 6 : lead >= 1e4 ? 5 : lead >= 1e3 ? 4 : lead >= 100 ? 3 : lead >= 10 ? 2 : 1;
  let m = lead;
  for (let i = 1; i < 4 && i < d.length; i++) m += d[i] * 10 ** (-7 * i);
  return x.s * m * 10 ** (x.e - leadDigits + 1);
}

/**
 * `x` as a double when it is a whole number below 10^15 in magnitude (so exactly a double; never −0),
 * from its base-1e7 limbs (decimal.js: the first of weight (1e7)^floor(e / 7)); undefined otherwise.
 */
export function wholeDouble(x: Dec): number | undefined {
  const d = x.d;
  if (!d || x.e >= 15 || !x.isInteger()) return undefined;
  let n = 0;
  const w = Math.floor(x.e / 7);
  for (let i = 0; i < d.length; i++) n += d[i] * 1e7 ** (w - i);
  return n === 0 ? 0 : x.s * n;
}

const LIMB_PAD = ["0000000", "000000", "00000", "0000", "000", "00", "0", ""];

/**
 * `x.toNumber()`, exactly, at about half the cost: decimal.js writes the
 * value out as plain or exponential text and parses it back; here the same
 * significant digits are written once as `digits`e`exponent` and parsed by the
 * same correctly rounded conversion. The same decimal value gives the same
 * double (tests compare the two over random values). Non-finite values go
 * through `toNumber`.
 */
export function toDouble(x: Dec): number {
  const d = x.d;
  if (!d || d.length === 0) return x.toNumber(); // NaN, ±Infinity
  let digits = String(d[0]);
  for (let i = 1; i < d.length; i++) {
    const limb = String(d[i]);
    digits += LIMB_PAD[limb.length] + limb;
  }
  const n = +`${digits}e${x.e + 1 - digits.length}`; // value = digits × 10^(e + 1 − number of digits)
  return x.s < 0 ? -n : n;
}

const TWO_53 = 2 ** 53;
const SPLITTER = 134217729; // 2^27 + 1 (Veltkamp)
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/**
 * `toDouble(new Dec(b).div(a))` — the double of the 40-digit quotient —
 * without the Decimal division, for whole numbers 0 ≤ b ≤ 2^53, 1 ≤ a ≤ 2^53
 * (their Decimals are then the doubles themselves); undefined when it cannot
 * be sure, and the caller divides. The double quotient y = b / a is the exact
 * quotient q correctly rounded; the 40-digit quotient is within 5e-40·q of q,
 * so it rounds to the same double unless a point halfway between two doubles
 * lies within 5e-40·q of q. The remainder b − y·a, computed exactly (Dekker's
 * product), tells how far q is from y; y is returned only when q is farther
 * than a millionth of the half-gap from both halfway points — far more than
 * 5e-40·q.
 */
export function quotientDouble(b: number, a: number): number | undefined {
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1 || a > TWO_53 || b < 0 || b > TWO_53) return undefined;
  if (b === 0) return 0;
  const y = b / a;
  // y·a = p + err exactly (Veltkamp split, Dekker's product); b − p is exact (Sterbenz: p is within a factor 2 of b).
  const p = y * a;
  const r = b - p - productError(y, a, p); // a·(q − y), to a relative 1e-16
  // The gap to the next double is 2^(exponent − 52); below a power of two the gap down is half that.
  f64[0] = y;
  const exponent = ((u32[1] >>> 20) & 0x7ff) - 1023;
  const powerOfTwo = (u32[1] & 0xfffff) === 0 && u32[0] === 0;
  const halfGap = 2 ** (exponent - 52) / (powerOfTwo && r < 0 ? 4 : 2);
  return Math.abs(r) < a * halfGap * (1 - 1e-6) ? y : undefined;
}

/** a + b = s + e exactly (Knuth's TwoSum). */
function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

/** a × b = p + e exactly, barring overflow and underflow (Veltkamp split, Dekker's product). */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  return [p, productError(a, b, p)];
}

/** The exact value of a finite double (not its shortest decimal, which `new Dec(v)` reads): m × 2^e in 2,000 digits. */
function exactOfDouble(v: number): InstanceType<typeof Exact> {
  let m = Math.abs(v);
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2; // exact: a double's binary digits shift
    e--;
  }
  while (m > TWO_53) {
    m /= 2; // exact: a double above 2^53 is even
    e++;
  }
  const x = new Exact(m).times(new Exact(2).pow(e));
  return v < 0 ? x.negated() : x;
}

/** A Decimal as a sum of two doubles: hi = its double, lo = the double of the exact rest x − hi. */
export function doubleDouble(x: Dec): [hi: number, lo: number] {
  const hi = toDouble(x);
  if (!Number.isFinite(hi) || hi === 0) return [hi, 0];
  return [hi, new Exact(x).minus(exactOfDouble(hi)).toNumber()];
}

const TWO_M49 = 2 ** -49;
const TWO_M120 = 2 ** -120;
const TINY = 2 ** -960;

/**
 * `toDouble(o.plus(p.times(n)))` — the double of the 40-digit o + p × n — from o and p given as
 * `doubleDouble`s and a whole number n (0 ≤ n < 2^26: a day count), without Decimal work per call (the
 * dividends accrued on a day, a row of a 10,000-row sheet); undefined when it cannot be sure, and the
 * caller takes the Decimal. As `differenceProductDouble`: p1 × n = h + l and o1 + h = s + e exactly
 * (Dekker's product, TwoSum); the rest c = e + l + o2 + p2 × n takes four double roundings, bounded by ε
 * (2^-49 of the rest's terms, 2^-120 of |o1| + |h| for the Decimal's two 40-digit roundings); the double is
 * returned only when s + (c ± 2ε) round to one double.
 */
export function sumProductDouble(o: readonly [number, number], p: readonly [number, number], n: number): number | undefined {
  const [o1, o2] = o;
  const [p1, p2] = p;
  const [h, l] = twoProduct(p1, n);
  const [s, e] = twoSum(o1, h);
  const p2n = p2 * n;
  const c = e + l + o2 + p2n;
  const eps = TWO_M49 * (Math.abs(e) + Math.abs(l) + Math.abs(o2) + Math.abs(p2n)) + TWO_M120 * (Math.abs(o1) + Math.abs(h)) + TINY;
  const lo = s + (c - 2 * eps);
  return lo === s + (c + 2 * eps) && lo - lo === 0 ? lo + 0 : undefined; // a split that overflows gives NaN, never an answer
}

/**
 * `toDouble(q.times(x.minus(k)))` — the double of the 40-digit q × (x − k) — from the three Decimals
 * given as `doubleDouble`s, without Decimal work per call (an exercised option's value q × (p − strike),
 * a million times in one exit table); undefined when it cannot be sure, and the caller multiplies in
 * Decimal. x − k and q × (x − k) are carried as sums of doubles with exact error terms (TwoSum, Dekker's
 * product); the inexact steps are bounded by ε: 2^-49 of the terms' sizes (above every double rounding
 * made) plus 2^-120 of the result (above the 40-digit roundings of the Decimal route). The result is
 * returned only when the whole interval [value − 2ε, value + 2ε] rounds to one double (rounding is
 * monotone), so the Decimal route's value, inside it, rounds to it too.
 */
export function differenceProductDouble(q: readonly [number, number], k: readonly [number, number], x: readonly [number, number]): number | undefined {
  const [q1, q2] = q;
  const [k1, k2] = k;
  const [x1, x2] = x;
  if (q1 === 0 && q2 === 0) return 0;
  const [s, e] = twoSum(x1, -k1);
  const t = e + x2 - k2;
  const [h, l] = twoProduct(q1, s);
  const q1t = q1 * t;
  const q2s = q2 * s;
  const c = l + q1t + q2s;
  const eps =
    TWO_M49 * (Math.abs(l) + Math.abs(q1t) + Math.abs(q1 * e) + Math.abs(q1 * x2) + Math.abs(q1 * k2) + Math.abs(q2s)) +
    Math.abs(q2 * t) +
    TWO_M120 * Math.abs(h) +
    TINY;
  const lo = h + (c - 2 * eps);
  const hi = h + (c + 2 * eps);
  if (lo !== hi || !Number.isFinite(lo) || !Number.isFinite(Math.abs(q1) * Math.abs(s) * SPLITTER)) return undefined;
  return lo === 0 ? 0 : lo;
}
