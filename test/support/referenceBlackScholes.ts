import Decimal from "decimal.js";

/**
 * An independent high-precision Black–Scholes–Merton (tests only): 60-digit
 * decimal.js, Φ by Marsaglia's Taylor series Φ(x) = ½ + φ(x) Σ x^(BigInt(2)+1)/(BigInt(2)+1)!!
 * for |x| ≤ 5 and by the Laplace continued fraction
 * 1 − Φ(x) = φ(x) / (x + 1/(x + 2/(x + 3/(x + …)))) beyond — none of the code
 * under test (no Cody coefficients, no doubles but the inputs).
 */
const R = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15, minE: -9e15, maxE: 9e15 });
type Dx = InstanceType<typeof R>;

const TWO_PI = new R(2).times(R.acos(-1));

function density(x: Dx): Dx {
  return x.times(x).div(-2).exp().div(TWO_PI.sqrt());
}

/** The exact value of a double (its binary expansion), not its shortest decimal text. */
export function exactDecimal(x: number): Dx {
  if (x === 0) return new R(0);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const negative = bits >> BigInt(63) === BigInt(1);
  const biased = Number((bits >> BigInt(52)) & BigInt(0x7ff));
  const fraction = bits & ((BigInt(1) << BigInt(52)) - BigInt(1));
  const mantissa = biased === 0 ? fraction : fraction | (BigInt(1) << BigInt(52));
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  const v = new R(mantissa.toString()).times(new R(2).pow(exponent));
  return negative ? v.neg() : v;
}

/** Φ(x) at 60 digits. */
export function referencePhi(x: Dx): Dx {
  const ax = x.abs();
  if (ax.lte(5)) {
    // Φ(x) = ½ + φ(x)(x + x³/3 + x⁵/15 + …)
    let term = x;
    let sum = x;
    const x2 = x.times(x);
    for (let n = 1; n < 2000; n++) {
      term = term.times(x2).div(2 * n + 1);
      sum = sum.plus(term);
      if (term.abs().lt(sum.abs().times("1e-62"))) break;
    }
    return new R(0.5).plus(density(x).times(sum));
  }
  // Upper tail beyond |x| by the continued fraction, evaluated backward from a deep enough level.
  let cf = new R(0);
  for (let k = 400; k >= 1; k--) cf = new R(k).div(ax.plus(cf));
  const tail = density(ax).div(ax.plus(cf));
  return x.isNegative() ? tail : new R(1).minus(tail);
}

/** The Black–Scholes–Merton value at the given doubles, as a 60-digit decimal string. */
export function referenceBlackScholes(S: number, K: number, T: number, r: number, sigma: number, q: number, call: boolean): Dx {
  const s = exactDecimal(S);
  const k = exactDecimal(K);
  const t = exactDecimal(T);
  const rr = exactDecimal(r);
  const qq = exactDecimal(q);
  const vol = exactDecimal(sigma);
  const F = s.times(qq.times(t).neg().exp());
  const Kd = k.times(rr.times(t).neg().exp());
  const sd = vol.times(t.sqrt());
  let v: Dx;
  if (sd.isZero()) v = call ? F.minus(Kd) : Kd.minus(F);
  else {
    const d1 = s
      .div(k)
      .ln()
      .plus(rr.minus(qq).plus(vol.times(vol).div(2)).times(t))
      .div(sd);
    const d2 = d1.minus(sd);
    v = call ? F.times(referencePhi(d1)).minus(Kd.times(referencePhi(d2))) : Kd.times(referencePhi(d2.neg())).minus(F.times(referencePhi(d1.neg())));
  }
  return v.isNegative() ? new R(0) : v;
}

/** |actual − expected| ≤ rel × |expected| (and exact 0 for an expected 0). */
export function relativeError(actual: number, expected: Dx): number {
  if (expected.isZero()) return actual === 0 ? 0 : Infinity;
  return exactDecimal(actual).minus(expected).abs().div(expected.abs()).toNumber();
}

export { R as ReferenceDecimal };
