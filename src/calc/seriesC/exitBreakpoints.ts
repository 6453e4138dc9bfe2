import { Dec, ZERO } from "../core/decimal";
import { breakpoints, valueAt } from "../core/piecewiseLinear";
import { combinationAt } from "../core/piecewiseSolve";
import { capitalTreatment } from "./capitalTypes";
import { ExitModel, PreferredClass, converts, setClaims } from "./exitModel";
import { solveExit } from "./exit";

/**
 * Every exit value at which the distribution changes slope
 * (SERIESC_BREAKPOINTS, docs/interpretations.md "Breakpoints"), computed, not
 * searched for. While the claims are not covered, the equilibrium is that
 * nobody converts (a converted share gets nothing until every claim that
 * stays is paid), and the kinks are each rank's dividend parts and then its
 * whole claims covered (Cert §4(a) ¶2). Above that, the equilibrium is a
 * threshold prefix (exitEquilibrium.ts): the prefix S_k holds while p lies
 * between the k-th and the (k+1)-th lowest threshold, and there the proceeds
 * are X = claims(S_k) + pool_k(p), a piecewise-linear increasing function of
 * p; each kink of the pool (an exercise price, a participation cap reached,
 * a kink of the Series C's as-converted value) and the next threshold (a
 * class converts) is an exit value X = claims(S_k) + pool_k(p*), exactly.
 *
 * The candidates are then checked against the waterfall itself: a candidate
 * at which no row's amount (nor the value per common share) changes slope —
 * a rank whose dividend and preference claims stand in the same proportion
 * for every member, a threshold reached at the same proceeds as another — is
 * dropped, its sentence kept with the one it coincides with when there is one.
 */

export interface ExitBreakpoint {
  proceeds: Dec;
  /** Plain sentences: "Series D converts", "options at $10.00 exercised". */
  events: string[];
  /** The names of the capital rows concerned. */
  rows: string[];
}

interface Candidate extends ExitBreakpoint {
  /** A kink by construction (an exercise price reached by a rising p), kept without the slope check. */
  sure: boolean;
}

/** $1,234.50; more decimals when the amount has them (up to 6). */
export function dollars(x: Dec): string {
  const places = Math.min(6, Math.max(2, x.toDecimalPlaces(6).decimalPlaces()));
  const [whole, frac] = x.toFixed(places).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `$${grouped}${frac === undefined ? "" : `.${frac}`}`;
}

/** Tolerance of two slopes (amounts per $ of proceeds) being one: far above 40-digit rounding, far below any real kink. */
const SLOPE_TOLERANCE = new Dec("1e-20");

export function exitBreakpoints(m: ExitModel): ExitBreakpoint[] {
  const found = new Map<string, Candidate>();
  const add = (proceeds: Dec, event: string, rows: string[], sure = false) => {
    if (!proceeds.isFinite() || proceeds.lte(0)) return;
    const key = proceeds.toString();
    const c = found.get(key);
    if (!c) found.set(key, { proceeds, events: [event], rows: [...rows], sure });
    else {
      if (!c.events.includes(event)) c.events.push(event);
      for (const r of rows) if (!c.rows.includes(r)) c.rows.push(r);
      c.sure ||= sure;
    }
  };
  const name = (index: number) => m.capital[index].name;

  // Cert §4(a): the ranks in order, nobody converting; each rank's dividend parts, then its whole claims.
  const none = setClaims(m, 0);
  let paid = ZERO;
  none.tiers.forEach((t, j) => {
    const tier = m.tiers[j];
    if (t.total.isZero()) return;
    const names = t.rows.map(name);
    if (t.totalDividends.gt(0) && t.totalPreference.gt(0)) add(paid.plus(t.totalDividends), `rank ${tier.rank}: accrued dividends paid in full`, names);
    paid = paid.plus(t.total);
    if (tier.senior) add(paid, names.length === 1 ? `${names[0]} paid in full` : `rank ${tier.rank}: senior claims paid in full`, names);
    else add(paid, `rank ${tier.rank}: preferences paid in full`, names);
  });

  // Above the claims: the threshold prefixes in turn, the pool's kinks and the next class's conversion in each.
  const order = m.candidates.map((set, k) => ({
    set,
    added: k === 0 ? [] : m.convertible.filter((c) => converts(c, set) && !converts(c, m.candidates[k - 1])),
  }));
  const strikes = m.optionGroups.filter((g) => g.quantity.gt(0));
  const seriesCBreaks = m.seriesC ? breakpoints(m.seriesC.value) : [];
  const capped = m.classes.filter((c) => c.capFn >= 0 && c.row.quantity.gt(0));
  for (let k = 0; k < order.length; k++) {
    const { set } = order[k];
    const s = setClaims(m, set);
    const lo = k === 0 ? ZERO : order[k].added[0].threshold;
    const hi = k + 1 < order.length ? order[k + 1].added[0].threshold : new Dec(Infinity);
    if (!lo.isFinite()) break;
    const at = (p: Dec) => s.claimsTotal.plus(combinationAt(m.pool, s.weights, p));
    const inside = (p: Dec) => p.gte(lo) && p.lt(hi);
    for (const g of strikes) {
      if (!inside(g.strike)) continue;
      const kinds = new Set(g.rows.map((i) => (m.capital[i].type === "WARRANT" ? "warrants" : "options")));
      add(at(g.strike), `${[...kinds].join(" and ")} at ${dollars(g.strike)} exercised`, g.rows.map(name), true);
    }
    if (m.seriesC && converts(m.seriesC.cls, set)) {
      for (const b of seriesCBreaks) if (inside(b)) add(at(b), seriesCKink(m, b), [m.seriesC.cls.row.name]);
    }
    for (const c of capped) {
      if (converts(c, set)) continue;
      const full = capReachedAt(c);
      if (inside(full)) add(at(full), `${c.row.name} reaches its participation cap of ${dollars(c.participation as Dec)} per share`, [c.row.name]);
    }
    if (hi.isFinite() && k + 1 < order.length) {
      for (const c of order[k + 1].added) add(at(hi), `${c.row.name} converts`, [c.row.name]);
    }
  }
  return checked(m, merged([...found.values()].sort((x, y) => x.proceeds.comparedTo(y.proceeds))));
}

/** The same exit value reached by two routes (the pool of S_k at a threshold, S_k+1's at the same p) may differ in the 40th digit: one point. */
function merged(sorted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && same(last.proceeds, c.proceeds)) {
      for (const e of c.events) if (!last.events.includes(e)) last.events.push(e);
      for (const r of c.rows) if (!last.rows.includes(r)) last.rows.push(r);
      last.sure ||= c.sure;
    } else out.push(c);
  }
  return out;
}

const SAME = new Dec("1e-30");
/** Equal up to the rounding of 40-digit arithmetic. */
const same = (x: Dec, y: Dec): boolean =>
  x
    .minus(y)
    .abs()
    .lte(SAME.times(x.abs().plus(y.abs())));

/** The value per common share at which a capped class's participation reaches its cap: (cap − claim) / c. */
function capReachedAt(c: PreferredClass): Dec {
  return (c.participation as Dec).minus(c.claim).div(c.row.c);
}

/** What a kink of the Series C's as-converted value at p is (Cert §5(e), §4(a), §5(k)(6)). */
function seriesCKink(m: ExitModel, p: Dec): string {
  const { basis, cls } = m.seriesC!;
  const who = cls.row.name;
  const value = valueAt(m.seriesC!.value, p);
  if (basis.shareCap !== undefined && same(value, basis.shareCap.times(p)))
    return `${who}: its conversion reaches the 20 % cap on the common shares issuable, at a common value of ${dollars(p)} (Cert §5(k)(6))`;
  if (basis.capped && same(value, basis.qualifiedReturn) && same(basis.rate.times(p), basis.qualifiedReturn))
    return `${who}: its conversion shares alone are worth the Qualified Return of ${dollars(basis.qualifiedReturn)}, every dividend share extinguished (Cert §4(a))`;
  if (basis.capped && same(value, basis.qualifiedReturn))
    return `${who}: its as-converted value reaches the Qualified Return of ${dollars(basis.qualifiedReturn)}, its dividend shares cut to it (Cert §4(a))`;
  if (same(p, basis.price))
    return `${who}: the common reaches the conversion price ${dollars(basis.price)}, its dividend shares now worth more than the dividends (Cert §5(e))`;
  return `${who}: its as-converted value changes slope at a common value of ${dollars(p)}`;
}

/** The candidates at which some row's amount, or the value per common share, changes slope. */
function checked(m: ExitModel, candidates: Candidate[]): ExitBreakpoint[] {
  if (candidates.length === 0) return [];
  let scale = m.commonShares.plus(1);
  for (const g of m.optionGroups) scale = scale.plus(g.quantity);
  const vector = (x: Dec): Dec[] => {
    const { outcome, amounts } = solveExit(m, x);
    const out = [outcome.p.times(scale)];
    amounts.forEach((a, i) => {
      if (capitalTreatment(m.capital[i].type) !== "option") out.push(a ?? ZERO);
    });
    return out;
  };
  const last = candidates[candidates.length - 1].proceeds;
  const xs = [ZERO, ...candidates.map((c) => c.proceeds), last.times(2)];
  const vs = xs.map(vector);
  const slope = (j: number) => vs[j + 1].map((v, i) => v.minus(vs[j][i]).div(xs[j + 1].minus(xs[j])));
  const slopes = xs.slice(1).map((_, j) => slope(j));
  const out: ExitBreakpoint[] = [];
  candidates.forEach((c, j) => {
    const left = slopes[j];
    const right = slopes[j + 1];
    const kinks = left.some((s, i) =>
      s
        .minus(right[i])
        .abs()
        .gt(SLOPE_TOLERANCE.times(s.abs().plus(right[i].abs()).plus(1))),
    );
    if (c.sure || kinks) out.push({ proceeds: c.proceeds, events: c.events, rows: c.rows });
  });
  return out;
}

/**
 * The exit values of SERIESC_EXIT_TABLE when no proceeds are given: 0, then before each breakpoint the
 * midpoint from the point before it and the breakpoint itself, then twice the last breakpoint (1 when
 * there is none). Every amount is a straight line between two consecutive values, so a chart drawn through
 * them is exact at every kink.
 */
export function exitTablePoints(kinks: readonly Dec[]): Dec[] {
  const out = [ZERO];
  let previous = ZERO;
  for (const b of kinks) {
    out.push(previous.plus(b).div(2), b);
    previous = b;
  }
  out.push(kinks.length ? previous.times(2) : new Dec(1));
  return out;
}
