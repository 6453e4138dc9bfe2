import { Dec } from "../core/decimal";
import { IssueQuote, effectivePrice } from "./antiDilution";
import { copyTriple } from "../core/tripleDouble";

// How the price after a position follows from the price before it (or not at all).
const SAME = 0;
const SCALED = 1;
const WEIGHTED = 2;
const EFFECTIVE = 3;
const GIVEN = 4;
const FIXED = 5;

/**
 * The Conversion Price after each event as it was applied (the certificate of
 * adjustment's "price after", Cert §5(l)), as 40-digit Decimals made only when
 * read. The replay (replay.ts) decides every step in triple-doubles, fixed point and exact
 * rationals; most prices of a long table are never read as Decimals (a sheet
 * asks for a few dates), so each position records only how its Decimal follows
 * from the one before — unchanged, × a split factor (§5(f), (g)), the
 * weighted average (§5(k)(1)), the Effective Price (§5(k)(5)), the floor, or a
 * readjusted price (§5(k)(3)) — and a read computes the chain back to the last
 * price known, once. The Decimals are the ones the step-by-step Decimal
 * replay makes from the same decisions.
 */
export class AppliedPrices {
  private readonly value: (Dec | undefined)[];
  private readonly rule: Uint8Array;
  /** Per position, what its rule needs: a factor, a quote, or a readjusted price's slot in `triples`. */
  private readonly arg: (Dec | IssueQuote | number | undefined)[];
  /** The readjusted prices (FIXED), three doubles each, in the order they were made. */
  private triples = new Float64Array(0);
  private fixedCount = 0;
  /** The prices as correctly rounded doubles of fixed-point values within 1e-33 (NaN: not known). */
  private readonly numbers: Float64Array;

  constructor(
    n: number,
    private readonly initial: Dec,
    /** A triple-double as a Decimal (priceTree.ts `tripleDecimal`). */
    private readonly fromTriple: (t: Float64Array, at: number) => Dec,
  ) {
    this.value = new Array<Dec | undefined>(n);
    this.rule = new Uint8Array(n);
    this.arg = new Array<Dec | IssueQuote | number | undefined>(n);
    this.numbers = new Float64Array(n).fill(NaN);
  }

  /**
   * The price after position i as a double, when known without its Decimal (−1: the initial price's is
   * not kept). The same as the Decimal's double unless a price lies within 1e-33 of the midpoint between two doubles.
   */
  number(i: number): number | undefined {
    const x = i < 0 ? NaN : this.numbers[i];
    return x === x ? x : undefined;
  }

  setNumber(i: number, x: number): void {
    this.numbers[i] = x;
  }

  /** Position i left the price as it was. */
  same(i: number): void {
    this.rule[i] = SAME;
  }
  /** §5(f), (g): the price before × `factor`. */
  scaled(i: number, factor: Dec): void {
    this.rule[i] = SCALED;
    this.arg[i] = factor;
  }
  /** §5(k)(1): (price before × outstanding + consideration) / (outstanding + shares). */
  weighted(i: number, q: IssueQuote): void {
    this.rule[i] = WEIGHTED;
    this.arg[i] = q;
  }
  /** §5(k)(5): the Effective Price. */
  effective(i: number, q: IssueQuote): void {
    this.rule[i] = EFFECTIVE;
    this.arg[i] = q;
  }
  /** A price known as a Decimal (the floor, or a decision taken in Decimals). */
  given(i: number, price: Dec): void {
    this.rule[i] = GIVEN;
    this.value[i] = price;
  }
  /** A readjusted price (§5(k)(3)), a triple-double (tripleDouble.ts). */
  fixed(i: number, t: Float64Array): void {
    this.rule[i] = FIXED;
    const slot = this.fixedCount++;
    if (3 * slot >= this.triples.length) {
      const grown = new Float64Array(Math.max(48, 2 * this.triples.length)); // doubled: a few copies in all
      grown.set(this.triples);
      this.triples = grown;
    }
    copyTriple(t, 0, this.triples, 3 * slot);
    this.arg[i] = slot;
  }

  /** The price after position i (−1: the initial price). */
  at(i: number): Dec {
    if (i < 0) return this.initial;
    let j = i;
    while (j >= 0 && this.value[j] === undefined && this.rule[j] <= WEIGHTED) j--; // back to a price known or knowable alone
    let x = j < 0 ? this.initial : (this.value[j] ??= this.alone(j));
    for (let p = j + 1; p <= i; p++) x = this.value[p] = this.next(p, x);
    return x;
  }

  private alone(j: number): Dec {
    return this.rule[j] === EFFECTIVE ? effectivePrice(this.arg[j] as IssueQuote) : this.fromTriple(this.triples, 3 * (this.arg[j] as number));
  }

  private next(p: number, before: Dec): Dec {
    switch (this.rule[p]) {
      case SAME:
        return before;
      case SCALED:
        return before.times(this.arg[p] as Dec);
      case WEIGHTED: {
        const q = this.arg[p] as IssueQuote;
        return before
          .times(q.outstanding)
          .plus(q.consideration)
          .div((q.after ??= q.outstanding.plus(q.shares)));
      }
      default:
        return this.alone(p);
    }
  }
}
