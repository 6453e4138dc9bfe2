import { Dec, ONE, ZERO, minDec } from "../core/decimal";
import { valueAt } from "../core/piecewiseLinear";
import { solveCombination, solveWeighted, weightCombination } from "../core/piecewiseSolve";
import { FULL_PARTICIPATION, capitalTreatment } from "./capitalTypes";
import { ExitModel, PreferredClass, SetClaims, converts, setClaims } from "./exitModel";

/**
 * What one set of converting classes gives, all else fixed (Cert §4(a), (c)):
 * the ranks paid in order, a shortfall shared within its rank (dividend parts
 * first), and when every claim that stays is covered, the rest shared by the
 * pool of common shares at the value p that solves the pool's equation.
 */

/**
 * Up to this many breakpoints (option strikes, the Series C's, the caps), a set's pool function is
 * summed once and then solved by a binary search over stored values: a column of exit values solves
 * the same few sets again and again.
 */
const STORED_POOL_BREAKS = 4096;

/** p with (the pool's value at p) = rest: the least such p, or undefined when the pool never reaches it (nobody in it). */
export function solvePool(m: ExitModel, s: SetClaims, rest: Dec): Dec | undefined {
  s.solves++;
  if (!s.pool && s.solves > 1 && m.pool.breaks.length <= STORED_POOL_BREAKS) s.pool = weightCombination(m.pool, s.weights);
  return s.pool ? solveWeighted(s.pool, rest) : solveCombination(m.pool, s.weights, rest);
}

export interface Outcome {
  set: number;
  /** The proceeds, senior claims included. */
  proceeds: Dec;
  /** The proceeds cover every claim that stays. */
  covered: boolean;
  /** Value per common share; 0 when the claims are not covered or the Series C takes the whole rest. */
  p: Dec;
  /** What the pool shares: proceeds − every claim that stays (0 when not covered). */
  rest: Dec;
  /** Per tier, what it receives in all (its claims in full up to the proceeds left when it is reached). */
  tierPaid: Dec[];
}

/** The outcome of `set` at `proceeds`. */
export function exitOutcome(m: ExitModel, proceeds: Dec, set: number): Outcome {
  const s = setClaims(m, set);
  const covered = proceeds.gte(s.claimsTotal);
  let left = proceeds;
  const tierPaid = s.tiers.map((t) => {
    const paid = minDec(left, t.total);
    left = left.minus(paid);
    return paid;
  });
  if (!covered) return { set, proceeds, covered, p: ZERO, rest: ZERO, tierPaid };
  const rest = proceeds.minus(s.claimsTotal);
  // p × (shares in the pool at p) + … = rest: solved exactly on the piece where it holds. undefined: nobody is
  // in the pool (no common, no converted shares, no option) — the rest has no one to go to; distributeExit says so.
  const p = rest.gt(0) ? (solvePool(m, s, rest) ?? ZERO) : ZERO;
  return { set, proceeds, covered, p, rest, tierPaid };
}

/** The fractions of its dividend and preference claims a tier's members receive: dividend parts first (Cert §4(a) ¶2). */
function tierFractions(m: ExitModel, o: Outcome, tier: number): { fd: Dec; fp: Dec } {
  const t = setClaims(m, o.set).tiers[tier];
  const paid = o.tierPaid[tier];
  if (paid.gte(t.total)) return { fd: ONE, fp: ONE };
  if (paid.lt(t.totalDividends)) return { fd: paid.div(t.totalDividends), fp: ZERO };
  return { fd: ONE, fp: t.totalPreference.gt(0) ? paid.minus(t.totalDividends).div(t.totalPreference) : ONE };
}

/** What a participating class that stays receives beyond its claim at p: c × p, up to its cap less its claim. */
function participationAt(cls: PreferredClass, p: Dec): Dec {
  if (cls.participation === undefined) return ZERO;
  const full = cls.row.c.times(p);
  if (cls.participation === FULL_PARTICIPATION) return full;
  return minDec(full, cls.participation.minus(cls.claim));
}

/** The amount per share a class receives in an outcome. */
export function perShareOf(m: ExitModel, o: Outcome, cls: PreferredClass): Dec {
  if (converts(cls, o.set)) {
    if (!o.covered) return ZERO; // converted shares get nothing while a claim that stays is unpaid (Cert §4(a))
    if (capitalTreatment(cls.row.type) !== "seriesC") return cls.row.c.times(o.p);
    // the Series C: B(p); at p = 0 its dividend shares are worth more than the whole rest, which it takes
    if (o.p.gt(0)) return valueAt(m.seriesC!.value, o.p);
    return o.rest.gt(0) && cls.row.quantity.gt(0) ? o.rest.div(cls.row.quantity) : ZERO;
  }
  if (o.covered) return cls.claim.plus(participationAt(cls, o.p));
  const { fd, fp } = tierFractions(m, o, cls.tier);
  return fd.times(cls.dividends).plus(fp.times(cls.preference));
}
