import { Dec, EXACT_ZERO } from "./decimal";

/**
 * Running totals of a list that grows at the end and whose values may later
 * change: the sum of the first i values in O(log n) (the totals recorded as
 * the values came, plus a Fenwick tree of the later changes). The values are
 * exact (core/decimal.ts `Exact`), so every grouping of the additions gives the
 * same total as adding them one by one in order.
 */
export class RunningSums {
  /** before[i]: the sum of values 0 … i − 1 as they were appended. */
  private readonly before: Dec[] = [];
  private appended = EXACT_ZERO;
  private readonly changes: Dec[];

  constructor(capacity: number) {
    this.changes = new Array<Dec>(capacity + 1).fill(EXACT_ZERO);
  }

  get length(): number {
    return this.before.length;
  }

  append(value: Dec): void {
    this.before.push(this.appended);
    this.appended = this.appended.plus(value);
  }

  /** Value `index` (already appended) changes by `delta`. */
  change(index: number, delta: Dec): void {
    if (delta.isZero()) return;
    for (let i = index + 1; i < this.changes.length; i += i & -i) this.changes[i] = this.changes[i].plus(delta);
  }

  /** The sum of values 0 … index − 1 (index ≤ length). */
  sumBefore(index: number): Dec {
    let sum = index < this.before.length ? this.before[index] : this.appended;
    for (let i = index; i > 0; i -= i & -i) if (!this.changes[i].isZero()) sum = sum.plus(this.changes[i]);
    return sum;
  }
}
