import { Dec, ZERO } from "../core/decimal";
import { notAvailable } from "../core/errors";
import { Day, formatIso } from "../time/civil";
import { anniversary } from "../time/months";
import { checkResultDay, checkWhole } from "./checks";
import { lastExerciseDay } from "./expiry";
import { OptionExchangeTerms } from "./terms";

export interface VestInstallment {
  /** Vest date: the kth anniversary of the grant date (EDATE, docs/conventions.md#dates). */
  day: Day;
  /** Shares first vesting (and first exercisable) on that date. */
  shares: Dec;
  /** Shares vested after that date's installment. */
  cumulative: Dec;
}

/**
 * The new options' vesting schedule (Offer Q11, §2 "Vesting and Exercise",
 * Agreement §5A): 1/3 on each of the first three anniversaries of the grant
 * date (term vestYears installments). Cumulative vested after k anniversaries
 * is floor(newShares × k / vestYears) (term vestingRounding: floor, or round
 * half-up); the last installment takes the remainder, so the total is exact.
 */
export function vestingSchedule(t: OptionExchangeTerms, newShares: Dec, grantDay: Day, sharesArg = "newShares", grantArg = "grantDate"): VestInstallment[] {
  checkWhole(newShares, sharesArg);
  const n = t.vestYears.toNumber();
  const rows: VestInstallment[] = [];
  let previous = ZERO;
  for (let k = 1; k <= n; k++) {
    const day = checkResultDay(anniversary(grantDay, k), grantArg, `the vest date ${k} years after the grant date`);
    const cumulative = k === n ? newShares : cumulativeAfter(newShares, k, n, t.vestingRounding);
    rows.push({ day, shares: cumulative.minus(previous), cumulative });
    previous = cumulative;
  }
  return rows;
}

/** Whole shares vested after k of n installments: floor or round half-up of newShares × k / n (exact integer arithmetic). */
function cumulativeAfter(newShares: Dec, k: number, n: number, rounding: string): Dec {
  const numerator = newShares.times(k);
  if (rounding === "round")
    return numerator
      .times(2)
      .plus(n)
      .divToInt(2 * n); // floor((2a + n) / 2n) = half-up of a/n
  return numerator.divToInt(n); // a ≥ 0: truncation is floor
}

/**
 * cumulativeAfter for shares small enough that 2 × shares × k + n is a safe
 * integer: the same floors in exact double arithmetic (the remainder is
 * taken first, so the division is exact), far faster than Decimal, for
 * rosters of 100,000 grants.
 */
function cumulativeAfterSmall(shares: number, k: number, n: number, rounding: string): number {
  const a = shares * k;
  if (rounding === "round") {
    const b = 2 * a + n;
    return (b - (b % (2 * n))) / (2 * n);
  }
  return (a - (a % n)) / n;
}

/** Whole shares vested after k of n installments, as a number (cumulativeAfter's floors, exact). */
export function vestedAfter(shares: number, k: number, n: number, rounding: string): number {
  if (2 * shares * k + n <= Number.MAX_SAFE_INTEGER) return cumulativeAfterSmall(shares, k, n, rounding);
  return cumulativeAfter(new Dec(shares), k, n, rounding).toNumber();
}

const SMALL = /*#__PURE__*/ new Dec(Math.floor((Number.MAX_SAFE_INTEGER - 200) / 200)); // 2 × shares × k + n stays safe for k ≤ n ≤ 100

export interface RosterGrant {
  newShares: Dec;
  grantDay: Day;
}

/** Exact running sums: whole numbers kept as doubles while they are safe integers, then carried into a Decimal. */
class ExactSum {
  private carried = ZERO;
  private small = 0;
  add(x: number): void {
    if (this.small + x > Number.MAX_SAFE_INTEGER) {
      this.carried = this.carried.plus(this.small);
      this.small = 0;
    }
    this.small += x;
  }
  addDec(x: Dec): void {
    this.carried = this.carried.plus(x);
  }
  get value(): Dec {
    return this.carried.plus(this.small);
  }
}

/**
 * Every grant's vesting schedule (vestingSchedule) added up per vest date:
 * on each date, the shares first vesting across the roster and the
 * cumulative total. Each grant still rounds on its own (Offer Q11); one
 * schedule of dates is made per grant date, and the floors are taken in exact
 * integer arithmetic, so a 100,000-grant roster costs a few operations per grant.
 */
export function rosterVesting(t: OptionExchangeTerms, grants: readonly RosterGrant[], sharesArg = "newShares"): VestInstallment[] {
  const n = t.vestYears.toNumber();
  const rounding = t.vestingRounding;
  const byDay = new Map<Day, ExactSum[]>(); // grant date → shares vested after k installments (k = 1..n), summed over its grants
  for (const g of grants) {
    checkWhole(g.newShares, sharesArg);
    let sums = byDay.get(g.grantDay);
    if (!sums) byDay.set(g.grantDay, (sums = Array.from({ length: n }, () => new ExactSum())));
    const small = g.newShares.lte(SMALL) ? g.newShares.toNumber() : undefined;
    for (let k = 1; k <= n; k++) {
      if (small === undefined) sums[k - 1].addDec(k === n ? g.newShares : cumulativeAfter(g.newShares, k, n, rounding));
      else sums[k - 1].add(k === n ? small : cumulativeAfterSmall(small, k, n, rounding));
    }
  }
  const vesting = new Map<Day, Dec>();
  for (const [grantDay, sums] of byDay) {
    const totals = sums.map((s) => s.value);
    vestingSchedule(t, ZERO, grantDay).forEach((row, k) =>
      vesting.set(row.day, (vesting.get(row.day) ?? ZERO).plus(totals[k].minus(k > 0 ? totals[k - 1] : ZERO))),
    );
  }
  return scheduleOfDays(vesting);
}

/** Shares vesting per date as a schedule: in date order, with the cumulative total. */
export function scheduleOfDays(byDay: ReadonlyMap<Day, Dec>): VestInstallment[] {
  let cumulative = ZERO;
  return [...byDay.keys()]
    .sort((x, y) => x - y)
    .map((day) => {
      const shares = byDay.get(day) as Dec;
      cumulative = cumulative.plus(shares);
      return { day, shares, cumulative };
    });
}

export interface VestingInput {
  newShares: Dec;
  asOf: Day;
  grantDay: Day;
  /** Date employment terminated (Agreement §5E); undefined while employed. */
  terminationDay?: Day;
  /** Date of a change of control of Mpower Holding (Offer §2, Agreement §5I). */
  cocDay?: Day;
}

/**
 * Shares vested at the close of `asOf`.
 * - Nothing vests after termination: the count is frozen at the termination
 *   date (Agreement §5E: "exercisable only to the extent exercisable on the
 *   date of such termination"); an installment vesting ON the termination date
 *   counts (the employee is still employed that day).
 * - A change of control on or before both `asOf` and the termination date
 *   vests everything (Offer §2 "Change of Control", Q11, Agreement §5I).
 * - Before the grant date nothing is vested; a termination before the grant
 *   date means the employee received no new options (Offer Q4): 0.
 */
export function vestedShares(t: OptionExchangeTerms, input: VestingInput): Dec {
  const { newShares, asOf, grantDay, terminationDay, cocDay } = input;
  const schedule = vestingSchedule(t, newShares, grantDay);
  if (cocDay !== undefined && cocDay < grantDay) {
    throw notAvailable(
      ["cocDate", "grantDate"],
      `a change of control on ${formatIso(cocDay)}, before the grant date ${formatIso(grantDay)}, is not covered by the Offer (the new options did not exist yet)`,
    );
  }
  if (asOf < grantDay) return ZERO;
  if (terminationDay !== undefined && terminationDay < grantDay) return ZERO; // Offer Q4: not an employee on the grant date
  const cutoff = terminationDay === undefined ? asOf : Math.min(asOf, terminationDay);
  if (cocDay !== undefined && cocDay <= cutoff) return newShares; // Offer §2: all new options vest in full
  let vested = ZERO;
  for (const row of schedule) if (row.day <= cutoff) vested = row.cumulative; // Agreement §5A: vests ON the anniversary
  return vested;
}

/**
 * Vested shares still exercisable at `asOf`: 0 after the last exercise date
 * (expiry.ts: the tenth anniversary, Agreement §5G, or termination + 30 days,
 * Agreement §5E, whichever is first); both last days are included.
 */
export function exercisableShares(t: OptionExchangeTerms, input: VestingInput): Dec {
  const vested = vestedShares(t, input);
  if (input.terminationDay !== undefined && input.terminationDay < input.grantDay) return ZERO;
  return input.asOf > lastExerciseDay(t, input.grantDay, input.terminationDay) ? ZERO : vested;
}
