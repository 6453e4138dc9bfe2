/**
 * Exact rational numbers over BigInt, for test references that must not round
 * (the exact reading of Cert §5(k): test/calc/seriesC/exactReplay.ts). Always
 * in lowest terms with a positive denominator.
 */
import { Dec } from "../../src/calc/core/decimal";

const abs = (x: bigint): bigint => (x < BigInt(0) ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== BigInt(0)) [a, b] = [b, a % b];
  return a;
}

export class Rational {
  readonly num: bigint;
  readonly den: bigint;

  constructor(num: bigint, den: bigint = BigInt(1)) {
    if (den === BigInt(0)) throw new Error("Rational: zero denominator");
    if (den < BigInt(0)) {
      num = -num;
      den = -den;
    }
    const g = gcd(num, den);
    this.num = g > BigInt(1) ? num / g : num;
    this.den = g > BigInt(1) ? den / g : den;
  }

  /** The exact value of a decimal text ("12.5", "-3e-7", "1.25E+21"). */
  static parse(text: string): Rational {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
    if (!m || (m[2] === "" && (m[3] ?? "") === "")) throw new Error(`Rational.parse: ${text}`);
    const frac = m[3] ?? "";
    const exp = Number(m[4] ?? 0) - frac.length;
    let num = BigInt((m[2] || "0") + frac);
    if (m[1] === "-") num = -num;
    return exp >= 0 ? new Rational(num * BigInt(10) ** BigInt(exp)) : new Rational(num, BigInt(10) ** BigInt(-exp));
  }

  /** The exact value of a Decimal (its full digits). */
  static of(x: Dec | number): Rational {
    if (typeof x === "number") {
      if (!Number.isFinite(x)) throw new Error(`Rational.of: ${x}`);
      return Rational.parse(String(x)); // a cell's value as its Decimal reads it: the double's shortest text
    }
    return Rational.parse(x.toString());
  }

  plus(o: Rational): Rational {
    return new Rational(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  minus(o: Rational): Rational {
    return new Rational(this.num * o.den - o.num * this.den, this.den * o.den);
  }
  times(o: Rational): Rational {
    return new Rational(this.num * o.num, this.den * o.den);
  }
  div(o: Rational): Rational {
    return new Rational(this.num * o.den, this.den * o.num);
  }
  cmp(o: Rational): number {
    const l = this.num * o.den;
    const r = o.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  lt(o: Rational): boolean {
    return this.cmp(o) < 0;
  }
  gt(o: Rational): boolean {
    return this.cmp(o) > 0;
  }
  eq(o: Rational): boolean {
    return this.num === o.num && this.den === o.den;
  }
  isZero(): boolean {
    return this.num === BigInt(0);
  }
  abs(): Rational {
    return this.num < BigInt(0) ? new Rational(-this.num, this.den) : this;
  }

  static min(a: Rational, b: Rational): Rational {
    return a.cmp(b) <= 0 ? a : b;
  }
  static max(a: Rational, b: Rational): Rational {
    return a.cmp(b) >= 0 ? a : b;
  }

  /** |x − this| ≤ tolerance × |this| (x exactly as given). */
  near(x: Rational, tolerance: Rational): boolean {
    return x.minus(this).abs().cmp(tolerance.times(this.abs())) <= 0;
  }

  toNumber(): number {
    return Number(this.num) / Number(this.den);
  }

  toString(): string {
    return this.den === BigInt(1) ? this.num.toString() : `${this.num}/${this.den}`;
  }
}
