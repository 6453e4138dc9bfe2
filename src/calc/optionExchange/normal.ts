import { Dec, Num } from "../core/decimal";

/**
 * The standard normal distribution function Φ in double precision by
 * W. J. Cody's rational Chebyshev approximations ("Rational Chebyshev
 * approximations for the error function", Math. Comp. 23 (1969) 631–637;
 * the coefficients and structure of Cody's ANORM, as in R's pnorm.c):
 * three intervals |x| ≤ 0.67449, ≤ √32, and beyond (an asymptotic rational
 * form in 1/x²), with the tail factor e^(−x²/2) split as
 * e^(−xr²/2)·e^(−(x−xr)(x+xr)/2), xr = x rounded down to 1/16, so that no
 * precision is lost to the exponential. Relative accuracy about 1e−15 across
 * the whole range, tails included, down to Φ(−37.5) ≈ 1e−307; below that the
 * value underflows a double and is 0 (above 37.5 it is 1). Never NaN.
 */

/* eslint-disable no-loss-of-precision -- Cody's published coefficients, quoted with all their digits (the nearest double is what runs) */
const A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113];
const B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711, 6848.1904505362823326,
  11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8,
];
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091, 34900.952721145977266, 38912.003286093271411,
  19685.429676859990727,
];
const P = [0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303];
const Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5];

const SQRT_32 = 5.656854249492380195206754896838;
const ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;
/* eslint-enable no-loss-of-precision */
const THRESHOLD = 0.67448975; // Φ⁻¹(3/4)
const TAIL_LIMIT = 37.5193; // beyond: Φ underflows a double
const EPS = 1.11e-16;

/** e^(−x²/2) × factor without losing precision to the exponential (Cody). */
function tailFactor(x: number, factor: number): number {
  const xr = Math.trunc(x * 16) / 16;
  const del = (x - xr) * (x + xr);
  return Math.exp(-xr * xr * 0.5) * Math.exp(-del * 0.5) * factor;
}

/**
 * Φ(−y)·e^(y²/2) for y > 0.67449 (the tail beyond y without its Gaussian factor: Cody's rational forms
 * before tailFactor). Φ(−y) = e^(−y²/2)·tailRatio(y). Defined for every y in that range, even where
 * Φ(−y) underflows: Black–Scholes takes differences of it (blackScholes.ts).
 */
export function tailRatio(y: number): number {
  if (y <= SQRT_32) {
    let xnum = C[8] * y;
    let xden = y;
    for (let i = 0; i < 7; i++) {
      xnum = (xnum + C[i]) * y;
      xden = (xden + D[i]) * y;
    }
    return (xnum + C[7]) / (xden + D[7]);
  }
  const xsq = 1 / (y * y);
  let xnum = P[5] * xsq;
  let xden = xsq;
  for (let i = 0; i < 4; i++) {
    xnum = (xnum + P[i]) * xsq;
    xden = (xden + Q[i]) * xsq;
  }
  const temp = (xsq * (xnum + P[4])) / (xden + Q[4]);
  return (ONE_OVER_SQRT_2PI - temp) / y;
}

/** e^(−y²/2) × factor, y ≥ 0, without losing precision to the exponential (Cody's split). */
export function gaussianTimes(y: number, factor: number): number {
  return tailFactor(y, factor);
}

/**
 * Φ(x) as a double, about 1e−16 absolute and 1e−15 relative in both tails; Φ(−x) computed
 * by the same call is its upper tail 1 − Φ(x) without cancellation (the central form is odd in x).
 */
export function normalCdfNumber(x: number): number {
  const y = x < 0 ? -x : x;
  if (y <= THRESHOLD) {
    let xnum = 0;
    let xden = 0;
    if (y > EPS) {
      const xsq = x * x;
      xnum = A[4] * xsq;
      xden = xsq;
      for (let i = 0; i < 3; i++) {
        xnum = (xnum + A[i]) * xsq;
        xden = (xden + B[i]) * xsq;
      }
    }
    return 0.5 + (x * (xnum + A[3])) / (xden + B[3]);
  }
  if (!(y < TAIL_LIMIT)) {
    if (Number.isNaN(x)) throw new RangeError("normalCdf: x is NaN");
    return x < 0 ? 0 : 1;
  }
  const small = tailFactor(y, tailRatio(y)); // the tail beyond |x|: Φ(−|x|)
  return x < 0 ? small : 1 - small;
}

/** Φ(x) and 1 − Φ(x), each computed without cancellation. */
export function normalCdfBoth(x: number): { lower: number; upper: number } {
  return { lower: normalCdfNumber(x), upper: normalCdfNumber(-x) };
}

/** Φ(x) as a Dec (double accuracy). */
export function normalCdf(x: Num): Dec {
  return new Dec(normalCdfNumber(new Dec(x).toNumber()));
}
