import { Dec } from "../core/decimal";
import { notAvailable } from "../core/errors";
import { CAPITAL_ARG } from "./capital";
import { ExitModel, PreferredClass, converts, setsInOrder } from "./exitModel";
import { Outcome, exitOutcome, perShareOf } from "./exitOutcome";

/**
 * Who converts (docs/interpretations.md "The exit waterfall's equilibrium"): a
 * set of converting classes is stable when no class gains by changing its own
 * decision, the others' fixed — converting needs a strict gain (a tie takes
 * the preference, Cert §4(a) "the greater of"). Among several stable sets, the
 * fewest converting classes, then the one whose converting rows come first.
 */

/**
 * x is more than y beyond the rounding of 40-digit arithmetic: the same
 * amount reached by two routes (a ratable share, a whole rest) can differ in
 * the 40th digit, and that is a tie.
 */
const ROUNDING = new Dec("1e-30");
/** p this close to a threshold is a tie the quick test cannot decide. */
const NEAR = new Dec("1e-25");
const near = (t: Dec, p: Dec): boolean => t.isFinite() && t.minus(p).abs().lte(NEAR.times(p));
function gains(x: Dec, y: Dec): boolean {
  return x.minus(y).gt(ROUNDING.times(x.abs().gt(y.abs()) ? x.abs() : y.abs()));
}

/**
 * The equilibrium at `proceeds`.
 *
 * Only few sets can be equilibria, and they are examined first. A converting
 * class gets nothing while a claim that stays is unpaid, so a set that leaves
 * claims unpaid is stable only if nobody converts. With the claims covered, a
 * class gains by converting exactly when its conversion value at the set's p
 * exceeds what it gets by staying (its claim, or its capped total), that is
 * when p is above its threshold, and adding it to the pool moves p towards
 * the value at which it is indifferent. So a stable set is the classes whose
 * threshold lies below its p: one of the threshold prefixes, and the one whose
 * p lies between its last member's threshold and the next class's (the quick
 * test, one solve per prefix). That test is sufficient: a member c leaving
 * adds its claim back and takes c × p (or B(p)) out of the pool, so p rises
 * and c gets its claim (at most its cap), less than c × p; a non-member
 * joining lowers p, so converting gives at most c × p, no more than what it
 * has; and while claims are unpaid, a converting class gets at most what its
 * claim leaves for the pool, no more than its ratable share. Where p sits on
 * a threshold (a tie, in the 40th digit) or is 0 with the claims covered, the
 * prefix is checked against the definition itself; should no prefix pass,
 * every prefix is checked, then every set in the order of preference (at most
 * 2^12).
 */
export function equilibrium(m: ExitModel, proceeds: Dec): Outcome {
  const seen = new Map<number, Outcome>();
  const get = (set: number): Outcome => {
    let o = seen.get(set);
    if (!o) seen.set(set, (o = exitOutcome(m, proceeds, set)));
    return o;
  };
  const stableFor = (set: number, c: PreferredClass): boolean => {
    const mine = perShareOf(m, get(set), c);
    const alone = perShareOf(m, get(set ^ (1 << c.bit)), c);
    return converts(c, set) ? gains(mine, alone) : !gains(alone, mine);
  };
  const stable = (set: number): boolean => m.convertible.every((c) => stableFor(set, c));
  // A class converts only above its own threshold: the quick test of a prefix at its p, and the classes that fail it.
  const misplaced = (set: number): PreferredClass[] => {
    const o = get(set);
    if (!o.covered) return set === 0 ? [] : m.convertible.filter((c) => converts(c, set));
    return m.convertible.filter((c) => (converts(c, set) ? c.threshold.gte(o.p) : c.threshold.lt(o.p)));
  };
  // The first prefix that passes the quick test is the equilibrium (see above) unless p sits on a threshold
  // (a tie, decided in the 40th digit) or is 0 with claims covered: those are checked against the definition.
  for (const set of m.candidates) {
    const off = misplaced(set);
    if (off.length > 0) continue;
    const o = get(set);
    if (!o.covered || (o.p.gt(0) && !m.convertible.some((c) => near(c.threshold, o.p)))) return o;
    if (stable(set)) return o;
    break;
  }
  for (const set of m.candidates) if (stable(set)) return get(set); // candidates are in the order of preference
  m.order ??= setsInOrder(m.convertible.length);
  for (const set of m.order) if (stable(set)) return get(set);
  throw notAvailable(
    CAPITAL_ARG,
    `no set of conversion decisions is stable at proceeds of ${proceeds.toSignificantDigits(12).toString()}: some class always gains by switching`,
  );
}
