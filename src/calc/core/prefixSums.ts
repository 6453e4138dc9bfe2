import { Dec, EXACT_ZERO, Exact, wholeDouble, wholeExact } from "./decimal";

/**
 * Running totals of a list that grows at the end and whose values may later
 * change: the sum of the first i values in O(log n) (the totals recorded as
 * the values came, plus a Fenwick tree of the later changes). The values are
 * exact (core/decimal.ts `Exact`), so every grouping of the additions gives the
 * same total as adding them one by one in order.
 *
 * While every value and change is a whole number and the sum of their
 * magnitudes stays within 2^53 (share counts: the plan options of Cert
 * §5(k)(4)(B)), the totals are kept in doubles, where such sums are exact, and
 * a Decimal is made only for a total that is read; the first other value moves
 * them to Decimals, with the same totals.
 */
export class RunningSums {
  /** before[i]: the sum of values 0 … i − 1 as they were appended. */
  private readonly before: Dec[] = [];
  private appended = EXACT_ZERO;
  private readonly changes: Dec[];

  // The same in doubles while `whole`; `bound`: the sum of the magnitudes of every value and change so far.
  private whole = true;
  private readonly beforeWhole: number[] = [];
  private appendedWhole = 0;
  private readonly changesWhole: Float64Array;
  private bound = 0;

  constructor(private readonly capacity: number) {
    this.changes = [];
    this.changesWhole = new Float64Array(capacity + 1);
  }

  get length(): number {
    return this.whole ? this.beforeWhole.length : this.before.length;
  }

  append(value: Dec): void {
    if (this.whole) {
      const v = wholeDouble(value);
      if (v !== undefined && this.bound + Math.abs(v) <= Number.MAX_SAFE_INTEGER) {
        this.bound += Math.abs(v);
        this.beforeWhole.push(this.appendedWhole);
        this.appendedWhole += v;
        return;
      }
      this.toDecimals();
    }
    this.before.push(this.appended);
    this.appended = this.appended.plus(value);
  }

  /** Value `index` (already appended) changes by `delta` (a number: a whole one). */
  change(index: number, delta: Dec | number): void {
    if (typeof delta === "number" ? delta === 0 : delta.isZero()) return;
    if (this.whole) {
      const v = typeof delta === "number" ? delta : wholeDouble(delta);
      if (v !== undefined && this.bound + Math.abs(v) <= Number.MAX_SAFE_INTEGER) {
        this.bound += Math.abs(v);
        for (let i = index + 1; i < this.changesWhole.length; i += i & -i) this.changesWhole[i] += v;
        return;
      }
      this.toDecimals();
    }
    const d = typeof delta === "number" ? wholeExact(delta) : delta;
    for (let i = index + 1; i < this.changes.length; i += i & -i) this.changes[i] = this.changes[i].plus(d);
  }

  /** The sum of values 0 … index − 1 (index ≤ length). */
  sumBefore(index: number): Dec {
    const whole = this.sumBeforeWhole(index);
    if (whole !== undefined) return wholeExact(whole);
    let sum = index < this.before.length ? this.before[index] : this.appended;
    for (let i = index; i > 0; i -= i & -i) if (!this.changes[i].isZero()) sum = sum.plus(this.changes[i]);
    return sum;
  }

  /** `sumBefore` as a number while every value and change is a whole number (undefined otherwise). */
  sumBeforeWhole(index: number): number | undefined {
    if (!this.whole) return undefined;
    // every partial sum is at most `bound` in magnitude: exact in doubles
    let sum = index < this.beforeWhole.length ? this.beforeWhole[index] : this.appendedWhole;
    for (let i = index; i > 0; i -= i & -i) sum += this.changesWhole[i];
    return sum;
  }

  /** Leaves the doubles: the same totals as Decimals. */
  private toDecimals(): void {
    this.whole = false;
    const dec = (x: number): Dec => (x === 0 ? EXACT_ZERO : new Exact(x));
    for (const x of this.beforeWhole) this.before.push(dec(x));
    this.appended = dec(this.appendedWhole);
    for (let i = 0; i <= this.capacity; i++) this.changes.push(dec(this.changesWhole[i]));
  }
}
