import { Dec, wholeDouble } from "./decimal";

const ZERO = BigInt(0);
const TENS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
const BIG_TENS = TENS.map((t) => BigInt(t));

/**
 * A cell's decimal places when it has at most 6 (a share count, a half share after a split, cents) and, scaled
 * by them, is a whole number below 2^53, or −1: then x × 10^d rounds to the integer n with n / 10^d the value of
 * x's shortest text (`Ratio.ofCell`). Up to 15 digits, because n / 10^d reads back as x and two decimals of at
 * most 15 digits are never the same double; with 16 (an outstanding count of 10^13 shares with a quarter share,
 * after many splits), because the text says so.
 */
export function decimalPlaces(x: number): number {
  if (Number.isSafeInteger(x)) return 0;
  for (let d = 1; d < TENS.length; d++) {
    const n = Math.round(x * TENS[d]);
    if (n / TENS[d] !== x) continue;
    if (Math.abs(n) < 1e15) return d;
    return Number.isSafeInteger(n) && String(x) === placesText(n, d) ? d : -1;
  }
  return -1;
}

/** n / 10^d (d ≥ 1) written out: the text a double of that value has when it is its shortest. */
function placesText(n: number, d: number): string {
  const digits = String(Math.abs(n)).padStart(d + 1, "0");
  return (n < 0 ? "-" : "") + digits.slice(0, -d) + "." + digits.slice(-d);
}

/** x × 10^`places` exactly, for a cell of `own` decimal places (`decimalPlaces(x)`, at most `places`). */
export function scaledCell(x: number, own: number, places: number): bigint {
  const n = BigInt(own === 0 ? x : Math.round(x * TENS[own]));
  return places === own ? n : n * BIG_TENS[places - own];
}

/** x × 10^`places` as a double (`scaledCell` without BigInts): exact when it is a safe integer. */
export function scaledWhole(x: number, own: number, places: number): number {
  const n = own === 0 ? x : Math.round(x * TENS[own]);
  return places === own ? n : n * TENS[places - own];
}

/**
 * Exact rational numbers over BigInt, for the few decisions 40 digits cannot
 * take: whether two prices that agree to 32 digits are equal, or which is
 * lower (the conversion price's ties, seriesC/antiDilution.ts
 * `exactOutcome`; docs/interpretations.md "Exact arithmetic of the conversion
 * price"). Not reduced to lowest terms (comparisons cross-multiply); the
 * denominator is positive.
 */
export class Ratio {
  constructor(
    readonly num: bigint,
    readonly den: bigint = BigInt(1),
  ) {}

  /** The exact value of a Decimal: its digits as written. */
  static of(x: Dec): Ratio {
    const d = x.d; // base-1e7 limbs, exponent x.e (decimal.js)
    if (!d || d.length === 0) return new Ratio(ZERO);
    const whole = wholeDouble(x); // a share count, a whole-dollar amount: the same integer without the text
    if (whole !== undefined) return new Ratio(BigInt(whole));
    let digits = String(d[0]);
    for (let i = 1; i < d.length; i++) digits += String(d[i]).padStart(7, "0");
    const exponent = x.e - (digits.length - 1); // value = digits × 10^exponent
    const n = BigInt(digits) * BigInt(x.s);
    return exponent >= 0 ? new Ratio(n * BigInt(10) ** BigInt(exponent)) : new Ratio(n, BigInt(10) ** BigInt(-exponent));
  }

  /**
   * The exact value of a cell: the decimal a double reads as (its shortest text, the same digits as
   * its Decimal, events.ts `cellText`), not the binary fraction it stores.
   */
  static ofCell(x: number): Ratio {
    const d = decimalPlaces(x);
    if (d >= 0) return new Ratio(scaledCell(x, d, d), BIG_TENS[d]);
    const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
    if (!m) throw new Error(`not a finite number: ${x}`);
    const fraction = m[3] ?? "";
    const exponent = Number(m[4] ?? 0) - fraction.length;
    const digits = BigInt(m[1] + m[2] + fraction);
    return exponent >= 0 ? new Ratio(digits * BigInt(10) ** BigInt(exponent)) : new Ratio(digits, BigInt(10) ** BigInt(-exponent));
  }

  plus(o: Ratio): Ratio {
    return this.den === o.den ? new Ratio(this.num + o.num, this.den) : new Ratio(this.num * o.den + o.num * this.den, this.den * o.den);
  }
  times(o: Ratio): Ratio {
    return new Ratio(this.num * o.num, this.den * o.den);
  }
  div(o: Ratio): Ratio {
    return o.num < ZERO ? new Ratio(-this.num * o.den, this.den * -o.num) : new Ratio(this.num * o.den, this.den * o.num);
  }
  cmp(o: Ratio): number {
    const l = this.num * o.den;
    const r = o.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }
}

/**
 * A number known exactly on demand: either given, or one exact operation on
 * an earlier such number. Prices are chains of these (the initial price, then
 * each split, weighted average, floor or ratchet), evaluated only when a tie
 * has to be decided, from the last value already known (iteratively: chains
 * can be long), and kept.
 */
export class ExactValue {
  private known?: Ratio;

  private constructor(
    private readonly prev: ExactValue | undefined,
    private readonly op: (x: Ratio) => Ratio,
  ) {}

  static of(make: () => Ratio): ExactValue {
    return new ExactValue(undefined, make as (x: Ratio) => Ratio);
  }

  static dec(x: Dec): ExactValue {
    return ExactValue.of(() => Ratio.of(x));
  }

  /** op(this), exactly. */
  then(op: (x: Ratio) => Ratio): ExactValue {
    return new ExactValue(this, op);
  }

  get value(): Ratio {
    if (this.known) return this.known;
    const chain: ExactValue[] = [this];
    let v = this.prev;
    while (v && !v.known) {
      chain.push(v);
      v = v.prev;
    }
    let x = v?.known as Ratio; // undefined only before the first element, which has no prev
    for (let i = chain.length - 1; i >= 0; i--) {
      const node = chain[i];
      x = node.prev ? node.op(x) : node.op(undefined as unknown as Ratio);
      node.known = x;
    }
    return x;
  }

  cmp(o: ExactValue): number {
    return this === o ? 0 : this.value.cmp(o.value);
  }
}
