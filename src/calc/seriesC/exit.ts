import { Dec, ONE, ZERO } from "../core/decimal";
import { badNumber, badValue, notAvailable, unhandled } from "../core/errors";
import { Piece, PiecewiseLinear, lastAtMost, line, valueAt } from "../core/piecewiseLinear";
import { Combination, WeightedCombination, combination, solveCombination, solveWeighted, weightCombination } from "../core/piecewiseSolve";
import { Day } from "../time/civil";
import { asConvertedValueCurve } from "./asConvertedValue";
import { CAPITAL_ARG, CapitalRow, CapitalType, isConvertible } from "./capital";
import { capitalTreatment } from "./capitalTypes";
import { CorporateEvent } from "./events";
import { requireOnOrAfterIssue } from "./keyDates";
import { deemedConversion } from "./liquidation";
import { Payment } from "./payments";
import { liquidationValuePlusDividends } from "./preference";
import { SeriesCTerms } from "./terms";
import { Claim, liquidationWaterfall } from "./waterfall";

/**
 * The whole distribution of a liquidation or a Sale of the Company treated as
 * one (Cert §4): senior claims, then the Series C and the Parity Preferred,
 * each taking its preference or converting, then the common with in-the-money
 * options. Everything that does not depend on the proceeds is prepared once
 * (`prepareExit`), so a column of exit values costs one solve per value and
 * set of converting classes examined.
 */

/** The Series C or a Parity Preferred class. */
interface PreferredClass {
  /** Index of its row in `capital`. */
  index: number;
  /** Index in `ExitModel.classes`. */
  k: number;
  row: CapitalRow;
  /** Accrued dividends per share (Series C: A − Liquidation Value). */
  dividends: Dec;
  /** Preference per share excluding dividends (Series C: the Liquidation Value). */
  preference: Dec;
  /** dividends + preference: what a share that does not convert claims in full. */
  claim: Dec;
  /**
   * The value per common share above which converting pays more than the full
   * claim: (a + b) / c for a Parity class, where B(p) passes A for the Series C.
   */
  threshold: Dec;
  /** Bit of the class in a set of converting classes; −1 when it cannot convert. */
  bit: number;
}

export interface ExitModel {
  capital: readonly CapitalRow[];
  classes: PreferredClass[];
  convertible: PreferredClass[];
  commonShares: Dec;
  /** The Series C class and its as-converted value per share as a function of p (SERIESC_LIQDETAIL's B). */
  seriesC?: { cls: PreferredClass; value: PiecewiseLinear };
  /** The pool's value at p: p × (common + converted Parity shares), Series C shares × B(p), Σ options × max(0, p − strike). */
  pool: Combination;
  /** The OPTION rows grouped by exercise price (their total quantity); per capital row its group, −1 for other rows. */
  optionGroups: { strike: Dec; quantity: Dec }[];
  optionGroup: Int32Array;
  /** Sets of converting classes (bit masks) in the order of preference among equilibria. */
  order: number[];
  /** The sets that can be equilibria: the classes with the lowest thresholds converting (see `equilibrium`). */
  candidates: number[];
  /** Per set: the claims that stay and the pool's weights (independent of the proceeds). */
  sets: Map<number, SetClaims>;
}

export interface SetClaims {
  claims: Claim[];
  totalDividends: Dec;
  totalPreference: Dec;
  total: Dec;
  weights: Dec[];
  /** The pool's function for this set, summed at every breakpoint once (built on the set's second solve). */
  pool?: WeightedCombination;
  solves: number;
}

/**
 * Up to this many breakpoints (option strikes, the Series C's three), a set's
 * pool function is summed once and then solved by a binary search over stored
 * values: a column of exit values solves the same few sets again and again.
 */
const STORED_POOL_BREAKS = 512;

/** p with p × (shares in the pool at p) = rest + exercise prices: the pool's function reaching `rest`. */
function solvePool(m: ExitModel, s: SetClaims, rest: Dec): Dec | undefined {
  s.solves++;
  if (!s.pool && s.solves > 1 && m.pool.breaks.length <= STORED_POOL_BREAKS) s.pool = weightCombination(m.pool, s.weights);
  return s.pool ? solveWeighted(s.pool, rest) : solveCombination(m.pool, s.weights, rest);
}

export interface ExitInput {
  day: Day;
  capital: readonly CapitalRow[];
  events: readonly CorporateEvent[];
  payments: readonly Payment[];
}

/** Σ shares × max(0, p − strike): what exercised options add to the pool's value net of the cash they bring. */
function exerciseValueCurve(options: readonly CapitalRow[]): PiecewiseLinear {
  const sorted = options.filter((o) => o.quantity.gt(0)).sort((x, y) => x.a.comparedTo(y.a));
  const pieces: Piece[] = [{ from: ZERO, slope: ZERO, intercept: ZERO }];
  let slope = ZERO;
  let intercept = ZERO;
  for (const o of sorted) {
    slope = slope.plus(o.quantity);
    intercept = intercept.minus(o.quantity.times(o.a));
    const piece = { from: o.a, slope, intercept };
    if (pieces[pieces.length - 1].from.eq(o.a)) pieces[pieces.length - 1] = piece;
    else pieces.push(piece);
  }
  return pieces;
}

const bitsOf = (set: number): number[] => {
  const out: number[] = [];
  for (let b = 0; set >> b; b++) if ((set >> b) & 1) out.push(b);
  return out;
};

/** Every set of k classes, fewest converting first, then the one whose converting rows come first. */
function setsInOrder(k: number): number[] {
  const sets = Array.from({ length: 1 << k }, (_, s) => s);
  return sets.sort((x, y) => {
    const bx = bitsOf(x);
    const by = bitsOf(y);
    if (bx.length !== by.length) return bx.length - by.length;
    for (let i = 0; i < bx.length; i++) if (bx[i] !== by[i]) return bx[i] - by[i];
    return 0;
  });
}

export function prepareExit(t: SeriesCTerms, input: ExitInput): ExitModel {
  const { day, capital, events, payments } = input;
  const classes: PreferredClass[] = [];
  const convertible: PreferredClass[] = [];
  let seriesC: ExitModel["seriesC"];
  let commonShares = ZERO;
  capital.forEach((row, index) => {
    const treatment = capitalTreatment(row.type);
    switch (treatment) {
      case "common":
        commonShares = commonShares.plus(row.quantity);
        return;
      case "senior":
      case "option":
        return;
      case "seriesC":
      case "preferred":
        break;
      default:
        return unhandled(treatment);
    }
    const bit = isConvertible(row) ? convertible.length : -1;
    let cls: PreferredClass;
    if (treatment === "seriesC") {
      requireOnOrAfterIssue(t, day, "eventDate");
      // Cert §4(a)(i): A = LV + dividends (extinguished to the Qualified Return in the window); (ii) its deemed conversion.
      const deemed = deemedConversion(t, day, events, payments);
      const a = liquidationValuePlusDividends(t, day, payments, deemed.early);
      const value = asConvertedValueCurve(deemed.basis);
      const threshold = lastAtMost(value, a.value) ?? new Dec(Infinity); // B grows with p: never undefined
      cls = { index, k: classes.length, row, dividends: a.value.minus(t.liquidationValue), preference: t.liquidationValue, claim: a.value, threshold, bit };
      seriesC = { cls, value };
    } else {
      const claim = row.a.plus(row.b);
      cls = { index, k: classes.length, row, dividends: row.b, preference: row.a, claim, threshold: bit >= 0 ? claim.div(row.c) : new Dec(Infinity), bit };
    }
    classes.push(cls);
    if (bit >= 0) convertible.push(cls);
  });
  const options = capital.filter((r) => capitalTreatment(r.type) === "option");
  const pool = combination([line(ONE), seriesC ? seriesC.value : line(ZERO), exerciseValueCurve(options)]);
  // A cap table lists many grants at few exercise prices: each value decides and prices each price once.
  const optionGroups: ExitModel["optionGroups"] = [];
  const optionGroup = new Int32Array(capital.length).fill(-1);
  const groupOf = new Map<string, number>();
  capital.forEach((row, index) => {
    if (capitalTreatment(row.type) !== "option") return;
    const key = row.a.toString();
    let g = groupOf.get(key);
    if (g === undefined) groupOf.set(key, (g = optionGroups.push({ strike: row.a, quantity: ZERO }) - 1));
    optionGroups[g].quantity = optionGroups[g].quantity.plus(row.quantity);
    optionGroup[index] = g;
  });
  // threshold prefixes: ∅, the class with the lowest threshold, the two lowest, … (ties by row)
  const byThreshold = [...convertible].sort((x, y) => x.threshold.comparedTo(y.threshold) || x.bit - y.bit);
  const candidates = byThreshold.reduce((sets, c) => [...sets, sets[sets.length - 1] | (1 << c.bit)], [0]);
  return {
    capital,
    classes,
    convertible,
    commonShares,
    seriesC,
    pool,
    optionGroups,
    optionGroup,
    order: setsInOrder(convertible.length),
    candidates,
    sets: new Map(),
  };
}

const converts = (cls: PreferredClass, set: number): boolean => cls.bit >= 0 && ((set >> cls.bit) & 1) === 1;

/** The claims that stay and the pool's weights when exactly the classes of `set` convert (cached on the model). */
export function setClaims(m: ExitModel, set: number): SetClaims {
  let s = m.sets.get(set);
  if (s) return s;
  const claims: Claim[] = [];
  let pooled = m.commonShares;
  let seriesCShares = ZERO;
  for (const cls of m.classes) {
    const q = cls.row.quantity;
    if (!converts(cls, set)) claims.push({ row: cls.row.row, name: cls.row.name, dividends: q.times(cls.dividends), preference: q.times(cls.preference) });
    else if (capitalTreatment(cls.row.type) === "preferred") pooled = pooled.plus(q.times(cls.row.c));
    else seriesCShares = q;
  }
  const totalDividends = claims.reduce((x, c) => x.plus(c.dividends), ZERO);
  const totalPreference = claims.reduce((x, c) => x.plus(c.preference), ZERO);
  s = { claims, totalDividends, totalPreference, total: totalDividends.plus(totalPreference), weights: [pooled, seriesCShares, ONE], solves: 0 };
  m.sets.set(set, s);
  return s;
}

/** What one set of converting classes gives, all else fixed (Cert §4(a), (c)). */
export interface Outcome {
  set: number;
  /** The assets cover every claim that stays. */
  covered: boolean;
  /** Value per common share; 0 when the assets fall short or the Series C takes the whole rest. */
  p: Dec;
  rest: Dec;
  /** Per class (index in `classes`): the amount per share. */
  perShare: Dec[];
  /** Insufficient assets: what each class that stays receives in all (by capital row), split exactly by the waterfall. */
  paid?: Map<number, Dec>;
}

/**
 * The distribution when exactly the classes of `set` convert (bit i: the ith
 * convertible class in row order), with `available` left after the senior
 * claims: the building block of the equilibrium.
 */
export function exitOutcome(m: ExitModel, available: Dec, set: number): Outcome {
  const s = setClaims(m, set);
  if (available.lt(s.total)) {
    // Cert §4(a), insufficient assets: dividend claims ratably, then preference claims ratably; converted shares get nothing.
    const payouts = liquidationWaterfall(available, s.claims);
    const paidDividends = payouts.reduce((x, p) => x.plus(p.dividendsPaid), ZERO);
    const paidPreference = payouts.reduce((x, p) => x.plus(p.preferencePaid), ZERO);
    // Every class receives the same fraction of each kind of claim (a class of 0 shares as well).
    const fd = s.totalDividends.gt(0) ? paidDividends.div(s.totalDividends) : ONE;
    const fp = paidDividends.lt(s.totalDividends) ? ZERO : s.totalPreference.gt(0) ? paidPreference.div(s.totalPreference) : ONE;
    const perShare = m.classes.map((c) => (converts(c, set) ? ZERO : fd.times(c.dividends).plus(fp.times(c.preference))));
    const paid = new Map(payouts.map((p, j) => [s.claims[j].row, p.totalPaid]));
    return { set, covered: false, p: ZERO, rest: ZERO, perShare, paid };
  }
  const rest = available.minus(s.total);
  // p × (shares in the pool at p) = rest + exercise prices paid: solved exactly on the piece where it holds.
  // undefined: nobody is in the pool (no common, no converted shares, no option) — the rest has no one to go to.
  // Reported by distributeExit if the equilibrium leaves such a rest; here p = 0 and the rest unreceived.
  const solved = rest.gt(0) ? solvePool(m, s, rest) : undefined;
  const p = solved ?? ZERO;
  const seriesCShares = s.weights[1];
  const perShare = m.classes.map((c) => {
    if (!converts(c, set)) return c.claim;
    if (capitalTreatment(c.row.type) === "preferred") return c.row.c.times(p);
    // the Series C: B(p); at p = 0 its dividend shares are worth more than the whole rest, which it takes
    if (p.gt(0)) return valueAt(m.seriesC!.value, p);
    return seriesCShares.gt(0) ? rest.div(seriesCShares) : ZERO;
  });
  return { set, covered: true, p, rest, perShare };
}

/**
 * x is more than y beyond the rounding of 40-digit arithmetic: the same
 * amount reached by two routes (a ratable share, a whole rest) can differ in
 * the 40th digit, and that is a tie.
 */
const ROUNDING = new Dec("1e-30");
function gains(x: Dec, y: Dec): boolean {
  return x.minus(y).gt(ROUNDING.times(x.abs().gt(y.abs()) ? x.abs() : y.abs()));
}

/**
 * The equilibrium (docs/interpretations.md): no class gains by changing its own
 * decision, converting needing a strict gain (a tie takes the preference, Cert
 * §4(a) "the greater of"). Among several, the fewest converting classes, then
 * the one whose converting rows come first.
 *
 * Only few sets can be equilibria, and they are examined first: a converting
 * class gets nothing when the assets fall short, so a set that leaves the
 * claims unpaid is stable only if nobody converts; and when the claims are
 * covered, a class gains by converting exactly when its conversion value at
 * the set's p exceeds its claim (adding it to the pool moves p towards the
 * value at which it is indifferent), and it never gains when staying would
 * leave the claims unpaid (its ratable share is at least the whole rest). So
 * a stable set is the classes whose threshold lies below its p: one of the
 * threshold prefixes. Each is checked against the definition itself; should
 * none pass (a tie lost in the 40th digit), every set is examined in order.
 */
function equilibrium(m: ExitModel, available: Dec): Outcome {
  const seen = new Map<number, Outcome>();
  const get = (set: number): Outcome => {
    let o = seen.get(set);
    if (!o) seen.set(set, (o = exitOutcome(m, available, set)));
    return o;
  };
  const stable = (set: number): boolean => {
    const o = get(set);
    return m.convertible.every((c) => {
      const mine = o.perShare[c.k];
      const alone = get(set ^ (1 << c.bit)).perShare[c.k];
      return converts(c, set) ? gains(mine, alone) : !gains(alone, mine);
    });
  };
  for (const set of m.candidates) if (stable(set)) return get(set); // candidates are in the order of preference
  for (const set of m.order) if (stable(set)) return get(set);
  throw notAvailable(
    CAPITAL_ARG,
    `no set of conversion decisions is stable at assets of ${show(available)} after the senior claims: some class always gains by switching`,
  );
}

export type Converts = boolean | "exercised" | "not exercised" | undefined;

export interface ExitRow {
  row: number;
  name: string;
  type: CapitalType;
  converts: Converts;
  amount: Dec;
  /** undefined for SENIOR rows (a claim in $, not shares). */
  perShare?: Dec;
}

export interface ExitDistribution {
  rows: ExitRow[];
  /** The value per common share, p. */
  commonValue: Dec;
  /** What is left after the senior claims (R). */
  available: Dec;
}

/** The distribution of `proceeds` (≥ 0) among the rows of `capital`, in input order. */
export function distributeExit(m: ExitModel, proceeds: Dec): ExitDistribution {
  if (proceeds.isNegative()) throw badNumber("proceeds", `the amount distributed must be 0 or more, got ${proceeds.toString()}`);
  // Cert §4(a): "subsequent to the ... payment in full ... of the Senior Secured Notes": senior rows in row order.
  let available = proceeds;
  const seniorPaid = new Map<number, Dec>();
  m.capital.forEach((r, i) => {
    if (capitalTreatment(r.type) !== "senior") return;
    const paid = available.lt(r.quantity) ? available : r.quantity;
    seniorPaid.set(i, paid);
    available = available.minus(paid);
  });
  const o = equilibrium(m, available);
  // Cert §4(c): what is left after the preferred classes goes to the common. Without a COMMON row an outcome
  // in which the preferred classes (and senior claims) absorb everything stands; a positive rest has nobody.
  if (m.commonShares.isZero() && o.covered && o.rest.gt(0)) {
    // The amount over every preferred claim in full when there is one; otherwise the rest after the classes that stay.
    const over = available.minus(setClaims(m, 0).total);
    throw badValue(
      CAPITAL_ARG,
      `${show(over.gt(0) ? over : o.rest)} would be left after the preferred classes, and no COMMON row with shares receives it (Cert §4(c))`,
    );
  }
  // Cert §4(a): options in the money at p are exercised; the value per option, once per exercise price.
  const perOption = m.optionGroups.map((g) => (o.p.gt(g.strike) ? o.p.minus(g.strike) : undefined));
  let optionsTotal = ZERO;
  m.optionGroups.forEach((g, k) => {
    const v = perOption[k];
    if (v) optionsTotal = optionsTotal.plus(g.quantity.times(v));
  });
  const rows = m.capital.map((r, i): ExitRow => {
    const treatment = capitalTreatment(r.type);
    switch (treatment) {
      case "senior":
        return { row: r.row, name: r.name, type: r.type, converts: undefined, amount: seniorPaid.get(i)! };
      case "common":
        return { row: r.row, name: r.name, type: r.type, converts: undefined, amount: r.quantity.times(o.p), perShare: o.p };
      case "option": {
        const perShare = perOption[m.optionGroup[i]];
        if (perShare === undefined) return { row: r.row, name: r.name, type: r.type, converts: "not exercised", amount: ZERO, perShare: ZERO };
        return { row: r.row, name: r.name, type: r.type, converts: "exercised", amount: r.quantity.times(perShare), perShare };
      }
      case "seriesC":
      case "preferred":
        break;
      default:
        return unhandled(treatment);
    }
    const base = { row: r.row, name: r.name, type: r.type };
    const cls = m.classes.find((c) => c.index === i)!;
    const conv = converts(cls, o.set);
    const perShare = o.perShare[cls.k];
    let amount = r.quantity.times(perShare);
    if (o.paid && !conv) amount = o.paid.get(r.row)!; // the waterfall's exact ratable split
    if (o.covered && conv && treatment === "seriesC" && o.p.isZero()) amount = o.rest; // it takes the whole rest
    return { ...base, converts: cls.bit >= 0 ? conv : undefined, amount, perShare };
  });
  // The amounts add up to the proceeds exactly, up to the 40th digit, unless the quantities span so many
  // orders of magnitude (1e300 options next to 1e-30 shares) that 40 digits cannot hold both: say so.
  const total = rows.reduce((x, r) => (capitalTreatment(r.type) === "option" ? x : x.plus(r.amount)), optionsTotal); // the options by exercise price
  if (total.minus(proceeds).abs().gt(SUM_TOLERANCE.times(proceeds))) {
    throw badNumber(
      CAPITAL_ARG,
      `the quantities span too many orders of magnitude for 40-digit arithmetic: the amounts add up to ${show(total)}, not ${show(proceeds)}`,
    );
  }
  return { rows, commonValue: o.p, available };
}

const SUM_TOLERANCE = new Dec("1e-20");
const show = (x: Dec): string => x.toSignificantDigits(12).toString();
